"""Numbered migrations: an old database upgrades in place, each step atomically."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from briefing.models import Block, Briefing
from storage.models import Destination
from storage.sqlite import SqliteStore, connect, migrate
from storage.sqlite.migrate import Migration, available_migrations

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
LATEST = available_migrations()[-1].version

OLD_BRIEFING = Briefing(
    title="Parliament passes the budget",
    source="Old Times",
    blocks=(
        Block(text="Parliament passed the budget late on Wednesday after a twelve-hour debate."),
        Block(text="The opposition said the spending plans would not survive the winter."),
    ),
    summary=("Parliament passed the budget late on Wednesday.",),
    topics=("Parliament", "Budget"),
)


async def _first_schema_database(path: str) -> None:
    """A file as the first release (schema 0001 only) left it, with some rows in it."""
    conn = await connect(path)
    try:
        assert await migrate(conn, target=1) == 1
        stamp = NOW.timestamp()
        await conn.execute(
            "INSERT INTO articles (id, url, content_hash, title, source, added_at, body, summary,"
            " topics, briefing) VALUES (1, 'https://old.example/budget', 'hash-1', ?, 'Old Times',"
            " ?, ?, ?, ?, ?)",
            (
                OLD_BRIEFING.title, stamp, OLD_BRIEFING.text, "\n".join(OLD_BRIEFING.summary),
                "\n".join(OLD_BRIEFING.topics), OLD_BRIEFING.model_dump_json(),
            ),
        )  # fmt: skip
        await conn.execute(
            "INSERT INTO chats (id, type, settings, created_at) VALUES (5, 'private', ?, ?)",
            (json.dumps({"mode": "digest"}), stamp),
        )
        await conn.execute(
            "INSERT INTO subscriptions (chat_id, topic, key, created_at) VALUES (5, 'budget', 'budget', ?)",
            (stamp,),
        )
        await conn.execute(
            "INSERT INTO deliveries (chat_id, article_id, status, created_at, updated_at)"
            " VALUES (5, 1, 'pending', ?, ?)",
            (stamp, stamp),
        )
        await conn.execute(
            "INSERT INTO feeds (url, created_at) VALUES ('https://old.example/rss', ?)", (stamp,)
        )
    finally:
        await conn.close()


async def test_first_schema_upgrades_in_place(tmp_path, make_briefing):
    path = str(tmp_path / "old.db")
    await _first_schema_database(path)
    store = await SqliteStore.open(path)
    try:
        async with store._conn.execute("PRAGMA user_version") as cursor:
            assert (await cursor.fetchone())[0] == LATEST
        # Old rows survive and read back as models.
        article = await store.articles.get(1)
        assert article.briefing == OLD_BRIEFING and article.duplicate_of is None
        assert (await store.chats.get(5)).settings.mode == "digest"
        [sub] = await store.subscriptions.for_chat(5)
        assert (sub.topic, sub.thread_id, sub.exclude, sub.paused) == ("budget", None, (), False)
        [delivery] = await store.deliveries.for_article(1)
        assert delivery.topics == () and delivery.not_before is None and delivery.thread_id is None
        assert [f.url for f in await store.feeds.list()] == ["https://old.example/rss"]
        # Old articles are searchable, and their topics were backfilled into article_topics.
        assert [a.id for a in (await store.articles.search("budget debate")).items] == [1]
        assert [a.id for a in (await store.articles.latest(topic="parliament")).items] == [1]
        assert dict(await store.articles.topic_counts()) == {"Parliament": 1, "Budget": 1}
        # Features added by later migrations work on the upgraded file.
        claimed = await store.deliveries.claim(5, now=NOW)
        assert [d.article_id for d in claimed] == [1]
        assert await store.meta.try_lease("jobs", "w1", ttl_seconds=30, now=NOW)
        feed = (await store.feeds.list())[0]
        await store.feeds.mark_seen(feed.id, "guid")
        assert await store.feeds.seen(feed.id, "guid")
        wire = make_briefing(story="wire")
        original = await store.articles.add(wire, now=NOW)
        copy = tuple(p.replace("At least nine", "At least ten") for p in wire.paragraphs)
        near = await store.articles.add(make_briefing(title="Copy", paragraphs=copy), now=NOW)
        assert near.duplicate_of == original.id
        assert await store.integrity_check() == "ok"
    finally:
        await store.close()


async def test_reopening_is_a_no_op(tmp_path, make_briefing):
    path = str(tmp_path / "db.sqlite")
    store = await SqliteStore.open(path)
    await store.articles.add(make_briefing())
    await store.close()
    store = await SqliteStore.open(path)
    try:
        assert await store.articles.count() == 1
    finally:
        await store.close()


async def test_each_migration_is_atomic(tmp_path):
    conn = await connect(str(tmp_path / "db.sqlite"))
    try:
        steps = [
            Migration(1, "0001_ok.sql", "CREATE TABLE a (x INTEGER);"),
            Migration(
                2, "0002_broken.sql", "CREATE TABLE b (x INTEGER);\nINSERT INTO missing VALUES (1);"
            ),
        ]
        with pytest.raises(sqlite3.OperationalError):
            await migrate(conn, migrations=steps)
        async with conn.execute("PRAGMA user_version") as cursor:
            assert (await cursor.fetchone())[0] == 1
        async with conn.execute(
            "SELECT name FROM sqlite_master WHERE name IN ('a', 'b')"
        ) as cursor:
            assert [r[0] for r in await cursor.fetchall()] == ["a"]
    finally:
        await conn.close()


async def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        await SqliteStore.open(str(path))


def test_statement_splitting_keeps_trigger_bodies():
    [first] = [m for m in available_migrations() if m.version == 1]
    statements = first.statements()
    triggers = [s for s in statements if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 3 and all(s.rstrip().upper().endswith("END;") for s in triggers)
    assert all(sqlite3.complete_statement(s) for s in statements)


async def test_stale_subscription_keys_are_refreshed_at_open(tmp_path, make_briefing):
    """A release that stems differently must not silently orphan stored subscriptions."""
    path = str(tmp_path / "db.sqlite")
    async with await SqliteStore.open(path) as store:
        await store.chats.upsert(1, type="private")
        await store.subscriptions.add(1, "Drones")
        # Simulate keys written by an older topic_key (e.g. no stemming at all).
        await store._conn.execute("UPDATE subscriptions SET key = 'drones-old'")
        await store._conn.execute("DELETE FROM meta WHERE key LIKE 'subscriptions.%'")
    async with await SqliteStore.open(path) as store:
        article = await store.articles.add(make_briefing(title="A drone over Kyiv"))
        assert await store.subscriptions.match(article) == {Destination(1): ["drones"]}
        assert await store.subscriptions.refresh_keys() == 0  # fingerprint stored: no work


async def test_stale_exclusion_and_mute_keys_are_refreshed_at_open(tmp_path, make_briefing):
    path = str(tmp_path / "db.sqlite")
    async with await SqliteStore.open(path) as store:
        await store.chats.upsert(1, type="private")
        await store.chats.upsert(2, type="private")
        await store.subscriptions.add(1, "Ukraine", exclude=["Footballs"])
        await store.subscriptions.add(2, "Ukraine")
        await store.subscriptions.mute(2, "Shelling")
        await store._conn.execute("UPDATE subscriptions SET exclude_keys = '[\"footballs-old\"]'")
        await store._conn.execute("UPDATE chat_mutes SET key = 'shelling-old'")
        await store._conn.execute("DELETE FROM meta WHERE key LIKE 'subscriptions.%'")
    async with await SqliteStore.open(path) as store:
        football = await store.articles.add(make_briefing(title="Ukraine football final", story="football"))
        shelled = await store.articles.add(make_briefing(title="Ukraine shelled overnight", story="rates"))
        assert list(await store.subscriptions.match(football)) == [Destination(2)]
        assert list(await store.subscriptions.match(shelled)) == [Destination(1)]
