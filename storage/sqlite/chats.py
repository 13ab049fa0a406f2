"""Chats: registration, settings, supergroup migration (subscriptions: ``subscriptions.py``)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..errors import ChatNotFound
from ..models import Chat, ChatSettings
from . import rows
from .db import Database, fetch_one, guarded, now_ts

_CHAT_BY_ID = f"SELECT {rows.CHAT_COLUMNS} FROM chats WHERE id = ?"  # noqa: S608
_CHATS_BY_IDS = f"SELECT {rows.CHAT_COLUMNS} FROM chats WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
_UPDATE_SETTINGS = f"UPDATE chats SET settings = ? WHERE id = ? RETURNING {rows.CHAT_COLUMNS}"  # noqa: S608
_UPSERT = f"""
INSERT INTO chats (id, type, title, active, settings, created_at) VALUES (?, ?, ?, 1, '{{}}', ?)
ON CONFLICT (id) DO UPDATE SET
    type = excluded.type, title = coalesce(excluded.title, chats.title), active = 1
RETURNING {rows.CHAT_COLUMNS}
"""  # noqa: S608
_WITH_MODE = f"""
SELECT {rows.CHAT_COLUMNS} FROM chats
WHERE active = 1 AND coalesce(json_extract(settings, '$.mode'), 'instant') = ? ORDER BY id
"""  # noqa: S608


@guarded
class SqliteChats:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def upsert(self, chat_id: int, *, type: str, title: str | None = None) -> Chat:
        async with self._db.write() as conn:
            row = await fetch_one(conn, _UPSERT, (chat_id, type, title, now_ts()))
        return rows.chat(row)

    async def get(self, chat_id: int) -> Chat:
        row = await self._db.one(_CHAT_BY_ID, (chat_id,))
        if row is None:
            raise ChatNotFound(chat_id)
        return rows.chat(row)

    async def get_many(self, chat_ids: Sequence[int]) -> dict[int, Chat]:
        found = await self._db.all(_CHATS_BY_IDS, (json.dumps(list(chat_ids)),))
        return {chat.id: chat for chat in map(rows.chat, found)}

    async def set_active(self, chat_id: int, active: bool) -> None:
        """A no-op for unknown chats (a "bot blocked" update may precede any /start)."""
        async with self._db.write() as conn:
            await conn.execute("UPDATE chats SET active = ? WHERE id = ?", (int(active), chat_id))

    async def update_settings(self, chat_id: int, settings: ChatSettings) -> Chat:
        async with self._db.write() as conn:
            row = await fetch_one(
                conn,
                _UPDATE_SETTINGS,
                (settings.model_dump_json(), chat_id),
            )
        if row is None:
            raise ChatNotFound(chat_id)
        return rows.chat(row)

    async def migrate(self, old_id: int, new_id: int) -> None:
        """Move ``old_id`` to ``new_id`` with its settings, subscriptions, mutes and deliveries.

        If ``new_id`` already exists (the supergroup spoke before the migration update
        arrived) rows are merged: the new chat takes the old settings, and subscriptions or
        deliveries it already has win over the old ones. Unknown ``old_id``: nothing to do.
        """
        if old_id == new_id:
            return
        async with self._db.write() as conn:
            old = await fetch_one(
                conn,
                "SELECT type, title, settings, created_at, active FROM chats WHERE id = ?",
                (old_id,),
            )
            if old is None:
                return
            await conn.execute(
                "INSERT INTO chats (id, type, title, active, settings, created_at) "
                "VALUES (?, 'supergroup', ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, "
                "title = coalesce(chats.title, excluded.title)",
                (new_id, old["title"], old["active"], old["settings"], old["created_at"]),
            )
            await conn.execute(
                "UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE chat_id = ?", (new_id, old_id)
            )
            await conn.execute(
                "UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ?", (new_id, old_id)
            )
            await conn.execute(
                "UPDATE OR IGNORE chat_mutes SET chat_id = ? WHERE chat_id = ?", (new_id, old_id)
            )
            await conn.execute("DELETE FROM chats WHERE id = ?", (old_id,))  # cascades leftovers

    async def with_mode(self, mode: str) -> list[Chat]:
        return [rows.chat(r) for r in await self._db.all(_WITH_MODE, (mode,))]
