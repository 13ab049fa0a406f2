"""Feeds (with conditional-GET state and error backoff), meta key/values and leases."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import asyncpg

from ..errors import DuplicateFeed
from ..models import Feed, NewFeed
from ..rate_budget import META_PREFIX
from . import rows
from .db import Database, guarded, text
from .deliveries import SESSION_ALIVE

MAX_ERROR_CHARS = 500
_F = rows.FEED_COLUMNS
_INSERT = f"INSERT INTO feeds (url, added_by, created_at) VALUES ($1, $2, $3) RETURNING {_F}"  # noqa: S608
_INSERT_NEW = f"""
INSERT INTO feeds (url, title, added_by, created_at, imported) VALUES ($1, $2, $3, $4, true)
ON CONFLICT (url) DO NOTHING RETURNING {_F}
"""  # noqa: S608
_LIST = f"SELECT {_F} FROM feeds ORDER BY id"  # noqa: S608
_DUE = f"""
SELECT {_F} FROM feeds WHERE next_poll_at IS NULL OR next_poll_at <= $1
ORDER BY next_poll_at NULLS FIRST, id LIMIT $2
"""  # noqa: S608
# Taken when free, expired, or held by a session that no longer exists (its process died,
# on any machine); renewed by its holder. RETURNING yields a row only when we hold it.
_TRY_LEASE = f"""
INSERT INTO leases (name, holder, session, expires_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (name) DO UPDATE SET
    holder = excluded.holder, session = excluded.session, expires_at = excluded.expires_at
WHERE leases.holder = excluded.holder OR leases.expires_at <= $5
   OR (leases.session IS NOT NULL AND NOT {SESSION_ALIVE.format(column="leases.session")})
RETURNING holder
"""  # noqa: S608
_LEASE_HOLDER = f"""
SELECT holder FROM leases WHERE name = $1 AND expires_at > $2
  AND (session IS NULL OR {SESSION_ALIVE.format(column="session")})
"""  # noqa: S608
# ``rate_budget.book`` as one statement (one round trip per reply): the upsert takes the row lock,
# so concurrent workers book one after another. The server's clock is the one clock every worker
# shares. $2 = interval, $3 = burst tolerance; returns the seconds to wait.
_BOOK_SLOT = """
INSERT INTO meta AS m (key, value)
VALUES ($1, (extract(epoch FROM statement_timestamp())::float8 + $2::float8)::text)
ON CONFLICT (key) DO UPDATE SET
    value = (greatest(m.value::float8, extract(epoch FROM statement_timestamp())::float8) + $2::float8)::text
RETURNING greatest(0, m.value::float8 - $2::float8 - $3::float8 - extract(epoch FROM statement_timestamp())::float8)
"""
_SET = "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"


@guarded
class PgFeeds:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, url: str, *, added_by: int | None = None) -> Feed:
        url = text(url.strip()) or ""
        try:
            row = await self._db.one(_INSERT, (url, added_by, datetime.now(UTC)))
        except asyncpg.UniqueViolationError as exc:
            existing = await self._db.scalar("SELECT id FROM feeds WHERE url = $1", (url,))
            if existing is None:
                raise
            raise DuplicateFeed(existing) from exc
        assert row is not None  # INSERT … RETURNING
        return rows.feed(row)

    async def add_many(
        self, feeds: Sequence[NewFeed], *, added_by: int | None = None
    ) -> builtins.list[Feed]:
        stamp = datetime.now(UTC)
        created: builtins.list[Feed] = []
        async with self._db.write() as conn:
            for feed in feeds:
                row = await conn.fetchrow(
                    _INSERT_NEW, text(feed.url.strip()), text(feed.title), added_by, stamp
                )
                if row is not None:
                    created.append(rows.feed(row))
        return created

    async def remove(self, url: str) -> bool:
        return await self._db.execute("DELETE FROM feeds WHERE url = $1", (text(url.strip()),)) > 0

    async def list(self) -> list[Feed]:
        return [rows.feed(r) for r in await self._db.all(_LIST)]

    async def due(self, *, now: datetime, limit: int = 20) -> builtins.list[Feed]:
        """Never-polled feeds first, then the most overdue."""
        return [rows.feed(r) for r in await self._db.all(_DUE, (now, max(0, limit)))]

    async def record_success(
        self,
        feed_id: int,
        *,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        now: datetime,
        next_poll_at: datetime,
        body_hash: str | None = None,
    ) -> None:
        await self._db.execute(
            "UPDATE feeds SET etag = $1, last_modified = $2, title = coalesce($3, title), "
            "last_polled_at = $4, next_poll_at = $5, errors = 0, last_error = NULL, "
            "body_hash = $6 WHERE id = $7",
            (text(etag), text(last_modified), text(title), now, next_poll_at, text(body_hash), feed_id),
        )

    async def record_unchanged(
        self, feed_ids: Sequence[int], *, now: datetime, next_poll_at: datetime
    ) -> None:
        await self._db.execute(
            "UPDATE feeds SET last_polled_at = $1, next_poll_at = $2, errors = 0, last_error = NULL "
            "WHERE id = ANY($3::bigint[])",
            (now, next_poll_at, [int(i) for i in feed_ids]),
        )

    async def record_error(
        self, feed_id: int, error: str, *, now: datetime, next_poll_at: datetime
    ) -> None:
        await self._db.execute(
            "UPDATE feeds SET errors = errors + 1, last_error = $1, last_polled_at = $2, "
            "next_poll_at = $3 WHERE id = $4",
            (text(error[:MAX_ERROR_CHARS]), now, next_poll_at, feed_id),
        )

    async def postpone(self, feed_id: int, *, next_poll_at: datetime) -> None:
        await self._db.execute("UPDATE feeds SET next_poll_at = $1 WHERE id = $2", (next_poll_at, feed_id))

    async def set_alerted(self, feed_ids: Sequence[int], alerted: bool) -> None:
        await self._db.execute(
            "UPDATE feeds SET failure_alerted = $1 WHERE id = ANY($2::bigint[])",
            (alerted, [int(i) for i in feed_ids]),
        )

    async def seen(self, feed_id: int, entry_key: str) -> bool:
        row = await self._db.one(
            "SELECT 1 FROM feed_entries WHERE feed_id = $1 AND entry_key = $2",
            (feed_id, text(entry_key)),
        )
        return row is not None

    async def mark_seen(self, feed_id: int, entry_key: str) -> None:
        await self._db.execute(
            "INSERT INTO feed_entries (feed_id, entry_key, seen_at) VALUES ($1, $2, $3) "
            "ON CONFLICT DO NOTHING",
            (feed_id, text(entry_key), datetime.now(UTC)),
        )

    async def seen_keys(self, feed_id: int, keys: Sequence[str]) -> dict[str, datetime]:
        """One query for any number of keys (an array parameter: no per-query limit)."""
        found = await self._db.all(
            "SELECT entry_key, seen_at FROM feed_entries WHERE feed_id = $1 AND entry_key = ANY($2::text[])",
            (feed_id, list(dict.fromkeys(text(k) for k in keys))),
        )
        return {r["entry_key"]: r["seen_at"] for r in found}

    async def mark_seen_many(
        self, feed_id: int, keys: Sequence[str], *, now: datetime | None = None
    ) -> None:
        unique = list(dict.fromkeys(text(k) for k in keys))
        if not unique:
            return
        await self._db.execute(
            "INSERT INTO feed_entries (feed_id, entry_key, seen_at) "
            "SELECT $1, k, $3 FROM unnest($2::text[]) AS k "
            "ON CONFLICT (feed_id, entry_key) DO UPDATE SET seen_at = excluded.seen_at",
            (feed_id, unique, now or datetime.now(UTC)),
        )

    async def prune_seen(self, feed_id: int, *, keep: Sequence[str], seen_before: datetime) -> int:
        return await self._db.execute(
            "DELETE FROM feed_entries WHERE feed_id = $1 AND seen_at < $2 AND NOT entry_key = ANY($3::text[])",
            (feed_id, seen_before, list(dict.fromkeys(text(k) for k in keep))),
        )


@guarded
class PgMeta:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, key: str) -> str | None:
        value: str | None = await self._db.scalar("SELECT value FROM meta WHERE key = $1", (text(key),))
        return value

    async def set(self, key: str, value: str) -> None:
        await self._db.execute(_SET, (text(key), text(value)))

    async def try_lease(self, name: str, holder: str, *, ttl_seconds: float, now: datetime) -> bool:
        """Take the lease if free, expired or its holder's session is gone; renew it if ours."""
        expires = now + timedelta(seconds=ttl_seconds)
        row = await self._db.one(_TRY_LEASE, (name, holder, self._db.session, expires, now))
        return row is not None

    async def lease_holder(self, name: str, *, now: datetime) -> str | None:
        holder: str | None = await self._db.scalar(_LEASE_HOLDER, (name, now))
        return holder

    async def release_lease(self, name: str, holder: str) -> None:
        await self._db.execute("DELETE FROM leases WHERE name = $1 AND holder = $2", (name, holder))

    async def reserve_rate_slot(self, name: str, *, interval: float, burst: int) -> float:
        tolerance = max(0, burst - 1) * interval
        wait: float = await self._db.scalar(_BOOK_SLOT, (META_PREFIX + name, interval, tolerance))
        return wait
