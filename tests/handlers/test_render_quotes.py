"""/quotes and /story renderers: valid Telegram HTML within the limit, hostile text escaped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Briefing, Figure, Quote
from fakebot import parse_telegram_html, utf16_len
from handlers import render, render_quotes, render_story
from handlers.htmlchunks import TELEGRAM_LIMIT
from storage.models import Article, Page, QuoteHit, Speaker
from tests.handlers.test_render import HOSTILE, make_article

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def visible(html: str) -> str:
    text = parse_telegram_html(html)
    assert 0 < utf16_len(html) <= TELEGRAM_LIMIT
    return text


def hit(i: int, text: str = "We handed over our proposals", speaker: str = "Rustem Umerov") -> QuoteHit:
    return QuoteHit(article_id=i, position=0, text=text, speaker=speaker, said_at=NOW - timedelta(days=i),
                    title=f"Talks, day {i}", source="Wire & Co")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_quotes_pages_escape_everything(hostile: str) -> None:
    page = Page(items=[hit(1, hostile, hostile), hit(2)], total=2, limit=5)
    shown = visible(render_quotes.quotes_page(page, typed=hostile))
    assert hostile in shown and "/brief 1" in shown and "Nov 19, 2026" in shown
    assert hostile in visible(render_quotes.no_quotes(hostile, []))
    assert hostile in visible(render_quotes.top_people([Speaker(name=hostile, quotes=2)]))


def test_a_full_page_of_the_longest_quotes_fits_one_message() -> None:
    page = Page(items=[hit(i, "🦄 " * 3000, "N" * 500) for i in range(5)], total=40, limit=5)
    assert "(1–5 of 40)" in visible(render_quotes.quotes_page(page, typed="x" * 4000))


def test_heading_names_the_fullest_form_of_one_person() -> None:
    page = Page(items=[hit(1, speaker="Umerov"), hit(2, speaker="Rustem Umerov")], total=2, limit=5)
    assert visible(render_quotes.quotes_page(page, typed="umerov")).startswith("Quotes from Rustem Umerov (1–2 of 2)")
    mixed = Page(items=[hit(1, speaker="John Smith"), hit(2, speaker="Ministry")], total=2, limit=5)
    assert visible(render_quotes.quotes_page(mixed, typed="smi")).startswith("Quotes from “smi”")


def test_speakers_link_to_their_quotes_only_with_a_bot_username() -> None:
    article = make_article(quotes=(Quote(text="Every name matters", speaker="Rustem Umerov", key=True),
                                   Quote(text="We will respond", speaker="a spokesperson", key=True)))
    linked = render.render_briefing(article, bot_username="briefbot")[0]
    assert '<a href="https://t.me/briefbot?start=q_rustem_umerov">Rustem Umerov</a>' in linked
    assert "— a spokesperson" in linked  # names nobody: no link
    assert "href=\"https://t.me" not in render.render_briefing(article)[0]


def test_each_person_of_a_joint_speaker_links_to_their_own_quotes() -> None:
    said = Quote(text="We will not sign it", speaker="Sens. Ed Kline & <Rosa> Diaz and Tom Ng", key=True)
    joint = Quote(text="We stand together", speaker="Ed Kline and Rosa Diaz", key=True)
    linked = render.render_briefing(make_article(quotes=(said, joint)), bot_username="briefbot")[0]
    assert ('— <a href="https://t.me/briefbot?start=q_ed_kline">Ed Kline</a> and '
            '<a href="https://t.me/briefbot?start=q_rosa_diaz">Rosa Diaz</a>') in linked
    assert ">Sens. Ed Kline &amp; &lt;Rosa&gt; Diaz and Tom Ng</a>" in linked  # "&": one name, one link
    assert "href=\"https://t.me" not in render.render_briefing(make_article(quotes=(joint,)))[0]


def test_each_of_a_couple_links_to_their_own_quotes() -> None:
    couple = Quote(text="We walked these woods for forty years", speaker="David and Jeanne Heidler", key=True)
    linked = render.render_briefing(make_article(quotes=(couple,)), bot_username="briefbot")[0]
    assert ('— <a href="https://t.me/briefbot?start=q_david_heidler">David</a> and '
            '<a href="https://t.me/briefbot?start=q_jeanne_heidler">Jeanne Heidler</a>') in linked


def _article(i: int, quotes: tuple[Quote, ...] = (), figures: tuple[Figure, ...] = ()) -> Article:
    return Article(id=i, content_hash=f"h{i}", title=f"Talks <{i}>", source="Wire & Co",
                   added_at=NOW - timedelta(days=10 - i), briefing=Briefing(title="t", quotes=quotes, figures=figures))


def test_story_timeline_newest_first_with_what_each_added() -> None:
    said = Quote(text="We handed over our proposals", speaker="Umerov")
    first = _article(1, (said,), (Figure(text="1,000 prisoners", value=1000, what="prisoners", key=True),))
    second = _article(2, (said, Quote(text="Every name matters", speaker="Umerov")))
    third = _article(3)
    text = visible(render_story.story_timeline([third, second, first], asked=1, total=3, now=NOW))
    assert "3 articles, newest first" in text
    assert text.index("Talks <3>") < text.index("Talks <2>") < text.index("Talks <1>")
    block_two = text[text.index("Talks <2>"):text.index("Talks <1>")]
    assert "Every name matters" in block_two and "We handed over" not in block_two
    assert "nothing new" in text[text.index("Talks <3>"):text.index("Talks <2>")]
    assert "first report" in text and "1,000 prisoners" not in text  # the first adds nothing to compare


def test_a_long_story_says_only_the_newest_are_shown() -> None:
    articles = [_article(i) for i in range(9, 0, -1)]
    text = visible(render_story.story_timeline(articles, asked=1, total=40, now=NOW))
    assert "40 articles, the newest 9 shown" in text and "first report" not in text


def test_an_article_alone_says_so() -> None:
    assert "only article in its story" in visible(render_story.story_timeline([_article(4)], asked=4, total=1, now=NOW))
