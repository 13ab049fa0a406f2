"""Feeds (with conditional-GET state and error backoff), meta key/values and leases."""

from __future__ import annotations

import builtins
import sqlite3
import time
from datetime import datetime

from ..errors import DuplicateFeed
from ..models import Feed
from ..rate_budget import book
from . import rows
from .db import Database, fetch_one, guarded, now_ts, to_ts

MAX_ERROR_CHARS = 500
_F = rows.FEED_COLUMNS
_INSERT = f"INSERT INTO feeds (url, added_by, created_at) VALUES (?, ?, ?) RETURNING {_F}"  # noqa: S608
_LIST = f"SELECT {_F} FROM feeds ORDER BY id"  # noqa: S608
_DUE = f"""
SELECT {_F} FROM feeds WHERE next_poll_at IS NULL OR next_poll_at <= ?
ORDER BY coalesce(next_poll_at, 0), id LIMIT ?
"""  # noqa: S608


@guarded
class SqliteFeeds:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, url: str, *, added_by: int | None = None) -> Feed:
        url = url.strip()
        async with self._db.write() as conn:
            try:
                row = await fetch_one(
                    conn,
                    _INSERT,
                    (url, added_by, now_ts()),
                )
            except sqlite3.IntegrityError as exc:
                existing = await fetch_one(conn, "SELECT id FROM feeds WHERE url = ?", (url,))
                if existing is None:
                    raise
                raise DuplicateFeed(existing[0]) from exc
        return rows.feed(row)

    async def remove(self, url: str) -> bool:
        async with self._db.write() as conn:
            cursor = await conn.execute("DELETE FROM feeds WHERE url = ?", (url.strip(),))
            return cursor.rowcount > 0

    async def list(self) -> list[Feed]:
        return [rows.feed(r) for r in await self._db.all(_LIST)]

    async def due(self, *, now: datetime, limit: int = 20) -> builtins.list[Feed]:
        """Never-polled feeds first, then the most overdue."""
        found = await self._db.all(
            _DUE,
            (to_ts(now), max(0, limit)),
        )
        return [rows.feed(r) for r in found]

    async def record_success(
        self,
        feed_id: int,
        *,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        now: datetime,
        next_poll_at: datetime,
    ) -> None:
        async with self._db.write() as conn:
            await conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, title = coalesce(?, title), "
                "last_polled_at = ?, next_poll_at = ?, errors = 0, last_error = NULL WHERE id = ?",
                (etag, last_modified, title, to_ts(now), to_ts(next_poll_at), feed_id),
            )

    async def record_error(
        self, feed_id: int, error: str, *, now: datetime, next_poll_at: datetime
    ) -> None:
        async with self._db.write() as conn:
            await conn.execute(
                "UPDATE feeds SET errors = errors + 1, last_error = ?, last_polled_at = ?, "
                "next_poll_at = ? WHERE id = ?",
                (error[:MAX_ERROR_CHARS], to_ts(now), to_ts(next_poll_at), feed_id),
            )

    async def seen(self, feed_id: int, entry_key: str) -> bool:
        row = await self._db.one(
            "SELECT 1 FROM feed_entries WHERE feed_id = ? AND entry_key = ?", (feed_id, entry_key)
        )
        return row is not None

    async def mark_seen(self, feed_id: int, entry_key: str) -> None:
        async with self._db.write() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO feed_entries (feed_id, entry_key, seen_at) VALUES (?, ?, ?)",
                (feed_id, entry_key, now_ts()),
            )


@guarded
class SqliteMeta:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._rate_state: dict[str, float] = {}
        """Rate budgets of this handle (see ``reserve_rate_slot``)."""

    async def get(self, key: str) -> str | None:
        value: str | None = await self._db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return value

    async def set(self, key: str, value: str) -> None:
        async with self._db.write() as conn:
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    async def try_lease(self, name: str, holder: str, *, ttl_seconds: float, now: datetime) -> bool:
        """Take the lease if free or expired, renew it if ``holder`` has it; True if held."""
        stamp = now_ts(now)
        async with self._db.write() as conn:
            await conn.execute(
                "INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "
                "expires_at = excluded.expires_at "
                "WHERE leases.holder = excluded.holder OR leases.expires_at <= ?",
                (name, holder, stamp + ttl_seconds, stamp),
            )
            row = await fetch_one(conn, "SELECT holder FROM leases WHERE name = ?", (name,))
        return row is not None and row[0] == holder

    async def lease_holder(self, name: str, *, now: datetime) -> str | None:
        holder: str | None = await self._db.scalar(
            "SELECT holder FROM leases WHERE name = ? AND expires_at > ?", (name, now_ts(now))
        )
        return holder

    async def release_lease(self, name: str, holder: str) -> None:
        async with self._db.write() as conn:
            await conn.execute("DELETE FROM leases WHERE name = ? AND holder = ?", (name, holder))

    async def reserve_rate_slot(self, name: str, *, interval: float, burst: int) -> float:
        tat, wait = book(self._rate_state.get(name), time.time(), interval=interval, burst=burst)
        self._rate_state[name] = tat
        return wait
