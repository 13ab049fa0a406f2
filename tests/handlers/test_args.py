"""Argument parsing: pure functions behind /latest, /brief, /search, /add and /settings."""

from __future__ import annotations

import pytest

from handlers.args import parse_article_id, parse_latest, parse_url, text_after_command
from handlers.callback_data import fits
from handlers.settings_menu import apply_button, apply_change
from storage.models import ChatSettings


@pytest.mark.parametrize(("args", "count", "topic", "noted"), [
    ([], 5, None, False), (["3"], 3, None, False), (["50"], 20, None, True), (["0"], 1, None, True),
    (["-4"], 1, None, True), (["99999999999"], 20, None, True), (["7", "oil", "prices"], 7, "oil prices", False),
    (["oil"], 5, "oil", False),
])
def test_parse_latest(args: list[str], count: int, topic: str | None, noted: bool) -> None:
    parsed = parse_latest(args)
    assert (parsed.count, parsed.topic, parsed.note is not None) == (count, topic, noted)


@pytest.mark.parametrize(("args", "expected"), [
    (["12"], 12), (["#12"], 12), ([], None), (["a"], None), (["1", "2"], None), (["1.5"], None), (["-3"], None),
])
def test_parse_article_id(args: list[str], expected: int | None) -> None:
    assert parse_article_id(args) == expected


@pytest.mark.parametrize(("text", "ok"), [
    ("https://example.com/a", True), ("http://127.0.0.1:8080/x", True), ("ftp://x.org", False),
    ("example.com", False), ("https://", False), ("https://a.com/x y", False), ("javascript:alert(1)", False),
])
def test_parse_url(text: str, ok: bool) -> None:
    assert (parse_url(text) is not None) == ok


def test_text_after_command_keeps_body_lines() -> None:
    assert text_after_command("/add@briefbot Title\n\nBody line") == "Title\n\nBody line"
    assert text_after_command("/add\nTitle\nBody") == "Title\nBody"
    assert text_after_command("/add") == "" and text_after_command(None) == ""


def test_settings_text_forms_and_buttons() -> None:
    base = ChatSettings()
    assert apply_change(base, ["tz", "Europe/Kyiv"]).timezone == "Europe/Kyiv"  # type: ignore[union-attr]
    assert isinstance(apply_change(base, ["tz", "../../etc/passwd"]), str)
    digest = apply_change(base, ["digest", "7:05"])
    assert not isinstance(digest, str) and (digest.mode, digest.digest_time) == ("digest", "07:05")
    assert isinstance(apply_change(base, ["digest", "25:00"]), str)
    quiet = apply_change(base, ["quiet", "22:00", "07:00"])
    assert not isinstance(quiet, str) and quiet.quiet_start == "22:00"
    assert apply_button(base, "mode", "evil") is None and apply_button(base, "tz", "Nowhere/Land") is None
    assert apply_button(base, "q", "22-07").quiet_end == "07:00"  # type: ignore[union-attr]


def test_callback_data_limit_is_in_bytes() -> None:
    assert fits("t:" + "a" * 62) and not fits("t:" + "ж" * 32)


def test_webhook_path_is_stable_and_hides_the_token() -> None:
    from bot.app import webhook_path

    token = "123456:SECRET"
    assert webhook_path(token) == webhook_path(token) != webhook_path("123456:OTHER")
    assert "SECRET" not in webhook_path(token) and "123456" not in webhook_path(token)


@pytest.mark.parametrize(("text", "topic", "exclude"), [
    ('ukraine -football -"transfer window"', "ukraine", ("football", "transfer window")),
    ("anti-war protests", "anti-war protests", ()),  # a minus inside a word is part of it
    ('"peace talks" -“transfer window”', "peace talks", ("transfer window",)),  # phone (curly) quotes
    ("«peace talks» −rugby —tennis –golf", "peace talks", ("rugby", "tennis", "golf")),  # other minus signs
    ('ukraine -"unclosed phrase', "ukraine", ("unclosed phrase",)),
    ("-football", "", ("football",)),
    ("- ukraine -", "ukraine", ()),  # lone minus signs are nothing
    ('ukraine -""', "ukraine", ()),
    ("  Ukraine   -Football  ", "Ukraine", ("Football",)),
    ("(a+)+$ -(a|a)*", "(a+)+$", ("(a|a)*",)),  # regex syntax is just text (storage keys it by words)
])
def test_parse_subscription(text: str, topic: str, exclude: tuple[str, ...]) -> None:
    from handlers.args import parse_subscription

    parsed = parse_subscription(text)
    assert (parsed.topic, parsed.exclude) == (topic, exclude)


def test_parse_subscription_reads_at_most_300_characters() -> None:
    from handlers.args import parse_subscription

    parsed = parse_subscription('-"' * 5000 + "a" * 5000 + "-" * 5000)
    assert parsed == parse_subscription(('-"' * 5000)[:300])
    assert len(" ".join((parsed.topic, *parsed.exclude))) <= 300
