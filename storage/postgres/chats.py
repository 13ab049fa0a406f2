"""Chats and their subscriptions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import asyncpg

from briefing.topics import match_keys, topic_key

from ..base import MAX_SUBSCRIPTIONS_PER_CHAT
from ..errors import ChatNotFound, TooManySubscriptions
from ..models import Article, Chat, ChatSettings, Subscription
from ..topic_rules import KEY_FINGERPRINT_META, key_fingerprint, validated_topic
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
_MATCH = """
SELECT s.chat_id, s.topic FROM subscriptions AS s JOIN chats AS c ON c.id = s.chat_id
WHERE s.key = ANY($1::text[]) AND c.active
ORDER BY s.chat_id, s.created_at, s.topic COLLATE "C"
"""
_SET_META = (
    "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


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
        """Move ``old_id`` to ``new_id`` with its settings, subscriptions and deliveries; rows
        ``new_id`` already has win (same rules as the SQLite backend's ``migrate``)."""
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
                "(SELECT 1 FROM subscriptions AS n WHERE n.chat_id = $1 AND n.key = s.key)",
                new_id, old_id,
            )
            await conn.execute(
                "UPDATE deliveries AS d SET chat_id = $1 WHERE chat_id = $2 AND NOT EXISTS "
                "(SELECT 1 FROM deliveries AS n WHERE n.chat_id = $1 AND n.article_id = d.article_id)",
                new_id, old_id,
            )
            await conn.execute("DELETE FROM chats WHERE id = $1", old_id)  # cascades leftovers

    async def with_mode(self, mode: str) -> list[Chat]:
        return [rows.chat(r) for r in await self._db.all(_WITH_MODE, (mode,))]


@guarded
class PgSubscriptions:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, chat_id: int, topic: str) -> bool:
        display, key = validated_topic(topic)
        async with self._db.write() as conn:
            # Lock the chat row: two workers adding to one chat at once cannot both pass the
            # limit check (and a missing chat is ChatNotFound, as the foreign key would say).
            if await conn.fetchval("SELECT 1 FROM chats WHERE id = $1 FOR UPDATE", chat_id) is None:
                raise ChatNotFound(chat_id)
            if await conn.fetchval(
                "SELECT 1 FROM subscriptions WHERE chat_id = $1 AND key = $2", chat_id, key
            ):
                return False
            count = await conn.fetchval(
                "SELECT count(*) FROM subscriptions WHERE chat_id = $1", chat_id
            )
            if count >= MAX_SUBSCRIPTIONS_PER_CHAT:
                raise TooManySubscriptions(MAX_SUBSCRIPTIONS_PER_CHAT)
            try:
                await conn.execute(
                    "INSERT INTO subscriptions (chat_id, topic, key, created_at) VALUES ($1, $2, $3, $4)",
                    chat_id, display, key, datetime.now(UTC),
                )
            except asyncpg.ForeignKeyViolationError as exc:
                raise ChatNotFound(chat_id) from exc
        return True

    async def remove(self, chat_id: int, topic: str) -> bool:
        key = topic_key(topic)
        if not key:
            return False
        deleted = await self._db.execute(
            "DELETE FROM subscriptions WHERE chat_id = $1 AND key = $2", (chat_id, text(key))
        )
        return deleted > 0

    async def for_chat(self, chat_id: int) -> list[Subscription]:
        found = await self._db.all(
            "SELECT chat_id, topic, key, created_at FROM subscriptions WHERE chat_id = $1 "
            'ORDER BY created_at, topic COLLATE "C"',
            (chat_id,),
        )
        return [rows.subscription(r) for r in found]

    async def count(self) -> int:
        return int(await self._db.scalar("SELECT count(*) FROM subscriptions"))

    async def refresh_keys(self) -> int:
        """Re-derive stored keys when ``topic_key`` changed (``topic_rules.key_fingerprint``)."""
        fingerprint = key_fingerprint()
        stored = await self._db.scalar("SELECT value FROM meta WHERE key = $1", (KEY_FINGERPRINT_META,))
        if stored == fingerprint:
            return 0
        changed = 0
        async with self._db.write() as conn:
            for chat_id, topic, key in await conn.fetch("SELECT chat_id, topic, key FROM subscriptions"):
                new_key = topic_key(topic)
                if new_key and new_key != key:
                    # Two topics that now share a key collapse into one.
                    status = await conn.execute(
                        "UPDATE subscriptions SET key = $1 WHERE chat_id = $2 AND key = $3 AND NOT "
                        "EXISTS (SELECT 1 FROM subscriptions WHERE chat_id = $2 AND key = $1)",
                        new_key, chat_id, key,
                    )
                    changed += int(status.rsplit(" ", 1)[-1])
            await conn.execute(_SET_META, KEY_FINGERPRINT_META, fingerprint)
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
        for row in await self._db.all(_MATCH, (sorted(text(k) or "" for k in keys),)):
            matched.setdefault(row["chat_id"], []).append(row["topic"])
        return matched
