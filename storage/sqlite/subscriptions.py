"""Subscriptions (per chat or per forum topic, with exclusions), per-chat mutes, and matching.

Forum topics: ``thread_id`` is stored as 0 for "the chat itself" (so UNIQUE (chat, thread, key)
holds; NULLs would all be distinct) and handed out as None.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

import aiosqlite

from briefing.topics import topic_key

from ..base import MAX_SUBSCRIPTIONS_PER_CHAT
from ..errors import ChatNotFound, TooManyMutes, TooManySubscriptions
from ..models import Article, Destination, Subscription
from ..topic_rules import (
    KEY_FINGERPRINT_META,
    MAX_MUTES_PER_CHAT,
    article_keys,
    destinations,
    exclusion_columns,
    is_tagged,
    key_fingerprint,
    rekeyed_mute,
    rekeyed_subscription,
    tagged_rows,
    validated_exclusions,
    validated_topic,
)
from . import rows
from .db import Database, fetch_all, fetch_one, guarded, now_ts

# One lookup per key in subscriptions_match, which covers every column read here, so the table
# is not touched; keys arrive as one JSON array parameter (?1, read three times), so there is no
# variable-count limit and no SQL built from input. Exclusions and mutes are filtered here too,
# so a wide article (~2,000 rows) hands back only what applies and no row is decoded in Python:
# a subscription is dropped when one of its exclusion keys is one of the article's (its JSON
# array scanned against the article's keys, a list built once per statement), a chat when it
# mutes one of them (chat_mutes_key, one lookup per key, also built once).
_MATCH = """
SELECT s.chat_id, s.thread_id, s.topic
FROM subscriptions AS s JOIN chats AS c ON c.id = s.chat_id
WHERE s.key IN (SELECT value FROM json_each(?1)) AND c.active = 1 AND s.paused = 0
    AND (s.exclude_keys = '[]' OR NOT EXISTS (
        SELECT 1 FROM json_each(s.exclude_keys) AS x WHERE x.value IN (SELECT value FROM json_each(?1))
    ))
    AND s.chat_id NOT IN (SELECT m.chat_id FROM chat_mutes AS m WHERE m.key IN (SELECT value FROM json_each(?1)))
