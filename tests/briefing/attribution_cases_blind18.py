"""Attribution cases of session 18 (blind audit of English news pages): wrong speakers first.

A paper as a list's neighbour ("… between the ministry, Vantor, and Ortega's firm, the Daily Ledger
claimed"); the subject of a reported clause whose actions end in an outburst ("he said Vollmer
slammed the table and shouted"); "who proceeded to tell"; a condition of the quoted sentence before
the cue ('“…” when he lands, Tunde Mbeki, … told reporters'); a gerund or an adjective read as
a speaker ("Asking staff … so long as I preface it by saying", "The usual praise for … is calling
them"); a bare answer to a question put to "you" by the other party of an exchange; a clause after
a semicolon whose verb has its own object ('“…”; the mayor said nothing'); "X's attempt to persuade
… to look at “…”". Then missed speakers: "he rumbled from the podium"; ", dismissing it as “…”" after a
clause of its own; a quote cut by a person named with no verb ('“…,” a former clerk, “…”'); a
singular "they" for one ungendered person whose words are in the first person ("The witness …
“I saw him leave,” they told the court").
Positives and near-miss negatives, invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

PAPER_AFTER_LIST = cases(
    "organisations, documents and groups",
    [
        ("Ortega owned Brannock Mining, a firm long accused of fraud.\n\n"
         "In its coverage of the dispute between the ministry, Vantor, and Ortega's Brannock, the Daily Ledger "
         "claimed it was \"far from certain the bid would succeed.\"", "far from certain", "the Daily Ledger"),
        ("In its report on the talks between the union, the board, and the city, the Morning Star said the "
         "deal was \"dead in the water.\"", "dead in the water", "the Morning Star"),
        ("In a letter to the board, the staff, and Mayor Ann Reyes, the union chief wrote that the plan was "
         "\"reckless.\"", "reckless", "the union chief"),
        # the description closed by a comma is the name's apposition: the name speaks
        ("The plan was backed by Kline, Diaz, and Ann Reyes, the mayor, who said it was \"a good start.\"",
         "a good start", "Ann Reyes"),
    ],
)

REPORTED_ACTOR = cases(
    "clause frames around the speaker",
    [
        ("The former partner described the fights. At the end of one such fight, he said Vollmer slammed the "
         "table and shouted, \"I answer to nobody!\"", "I answer to nobody", "Vollmer"),
        ("Ms Hale described the meeting. She said Tarrant stood up, tore up the memo and declared, \"This "
         "company is mine.\"", "This company is mine", "Tarrant"),
        ("He recalled that Mira Obi opened the door, looked around and whispered, \"They are gone.\"",
         "They are gone", "Mira Obi"),
        # "added", "told reporters": as often the one reporting, who goes on
        ("Ms Hale said Tarrant signed the deal and added, \"We are done here.\"", "We are done here", "Hale"),
        ("Ms Hale said Tarrant signed the deal and told reporters, \"We are done here.\"", "We are done here",
         ("Hale", None)),
        ("Ms Hale described the meeting. She said Tarrant was furious and declared, \"This company is mine.\"",
         "This company is mine", ("Hale", None)),
        ("Hale called Tarrant and shouted, \"We are done here.\"", "We are done here", "Hale"),
    ],
)

PROCEEDED_TO = cases(
    "clause frames around the speaker",
    [
        ("The memo was read out in the presence of Dunmore, who proceeded to tell his staff, \"these orders "
         "come from above.\"", "these orders come", "Dunmore"),
        ("The plan was presented to Mayor Ann Kilbride, who went on to tell reporters, \"we will not back "
         "down.\"", "we will not back down", "Ann Kilbride"),
        ("The bill reached Senator Tom Reyes, who began to say, \"This is a disgrace.\"", "This is a disgrace",
         "Tom Reyes"),
        ("The report was leaked to the press, which proceeded to call it \"a scandal.\"", "a scandal", None),
    ],
)

CONDITION_BEFORE_CUE = cases(
    "long material between quote, speaker and verb",
    [
        ("On the form, Seth Okafor answered \"no\" to the questions.\n\n"
         "\"He will be arrested\" when he lands in Lagos, Tunde Mbeki, head of the port police, told reporters.",
         "He will be arrested", "Tunde Mbeki"),
        ("\"They will pay\" if they come back, Mara Quist, the city's prosecutor, said on Monday.",
         "They will pay", "Mara Quist"),
        ("\"We will leave\" once the talks end, the union's chief negotiator said.", "We will leave",
         "the union's chief negotiator"),
        ("\"We will leave\" when the talks end, and the union agreed.", "We will leave", None),
        ("\"He will be charged\" when he returns, said Mara Quist.", "He will be charged", "Mara Quist"),
    ],
)

NO_SPEAKER_WORDS = cases(
    "when unsure, say less",
    [
        ("Asking staff to fill in a log of their hourly tasks does not count as paperwork so long as I preface "
         "it by saying, \"This is not paperwork.\"", "This is not paperwork", None),
        ("Hale closes every rally by saying, \"We are not done.\"", "We are not done", "Hale"),
        ("Asking staff to fill in logs is fine so long as I say, \"This is not paperwork.\"", "This is not paperwork",
         None),
        ("Reyes says the plan is fine as long as she says \"yes.\"", "yes", "Reyes"),
        ("Hale cut the budget after he ended the meeting by saying, \"We did our best.\"", "We did our best",
         "Hale"),
        ("The all-too-common praise for these retro shooters is lauding them as \"the best arcade game never "
         "made.\"", "the best arcade game", None),
        ("The usual praise for these shooters is calling them \"the best arcade game never made.\"",
         "the best arcade game", None),
        ("The all-too-familiar complaint from voters is that the city is \"a mess.\"", "a mess", None),
        ("The usual praise for the mayor came from Dana Reyes, who called her \"a fighter.\"", "a fighter",
         "Dana Reyes"),
        ("Critics praise the film for a script that is \"sharp and funny.\"", "sharp and funny", "critics"),
    ],
)

EXCHANGE_TURNS = cases(
    "pronouns and role nouns",
    [
        ("\"It can be safe,\" Vega said, \"but there are limits.\"\n\n\"But there is some danger,\" Ramsey "
         "interjected. \"Do you deny that?\"\n\n\"There may be a small danger in a few cases, but the benefits are "
         "far greater.\"", "There may be a small danger", "Vega"),
        ("\"We should wait,\" Ada Lund told the panel.\n\n\"Wait for what?\" Senator Cole said. \"Would you "
         "explain that?\"\n\n\"For the audit. It is due in May.\"", "For the audit", "Ada Lund"),
        # no question put to the other: the speaker goes on
        ("\"It can be safe,\" Vega said, \"but there are limits.\"\n\n\"But there is some danger,\" Ramsey "
         "said. \"We cannot ignore that.\"\n\n\"The court has seen this before.\"", "The court has seen", "Ramsey"),
        # a question about the asker, or no turn of the other's right before: the asker may answer it
        ("\"We must act,\" Vega said.\n\n\"There is some danger,\" Ramsey said. \"Do you think I would allow "
         "that?\"\n\n\"I would not. I will never allow it.\"", "I would not", "Ramsey"),
        ("Ramsey spoke to the reporters at length.\n\n\"There is some danger,\" Ramsey said. \"Do you see "
         "it?\"\n\n\"We will find the money elsewhere.\"", "We will find the money", "Ramsey"),
    ],
)

SEMICOLON_CLAUSE = cases(
    "clause frames around the speaker",
    [
        ("Kline spoke after Reyes. Kline later mocked Reyes's attempt to persuade the council to picture \"the "
         "city we could become\"; he suggested the idea rang hollow.", "the city we could become", "Reyes"),
        ("Kline mocked Reyes's effort to get voters to back \"the greenest city on earth.\"",
         "the greenest city", "Reyes"),
        ("The crowd chanted \"four more years\"; the mayor said nothing.", "four more years", "the crowd"),
        ("Mayor Ann Reyes spoke. \"We will not stop\"; she told reporters.", "We will not stop", "Ann Reyes"),
        ("Mayor Ann Reyes spoke. \"We will not stop\"; she said firmly.", "We will not stop", "Ann Reyes"),
        ("Mayor Ann Reyes spoke. \"We will not stop\"; she told the Ledger.", "We will not stop", "Ann Reyes"),
    ],
)

MISSED_SPEAKERS = cases(
    "speech verbs in every form",
    [
        # a voice's sound right after the quote is a cue
        ("The police chief made no secret about his target. \"We will find them,\" he rumbled from the podium.",
         "We will find them", "the police chief"),
        ("\"Get out,\" Senator Tom Reyes roared at the protesters.", "Get out", "Tom Reyes"),
        # a judging participle set off by a comma: the sentence subject's verdict
        ("A spokeswoman for Brannock issued a denial of the report, dismissing it as \"a fairy tale.\"",
         "a fairy tale", ("a spokeswoman", "a spokeswoman for Brannock")),
        ("Mayor Tom Hale signed the bill on Friday, hailing it as \"a new dawn.\"", "a new dawn", "Tom Hale"),
        ("The bill passed, with critics dismissing it as \"a gift to donors.\"", "a gift to donors", "critics"),
        # the cue's verb left out between two halves of the quote
        ("\"The mayor clearly did not write it,\" a former IT specialist who saw the letter, \"so someone else "
         "did.\"", "The mayor clearly did not", "a former IT specialist"),
        ("\"The mayor clearly did not write it,\" a former IT specialist who saw the letter, \"so someone else "
         "did.\"", "so someone else did", "a former IT specialist"),
        ("\"We will never sell,\" the owner of the farm, \"not for any price.\"", "We will never sell",
         ("the owner", "the owner of the farm")),
        ("The film follows \"The Lost Boys,\" a band from Leeds, \"and their last tour.\"", "and their last tour",
         None),
        ("\"It was fast,\" a new model that went on sale, \"and cheap.\"", "It was fast", None),
    ],
)

SINGULAR_THEY = cases(
    "pronouns and role nouns",
    [
        # a "they" for one ungendered person, the words in the first person singular
        ("The witness described the night. \"I saw him leave,\" they told the court.", "I saw him leave",
         "the witness"),
        ("Tom Vollmer ran the firm.\n\nThe ex-partner suspected that Vollmer was hiding money. \"One day,\" they "
         "testified, \"I saw the bank papers.\"", "I saw the bank papers", "the ex-partner"),
        ("Tom Vollmer ran the firm.\n\nThe ex-partner suspected that Vollmer was hiding money. \"One day,\" they "
         "testified, \"I saw the bank papers.\"", "One day", "the ex-partner"),
        ("Officials met the mayor. \"Not yet,\" they said. \"We need a week.\"", "Not yet", "officials"),
        ("Tom Vollmer ran the firm.\n\nThe ex-partner suspected that Vollmer was hiding money. \"I saw the bank "
         "papers,\" he testified.", "I saw the bank papers", ("the ex-partner", None)),
        # a group's words, or a group before
        ("The mayor spoke to the press. \"We are worried,\" they said.", "We are worried", None),
        ("The committee met on Monday. \"I am worried,\" they said.", "I am worried", None),
        ("Officials met the mayor. \"We are worried,\" they said.", "We are worried", "officials"),
        # the subject, the lawyer only its object: the subject, or nobody for sure
        ("The witness met the lawyer. \"I am worried,\" they said.", "I am worried", ("the witness", None)),
        # two subjects of the sentence: the two of them, never one
        ("The witness and the lawyer left together. \"I am worried,\" they said.", "I am worried",
         ("the witness and the lawyer", None)),
        # a question put to the crowd is not the other party's to answer
        ("\"We need more money,\" Vega told the committee.\n\n\"Do you know what happens if we fail?\" Cole "
         "asked the crowd. \"Do you?\"\n\n\"The town dies. That is what happens.\"", "The town dies", ("Cole", None)),
    ],
)

BLIND18_CASES = SINGULAR_THEY + MISSED_SPEAKERS + EXCHANGE_TURNS + SEMICOLON_CLAUSE + PAPER_AFTER_LIST + REPORTED_ACTOR + PROCEEDED_TO + CONDITION_BEFORE_CUE + NO_SPEAKER_WORDS
