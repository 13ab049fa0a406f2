"""Feed-list imports in one transaction, poll bookkeeping for thousands of feeds, entry keys."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from storage import NewFeed

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


async def test_add_many_skips_registered_and_repeated_urls(store):
    existing = await store.feeds.add("https://a.example/rss")
    created = await store.feeds.add_many(
        [
            NewFeed(url="https://b.example/atom", title="B & Co"),
            NewFeed(url="https://a.example/rss", title="A again"),
            NewFeed(url="https://c.example/feed"),
            NewFeed(url="https://b.example/atom", title="B twice"),
        ],
        added_by=42,
    )
    assert [(f.url, f.title, f.added_by, f.imported) for f in created] == [
        ("https://b.example/atom", "B & Co", 42, True),
        ("https://c.example/feed", None, 42, True),
    ]
    assert existing.imported is False
    listed = {f.url: f for f in await store.feeds.list()}
    assert set(listed) == {"https://a.example/rss", "https://b.example/atom", "https://c.example/feed"}
    assert listed["https://a.example/rss"] == existing  # untouched, title not overwritten
    assert await store.feeds.add_many([]) == []


class _BreaksAtThird(Sequence[NewFeed]):
    """A feed list whose third item cannot be read: the import must leave nothing behind."""

    def __init__(self) -> None:
        self._items = [NewFeed(url=f"https://n{i}.example/rss") for i in range(5)]

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self._items[index]

    def __iter__(self) -> Iterator[NewFeed]:
        for i, item in enumerate(self._items):
            if i == 2:
                raise RuntimeError("broken input")
            yield item


async def test_add_many_is_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        await store.feeds.add_many(_BreaksAtThird())
    assert await store.feeds.list() == []
    assert [f.url for f in await store.feeds.add_many([NewFeed(url="https://ok.example/rss")])] == [
        "https://ok.example/rss"
    ]


async def test_body_hash_postpone_and_alerted_flag(store):
    feed = await store.feeds.add("https://news.example/rss.xml")
    assert (feed.body_hash, feed.alerted) == (None, False)
    await store.feeds.record_success(
        feed.id, etag=None, last_modified=None, title="News", body_hash="sha:1",
        now=NOW, next_poll_at=NOW + timedelta(minutes=15),
    )  # fmt: skip
    await store.feeds.record_error(feed.id, "HTTP 503", now=NOW, next_poll_at=NOW + timedelta(hours=1))
    await store.feeds.postpone(feed.id, next_poll_at=NOW + timedelta(hours=3))
    [polled] = await store.feeds.list()
    assert (polled.body_hash, polled.errors, polled.next_poll_at) == ("sha:1", 1, NOW + timedelta(hours=3))
    other = await store.feeds.add("https://other.example/rss.xml")
    await store.feeds.set_alerted([feed.id, other.id], True)
    assert [f.alerted for f in await store.feeds.list()] == [True, True]
    await store.feeds.record_success(
        feed.id, etag='"e"', last_modified=None, title=None, now=NOW, next_poll_at=NOW,
    )  # fmt: skip
    [recovered, _] = await store.feeds.list()
    assert (recovered.errors, recovered.alerted, recovered.body_hash) == (0, True, None)
    await store.feeds.set_alerted([feed.id], False)
    assert [f.alerted for f in await store.feeds.list()] == [False, True]
    await store.feeds.set_alerted([], True)


async def test_seen_keys_in_bulk_per_feed(store):
    feed = await store.feeds.add("https://news.example/rss.xml")
    other = await store.feeds.add("https://other.example/rss.xml")
    keys = [f"https://news.example/a/{i}" for i in range(1200)]  # more than one IN (…) chunk
    await store.feeds.mark_seen_many(feed.id, [*keys, keys[0], "fp:abc"], now=NOW)
    probe = [keys[0], keys[999], keys[-1], "fp:abc", "fp:new", "https://news.example/a/x"]
    assert await store.feeds.seen_keys(feed.id, probe) == {
        keys[0]: NOW, keys[999]: NOW, keys[-1]: NOW, "fp:abc": NOW,
    }  # fmt: skip
    assert await store.feeds.seen_keys(other.id, probe) == {}
    assert await store.feeds.seen_keys(feed.id, []) == {}
    assert await store.feeds.seen(feed.id, "fp:abc")
    later = NOW + timedelta(hours=30)
    await store.feeds.mark_seen_many(feed.id, ["fp:abc"], now=later)  # recorded again: new time
    assert await store.feeds.seen_keys(feed.id, ["fp:abc", keys[0]]) == {"fp:abc": later, keys[0]: NOW}
    await store.feeds.mark_seen(other.id, "guid-1")
    assert set(await store.feeds.seen_keys(other.id, ["guid-1", "guid-2"])) == {"guid-1"}


async def test_prune_seen_forgets_only_old_keys_that_left_the_document(store):
    feed = await store.feeds.add("https://news.example/rss.xml")
    other = await store.feeds.add("https://other.example/rss.xml")
    old, recent = NOW - timedelta(days=40), NOW - timedelta(days=2)
    await store.feeds.mark_seen_many(feed.id, ["gone-old", "kept-old", "fp:old"], now=old)
    await store.feeds.mark_seen_many(feed.id, ["gone-recent"], now=recent)
    await store.feeds.mark_seen_many(other.id, ["gone-old"], now=old)
    in_document = ["kept-old", "new-in-document", *(f"k{i}" for i in range(1200))]  # any number of keys
    forgotten = await store.feeds.prune_seen(feed.id, keep=in_document, seen_before=NOW - timedelta(days=30))
    assert forgotten == 2
    assert set(await store.feeds.seen_keys(feed.id, ["gone-old", "kept-old", "fp:old", "gone-recent"])) == {
        "kept-old", "gone-recent",
    }  # fmt: skip
    assert set(await store.feeds.seen_keys(other.id, ["gone-old"])) == {"gone-old"}  # another feed's keys
    assert await store.feeds.prune_seen(feed.id, keep=[], seen_before=NOW - timedelta(days=30)) == 1
    assert set(await store.feeds.seen_keys(feed.id, ["kept-old", "gone-recent"])) == {"gone-recent"}


async def test_record_unchanged_in_bulk_keeps_validators(store):
    a = await store.feeds.add("https://a.example/rss")
    b = await store.feeds.add("https://b.example/rss")
    c = await store.feeds.add("https://c.example/rss")
    await store.feeds.record_success(
        a.id, etag='"a1"', last_modified="Wed, 18 Nov 2026 10:00:00 GMT", title="A", body_hash="h-a",
        now=NOW, next_poll_at=NOW,
    )  # fmt: skip
    await store.feeds.record_error(b.id, "HTTP 500", now=NOW, next_poll_at=NOW)
    later = NOW + timedelta(minutes=15)
    await store.feeds.record_unchanged([a.id, b.id], now=later, next_poll_at=later + timedelta(minutes=15))
    feeds = {f.id: f for f in await store.feeds.list()}
    assert (feeds[a.id].etag, feeds[a.id].last_modified, feeds[a.id].body_hash, feeds[a.id].title) == (
        '"a1"', "Wed, 18 Nov 2026 10:00:00 GMT", "h-a", "A",
    )  # fmt: skip
    assert (feeds[b.id].errors, feeds[b.id].last_error) == (0, None)
    assert all(feeds[i].last_polled_at == later for i in (a.id, b.id))
    assert all(feeds[i].next_poll_at == later + timedelta(minutes=15) for i in (a.id, b.id))
    assert feeds[c.id].last_polled_at is None
    await store.feeds.record_unchanged([], now=later, next_poll_at=later)
