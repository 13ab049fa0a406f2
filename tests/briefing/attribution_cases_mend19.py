"""Attribution cases of session 13's review of round 19: a participle of naming has no subject
before it ('… or repeatedly referring to Sen. Ann Weller as “…”' is not the earlier clause's
person's), and a he or she subject after an opening clause means that clause's subject ('When Tom
Kline announced his bid, he said …'). Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

PARTICIPLE_JUDGE = cases(
    "when unsure, say less",
    [
        ("The question is whether his style - attacking former nominee Tom Reyes as having \"folded like "
         "a cheap tent,\" or repeatedly referring to Sen. Ann Weller as \"the senator from nowhere at "
         "all\" - is a winning strategy.", "the senator from nowhere", (None,)),
        ("Gov. Tom Reyes has been hailing the deal as \"the best thing to happen to this state in a "
         "generation\" since the day it was signed.", "the best thing to happen", ("Tom Reyes", None)),
        ("Sen. Ann Weller dismissed the audit as \"a political document from start to finish\" on "
         "Tuesday.", "a political document", ("Ann Weller",)),
    ],
)

OPENING_CLAUSE_PRONOUN = cases(
    "pronouns and role nouns",
    [
        ("Ann Reyes criticized the judge on Monday.\n\nWhen Tom Kline announced his candidacy in June, "
         "he said: \"We are going to fix the roads and we are going to do it this year.\"",
         "We are going to fix", ("Tom Kline",)),
        ("Tom Reyes criticized the judge on Monday.\n\nAfter Dan Kline announced his candidacy, he "
         "said the city was sending \"the wrong people to the wrong jobs at the wrong time.\"",
         "the wrong people", ("Dan Kline",)),
        ("Ann Reyes spoke first. When Tom Kline took the stage, he said that the plan was \"dead on "
         "arrival and everybody in this room knows it.\"", "dead on arrival", ("Tom Kline",)),
        ("Tom Reyes met Sen. Ann Kline on Friday. When Ann Kline left the room, he said: \"She will "
         "never win this race, not in a hundred years.\"", "She will never win", ("Tom Reyes",)),
        ("Gov. Mary Lowe signed the bill. Before Ann Diaz could respond, she added: \"This is the law "
         "now, and we will enforce it in every county.\"", "This is the law now", ("Ann Diaz", "Mary Lowe", None)),
        ("Sen. Ann Weller thanked the volunteers. As Tom Reyes walked to the podium, she said: \"Here "
         "comes the man who wrote the budget we are all living with.\"", "Here comes the man",
         ("Ann Weller",)),
    ],
)

MEND19_CASES = [*PARTICIPLE_JUDGE, *OPENING_CLAUSE_PRONOUN]

COUPLES = cases(
    "titles and abbreviations",
    [
        ("\"We never expected the case to last this long,\" David and Jeanne Heidler said in a "
         "statement on Friday.", "We never expected", ("David and Jeanne Heidler",)),
        ("Bill and Melinda Gates wrote in their annual letter that the fund had \"saved more lives "
         "than any of us dared to hope.\"", "saved more lives", ("Bill and Melinda Gates",)),
        ("\"We are grateful to everyone who helped look for our son,\" Mr. and Mrs. Hale said in a "
         "statement.", "We are grateful", (None,)),
        ("\"The farm has been in the family for four generations,\" said Ana and Luis Ortega, who "
         "bought out his brother in 2004.", "The farm has been", ("Ana and Luis Ortega",)),
    ],
)

MEND19_CASES = [*MEND19_CASES, *COUPLES]

KICKERS = cases(
    "when unsure, say less",
    [
        ("The museum reopened on Friday after a long renovation of its building downtown.\n\nMOVING SHOP—\"A "
         "gallery of street art is opening across from the park next month,\" by the Ledger's Ann Weller: "
         "the gallery represents artists from around the world.", "A gallery of street art", (None,)),
        ("Britt Lane was suspended on Thursday.\n\nDo as I say, not as I do: Lane's words of wisdom earlier "
         "this year On Thursday, she turned to social media to apologize, saying it was an \"intense and "
         "stressful moment for everyone involved.\"", "intense and stressful", ("Britt Lane", None)),
    ],
)

MEND19_CASES = [*MEND19_CASES, *KICKERS]
