"""Attribution cases of session 34 (helper verb34): a speaker written before the quote in its own
sentence, a verb of our lexicon between them, and something in between that misled the reader;
read on the PolNeAR tuning half and untuned A (quotations and the paraphrase testbed) and GGT A.

* A group in the plural with one example set off by commas that is a description, not a name
  ("Several unions, including the nurses' union, said “…”"), gave the example as the speaker:
  the subject reader took the nearest phrase before the verb. The aside names one member of the
  group that speaks; its words are the group's, so putting them in the member's mouth is wrong.
  The veto that already held for a named example set off so ("Six papers, including the Dunmore
  Herald, said “…”") now holds for a described one (the nurses' union, a teachers' group): no
  speaker rather than the member. The veto also missed every example, named or described, when
  a colon opened the quote ('Six papers, including the Dunmore Herald, said: “…”' gave the
  Herald): the colon was read as the start of a clause of the example's own.

Negatives: an example with a clause of its own after it ("Critics, including Tom Kell, who
leads …, said:" stays the critics'), a group whose described example does not become the speaker ("Local groups,
including their largest chapter, have said:" stays the groups'), a speaker who is not the
example (the governor later in the sentence) and the member speaking alone keep their readings. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_UNFIT = "He is not fit to serve as governor any more"

DESCRIBED_EXAMPLE = cases(
    "organisations and documents",
    [
        (f'Several unions, including the nurses\' union, said: "{_UNFIT}."', "He is not fit", None),
        (f'Several unions, including the nurses\' union, said, "{_UNFIT}."', "He is not fit", None),
        (f'Three charities in the county, including a food bank, warned: "{_UNFIT}."', "He is not fit", None),
        (f'Local groups, including their largest chapter, have said: "{_UNFIT}."', "He is not fit", ("local groups", None)),
        # negatives: a named example set off (the veto that held before); a speaker who is no example
        (f'Six papers, including the Dunmore Herald, said: "{_UNFIT}."', "He is not fit", None),
        (f'Several unions, including the nurses\' union, backed the strike, and Gov. Ann Weller said: "{_UNFIT}."', "He is not fit", "Ann Weller"),
        (f'The nurses\' union said: "{_UNFIT}."', "He is not fit", "the nurses' union"),
        (f'Critics, including Tom Kell, who leads the nurses\' union, said: "{_UNFIT}."', "He is not fit", ("critics", None)),
    ],
)

VERB34_CASES = DESCRIBED_EXAMPLE
