"""The translation mechanism: language codes, defaults, plural forms, local numbers and ages,
the current language per block, reasons from lower layers, and catalogs read once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handlers import i18n
from handlers.i18n import (
    _,
    current_language,
    default_for,
    format_ago,
    format_day,
    ngettext,
    supported_language,
    use_language,
)
from handlers.reasons import reason_text


@pytest.mark.parametrize(("typed", "expected"), [
    ("uk", "uk"), ("UK", "uk"), ("ru-RU", "ru"), ("uk_UA", "uk"), ("de-AT", "de"), ("en-GB", "en"), ("ua", "uk"),
    ("Deutsch", "de"), ("українська", "uk"), ("Русский", "ru"), ("german", "de"), (" en ", "en"),
    ("fr", None), ("pt-BR", None), ("", None), (None, None), ("-de", None), ("de\x00", None), ("🇺🇦", None),
])
def test_supported_language_normalises_codes_and_names(typed: str | None, expected: str | None) -> None:
    assert supported_language(typed) == expected


@pytest.mark.parametrize(("chat_type", "code", "expected"), [
    ("private", "de", "de"), ("private", "ru-RU", "ru"), ("private", "fr", "en"), ("private", None, "en"),
    ("group", "de", "en"), ("supergroup", "uk", "en"), ("channel", "ru", "en"), (None, "uk", "en"),
])
def test_default_language_private_chats_follow_the_user_groups_are_english(
    chat_type: str | None, code: str | None, expected: str
) -> None:
    assert default_for(chat_type, code) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["1 quote", "2 quotes", "5 quotes", "11 quotes", "21 quotes", "22 quotes"]),
    ("uk", ["1 цитата", "2 цитати", "5 цитат", "11 цитат", "21 цитата", "22 цитати"]),
    ("ru", ["1 цитата", "2 цитаты", "5 цитат", "11 цитат", "21 цитата", "22 цитаты"]),
    ("de", ["1 Zitat", "2 Zitate", "5 Zitate", "11 Zitate", "21 Zitate", "22 Zitate"]),
])
def test_plural_forms_follow_each_languages_rules(language: str, expected: list[str]) -> None:
    with use_language(language):
        assert [ngettext("{count} quote", "{count} quotes", n) for n in (1, 2, 5, 11, 21, 22)] == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "12,000 errors: x"), ("de", "12.000 Fehler: x"), ("uk", "12\xa0000 помилок: x"), ("ru", "12\xa0000 ошибок: x"),
])
def test_counts_are_written_the_local_way(language: str, expected: str) -> None:
    with use_language(language):
        assert ngettext("{count} error: {problem}", "{count} errors: {problem}", 12000, problem="x") == expected


@pytest.mark.parametrize(("language", "ages"), [
    ("en", ["just now", "5 min. ago", "1 hr. ago", "2 days ago"]),
    ("uk", ["щойно", "5 хв тому", "1 год тому", "2 дн. тому"]),
    ("de", ["gerade eben", "vor 5 Min.", "vor 1 Std.", "vor 2 Tagen"]),
    ("ru", ["только что", "5 мин. назад", "1 ч назад", "2 дн. назад"]),
])
def test_ages_and_days_are_local(language: str, ages: list[str]) -> None:
    deltas = (timedelta(seconds=30), timedelta(minutes=5), timedelta(minutes=119), timedelta(days=2, hours=23))
    with use_language(language):
        assert [format_ago(d) for d in deltas] == ages, "whole units, rounded down (119 min is 1 hour)"
        day = format_day(date(2026, 5, 3))
    assert day == {"en": "May 3, 2026", "uk": "3 трав. 2026\u202fр.", "de": "03.05.2026", "ru": "3 мая 2026\u202fг."}[language]


def test_the_language_is_current_only_inside_its_block() -> None:
    assert current_language() == "en"
    with pytest.raises(RuntimeError), use_language("de"):
        assert _("Saved.") == "Gespeichert."
        raise RuntimeError("a job failing mid-render")
    assert current_language() == "en" and _("Saved.") == "Saved."
    with use_language("xx"):  # unknown: English, never a crash
        assert _("Saved.") == "Saved."


def test_placeholders_are_filled_after_translation() -> None:
    with use_language("uk"):
        assert _("Removed #{id}.", id=12) == "#12 видалено."
        assert _("No such message in any catalog {x}", x="<b>") == "No such message in any catalog <b>"


def test_reasons_from_lower_layers_are_translated_numbers_kept() -> None:
    with use_language("de"):
        assert reason_text("That page is larger than 5 MB, which is my limit.") == "Die Seite ist größer als 5 MB, mein Limit."
        assert reason_text("The site answered with an error (HTTP 404).") == (
            "Die Website hat mit einem Fehler geantwortet (HTTP 404).")
        assert reason_text("the disk is full") == "der Datenträger ist voll"
        assert reason_text("an unknown reason 1 2") == "an unknown reason 1 2"


def test_catalogs_are_read_once_per_process() -> None:
    i18n.translations.cache_clear()
    for language in ("uk", "de", "ru", "en"):
        with use_language(language):
            for _n in range(200):
                _("Saved.")
                ngettext("{count} quote", "{count} quotes", 3)
    info = i18n.translations.cache_info()
    assert (info.misses, info.currsize) == (4, 4)
