"""Attribution cases of session 17 (round 24, helper n2): patterns found on htmldate's English test
pages, with invented people. A capitalised job title before its holder's name set off by commas
("Water Board Chief Executive, Ann Roe, said:") is no name itself; an office whose department name
holds an "and" ("Health and Human Services Secretary Ann Roe") is one person's; a role without
its determiner after an inverted verb ("said head coach of the women's team, Dana Ruiz") names the
person apposed after it; "charged", "penned" and "scribbled" report words when nothing follows
them.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

TITLES_N2 = cases(
    "titles and abbreviations",
    [
        # a bare capitalised title, then the name in commas
        ("Water Board Chief Executive, Marcia Delaney, said: “We acted quickly to fix the main.\n\n"
         "“Our engineers worked through the night.”", "Our engineers worked", "Marcia Delaney"),
        ("Water Board Chief Executive, Marcia Delaney, said: “We acted quickly to fix the main.”",
         "We acted quickly", "Marcia Delaney"),
        ("Regional Health Board Chairman, Tom Keane, told reporters: “No ward will close this winter.”",
         "No ward will close", "Tom Keane"),
        ("“Every bin will be emptied by Friday,” Council Leader, Rhona Whyte, said.",
         "Every bin will be emptied", "Rhona Whyte"),
        ("“Every bin will be emptied by Friday,” said Regional Waste Authority Director, Rhona Whyte.",
         "Every bin will be emptied", "Rhona Whyte"),
        (  # negatives: a name that ends on a title word is still a name
            "“The fire is contained,” Amy Bishop, the county's fire chief, said.", "The fire is contained", "Amy Bishop"),
        ("Guns are “a public health emergency” and “a plague on our schools,” Howard Dean, the former "
         "governor, proclaimed to a cheering crowd.", "a public health emergency", "Howard Dean"),
        (  # a title with no name apposed names nobody we could call by name
            "“Every bin will be emptied by Friday,” said the council leader.",
            "Every bin will be emptied", "the council leader"),
        # a role without its determiner after an inverted verb
        ("The new gym opened on Monday. “It feels like a new home for the players,” said head coach of the "
         "women’s team, Dana Ruiz. “They cannot stop smiling.”", "They cannot stop smiling", "Dana Ruiz"),
        ("“Nobody was hurt in the fire,” said spokesperson for the fire service, Aled Price, on Sunday.",
         "Nobody was hurt", "Aled Price"),
        ("“Nobody was hurt in the fire,” said deputy chief of the brigade, Aled Price.",
         "Nobody was hurt", "Aled Price"),
        (  # negative: "said goodbye" is no cue and the name after it no speaker of the quote
            "“See you next season,” said goodbye to his fans, Aled Price.", "See you next season", None),
        # an office whose department's name holds an "and"
        ("“We intend to clear the shelves of these products,” Health and Human Services Secretary Alan Brody "
         "said at the time.", "We intend to clear", "Alan Brody"),
        ("“We intend to clear the shelves of these products,” Housing and Urban Development Secretary Alan "
         "Brody said.", "We intend to clear", "Alan Brody"),
        ("Environment, Food and Rural Affairs Secretary Nia Hughes said: “Farmers will be paid by June.”",
         "Farmers will be paid", "Nia Hughes"),
        ("“The bill is dead,” Ways and Means Committee Chairman Ben Poe told reporters.",
         "The bill is dead", "Ben Poe"),
        (  # negative: a group and a named person spoke together: never the person alone
            "“The bill is dead,” Senate Democrats and House Speaker Ann Roe said.",
            "The bill is dead", ("Senate Democrats and Ann Roe", None)),
    ],
)

CLOSING_VERBS_N2 = cases(
    "speech verbs in every form",
    [
        ("“This is a very serious incident,” Harlow penned. “Students must know the damage it causes.”",
         "Students must know", "Harlow"),
        ("“This is a very serious incident,” Principal Gina Harlow penned in a letter to parents.",
         "This is a very serious", "Gina Harlow"),
        ("Carver went after the front-runner. “Nobody facing four trials can lead this party,” Carver charged.",
         "Nobody facing four trials", "Carver"),
        ("“Back by noon,” Lomax scribbled.", "Back by noon", "Lomax"),
        (  # negatives: with an object the verb does something else
            "“Nobody here can lead,” Carver charged the crowd with shouting.", "Nobody here can lead", None),
        ("The note, “Back soon,” was penned in pencil.", "Back soon", None),
    ],
)

N2_CASES = [*TITLES_N2, *CLOSING_VERBS_N2]
