"""Attribution cases of session 32 (helper quotedas32): words reported through a frame of quoting,
and name shapes read as no one; read on the Reuters, BBC (tuning half), dragnet and fundus pools.

* An active frame of quoting ("The Ledger quoted Ana Reyes as saying “…”", '“…,” the agency
  cited the minister as telling reporters', "the paper quoted her as saying") showed the one
  quoting, as PolNeAR's annotators credit it. For a reader the words are the one quoted's, and
  a search for her name must find them: the one quoted is now the speaker, read as any subject
  (a name; a description, resolved like any role; an object pronoun, resolved like "she"),
  before or after the quote and inside another's report ("Weller said the Ledger had quoted
  Reyes as saying"). ``briefing/quoting_frames.py``.

* A Dutch name with the particle "in 't" or "'t" ("Sophie in 't Veld", "Anna van 't Hof", "Gerard
  't Hooft") was cut at "in" ("Sophie", a wrong short name under "Sophie in 't Veld said") and,
  opening a sentence ("In 't Veld sees …"), read as a preposition: a "she" after it found no one.
  "'t" is read as a particle between two capitalised words, and "in" with it
  (``name_cleaning.particle_at``); "van der", "de la", "bin", "al-" were read already.
* A dateline in title case before a dash ("Beirut - Ali, owner of a bakery, is missing his
  workers") was read as part of the subject, so the "he" after it found no one; a dateline in
  capitals ("BEIRUT -") was blanked already. A title-case dateline is blanked when its words are a
  country, a state or a capital we know (``masking._title_dateline``); a name labelling a comment
  ("Lewis - Great post") stays.
* A tweet's time stamp in a wire story's list of a president's tweets ("… of control! [0745 EST] -
  Linda, our First Lady, always thought …") stood before the subject in one sentence with the
  tweet before (no break before "["), so a one-word name set off by an apposition was not read and
  the "She would tell everyone" after it found no one. The subject is read after the last stamp.

* A determiner's phrase ending on a person's or a document's noun and a verb in -s the lists do not
  hold ("The daughter climbs in, but is saying “…”", "The piece goes on to slam …") was shown
  whole ("the daughter climbs"). The noun heads its phrase, so the -s word is a verb: the phrase
  is a clause, and the subject reader reads the noun alone ("the daughter", "the piece").
  Negatives: plurals of people, groups and documents after a noun ("the student protesters", "the
  letter writers", "their banner headlines") stay descriptions.

* A quoted question followed in the same sentence by a clause of its own with no speech verb
  ("… is saying “Mom?” suddenly she realizes and panics “Get out!”") left the next quote to the
  verb before the question ("saying"), the daughter's, where the one who panics speaks. A subject
  pronoun and its verb after the question close the asker's clause, as a speech verb there did
  (``attribution._clause_of_quote``); with no speech verb the clause names no one for sure.
  Negatives: a participle going on after the question ("and then saying “…”") and a clause with
  a speech verb ("she laughs and adds, “…”") keep their speaker.

Negatives: "misquoted him as saying" (the words were not his) and "paraphrased Xi as telling" (the
paraphrase is the ministry's) keep the one quoting; a passive ("was quoted by Reuters as saying")
was its subject's already; "quoted Reyes at length, saying" (no "as") and "Holt, quoting Rita
Vance, said" keep the subject of the sentence; a thing quoted ("cited the report as saying") is
the thing. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_REOPEN = "the plant will never reopen in this decade"
_RESIGN = "We will not resign over this, whatever the paper says"

QUOTED_AS_SAYING = cases(
    "clause frames around the speaker",
    [
        (f"The Ledger quoted Tom Weller as saying “{_REOPEN}.”", "the plant will never", "Tom Weller"),
        (f"The Ledger cited Tom Weller as saying “{_REOPEN}.”", "the plant will never", "Tom Weller"),
        (f"The Ledger quoted Tom Weller on Tuesday as saying “{_REOPEN}.”", "the plant will never", "Tom Weller"),
        (f"“{_RESIGN},” Reuters quoted Ana Reyes as saying.", "We will not resign", "Ana Reyes"),
        (f"“{_RESIGN},” the agency cited Sen. Ana Reyes as telling reporters.", "We will not resign", "Ana Reyes"),
        (f"Sen. Ana Reyes spoke on Monday. “{_RESIGN},” the paper quoted her as saying.", "We will not resign", "Ana Reyes"),
        (f"Tom Kell lost the vote. The paper quoted him as saying, “{_RESIGN}.”", "We will not resign", "Tom Kell"),
        (f"Mayor Ana Reyes spoke. The agency cited the mayor as saying “{_REOPEN}.”", "the plant will never", ("Ana Reyes", "the mayor")),
        (f"Tom Weller said the Ledger had quoted Ana Reyes as saying “{_REOPEN}.”", "the plant will never", "Ana Reyes"),
        (f"The Ledger quoted Tom Kell's lawyer as saying “{_REOPEN}.”", "the plant will never", "Tom Kell's lawyer"),
        (f"The Ledger quoted two sources close to the campaign as saying “{_REOPEN}.”", "the plant will never",
         "two sources close to the campaign"),
        (f"The Ledger, quoting Ana Reyes as saying “{_REOPEN},” said the deal was off.", "the plant will never", "Ana Reyes"),
        # negatives: a misquote, a paraphrase, a passive, no "as", a thing quoted
        (f"Tom Weller complained that the Ledger misquoted him as saying “{_REOPEN}.”", "the plant will never", ("the Ledger", None)),
        (f"“{_RESIGN},” the ministry paraphrased Ana Reyes as telling aides.", "We will not resign", "the ministry"),
        (f"Ana Reyes was quoted by Reuters as saying “{_REOPEN}.”", "the plant will never", "Ana Reyes"),
        (f"Dan Holt, quoting Rita Vance, said “{_REOPEN}.”", "the plant will never", "Dan Holt"),
        (f"The minister cited the report as saying “{_REOPEN}.”", "the plant will never", "the report"),
    ],
)

_POPULISM = "I see exactly the same brand of populism in both countries"

NAME_SHAPES = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'Marieke in \'t Hout said: "{_POPULISM}."', "I see exactly", "Marieke in 't Hout"),
        (f'Marieke in \'t Hout spoke on Monday. "{_POPULISM}," she said.', "I see exactly", "Marieke in 't Hout"),
        (f'Marieke in \'t Hout spoke on Monday.\n\nIn \'t Hout sees parallels between the campaigns.\n\n"{_POPULISM}," she told the Ledger.',
         "I see exactly", "Marieke in 't Hout"),
        (f'Marieke in \'t Hout spoke on Monday. "{_POPULISM}," said In \'t Hout.', "I see exactly", "Marieke in 't Hout"),
        (f'Dutch lawmaker Anna van \'t Hof spoke. Van \'t Hof said: "{_POPULISM}."', "I see exactly", "Anna van 't Hof"),
        (f'Physicist Gerard \'t Hoek said: "{_POPULISM}."', "I see exactly", "Gerard 't Hoek"),
        (f'Pieter van der Berg said the vote was close. "{_POPULISM}," he said.', "I see exactly", "Pieter van der Berg"),
        # negatives: an "in" with no "'t" is a preposition; a place after "in 't" is no name's end
        (f'In Washington, the senator spoke. "{_POPULISM}," she said.', "I see exactly", "the senator"),
        (f'Tom Kell stayed in \'t Hoorn for a week. "{_POPULISM}," he said.', "I see exactly", "Tom Kell"),
    ],
)

_LESS = "Syrians gave you good quality work, and you paid them less"

DATELINES_AND_STAMPS = cases(
    "pronouns and role nouns",
    [
        (f'Beirut - Karim, owner of a small bakery in the suburbs, is missing his workers. "{_LESS}," he said.', "Syrians gave", "Karim"),
        (f'Damascus — Karim Haddad is missing his workers. "{_LESS}," he said.', "Syrians gave", "Karim Haddad"),
        (f'BEIRUT - Karim, owner of a small bakery, is missing his workers. "{_LESS}," he said.', "Syrians gave", "Karim"),
        ("Weak and out of control! [0745 EST] - Linda, our great and very hard working First Lady, who truly loves what she "
         "is doing, always thought that “if you run, you will win.” She would tell everyone that, “no doubt, he will win this race.”",
         "no doubt, he will win", "Linda"),
        # negatives: a name labelling a comment before the dash; a stamp before a quote names no one
        (f'Lewis - Great post, I agree with all of it. "{_LESS}," he said.', "Syrians gave", ("Lewis", None)),
        ("I will cut the rules! [1018 EST] - MAKE THE TOWN GREAT AGAIN! [1246 EST] - “The jobless rate remains at a 17-year low of "
         "4.1% in the county.” @CountyClerk", "The jobless rate", None),
    ],
)

_SQUARE = "We will not leave this square until the vote is held"

NOUN_THEN_VERB = cases(
    "organisations, documents and groups",
    [
        ("The girl and her mother reached the car. The daughter climbs in, but is saying “Mom, why is this car so cold inside?”",
         "Mom, why is this car", "the daughter"),
        ("The paper's board wrote an editorial. The piece goes on to slam Tom Kell's “plan for the city” for implying "
         "“a consensus on his agenda when there is none at all.”", "a consensus on his agenda", "the piece"),
        # negatives: plurals of people, groups and documents after a noun
        (f'The student protesters said: "{_SQUARE}."', "We will not leave", "the student protesters"),
        (f'The letter writers said: "{_SQUARE}."', "We will not leave", "the letter writers"),
        (f'The mother says: "{_SQUARE}."', "We will not leave", "the mother"),
    ],
)

_OUT = "Get out of this car right now, all of you"

CLAUSE_AFTER_QUESTION = cases(
    "when unsure, say less",
    [
        (f"The girl climbs into the car, but is saying “Mom, what is this car?” suddenly she realizes and panics “{_OUT}!”",
         "Get out of this car", None),
        # negatives: the participle goes on; a speech verb in the clause after the question
        (f"Ann Kell climbs into the car, asking “Is this the right car, Mom?” and then saying “{_OUT}!”", "Get out of this car", "Ann Kell"),
        (f"Ann Kell tells her daughter: “Is this the right car, honey?” suddenly she laughs and adds, “{_OUT}!”", "Get out of this car", "Ann Kell"),
    ],
)

QUOTEDAS32_CASES = QUOTED_AS_SAYING + NAME_SHAPES + DATELINES_AND_STAMPS + NOUN_THEN_VERB + CLAUSE_AFTER_QUESTION
