"""Attribution cases of session 17 (round 24, helper n2): patterns found on htmldate's English test
pages, with invented people. A capitalised job title before its holder's name set off by commas
("Water Board Chief Executive, Ann Roe, said:") is no name itself; an office whose department name
holds an "and" ("Health and Human Services Secretary Ann Roe") is one person's; a role without
its determiner after an inverted verb ("said head coach of the women's team, Dana Ruiz") names the
person apposed after it; "charged", "penned" and "scribbled" report words when nothing follows
them. A quote after reported speech closed by its cue ("…, says Ola Brandt. “…”", or a paragraph
"…, Walsh said." whose reported clause holds an "and") goes on with that speaker. An appositive set off by spaced dashes is read as one set off by
commas. "Cameron's family" is a group a "they" stands for, and a "they" quote's group stays the
referent of the next "they". A newspaper's name run into a given name ("Writing in The Mirror
Linda said") ends before it.
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
        # a second role whose work is quoted: one person
        ("\"We are not going back,\" SAG-AFTRA President and \"The Harbor\" star Rita Vance told reporters.",
         "We are not going back", "Rita Vance"),
        ("\"We are not going back,\" Union President and “The Harbor” creator Rita Vance said.",
         "We are not going back", "Rita Vance"),
        (  # two people, the second with her quoted work: never her alone
            "\"We are not going back,\" Union President Tom Weller and \"The Harbor\" star Rita Vance said.",
            "We are not going back", ("Tom Weller and Rita Vance", None)),
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

REPORTED_THEN_QUOTE_N2 = cases(
    "speaker stated in another paragraph or clause",
    [
        # a paragraph of reported speech ends on its cue; the quote after it goes on with it
        ("Detective Sergeant Tim Walsh said thieves had fitted devices to three machines.\n\n"
         "“In general, we advise drivers to check the slot before paying.”\n\n"
         "Paying by phone and using a card with a chip were other good ways to stay safe, Walsh said.\n\n"
         "“If you see anything odd on a machine, walk away and call us.”", "If you see anything odd", "Tim Walsh"),
        ("Ola Brandt runs a privacy group in Oslo. If regulators accept the scheme, only the rich will keep their "
         "privacy, says Brandt. “Everybody else will have to hand over their data.”", "Everybody else", "Ola Brandt"),
        ("Ola Brandt runs a privacy group in Oslo. Only the rich will keep their privacy, said Ola Brandt, the "
         "group's founder. “Everybody else will have to hand over their data.”", "Everybody else", "Ola Brandt"),
        (  # negatives: two people reported the clause; a new subject with its own verb
            "The plan was dead on arrival, Mayor Tim Hale and Governor Rosa Bell said.\n\n"
            "“We will start again in the spring.”", "We will start again", None),
        ("Ola Brandt runs a privacy group in Oslo. Only the rich will keep their privacy, says Brandt. Critics "
         "call the claim “a scare story.”", "a scare story", (None, "critics")),
    ],
)

DASHED_APPOSITIVES_N2 = cases(
    "pronouns and role nouns",
    [
        # an appositive set off by spaced dashes is no conjunct of the subject ("Hale and Ohioan")
        ("Nina Hale took questions first.\n\nHale and Sen. Tom Ruiz - a fellow Ohioan - argued over the "
         "feasibility of a ban.\n\n\"No president is going to sign it,\" she insisted.", "No president", "Nina Hale"),
        ("Nina Hale took questions.\n\nSen. Tom Ruiz — her rival from Ohio — argued over the ban.\n\n"
         "\"No president is going to sign it,\" he insisted.", "No president", "Tom Ruiz"),
        (  # negative: a thing with a dashed appositive is still no person
            "Nina Hale took questions.\n\nThe plan — a costly one — failed in the Senate.\n\n"
            "\"No president is going to sign it,\" she said.", "No president", "Nina Hale"),
    ],
)

FAMILY_THEY_N2 = cases(
    "organisations, documents and groups",
    [
        # "X's family" is a group a "they" can stand for, and stays it over the statement's paragraphs
        ("In Tuesday night's episode, the audience was told that Leon had died earlier this year.\n\n"
         "Following the broadcast, Leon's family issued a tribute to him via the police.\n\n"
         "They said: \"This has been the most terrible time for our family.\n\n"
         "\"We thank the officers for their care.\"", "This has been", ("Leon's family",)),
        ("In Tuesday night's episode, the audience was told that Leon had died earlier this year.\n\n"
         "Following the broadcast, Leon's family issued a tribute to him via the police.\n\n"
         "They said: \"This has been the most terrible time for our family.\n\n"
         "\"We thank the officers for their care.\"", "We thank the officers", ("Leon's family",)),
        ("His family issued a tribute to him via the police.\n\nThey said: \"This has been the worst time of our "
         "lives.\"\n\n\"We thank the officers for their care,\" they added.", "We thank the officers", "His family"),
        (  # negative: a person came between the group and the "they"
            "The union issued a statement. \"We will strike,\" they said.\n\nTom Reyes, the mayor, was angry. "
            "\"We thank the officers,\" they said.", "We thank the officers", None),
    ],
)

MASTHEAD_N2 = cases(
    "names: particles, numbers, places and headlines",
    [
        # a paper's name run into the writer's: "The Mirror Linda" is Linda, never "Mirror Linda"
        ("Writing in The Herald Maria said: \"I could not remember my own niece's name.\"\n\n"
         "\"My memory has been lapsing for a while,\" Maria added.", "My memory has been", "Maria"),
        ("Writing in The Herald Maria said: \"I could not remember my own niece's name.\"",
         "I could not remember", "Maria"),
        ("Writing in the Sentinel Rosa Kemp said: \"The council has failed these families.\"",
         "The council has failed", "Rosa Kemp"),
        ("Writing in the Daily Mail Sarah Vane argued: \"Nobody voted for this.\"", "Nobody voted", "Sarah Vane"),
        (  # negatives: a name that opens on a masthead word is still a name
            "\"I was never a fan of the show,\" Star Jones said.", "I was never a fan", "Star Jones"),
        ("\"It was packed all night,\" a vendor in Times Square said.", "It was packed", ("a vendor", "a vendor in Times Square")),
    ],
)

BODIES_N2 = cases(
    "organisations, documents and groups",
    [
        # a body's long capitalised name after "the", and an acronym after a participle's "that" clause
        ("If that forecast holds, the New South Wales Rural Fire Service said, \"then this will be all of our "
         "presents rolled into one.\"", "then this will be", "the New South Wales Rural Fire Service"),
        ("\"Stay away from the coast,\" the Western Australia Department of Fire and Emergency Services said.",
         "Stay away from the coast", "the Western Australia Department of Fire and Emergency Services"),
        ("Observing that the threats will keep changing as banking goes digital, the RBI said \"active "
         "collaboration between lenders would be necessary for sharing what they know.\"", "active collaboration",
         "the RBI"),
        ("Noting that attacks had doubled, the FBI warned \"every hospital should patch its systems this week.\"",
         "every hospital", "the FBI"),
        (  # negative: a thing after the "that" clause is still no speaker of the words
            "Noting that prices had doubled, the increase meant \"every family would pay more this winter.\"",
            "every family", None),
    ],
)

ANNOUNCED_N2 = cases(
    "speaker stated in another paragraph or clause",
    [
        # the paragraph before announces the subject's words without a speech verb
        ("Senator Ray Holt spoke on Monday.\n\nLooking ahead to next year’s elections, Holt also offered this "
         "insight on Rita Marsh.\n\n“I think she is going to be the nominee.”", "I think she is going", "Ray Holt"),
        ("Ann Ridley wrote a book about class.\n\nIn the bar of a top London hotel, Ridley spells out why she "
         "used the title.\n\n“I like the word because it suggests something hidden.”", "I like the word",
         "Ann Ridley"),
        (  # negatives: someone else is brought in, or the insight came from another
            "Ann Ridley wrote a book about class.\n\nIn the bar of a top London hotel, Ridley spells out why Tom "
            "Weller hated the title.\n\n“I like the word because it suggests something hidden.”", "I like the word",
            None),
        ("Senator Ray Holt spoke on Monday.\n\nHolt offered this insight from his aide Tom Weller.\n\n“I think she "
         "is going to be the nominee.”", "I think she is going", None),
    ],
)

FIRMS_IT_N2 = cases(
    "organisations, documents and it",
    [
        # a brokerage, an insurer, a lender is a body an "it" stands for
        ("Growth will slow sharply this year, the brokerage said on Wednesday.\n\n\"We believe the shutdown will "
         "hurt activity,\" it said.", "We believe the shutdown", "the brokerage"),
        ("The insurer said claims had doubled.\n\n\"We expect a hard winter for households,\" it said.",
         "We expect a hard winter", "the insurer"),
        ("The lender raised its rates on Monday. \"Borrowers should fix their mortgages now,\" it warned.",
         "Borrowers should fix", "the lender"),
    ],
)

OWNED_WORDS_N2 = cases(
    "clause frames around the speaker",
    [
        # "X's words:" deep in a clause: the name that owns the words
        ("It included fine performances. But nothing matched the power of Ortega's words: “With everything up "
         "for grabs, this is your world to shape.”", "With everything up", "Ortega"),
        ("Nothing matched Ana Ortega's answer: “This is your world to shape.”", "This is your world", "Ana Ortega"),
        (  # negatives: a thing's name owns a title, not words
            "The crowd cheered as the band played the Beatles' song: “All you need is love.”", "All you need", None),
        ("Fans lined up to see the Tate Modern's newest exhibit: “Shapes of the Sea.”", "Shapes of the Sea", None),
    ],
)

N2_CASES = [
    *TITLES_N2, *CLOSING_VERBS_N2, *REPORTED_THEN_QUOTE_N2, *DASHED_APPOSITIVES_N2, *FAMILY_THEY_N2, *MASTHEAD_N2,
    *BODIES_N2, *ANNOUNCED_N2, *FIRMS_IT_N2, *OWNED_WORDS_N2,
]  # fmt: skip
