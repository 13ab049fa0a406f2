"""Attribution cases of the sixth round: speakers that are documents, bodies or descriptions
rather than named people (issue 13, "organisations, documents and groups as speakers"), and two
conventions that keep a quote with the person already quoted. Each pattern has cases where it
must NOT fire (the document only mentioned, a named speaker of the sentence's own, a new
subject with a verb of its own). Invented names throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: "one of her ads", "one of the unions": a document or body picked out of its owner's.
PARTITIVE_SOURCE = cases(
    "organisations, documents and groups",
    [
        (
            "Lena Varga tried to tie her rival to the governor, with one of her ads asking, “Is Tom Brandt "
            "independent enough to sit on the bench?”",
            "Is Tom Brandt",
            "one of her ads",
            "document",
        ),
        (
            "“Nobody at the plant was told about the closure before Friday,” one of the unions said in a statement.",
            "Nobody at the plant",
            "one of the unions",
            "organisation",
        ),
        (
            "“The money was never meant for the stadium in the first place,” one of Abara's advisers said.",
            "The money was never",
            "one of Abara's advisers",
            "person",
        ),
        (  # "one of them" stays unnamed: a wrong name is worse than none
            "“We will be back next year with twice as many people,” one of them said as the march ended.",
            "We will be back",
            None,
        ),
        (  # the ads are only mentioned, the mayor speaks
            "Mayor Rita Olsen dismissed one of the ads on Tuesday. “That commercial is full of things that "
            "never happened,” she said.",
            "That commercial is full",
            "Rita Olsen",
        ),
    ],
)

#: "According to X," opening the sentence that holds an otherwise unattributed quote.
ACCORDING_OPENING = cases(
    "organisations, documents and groups",
    [
        (
            "According to the training manual released by the court, salespeople were told, “You do not sell "
            "courses. You sell a dream of getting rich.”",
            "You do not sell courses",
            ("the training manual released by the court", "the training manual"),
        ),
        (
            "According to the audit, the program was “a textbook case of waste at every level of the agency”.",
            "a textbook case of waste",
            "the audit",
            "document",
        ),
        (
            "According to a statement from the ministry, the troops “will remain in the region until the spring”.",
            "will remain in the region",
            "a statement from the ministry",
        ),
        (  # a speaker with a verb of their own in the sentence wins over the source
            "According to police, the driver shouted “You will never take me alive, not today or any day” "
            "before he fled.",
            "You will never take me",
            "the driver",
        ),
        (  # the source opened an earlier sentence, not the quote's
            "According to the report, the plan failed in May. Residents were “never asked about anything at "
            "all, not once”.",
            "never asked about anything",
            None,
        ),
        (  # "according to" in the middle of a sentence is not its opening
            "The plan, according to the report, failed. Residents were “never asked about anything at all, not "
            "once”.",
            "never asked about anything",
            None,
        ),
    ],
)

#: '“…,” said Aida. Biden “kind of misspoke.”': a bare subject whose predicate is a quote, right
#: after an attributed quote, is the quoted speaker's verdict on that subject.
PREDICATE_AFTER_QUOTE = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "“We thought only the challenger was careless with words,” said Kenji Aida, who wrote a book on "
            "the race. The vice president “kind of misspoke. This is not something he should say in public.”",
            "kind of misspoke",
            "Kenji Aida",
        ),
        (
            "“The budget is a mess from start to finish,” said Councillor Ruth Abara. Mayor Dale “has no idea "
            "what the roads cost, and he never did.”",
            "has no idea what the roads",
            "Ruth Abara",
        ),
        (  # the subject has a verb of its own: his own words
            "“The budget is a mess from start to finish,” said Councillor Ruth Abara. Mayor Tom Dale later "
            "told reporters he “has no idea what the roads cost, and never did.”",
            "has no idea what the roads",
            "Tom Dale",
        ),
        (  # no attributed quote before: no speaker
            "Councillor Ruth Abara wrote a report on the roads. Mayor Tom Dale “has no idea what the roads cost, "
            "and he never did.”",
            "has no idea what the roads",
            None,
        ),
    ],
)

#: '“…?” a reporter can be heard asking': a perception passive before a speech participle.
HEARD_SAYING = cases(
    "speech verbs in every form",
    [
        (
            "“Should there be a register of every tenant in the city?” a reporter can be heard asking the mayor "
            "after the meeting.",
            "Should there be a register",
            "a reporter",
        ),
        (
            "“I never signed that contract and I never will, not for any price,” Senator Ivo Marsh can be heard "
            "saying on the recording.",
            "I never signed that contract",
            "Ivo Marsh",
        ),
        (
            "“Get them out of here before it is too late for all of us,” a man is heard shouting in the video.",
            "Get them out of here",
            "a man",
        ),
        (  # a passive of speech names the listeners, not the speaker
            "“Get out of the building and do not come back until the fire is out,” the workers were told.",
            "Get out of the building",
            None,
        ),
    ],
)

#: A quote standing alone, then a sentence pointing back at it that names its source.
POINTS_BACK_TO_SOURCE = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "“I would rather lose an election than lie to the people of this county.” That quote from "
            "Commissioner Tom Ekberg appeared on the front page of the local paper in 1994.",
            "I would rather lose an election",
            "Tom Ekberg",
        ),
        (
            "The count went on past midnight.\n\n“We will not rest until every child in this city has a "
            "school to walk to.”\n\nThose were the words of Mayor Ellen Park on the night she won.",
            "We will not rest",
            "Ellen Park",
        ),
        (
            "“Every school in the district will have a nurse by the autumn.” This promise came from the "
            "education board, which has missed every deadline since 2019.",
            "Every school in the district",
            "the education board",
        ),
        (  # the sentence points back but names no source
            "“We will not rest until every child in this city has a school to walk to.” That was the promise, "
            "and the city kept it.",
            "We will not rest",
            None,
        ),
        (  # a quote inside a sentence, not one of its own: the next sentence does not say whose
            "The new plan is “a gift to developers and nobody else at all.” That line of the mayor Ana Ruiz "
            "is shared by many.",
            "a gift to developers",
            None,
        ),
    ],
)

ROUND6_CASES = [
    *PARTITIVE_SOURCE, *ACCORDING_OPENING, *PREDICATE_AFTER_QUOTE, *HEARD_SAYING, *POINTS_BACK_TO_SOURCE,
]  # fmt: skip
