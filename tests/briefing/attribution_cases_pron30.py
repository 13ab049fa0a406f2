"""Attribution cases of session 30 (helper pron30): pronoun speakers resolved to the wrong person,
read on the BBC News pool's tuning half (and checked on the Reuters, dragnet and PolNeAR dev text).

* A he or she whose cue is set off by a comma after a main clause, "Mr Reyes has failed to fix the
  roads, she claimed, saying …", reports that clause: the pronoun cannot be anyone the clause
  names (Reyes is what she claimed about, not the claimer), as a closing cue's he after a quote
  already is not ("What Reyes did was “…,” he said"). The he was resolved where the quote stands,
  after the clause, so the clause's own subject (Reyes) was the nearest referent and got the
  words. Now it is resolved where the clause starts.
* A bare quote opening a paragraph after a paragraph whose last sentence closes on someone
  else's cue, "Ann Weller praised the nurses. The storm was the worst in years, Ms Weller said."
  / "“…”", was carried on from the last quote's speaker (a rival quoted earlier in that
  paragraph): the closing cue, with no quote of its own, did not count as the paragraph going on
  to report someone else, as "Ms Weller said the storm …" did.
* A club's or a body's name before a role with what it is the role of and the holder's name,
  "Sale Sharks director of rugby Philippe Saint-Andre has …" (invented: "Dunmore Rovers director
  of football Tom Reyes"), read the body as the sentence's subject, so a later "he" went to the
  club; "Leeds coach Tom Reyes" (a one-word role) was read right.
* A team named with a plural verb ("Dunmore host Ashby on Friday") that comes back as the subject
  of a clause ("when Dunmore lost all three games they played") was a he or she again.
* A name as the modifier of a noun after "a" or "an", "An early goal followed by an Ian Kell
  strike earned them a win", was read as the passive's agent or the subject's person, so the
  manager's "he said" after it went to the scorer.

* A description of no known gender ("the allergist") that the very next sentence takes up with
  "He" ("The allergist had twenty tins in front of him. He did a test …") was still a she for a
  later "she says", over the woman the story is about; the same description later on ("The
  allergist recommended that she …") is the same man. A question's verb and its "I" opening a
  sentence ("Am I allergic to something? she wondered") was a name, "Am I".

* A time phrase set off by a comma before a name with an appositive, "Early last week, Reyes, a
  former Acme Corp chief executive, gave a speech", read "Early" as the subject's name, so the
  "he" after it went to the official quoted before.

* A wire list whose items open on asterisks with no paragraph break ("… when she was 22.  **
  Lena Ford, the 2006 Miss Halden, told …. She told the Post …") ran the items into one
  sentence, so each item's person was no subject and a "she" went to a role named paragraphs
  before ("a businesswoman").

* A role after a body's name with "of", "for" or "and" in it, "A Department for Work and
  Pensions spokeswoman confirmed …", was no person (its head read as "Department", the word
  before "for"), so her "she said" went to someone before or to no one.

* A greeting opening a comment ("Hey, I have a suggestion", "Hi Tim, have you found …") and a
  holiday ("Canada Day came and went") were names a later he or she could mean.

* A person "from" a place and its country, "Ian Vesk from Perth, Australia was clouded out",
  read the country as a name set off after the subject, so the subject was the country (no he)
  and the he went back to someone quoted before.

* A joint subject of someone and the writer, "My mother and I quarrelled over my faith. She told
  me …", was no one (an unnamed joint), so the she went back to a role named before.

Negatives: a clause of time, a phrase or a participle before the comma ("When Reyes lost, he
said", "Asked about Reyes, he said") leaves the he free to mean its person; a role with "of" and
no name after it ("Ms Cole's chief of staff is a woman") leaves the owner in place; a closing cue
of the last speaker's own name goes on with their turn; a name after "by" with a role noun ("was
designed by artist Ian Kell") is the agent; the he after a sentence naming someone else may mean
them ("The nurse checked on Tom Kell. He was asleep"), and a she inside the description's own
sentence is someone else's ("The allergist said she should …. She took it"). Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_ROADS = "The roads have been a disgrace for years and nothing has been done"

REPORTED_CLAUSE_CUE = cases(
    "pronouns and role nouns",
    [
        (f'Ann Cole met Tom Reyes on Monday.\n\nMr Reyes has failed to fix the roads, she claimed, saying he had "{_ROADS}".',
         "The roads have been", "Ann Cole"),
        (f'City row\n\nJim Kell spoke first on Monday. Ann Weller met Tom Reyes later.\n\nTom Reyes is the worst man for the job, he argued, calling the plan "{_ROADS}".',
         "The roads have been", "Jim Kell"),
        (f'City row\n\nJim Kell spoke to the council.\n\nThe mayor has failed the town, he said, calling the roads "{_ROADS}".',
         "The roads have been", "Jim Kell"),
        # negatives: a clause of time or a participle before the comma; a cue of the clause's own
        (f'City row\n\nAnn Cole met Tom Reyes on Monday.\n\nWhen Reyes lost the vote, he said: "{_ROADS}."', "The roads have been", "Tom Reyes"),
        (f'City row\n\nTom Reyes spoke on Monday.\n\nSpeaking to reporters, he said: "{_ROADS}."', "The roads have been", "Tom Reyes"),
        (f'City row\n\nAnn Cole met Tom Reyes on Monday.\n\nMr Reyes said the roads were bad, adding: "{_ROADS}."', "The roads have been", "Tom Reyes"),
    ],
)

_WATCHED = "We watched the water rise with a sense of disbelief and fear"

CLOSING_CUE_REPORTS_OTHER = cases(
    "pronouns and role nouns",
    [
        (f'Storm hits town\n\nThe town is coping, the mayor said. But councillor Tom Reyes responded: "The roads are a mess". '
         f'Ann Weller also praised the nurses. The storm was the worst in years, Ms Weller said.\n\n"{_WATCHED}."',
         "We watched the water", "Ann Weller"),
        # negative: the closing cue is the last speaker's own, whose turn goes on
        (f'Storm hits town\n\nThe town is coping, the mayor said. But councillor Tom Reyes responded: "The roads are a mess". '
         f'The storm was the worst in years, Mr Reyes said.\n\n"{_WATCHED}."',
         "We watched the water", "Tom Reyes"),
    ],
)

_GAME = "It is an important game but we have had just the one full session"

CLUB_ROLE_WITH_OF = cases(
    "pronouns and role nouns",
    [
        (f'Club row\n\nDunmore Rovers director of rugby Tom Reyes has re-opened the debate.\n\nDunmore host Ashby on Friday, '
         f'but the coach has had a hard week. "{_GAME}," he told reporters.',
         "It is an important game", "Tom Reyes"),
        (f'Club row\n\nDunmore Rovers director of football Tom Reyes has re-opened the debate. "{_GAME}," he said.',
         "It is an important game", "Tom Reyes"),
        (f'Club row\n\nDunmore Rovers director of rugby Tom Reyes has re-opened the debate. Dunmore host Ashby on Friday. '
         f'It is an issue he raised before, when Dunmore lost all three games they played.\n\nNow he fears for the cup. "{_GAME}," he added.',
         "It is an important game", "Tom Reyes"),
        # negatives: a role with "of" and no name after it; the owner stays
        (f'Senate staff\n\nSen. Ann Cole spoke on Monday. Ms Cole\'s chief of staff is a woman.\n\n"{_GAME}," she said.',
         "It is an important game", "Ann Cole"),
    ],
)

_GOALS = "We got our goals early and the job was done after that"

NAME_AS_MODIFIER = cases(
    "pronouns and role nouns",
    [
        (f'Coach happy\n\nBoss Tom Reyes felt the team was never in danger.\n\nAn Ian Kell strike earned them a 2-1 win on Monday. "{_GOALS}," he said.',
         "We got our goals", "Tom Reyes"),
        (f'Coach happy\n\nBoss Tom Reyes felt the team was never in danger.\n\nA late goal followed by a Dan Lutz header sealed it. "{_GOALS}," he said.',
         "We got our goals", "Tom Reyes"),
        # negative: the agent after a role noun is the person the sentence brings in
        (f'Robots on show\n\nAnn Cole opened the fair on Monday. The robots were designed by artist Ian Kell. "{_GOALS}," he said.',
         "We got our goals", "Ian Kell"),
    ],
)

PRON30_CASES = REPORTED_CLAUSE_CUE + CLOSING_CUE_REPORTS_OTHER + CLUB_ROLE_WITH_OF + NAME_AS_MODIFIER

_TEST = "Nothing really changed in the two months after that test"

DESCRIPTION_MADE_A_HE = cases(
    "pronouns and role nouns",
    [
        (f'Skin trouble\n\nNadia Voss tried many creams. The store had an in-house allergist.\n\nThe allergist had twenty little tins in front of him. '
         f'He did a test on her skin.\n\nThe allergist recommended that she take fish oil for a month. "{_TEST}," she says.',
         "Nothing really changed", "Nadia Voss"),
        (f'Skin trouble\n\nNadia Voss tried many creams.\n\nAm I allergic to something? she wondered. The allergist had twenty tins in front of him. '
         f'He did a test.\n\n"{_TEST}," she says.',
         "Nothing really changed", "Nadia Voss"),
        # negatives: the he may mean a person the description's sentence names; a she of the
        # description's own sentence is another's
        (f'Ward visit\n\nNadia Voss spoke first.\n\nThe nurse checked on Tom Kell. He was asleep. "{_TEST}," she said.',
         "Nothing really changed", "the nurse"),
        (f'Skin trouble\n\nNadia Voss tried many creams.\n\nThe allergist said she should take fish oil. She took it for a month. "{_TEST}," she says.',
         "Nothing really changed", ("the allergist", None)),
    ],
)

PRON30_CASES += DESCRIPTION_MADE_A_HE

_ALLIES = "The city remains committed to our enduring friendship with the valley towns"

TIME_PHRASE_BEFORE_APPOSED_NAME = cases(
    "pronouns and role nouns",
    [
        (f'Valley talks\n\n"The chaos does not help," said a senior Halden official.\n\nEarly last week, Reyes, a former Acme Corp chief executive, '
         f'gave a long speech in Halden. "{_ALLIES}," he told a think tank.',
         "The city remains committed", "Reyes"),
        (f'Valley talks\n\n"The chaos does not help," said a senior Halden official.\n\nLate on Tuesday, Reyes, a former Acme Corp boss, '
         f'gave a long speech. "{_ALLIES}," he said.',
         "The city remains committed", "Reyes"),
        # negatives: a one-word "Early" set off by an age is no time phrase (a surname, or no one
        # sure); a time phrase with no comma before the name was read already
        (f'Valley talks\n\nEarly, 54, gave a long speech. "{_ALLIES}," he said.', "The city remains committed", ("Early", None)),
        (f'Valley talks\n\n"The chaos does not help," said a senior Halden official.\n\nEarly last week Reyes gave a long speech. "{_ALLIES}," he said.',
         "The city remains committed", "Reyes"),
    ],
)

PRON30_CASES += TIME_PHRASE_BEFORE_APPOSED_NAME

_EYEING = "He looked us over from head to toe like we were cattle at a market"

WIRE_LIST_BULLETS = cases(
    "pronouns and role nouns",
    [
        (f'Accusers speak\n\nThe following are the women who spoke on Monday:  ** Ana Reyes, formerly a clerk at the firm, told the Ledger that Kell '
         f'"kissed me on the mouth" in 2005.  ** Lena Ford, the 2006 Miss Halden, told a radio show on Monday that Kell walked into the room. '
         f'She told the Post that Kell inspected each woman, "{_EYEING}."',
         "He looked us over", "Lena Ford"),
        (f'Accusers speak\n\nThree women spoke on Monday.  ** Ana Reyes, a former clerk at the firm, told the Ledger that Kell '
         f'"kissed me on the mouth" in 2005.  ** Lena Ford told the Post that Kell inspected each woman. "{_EYEING}," she said.',
         "He looked us over", "Lena Ford"),
        # negative: asterisks inside a sentence are no bullet
        (f'Accusers speak\n\nLena Ford, who rated the show 5*, said on Monday that Kell had been rude. "{_EYEING}," she said.',
         "He looked us over", "Lena Ford"),
    ],
)

PRON30_CASES += WIRE_LIST_BULLETS

_DEPARTURE = "No date was ever given for the departure of the chief executive"

BODY_NAME_BEFORE_ROLE = cases(
    "pronouns and role nouns",
    [
        (f'Agency row\n\nThe head of the agency has quit. Tom Reyes announced it in May.\n\nA Department for Work and Housing spokeswoman confirmed '
         f'Mr Reyes was still in post. "{_DEPARTURE}," she said.',
         "No date was ever given", "a Department for Work and Housing spokeswoman"),
        (f'Agency row\n\nTom Reyes announced it in May.\n\nA Bank of Halden official confirmed the deal. "{_DEPARTURE}," he said.',
         "No date was ever given", "a Bank of Halden official"),
        # negative: the body itself is no person; an "it" may mean it
        (f'Agency row\n\nAnn Cole announced it in May.\n\nThe Department for Work and Housing confirmed the deal. "{_DEPARTURE}," it said.',
         "No date was ever given", "the Department for Work and Housing", "organisation"),
    ],
)

PRON30_CASES += BODY_NAME_BEFORE_ROLE

_BIRDS = "What are they trying to tell you about the trip to the coast"

GREETINGS_AND_HOLIDAYS = cases(
    "pronouns and role nouns",
    [
        (f'Travel notes\n\nCanada Day came and went in a blur this year.\n\n"{_BIRDS}?" she asked.', "What are they trying", None),
        (f'Comments\n\nHey, I have a suggestion for the trip.\n\n"{_BIRDS}," he said.', "What are they trying", None),
        (f'Comments\n\nHi Tim, have you found the diet hard?\n\n"{_BIRDS}," he said.', "What are they trying", None),
        # negative: a surname "Day" after a given name is a person
        (f'Film night\n\nDoris Day starred in the film. "{_BIRDS}," she said.', "What are they trying", "Doris Day"),
    ],
)

PRON30_CASES += GREETINGS_AND_HOLIDAYS

_SKY = "The sky went eerily dark, and the patch of sun on the sea went out"

COUNTRY_OF_THE_PLACE = cases(
    "pronouns and role nouns",
    [
        (f'Eclipse watch\n\n"The beach was cheering," Dana Pike wrote.\n\nNot everyone had good luck. Ian Vesk from Perth, Australia was clouded out. "{_SKY}," he wrote.',
         "The sky went eerily", "Ian Vesk"),
        # negatives: no person before the place; an appositive name after a role stays the subject
        (f'Eclipse watch\n\n"The beach was cheering," Dana Pike wrote.\n\nFlights from Perth, Australia were cancelled. "{_SKY}," she wrote.',
         "The sky went eerily", "Dana Pike"),
        (f'Eclipse watch\n\nThe mayor, Ian Vesk, was clouded out. "{_SKY}," he wrote.', "The sky went eerily", "Ian Vesk"),
    ],
)

PRON30_CASES += COUNTRY_OF_THE_PLACE

_FOLD = "come back into the fold of the church before it was too late"

THE_WRITERS_COMPANION = cases(
    "pronouns and role nouns",
    [
        (f'Faith lost\n\nThe minister preached for an hour.\n\nMy mother and I quarrelled over my faith. She told me that at night she prayed I would "{_FOLD}".',
         "come back into the fold", "my mother"),
        (f'Old friends\n\nThe mayor spoke first.\n\nTom Kell and I met in 1990. He said he hoped I would "{_FOLD}".', "come back into the fold", "Tom Kell"),
        # negative: two others, neither the writer, are either of them for a he
        (f'Old friends\n\nTom Kell and Dan Lutz met in 1990. He said he hoped we would "{_FOLD}".', "come back into the fold", None),
    ],
)

PRON30_CASES += THE_WRITERS_COMPANION
