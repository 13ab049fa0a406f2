"""Conversation state with expiry (``ConversationRepository``) on PostgreSQL: one row per
(chat, key), read and written by every worker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .db import Database, guarded, text

_PUT = """
INSERT INTO conversations (chat_id, key, value, expires_at) VALUES ($1, $2, $3, $4)
ON CONFLICT (chat_id, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
"""
_GET = "SELECT value FROM conversations WHERE chat_id = $1 AND key = $2 AND expires_at > $3"
_TAKE = "DELETE FROM conversations WHERE chat_id = $1 AND key = $2 RETURNING value, expires_at"


@guarded
class PgConversations:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def put(
        self, chat_id: int, key: str, value: str, *, ttl: timedelta, now: datetime | None = None
    ) -> None:
        expires = (now or datetime.now(UTC)) + ttl
        await self._db.execute(_PUT, (chat_id, text(key), text(value), expires))

    async def get(self, chat_id: int, key: str, *, now: datetime | None = None) -> str | None:
        value: str | None = await self._db.scalar(_GET, (chat_id, text(key), now or datetime.now(UTC)))
        return value

    async def take(self, chat_id: int, key: str, *, now: datetime | None = None) -> str | None:
        row = await self._db.one(_TAKE, (chat_id, text(key)))
        return None if row is None or row[1] <= (now or datetime.now(UTC)) else str(row[0])

    async def prune(self, *, now: datetime | None = None) -> int:
        return await self._db.execute(
            "DELETE FROM conversations WHERE expires_at <= $1", (now or datetime.now(UTC),)
        )
