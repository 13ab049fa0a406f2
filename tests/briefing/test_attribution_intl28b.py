"""The cases of ``attribution_cases_intl28b.py``, run through the non-English quote stage
(``quotes_intl``) in the language detected from the text, as ``test_attribution_intl28.py`` does."""

from __future__ import annotations

import pytest

from briefing.langdetect import detect_language
from briefing.languages import language_data
from briefing.models import Block, BriefingOptions
from briefing.quotes_intl import find_quotes_intl
from briefing.stemming import stemmer
from tests.briefing.attribution_case import Case
from tests.briefing.attribution_cases_intl28b import INTL28B_CASES, NEGATIVES


@pytest.mark.parametrize("case", INTL28B_CASES, ids=lambda c: f"{c.pattern.split()[0]}:{c.quote[:30]}")
def test_speaker_of_each_intl28b_case(case: Case) -> None:
    code = detect_language(case.text)
    data = language_data(code)
    assert data is not None and code in {"fr", "de", "es", "uk", "ru"}, code
    blocks = [Block(text=p.strip()) for p in case.text.split("\n\n") if p.strip()]
    quotes = find_quotes_intl(blocks, data, stemmer(code), options=BriefingOptions())
    quote = next((q for q in quotes if q.text.startswith(case.quote)), None)
    assert quote is not None, f"quote not found in {case.text!r}"
    assert quote.speaker in case.accepted, (quote.speaker, case.text)


def test_negatives_are_cases() -> None:
    starts = {c.quote for c in INTL28B_CASES}
    assert NEGATIVES <= starts
