"""A locked, read-only or full SQLite database is reported as StorageUnavailable, never corrupted
(PostgreSQL's equivalents: ``test_postgres.py``)."""

from __future__ import annotations

import sqlite3

import pytest

from storage import StorageUnavailable
from storage.sqlite import SqliteStore

from .conftest import open_backend


def _assert_short_message(exc: StorageUnavailable) -> None:
    text = str(exc)
    assert text and len(text) < 120
    assert not any(word in text.upper() for word in ("INSERT", "SELECT", "UPDATE", "BEGIN"))


async def test_locked_database(tmp_path, make_briefing):
    store = await open_backend("sqlite", tmp_path, busy_timeout_ms=50)
    await store.chats.upsert(1, type="private")
    blocker = sqlite3.connect(tmp_path / "briefbot.db", timeout=0, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        with pytest.raises(StorageUnavailable) as caught:
            await store.articles.add(make_briefing())
        _assert_short_message(caught.value)
        with pytest.raises(StorageUnavailable):
            await store.subscriptions.add(1, "drones")
        assert (await store.chats.get(1)).id == 1  # WAL readers are not blocked
        blocker.execute("ROLLBACK")
        # The failed writes left nothing half-done, and the store works again.
        assert await store.articles.count() == 0
        await store.articles.add(make_briefing())
        assert await store.subscriptions.add(1, "drones") is True
    finally:
        blocker.close()
        await store.close()


async def test_read_only_database(tmp_path, make_briefing):
    path = tmp_path / "briefbot.db"
    writable = await SqliteStore.open(str(path))
    await writable.articles.add(make_briefing())
    await writable.close()
    # Root ignores file modes, so read-only is forced through SQLite's own open flag.
    store = await SqliteStore.open(f"file:{path}?mode=ro")
    try:
        assert await store.articles.count() == 1
        with pytest.raises(StorageUnavailable, match="read-only") as caught:
            await store.articles.add(make_briefing(story="rates"))
        _assert_short_message(caught.value)
        with pytest.raises(StorageUnavailable):
            await store.chats.upsert(1, type="private")
        assert await store.integrity_check() == "ok"
    finally:
        await store.close()
    again = await SqliteStore.open(str(path))
    try:
        assert await again.articles.count() == 1
        assert await again.integrity_check() == "ok"
    finally:
        await again.close()


async def test_missing_read_only_file(tmp_path):
    with pytest.raises(StorageUnavailable):
        await SqliteStore.open(f"file:{tmp_path / 'absent.db'}?mode=ro")


async def test_disk_full(tmp_path, make_briefing):
    store = await SqliteStore.open(str(tmp_path / "briefbot.db"))
    try:
        # Cap the file at its current size: the next page allocation fails like a full disk.
        await store._conn.execute("PRAGMA max_page_count = 1")
        body = tuple(
            f"Paragraph {i} of a long story about flooding in the north." for i in range(400)
        )
        with pytest.raises(StorageUnavailable, match="full"):
            await store.articles.add(make_briefing(paragraphs=body))
        assert await store.articles.count() == 0
        await store._conn.execute("PRAGMA max_page_count = 1000000")
        await store.articles.add(make_briefing())  # not stuck inside the failed transaction
        assert await store.articles.count() == 1
    finally:
        await store.close()
