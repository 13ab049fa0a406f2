"""Attribution cases of the ninth round: a "he" or "she" must not go to a person whose given name
or title says the other gender when the text itself says nothing (issue 13, "with gender only
when known"). The lexicon of ``briefing/given_names.py`` only rules candidates out: a unisex
name, a surname alone, or a person named only as an object is never filtered or chosen by it,
and the text's own he/she evidence beats the given name. Invented people throughout (real given
names, invented surnames).
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: The most recent subject has a given name of the other gender: the pronoun goes back to the
#: person before, of the right gender.
GIVEN_NAME_RULES_OUT = cases(
    "pronouns and role nouns",
    [
        (  # the "Sen. Ted Cruz (R-Tex.) … Hillary Clinton" sequence of the issue, invented people
            "Hillary Dunmore spoke to voters in Des Moines on Monday. Sen. Ted Harlan (R-Tex.) mocked her "
            "plan within the hour. “We will build this economy together, from the bottom up,” she said.",
            "We will build this economy",
            "Hillary Dunmore",
        ),
        (
            "Gov. Mark Ellison signed the farm bill on Tuesday. Sen. Amy Rudd praised it in a statement. "
            "“This is a good day for every family farm in the state,” he said at the signing.",
            "This is a good day",
            "Mark Ellison",
        ),
        (
            "Karen Holt has worked nights at the county hospital for twenty years. Greg Palmer, the "
            "hospital's director, announced the cuts last week. “Nobody asked the nurses anything,” she "
            "said.",
            "Nobody asked the nurses",
            "Karen Holt",
        ),
        (  # world-news given names
            "Ursula Brandt arrived in Kyiv on Saturday morning. Volodymyr Kostenko met her at the station. "
            "“Europe will stand with Ukraine for as long as it takes,” she said.",
            "Europe will stand with Ukraine",
            "Ursula Brandt",
        ),
        (  # a hyphenated French given name, listed whole
            "Jean-Luc Marchand opened the debate in Lyon. Claire Dubois answered him point by point. "
            "“The reform is dead, and everyone in this room knows it,” he said.",
            "The reform is dead",
            "Jean-Luc Marchand",
        ),
    ],
)

#: A title that tells the gender (Queen, Prince, Father, Sister), with no other evidence.
TITLE_RULES_OUT = cases(
    "pronouns and role nouns",
    [
        (
            "Queen Margrethe opened the exhibition in Aarhus on Friday. Prince Frederik spoke after the "
            "ribbon was cut. “It has taken ten years to bring these pieces home,” she said.",
            "It has taken ten years",
            "Margrethe",
        ),
        (
            "Father Tomas Brenner runs the shelter on Ninth Street. Sister Alma Reyes joined him in "
            "2019. “We turn away thirty people on a cold night,” he said.",
            "We turn away thirty people",
            "Tomas Brenner",
        ),
    ],
)

#: Where the lexicon must not act: no filtering for a unisex or a one-word name, no new
#: resolution to a mere object, and the text's own evidence first.
LEXICON_STAYS_OUT = cases(
    "pronouns and role nouns",
    [
        (  # a unisex given name: the latest subject stays the answer
            "Maria Santos spoke first at the council meeting. Jordan Ellis took the microphone next. "
            "“We cannot keep patching the same roads every spring,” she said.",
            "We cannot keep patching",
            "Jordan Ellis",
        ),
        (  # Jean is French for a man, English for a woman: no filtering
            "Paul Girard opened the session in Montreal. Jean Moreau then rose to reply. “The budget "
            "leaves the north behind again,” she said.",
            "The budget leaves the north",
            "Jean Moreau",
        ),
        (  # a surname alone ("Warren" is also a man's given name) says nothing
            "Warren criticised the bank bill on Tuesday afternoon. “It is a gift to the largest banks "
            "in the country,” she said.",
            "It is a gift to the largest",
            "Warren",
        ),
        (  # the text ties "she" to Glenn Harper: that beats the given name
            "“The district deserves better roads,” Glenn Harper said on Monday. Harper told reporters she "
            "would run for a third term. Tom Becker, the party chairman, said nothing. “I have unfinished "
            "business in this district,” she said.",
            "I have unfinished business",
            "Glenn Harper",
        ),
        (  # the only man is an object: the given name makes no new speaker ("say less")
            "Laura Pike met David Greer at the union hall on Monday. “We have a deal on the table, "
            "finally,” he said.",
            "We have a deal on the table",
            None,
        ),
        (  # nobody of the right gender: no speaker rather than the wrong man
            "Steven Marsh chaired the zoning hearing on Thursday. “We will take this up again in "
            "March,” she said.",
            "We will take this up again",
            None,
        ),
        (  # the pronoun fits the latest subject: nothing changes
            "Robert Vance lost the primary by four points. Anna Kraus, his opponent, thanked her "
            "volunteers. “This win belongs to the people who knocked on doors,” she said.",
            "This win belongs",
            "Anna Kraus",
        ),
        (  # a role noun's gender and a given name agree with the pronoun
            "The congresswoman, Linda Ferrante, voted no. Michael Ortiz voted yes. “I could not sign a "
            "bill that cuts school lunches,” she said.",
            "I could not sign a bill",
            "Linda Ferrante",
        ),
    ],
)

ROUND9_CASES = [*GIVEN_NAME_RULES_OUT, *TITLE_RULES_OUT, *LEXICON_STAYS_OUT]
