"""Attribution cases of session 32 (helper pron32): pronouns cueing a quote whose person, group
or body the text names where the subject index did not look, read on the no-speaker quotes of
the readable pools (BBC tuning half, dragnet, fundus's test pages).

* A country as a body: "South Korea moved to steady the markets. It issued a statement that “…”"
  gave nobody where "France …" gave France: the country table came from demonyms, and a country
  whose demonym is two words ("South Korean", "Sri Lankan", "Costa Rican") was missing from it.
  Every state's name now comes from the Unicode CLDR (``lists/countries.tsv``).
* An attribution set off by commas mid-sentence with a verb of saying other than "said" or
  "says" ("Glass beads have proved effective on the pond, Orzaga explained, but are not suited
  to glaciers. “…,” he told me") left its person unregistered, so the "he" found no one (or an
  earlier pair, either of two men). "explained", "noted", "added", "argued", "recalled",
  "insisted", "observed" now count as "said" does.
* A possessor as the antecedent ("This year marks Frank Horne's tenth turn at the helm of the
  band. “…,” he says"): the sentence's subject is a time or a thing, the one person it names
  owns a noun, and no subject or speaker is in reach, so the pronoun found no one. An owner whose
  reach ended with its own sentence ("Frank Horne's job is not for the faint-hearted", an owner
  before a copula) counted as someone in reach, though ``_resolve`` passes it over.
* The writer's exchange with someone ("My first question to Tomas Brandt, …: “…?” ⏎ He laughs
  … “…,” he said"): no subject the index reads, so the chain of "he" after it had no referent.
  Such a sentence is about the one person it names, as a sentence of the writer's "I" is.
* A joint subject listed after a fronted phrase ("In their letter, Tom Reyes, Dan Pike and Ann
  Lutz repeated …. “…,” they wrote") was read without its first name, "Dan Pike and Ann Lutz"
  (the comma pieces took "Tom Reyes" for the fronted phrase's apposition): a name left out of
  what is shown.

* The subject "he" or "she" of a clause a subordinating conjunction opens, whose person is the
  main clause's object ("Senate Democrats want to question Attorney General Ted Ormond because,
  in October, he told the committee that “…”"), found no one: the sentences before named two men.
  The one person of that gender the words before the clause name is meant, as a possessive's owner
  in its own sentence is. A plural name of people ("Senate Democrats") was taken for a "he" when
  the text gave it that gender by a sentence opening on "He" after it; a name for many is no he.

* A headline quote whose words stand inside a longer quote of the body ("‘We are in shock,
  horrified’: A mosque feels the spotlight" over "he said, “It's the wrong thing … . . . We are in
  shock, horrified.”") took no one's name: the echo wanted the same words exactly. Five words or
  more that one speaker's longer quote holds together are that speaker's, as a pull quote's are.

* Two or more people joined with the writer ("Tom Reyes and Dan Pike and I were creating the show.
  … They said, “…”") gave the "they" no one: the writer's companion was read only as one person.
  The others are a group a "they" means (the writer says "we"). And a list the subject reader
  cut to its last name and the writer ("Tom Reyes, Dan Pike and I" read "Dan Pike and I") made a
  "he" after it Dan Pike's, a wrong name: the last of a list is no companion alone.

Negatives: a country's sentence with no verb of saying before a quote cued by "it said" names
nobody still ("said of what?"); a verb of finding is no attribution; a second man named as the
subject after the aside is who the "he" means; an owner after a subject that is a group, a body,
a document or a person ("Police searched Tom Kell's house", "The report faulted …", "Tom Reyes
praised Frank Horne's …") is not the speaker; a man the main clause's subject, two men in it or a
"he" before the clause leave the clause's "he" to the index or to no one; an owner of no gender we know, or a quote that speaks
of someone of the pronoun's gender, names nobody; the writer's question to two people names
neither; a question about someone ("My first question was about …") is no exchange with them; a
headline's words held by two speakers' quotes are neither's.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import Case, cases

_BANK = "the central bank will not change the mix of its reserves this year"

COUNTRY_AS_BODY = cases(
    "pronouns and role nouns",
    [
        (f'Markets calm\n\nOn Wednesday, South Korea moved to steady the markets. It issued a statement that "{_BANK}".', "the central bank", "South Korea"),
        (f'Markets calm\n\nSri Lanka moved to steady the markets on Monday. It issued a statement saying that "{_BANK}".', "the central bank", "Sri Lanka"),
        (f'Markets calm\n\nCosta Rica moved to steady the markets on Monday. It issued a statement saying that "{_BANK}".', "the central bank", "Costa Rica"),
        # negative: no verb of saying in the country's sentence, and the quote opens its own
        (f'Markets calm\n\nSri Lanka moved to steady the markets on Monday. "{_BANK}," it said.', "the central bank", None),
    ],
)

_SLOPE = "On a slope they simply roll away down the hill"

ASIDE_OF_SAYING = cases(
    "pronouns and role nouns",
    [
        (f'Glass beads have proved effective on the pond, Orzaga explained, but are not suited to glaciers. "{_SLOPE}," he told me.', "On a slope", "Orzaga"),
        (f'Glass beads have proved effective on the pond, Orzaga noted, but are not suited to glaciers. "{_SLOPE}," he told me.', "On a slope", "Orzaga"),
        (f'Glass beads have proved effective on the pond, Orzaga recalled, but are not suited to glaciers. "{_SLOPE}," he told me.', "On a slope", "Orzaga"),
        (f'This winter, Orzaga and Pellin built four test plots.\n\nGlass beads have proved effective on the pond, Orzaga explained, but '
         f'are not suited to glaciers. "{_SLOPE}," he told me.', "On a slope", "Orzaga"),
        # negatives: a verb of finding; a second man the subject after the aside
        (f'Glass beads have proved effective on the pond, Orzaga found, but are not suited to glaciers. "{_SLOPE}," he told me.', "On a slope", None),
        (f'This winter, Orzaga and Pellin built four test plots.\n\nGlass beads have proved effective on the pond, Orzaga explained, but '
         f'Pellin says they are not suited to glaciers. "{_SLOPE}," he told me.', "On a slope", "Pellin"),
    ],
)

_LIVE = "Every night is a live performance for all of us in the pit"

OWNER_OF_A_THING_SENTENCE = cases(
    "pronouns and role nouns",
    [
        (f'Music man\n\nFrank Horne’s job as conductor of the festival band is not for the faint-hearted.\n\nThis year marks Horne’s tenth '
         f'turn at the helm of the band. "{_LIVE}," he says.', "Every night", "Frank Horne"),
        (f'Music man\n\nThis year marks Frank Horne’s tenth turn at the helm of the band. "{_LIVE}," he says.', "Every night", "Frank Horne"),
        ('Back on stage\n\nThe season marks Ann Keel’s return to the stage after ten years. "I was terrified every single night of the run," she says.',
         "I was terrified", "Ann Keel"),
        # negatives: a group, a document or a person the subject; the quote speaks of a he; an owner of no known gender
        ('Raid\n\nPolice searched Tom Kell’s house on Monday. "We found nothing of any interest at all," he said.', "We found nothing", None),
        ('Harbour\n\nThe report faulted Tom Kell’s plan for the harbour. "It will cost far more than anyone has said," he said.', "It will cost", None),
        (f'Music man\n\nTom Reyes praised Frank Horne’s tenth turn at the helm of the band. "{_LIVE}," he says.', "Every night", "Tom Reyes"),
        ('Music man\n\nThis year marks Frank Horne’s tenth turn at the helm of the band. "He has never missed a single night of it," he says.',
         "He has never missed", None),
        (f'Music man\n\nThis year marks Dale Horne’s tenth turn at the helm of the band. "{_LIVE}," he says.', "Every night", None),
    ],
)

_SLEEP = "When do you find the time to sleep?"
_FIRMS = "The answer is small firms and a great deal of patience"

WRITERS_EXCHANGE = cases(
    "pronouns and role nouns",
    [
        (f'At sea\n\nMy first question to Tomas Brandt, founder of a shipping firm: "{_SLEEP}"\n\nHe laughs and turns the talk to the '
         f'port. "{_FIRMS}," he said.', "The answer is small", "Tomas Brandt"),
        (f'At sea\n\nOur interview with Ann Weller began late.\n\nShe apologises and pours the tea. "{_FIRMS}," she said.', "The answer is small", "Ann Weller"),
        # negatives: two people asked; a question about someone, not to them
        (f'At sea\n\nMy first question to Tomas Brandt and Piet Kroll: "{_SLEEP}"\n\nHe laughs. "{_FIRMS}," he said.', "The answer is small", None),
        ('At sea\n\nMy first question was about Tomas Brandt and his firm: "When does he find the time to sleep?"\n\nHe laughs. '
         f'"{_FIRMS}," he said.', "The answer is small", None),
    ],
)

_FUNDING = "If the agency does not answer the request in full, the committee will consider its funding"

LIST_AFTER_FRONTED_PHRASE = cases(
    "pronouns and role nouns",
    [
        (f'In their letter, Tom Reyes, Dan Pike and Ann Lutz repeated an earlier request to the agency’s director, Joe Wald. "{_FUNDING}," they wrote.',
         "If the agency", "Tom Reyes, Dan Pike and Ann Lutz"),
        (f'On Monday, Tom Reyes, Dan Pike and Ann Lutz repeated an earlier request to the agency. "{_FUNDING}," they wrote.',
         "If the agency", "Tom Reyes, Dan Pike and Ann Lutz"),
        # negatives: each name set off with a role stays the pair it was; no fronted phrase
        (f'On Monday, Hart, a Democrat, and Cole, a Republican, repeated the request. "{_FUNDING}," they wrote.', "If the agency", "Hart and Cole"),
        (f'Tom Reyes, Dan Pike and Ann Lutz repeated an earlier request to the agency. "{_FUNDING}," they wrote.', "If the agency", "Tom Reyes, Dan Pike and Ann Lutz"),
    ],
)

_MEETING = "told the committee that such a meeting “did not happen, at least not to my knowledge”."
_BOTH = "Both Ted Ormond and Paul Vick attended the dinner.\n\n"

OBJECT_BEFORE_SUBORDINATE_CLAUSE = cases(
    "pronouns and role nouns",
    [
        (f"{_BOTH}Senate Democrats want to question Attorney General Ted Ormond because, in October, he {_MEETING}", "did not happen", "Ted Ormond"),
        (f"{_BOTH}Critics want to question Attorney General Ted Ormond after he {_MEETING}", "did not happen", "Ted Ormond"),
        # negatives: a man the subject; two men in the main clause; a he before; a plural group is no he
        (f"{_BOTH}Tom Reyes wants to question Attorney General Ted Ormond because he {_MEETING}", "did not happen", "Tom Reyes"),
        (f"{_BOTH}Critics want to question Attorney General Ted Ormond and Paul Vick because he {_MEETING}", "did not happen", None),
        (f"{_BOTH}He wants to question Attorney General Ted Ormond because he {_MEETING}", "did not happen", None),
        (f"Senate Democrats want to question the plan. He {_MEETING}", "did not happen", None),
    ],
)

_CHAPEL = "'We are in shock and horrified': A chapel feels the spotlight.\n\nPORT LEWIS - Adel Moray runs the chapel board. "

HEADLINE_INSIDE_A_BODY_QUOTE = cases(
    "pronouns and role nouns",
    [
        (f'{_CHAPEL}Asked what he believed, he said, "It is the wrong thing, but we have no right to judge people. . . . We are in shock and '
         'horrified."\n\nThe town is small.', "We are in shock and horrified", "Adel Moray"),
        (f'{_CHAPEL}"It is the wrong thing. We are in shock and horrified," he said. "We are in shock and horrified by all of it," he added.'
         "\n\nThe town is small.", "We are in shock and horrified", "Adel Moray"),
        # negative: two speakers' quotes hold the words
        (f'{_CHAPEL}"It is the wrong thing. We are in shock and horrified," he said. Tom Reyes agreed. "We are in shock and horrified by all of '
         'it," said Dan Pike.\n\nThe town is small.', "We are in shock and horrified", None),
    ],
)

_HERO = "Could we please have the hero on the show?"

OTHERS_BESIDE_THE_WRITER = cases(
    "pronouns and role nouns",
    [
        (f'The show\n\nTom Reyes and Dan Pike and I were creating the show. They were both huge fans of the comic. They said, "{_HERO}"',
         "Could we please", "Tom Reyes and Dan Pike"),
        # negatives: a list whose last name the reading kept alone; two men for a he; one companion stays his
        (f'The show\n\nTom Reyes, Dan Pike and I were creating the show. "{_HERO}" he asked.', "Could we please", None),
        (f'The show\n\nTom Reyes and Dan Pike and I were creating the show. "{_HERO}" he asked.', "Could we please", None),
        (f'The show\n\nDan Pike and I were creating the show. "{_HERO}" he asked.', "Could we please", "Dan Pike"),
    ],
)

PRON32_CASES: list[Case] = [
    *COUNTRY_AS_BODY,
    *ASIDE_OF_SAYING,
    *OWNER_OF_A_THING_SENTENCE,
    *WRITERS_EXCHANGE,
    *LIST_AFTER_FRONTED_PHRASE,
    *OBJECT_BEFORE_SUBORDINATE_CLAUSE,
    *HEADLINE_INSIDE_A_BODY_QUOTE,
    *OTHERS_BESIDE_THE_WRITER,
]
