"""PgStore: opens a pool (every connection named by this store's session), migrates, wires
the repositories."""

from __future__ import annotations

from typing import Any

import asyncpg

from ..errors import StorageUnavailable
from ..models import Stats
from .articles import PgArticles
from .bulk import PgBulk
from .chats import PgChats
from .conversations import PgConversations
from .db import (
    COMMAND_TIMEOUT_S,
    SERVER_SETTINGS,
    Database,
    guarded,
    new_session_id,
    unavailable_message,
)
from .deliveries import PgDeliveries
from .feeds import PgFeeds, PgMeta
from .migrate import available_migrations, migrate, schema_version
from .quotes import PgQuotes
from .stories import PgStories
from .subscriptions import PgSubscriptions

POOL_MAX = 10
"""Connections per worker: commands, the matching job and the sender's concurrent updates
share them (each statement holds one for well under a millisecond)."""
CONNECT_TIMEOUT_S = 10.0
LOCK_TIMEOUT_MS = 10_000
"""A statement waiting this long on a lock (a long migration, a stuck transaction) gives up:
the command gets the "busy" answer instead of queueing forever."""

_STATS = """
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM chats),
       (SELECT count(*) FROM chats WHERE active), (SELECT count(*) FROM subscriptions),
       (SELECT count(*) FROM feeds)
"""


@guarded
class PgStore:
    """The PostgreSQL implementation of ``storage.base.Store``."""

    def __init__(self, pool: asyncpg.Pool, session: str) -> None:
        self._pool = pool
        self._db = db = Database(pool, session)
        self.session = session
        self.articles = PgArticles(db)
        self.chats = PgChats(db)
        self.subscriptions = PgSubscriptions(db)
        self.deliveries = PgDeliveries(db)
        self.feeds = PgFeeds(db)
        self.meta = PgMeta(db)
        self.conversations = PgConversations(db)
        self.quotes = PgQuotes(db)
        self.stories = PgStories(db)
        self.bulk = PgBulk(db)

    @classmethod
    async def open(
        cls, dsn: str, *, pool_max: int = POOL_MAX, lock_timeout_ms: int = LOCK_TIMEOUT_MS,
        **pool_options: Any,
    ) -> PgStore:
        """Connect, migrate, bring derived data up to date (subscription keys, languages of
        older articles, the quotes and stories indexes); StorageUnavailable if the server
        cannot be reached (the message names no password: callers show it)."""
        session = new_session_id()
        try:
            pool = await asyncpg.create_pool(
                dsn,
                min_size=1,
                max_size=pool_max,
                # Never close idle connections: this session must stay visible to the others
                # (leases and in-flight rows of a session with no connection are taken over).
                max_inactive_connection_lifetime=0,
                command_timeout=COMMAND_TIMEOUT_S,
                timeout=CONNECT_TIMEOUT_S,
                server_settings={
                    "application_name": session, "lock_timeout": f"{int(lock_timeout_ms)}ms",
                    **SERVER_SETTINGS,
                },
                **pool_options,
            )
        except Exception as exc:
            message = unavailable_message(exc)
            if message is None and not isinstance(exc, asyncpg.PostgresError):
                raise
            raise StorageUnavailable(_describe(exc)) from exc
        try:
            async with pool.acquire() as conn:
                await migrate(conn)
            store = cls(pool, session)
            await store.subscriptions.refresh_keys()
            await store.articles.backfill_languages()
            await store.quotes.refresh()
            await store.stories.refresh()
        except BaseException:
            await pool.close()
            raise
        return store

    async def stats(self) -> Stats:
        row = await self._db.one(_STATS)
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
        """"ok", or what is wrong: the schema version, or articles whose search terms are
        missing (PostgreSQL checks its own pages and indexes; this checks what we derive)."""
        async with self._db.connection() as conn:
            version = await schema_version(conn)
            if version != available_migrations()[-1].version:
                return f"schema version {version}, expected {available_migrations()[-1].version}"
            missing = await conn.fetchval(
                "SELECT count(*) FROM articles WHERE search_tsv = ''::tsvector AND title <> ''"
            )
        return "ok" if not missing else f"{missing} articles without search terms"

    async def close(self) -> None:
        await self._pool.close()

    async def __aenter__(self) -> PgStore:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _describe(exc: BaseException) -> str:
    """Why the server could not be used, without the DSN (it may hold a password)."""
    if isinstance(exc, asyncpg.InvalidPasswordError):
        return "the server refused the user name or password"
    if isinstance(exc, asyncpg.InvalidCatalogNameError):
        return "the database does not exist"
    if isinstance(exc, asyncpg.PostgresError):
        return f"the server refused the connection ({type(exc).__name__})"
    if isinstance(exc, (TimeoutError, OSError)):
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        return f"the server is unreachable ({reason})"
    return f"the server is unreachable ({type(exc).__name__})"
