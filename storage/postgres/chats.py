"""Chats: registration, settings, supergroup migration (subscriptions: ``subscriptions.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from ..errors import ChatNotFound
from ..models import Chat, ChatSettings
from . import rows
from .db import Database, guarded, text

_C = rows.CHAT_COLUMNS
_CHAT_BY_ID = f"SELECT {_C} FROM chats WHERE id = $1"  # noqa: S608
_CHATS_BY_IDS = f"SELECT {_C} FROM chats WHERE id = ANY($1::bigint[])"  # noqa: S608
_UPDATE_SETTINGS = f"UPDATE chats SET settings = $1 WHERE id = $2 RETURNING {_C}"  # noqa: S608
_UPSERT = f"""
INSERT INTO chats (id, type, title, active, settings, created_at) VALUES ($1, $2, $3, true, '{{}}', $4)
ON CONFLICT (id) DO UPDATE SET
    type = excluded.type, title = coalesce(excluded.title, chats.title), active = true
RETURNING {_C}
"""  # noqa: S608
_WITH_MODE = f"""
SELECT {_C} FROM chats
WHERE active AND coalesce(settings::jsonb ->> 'mode', 'instant') = $1 ORDER BY id
"""  # noqa: S608


@guarded
class PgChats:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def upsert(self, chat_id: int, *, type: str, title: str | None = None) -> Chat:
        row = await self._db.one(_UPSERT, (chat_id, text(type), text(title), datetime.now(UTC)))
        assert row is not None  # an upsert always returns its row
        return rows.chat(row)

    async def get(self, chat_id: int) -> Chat:
        row = await self._db.one(_CHAT_BY_ID, (chat_id,))
        if row is None:
            raise ChatNotFound(chat_id)
        return rows.chat(row)

    async def get_many(self, chat_ids: Sequence[int]) -> dict[int, Chat]:
        found = await self._db.all(_CHATS_BY_IDS, ([int(i) for i in chat_ids],))
        return {chat.id: chat for chat in map(rows.chat, found)}

    async def set_active(self, chat_id: int, active: bool) -> None:
        """A no-op for unknown chats (a "bot blocked" update may precede any /start)."""
        await self._db.execute("UPDATE chats SET active = $1 WHERE id = $2", (active, chat_id))

    async def update_settings(self, chat_id: int, settings: ChatSettings) -> Chat:
        row = await self._db.one(_UPDATE_SETTINGS, (settings.model_dump_json(), chat_id))
        if row is None:
            raise ChatNotFound(chat_id)
        return rows.chat(row)

    async def migrate(self, old_id: int, new_id: int) -> None:
        """Move ``old_id`` to ``new_id`` with its settings, subscriptions, mutes and deliveries;
        rows ``new_id`` already has win (same rules as the SQLite backend's ``migrate``)."""
        if old_id == new_id:
            return
        async with self._db.write() as conn:
            old = await conn.fetchrow(
                "SELECT type, title, settings, created_at, active FROM chats WHERE id = $1 FOR UPDATE",
                old_id,
            )
            if old is None:
                return
            await conn.execute(
                "INSERT INTO chats (id, type, title, active, settings, created_at) "
                "VALUES ($1, 'supergroup', $2, $3, $4, $5) "
                "ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, "
                "title = coalesce(chats.title, excluded.title)",
                new_id, old["title"], old["active"], old["settings"], old["created_at"],
            )
            await conn.execute(
                "UPDATE subscriptions AS s SET chat_id = $1 WHERE chat_id = $2 AND NOT EXISTS "
                "(SELECT 1 FROM subscriptions AS n "
                "WHERE n.chat_id = $1 AND n.thread_id = s.thread_id AND n.key = s.key)",
                new_id, old_id,
            )
            await conn.execute(
                "UPDATE deliveries AS d SET chat_id = $1 WHERE chat_id = $2 AND NOT EXISTS "
                "(SELECT 1 FROM deliveries AS n "
                "WHERE n.chat_id = $1 AND n.thread_id = d.thread_id AND n.article_id = d.article_id)",
                new_id, old_id,
            )
            await conn.execute(
                "UPDATE chat_mutes AS m SET chat_id = $1 WHERE chat_id = $2 AND NOT EXISTS "
                "(SELECT 1 FROM chat_mutes AS n WHERE n.chat_id = $1 AND n.key = m.key)",
                new_id, old_id,
            )
            await conn.execute("DELETE FROM chats WHERE id = $1", old_id)  # cascades leftovers

    async def with_mode(self, mode: str) -> list[Chat]:
        return [rows.chat(r) for r in await self._db.all(_WITH_MODE, (mode,))]
