"""SqliteStore: opens the file (WAL, foreign keys, busy timeout), migrates, wires repositories."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from pathlib import Path
from typing import NoReturn

import aiosqlite

from ..errors import StorageUnavailable
from ..models import Stats
from .articles import SqliteArticles
from .chats import SqliteChats
from .db import Database, guarded, unavailable_message
from .deliveries import SqliteDeliveries
from .feeds import SqliteFeeds, SqliteMeta
from .migrate import migrate
from .quotes import SqliteQuotes
from .stories import SqliteStories
from .subscriptions import SqliteSubscriptions

DEFAULT_BUSY_TIMEOUT_MS = 5000
"""How long a writer waits for another process (a CLI ``ingest`` next to the bot) to commit."""

_STATS = """
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM chats),
       (SELECT count(*) FROM chats WHERE active = 1), (SELECT count(*) FROM subscriptions),
       (SELECT count(*) FROM feeds)
"""


async def connect(
    path: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> aiosqlite.Connection:
    """A configured connection. ``path`` may be a ``file:`` URI (e.g. ``?mode=ro``)."""
    uri = path.startswith("file:")
    if not uri and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: no implicit transactions; every write says BEGIN IMMEDIATE itself.
    pending = aiosqlite.connect(path, isolation_level=None, uri=uri)
    try:
        conn = await pending
    except BaseException:
        # aiosqlite stops its worker thread on a failed connect without waiting for it; if the
        # event loop closes first, the thread's final callback raises "Event loop is closed".
        # Wait for the thread here so a failed open leaves nothing running.
        await asyncio.to_thread(pending._thread.join, 5.0)
        raise
    try:
        conn.row_factory = sqlite3.Row
        await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
    except BaseException:
        await conn.close()
        raise
    return conn


def _raise_mapped(exc: sqlite3.OperationalError) -> NoReturn:
    """Re-raise ``exc`` as StorageUnavailable when it means "unavailable", else unchanged."""
    message = unavailable_message(exc)
    if message is None:
        raise exc
    raise StorageUnavailable(message) from exc


@guarded
class SqliteStore:
    """The SQLite implementation of ``storage.base.Store``."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn
        db = Database(conn)
        self.articles = SqliteArticles(db)
        self.chats = SqliteChats(db)
        self.subscriptions = SqliteSubscriptions(db)
        self.deliveries = SqliteDeliveries(db)
        self.feeds = SqliteFeeds(db)
        self.meta = SqliteMeta(db)
        self.quotes = SqliteQuotes(db)
        self.stories = SqliteStories(db)

    @classmethod
    async def open(
        cls, path: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
    ) -> SqliteStore:
        """Open (creating and migrating) the database; StorageUnavailable if it cannot be."""
        try:
            conn = await connect(str(path), busy_timeout_ms=busy_timeout_ms)
        except sqlite3.OperationalError as exc:
            _raise_mapped(exc)
        try:
            await migrate(conn)
            store = cls(conn)
            # Read-only or busy: keys are refreshed at the next writable open instead.
            with contextlib.suppress(StorageUnavailable):
                await store.subscriptions.refresh_keys()
                await store.articles.backfill_languages()
                await store.quotes.refresh()
                await store.stories.refresh()
        except BaseException as exc:
            await conn.close()  # an open aiosqlite thread would keep the process alive
            if isinstance(exc, sqlite3.OperationalError):
                _raise_mapped(exc)
            raise
        return store

    async def stats(self) -> Stats:
        async with self._conn.execute(_STATS) as cursor:
            row = await cursor.fetchone()
        assert row is not None  # an aggregate query always returns one row
        articles, chats, active, subscriptions, feeds = row
        return Stats(
            articles=articles,
            chats=chats,
            active_chats=active,
            subscriptions=subscriptions,
            deliveries=await self.deliveries.counts(),
            feeds=feeds,
        )

    async def integrity_check(self) -> str:
        """ "ok", or what ``PRAGMA integrity_check`` / the FTS index check found wrong."""
        async with self._conn.execute("PRAGMA integrity_check") as cursor:
            problems = [row[0] for row in await cursor.fetchall()]
        if problems != ["ok"]:
            return "; ".join(problems[:20])
        try:
            # FTS5 verifies the index against the articles table; raises if they disagree.
            await self._conn.execute(
                "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"
            )
        except sqlite3.DatabaseError as exc:
            if unavailable_message(exc) is not None and "readonly" in str(exc).lower():
                return "ok"  # read-only handle: the b-tree check above is what we can do
            return f"full-text index: {exc}"
        return "ok"

    async def close(self) -> None:
        """Always call it: the aiosqlite worker thread keeps the process alive until then."""
        await self._conn.close()

    async def __aenter__(self) -> SqliteStore:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
