"""The attribution pattern suite (``attribution_cases.py``): every case's quote is found and
gets a speaker the case accepts — a wrong name is a failure, and so is no name where one is
written plainly. Cases in ``KNOWN_GAPS`` are strict xfails, each with its reason."""

from __future__ import annotations

import pytest

from briefing.masking import MASK
from tests.briefing.attribution_cases import ALL_CASES, KNOWN_GAPS, Case, predict


def _id(case: Case) -> str:
    return f"{case.pattern.split()[0]}:{case.quote[:30]}"


_PARAMS = [
    pytest.param(c, id=_id(c), marks=[pytest.mark.xfail(strict=True, reason=gap)] if (gap := KNOWN_GAPS.get(c.quote)) else [])
    for c in ALL_CASES
]


@pytest.mark.parametrize("case", _PARAMS)
def test_speaker_of_each_pattern_case(case: Case) -> None:
    quote = predict(case)
    assert quote is not None, f"quote not found in {case.text!r}"
    assert MASK not in (quote.speaker or ""), "the quote mask shown as the speaker's words"
    assert quote.speaker in case.accepted, (quote.speaker, case.text)
    if case.kind is not None:
        assert quote.speaker_kind == case.kind


def test_the_suite_covers_every_pattern_with_enough_cases() -> None:
    patterns: dict[str, int] = {}
    for case in ALL_CASES:
        patterns[case.pattern] = patterns.get(case.pattern, 0) + 1
    assert len(ALL_CASES) >= 340
    assert len(patterns) == 11 and min(patterns.values()) >= 15
