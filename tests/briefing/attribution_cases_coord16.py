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
            ("Ann Roe and her husband", None),
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

COORD16_CASES = [*COORDINATED, *ONE_SPEAKER]
