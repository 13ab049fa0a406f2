"""Attribution cases of session 14 (real-text probing, newspaper test pages): patterns found by
reading real news text that our pipeline got wrong, rewritten with invented people and wording.

- A quote after a naming verb in the passive or a gloss ('the bill, sometimes called a “…”',
  '(a trend called the “…”)', 'Tamar means “…”') is the name something goes by: no one's words,
  not the words of the thing it names. Active naming keeps its subject ('Kell called the plan “…”',
  'which the mayor called “…”').
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

NAMED_AS_14D = cases(
    "when unsure, say less",
    [
        ("The spending package, sometimes called a “minibus” on the Hill, includes $2 billion for roads. "
         "“It is a start,” said Sen. Ruth Okafor.", "minibus", None),
        ("The gene tool, dubbed a “spell checker for cells,” lets labs repair faulty DNA in days.",
         "spell checker for cells", None),
        ("Even the oldest comics house has joined in, with a 2016 series called “Night of the Paperboys.”",
         "Night of the Paperboys", None),
        ("He named the two ferries after local rivers: Tamar means “dark water,” while Exe means “fast.”",
         "dark water", None),
        ("The merger plan, which is often called “the Ross deal,” passed on Tuesday.", "the Ross deal", None),
        ("Mayor Dina Ross called the vote “a disgrace to everyone who waited in line.”",
         "a disgrace to everyone", "Dina Ross"),
        ("The council approved the tower, which the mayor called “a gift to the next generation.”",
         "a gift to the next", "the mayor"),
        ("Nora Pell criticised what Tom Aske called “a reckless gamble with our pensions.”",
         "a reckless gamble", "Tom Aske"),
        ("“We were stunned by the result,” said Ivo Berg, whose firm won the contract.",
         "We were stunned", "Ivo Berg"),
        ("Coach Lena Pratt dubbed her defence “the wall” after the final whistle.", "the wall", "Lena Pratt"),
        ("The ruling was branded “a dark week for small farms” by Sen. Ole Brandt.", "a dark week", "Ole Brandt"),
        ("The waiver, sometimes called “the Brandt loophole” by staffers, expires in May.", "the Brandt loophole",
         ("staffers", None)),
        ("The union, which critics often called “a closed shop,” lost the vote.", "a closed shop", ("critics", None)),
    ],
)

REAL14D_CASES = [*NAMED_AS_14D]
