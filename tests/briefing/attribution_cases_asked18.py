"""Attribution cases of session 12: the answer to a question put to someone ('“…?” a reporter
asked Ann Weller. “…,” she replied.') is the person asked, not the asker the pronoun would
otherwise find as the sentence's subject; with a plain "said" only when the pronoun fits the
person asked and not a named asker. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

ANSWERS = cases(
    "pronouns and role nouns",
    [
        ("“Why did you vote against the bill last spring?” a reporter asked Ann Weller. “Because it was a "
         "bad bill, written by lobbyists,” she replied.", "Because it was a bad bill", "Ann Weller"),
        ("“Why did you vote against the bill last spring?” a reporter asked Ann Weller.\n\n“Because it was a "
         "bad bill, written by lobbyists,” she said.", "Because it was a bad bill", ("Ann Weller", None)),
        ("“Why did you vote against the bill last spring?” Tom Reyes asked Ann Weller. “Because it was a bad "
         "bill, written by lobbyists,” she replied.", "Because it was a bad bill", "Ann Weller"),
        ("“Why did you vote against the bill last spring?” Tom Reyes asked Ann Weller. “Because it was a bad "
         "bill, written by lobbyists,” she said.", "Because it was a bad bill", "Ann Weller"),
        ("“Will the plant close?” an employee asked chief executive Dan Pike at the meeting. “Not this year "
         "and not next year, I can promise you that,” he answered.", "Not this year", "Dan Pike"),
        ("“Why did you vote against the bill last spring?” a reporter asked Kim Lee. “Because it was a bad "
         "bill, written by lobbyists,” she replied.", "Because it was a bad bill", ("Kim Lee", None)),
        ("“Was it worth it?” a reporter asked about Ann Weller's vote. “Yes, every minute of it,” he said.",
         "Yes, every minute", ("a reporter", None)),
        # the asker the pronoun fits as well: nobody for sure after a plain "said"
        ("“Why did you vote against the bill last spring?” Jane Cole asked Ann Weller. “Because it was a bad "
         "bill, written by lobbyists,” she said.", "Because it was a bad bill", (None, "Ann Weller")),
        # the pronoun fits only the asker, who speaks again
        ("“Why did you vote against the bill last spring?” Tom Reyes asked Ann Weller. “And why do you keep "
         "dodging that same question every week?” he replied.", "And why do you keep", "Tom Reyes"),
        ("“Why did you vote against the bill last spring?” a reporter asked Ann Weller. “That is a question "
         "for another day and another place,” he said.", "That is a question", ("a reporter", None)),
        # not a question put to someone: the pronoun's usual referent
        ("Ann Weller met Tom Reyes on Tuesday. “Why would anyone vote against a bill like this?” she asked "
         "aloud. “Because it was written by lobbyists,” she said.", "Because it was written", "Ann Weller"),
    ],
)

ASKED18_CASES = [*ANSWERS]
