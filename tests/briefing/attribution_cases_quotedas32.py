"""Attribution cases of session 32 (helper quotedas32): words reported through a frame of quoting,
and name shapes read as no one; read on the Reuters, BBC (tuning half), dragnet and fundus pools.

* An active frame of quoting ("The Ledger quoted Ana Reyes as saying “…”", '“…,” the agency
  cited the minister as telling reporters', "the paper quoted her as saying") showed the one
  quoting, as PolNeAR's annotators credit it. For a reader the words are the one quoted's, and
  a search for her name must find them: the one quoted is now the speaker, read as any subject
  (a name; a description, resolved like any role; an object pronoun, resolved like "she"),
  before or after the quote and inside another's report ("Weller said the Ledger had quoted
  Reyes as saying"). ``briefing/quoting_frames.py``.

Negatives: "misquoted him as saying" (the words were not his) and "paraphrased Xi as telling" (the
paraphrase is the ministry's) keep the one quoting; a passive ("was quoted by Reuters as saying")
was its subject's already; "quoted Reyes at length, saying" (no "as") and "Holt, quoting Rita
Vance, said" keep the subject of the sentence; a thing quoted ("cited the report as saying") is
the thing. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_REOPEN = "the plant will never reopen in this decade"
_RESIGN = "We will not resign over this, whatever the paper says"

QUOTED_AS_SAYING = cases(
    "clause frames around the speaker",
    [
        (f"The Ledger quoted Tom Weller as saying “{_REOPEN}.”", "the plant will never", "Tom Weller"),
        (f"The Ledger cited Tom Weller as saying “{_REOPEN}.”", "the plant will never", "Tom Weller"),
        (f"The Ledger quoted Tom Weller on Tuesday as saying “{_REOPEN}.”", "the plant will never", "Tom Weller"),
        (f"“{_RESIGN},” Reuters quoted Ana Reyes as saying.", "We will not resign", "Ana Reyes"),
        (f"“{_RESIGN},” the agency cited Sen. Ana Reyes as telling reporters.", "We will not resign", "Ana Reyes"),
        (f"Sen. Ana Reyes spoke on Monday. “{_RESIGN},” the paper quoted her as saying.", "We will not resign", "Ana Reyes"),
        (f"Tom Kell lost the vote. The paper quoted him as saying, “{_RESIGN}.”", "We will not resign", "Tom Kell"),
        (f"Mayor Ana Reyes spoke. The agency cited the mayor as saying “{_REOPEN}.”", "the plant will never", ("Ana Reyes", "the mayor")),
        (f"Tom Weller said the Ledger had quoted Ana Reyes as saying “{_REOPEN}.”", "the plant will never", "Ana Reyes"),
        (f"The Ledger quoted Tom Kell's lawyer as saying “{_REOPEN}.”", "the plant will never", "Tom Kell's lawyer"),
        (f"The Ledger quoted two sources close to the campaign as saying “{_REOPEN}.”", "the plant will never",
         "two sources close to the campaign"),
        (f"The Ledger, quoting Ana Reyes as saying “{_REOPEN},” said the deal was off.", "the plant will never", "Ana Reyes"),
        # negatives: a misquote, a paraphrase, a passive, no "as", a thing quoted
        (f"Tom Weller complained that the Ledger misquoted him as saying “{_REOPEN}.”", "the plant will never", ("the Ledger", None)),
        (f"“{_RESIGN},” the ministry paraphrased Ana Reyes as telling aides.", "We will not resign", "the ministry"),
        (f"Ana Reyes was quoted by Reuters as saying “{_REOPEN}.”", "the plant will never", "Ana Reyes"),
        (f"Dan Holt, quoting Rita Vance, said “{_REOPEN}.”", "the plant will never", "Dan Holt"),
        (f"The minister cited the report as saying “{_REOPEN}.”", "the plant will never", "the report"),
    ],
)

QUOTEDAS32_CASES = QUOTED_AS_SAYING
