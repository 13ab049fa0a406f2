"""Feeds (with conditional-GET state and error backoff), meta key/values and leases."""

from __future__ import annotations

import builtins
import json
import sqlite3
import time
from collections.abc import Sequence
from datetime import datetime

from ..errors import DuplicateFeed
from ..models import Feed, NewFeed
from ..rate_budget import book
from . import rows
from .db import Database, fetch_one, from_ts, guarded, now_ts, to_ts

MAX_ERROR_CHARS = 500
_KEYS_PER_QUERY = 500
"""Bound parameters per ``IN (…)`` lookup (SQLite allows 32,766 since 3.32, older builds 999)."""
_F = rows.FEED_COLUMNS
_INSERT = f"INSERT INTO feeds (url, added_by, created_at) VALUES (?, ?, ?) RETURNING {_F}"  # noqa: S608
_INSERT_NEW = (
    f"INSERT INTO feeds (url, title, added_by, created_at, imported) VALUES (?, ?, ?, ?, 1) "  # noqa: S608
    f"ON CONFLICT (url) DO NOTHING RETURNING {_F}"
)
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

    async def add_many(
        self, feeds: Sequence[NewFeed], *, added_by: int | None = None
    ) -> builtins.list[Feed]:
        stamp = now_ts()
        created: builtins.list[Feed] = []
        async with self._db.write() as conn:
            for feed in feeds:
                row = await fetch_one(conn, _INSERT_NEW, (feed.url.strip(), feed.title, added_by, stamp))
                if row is not None:
                    created.append(rows.feed(row))
        return created

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
        body_hash: str | None = None,
    ) -> None:
        async with self._db.write() as conn:
            await conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, title = coalesce(?, title), "
                "last_polled_at = ?, next_poll_at = ?, errors = 0, last_error = NULL, "
                "body_hash = ? WHERE id = ?",
                (etag, last_modified, title, to_ts(now), to_ts(next_poll_at), body_hash, feed_id),
            )

    async def record_unchanged(
        self, feed_ids: Sequence[int], *, now: datetime, next_poll_at: datetime
    ) -> None:
        async with self._db.write() as conn:
            await conn.executemany(
                "UPDATE feeds SET last_polled_at = ?, next_poll_at = ?, errors = 0, last_error = NULL "
                "WHERE id = ?",
                [(to_ts(now), to_ts(next_poll_at), feed_id) for feed_id in feed_ids],
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

    async def postpone(self, feed_id: int, *, next_poll_at: datetime) -> None:
        async with self._db.write() as conn:
            await conn.execute(
                "UPDATE feeds SET next_poll_at = ? WHERE id = ?", (to_ts(next_poll_at), feed_id)
            )

    async def set_alerted(self, feed_ids: Sequence[int], alerted: bool) -> None:
        async with self._db.write() as conn:
            await conn.executemany(
                "UPDATE feeds SET failure_alerted = ? WHERE id = ?",
                [(int(alerted), feed_id) for feed_id in feed_ids],
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

    async def seen_keys(self, feed_id: int, keys: Sequence[str]) -> dict[str, datetime]:
        found: dict[str, datetime] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), _KEYS_PER_QUERY):
            chunk = unique[start : start + _KEYS_PER_QUERY]
            marks = ", ".join("?" * len(chunk))
            for key, seen_at in await self._db.all(
                "SELECT entry_key, seen_at FROM feed_entries "  # noqa: S608 (placeholders only)
                f"WHERE feed_id = ? AND entry_key IN ({marks})",
                (feed_id, *chunk),
            ):
                found[key] = from_ts(seen_at)
        return found

    async def mark_seen_many(
        self, feed_id: int, keys: Sequence[str], *, now: datetime | None = None
    ) -> None:
        stamp = now_ts(now)
        async with self._db.write() as conn:
            await conn.executemany(
                "INSERT INTO feed_entries (feed_id, entry_key, seen_at) VALUES (?, ?, ?) "
                "ON CONFLICT (feed_id, entry_key) DO UPDATE SET seen_at = excluded.seen_at",
                [(feed_id, key, stamp) for key in dict.fromkeys(keys)],
            )

    async def prune_seen(self, feed_id: int, *, keep: Sequence[str], seen_before: datetime) -> int:
        async with self._db.write() as conn:
            cursor = await conn.execute(
                "DELETE FROM feed_entries WHERE feed_id = ? AND seen_at < ? "
                "AND entry_key NOT IN (SELECT value FROM json_each(?))",  # any number of keys
                (feed_id, to_ts(seen_before), json.dumps(list(dict.fromkeys(keep)))),
            )
            return cursor.rowcount


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
