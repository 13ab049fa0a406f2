"""The quotes index (contract): who said what across stored articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Briefing, Quote
from storage.base import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

UMEROV_TALKS = (
    ("We handed over our proposals in advance of the meeting", "Rustem Umerov"),
    ("The next round must bring a full ceasefire", "Rustem Umerov"),
    ("This will be at least a thousand people from each side", "Vladimir Medinsky"),
)
UMEROV_FOLLOW_UP = (
    ("We are still waiting for the Russian document", "Umerov"),
    ("Our aim is to bring the parties together", "Hakan Fidan"),
)


@pytest.fixture
def quoted(make_briefing: Callable[..., Briefing]) -> Callable[..., Briefing]:
    """A briefing whose quotes are (text, speaker) pairs; ``story`` keeps bodies distinct."""

    def make(quotes: tuple[tuple[str, str | None], ...], *, story: str = "drones", **kw: object) -> Briefing:
        base = make_briefing(story=story, **kw)
        return base.model_copy(
            update={"quotes": tuple(Quote(text=t, speaker=s, key=True) for t, s in quotes)}
        )

    return make


async def _said(store: Store, name: str, **kw: int) -> list[tuple[str, str, int]]:
    page = await store.quotes.by_person(name, **kw)
    return [(h.speaker, h.text, h.article_id) for h in page.items]


async def test_every_form_of_a_name_finds_the_person_across_articles(store, quoted) -> None:
    first = await store.articles.add(
        quoted(UMEROV_TALKS, title="Talks in Istanbul", published="2026-11-18"), now=NOW
    )
    later = await store.articles.add(
        quoted(UMEROV_FOLLOW_UP, story="rates", title="Talks go on", published="2026-11-19"),
        now=NOW,
    )
    other = await store.articles.add(
        quoted((("Rates will stay high for longer", "Jane Smith"),), story="football"), now=NOW
    )
    expected = [
        ("Umerov", "We are still waiting for the Russian document", later.id),
        ("Rustem Umerov", "We handed over our proposals in advance of the meeting", first.id),
        ("Rustem Umerov", "The next round must bring a full ceasefire", first.id),
    ]
    for name in ("Umerov", "Rustem Umerov", "rustem umerov", "Mr. Umerov",
                 "Defence Minister Rustem Umerov", "  UMEROV "):  # fmt: skip
        assert await _said(store, name) == expected, name
    page = await store.quotes.by_person("Umerov")
    assert page.total == 3
    hit = page.items[0]
    assert hit.title == "Talks go on" and hit.source == "Example News"
    assert hit.said_at == datetime(2026, 11, 19, tzinfo=UTC)
    assert await _said(store, "Jane Smith") == [("Jane Smith", "Rates will stay high for longer", other.id)]
    assert await _said(store, "Medinsky") == [
        ("Vladimir Medinsky", "This will be at least a thousand people from each side", first.id)
    ]


async def test_pages_are_newest_first_with_a_total(store, quoted) -> None:
    stories = ("drones", "rates", "football", "wire")
    for day, story in enumerate(stories, start=10):
        quotes = ((f"Statement number {day} one", "Olena Kovalenko"), (f"Statement number {day} two", "Kovalenko"))
        await store.articles.add(quoted(quotes, story=story, title=f"Day {day}", published=f"2026-11-{day}"), now=NOW)
    first = await store.quotes.by_person("Kovalenko", limit=3)
    assert first.total == 8 and first.offset == 0 and first.limit == 3
    assert [h.text for h in first.items] == [
        "Statement number 13 one", "Statement number 13 two", "Statement number 12 one",
    ]  # fmt: skip
    last = await store.quotes.by_person("Kovalenko", limit=3, offset=6)
    assert [h.text for h in last.items] == ["Statement number 10 one", "Statement number 10 two"]
    assert (await store.quotes.by_person("Kovalenko", limit=3, offset=9)).items == []
    assert (await store.quotes.by_person("Kovalenko", limit=0)).items == []


async def test_people_sharing_a_surname_stay_apart(store, quoted) -> None:
    await store.articles.add(quoted((("Prices will fall next spring", "John Smith"),), story="rates"), now=NOW)
    await store.articles.add(quoted((("The team played with courage", "Jane Smith"),), story="football"), now=NOW)
    await store.articles.add(quoted((("Nobody expected the flood", "Smith"),), story="wire"), now=NOW)
    assert [t for _, t, _ in await _said(store, "John Smith")] == ["Prices will fall next spring"]
    assert [t for _, t, _ in await _said(store, "Jane Smith")] == ["The team played with courage"]
    # A bare "Smith" could be either of them: it is neither, and only bare-surname rows match.
    assert [t for _, t, _ in await _said(store, "Smith")] == ["Nobody expected the flood"]
    names = [s.name for s in await store.quotes.close_matches("Smith")]
    assert {"John Smith", "Jane Smith"} <= set(names)


async def test_bare_surname_in_another_article_joins_the_only_person_of_that_name(store, quoted) -> None:
    await store.articles.add(quoted((("A fair response to the attacks", "Vasyl Maliuk"),)), now=NOW)
    await store.articles.add(quoted((("The operation took a year and a half", "Maliuk"),), story="rates"), now=NOW)
    texts = {t for _, t, _ in await _said(store, "Vasyl Maliuk")}
    assert texts == {"A fair response to the attacks", "The operation took a year and a half"}
    [top] = await store.quotes.top_people(since=NOW - timedelta(days=7))
    assert (top.name, top.quotes) == ("Vasyl Maliuk", 2)


async def test_organisations_are_their_own_speakers(store, quoted) -> None:
    await store.articles.add(
        quoted((("Air defences shot down 162 drones overnight", "Russia's defence ministry"),
                ("Talks will continue next week", "the Kremlin"))), now=NOW
    )  # fmt: skip
    assert [s for s, _, _ in await _said(store, "the Kremlin")] == ["the Kremlin"]
    assert [s for s, _, _ in await _said(store, "kremlin")] == ["the Kremlin"]
    assert await _said(store, "defence ministry") == []
    names = [s.name for s in await store.quotes.close_matches("defence ministry")]
    assert names == ["Russia's defence ministry"]


async def test_only_attributed_real_quotes_are_indexed(store, quoted, make_briefing) -> None:
    base = quoted((("anonymous words nobody claimed here", None), ("We will respond", "a spokesperson"),
                   ("It is a real quote from her", "Orysia Lutsevych")))  # fmt: skip
    scare = base.quotes + (Quote(text="irresponsible", speaker="Orysia Lutsevych", scare=True),)
    await store.articles.add(base.model_copy(update={"quotes": scare}), now=NOW)
    assert [t for _, t, _ in await _said(store, "Lutsevych")] == ["It is a real quote from her"]
    assert await _said(store, "spokesperson") == []
    assert await store.quotes.top_people(since=NOW - timedelta(days=1)) != []


async def test_the_same_words_in_two_articles_are_listed_once(store, quoted) -> None:
    words = (("Without strong sanctions, Russia will not seek real diplomacy", "Volodymyr Zelensky"),)
    retyped = (("without strong sanctions — Russia will not seek real diplomacy!", "President Zelensky"),)
    newer = await store.articles.add(quoted(words, story="rates", published="2026-11-19"), now=NOW)
    await store.articles.add(quoted(words, story="drones", published="2026-11-18"), now=NOW)
    await store.articles.add(quoted(retyped, story="wire", published="2026-11-17"), now=NOW)
    page = await store.quotes.by_person("Zelensky")
    assert page.total == 1 and [h.article_id for h in page.items] == [newer.id]
    [top] = await store.quotes.top_people(since=NOW - timedelta(days=1))
    assert (top.name, top.quotes) == ("Volodymyr Zelensky", 1)


async def test_removing_the_newer_copy_shows_the_older_again(store, quoted) -> None:
    words = (("Every name matters to us", "Rustem Umerov"), ("We will meet again", "Hakan Fidan"))
    older = await store.articles.add(quoted(words, story="drones", published="2026-11-18"), now=NOW)
    newer = await store.articles.add(quoted(words[:1], story="rates", published="2026-11-19"), now=NOW)
    assert [h.article_id for h in (await store.quotes.by_person("Umerov")).items] == [newer.id]
    await store.articles.remove(newer.id)
    assert [h.article_id for h in (await store.quotes.by_person("Umerov")).items] == [older.id]
    assert [h.article_id for h in (await store.quotes.by_person("Fidan")).items] == [older.id]


async def test_the_same_words_by_two_people_are_both_shown(store, quoted) -> None:
    await store.articles.add(quoted((("We want peace", "Rustem Umerov"),), story="drones"), now=NOW)
    await store.articles.add(quoted((("We want peace", "Hakan Fidan"),), story="rates"), now=NOW)
    assert (await store.quotes.by_person("Umerov")).total == 1
    assert (await store.quotes.by_person("Fidan")).total == 1


async def test_a_joint_statement_is_in_each_speakers_quotes(store, quoted) -> None:
    joint = (("We will not sign this agreement in its current form", "Ed Kline and Rosa Diaz"),
             ("The union stands together on this", "Sens. Tom Ng, Ed Kline and Rosa Diaz"))  # fmt: skip
    article = await store.articles.add(quoted(joint), now=NOW)
    await store.articles.add(quoted((("Our shop is open on Sundays", "Marks and Spencer"),), story="rates"), now=NOW)
    texts = [t for t, _ in joint]
    for name in ("Kline", "Ed Kline", "Rosa Diaz", "Diaz"):
        said = await _said(store, name)
        assert [t for _, t, _ in said] == texts, name
        assert {a for _, _, a in said} == {article.id}
    assert [t for _, t, _ in await _said(store, "Tom Ng")] == texts[1:]
    assert {s for s, _, _ in await _said(store, "Kline")} == {"Ed Kline"}
    top = await store.quotes.top_people(since=NOW - timedelta(days=1))
    assert [(s.name, s.quotes) for s in top] == [
        ("Ed Kline", 2), ("Rosa Diaz", 2), ("Marks and Spencer", 1), ("Tom Ng", 1)
    ]  # fmt: skip
    assert await _said(store, "Spencer") == []  # a firm named like two people stays one speaker
    assert [s for s, _, _ in await _said(store, "Marks and Spencer")] == ["Marks and Spencer"]
    await store.articles.remove(article.id)
    assert (await store.quotes.by_person("Kline")).total == 0
    assert [s.name for s in await store.quotes.top_people(since=NOW - timedelta(days=1))] == ["Marks and Spencer"]


async def test_a_couple_is_two_people_each_with_the_quote(store, quoted) -> None:
    words = "We have walked these woods every morning for forty years"
    article = await store.articles.add(quoted(((words, "David and Jeanne Heidler"),)), now=NOW)
    for name in ("David Heidler", "Jeanne Heidler"):
        assert await _said(store, name) == [(name, words, article.id)], name
    top = await store.quotes.top_people(since=NOW - timedelta(days=1))
    assert sorted((s.name, s.quotes) for s in top) == [("David Heidler", 1), ("Jeanne Heidler", 1)]


async def test_removing_an_article_removes_its_quotes(store, quoted) -> None:
    article = await store.articles.add(quoted(UMEROV_TALKS), now=NOW)
    await store.articles.remove(article.id)
    assert (await store.quotes.by_person("Umerov")).total == 0
    assert await store.quotes.top_people(since=NOW - timedelta(days=7)) == []
    assert await store.quotes.close_matches("Umerov") == []


async def test_top_people_of_a_window_most_quoted_first(store, quoted) -> None:
    await store.articles.add(quoted(UMEROV_TALKS), now=NOW - timedelta(days=10))
    await store.articles.add(quoted(UMEROV_FOLLOW_UP, story="rates"), now=NOW - timedelta(days=1))
    await store.articles.add(
        quoted((("Talks must go on", "Hakan Fidan"), ("We are ready to host", "Fidan")), story="wire"),
        now=NOW,
    )
    week = await store.quotes.top_people(since=NOW - timedelta(days=7))
    assert [(s.name, s.quotes) for s in week] == [("Hakan Fidan", 3), ("Rustem Umerov", 1)]
    assert [s.name for s in await store.quotes.top_people(since=NOW - timedelta(days=7), limit=1)] == ["Hakan Fidan"]
    everyone = await store.quotes.top_people(since=NOW - timedelta(days=30))
    assert [(s.name, s.quotes) for s in everyone][:2] == [("Hakan Fidan", 3), ("Rustem Umerov", 3)]
    assert await store.quotes.top_people(since=NOW - timedelta(days=7), limit=0) == []


async def test_close_matches_for_typos_first_names_and_other_first_names(store, quoted) -> None:
    await store.articles.add(quoted(UMEROV_TALKS), now=NOW)
    assert await _said(store, "Umarov") == []
    for typed in ("Umarov", "Rustem", "umer", "John Umerov"):
        names = [s.name for s in await store.quotes.close_matches(typed)]
        assert names and names[0] == "Rustem Umerov", typed
    [match] = [s for s in await store.quotes.close_matches("Rustem") if s.name == "Rustem Umerov"]
    assert match.quotes == 2
    assert await store.quotes.close_matches("Zzyzx") == []


@pytest.mark.parametrize(
    "hostile",
    ["", "   ", "<b>Umerov</b>", "'; DROP TABLE quotes; --", '"a" NEAR(b) OR title:*', "x" * 4000,
     "Umerov 🔥", "🔥💥", "%", "_", "\\", "a\x00b", "\u202eUmerov\u202c", "Umerov' OR '1'='1"],
)  # fmt: skip
async def test_hostile_names_are_plain_lookups(store, quoted, hostile: str) -> None:
    await store.articles.add(quoted(UMEROV_TALKS), now=NOW)
    page = await store.quotes.by_person(hostile)
    assert page.total == len(page.items) and page.total in (0, 2)
    await store.quotes.close_matches(hostile)
    assert await store.articles.count() == 1
    assert await store.integrity_check() == "ok"


async def test_refresh_of_an_up_to_date_index_changes_nothing(store, quoted) -> None:
    await store.articles.add(quoted(UMEROV_TALKS), now=NOW)
    before = await store.quotes.by_person("Umerov")
    assert await store.quotes.refresh() == 0
    assert await store.quotes.by_person("Umerov") == before


async def test_article_date_is_the_published_day_unless_it_is_in_the_future(store, quoted) -> None:
    await store.articles.add(quoted(UMEROV_TALKS, published="2031-01-01"), now=NOW)
    await store.articles.add(quoted(UMEROV_FOLLOW_UP, story="rates", published=None), now=NOW)
    dates = {h.said_at for h in (await store.quotes.by_person("Umerov")).items}
    assert dates == {NOW}