ORDER BY s.chat_id, s.thread_id, s.created_at, s.topic
"""
# An article in another language: its tagged keys ("uk:тролейбус") -> the untagged keys of the
# topics, exclusions and mutes that have that form in its language (rows from ``tagged_keys``).
_KEYS_IN_LANGUAGE = """
SELECT DISTINCT key FROM topic_keys WHERE match_key IN (SELECT value FROM json_each(?))
"""
_INSERT_TAGGED = "INSERT OR IGNORE INTO topic_keys (key, match_key) VALUES (?, ?)"
_FOR_DESTINATION = f"""
SELECT {rows.SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE chat_id = ? AND thread_id = ?
ORDER BY created_at, topic
"""  # noqa: S608


def _thread(thread_id: int | None) -> int:
    return thread_id or 0


@guarded
class SqliteSubscriptions:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        chat_id: int,
        topic: str,
        *,
        thread_id: int | None = None,
        exclude: Sequence[str] | None = None,
    ) -> bool:
        display, key = validated_topic(topic)
        thread = _thread(thread_id)
        excluded = None if exclude is None else validated_exclusions(exclude, own_key=key)
        async with self._db.write() as conn:
            if thread:  # subscribing in a topic shows it is open again
                await conn.execute(
                    "UPDATE subscriptions SET paused = 0 WHERE chat_id = ? AND thread_id = ? AND paused = 1",
                    (chat_id, thread),
                )
            if await fetch_one(
                conn,
                "SELECT 1 FROM subscriptions WHERE chat_id = ? AND thread_id = ? AND key = ?",
                (chat_id, thread, key),
            ):
                if excluded is not None:
                    await _write_tagged(conn, [(k, w) for w, k in excluded])
                    await conn.execute(
                        "UPDATE subscriptions SET exclude_words = ?, exclude_keys = ? "
                        "WHERE chat_id = ? AND thread_id = ? AND key = ?",
                        (*exclusion_columns(excluded), chat_id, thread, key),
                    )
                return False
            count = await fetch_one(
                conn, "SELECT count(*) FROM subscriptions WHERE chat_id = ?", (chat_id,)
            )
            if count[0] >= MAX_SUBSCRIPTIONS_PER_CHAT:
                raise TooManySubscriptions(MAX_SUBSCRIPTIONS_PER_CHAT)
            try:
                await conn.execute(
                    "INSERT INTO subscriptions (chat_id, thread_id, topic, key, exclude_words, "
                    "exclude_keys, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (chat_id, thread, display, key, *exclusion_columns(excluded or []), now_ts()),
                )
            except sqlite3.IntegrityError as exc:  # foreign key: the chat was never registered
                raise ChatNotFound(chat_id) from exc
            await _write_tagged(conn, [(key, topic), *((k, w) for w, k in excluded or [])])
        return True

    async def remove(self, chat_id: int, topic: str, *, thread_id: int | None = None) -> bool:
        key = topic_key(topic)
        if not key:
            return False
        async with self._db.write() as conn:
            cursor = await conn.execute(
                "DELETE FROM subscriptions WHERE chat_id = ? AND thread_id = ? AND key = ?",
                (chat_id, _thread(thread_id), key),
            )
            return cursor.rowcount > 0

    async def for_chat(self, chat_id: int, *, thread_id: int | None = None) -> list[Subscription]:
        found = await self._db.all(_FOR_DESTINATION, (chat_id, _thread(thread_id)))
        return [rows.subscription(r) for r in found]

    async def count(self) -> int:
        return int(await self._db.scalar("SELECT count(*) FROM subscriptions"))

    async def pause_thread(self, chat_id: int, thread_id: int) -> int:
        return await self._set_paused(chat_id, thread_id, paused=True)

    async def resume_thread(self, chat_id: int, thread_id: int) -> int:
        return await self._set_paused(chat_id, thread_id, paused=False)

    async def paused_in_topics(self, chat_id: int) -> int:
        return int(
            await self._db.scalar(
                "SELECT count(*) FROM subscriptions WHERE chat_id = ? AND thread_id != 0 AND paused = 1",
                (chat_id,),
            )
        )

    async def _set_paused(self, chat_id: int, thread_id: int, *, paused: bool) -> int:
        if not thread_id:  # only forum topics pause; the chat itself is deactivated instead
            return 0
        async with self._db.write() as conn:
            cursor = await conn.execute(
                "UPDATE subscriptions SET paused = ? WHERE chat_id = ? AND thread_id = ? AND paused = ?",
                (int(paused), chat_id, thread_id, int(not paused)),
            )
            return cursor.rowcount

    async def mute(self, chat_id: int, word: str) -> bool:
        display, key = validated_topic(word)
        async with self._db.write() as conn:
            if await fetch_one(
                conn, "SELECT 1 FROM chat_mutes WHERE chat_id = ? AND key = ?", (chat_id, key)
            ):
                return False
            count = await fetch_one(conn, "SELECT count(*) FROM chat_mutes WHERE chat_id = ?", (chat_id,))
            if count[0] >= MAX_MUTES_PER_CHAT:
                raise TooManyMutes(MAX_MUTES_PER_CHAT)
            try:
                await conn.execute(
                    "INSERT INTO chat_mutes (chat_id, word, key, created_at) VALUES (?, ?, ?, ?)",
                    (chat_id, display, key, now_ts()),
                )
            except sqlite3.IntegrityError as exc:
                raise ChatNotFound(chat_id) from exc
            await _write_tagged(conn, [(key, word)])
        return True

    async def unmute(self, chat_id: int, word: str) -> bool:
        key = topic_key(word)
        if not key:
            return False
        async with self._db.write() as conn:
            cursor = await conn.execute(
                "DELETE FROM chat_mutes WHERE chat_id = ? AND key = ?", (chat_id, key)
            )
            return cursor.rowcount > 0

    async def mutes(self, chat_id: int) -> list[str]:
        found = await self._db.all(
            "SELECT word FROM chat_mutes WHERE chat_id = ? ORDER BY created_at, word", (chat_id,)
        )
        return [row[0] for row in found]

    async def refresh_keys(self) -> int:
        """Re-derive every stored key (topics, exclusions, mutes) when ``topic_key`` changed
        since they were written (``topic_rules.key_fingerprint``); called at open. Returns how
        many rows were re-keyed.
        """
        fingerprint = key_fingerprint()
        if (
            await self._db.scalar("SELECT value FROM meta WHERE key = ?", (KEY_FINGERPRINT_META,))
            == fingerprint
        ):
            return 0
        changed = 0
        async with self._db.write() as conn:
            await conn.execute("DELETE FROM topic_keys")  # rebuilt below from every word
            for chat_id, thread, topic, key, words, old_keys in await fetch_all(
                conn,
                "SELECT chat_id, thread_id, topic, key, exclude_words, exclude_keys FROM subscriptions",
            ):
                new_key, new_keys, tagged = rekeyed_subscription(topic, key, words)
                await conn.executemany(_INSERT_TAGGED, tagged)
                if new_key != key or new_keys != old_keys:
                    # OR IGNORE: two topics that now share a key collapse into one.
                    cursor = await conn.execute(
                        "UPDATE OR IGNORE subscriptions SET key = ?, exclude_keys = ? "
                        "WHERE chat_id = ? AND thread_id = ? AND key = ?",
                        (new_key, new_keys, chat_id, thread, key),
                    )
                    changed += cursor.rowcount
            for chat_id, word, key in await fetch_all(conn, "SELECT chat_id, word, key FROM chat_mutes"):
                new_key, tagged = rekeyed_mute(word, key)
                await conn.executemany(_INSERT_TAGGED, tagged)
                if new_key != key:
                    cursor = await conn.execute(
                        "UPDATE OR IGNORE chat_mutes SET key = ? WHERE chat_id = ? AND key = ?",
                        (new_key, chat_id, key),
                    )
                    changed += cursor.rowcount
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (KEY_FINGERPRINT_META, fingerprint),
            )
        return changed

    async def match(self, article: Article) -> dict[Destination, list[str]]:
        """Near-duplicates (``duplicate_of`` set) match nobody: the story was pushed already."""
        if article.duplicate_of is not None:
            return {}
        keys = article_keys(article)
        if is_tagged(keys):  # another language: its keys -> the subscriptions' own keys
            found = await self._db.all(_KEYS_IN_LANGUAGE, (json.dumps(sorted(keys)),))
            keys = {row["key"] for row in found}
        if not keys:
            return {}
        return destinations(await self._db.all(_MATCH, (json.dumps(sorted(keys)),)))


async def _write_tagged(conn: aiosqlite.Connection, words: Sequence[tuple[str, str]]) -> None:
    """Record the other-language keys of each (key, word): see ``topic_rules.tagged_keys``."""
    await conn.executemany(_INSERT_TAGGED, tagged_rows(words))
