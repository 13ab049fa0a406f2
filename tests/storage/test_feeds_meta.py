"""Feeds, seen entries, meta key/values, the leader lease, stats and integrity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import DuplicateFeed

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


async def test_feed_round_trip_and_duplicates(store):
    feed = await store.feeds.add("https://news.example/rss.xml", added_by=7)
    assert (feed.url, feed.added_by, feed.errors, feed.next_poll_at) == (
        "https://news.example/rss.xml", 7, 0, None,
    )  # fmt: skip
    with pytest.raises(DuplicateFeed) as caught:
        await store.feeds.add("https://news.example/rss.xml")
    assert caught.value.existing_id == feed.id
    await store.feeds.add("https://other.example/atom")
    assert [f.url for f in await store.feeds.list()] == [
        "https://news.example/rss.xml", "https://other.example/atom",
    ]  # fmt: skip
    assert await store.feeds.remove("https://other.example/atom") is True
    assert await store.feeds.remove("https://other.example/atom") is False


async def test_feed_polling_state(store):
    feed = await store.feeds.add("https://news.example/rss.xml")
    assert [f.id for f in await store.feeds.due(now=NOW)] == [feed.id]  # never polled: due
    await store.feeds.record_success(
        feed.id, etag='"abc"', last_modified="Wed, 18 Nov 2026 10:00:00 GMT", title="Example",
        now=NOW, next_poll_at=NOW + timedelta(minutes=15),
    )  # fmt: skip
    [polled] = await store.feeds.list()
    assert (polled.etag, polled.title, polled.last_polled_at) == ('"abc"', "Example", NOW)
    assert polled.next_poll_at == NOW + timedelta(minutes=15)
    assert await store.feeds.due(now=NOW) == []
    await store.feeds.record_error(
        feed.id, "timeout", now=NOW + timedelta(minutes=15), next_poll_at=NOW + timedelta(hours=1)
    )
    [failed] = await store.feeds.due(now=NOW + timedelta(hours=2))
    assert (failed.errors, failed.last_error, failed.title) == (1, "timeout", "Example")
    await store.feeds.record_success(
        feed.id, etag=None, last_modified=None, title=None,
        now=NOW + timedelta(hours=2), next_poll_at=NOW + timedelta(hours=3),
    )  # fmt: skip
    [recovered] = await store.feeds.list()
    assert (recovered.errors, recovered.last_error, recovered.title) == (0, None, "Example")


async def test_seen_entries(store):
    feed = await store.feeds.add("https://news.example/rss.xml")
    assert await store.feeds.seen(feed.id, "guid-1") is False
    await store.feeds.mark_seen(feed.id, "guid-1")
    await store.feeds.mark_seen(feed.id, "guid-1")
    assert await store.feeds.seen(feed.id, "guid-1") is True
    assert await store.feeds.seen(feed.id, "guid-2") is False


async def test_meta_get_set(store):
    assert await store.meta.get("match_cursor") is None
    await store.meta.set("match_cursor", "41")
    await store.meta.set("match_cursor", "42")
    assert await store.meta.get("match_cursor") == "42"


async def test_lease_take_renew_expire(store):
    assert await store.meta.try_lease("jobs", "worker-a", ttl_seconds=60, now=NOW)
    assert not await store.meta.try_lease(
        "jobs", "worker-b", ttl_seconds=60, now=NOW + timedelta(seconds=30)
    )
    # worker-a renews, pushing expiry to +90s
    assert await store.meta.try_lease(
        "jobs", "worker-a", ttl_seconds=60, now=NOW + timedelta(seconds=30)
    )
    assert not await store.meta.try_lease(
        "jobs", "worker-b", ttl_seconds=60, now=NOW + timedelta(seconds=80)
    )
    assert await store.meta.try_lease(
        "jobs", "worker-b", ttl_seconds=60, now=NOW + timedelta(seconds=91)
    )
    assert not await store.meta.try_lease(
        "jobs", "worker-a", ttl_seconds=60, now=NOW + timedelta(seconds=92)
    )
    assert await store.meta.try_lease("other", "worker-a", ttl_seconds=60, now=NOW)


async def test_lease_release_by_holder_only(store):
    assert await store.meta.try_lease("jobs", "worker-a", ttl_seconds=60, now=NOW)
    await store.meta.release_lease("jobs", "worker-b")  # not the holder: nothing happens
    assert not await store.meta.try_lease("jobs", "worker-b", ttl_seconds=60, now=NOW)
    await store.meta.release_lease("jobs", "worker-a")
    assert await store.meta.try_lease("jobs", "worker-b", ttl_seconds=60, now=NOW)
    await store.meta.release_lease("never-taken", "worker-a")


async def test_lease_holder_until_expiry(store):
    assert await store.meta.lease_holder("jobs", now=NOW) is None
    assert await store.meta.try_lease("jobs", "worker-a", ttl_seconds=60, now=NOW)
    assert await store.meta.lease_holder("jobs", now=NOW + timedelta(seconds=59)) == "worker-a"
    assert await store.meta.lease_holder("jobs", now=NOW + timedelta(seconds=60)) is None


async def test_stats_and_integrity(store, make_briefing):
    await store.chats.upsert(1, type="private")
    await store.chats.upsert(2, type="group")
    await store.chats.set_active(2, False)
    await store.subscriptions.add(1, "drones")
    article = await store.articles.add(make_briefing())
    await store.deliveries.enqueue(1, article.id, ["drones"])
    await store.feeds.add("https://news.example/rss.xml")
    stats = await store.stats()
    assert (stats.articles, stats.chats, stats.active_chats, stats.subscriptions, stats.feeds) == (
        1, 2, 1, 1, 1,
    )  # fmt: skip
    assert stats.deliveries["pending"] == 1 and set(stats.deliveries) >= {"sent", "failed"}
    assert await store.integrity_check() == "ok"


async def test_rate_budget_burst_then_even_spacing(store):
    waits = [await store.meta.reserve_rate_slot("replies", interval=0.5, burst=3) for _ in range(8)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert all(abs((b - a) - 0.5) < 0.05 for a, b in zip(waits[3:], waits[4:], strict=False)), waits
