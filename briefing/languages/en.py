"""English: the pipeline's own rules (``speakers.py``, ``sentences.py``, ``lexicon.py``,
``numbers.py``) are the English data; this module only says how English is shown and keyed."""

from __future__ import annotations

from . import LanguageData

DATA = LanguageData(
    code="en",
    script="latin",
    quote_open="“",
    quote_close="”",
    opening_quotes="“",
    closing_quotes="”",
    abbreviations=frozenset(),
    decimal_comma=False,
)
