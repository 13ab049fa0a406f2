"""The non-English cases (``attribution_cases_intl26.py``, ``_intl28.py``, ``_intl28b.py``, ``_intl29.py``, ``_intl30.py``), run
through the non-English quote stage (``quotes_intl``) in the language detected from the text: the
English pattern suite's ``predict`` reads English only, so these cases are not part of its figure."""

from __future__ import annotations

import pytest

from briefing.langdetect import detect_language
from briefing.languages import language_data
from briefing.models import Block, BriefingOptions
from briefing.quotes_intl import find_quotes_intl
from briefing.stemming import stemmer
from tests.briefing.attribution_case import Case
from tests.briefing.attribution_cases_intl26 import INTL26_CASES, NEGATIVES
from tests.briefing.attribution_cases_intl28 import INTL28_CASES
from tests.briefing.attribution_cases_intl28 import NEGATIVES as NEGATIVES_INTL28
from tests.briefing.attribution_cases_intl28b import INTL28B_CASES
from tests.briefing.attribution_cases_intl28b import NEGATIVES as NEGATIVES_INTL28B
from tests.briefing.attribution_cases_intl29 import INTL29_CASES
from tests.briefing.attribution_cases_intl29 import NEGATIVES as NEGATIVES_INTL29
from tests.briefing.attribution_cases_intl30 import INTL30_CASES
from tests.briefing.attribution_cases_intl30 import NEGATIVES as NEGATIVES_INTL30

ALL_INTL_CASES = [*INTL26_CASES, *INTL28_CASES, *INTL28B_CASES, *INTL29_CASES, *INTL30_CASES]


@pytest.mark.parametrize("case", ALL_INTL_CASES, ids=lambda c: f"{c.pattern.split()[0]}:{c.quote[:30]}")
def test_speaker_of_each_non_english_case(case: Case) -> None:
    code = detect_language(case.text)
    data = language_data(code)
    assert data is not None and code in {"fr", "de", "es", "uk", "ru"}, code
    blocks = [Block(text=p.strip()) for p in case.text.split("\n\n") if p.strip()]
    quotes = find_quotes_intl(blocks, data, stemmer(code), options=BriefingOptions())
    quote = next((q for q in quotes if q.text.startswith(case.quote)), None)
    assert quote is not None, f"quote not found in {case.text!r}"
    assert quote.speaker in case.accepted, (quote.speaker, case.text)


def test_each_later_file_lists_only_its_own_cases_as_negatives() -> None:
    assert NEGATIVES_INTL28 <= {c.quote for c in INTL28_CASES}
    assert NEGATIVES_INTL28B <= {c.quote for c in INTL28B_CASES}
    assert NEGATIVES_INTL29 <= {c.quote for c in INTL29_CASES}
    assert NEGATIVES_INTL30 <= {c.quote for c in INTL30_CASES}


def test_enough_cases_and_negatives() -> None:
    assert len(INTL26_CASES) >= 30
    negatives = [c for c in INTL26_CASES if c.quote in NEGATIVES]
    assert len(negatives) >= len(INTL26_CASES) // 3 - 1


def test_a_german_paragraph_closing_on_its_quote_is_no_heading() -> None:
    """ 'Er erklärte: „….“' ends on German's closing mark: a paragraph with a quote, not a heading."""
    from briefing.pipeline import brief_text

    text = (
        "Die Regierung hat am Montag ein neues Paket vorgestellt. Es umfasst mehrere Milliarden Euro.\n\n"
        "Finanzminister Jörg Kramer äußerte sich am Abend. Er erklärte: „Die Finanzierung ist gesichert.“\n\n"
        "Die Opposition kritisierte den Plan."
    )
    assert [(q.text, q.speaker) for q in brief_text(text).quotes] == [("Die Finanzierung ist gesichert.", "Jörg Kramer")]


def test_two_words_a_named_speaker_said_are_a_quote_a_name_in_marks_is_not() -> None:
    """ "a regretté « trop de fautes »" (intl30): two words with a speaker and a verb are a quote,
    not a scare quote; "„Kieler Nachrichten“" after the same verb stays one (a name in marks)."""
    from briefing.pipeline import brief_text

    text = (
        "Le club a perdu samedi soir devant son public.\n\n"
        "L'entraîneur, Erwan Kerbrat, a regretté « trop d'approximations ». « On reviendra », a-t-il dit."
    )
    quotes = {q.text: q for q in brief_text(text).quotes}
    assert not quotes["trop d'approximations"].scare
    assert quotes["trop d'approximations"].speaker == "Erwan Kerbrat"
    german = (
        "Der Verein hat Insolvenz angemeldet.\n\n"
        "Es gebe „mehrere Interessenten“, sagte Verwalter Tobias Lange den „Kieler Nachrichten“."
    )
    found = {q.text: q for q in brief_text(german).quotes}
    assert not found["mehrere Interessenten"].scare
    assert found.get("Kieler Nachrichten") is None or found["Kieler Nachrichten"].scare
