"""Story timelines (contract): the story of an article is decided when it is stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Briefing, Quote
from storage import ArticleNotFound

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def talks(make_briefing: Callable[..., Briefing]) -> Callable[..., Briefing]:
    """Briefings about the Istanbul talks (or anything else), quotes by (text, speaker)."""

    def make(title: str, topics: tuple[str, ...], quotes: tuple[tuple[str, str], ...] = (),
             story: str = "drones", lead: str = "") -> Briefing:  # fmt: skip
        base = make_briefing(title=title, topics=topics, story=story, summary=(lead,) if lead else None)
        return base.model_copy(update={"quotes": tuple(Quote(text=t, speaker=s) for t, s in quotes)})

    return make


async def test_a_follow_up_joins_the_story_and_an_unrelated_article_does_not(store, talks) -> None:
    first = await store.articles.add(
        talks("Ukraine and Russia hold talks in Istanbul", ("Ukraine", "Istanbul", "talks", "Rustem Umerov"),
              (("We handed over our proposals", "Rustem Umerov"),)),
        now=NOW,
    )  # fmt: skip
    unrelated = await store.articles.add(
        talks("Ukraine grain exports rise as ports reopen", ("Ukraine", "grain", "ports"), story="rates"),
        now=NOW + timedelta(hours=5),
    )
    later = await store.articles.add(
        talks("Prisoner swap agreed at Istanbul talks", ("Istanbul", "talks", "Umerov"),
              (("Every name matters to us", "Umerov"),), story="football"),
        now=NOW + timedelta(days=2),
    )  # fmt: skip
    assert [a.id for a in await store.stories.of(later.id)] == [later.id, first.id]
    assert [a.id for a in await store.stories.of(first.id)] == [later.id, first.id]
    assert await store.stories.size(first.id) == await store.stories.size(later.id) == 2
    assert [a.id for a in await store.stories.of(unrelated.id)] == [unrelated.id]
    assert await store.stories.size(unrelated.id) == 1
    story = await store.stories.of(later.id)
    assert story[0].briefing.quotes[0].text == "Every name matters to us"  # full articles


async def test_a_near_duplicate_joins_its_originals_story(store, make_briefing) -> None:
    wire = make_briefing(story="wire", title="Floods force thousands from homes", topics=("floods",))
    original = await store.articles.add(wire, now=NOW)
    copy = tuple(p.replace("At least nine", "At least ten") for p in wire.paragraphs)
    near = await store.articles.add(make_briefing(title="Copy", paragraphs=copy, topics=()), now=NOW)
    assert near.duplicate_of == original.id
    assert [a.id for a in await store.stories.of(original.id)] == [near.id, original.id]


async def test_a_follow_up_after_the_window_starts_a_new_story(store, talks) -> None:
    first = await store.articles.add(
        talks("Talks in Istanbul", ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan")), now=NOW
    )
    much_later = await store.articles.add(
        talks("Istanbul talks resume", ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan"), story="rates"),
        now=NOW + timedelta(days=30),
    )
    assert await store.stories.size(much_later.id) == 1
    assert [a.id for a in await store.stories.of(first.id)] == [first.id]


async def test_removing_an_article_leaves_the_rest_of_its_story(store, talks) -> None:
    topics = ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan")
    first = await store.articles.add(talks("Talks in Istanbul", topics), now=NOW)
    second = await store.articles.add(talks("More talks in Istanbul", topics, story="rates"), now=NOW)
    third = await store.articles.add(talks("Istanbul talks end", topics, story="football"), now=NOW)
    await store.articles.remove(first.id)
    assert [a.id for a in await store.stories.of(third.id)] == [third.id, second.id]
    with pytest.raises(ArticleNotFound):
        await store.stories.of(first.id)
    with pytest.raises(ArticleNotFound):
        await store.stories.size(first.id)


async def test_story_lists_are_capped_newest_first(store, talks) -> None:
    topics = ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan")
    stories = ("drones", "rates", "football", "wire")
    ids = [(await store.articles.add(talks(f"Talks day {i}", topics, story=stories[i]), now=NOW)).id for i in range(4)]
    assert [a.id for a in await store.stories.of(ids[0], limit=2)] == [ids[3], ids[2]]
    assert await store.stories.size(ids[0]) == 4


async def test_refresh_of_an_up_to_date_store_changes_nothing(store, talks) -> None:
    a = await store.articles.add(talks("Talks in Istanbul", ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan")), now=NOW)
    assert await store.stories.refresh() == 0
    assert await store.stories.size(a.id) == 1
