"""What only PostgreSQL has: several workers' sessions on one database (shared rate budget,
in-flight rows and leases of dead sessions), migrations racing, lock timeouts, NUL characters."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import asyncpg
import pytest

from storage import StorageUnavailable
from storage.postgres import PgStore
from storage.postgres.migrate import available_migrations
from tests.postgres import new_database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
async def url(pg_cluster) -> str:
    return await new_database(pg_cluster)


async def test_rate_budget_is_shared_by_every_handle(url):
    a, b = await PgStore.open(url), await PgStore.open(url)
    try:
        waits = [await (a if i % 2 else b).meta.reserve_rate_slot("replies", interval=0.5, burst=3)
                 for i in range(10)]
    finally:
        await a.close()
        await b.close()
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert all(abs((y - x) - 0.5) < 0.05 for x, y in zip(waits[3:], waits[4:], strict=False)), waits


async def test_two_workers_starting_together_migrate_once(url):
    stores = await asyncio.gather(*(PgStore.open(url) for _ in range(4)))
    try:
        conn = await asyncpg.connect(url)
        try:
            versions = [r[0] for r in await conn.fetch("SELECT version FROM schema_migrations ORDER BY version")]
        finally:
            await conn.close()
        assert versions == [m.version for m in available_migrations()]
    finally:
        for store in stores:
            await store.close()


async def _chat_with_rows(store, make_briefing, n: int) -> None:
    await store.chats.upsert(1, type="private")
    for i in range(n):
        article = await store.articles.add(make_briefing(f"Story {i}", paragraphs=(f"Rates story number {i}.",)))
        await store.deliveries.enqueue(1, article.id, ["rates"])


async def test_in_flight_rows_of_a_dead_session_return_live_ones_stay(url, make_briefing):
    crashed, live, leader = await PgStore.open(url), await PgStore.open(url), await PgStore.open(url)
    try:
        await _chat_with_rows(leader, make_briefing, 6)
        assert len(await crashed.deliveries.claim(2, now=NOW)) == 2
        assert len(await live.deliveries.claim(2, now=NOW)) == 2
        await crashed.close()  # its connections end, as on kill -9
        assert await leader.deliveries.reset_in_flight() == 2  # only the dead session's rows
        assert (await leader.deliveries.counts())["sending"] == 2
        assert await live.deliveries.reset_in_flight() == 2  # its own, at its shutdown
    finally:
        await live.close()
        await leader.close()


async def test_concurrent_claims_skip_locked_rows(url, make_briefing):
    stores = [await PgStore.open(url) for _ in range(3)]
    try:
        await _chat_with_rows(stores[0], make_briefing, 30)
        batches = await asyncio.gather(*(s.deliveries.claim(7, now=NOW) for s in stores * 2))
        ids = [d.id for batch in batches for d in batch]
        assert len(ids) == len(set(ids)) == 30
    finally:
        for store in stores:
            await store.close()


async def test_lease_of_a_dead_session_is_free_at_once(url):
    holder, other = await PgStore.open(url), await PgStore.open(url)
    try:
        assert await holder.meta.try_lease("scheduler", "a", ttl_seconds=600, now=NOW)
        assert not await other.meta.try_lease("scheduler", "b", ttl_seconds=600, now=NOW)
        await holder.close()  # the process died: its TTL has not run out, its session has
        assert await other.meta.lease_holder("scheduler", now=NOW) is None
        assert await other.meta.try_lease("scheduler", "b", ttl_seconds=600, now=NOW)
    finally:
        await other.close()


async def test_lock_timeout_is_busy_not_a_hang(url):
    store = await PgStore.open(url, lock_timeout_ms=200)  # production waits 10 s; same code path
    blocker = await asyncpg.connect(url)
    try:
        await blocker.execute("BEGIN")
        await blocker.execute("LOCK TABLE chats IN ACCESS EXCLUSIVE MODE")  # e.g. a long migration
        with pytest.raises(StorageUnavailable, match="busy"):
            await asyncio.wait_for(store.chats.upsert(1, type="private"), timeout=10)
        await blocker.execute("ROLLBACK")
        assert (await store.chats.upsert(1, type="private")).id == 1
    finally:
        await blocker.close()
        await store.close()


async def test_nul_characters_are_dropped_not_fatal(url, make_briefing):
    store = await PgStore.open(url)
    try:
        article = await store.articles.add(make_briefing("Drone\x00 strike", paragraphs=("Text\x00 here.",)),
                                           url="https://x/\x00nul")
        assert article.title == "Drone strike"  # the column drops it; the briefing JSON keeps it escaped
        assert article.briefing.title == "Drone\x00 strike"
        assert (await store.articles.search("drone strike")).items[0].id == article.id
        await store.chats.upsert(5, type="group", title="Chat\x00name")
        await store.meta.set("k\x00", "v\x00")
        assert await store.meta.get("k") == "v"
    finally:
        await store.close()
