"""Attribution cases of round 15 (probing, branch probe15b): invented cases for six failures found
while probing in round 14 — organisation names holding "and", a group phrase "supporters of X",
"as X put it," before a quote, a group led by someone quoted as "they", a possessive owner of a
post or statement set off by dashes, and an inverted subject after a locative ("Across the street
stood X, the mayor."). Invented people; negatives included.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

AND_ORGANISATIONS = cases(
    "organisations, documents and groups",
    [
        (
            "The Centers for Disease Control and Prevention said the outbreak was “now under control in every "
            "county.”",
            "now under control",
            ("the Centers for Disease Control and Prevention",),
            "organisation",
        ),
        (
            "“We expect the rule to be final by the fall,” the Department of Health and Human Services said "
            "in a statement.",
            "We expect the rule",
            ("the Department of Health and Human Services",),
        ),
        (
            "The Bureau of Alcohol, Tobacco, Firearms and Explosives said in a statement, “The weapon was "
            "bought legally in Nevada.”",
            "The weapon was bought",
            ("the Bureau of Alcohol, Tobacco, Firearms and Explosives",),
        ),
        (
            "“The data are clear,” said the National Oceanic and Atmospheric Administration.",
            "The data are clear",
            ("the National Oceanic and Atmospheric Administration",),
        ),
        (  # negative: two people joined by 'and' are not one organisation
            "Mayor Ed Kline and Sheriff Rosa Diaz met on Monday. “We will share the cost,” Kline said.",
            "We will share the cost",
            "Ed Kline",
        ),
    ],
)

GROUP_OF = cases(
    "organisations, documents and groups",
    [
        (
            "Supporters of the mayor chanted “Four more years!” as she took the stage.",
            "Four more years",
            ("supporters of the mayor", None),
        ),
        (
            "Dozens of opponents of the pipeline shouted “Water is life” outside the statehouse.",
            "Water is life",
            ("dozens of opponents of the pipeline", "opponents of the pipeline", None),
        ),
        (
            "“We want our jobs back,” supporters of the union said outside the plant.",
            "We want our jobs back",
            ("supporters of the union",),
        ),
        (
            "Supporters of Gov. Ann Lee shouted “Lee! Lee!” at the rally.",
            "Lee! Lee!",
            ("supporters of Gov. Ann Lee", None),
        ),
        (
            "Critics of the plan said it was “a handout to developers.”",
            "a handout to developers",
            ("critics of the plan",),
        ),
    ],
)

AS_X_PUT_IT = cases(
    "clause frames around the speaker",
    [
        (
            "As Kell likes to put it, “You cannot cut your way to growth.”",
            "You cannot cut your way",
            "Kell",
        ),
        (
            "Mayor Dana Pruitt spoke for an hour. As the mayor put it, “This city is not for sale.”",
            "This city is not for sale",
            ("Dana Pruitt", "the mayor"),
        ),
        (
            "As Sen. Joan Ruble said on Tuesday, “Nobody reads these bills.”",
            "Nobody reads these bills",
            "Joan Ruble",
        ),
        (
            "As one farmer put it, “The rain came too late for us.”",
            "The rain came too late",
            ("one farmer", "a farmer"),
        ),
        (
            "As Mayor Ann Kell likes to say, “A budget is a moral document.”",
            "A budget is a moral document",
            "Ann Kell",
        ),
        (
            "As the crowd likes to chant at every game, “We want more.”",
            "We want more",
            "the crowd",
        ),
        (  # negative: 'as' of time, no speaker in the clause (the signs themselves read the words)
            "As the crowd grew, the signs read “Save our school.”",
            "Save our school",
            (None, "the signs"),
        ),
    ],
)

LED_GROUPS = cases(
    "organisations, documents and groups",
    [
        (
            "A group of parents, led by Ana Ruiz, went to the school board on Monday. “We want the buses back,” "
            "they said.",
            "We want the buses back",
            ("a group of parents", "parents"),
        ),
        (
            "A coalition of farmers, headed by Tom Birch, met the governor. “The drought is killing us,” they "
            "told her.",
            "The drought is killing us",
            ("a coalition of farmers", "farmers"),
        ),
        (
            "“We will not back down,” a group of nurses said outside the hospital.",
            "We will not back down",
            "a group of nurses",
        ),
        (  # negative: the group's head noun alone ('a group') is not shown for a 'they'
            "A group of companies sued the state on Monday. Parents at the school were angry. "
            "“Nobody asked us,” they said.",
            "Nobody asked us",
            ("parents at the school", "parents", None),
        ),
        (  # the leader alone is quoted as 'she'
            "A group of parents, led by Ana Ruiz, went to the school board on Monday. “We want the buses back,” "
            "she said.",
            "We want the buses back",
            "Ana Ruiz",
        ),
    ],
)

POSSESSIVE_POSTS = cases(
    "organisations, documents and groups",
    [
        (
            "Sen. Ali Shah's tweet — “The vote is rigged” — drew thousands of replies.",
            "The vote is rigged",
            "Ali Shah",
        ),
        (
            "Gov. Mara Lind's statement — “We will rebuild every home” — was read aloud at the rally.",
            "We will rebuild every home",
            "Mara Lind",
        ),
        (
            "The mayor's letter — “I will not resign” — reached the council on Friday.",
            "I will not resign",
            ("the mayor", None),
        ),
        (
            "Rep. Noel Carr's post on Facebook — “Stay home and stay safe” — was shared widely.",
            "Stay home and stay safe",
            "Noel Carr",
        ),
        (  # negative: an article's headline is no speaker's words
            "The newspaper's headline — “Town in shock” — ran above the fold.",
            "Town in shock",
            (None, "the newspaper"),
        ),
    ],
)

POSSESSIVE_POSTS_2 = cases(
    "organisations, documents and groups",
    [
        (
            "Sen. Ali Shah's tweet, “Count every ballot again,” drew thousands of replies.",
            "Count every ballot again",
            "Ali Shah",
        ),
        (  # negative: "replies" after "of" is a noun, and nobody is named
            "The post ended with one line. “We are done here,” drew thousands of replies within an hour.",
            "We are done here",
            None,
        ),
        (  # negative: the answer to a tweet is the answerer's
            "In reply to Sen. Ali Shah's tweet, “Nobody rigged anything,” the county clerk wrote.",
            "Nobody rigged anything",
            ("the county clerk",),
        ),
        (  # negative: a quote after "After X's speech," is no part of the speech
            "After Gov. Mara Lind's speech, “We will rebuild” was painted on the wall of the school.",
            "We will rebuild",
            None,
        ),
        (
            "The union's statement — “Our members will not cross the line” — was posted at the gate.",
            "Our members will not cross",
            ("the union",),
        ),
    ],
)

INVERTED_LOCATIVE = cases(
    "pronouns and role nouns",
    [
        (
            "Across the street stood Victor Brandt, the mayor.\n\n“I have never seen water this high.”",
            "I have never seen water",
            ("Victor Brandt", None),
        ),
        (
            "At the front of the room sat Gail Moreno, the city's attorney. “We will appeal,” she said.",
            "We will appeal",
            "Gail Moreno",
        ),
        (
            "Behind the podium stood Sen. Rick Hale, the bill's sponsor. “This is a good day,” the senator said.",
            "This is a good day",
            "Rick Hale",
        ),
        (
            "Across the street stood Victor Brandt, the mayor. “I have never seen water this high,” he said.",
            "I have never seen water",
            "Victor Brandt",
        ),
    ],
)

INVERTED_LOCATIVE_2 = cases(
    "pronouns and role nouns",
    [
        (
            "Outside the courthouse waited Nora Quist, the victim's sister. “We only want the truth,” she said.",
            "We only want the truth",
            "Nora Quist",
        ),
        (  # negative: a building after the inverted verb is no speaker
            "Mayor Lena Ford spoke first. Across the street stood City Hall, dark and empty. "
            "“We will reopen it soon,” she said.",
            "We will reopen it soon",
            "Lena Ford",
        ),
        (  # negative: the group in the back is no name
            "In the back sat reporters from three papers. “No questions today,” said Gov. Ray Olin.",
            "No questions today",
            "Ray Olin",
        ),
    ],
)

PROBE15B_CASES = [
    *AND_ORGANISATIONS, *GROUP_OF, *AS_X_PUT_IT, *LED_GROUPS, *POSSESSIVE_POSTS, *POSSESSIVE_POSTS_2, *INVERTED_LOCATIVE, *INVERTED_LOCATIVE_2,
]  # fmt: skip
