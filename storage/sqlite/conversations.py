"""Conversation state with expiry (``ConversationRepository``) on SQLite: one row per (chat, key)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .db import Database, fetch_one, guarded, now_ts

_PUT = """
INSERT INTO conversations (chat_id, key, value, expires_at) VALUES (?, ?, ?, ?)
ON CONFLICT (chat_id, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
"""
_GET = "SELECT value FROM conversations WHERE chat_id = ? AND key = ? AND expires_at > ?"
_TAKE = "DELETE FROM conversations WHERE chat_id = ? AND key = ? RETURNING value, expires_at"


@guarded
class SqliteConversations:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def put(
        self, chat_id: int, key: str, value: str, *, ttl: timedelta, now: datetime | None = None
    ) -> None:
        expires = now_ts((now or datetime.now(UTC)) + ttl)
        async with self._db.write() as conn:
            await conn.execute(_PUT, (chat_id, key, value, expires))

    async def get(self, chat_id: int, key: str, *, now: datetime | None = None) -> str | None:
        value: str | None = await self._db.scalar(_GET, (chat_id, key, now_ts(now)))
        return value

    async def take(self, chat_id: int, key: str, *, now: datetime | None = None) -> str | None:
        async with self._db.write() as conn:
            row = await fetch_one(conn, _TAKE, (chat_id, key))
        return None if row is None or row[1] <= now_ts(now) else str(row[0])

    async def prune(self, *, now: datetime | None = None) -> int:
        async with self._db.write() as conn:
            cursor = await conn.execute("DELETE FROM conversations WHERE expires_at <= ?", (now_ts(now),))
            return cursor.rowcount
