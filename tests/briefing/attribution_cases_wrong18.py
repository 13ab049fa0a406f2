"""Attribution cases of session 18: wrong speakers, the worst error (words in someone else's mouth).

A minister's office with a list of portfolios run into the holder's name ("Minister for Housing,
Local Government and Heritage Ada Kerr"); a newspaper's name run into its writer's ("Writing in
the Herald Lind said"); a he or she going to the asker of a question put to someone named, or to
the listener of a passive "was told"; a group after a noun and no "that" ("a line his critics
mock"); "the former mayor" going to the mayor in office; given names the lists did not know
(Irish, Scottish, Welsh), so a "she" went to a Colm. Positives and near-miss negatives, invented
people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

OFFICES_18 = cases(
    "titles and abbreviations",
    [
        ("The Minister for Housing, Local Government and Heritage Paul Deverell said the plan was \"long overdue\".",
         "long overdue", "Paul Deverell"),
        ("Minister of Trade, Investment and Commerce Cathal Fenlow said the deal would \"open new markets\".",
         "open new markets", "Cathal Fenlow"),
        ("\"We will open new markets,\" Minister of Trade, Investment and Commerce Ruth Dalgarno said on Tuesday.",
         "We will open new markets", "Ruth Dalgarno"),
        # the list of portfolios with an unknown given name: the office, never "Local Government and …"
        ("The Minister for Housing, Local Government and Heritage Torvald Fenlow said the plan was \"long overdue "
         "and badly needed\".", "long overdue and badly", ("Torvald Fenlow", "the Minister", None)),
        # an office with an "and" in its name before a given name no list holds: one office, its holder
        ("Minister for Trade and Industry Torvald Fenlow said the plan was \"long overdue\".",
         "long overdue", "Torvald Fenlow"),
        ("\"It is long overdue,\" said Minister for Trade and Industry Torvald Fenlow.",
         "It is long overdue", "Torvald Fenlow"),
        # negatives: two people joined by "and"; an office cut short before a name
        ("Mayor Ed Kline and Sheriff Rosa Diaz said the plan was \"long overdue\".",
         "long overdue", "Ed Kline and Rosa Diaz"),
        ("The Minister for Trade and Tove Lund said the plan was \"long overdue\".",
         "long overdue", ("the Minister for Trade and Tove Lund", "the Minister", None)),
        # negative: a list of people, not of portfolios
        ("Ciara Malone, Tadhg Hart and Peadar Ames said the plan was \"long overdue\".",
         "long overdue", "Ciara Malone, Tadhg Hart and Peadar Ames"),
    ],
)

PAPERS_18 = cases(
    "titles and abbreviations",
    [
        ("Writing in the Herald Lind said the reforms were \"a betrayal of voters\".",
         "a betrayal of voters", "Lind"),
        ("In the Telegraph Jasper Quint wrote: \"The party has lost its way.\"",
         "The party has lost its way", "Jasper Quint"),
        ("Writing in the Irish Times Lind argued that \"nobody asked for this\".",
         "nobody asked for this", "Lind"),
        ("Writing for the Guardian Olwen Pryce said the plan was \"cruel\".", "cruel", "Olwen Pryce"),
        # a paper whose name ends on no masthead word, after "Writing in the", "Speaking to the"
        ("Writing in the New Statesman Lind said the reforms were \"a betrayal\".", "a betrayal", "Lind"),
        ("Speaking to the Atlantic Hettie Marlowe said the reforms were \"a betrayal\".", "a betrayal",
         ("Hettie Marlowe", "Marlowe")),
        ("Writing in the Sydney Morning Herald Lind said the reforms were \"a betrayal\".", "a betrayal", "Lind"),
        # a broadcaster's acronym run into the name after it
        ("Speaking to the BBC Ann Lind said the deal was \"safe\".", "safe", "Ann Lind"),
        ("\"It is safe,\" said BBC Ann Lind.", "It is safe", "Ann Lind"),
        ("JJ Abrams said the film was \"a risk\".", "a risk", "JJ Abrams"),
        # negative: a body, not a paper; its last word is a common word
        ("Speaking to the Senate Foreign Relations Committee Ann Lind said the deal was \"safe\".", "safe", "Ann Lind"),
        # negatives: a place or a building after "the", not a paper and its writer
        ("In the Herald Square protest Quint told the crowd: \"We are not going away.\"",
         "We are not going away", "Quint"),
        ("Writing in the Post Office newsletter, the manager said it was \"a sad day\".",
         "a sad day", "the manager"),
        ("Star Jones said the show was \"a family\".", "a family", "Star Jones"),
    ],
)

GENDERS_18 = cases(
    "pronouns and role nouns",
    [
        # a man's given name the lists did not know: his "she" is someone else's
        ("Colm Reddy runs the bakery on the corner.\n\n\"We lost everything in the flood,\" she said.",
         "We lost everything", None),
        ("Eoin Reddy was treated at the scene by a nurse.\n\n\"He was lucky,\" she said.", "He was lucky", None),
        ("Aoife Reddy runs the bakery on the corner.\n\n\"We lost everything in the flood,\" she said.",
         "We lost everything", "Aoife Reddy"),
        ("Colm Reddy, 52, runs the bakery. His wife Niamh did the books.\n\n\"We lost everything,\" she said.",
         "We lost everything", "Niamh"),
        # the subject's own "her" when the other person named has a man's given name
        ("Kwame Osei hosted Linda Marsh on his podcast. \"We are not speaking,\" she said.",
         "We are not speaking", ("Linda Marsh", None)),
        ("Dana Whitlow interviewed Edwin Marsh on her show. \"We are not speaking,\" he said.",
         "We are not speaking", ("Edwin Marsh", None)),
    ],
)

INTERVIEWS_18 = cases(
    "pronouns and role nouns",
    [
        # the answer to a narrated question is the asked person's, not the asker's
        ("Dana Whitlow asked Kofi Mensah about his brother. \"We are not speaking,\" he said.",
         "We are not speaking", "Kofi Mensah"),
        ("Dana Whitlow asked Kofi Mensah about his brother, and he replied: \"We are not speaking.\"",
         "We are not speaking", "Kofi Mensah"),
        ("Dana Whitlow asked Kofi Mensah about his brother.\n\n\"We are not speaking,\" he said.",
         "We are not speaking", "Kofi Mensah"),
        ("Radio host Dana Whitlow questioned Kofi Mensah about the rift. \"We are not speaking,\" he said.",
         "We are not speaking", "Kofi Mensah"),
        ("Dana Whitlow asked Kofi Mensah about his brother. \"We are not speaking,\" came the reply.",
         "We are not speaking", ("Kofi Mensah", None)),
        ("Dana Whitlow asked Kofi Mensah about his brother. \"We are not speaking.\"",
         "We are not speaking", ("Kofi Mensah", None)),
        ("Fairweather pressed the prince on his father. \"Not for months,\" came the answer.",
         "Not for months", None),
        ("Prince Edwin gave his first interview in years. Fairweather asked the prince whether he had spoken "
         "to his father. \"Not for months,\" he replied.", "Not for months", ("Edwin", None)),
        ("Mayor Ann Lowe opened the bridge. Fairweather asked the mayor about the delay. \"We are working on "
         "it,\" she said.", "We are working on it", "Ann Lowe"),
        ("Fairweather pressed the prince on his father. \"Why not?\"", "Why not?", "Fairweather"),
        ("Fairweather asked the young prince whether he had spoken to his father. \"Not for months,\" he "
         "replied.", "Not for months", None),
        ("Fairweather asked the prince to leave the stage. \"Go now,\" he said.", "Go now", "Fairweather"),
        # negatives: a follow-up question is the asker's; a request ("asked … to") is no question;
        # a pronoun the text ties to the asker stays hers
        ("Kofi Mensah asked Dana Whitlow about the rift. \"Why should I care?\" he said.",
         "Why should I care", "Kofi Mensah"),
        ("Gov. Ruth Amadi asked Tomas Keel to resign on Friday.\n\n\"The party deserves better,\" she said.",
         "The party deserves better", "Ruth Amadi"),
        ("Lena Vogt asked Petr Novak about the rift. \"I think he should apologise,\" she said.",
         "I think he should apologise", "Lena Vogt"),
        # the listener of a passive of telling is not the speaker
        ("Dana Whitlow interviewed Edwin Marsh on her show. \"We are not speaking,\" Whitlow was told.",
         "We are not speaking", ("Edwin Marsh", None)),
        ("Dana Whitlow interviewed Edwin Marsh. Asked about his brother, she was told: \"We are not speaking.\"",
         "We are not speaking", ("Edwin Marsh", None)),
        ("Dana Whitlow was told by Edwin Marsh: \"We are not speaking.\"", "We are not speaking", "Edwin Marsh"),
        ("Staff were warned in a memo: \"You will lose your job.\"", "You will lose your job", None),
        # negative: a colon after a clause about its subject still gives the subject
        ("The board was conclusive in its findings: \"The vote was fair.\"", "The vote was fair", "the board"),
    ],
)

GROUPS_18 = cases(
    "organisations, documents and groups",
    [
        # a noun, then the subject of a relative clause with no "that": they do not say the words
        ("The senator attacked the fund on Friday.\n\nThe elder Vance has long stated that \"the money goes "
         "where the need is\", a line his critics mock.", "the money goes", ("the elder Vance", "Vance", None)),
        ("\"It is a scam,\" the claim its critics repeat.", "It is a scam", None),
        # negatives: one noun phrase with a determiner inside it
        ("\"We are not leaving,\" all the residents said.", "We are not leaving", "all the residents"),
        ("\"We are not leaving,\" both their sons said.", "We are not leaving", "both their sons"),
        ("\"It is over,\" the mayor's office said.", "It is over", "the mayor's office"),
        ("The crew fired twice and then \"likely\" fired again, according to a report into the crash published "
         "on Friday.", "likely", "a report into the crash"),
    ],
)

FORMER_18 = cases(
    "pronouns and role nouns",
    [
        # "the former mayor" is not the mayor in office
        ("Mayor Ian Doyle met Ray Tillot on Monday.\n\n\"I regret nothing,\" the former mayor said.",
         "I regret nothing", ("the former mayor", None)),
        ("Ray Tillot, a former mayor, spoke at the dinner.\n\n\"I regret nothing,\" the former mayor said.",
         "I regret nothing", "Ray Tillot"),
        ("Former Gov. Ray Tillot spoke at the dinner.\n\n\"I regret nothing,\" the former governor said.",
         "I regret nothing", "Ray Tillot"),
        ("Mayor Ian Doyle opened the bridge.\n\n\"It took ten years,\" the mayor said.", "It took ten years", "Ian Doyle"),
    ],
)

WRONG18_CASES = OFFICES_18 + PAPERS_18 + GENDERS_18 + INTERVIEWS_18 + GROUPS_18 + FORMER_18

ELDER_18 = cases(
    "pronouns and role nouns",
    [
        # "the elder Vance" is one of two relatives: never the surname's other bearer, never the
        # senator the text spoke of before
        ("Oregon senator Dale Pruitt is backed by Gerald and Oskar Vance.\n\nThe elder Vance funds dozens of "
         "groups. He has said, \"Cities belong to everyone.\"", "Cities belong to everyone", ("the elder Vance", "Gerald Vance", None)),
        ("Oregon senator Dale Pruitt calls himself a centrist. But the senator, who once said he was \"nobody's "
         "puppet,\" relies on big donors.\n\nThe elder Vance funds dozens of groups that want stricter zoning. He "
         "has backed a housing charity and has said, \"Cities belong to everyone.\"", "Cities belong to everyone",
         ("the elder Vance", "Vance", None)),
        ("Oregon senator Dale Pruitt is backed by Gerald and Oskar Vance.\n\n\"Cities belong to everyone,\" the "
         "younger Vance said.", "Cities belong to everyone", ("the younger Vance", "Oskar Vance", None)),
        # negative: one person of the name, no relative to tell apart
        ("Oregon senator Dale Pruitt calls himself a centrist.\n\n\"Cities belong to everyone,\" Vance said.",
         "Cities belong to everyone", "Vance"),
        # a given name in -ing is no participle: the newest subject is the "he"
        ("Tomas Ekwueme visited the president in hospital.\n\n\"I thought he would recover,\" he said.\n\n"
         "Analyst Henning Voss doubts the official account.\n\n\"But why make an issue of it?\" he says.",
         "But why make an issue", "Henning Voss"),
        ("Tomas Ekwueme visited the president in hospital.\n\n\"I thought he would recover,\" he said.\n\n"
         "Analyst Irving Kahn doubts the official account.\n\n\"But why make an issue of it?\" he says.",
         "But why make an issue", "Irving Kahn"),
    ],
)

WRONG18_CASES += ELDER_18

GIVEN_NAMES_18 = cases(
    "pronouns and role nouns",
    [
        # a man's West African given name the lists did not know: the "she" is the senator's
        ("Senator Ruth Akers met Chukwudi Obi on Monday. Obi later spoke to reporters.\n\n"
         "\"The talks went well,\" she said.", "The talks went well", ("Ruth Akers", None)),
        ("Emeka Nwosu runs the clinic.\n\n\"We are exhausted,\" she said.", "We are exhausted", None),
        ("Chioma Nwosu runs the clinic.\n\n\"We are exhausted,\" she said.", "We are exhausted", "Chioma Nwosu"),
        ("Abena Owusu runs the clinic. Her deputy is Kwabena Boateng.\n\n\"We are exhausted,\" he said.",
         "We are exhausted", ("Kwabena Boateng", "Her deputy", None)),
    ],
)

WRONG18_CASES += GIVEN_NAMES_18
