"""Attribution cases of session 34 (helper verb34): a speaker written before the quote in its own
sentence, a verb of our lexicon between them, and something in between that misled the reader;
read on the PolNeAR tuning half and untuned A (quotations and the paraphrase testbed) and GGT A.

* A group in the plural with its examples set off by commas just before the verb, when they
  are a description or a list of plain nouns ("Several unions, including the nurses' union, said
  “…”", "Many mourners, including nurses, teachers and farmers, said “…”"), gave an example as
  the speaker: the subject reader took the nearest phrase before the verb. The aside names
  members of the group that speaks; its words are the group's, so putting them in one member's
  mouth is wrong. The veto that already held for a named example set off so ("Six papers,
  including the Dunmore Herald, said “…”") now holds for any example in such an aside: no
  speaker rather than the member. It also missed every example, named or described, when a
  colon opened the quote ('Six papers, including the Dunmore Herald, said: “…”' gave the
  Herald): the colon was read as the start of a clause of the example's own.

Negatives: an example with a clause of its own after it ("Critics, including Tom Kell, who
leads …, said:" stays the critics'), a group whose example does not become the speaker ("Local
groups, including their largest chapter, have said:" stays the groups'), a speaker who is not
the example (the governor later in the sentence) and the member speaking alone keep their
readings. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_UNFIT = "He is not fit to serve as governor any more"

DESCRIBED_EXAMPLE = cases(
    "organisations, documents and groups",
    [
        (f'Several unions, including the nurses\' union, said: "{_UNFIT}."', "He is not fit", None),
        (f'Several unions, including the nurses\' union, said, "{_UNFIT}."', "He is not fit", None),
        (f'Three charities in the county, including a food bank, warned: "{_UNFIT}."', "He is not fit", None),
        (f'Local groups, including their largest chapter, have said: "{_UNFIT}."', "He is not fit", ("local groups", None)),
        (f'Many mourners, including nurses, teachers and farmers, said: "{_UNFIT}."', "He is not fit", ("many mourners", None)),
        (f'Residents of the valley, including Tom Kell and Ana Ruiz, told reporters: "{_UNFIT}."', "He is not fit", ("residents of the valley", "residents", None)),
        # negatives: a named example set off (the veto that held before); a speaker who is no example
        (f'Six papers, including the Dunmore Herald, said: "{_UNFIT}."', "He is not fit", None),
        (f'Several unions, including the nurses\' union, backed the strike, and Gov. Ann Weller said: "{_UNFIT}."', "He is not fit", "Ann Weller"),
        (f'The nurses\' union said: "{_UNFIT}."', "He is not fit", "the nurses' union"),
        (f'Critics, including Tom Kell, who leads the nurses\' union, said: "{_UNFIT}."', "He is not fit", ("critics", None)),
    ],
)

VERB34_CASES = DESCRIBED_EXAMPLE
