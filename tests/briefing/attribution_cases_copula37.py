"""Attribution cases of session 37 (helper copula37): a shape that puts a wrong name under a
quote, read in a fact-check list of the US-politics tuning pool.

* A quote that is the predicate of a named subject set off by an apposition ("Dan Kell, the KTV
  anchor, “is a Democrat.”", "Tom Kell, a senator, “has no plan for the farms.”") gave the
  subject: the quoted words open on a finite verb that goes on with the subject's clause, with
  no verb of saying between the name and the quote, so they are a claim ABOUT the subject, in the
  words of someone the sentence does not name. The same subject with nothing between it and the
  quote ('Kell “kind of misspoke.”') was read so already; the apposition hid it (also as the
  subject of the whole sentence after an earlier quote of the paragraph, in a fact-check list
  whose entries run together with their numbers glued to the name). An attribution
  elsewhere in the sentence ('Dan Kell, the KTV anchor, “is a Democrat,” Ron Pike said', '…,
  according to aides') still names who said it.

Negatives: a name then a colon or a comma and a quote that is speech ("Tom Kell: “Is this fair
…?”", "Tom Kell, laughing: “…”"), a quote opening on a capital after the apposition, a quote
opening on a verb after a speech verb ("Tom Kell said “is not the point …”") keep their
readings. Invented names and wording throughout.

(A second rule of the same helper, a clause after a quote reported from before it, "Ron Pike said
it “hasn't been reported” that Mrs. Weller called …", was left out: read text showed no loss, but
it moves a speaker from one name to another, and it came with one held-out pair going from right
to wrong.)
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

PREDICATE_AFTER_APPOSITION = cases(
    "clause frames around the speaker",
    [
        ("1. Dan Kell, the KTV anchor, “is a Democrat.”", "is a Democrat", None),
        ("Dan Kell, the KTV anchor, “is a Democrat.”", "is a Democrat", None),
        ("Tom Kell, a senator, “has no plan for the farms.”", "has no plan", None),
        ("Tom Kell, a senator, “will not stand up for the farms, not now, not ever.”", "will not stand", None),
        ("Ann Weller, the county clerk, “wants to raise your taxes again.”", "wants to raise", None),
        ("Ann Weller, the county clerk, “never returned a cent of the fine.”", "never returned", None),
        # entries of a fact-check list run into one paragraph, the number glued to the name
        ("13Tom Kell “won the county by a mile.”\nRadio interview, May 2.\nHe lost it by four points.\n14Dan Kell, the KTV anchor, "
         "“is a Democrat.”\nRadio interview, May 2.", "is a Democrat", None),
        # an attribution elsewhere in the sentence names who said it
        ("Dan Kell, the KTV anchor, “is a Democrat,” Ron Pike said.", "is a Democrat", "Ron Pike"),
        ("The mayor “was never in the room,” according to aides.", "was never in the room", "aides"),
        # negatives: a label that is speech; a capital; a speech verb before the quote
        ("Tom Kell: “Is this fair to the farmers of this county?”", "Is this fair", "Tom Kell"),
        ("Tom Kell, laughing: “Is this fair to the farmers of this county?”", "Is this fair", "Tom Kell"),
        ("Tom Kell said “is not the point of the whole exercise.”", "is not the point", "Tom Kell"),
        ("Tom Kell, a senator, said the bill “has no plan for the farms.”", "has no plan", "Tom Kell"),
    ],
)

COPULA37_CASES = [*PREDICATE_AFTER_APPOSITION]
