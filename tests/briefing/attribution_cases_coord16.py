"""Attribution cases of round 16: coordinated and compound subjects, and the subjects of
participle clauses after a main clause. Two speakers joined by "and" ("Mayor Ed Kline and Sheriff
Rosa Diaz said") are shown together, never as the first alone; roles of one person joined by
"and" ("Chairman and CEO Tim Vance", "the company's founder and chief executive Ann Roe") stay
that person; an organisation whose name holds "and" or "&" stays whole. A participle (", saying",
", adding", ", warning") takes the subject of its own clause however long that subject runs.
Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

COORDINATED = cases(
    "when unsure, say less",
    [
        (
            'Mayor Ed Kline and Sheriff Rosa Diaz said, "The roads will stay closed until Monday."',
            "The roads will stay closed",
            ("Ed Kline and Rosa Diaz", None),
        ),
        (
            '"The roads will stay closed until Monday," said Mayor Ed Kline and Sheriff Rosa Diaz.',
            "The roads will stay closed",
            ("Ed Kline and Rosa Diaz", None),
        ),
        (
            'The Department of Justice and the FBI said, "We are reviewing the matter closely."',
            "We are reviewing",
            ("the Department of Justice and the FBI", None),
        ),
        (
            'Smith and Wesson said, "Our rifles are sold legally to licensed dealers."',
            "Our rifles are sold",
            ("Smith and Wesson", None),
        ),
        (
            'Smith & Wesson said, "Our rifles are sold legally to licensed dealers."',
            "Our rifles are sold",
            ("Smith & Wesson", None),
            "organisation",
        ),
        (
            "Procter & Gamble said in a statement that “prices will rise in the spring.”",
            "prices will rise",
            ("Procter & Gamble", None),
        ),
        (
            'Kline and his wife said, "We are grateful for all the support."',
            "We are grateful",
            ("Kline and his wife", None),
        ),
        (
            '"The bridge is unsafe," the mayor and the sheriff said in a joint statement.',
            "The bridge is unsafe",
            ("the mayor and the sheriff", None),
            "group",
        ),
        (
            'Rep. Joe Hart and Sen. Amy Cole wrote in a joint letter: "The agency has failed veterans."',
            "The agency has failed",
            ("Joe Hart and Amy Cole", None),
        ),
        (
            'Hart, a Democrat, and Cole, a Republican, said in a statement: "The agency has failed veterans."',
            "The agency has failed",
            ("Hart and Cole", None),
        ),
        (
            'Ann Roe and Ben Poe, both lawyers for the family, said, "We will appeal."',
            "We will appeal",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            '"We will appeal," said Kline and Diaz in a joint statement.',
            "We will appeal",
            ("Kline and Diaz", None),
        ),
        (
            'Ann Roe and her husband, Ben, said, "We are moving back to Ohio."',
            "We are moving back",
            ("Ann Roe and Ben", "Ann Roe and her husband", None),
        ),
        (
            'Ann Roe, Ben Poe and Carl Yates said, "We will appeal."',
            "We will appeal",
            ("Ann Roe, Ben Poe and Carl Yates", None),
        ),
        (
            '"The deal is done," the union and the company said in a joint statement.',
            "The deal is done",
            ("the union and the company", None),
        ),
        (
            'Both Kline and Diaz said, "The roads will stay closed."',
            "The roads will stay closed",
            ("Kline and Diaz", None),
        ),
        (
            '"We had no idea," the singer and his manager said.',
            "We had no idea",
            ("the singer and his manager", None),
        ),
        (
            '"The law is clear," wrote Lena Ortiz and Ben Poe, two professors at the college.',
            "The law is clear",
            ("Lena Ortiz and Ben Poe", None),
        ),
        (
            'After the vote, Ann Roe of the Sierra Club and Ben Poe of Greenpeace said, "The river will die."',
            "The river will die",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            'Yahoo News and former TV network anchor Katie Couric said: "Become members of the two-H club."',
            "Become members",
            ("Katie Couric", None),
        ),
        (
            "Yahoo News and former TV network anchor Katie Couric has promoted a humble approach, advising "
            'graduates to "become members of the two-H club: hard work and humility."',
            "become members",
            ("Katie Couric", None),
        ),
        (
            'Senator Mia Lord and Rep. Tom Hale rejected the offer on Tuesday, saying "this is not a serious '
            'proposal."',
            "this is not a serious",
            ("Mia Lord and Tom Hale", None),
        ),
        (
            "Mia Lord, the senator's chief of staff, and her deputy rejected the offer, telling reporters \"this is "
            'not a serious proposal."',
            "this is not a serious",
            ("Mia Lord and her deputy", None),
        ),
        (
            'Roe and Poe appeared on television, pleading for "anyone who saw something to come forward."',
            "anyone who saw",
            ("Roe and Poe", None),
        ),
        (
            'The FBI and the Department of Justice declined to comment, saying "the investigation is ongoing."',
            "the investigation is ongoing",
            ("the FBI and the Department of Justice", None),
        ),
        (
            'Kline and Diaz announced the grant Tuesday. "It is a lifeline for rural hospitals," they said.',
            "It is a lifeline",
            ("Kline and Diaz", None),
        ),
    ],
)

ONE_SPEAKER = cases(
    "organisations, documents and groups",
    [
        (
            '"We will keep investing in the region," Chairman and CEO Tim Vance said.',
            "We will keep investing",
            "Tim Vance",
        ),
        (
            'The company\'s founder and chief executive, Ann Roe, said, "We will keep investing in the region."',
            "We will keep investing",
            "Ann Roe",
        ),
        (
            'The company\'s founder and chief executive Ann Roe said, "We will keep investing in the region."',
            "We will keep investing",
            "Ann Roe",
        ),
        (
            'Former senator and ambassador Ann Roe said, "Diplomacy takes patience."',
            "Diplomacy takes patience",
            "Ann Roe",
        ),
        (
            'Actor and activist Ben Poe said, "Nobody should go hungry."',
            "Nobody should go hungry",
            "Ben Poe",
        ),
        (
            '"History is never finished," wrote author and historian Lena Ortiz.',
            "History is never finished",
            "Lena Ortiz",
        ),
        (
            'The Centers for Disease Control and Prevention said, "The risk remains low."',
            "The risk remains low",
            "the Centers for Disease Control and Prevention",
        ),
        (
            'Officials at the Department of Health and Human Services defended the rule, saying "it protects '
            'patients."',
            "it protects patients",
            ("officials", "officials at the Department of Health and Human Services"),
        ),
        (
            'Police and fire officials said, "The blaze is under control."',
            "The blaze is under control",
            ("police and fire officials", "police", None),
        ),
        (
            '"The senator will run again," said a spokesman for Ann Roe and Ben Poe.',
            "The senator will run",
            ("a spokesman", "a spokesman for Ann Roe and Ben Poe"),
        ),
        (  # negative: "and" opens a second verb, not a second speaker
            '"We will appeal," said Kline and left the stage.',
            "We will appeal",
            "Kline",
        ),
        (  # negative: a clause after the cue
            '"We will appeal," Kline said, and Diaz agreed.',
            "We will appeal",
            "Kline",
        ),
        (  # negative: "along with" and "joined by" add no subject
            'Kline, along with Sheriff Rosa Diaz, said, "The roads will stay closed."',
            "The roads will",
            "Kline",
        ),
        (
            'Kline, joined by Sheriff Rosa Diaz, said, "The roads will stay closed."',
            "The roads will",
            "Kline",
        ),
        (  # negative: the object of a preposition is no subject
            'Choosing between Kline and Diaz is "a false choice," she said of the race. Ann Roe, a nurse, '
            "wants neither.",
            "a false choice",
            (None, "Ann Roe"),
        ),
        (
            'Mayor Pat Quinn and her husband, Joe, attended the gala. "It was a lovely night for the city," he said.',
            "It was a lovely night",
            ("Joe", None),
        ),
        (
            'Ann Roe, a lawyer for Ben Poe and Carl Yates, denied the charges, telling reporters "my clients did '
            'nothing wrong."',
            "my clients did nothing",
            "Ann Roe",
        ),
    ],
)

COORDINATED_MORE = cases(
    "when unsure, say less",
    [
        (
            'Ann Roe and Ben Poe\'s lawyer said, "The contract is void."',
            "The contract is void",
            ("Ann Roe and Ben Poe's lawyer", None),
        ),
        (
            'The mayor, the sheriff and the fire chief said in a statement, "The roads are closed."',
            "The roads are closed",
            ("the mayor, the sheriff and the fire chief", None),
        ),
        ('Mr. and Mrs. Hale said, "We forgive him."', "We forgive him", None),
        (
            'Sens. Ann Roe and Ben Poe wrote, "The agency has failed veterans."',
            "The agency has failed",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            'Roe & Poe LLP said in a statement, "Our client is innocent."',
            "Our client is innocent",
            ("Roe & Poe LLP", None),
            "organisation",
        ),
        (
            'The Justice and Treasury departments said, "The sanctions take effect today."',
            "The sanctions take effect",
            ("the Justice and Treasury departments", None),
        ),
        (
            'Republicans and Democrats alike said the bill was "a good start for the state."',
            "a good start",
            ("Republicans and Democrats", None),
        ),
        (
            'One resident and her son said, "We lost everything in the flood."',
            "We lost everything",
            ("one resident and her son", None),
        ),
        ('"We forgive him," he and his wife said.', "We forgive him", None),
        (
            'Kline, 54, and Diaz, 61, said, "We will rebuild."',
            "We will rebuild",
            ("Kline and Diaz", None),
        ),
        (
            'Kline and Diaz, both Democrats, said, "We will rebuild."',
            "We will rebuild",
            ("Kline and Diaz", None),
        ),
        (
            'Gov. Ann Roe and Lt. Gov. Ben Poe toured the damage. "We will rebuild," they said.',
            "We will rebuild",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            "Attorney General Ann Roe and the FBI's director, Ben Poe, announced the charges, saying \"no one is "
            'above the law."',
            "no one is above the law",
            ("Ann Roe and Ben Poe", None),
        ),
    ],
)

ONE_SPEAKER_MORE = cases(
    "clause frames around the speaker",
    [
        (
            'Johnson and Johnson\'s chief executive, Ann Roe, said, "We will fight the verdict."',
            "We will fight the verdict",
            "Ann Roe",
        ),
        (
            'The senator\'s wife and chief adviser, Ann Roe, said, "He is not running."',
            "He is not running",
            "Ann Roe",
        ),
        (
            'Ann Roe, the senator\'s wife and chief adviser, said, "He is not running."',
            "He is not running",
            "Ann Roe",
        ),
        (  # negative: listeners joined by "and" are no speakers
            '"We will rebuild," Kline told reporters and residents.',
            "We will rebuild",
            "Kline",
        ),
        ('"We will rebuild," Kline said and Diaz agreed.', "We will rebuild", "Kline"),
        (
            'Gov. Ann Roe and Lt. Gov. Ben Poe toured the damage. "We will rebuild," Roe said.',
            "We will rebuild",
            "Ann Roe",
        ),
        (
            'Gov. Ann Roe and Lt. Gov. Ben Poe toured the damage. "We will rebuild," the governor said.',
            "We will rebuild",
            ("the governor", "Ann Roe"),
        ),
        (
            'Ann Roe thanked Ben Poe and Carl Yates on Monday. "They saved the town," she said.',
            "They saved the town",
            "Ann Roe",
        ),
        (
            'Mia Lord, 34, who works at the plant and lives nearby, said "the smell is unbearable."',
            "the smell is unbearable",
            "Mia Lord",
        ),
        (
            "Ann Roe, the agency's director since March and a former nurse, defended the rule on Monday, arguing "
            'that "it saves lives."',
            "it saves lives",
            "Ann Roe",
        ),
    ],
)

PARTICIPLES = cases(
    "long material between quote, speaker and verb",
    [
        (
            'Pressed by reporters, Senator Mia Lord rejected the offer, saying "this is not a serious proposal."',
            "this is not a serious",
            "Mia Lord",
        ),
        (
            'Frustrated by the delay, Ann Roe left the meeting early, saying "we have waited long enough."',
            "we have waited",
            "Ann Roe",
        ),
        (
            'Questioned about the payments, Ann Roe shrugged, adding: "Everyone does it."',
            "Everyone does it",
            "Ann Roe",
        ),
        (
            'Born in Ohio and raised in Texas, Ann Roe told the crowd, "I know what hard work looks like."',
            "I know what hard work",
            "Ann Roe",
        ),
        (
            'Reached by phone, Ann Roe declined to comment further, saying only that "the matter is in court."',
            "the matter is in court",
            "Ann Roe",
        ),
        (
            'Kline vetoed the bill and Diaz criticized him, saying "the city deserves better."',
            "the city deserves better",
            "Diaz",
        ),
        (
            'Kline vetoed the bill on Tuesday, but Diaz criticized him, saying "the city deserves better."',
            "the city deserves better",
            "Diaz",
        ),
        (
            'The council approved the budget and the mayor signed it, calling it "a plan for working families."',
            "a plan for working families",
            "the mayor",
        ),
        (  # negative: a second verb of the same subject
            'Kline vetoed the bill and criticized the council, saying "the city deserves better."',
            "the city deserves better",
            "Kline",
        ),
        (  # negative: two objects, one subject
            'Diaz criticized Kline and the council, saying "the city deserves better."',
            "the city deserves better",
            "Diaz",
        ),
        (
            'Ann Roe thanked Ben Poe and his staff, saying "we could not have done it without them."',
            "we could not have done",
            "Ann Roe",
        ),
        (
            "Ann Roe, who founded the group with her brother and ran it for a decade, stepped down on Monday, saying "
            '"it is time for new blood."',
            "it is time for new blood",
            "Ann Roe",
        ),
        (
            'The group\'s director, Ann Roe, criticized the plan on Monday, saying "it will leave thousands without care."',
            "it will leave thousands",
            "Ann Roe",
        ),
        (
            "The agency's director, Ann Roe, who took office in March after a bruising confirmation fight, defended the "
            'rule on Monday, arguing that "it saves lives."',
            "it saves lives",
            "Ann Roe",
        ),
        (
            'Gov. Ben Poe\'s spokeswoman welcomed the vote, calling it "a long-overdue win."',
            "a long-overdue win",
            ("Poe's spokeswoman", "Ben Poe's spokeswoman", "Gov. Ben Poe's spokeswoman"),
        ),
        (
            'A spokeswoman for Gov. Ben Poe, Ann Roe, welcomed the vote, calling it "a long-overdue win."',
            "a long-overdue win",
            "Ann Roe",
        ),
        (
            "Sen. Ann Roe (D-Ohio), who chairs the committee and has pushed the bill for years, welcomed the vote, "
            'calling it "a long-overdue win."',
            "a long-overdue win",
            "Ann Roe",
        ),
    ],
)

ROUND_THREE = cases(
    "clause frames around the speaker",
    [
        (
            'The plan drew fire from Ann Roe, calling it "a giveaway to developers."',
            "a giveaway to developers",
            ("Ann Roe", None),
        ),
        (
            'Confronted with the evidence, the former treasurer broke down, telling the court "I am so sorry."',
            "I am so sorry",
            "the former treasurer",
        ),
        (
            'The bill was signed by Gov. Ann Roe on Friday, calling it "a victory for every family."',
            "a victory for every family",
            ("Ann Roe", None),
        ),
        (  # negative: a person's own clause keeps its subject
            'Kline returned from a meeting with Ann Roe, saying "the talks went well."',
            "the talks went well",
            "Kline",
        ),
        (
            'The report, released by Ann Roe, criticized the agency, calling it "a failure."',
            "a failure",
            "the report",
        ),
        (
            'Kline and Diaz each said the deal was "dead in the water."',
            "dead in the water",
            ("Kline and Diaz", None),
        ),
        (
            'Kline as well as Diaz said the deal was "dead in the water."',
            "dead in the water",
            ("Kline and Diaz", None),
        ),
        (
            'Writing in the Journal, economists Tom Reyes and Dana Wu argued that the policy "has failed on its own '
            'terms."',
            "has failed on its own",
            ("Tom Reyes and Dana Wu", None),
        ),
        (
            'Texas A&M and the University of Texas said in a joint statement, "Fans must wear masks."',
            "Fans must wear masks",
            ("Texas A&M and the University of Texas", None),
        ),
        (
            '"We are thrilled," said Ann Roe, of Dayton, and Ben Poe, of Toledo.',
            "We are thrilled",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            'According to Ann Roe and Ben Poe, the deal is "dead in the water."',
            "dead in the water",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            'The Bill and Melinda Gates Foundation said, "We will fund the trial."',
            "We will fund the trial",
            "the Bill and Melinda Gates Foundation",
        ),
        (  # negative: a second appositive of one person, not a second speaker
            'Ann Roe, a nurse, and a mother of two, said "we are exhausted."',
            "we are exhausted",
            "Ann Roe",
        ),
        (
            '"It saves lives," wrote Dr. Ann Roe and colleagues in the journal.',
            "It saves lives",
            ("Dr. Ann Roe and colleagues", "Ann Roe and colleagues", None),
        ),
    ],
)

ROUND_FOUR = cases(
    "when unsure, say less",
    [
        (
            'She and her husband said they were "heartbroken and angry."',
            "heartbroken and angry",
            None,
        ),
        (
            'Ben and Jerry\'s said in a statement, "We stand with the workers."',
            "We stand with the workers",
            ("Ben and Jerry's", None),
        ),
        (
            'Sanders and Clinton sparred over trade on Sunday. "I voted against every trade deal," he said.',
            "I voted against every trade",
            ("Sanders", None),
        ),
        (
            'Senate Majority Leader Ann Roe and House Speaker Ben Poe released a joint statement: "The deal is done."',
            "The deal is done",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            'Ann Roe, president of the teachers union, and Ben Poe, head of the nurses union, said the deal was "a '
            'betrayal."',
            "a betrayal",
            ("Ann Roe and Ben Poe", None),
        ),
        (
            'The company and its chief executive, Ann Roe, said in a statement that the claims were "baseless."',
            "baseless",
            ("the company and Ann Roe", None),
        ),
        (
            'Students and faculty at Ohio State said the decision was "a disgrace."',
            "a disgrace",
            ("students and faculty", "students and faculty at Ohio State", "students", None),
        ),
        (  # negative: listeners joined by "and"
            'Ann Roe told the Times and CNN that the claims were "baseless."',
            "baseless",
            "Ann Roe",
        ),
        (
            'Kline and Diaz met on Tuesday. Diaz, who leads the county, said "the money is there."',
            "the money is there",
            "Diaz",
        ),
        (
            '"We will rebuild," Kline and Diaz said. "It will take years," Kline added.',
            "It will take years",
            "Kline",
        ),
    ],
)

FULL_NAMES = cases(
    "when unsure, say less",
    [
        (
            'Mayor Ed Kline met Sheriff Rosa Diaz on Monday.\n\nKline and Diaz later said the deal was "dead in the '
            'water."',
            "dead in the water",
            ("Ed Kline and Rosa Diaz", "Kline and Diaz", None),
        ),
        (
            'Prime Minister Ivo Marek spoke first.\n\nMarek and other coalition leaders called the vote "a betrayal."',
            "a betrayal",
            ("Ivo Marek and other coalition leaders", "Marek and other coalition leaders", None),
        ),
        (
            '"We are thrilled," said Ann Roe, of Dayton, and Ben Poe, of Toledo.',
            "We are thrilled",
            ("Ann Roe and Ben Poe", None),
        ),
        (  # negative: the owner of one lawyer, named after it
            "Mr. and Mrs. Hal Dorsey's lawyer, Ben Wu, said the couple would sue: “They were lied to.”",
            "They were lied to",
            "Ben Wu",
        ),
        (
            'Kline and his longtime rival, Sheriff Rosa Diaz, told reporters: "The deal is dead."',
            "The deal is dead",
            ("Kline and Rosa Diaz", "Kline and his longtime rival", None),
        ),
    ],
)

COORD16_CASES = [
    *COORDINATED,
    *ONE_SPEAKER,
    *COORDINATED_MORE,
    *ONE_SPEAKER_MORE,
    *PARTICIPLES,
    *ROUND_THREE,
    *ROUND_FOUR,
    *FULL_NAMES,
]
