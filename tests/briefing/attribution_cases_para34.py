"""Attribution cases of session 34, shapes found by reading PolNeAR's tuning paraphrases whose
annotated source stands right before the marked words (``evaluation/paraphrases.py``); the
sentences here are invented.

* A plural of a stance or a faith after its adjective ("Social conservatives say “…”", "White
  evangelicals … told pollsters") gave no speaker: only the capitalised plural alone
  ("Conservatives") was read as people, and "conservatives" is no noun of a person we list.
* Not merged: the same for the plural of an organisation's noun ("Cement makers argue",
  "Prominent businesses warn"). Read as groups, such plurals also took quotes that are not
  theirs on two readable pages, as "officials" already does there: the subject of a clause of
  time before another's quote ("Stretch responded that, when U.S. spy agencies alleged …, “…”")
  and a plural object that a quoted adjective modifies ("attacked “false” and “desperate” US
  tabloid magazines, questioning …"). Those readers need mending first.
* A role before a full name that owns the speaker's noun ("Presidential candidate Marco Rubio’s
  campaign says", "veteran lawmaker Ann Weller’s office said") gave no speaker, where "Sen.
  Marco Rubio’s campaign" was read: the role goes as a title does, and the owned noun speaks.

* A clause of time or condition opening a speech verb's "that" complement after a comma ("Tom
  Kell replied that, when officials alleged …, “…”") gave that clause's subject, who did not say
  the words: without the comma ("said that when officials alleged …,") the first verb already
  governed the quote. Found in the full-briefing dump (a Reuters page, "Stretch responded that,
  when U.S. spy agencies alleged …").

Negatives: the plural alone in a clause about it ("Retailers needed to tell shoppers …" before
another's quote), plurals of a body's noun that are mostly something else ("Ballot papers … will
ask"), a body that carried a headline, and the owner of a slogan stay no speaker of their own.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_GROUPS = cases(
    "organisations, documents and groups",
    [
        ("The debate went on. Social conservatives say “the bills are necessary to protect our churches and our schools.”",
         "the bills are necessary", "social conservatives"),
        ("The debate went on. White evangelicals, by a wide margin, told pollsters “we will vote for the nominee no matter what.”",
         "we will vote for the nominee", "White evangelicals"),
        ("The strike went on. Liberal activists and labour unions say “the deal leaves every worker worse off than before.”",
         "the deal leaves every worker", (None, "Liberal activists and labour unions")),
        # negatives
        ("The law passed. Ballot papers in the poll will ask: \"Should the town approve the plan for a new bridge?\"",
         "Should the town approve", None),
        ("The law passed. Retailers needed to tell shoppers about it. \"Acceptance of new technologies always takes time,\" the analyst said.",
         "Acceptance of new technologies", "the analyst"),
        ("The law passed. Regional newspapers carried the headline “Farmers win the long fight over water at last.”",
         "Farmers win the long fight", None),
        ("The law passed. Social conservatives' favourite slogan, “protect our churches and our schools,” was everywhere.",
         "protect our churches", (None, "social conservatives")),
    ],
)

_OWNED = cases(
    "organisations, documents and groups",
    [
        ("The vote is close. Presidential candidate Marco Rubio’s campaign says “we have two dozen supporters in every county.”",
         "we have two dozen supporters", ("Marco Rubio’s campaign", "Presidential candidate Marco Rubio’s campaign")),
        ("The vote is close. Veteran lawmaker Ann Weller’s office said “the senator will vote against the bill on Friday.”",
         "the senator will vote against", ("Ann Weller’s office", "veteran lawmaker Ann Weller’s office")),
        ("The vote is close. Gubernatorial candidate Tom Kell’s spokesman said “we expect to win every county in the north.”",
         "we expect to win every county", ("Tom Kell’s spokesman", "gubernatorial candidate Tom Kell’s spokesman")),
        # a record that shows is read as the titled form's ("Sen. Marco Rubio’s record shows")
        ("The vote is close. Presidential candidate Marco Rubio’s record shows “a long line of votes against the farm bill.”",
         "a long line of votes", (None, "Marco Rubio’s record")),
        # read as the titled form is ("Sen. Marco Rubio’s rivals mocked"): the rivals' own jibe
        ("The vote is close. Presidential candidate Marco Rubio’s rivals mocked “the boy wonder of the Florida senate.”",
         "the boy wonder of the Florida", (None, "Marco Rubio’s rivals")),
    ],
)

_FRONTED = cases(
    "clause frames around the speaker",
    [
        ("Tom Kell replied that, when officials alleged in January that the vote was rigged, “we were already counting every ballot again.”",
         "we were already counting", "Tom Kell"),
        ("Tom Kell said that, after critics warned of fraud, “we were already counting every ballot again.”",
         "we were already counting", "Tom Kell"),
        ("The mayor said that, if the union demands more, “we will walk away from the table for good.”",
         "we will walk away", "the mayor"),
        # negative: an aside of the source, not a clause of time ("as Ann Weller put it")
        ("Tom Kell said that, as Ann Weller put it, “we were already counting every ballot again.”",
         "we were already counting", ("Ann Weller", None)),
    ],
)

PARA34_CASES = [*_GROUPS, *_OWNED, *_FRONTED]
