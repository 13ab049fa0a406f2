"""Attribution cases of session 14 (real14c): patterns found by reading real news text without
speaker gold (fundus_eval pages and the codelucas/newspaper test pages), rewritten with invented
people and wording. Titles of office that hold "of" after a place ("Ohio Secretary of State",
"Head of School"), an epithet or a kind of body before an organisation's name ("the free-market
Institute for …", "the advocacy group Citizens for …"), and a description apposed to a name that
opens a who-clause ("Omar Kessel, a Democrat who said …").
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

OFFICES_14C = cases(
    "titles and abbreviations",
    [
        ("Lakeside Academy Head of School Marta Quill wrote to parents that the rival player “threatens the "
         "safety of our athletes.”", "threatens the safety", "Marta Quill"),
        ("Head of School Ines Brandt said: “We will not send our girls onto that court.”",
         "We will not send", "Ines Brandt"),
        ("At the time, Lakeside Academy Head of School Marta Quill wrote to parents about the game.\n\n"
         "“Letting this happen sets a terrible precedent,” Quill wrote.",
         "Letting this happen", "Marta Quill"),
        ("Ohio Secretary of State Dan Perrow called for the amendment in March, citing fraud claims.\n\n"
         "“Groups are suing to end verification in our registration process,” he said.",
         "Groups are suing", "Dan Perrow"),
        ("Vermont Secretary of State Noor Hadley backed the bill on Monday.\n\n"
         "“No one should be able to game our voter rolls,” she said.",
         "No one should be able", "Noor Hadley"),
        ("Kansas Attorney General Ben Rudd filed the suit in May.\n\n"
         "“This is a clear overreach by the agency,” he said.",
         "This is a clear overreach", "Ben Rudd"),
        ("Director of the Office of Management and Budget Ines Vale said the cuts “will hurt every county.”",
         "will hurt every county", "Ines Vale"),
        (  # negative: the office alone, no holder named; the pronoun has no one to find
            "The Ohio Secretary of State's office issued new rules on Friday.\n\n"
            "“The rules take effect at once,” a spokeswoman said.",
            "The rules take effect", "a spokeswoman"),
    ],
)

ORGANISATIONS_14C = cases(
    "organisations, documents and groups",
    [
        ("The free-market Institute for Fiscal Studies said the plan was “a disaster for families on fixed "
         "incomes.”", "a disaster for families", "the Institute for Fiscal Studies"),
        ("The left-leaning Center for Rural Progress said the cuts were “a blow to every small town in the "
         "state.”", "a blow to every small town", "the Center for Rural Progress"),
        ("The influential Council on Water Policy warned that the drought “will not end this year.”",
         "will not end this year", "the Council on Water Policy"),
        ("The independent Office for Budget Review said the forecast was “far too rosy for a country in "
         "recession.”", "far too rosy", "the Office for Budget Review"),
        ("The advocacy group Citizens for Fair Maps said the new lines were “drawn to protect incumbents.”",
         "drawn to protect incumbents", "Citizens for Fair Maps"),
        ("The group Parents for Safe Streets said the crossing was “a tragedy waiting to happen.”",
         "a tragedy waiting", "Parents for Safe Streets"),
        (  # negative: a person after the organisation's role, not the organisation
            "The free-market Institute for Fiscal Studies' director, Tom Platt, said the plan was “a disaster "
            "for families on fixed incomes.”", "a disaster for families", "Tom Platt"),
    ],
)

APPOSED_WHO_14C = cases(
    "clause frames around the speaker",
    [
        ("“What we know is this: the state matters,” explained House majority leader Omar Kessel, a Democrat "
         "who said that, while “the rival is the worst candidate,” many voters believe that “the governor has "
         "not done enough for them.”", "the governor has not done", "Omar Kessel"),
        ("Mayor Rita Vance, a Republican who said in March that, unlike her rivals, she would “never raise "
         "the sales tax,” signed the increase on Friday.", "never raise the sales tax", "Rita Vance"),
        (  # negative: the who-clause belongs to someone else the sentence names
            "Omar Kessel thanked Lena Moss, a volunteer who said that, after ten years, the shelter was “like a "
            "second home.”", "like a second home", "Lena Moss"),
    ],
)

WORKS_14C = cases(
    "when unsure, say less",
    [
        # a title-case quote after the noun of a work and its comma, after where the work appeared,
        # after a verb of singing or making one, or before a listing's date is the work's title
        ("Lena Ortiz made a new piece for eight dancers, set to Moreau's 1964 album, “Blue Lanterns at Dawn.”",
         "Blue Lanterns at Dawn", None),
        ("In 1980, Vera Lund's essay for Art Today, “Why Have There Been No Great Painters?,” answered the "
         "question it posed.", "Why Have There Been No Great Painters", None),
        ("(Even Elmo the Muppet has sung “Singing in the Rain Again.”)", "Singing in the Rain Again", None),
        ("Tara Vey wrote and directed “The Summer That Never Came Back.”", "The Summer That Never", None),
        ("Maya Roth starred in “Salt and Fire.” It was written by Paul Danner.", "Salt and Fire", None),
        ("“We decided to withdraw from the tournament,” coach Al Hollis told “Good Day & Night.”",
         "Good Day & Night", None),
        ("“We decided to withdraw from the tournament,” coach Al Hollis told “Good Day & Night.”",
         "We decided to withdraw", "Al Hollis"),
        (  # negative: words of the person, title case but a sentence of speech after "said"
            "Asked about the vote, Mayor Ann Roe said: “Thank You, Everyone.”", "Thank You, Everyone.", "Ann Roe"),
        (  # negative: the singer's own words after the song's title
            "Rita Vale sang “Blue Lanterns at Dawn.” “I wrote it for my mother,” she said afterwards.",
            "I wrote it for my mother", "Rita Vale"),
    ],
)

CHANGE_SUBJECTS_14C = cases(
    "clause frames around the speaker",
    [
        # a change or an amount as the subject of the verb that governs the quote says nothing
        ("Speaking outside his office, Mark Dovey said the result was “appalling” and that the surge in hate "
         "demanded a response “from every one of us in this city.”", "from every one of us", "Mark Dovey"),
        ("“Younger voters are key,” said Pelham. A 20-point drop “is enormous,” Pelham said, and underscores "
         "the worry that many students “may just stay home on election day.”", "may just stay home", (None, "Pelham")),
        ("The rise in rents has prompted calls for “a freeze on every lease in the county.”",
         "a freeze on every lease", None),
        (  # negative: a text that says something is its speaker
            "The report said the agency “failed at every level of its response.”", "failed at every level",
            "the report"),
        (  # negative: a plain verb of saying keeps any subject the writer gives it
            "The drop in sales, the company said, was “temporary and already reversing.”",
            "temporary and already", "the company"),
    ],
)

MISC_14C = cases(
    "long material between quote, speaker and verb",
    [
        # an inverted "says" with a role before the name and a party tag, set off by commas
        ("This year, says former state senator Paul Gadd (D-Ohio), “I don't think the governor can win "
         "without the cities.”", "I don't think the governor", "Paul Gadd"),
        ("In the end, says U.S. Rep. Ana Reyes, “the votes are simply not there for this bill.”",
         "the votes are simply not", "Ana Reyes"),
        # a participle after a time that closes the main clause goes with the main clause's subject,
        # not with the place the time follows
        ("Rana Dalloul, the founder of the Arab Civic Forum, summed up the message from Ohio on Tuesday "
         "warning the president, “Read the room. Change course or lose.”", "Read the room", "Rana Dalloul"),
        ("Nita Obi ended the rally in Dayton yesterday urging supporters to “knock on every door until "
         "November.”", "knock on every door", "Nita Obi"),
        # "another" (placard, person) after a first clause: someone we cannot name, not the first
        # clause's object
        ("Placards called Ivan Dorn, the Latvian premier, “Doomsday Dorn” and another accused the government "
         "of being “complicit in the deaths of thousands.”", "complicit in the deaths", None),
        ("One protester held up a sign and another shouted, “Shame on every one of you!”",
         "Shame on every one", None),
    ],
)

SURNAMES_14C = cases(
    "pronouns and role nouns",
    [
        # a lone surname ending like a participle or an adverb ("-ing", "-ly", "-ed") that is no
        # common word is a name, even when the full name was only written inside a quote
        ("“Abusive practices by an adviser,” said Fleming, “can be very hard for an investor to detect.”",
         "can be very hard", "Fleming"),
        ("“The numbers simply do not add up,” said Connolly.", "The numbers simply", "Connolly"),
        ("“We will appeal the ruling next week,” Ahmed said.", "We will appeal", "Ahmed"),
        # but a lone word in -ing is no "he" when nothing makes it a person: "Boeing", "Beijing"
        ("“Every bridge needs a budget,” said Tom Kell, a consultant. (Kell’s clients include Stelling, prime "
         "contractor for the bridge, although many note he held these views before.) “The state is not using "
         "the money well,” he continued.", "The state is not using", "Tom Kell"),
        ("Ian Fleming wrote the novel in Jamaica. Fleming’s publisher loved it. “It sold at once,” he said.",
         "It sold at once", "Ian Fleming"),
        (  # negative: a participle opening a sentence is no name
            "Preceded by a brass band, the mayor walked in. “We are here to stay,” she said.",
            "We are here to stay", "the mayor"),
    ],
)

GARBAGE_14C = cases(
    "when unsure, say less",
    [
        # far from the quote, a purpose infinitive's verb is no cue ("to reassure markets")
        ("Aides admitted the talks had been “hard” amid weeks of gloomy forecasts from the watchdog, which "
         "left the minister with just £9bn, £4bn of which the Chancellor wants to hold in reserve to reassure "
         "markets.", "hard", "aides"),
        (  # negative: "was quick to add" after a long appositive is the cue
            "“We will not move,” Ann Roe, the mayor of a small town in the north, was quick to add.",
            "We will not move", "Ann Roe"),
        # "continue" with what goes on after it is no verb of speech
        ("The work of the agency, from its creation in 1950, was meant to continue until refugees achieved "
         "“a just and lasting solution to their plight.”", "a just and lasting", None),
        ("Mayor Ann Roe continued: “We will rebuild every home on this street.”", "We will rebuild", "Ann Roe"),
        ("If the city had the money, Ann Roe continued, “we would rebuild every home on this street.”",
         "we would rebuild", "Ann Roe"),
        # an account on a named platform is its owner's, not the platform's name
        ("In response, Mr. Kell's X account posted a video of the rally, with the caption: “Donald, man. "
         "Check the tape.”", "Donald, man", ("Mr. Kell's X account", "Kell")),
        ("Ann Roe's Facebook page said the event was “cancelled until further notice.”",
         "cancelled until further", ("Ann Roe's Facebook page", "Ann Roe")),
    ],
)

SOURCES_AFTER_14C = cases(
    "organisations, documents and groups",
    [
        # "as X put it" closing the sentence after the quote names its source
        ("Lobbyists are mounting an assault on the 2010 banking law that “has achieved remarkable success,” "
         "as the Daily Ledger put it on Tuesday.", "has achieved remarkable", ("the Daily Ledger", "Daily Ledger")),
        ("The deal is “a disaster for every farmer in the valley,” as one analyst noted last week.",
         "a disaster for every farmer", "one analyst"),
        ("Bank lobbyists are mounting a “continuing assault” on the 2010 Dodd-Frank reform law that “has "
         "achieved remarkable success,” as the Daily Ledger put it.", "has achieved remarkable",
         ("the Daily Ledger", "Daily Ledger")),
        (  # negative: "as" opening a clause of time after the quote is no source
            "The crowd chanted “Go home now, all of you!” as Mayor Kell spoke.", "Go home now", "the crowd"),
        # a post signed after a dash, its links after the name
        ("“May the odds be ever in our favor!” – Jenna Lowry http://t.co/abc123XYZ pic.twitter.com/zK8QMCzPDf",
         "May the odds", "Jenna Lowry"),
    ],
)

MODIFIER_NAMES_14C = cases(
    "when unsure, say less",
    [
        # a place or a firm's name modifying a plural noun before an auxiliary is no subject
        ("Wall Street lobbyists are mounting an assault on the 2010 banking law that “has been a quiet "
         "success for consumers.”", "has been a quiet success", None),
        ("Silicon Valley executives have spent months fighting a bill that “would end the gig economy as we "
         "know it.”", "would end the gig economy", None),
        (  # negative: a name subject before the same auxiliary
            "Mayor Ann Roe has called the plan “a giveaway to the richest families in town.”",
            "a giveaway to the richest", "Ann Roe"),
    ],
)

TWIN_CLOSERS_14C = cases(
    "long material between quote, speaker and verb",
    [
        ("“Imagine thousands of such cars on our roads, all switched off at once,’’ Ms. Reyna said. “So it is "
         "scary to think about the risks.’’", "Imagine thousands", "Reyna"),
        ("“Imagine thousands of such cars on our roads, all switched off at once,’’ Ms. Reyna said. “So it is "
         "scary to think about the risks.’’", "So it is scary", "Reyna"),
    ],
)

VIEW_OWNERS_14C = cases(
    "organisations, documents and groups",
    [
        # the owner of a view, a perception or a conclusion whose that-clause holds the quote, also
        # with an aside between the noun and "that"
        ("Vera Lund's perception, in her 1980 essay, that there had been “no supremely great women painters, "
         "as far as we know,” was well supported.", "no supremely great", "Vera Lund"),
        ("Vera Lund's view that the museum was “a temple to dead men” shocked the board.",
         "a temple to dead men", "Vera Lund"),
        ("Tom Kell rejected Vera Lund's conclusion that the bridge was “unsafe at any speed.”",
         "unsafe at any speed", "Vera Lund"),
        (  # negative: a thing's finding names no person
            "The study's finding that the water was “safe to drink from every tap” surprised no one.",
            "safe to drink", None),
    ],
)

SENTENCE_SOURCE_14C = cases(
    "organisations, documents and groups",
    [
        # "according to X" closing a sentence of two quotes, after the later one's comma inside its
        # marks, is the source of the earlier one too
        ("While farming remains dominant, “tourism, education and green energy” and software “will become "
         "increasingly important,” according to a state forecast in June.", "tourism, education",
         "a state forecast"),
        ("Exports of “grain, timber and ore” and of machinery “are expected to double by 2030,” according to "
         "the Ministry of Trade.", "grain, timber", ("the Ministry of Trade", "Ministry of Trade")),
        (  # negative: a name subject of the earlier quote keeps it
            "Mayor Ann Roe called the plan “a disaster for the town” and said it “will never pass,” according "
            "to aides.", "a disaster for the town", "Ann Roe"),
    ],
)

INDEFINITE_OWNERS_14C = cases(
    "organisations, documents and groups",
    [
        # an owner with "a"/"an" before a claim noun owns the words of its that-clause, not the one
        # who reacts to it
        ("Farm Secretary Tom Vale reacted angrily to a whistleblower's complaint that his office is a telework "
         "“ghost town,” calling that an insult to “the farm family.”", "ghost town", "a whistleblower"),
        ("Farm Secretary Tom Vale reacted angrily to a whistleblower's complaint that his office is a telework "
         "“ghost town,” calling that an insult to “the farm family.”", "the farm family", "Tom Vale"),
        ("Mayor Ann Roe dismissed a rival's claim that the budget was “a shambles from top to bottom.”",
         "a shambles from top", "a rival"),
    ],
)

GLOSSES_14C = cases(
    "when unsure, say less",
    [
        # a quote filling parentheses after a word's noun or another quote glosses it: no one's words
        ("Ana Pike, a dancer from Seville, comes to the Center with her solo show “La Loba.” The title (“the "
         "she-wolf”) fits her well.", "the she-wolf", None),
        ("Ana Pike used the word “saudade” (“a deep longing for something lost”) to describe the mood.",
         "a deep longing", None),
        (  # negative: a who-clause in parentheses with its own verb keeps its speaker
            "Mayor Ann Roe (who said “we will not back down from this fight”) left the room.",
            "we will not back down", "Ann Roe"),
    ],
)

REAL14C_CASES = [*GLOSSES_14C, *INDEFINITE_OWNERS_14C, *SENTENCE_SOURCE_14C, *VIEW_OWNERS_14C, *TWIN_CLOSERS_14C, *MODIFIER_NAMES_14C, *SOURCES_AFTER_14C, *GARBAGE_14C, *OFFICES_14C, *ORGANISATIONS_14C, *APPOSED_WHO_14C, *WORKS_14C, *CHANGE_SUBJECTS_14C, *MISC_14C, *SURNAMES_14C]
