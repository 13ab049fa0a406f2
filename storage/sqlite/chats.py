"""Chats and their subscriptions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from briefing.topics import match_keys, topic_key

from ..base import MAX_SUBSCRIPTIONS_PER_CHAT
from ..errors import ChatNotFound, TooManySubscriptions
from ..models import Article, Chat, ChatSettings, Subscription
from ..topic_rules import KEY_FINGERPRINT_META, key_fingerprint, validated_topic
from . import rows
from .db import Database, fetch_all, fetch_one, guarded, now_ts

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
# One index lookup per key (subscriptions_key); keys arrive as one JSON array parameter, so
# there is no variable-count limit and no SQL built from input.
_MATCH = """
SELECT s.chat_id, s.topic FROM subscriptions AS s JOIN chats AS c ON c.id = s.chat_id
WHERE s.key IN (SELECT value FROM json_each(?)) AND c.active = 1
ORDER BY s.chat_id, s.created_at, s.topic
"""


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
        """Move ``old_id`` to ``new_id`` with its settings, subscriptions and deliveries.

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
            await conn.execute("DELETE FROM chats WHERE id = ?", (old_id,))  # cascades leftovers

    async def with_mode(self, mode: str) -> list[Chat]:
        return [rows.chat(r) for r in await self._db.all(_WITH_MODE, (mode,))]


@guarded
class SqliteSubscriptions:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, chat_id: int, topic: str) -> bool:
        display, key = validated_topic(topic)
        async with self._db.write() as conn:
            if await fetch_one(
                conn, "SELECT 1 FROM subscriptions WHERE chat_id = ? AND key = ?", (chat_id, key)
            ):
                return False
            count = await fetch_one(
                conn, "SELECT count(*) FROM subscriptions WHERE chat_id = ?", (chat_id,)
            )
            if count[0] >= MAX_SUBSCRIPTIONS_PER_CHAT:
                raise TooManySubscriptions(MAX_SUBSCRIPTIONS_PER_CHAT)
            try:
                await conn.execute(
                    "INSERT INTO subscriptions (chat_id, topic, key, created_at) VALUES (?, ?, ?, ?)",
                    (chat_id, display, key, now_ts()),
                )
            except sqlite3.IntegrityError as exc:  # foreign key: the chat was never registered
                raise ChatNotFound(chat_id) from exc
        return True

    async def remove(self, chat_id: int, topic: str) -> bool:
        key = topic_key(topic)
        if not key:
            return False
        async with self._db.write() as conn:
            cursor = await conn.execute(
                "DELETE FROM subscriptions WHERE chat_id = ? AND key = ?", (chat_id, key)
            )
            return cursor.rowcount > 0

    async def for_chat(self, chat_id: int) -> list[Subscription]:
        found = await self._db.all(
            "SELECT chat_id, topic, key, created_at FROM subscriptions WHERE chat_id = ? "
            "ORDER BY created_at, topic",
            (chat_id,),
        )
        return [rows.subscription(r) for r in found]

    async def count(self) -> int:
        return int(await self._db.scalar("SELECT count(*) FROM subscriptions"))

    async def refresh_keys(self) -> int:
        """Re-derive every stored key when ``topic_key`` changed since they were written
        (``topic_rules.key_fingerprint``); called at open. Returns how many rows were re-keyed.
        """
        fingerprint = key_fingerprint()
        if (
            await self._db.scalar("SELECT value FROM meta WHERE key = ?", (KEY_FINGERPRINT_META,))
            == fingerprint
        ):
            return 0
        changed = 0
        async with self._db.write() as conn:
            for chat_id, topic, key in await fetch_all(
                conn, "SELECT chat_id, topic, key FROM subscriptions"
            ):
                new_key = topic_key(topic)
                if new_key and new_key != key:
                    # OR IGNORE: two topics that now share a key collapse into one.
                    cursor = await conn.execute(
                        "UPDATE OR IGNORE subscriptions SET key = ? WHERE chat_id = ? AND key = ?",
                        (new_key, chat_id, key),
                    )
                    changed += cursor.rowcount
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (KEY_FINGERPRINT_META, fingerprint),
            )
        return changed

    async def match(self, article: Article) -> dict[int, list[str]]:
        """Near-duplicates (``duplicate_of`` set) match nobody: the story was pushed already."""
        if article.duplicate_of is not None:
            return {}
        briefing = article.briefing
        keys = match_keys(article.title, *briefing.summary, *briefing.topics)
        if not keys:
            return {}
        matched: dict[int, list[str]] = {}
        for row in await self._db.all(_MATCH, (json.dumps(sorted(keys)),)):
            matched.setdefault(row["chat_id"], []).append(row["topic"])
        return matched
