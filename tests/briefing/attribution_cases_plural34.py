"""Attribution cases of session 34: a group named by an adjective or a count before the plural
of a stance or of a body's noun, as the subject right before a speech verb and its quote.

* A plural of a stance or a faith after its adjective ("Social conservatives say “…”", "White
  evangelicals … told pollsters") gave no speaker: only the capitalised plural alone
  ("Conservatives") was read as people, and "conservatives" is no noun of a person we list.
* The plural of an organisation's noun after an adjective or a count ("Cement makers, for
  instance, argue", "Six Gannett newspapers in New Jersey said", "Prominent businesses warn",
  "Progressive organizations say", "Two insurance companies told regulators") gave no speaker
  where "The companies said" was read: bodies speak as one body does.
Found by reading PolNeAR's tuning paraphrases whose annotated source stands right before the
marked words (``evaluation/paraphrases.py``); the sentences here are invented.

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
        ("The vote is close. Six Gannett newspapers in New Jersey said “he is no longer fit to hold the office of governor.”",
         "he is no longer fit", "Six Gannett newspapers"),
        ("The vote is close. Cement makers, for instance, argue “imports grew to forty percent of the market last year.”",
         "imports grew to forty", "Cement makers"),
        ("The law passed. Prominent businesses warn “it could harm commerce by painting the state as bigoted.”",
         "it could harm commerce", "Prominent businesses"),
        ("The law passed. Local banks have said “the new rules will make lending to farmers much harder.”",
         "the new rules will make", "local banks"),
        ("The law passed. Two insurance companies told regulators “the premiums will rise by a third next year.”",
         "the premiums will rise", "two insurance companies"),
        ("The law passed. Progressive organizations say “we believe the delegates should choose the winner.”",
         "we believe the delegates", "Progressive organizations"),
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

PLURAL34_CASES = _GROUPS
