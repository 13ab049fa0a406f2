"""Articles: round trips, exact and near duplicates, lists, topics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing.dedup import hamming, simhash
from storage import ArticleNotFound, DuplicateArticle
from storage.near_duplicates import NEAR_DUP_MAX_HAMMING
from tests.storage.conftest import open_backend

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


async def test_add_get_round_trip(store, make_briefing):
    briefing = make_briefing(summary=("Russia launched 296 drones.", "Most were shot down."))
    article = await store.articles.add(briefing, url="https://news.example/a", added_by=7, now=NOW)
    assert article.id > 0
    assert article.briefing == briefing
    assert article.url == "https://news.example/a"
    assert article.added_by == 7
    assert article.added_at == NOW and article.added_at.tzinfo is not None
    assert article.title == briefing.title and article.source == "Example News"
    assert article.published_at == "2026-11-20"
    assert article.duplicate_of is None
    assert await store.articles.get(article.id) == article
    assert await store.articles.get_by_url("https://news.example/a") == article
    assert await store.articles.get_by_url("https://news.example/missing") is None
    assert await store.articles.count() == 1


async def test_url_defaults_to_briefing_url(store, make_briefing):
    article = await store.articles.add(make_briefing(url="https://news.example/from-briefing"))
    assert article.url == "https://news.example/from-briefing"


async def test_missing_article_raises(store):
    with pytest.raises(ArticleNotFound):
        await store.articles.get(12345)
    with pytest.raises(ArticleNotFound):
        await store.articles.remove(12345)


async def test_remove_deletes_from_lists_and_search(store, make_briefing):
    article = await store.articles.add(make_briefing())
    await store.articles.remove(article.id)
    assert await store.articles.count() == 0
    assert (await store.articles.search("drones")).items == []
    assert (await store.articles.latest(topic="drones")).items == []
    assert await store.articles.topic_counts() == []
    assert await store.integrity_check() == "ok"


async def test_ids_are_never_reused(store, make_briefing, backend, tmp_path):
    """Removing the newest article must not free its id: the matching cursor has passed it
    (its subscribers would never get the next push) and users hold "/brief ID" links to it."""
    first = await store.articles.add(make_briefing(story="drones"))
    newest = await store.articles.add(make_briefing(title="Rates up", story="rates"))
    await store.articles.remove(newest.id)
    replacement = await store.articles.add(make_briefing(title="Cup final", story="football"))
    assert replacement.id > newest.id > first.id
    with pytest.raises(ArticleNotFound):
        await store.articles.get(newest.id)
    assert [a.id for a in await store.articles.added_after(first.id)] == [replacement.id]
    # Nor after the store is emptied, nor from another connection (a restart): the highest id
    # ever issued is remembered by the backend, not derived from the rows that are left.
    await store.articles.remove(replacement.id)
    await store.articles.remove(first.id)
    other = await open_backend(backend, tmp_path)
    try:
        later = await other.articles.add(make_briefing(title="Floods", story="wire"))
    finally:
        await other.close()
    assert later.id > replacement.id


async def test_same_url_twice_is_duplicate(store, make_briefing):
    first = await store.articles.add(make_briefing(), url="https://news.example/a")
    with pytest.raises(DuplicateArticle) as caught:
        await store.articles.add(make_briefing(story="rates"), url="https://news.example/a")
    assert caught.value.existing_id == first.id
    assert caught.value.reason == "url"


async def test_same_text_twice_is_duplicate(store, make_briefing):
    first = await store.articles.add(make_briefing(), url="https://news.example/a")
    # Case and whitespace changes do not defeat the content hash.
    shouted = tuple("  " + p.upper() + " " for p in make_briefing().paragraphs)
    with pytest.raises(DuplicateArticle) as caught:
        await store.articles.add(
            make_briefing(title="Other", paragraphs=shouted), url="https://b.example/"
        )
    assert caught.value.existing_id == first.id
    assert caught.value.reason == "content"
    assert await store.articles.count() == 1


async def test_empty_body_hashes_the_title(store, make_briefing):
    await store.articles.add(make_briefing(title="Only a headline", paragraphs=()))
    await store.articles.add(make_briefing(title="Another headline", paragraphs=()))
    with pytest.raises(DuplicateArticle):
        await store.articles.add(make_briefing(title="Only a headline", paragraphs=()))


def _edited(paragraphs: tuple[str, ...], old: str, new: str) -> tuple[str, ...]:
    """The same wire story lightly edited by a second outlet."""
    return tuple(p.replace(old, new) for p in paragraphs)


def _distance(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    return hamming(simhash("\n\n".join(a)), simhash("\n\n".join(b)))


async def test_near_duplicate_is_stored_and_flagged(store, make_briefing):
    wire = make_briefing(story="wire").paragraphs
    original = await store.articles.add(make_briefing(story="wire"), now=NOW)
    copy = _edited(wire, "At least nine", "At least ten")
    assert 0 < _distance(wire, copy) <= NEAR_DUP_MAX_HAMMING  # precondition on the fingerprint
    stored = await store.articles.add(
        make_briefing(title="Floods displace thousands", paragraphs=copy),
        url="https://other.example/x",
        now=NOW + timedelta(hours=2),
    )
    assert stored.duplicate_of == original.id
    assert (await store.articles.get(stored.id)).duplicate_of == original.id
    # A further copy, closest to the first copy, still points at the original story.
    third = copy + ("Reporting by a correspondent.",)
    assert _distance(copy, third) <= NEAR_DUP_MAX_HAMMING
    again = await store.articles.add(make_briefing(title="Third", paragraphs=third), now=NOW)
    assert again.duplicate_of == original.id
    unrelated = await store.articles.add(make_briefing(story="rates"), now=NOW)
    assert unrelated.duplicate_of is None


async def test_reworded_copy_is_still_the_same_story(store, make_briefing):
    wire = make_briefing(story="wire").paragraphs
    original = await store.articles.add(make_briefing(story="wire"), now=NOW)
    edited = _edited(wire, "on Tuesday", "early on Tuesday")
    assert 3 < _distance(wire, edited) <= NEAR_DUP_MAX_HAMMING  # beyond the old 16-bit bands
    stored = await store.articles.add(make_briefing(title="Edited", paragraphs=edited), now=NOW)
    assert stored.duplicate_of == original.id


async def test_near_duplicate_threshold(store, make_briefing):
    wire = make_briefing(story="wire").paragraphs
    await store.articles.add(make_briefing(story="wire"), now=NOW)
    # a follow-up that reuses the opening paragraph but is otherwise new reporting
    follow_up = wire[:1] + make_briefing(story="rates").paragraphs
    assert _distance(wire, follow_up) > NEAR_DUP_MAX_HAMMING
    stored = await store.articles.add(make_briefing(title="Follow-up", paragraphs=follow_up), now=NOW)
    assert stored.duplicate_of is None


async def test_near_duplicate_window_is_recent_only(store, make_briefing):
    await store.articles.add(make_briefing(story="wire"), now=NOW)
    copy = _edited(make_briefing(story="wire").paragraphs, "At least nine", "At least ten")
    later = await store.articles.add(
        make_briefing(title="Later", paragraphs=copy), now=NOW + timedelta(days=30)
    )
    assert later.duplicate_of is None


async def test_short_texts_are_not_near_duplicates(store, make_briefing):
    await store.articles.add(
        make_briefing(title="A", paragraphs=("Markets closed higher on Friday.",))
    )
    other = await store.articles.add(
        make_briefing(title="B", paragraphs=("Markets closed lower on Friday.",))
    )
    assert other.duplicate_of is None


async def test_latest_newest_first_with_paging(store, make_briefing):
    ids = []
    for i in range(7):
        article = await store.articles.add(
            make_briefing(title=f"Story {i}", paragraphs=(f"Body number {i}.",))
        )
        ids.append(article.id)
    page = await store.articles.latest(limit=3)
    assert [a.id for a in page.items] == ids[::-1][:3]
    assert page.total == 7 and page.limit == 3 and page.offset == 0
    second = await store.articles.latest(limit=3, offset=3)
    assert [a.id for a in second.items] == ids[::-1][3:6]
    assert (await store.articles.latest(limit=3, offset=6)).items[0].id == ids[0]


async def test_latest_summary_fields(store, make_briefing):
    briefing = make_briefing(
        summary=("First sentence.", "Second sentence."), topics=("Kyiv", "Air defence")
    )
    article = await store.articles.add(briefing, url="https://news.example/s")
    [item] = (await store.articles.latest()).items
    assert item.id == article.id and item.title == briefing.title
    assert item.lead == "First sentence."
    assert item.topics == ("Kyiv", "Air defence")
    assert item.url == "https://news.example/s" and item.source == "Example News"


async def test_latest_by_topic_is_stemmed_phrase(store, make_briefing):
    drones = await store.articles.add(
        make_briefing(title="Drone attack on Kyiv", topics=("Air defence",))
    )
    await store.articles.add(
        make_briefing(title="Rates up again", story="rates", topics=("Interest rates",))
    )
    page = await store.articles.latest(topic="drones")
    assert [a.id for a in page.items] == [drones.id] and page.total == 1
    assert [a.id for a in (await store.articles.latest(topic="AIR DEFENCES")).items] == [drones.id]
    # A phrase must appear as a phrase, and only title/summary/topics count (not the body).
    assert (await store.articles.latest(topic="defence air")).items == []
    assert (await store.articles.latest(topic="mortgage lenders")).items == []
    assert (await store.articles.latest(topic="?!")).total == 0


async def test_topic_counts_over_recent_articles(store, make_briefing):
    await store.articles.add(
        make_briefing(title="Old", paragraphs=("Old one.",), topics=("Archive",))
    )
    await store.articles.add(
        make_briefing(title="A", paragraphs=("One.",), topics=("Ukraine", "Russia"))
    )
    await store.articles.add(
        make_briefing(title="B", paragraphs=("Two.",), topics=("Ukraine", "Economy"))
    )
    counts = await store.articles.topic_counts(limit=10, recent=2)
    assert counts[0] == ("Ukraine", 2)
    assert sorted(counts[1:]) == [("Economy", 1), ("Russia", 1)]
    assert ("Archive", 1) in await store.articles.topic_counts(recent=10)
    assert len(await store.articles.topic_counts(limit=1, recent=10)) == 1


async def test_added_after_and_summaries(store, make_briefing):
    ids = [
        (await store.articles.add(make_briefing(title=f"T{i}", paragraphs=(f"Text {i}.",)))).id
        for i in range(4)
    ]
    after = await store.articles.added_after(ids[1], limit=10)
    assert [a.id for a in after] == ids[2:]
    assert [a.id for a in await store.articles.added_after(0, limit=2)] == ids[:2]
    summaries = await store.articles.summaries([ids[3], 999_999, ids[0]])
    assert [s.id for s in summaries] == [ids[3], ids[0]]
    assert await store.articles.summaries([]) == []


async def test_latest_topic_phrase_stays_within_one_column(store, make_briefing):
    """As in FTS5, a topic phrase must lie inside the title, the summary or the topics: words
    adjacent only across two columns do not make it."""

    def add(title: str, summary: str, topics: tuple[str, ...] = ("Talks",)):
        return store.articles.add(make_briefing(title, paragraphs=(f"{title}. {summary}",), summary=(summary,),
                                                topics=topics))

    await add("Talks led by Rustem", "Umerov met the delegates.")  # title → summary
    await add("Talks resume", "Delegates met Rustem", ("Umerov", "Talks"))  # summary → topics
    in_title = await add("Rustem Umerov in Istanbul", "Talks resumed.")
    in_summary = await add("Talks resume", "Defence minister Rustem Umerov's team arrived.")
    in_topics = await add("Talks resume", "Delegates arrived.", ("Istanbul", "Rustem Umerov"))
    page = await store.articles.latest(topic="rustem UMEROV", limit=10)
    assert [a.id for a in page.items] == [in_topics.id, in_summary.id, in_title.id] and page.total == 3
    assert (await store.articles.latest(topic="umerov rustem")).total == 0


async def test_latest_topic_of_three_words_and_repeated_words(store, make_briefing):
    def add(title: str):
        return store.articles.add(make_briefing(title, paragraphs=(title,), summary=("Nothing else.",),
                                                topics=("Travel",)))

    street = await add("Fair on New York Street")
    await add("New York fans queue on York Street")  # both pairs, never the three words in a row
    await add("York Street and New York")
    await add("Street party in New York")
    atoll = await add("Holiday on Bora Bora")
    await add("Bora wind hits the bora coast")  # the word twice, never twice in a row
    assert [a.id for a in (await store.articles.latest(topic="new york street")).items] == [street.id]
    assert (await store.articles.latest(topic="new york")).total == 4
    assert [a.id for a in (await store.articles.latest(topic="Bora Bora")).items] == [atoll.id]
    assert [a.id for a in (await store.articles.latest(topic="bora bora bora")).items] == []
    assert [a.id for a in (await store.articles.latest(topic="on bora bora")).items] == [atoll.id]


async def test_latest_topic_of_four_and_five_words(store, make_briefing):
    """Four words are one run lexeme on PostgreSQL, five are runs of four plus the phrase: either
    way only the words in a row match, as on FTS5."""
    def add(title: str):
        return store.articles.add(make_briefing(title, paragraphs=(title,), summary=("Nothing else.",),
                                                topics=("Politics",)))

    visit = await add("Ursula von der Leyen visits Kyiv")
    await add("Ursula von der Brugge meets Hans von der Leyen")  # every pair and triple, not the four
    summit = await add("Talks at the European Central Bank summit today")
    await add("European Central Bank summit ends as central bank summit today opens")  # both runs of four
    assert [a.id for a in (await store.articles.latest(topic="Ursula von der Leyen")).items] == [visit.id]
    assert (await store.articles.latest(topic="von der Leyen")).total == 2
    page = await store.articles.latest(topic="european central bank summit today")
    assert ([a.id for a in page.items], page.total) == ([summit.id], 1)
    assert (await store.articles.latest(topic="central bank summit today")).total == 2
