"""Attribution cases of session 17 ("intlpron"): the gender of a person whose given name no list
of ours holds (Ngozi, Kwame, Aigerim), learnt from the text's own evidence short of a he or she,
so that a pronoun of the other gender passes over that person to an earlier one of known gender.

Two kinds of evidence: a possessive in the subject's own clause ("Ngozi Eze lost her job in March",
"Kwame Osei sold his car") or in a "who" clause set off after it ("Ngozi Eze, who lost her job
…,") when the sentence writes no he/she and no one else the possessive could be about; and a
kin noun set off after the name with "a"/"an" ("Ngozi Eze, a mother of three,"), the person's own
role. Negatives: an object "her" ("told her that", "helped her win", "met her
Monday"), a possessive in another clause ("said the rules would help her pay"), a possessive
beside another name or a role brought in with an article.

A he or she that goes to the latest person, of no gender we know, over an earlier one of that
gender is a guess; a pronoun of the other gender that finds no one right after that person's own
named quote ("“…,” Eze said. “…,” she added") undoes it. The guess still rules the person out of
the next pronoun otherwise, and a gender the text gives (", a spokesman for") is no guess.
Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A possessive in the subject's own clause tells its gender.
OWNED_GENDER = cases(
    "pronouns and role nouns",
    [
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze lost her job there in March.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Tom Baker"),
        ("Anna Reed runs the bakery on Main Street. Kwame Osei sold his car in March to pay the rent.\n\n"
         "“It was a hard year for all of us,” she said.",
         "It was a hard year", "Anna Reed"),
        ("Paul Grant chairs the school board. Aigerim Bekova, 41, teaches there with her sister.\n\n"
         "“We have asked for new books for six years,” he said.",
         "We have asked for new books", "Paul Grant"),
        ("Mary Collins leads the tenants' union. Tenzin Dorje moved into the tower with his family in 2019.\n\n"
         "“The lifts have been broken since the spring,” she said.",
         "The lifts have been broken", "Mary Collins"),
        # a "who" clause set off right after the subject is about the subject
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze, who lost her job there in March, works nights now.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Tom Baker"),
        ("Anna Reed runs the bakery on Main Street. Kwame Osei, who sold his car in March, walks to work now.\n\n"
         "“It was a hard year for all of us,” she said.",
         "It was a hard year", "Anna Reed"),
        # the learnt gender holds for the person's own later pronoun too
        ("Ngozi Eze lost her job at the port in March. Tom Baker, the union steward, took up the case.\n\n"
         "“They gave me no reason at all,” Eze said. “I had worked there for eleven years,” she said.",
         "I had worked there", "Ngozi Eze"),
    ],
)

#: A kin noun set off after the name with an indefinite article is the person's own role.
OWN_KIN_ROLE = cases(
    "pronouns and role nouns",
    [
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze, a mother of three, works there at night.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Tom Baker"),
        ("Anna Reed runs the clinic on Hill Road. Kwame Osei, a father of two, drives its only van.\n\n"
         "“We cannot keep it on the road much longer,” she said.",
         "We cannot keep it on the road", "Anna Reed"),
        ("Paul Grant farms the land by the river. Folasade Okafor, a grandmother of five, sells his eggs in town.\n\n"
         "“Prices have doubled since the flood,” he said.",
         "Prices have doubled", "Paul Grant"),
    ],
)

#: Possessives that tell nothing of the subject's gender: the latest person stays the he or she,
#: or, where the text leaves it open, no one.
NOT_OWNED = cases(
    "when unsure, say less",
    [
        # an object "her": someone else, the subject stays open and is the latest referent
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze told her that the bakery would close.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze helped her win the case in March.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze met her Monday at the town hall.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
        # a possessive in another clause, about that clause's subject maybe
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze said the new rules would help her pay the rent.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze, who met Ruth Hale at her office, works nights now.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze, who said the rules would help her pay the rent, "
         "works nights now.\n\n“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
        # a role brought in with an article before the possessive: the mayor's office, maybe
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze met the mayor in her office on Monday.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
        # another name before the possessive: Ruth Hale's sister, maybe
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze visited Ruth Hale with her sister.\n\n"
         "“It was a hard year for all of us,” he said.",
         "It was a hard year", "Ngozi Eze"),
    ],
)

#: A gender only guessed (a he or she that went to the latest person over an earlier one of that
#: gender) gives way to a pronoun of the other gender right after that person's own named quote.
UNDONE_GUESS = cases(
    "pronouns and role nouns",
    [
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze works there at night.\n\n"
         "“It was a hard year,” he said.\n\n"
         "“Nobody came in after six,” Eze said. “We sat there alone,” she added.",
         "We sat there alone", "Ngozi Eze"),
        ("Anna Reed runs the clinic on Hill Road. Kwame Osei drives its only van.\n\n"
         "“We need a new van,” she said.\n\n"
         "“The old one broke down twice this winter,” Osei said. “Nobody could fix it,” he added.",
         "Nobody could fix it", "Kwame Osei"),
    ],
)

#: The guess still rules its person out of the next pronoun of the other gender, and a gender the
#: text gives is no guess.
GUESS_HOLDS = cases(
    "when unsure, say less",
    [
        ("Anna Reed owns the shop. Tom Baker manages it. Kwame Osei works there at night.\n\n"
         "“It was a hard year,” he said.\n\n"
         "“We almost closed,” she said.",
         "We almost closed", "Anna Reed"),
        ("Tom Baker runs the bakery on Main Street. Kwame Osei, a spokesman for the bakers' union, met him on Monday.\n\n"
         "“We talked for two hours,” Osei said. “Nothing was agreed,” she added.",
         "Nothing was agreed", None),
        ("Tom Baker runs the bakery on Main Street. Ngozi Eze works there at night.\n\n"
         "“It was a hard year,” he said.\n\n"
         "“Nobody came in after six,” Eze said. Mary Collins, the night manager, agreed. “We sat there alone,” she added.",
         "We sat there alone", "Mary Collins"),
    ],
)

INTLPRON_CASES = [*OWNED_GENDER, *OWN_KIN_ROLE, *NOT_OWNED, *UNDONE_GUESS, *GUESS_HOLDS]
