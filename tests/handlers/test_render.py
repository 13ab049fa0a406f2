"""Renderer: every output parses as Telegram HTML and respects the 4096 UTF-16 limit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Briefing, Figure, Quote
from fakebot import parse_telegram_html, utf16_len
from handlers import render
from handlers.htmlchunks import TELEGRAM_LIMIT, pack, trim, trim_html
from storage.models import Article, ArticleSummary, Page

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
HOSTILE = ['<script>alert("x")</script>', "Tom & Jerry &amp; co", "a < b > c", 'quote " and \' marks', "🦄" * 3]


def make_article(title: str = "Title", summary: tuple[str, ...] = ("One.",), **briefing: object) -> Article:
    b = Briefing(title=title, summary=summary, **briefing)  # type: ignore[arg-type]
    return Article(id=7, url="https://example.com/a?x=1&y=\"2\"", content_hash="h", title=title,
                   source="Wire & Co", added_at=NOW, briefing=b)


def check(chunks: list[str]) -> list[str]:
    """Each chunk parses like Telegram would and fits; returns the visible texts."""
    visible = []
    for chunk in chunks:
        text = parse_telegram_html(chunk)
        assert 0 < utf16_len(text) <= TELEGRAM_LIMIT
        visible.append(text)
    return visible


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_are_escaped_everywhere(hostile: str) -> None:
    article = make_article(
        title=hostile, summary=(hostile,), topics=(hostile,),
        quotes=(Quote(text=hostile, speaker=hostile, key=True),),
        figures=(Figure(text=hostile, value=1, what=hostile + " units", key=True),),
    )
    visible = "\n".join(check(render.render_briefing(article, matched=(hostile,))))
    assert hostile in visible


def test_five_thousand_char_title_is_trimmed_with_ellipsis() -> None:
    visible = check(render.render_briefing(make_article(title="W" * 5000)))
    assert "…" in visible[0] and "W" * 5000 not in visible[0]


def test_long_briefing_splits_at_paragraphs_and_every_chunk_parses() -> None:
    summary = tuple(f"Paragraph {i} " + "🙂 emoji and <tags> & words " * 40 for i in range(12))
    chunks = render.render_briefing(make_article(summary=summary))
    assert len(chunks) > 1
    visible = "\n".join(check(chunks))
    for i in range(12):
        assert f"Paragraph {i} " in visible  # nothing lost between chunks


def test_pack_counts_emoji_as_two_units_at_the_boundary() -> None:
    block = "🙂" * 2047  # 4094 units: fits alone
    assert pack([block]) == [block]
    chunks = pack([block, "ab"])
    assert chunks == [block, "ab"]  # 4094 + 2 (separator) + 2 > 4096
    assert pack(["🙂" * 2049])[0].endswith("…")
    assert utf16_len(pack(["🙂" * 2049])[0]) <= TELEGRAM_LIMIT


def test_trim_html_never_cuts_inside_tag_or_entity() -> None:
    fragment = "<b>" + "&amp;" * 3000 + "</b>"
    out = trim_html(fragment, 100)
    assert utf16_len(out) <= 100
    assert parse_telegram_html(out).endswith("…")
    assert trim("short", 10) == "short" and trim("a b c d e f", 6).endswith("…")


def test_list_shows_age_source_and_escaped_lead() -> None:
    items = [ArticleSummary(id=i, title=f"<T{i}>", source=None, added_at=NOW - timedelta(hours=3),
                            lead="Lead & more") for i in range(3)]
    text = render.render_list(Page(items=items, total=9, offset=3, limit=3), heading="Latest <x>", now=NOW)
    visible = parse_telegram_html(text)
    assert "3 hr. ago" in visible and "<T1>" in visible and "Lead & more" in visible and "4–6 of 9" in visible


@pytest.mark.parametrize(("delta", "expected"), [(timedelta(seconds=5), "just now"),
                                                (timedelta(minutes=5), "5 min. ago"),
                                                (timedelta(minutes=119), "1 hr. ago"),
                                                (timedelta(hours=3), "3 hr. ago"), (timedelta(days=2), "2 days ago")])
def test_age(delta: timedelta, expected: str) -> None:
    assert render.age(NOW - delta, NOW) == expected


def test_static_messages_parse() -> None:
    for text in (render.welcome("<Bob>"), render.help_text(is_admin=True), render.help_text(is_admin=False),
                 render.topics_list([("a&b", 2)]), render.topics_list([])):
        assert parse_telegram_html(text).strip()


def test_figures_repeated_inside_fuller_ones_are_shown_once() -> None:
    figures = tuple(Figure(text=t, value=2, key=True) for t in ("2%", "2% target", "1.9%"))
    visible = "\n".join(check(render.render_briefing(make_article(figures=figures))))
    assert "• 2% target" in visible and "• 1.9%" in visible and "• 2%\n" not in visible + "\n"


def test_subscriptions_list_shows_exclusions_pauses_and_mutes_and_splits_when_long() -> None:
    from storage.models import Subscription

    subs = [
        Subscription(chat_id=1, topic="ukraine", key="ukrain", exclude=("football", "transfer window")),
        Subscription(chat_id=1, topic=HOSTILE[0], key="x", paused=True, thread_id=5),
    ]
    (chunk,) = render.subscriptions_list(subs, 50, mutes=["shelling", "rate cut"])
    text = parse_telegram_html(chunk)
    assert "ukraine — except football, “transfer window”" in text
    assert HOSTILE[0] in text and "paused" in text
    assert "Muted in all of this chat's subscriptions: shelling, “rate cut”" in text
    assert "(2/50)" in text
    in_topic = "".join(render.subscriptions_list([], 50, in_topic=True))
    assert "This topic has no subscriptions" in in_topic
    general = parse_telegram_html("".join(render.subscriptions_list(subs[:1], 50, paused_in_topics=1)))
    assert "1 subscription in this group's topics is paused" in general and "ukraine" in general
    assert "3 subscriptions in this group's topics are paused" in "".join(render.subscriptions_list([], 50, paused_in_topics=3))
    # 50 subscriptions with 10 long exclusions each: several valid messages, nothing dropped
    many = [Subscription(chat_id=1, topic=f"topic {i}", key=f"t{i}", exclude=tuple("é" * 60 + str(j) for j in range(10)))
            for i in range(50)]
    chunks = render.subscriptions_list(many, 50)
    visible = check(chunks)
    assert len(chunks) > 1 and all(f"topic {i} —" in "".join(visible) for i in range(50))


def test_mutes_list() -> None:
    assert "Nothing is muted" in parse_telegram_html(render.mutes_list([], 20))
    text = parse_telegram_html(render.mutes_list(["<b>", "two words"], 20))
    assert "(2/20): <b>, “two words”" in text
