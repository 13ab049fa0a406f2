"""Subscriptions (per chat or per forum topic, with exclusions), per-chat mutes, and matching.

The same rules as the SQLite backend, from ``storage.topic_rules``; ``thread_id`` 0 is the
chat itself (handed out as None), exclusions are JSON arrays as on SQLite (``store copy`` moves
them unchanged).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import asyncpg

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
    without_excluded,
)
from . import rows
from .db import Connection, Database, affected, guarded, text

# The article's keys against every subscription, leaving out chats that mute one of them (an
# anti-join: the mutes are read once), in one statement; exclusions are filtered in Python on the
# matched rows (``topic_rules.without_excluded``: each distinct list decoded once). Testing them
# here with ``s.exclude_keys::jsonb ?| $1`` gave the same rows but took the server from 6.6 to
# 16.7 ms on a 2,021-row article (EXPLAIN ANALYZE): ``?|`` unpacks the whole key array for every
# row. Two other shapes measured slower in a same-process A/B against the old query on
# bench_store's widest articles: one row per destination (array_agg of topics and exclusion
# lists; asyncpg decoding the arrays cost more client CPU than the rows it saved, 0.71x wall),
# and a CTE filtering exclusions in SQL against only the keys that block (client CPU 1.5x less,
# server time doubled: 0.85x wall). Same result as the SQLite backend's match. The mutes are
# joined to the keys as a table
# (``unnest``), not tested with ``m.key = ANY($1)``: in the generic plan asyncpg's prepared
# statement settles on, that test scans the ~300-key array once per mute row (PostgreSQL hashes
# only constant arrays): ~1 ms for 200 mutes and ~300 keys, growing with keys × mutes, against
# 0.2 ms for the hash join (EXPLAIN ANALYZE of the generic plan).
_MATCH = """
SELECT s.chat_id, s.thread_id, s.topic, s.exclude_keys
FROM subscriptions AS s JOIN chats AS c ON c.id = s.chat_id
WHERE s.key = ANY($1::text[]) AND c.active AND NOT s.paused
    AND NOT EXISTS (
        SELECT FROM unnest($1::text[]) AS k (key) JOIN chat_mutes AS m ON m.key = k.key WHERE m.chat_id = s.chat_id
    )
ORDER BY s.chat_id, s.thread_id, s.created_at, s.topic COLLATE "C"
"""
_KEYS_IN_LANGUAGE = "SELECT DISTINCT key FROM topic_keys WHERE match_key = ANY($1::text[])"
_INSERT_TAGGED = "INSERT INTO topic_keys (key, match_key) VALUES ($1, $2) ON CONFLICT DO NOTHING"
_FOR_DESTINATION = f"""
SELECT {rows.SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE chat_id = $1 AND thread_id = $2
ORDER BY created_at, topic COLLATE "C"
"""  # noqa: S608
_SET_META = (
    "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


async def _lock_chat(conn: Connection, chat_id: int) -> None:
    """Lock the chat row: two workers adding to one chat cannot both pass a limit check (and a
    missing chat is ChatNotFound, as the foreign key would say)."""
    if await conn.fetchval("SELECT 1 FROM chats WHERE id = $1 FOR UPDATE", chat_id) is None:
        raise ChatNotFound(chat_id)


async def _write_tagged(conn: Connection, words: Sequence[tuple[str, str]]) -> None:
    """Record the other-language keys of each (key, word): see ``topic_rules.tagged_keys``."""
    await _insert_tagged(conn, tagged_rows(words))


async def _insert_tagged(conn: Connection, tagged: Sequence[tuple[str, str]]) -> None:
    if tagged:
        await conn.executemany(_INSERT_TAGGED, [(text(k), text(m)) for k, m in tagged])


@guarded
class PgSubscriptions:
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
        display, thread = text(display) or "", thread_id or 0
        excluded = None if exclude is None else validated_exclusions(exclude, own_key=key)
        async with self._db.write() as conn:
            await _lock_chat(conn, chat_id)
            if thread:  # subscribing in a topic shows it is open again
                await conn.execute(
                    "UPDATE subscriptions SET paused = false WHERE chat_id = $1 AND thread_id = $2 AND paused",
                    chat_id, thread,
                )
            if await conn.fetchval(
                "SELECT 1 FROM subscriptions WHERE chat_id = $1 AND thread_id = $2 AND key = $3",
                chat_id, thread, key,
            ):
                if excluded is not None:
                    await _write_tagged(conn, [(k, w) for w, k in excluded])
                    await conn.execute(
                        "UPDATE subscriptions SET exclude_words = $1, exclude_keys = $2 "
                        "WHERE chat_id = $3 AND thread_id = $4 AND key = $5",
                        *map(text, exclusion_columns(excluded)), chat_id, thread, key,
                    )
                return False
            count = await conn.fetchval("SELECT count(*) FROM subscriptions WHERE chat_id = $1", chat_id)
            if count >= MAX_SUBSCRIPTIONS_PER_CHAT:
                raise TooManySubscriptions(MAX_SUBSCRIPTIONS_PER_CHAT)
            try:
                await conn.execute(
                    "INSERT INTO subscriptions (chat_id, thread_id, topic, key, exclude_words, "
                    "exclude_keys, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    chat_id, thread, display, key, *map(text, exclusion_columns(excluded or [])),
                    datetime.now(UTC),
                )
            except asyncpg.ForeignKeyViolationError as exc:
                raise ChatNotFound(chat_id) from exc
            await _write_tagged(conn, [(key, topic), *((k, w) for w, k in excluded or [])])
        return True

    async def remove(self, chat_id: int, topic: str, *, thread_id: int | None = None) -> bool:
        key = topic_key(topic)
        if not key:
            return False
        deleted = await self._db.execute(
            "DELETE FROM subscriptions WHERE chat_id = $1 AND thread_id = $2 AND key = $3",
            (chat_id, thread_id or 0, text(key)),
        )
        return deleted > 0

    async def for_chat(self, chat_id: int, *, thread_id: int | None = None) -> list[Subscription]:
        found = await self._db.all(_FOR_DESTINATION, (chat_id, thread_id or 0))
        return [rows.subscription(r) for r in found]

    async def count(self) -> int:
        return int(await self._db.scalar("SELECT count(*) FROM subscriptions"))

    async def paused_in_topics(self, chat_id: int) -> int:
        return int(
            await self._db.scalar(
                "SELECT count(*) FROM subscriptions WHERE chat_id = $1 AND thread_id != 0 AND paused",
                (chat_id,),
            )
        )

    async def pause_thread(self, chat_id: int, thread_id: int) -> int:
        return await self._set_paused(chat_id, thread_id, paused=True)

    async def resume_thread(self, chat_id: int, thread_id: int) -> int:
        return await self._set_paused(chat_id, thread_id, paused=False)

    async def _set_paused(self, chat_id: int, thread_id: int, *, paused: bool) -> int:
        if not thread_id:  # only forum topics pause; the chat itself is deactivated instead
            return 0
        return await self._db.execute(
            "UPDATE subscriptions SET paused = $1 WHERE chat_id = $2 AND thread_id = $3 AND paused = $4",
            (paused, chat_id, thread_id, not paused),
        )

    async def mute(self, chat_id: int, word: str) -> bool:
        display, key = validated_topic(word)
        async with self._db.write() as conn:
            await _lock_chat(conn, chat_id)
            if await conn.fetchval("SELECT 1 FROM chat_mutes WHERE chat_id = $1 AND key = $2", chat_id, key):
                return False
            count = await conn.fetchval("SELECT count(*) FROM chat_mutes WHERE chat_id = $1", chat_id)
            if count >= MAX_MUTES_PER_CHAT:
                raise TooManyMutes(MAX_MUTES_PER_CHAT)
            await conn.execute(
                "INSERT INTO chat_mutes (chat_id, word, key, created_at) VALUES ($1, $2, $3, $4)",
                chat_id, text(display), key, datetime.now(UTC),
            )
            await _write_tagged(conn, [(key, word)])
        return True

    async def unmute(self, chat_id: int, word: str) -> bool:
        key = topic_key(word)
        if not key:
            return False
        deleted = await self._db.execute(
            "DELETE FROM chat_mutes WHERE chat_id = $1 AND key = $2", (chat_id, text(key))
        )
        return deleted > 0

    async def mutes(self, chat_id: int) -> list[str]:
        found = await self._db.all(
            'SELECT word FROM chat_mutes WHERE chat_id = $1 ORDER BY created_at, word COLLATE "C"',
            (chat_id,),
        )
        return [row[0] for row in found]

    async def refresh_keys(self) -> int:
        """Re-derive every stored key (topics, exclusions, mutes) when ``topic_key`` changed
        since they were written (``topic_rules.key_fingerprint``); called at open."""
        fingerprint = key_fingerprint()
        stored = await self._db.scalar("SELECT value FROM meta WHERE key = $1", (KEY_FINGERPRINT_META,))
        if stored == fingerprint:
            return 0
        changed = 0
        async with self._db.write() as conn:
            await conn.execute("DELETE FROM topic_keys")  # rebuilt below from every word
            for chat_id, thread, topic, key, words, old_keys in await conn.fetch(
                "SELECT chat_id, thread_id, topic, key, exclude_words, exclude_keys FROM subscriptions"
            ):
                new_key, new_keys, tagged = rekeyed_subscription(topic, key, words)
                await _insert_tagged(conn, tagged)
                if new_key != key or new_keys != old_keys:
                    # Two topics that now share a key collapse into one (the first one stays).
                    changed += affected(await conn.execute(
                        "UPDATE subscriptions SET key = $1, exclude_keys = $2 "
                        "WHERE chat_id = $3 AND thread_id = $4 AND key = $5 AND (key = $1 OR NOT EXISTS "
                        "(SELECT 1 FROM subscriptions WHERE chat_id = $3 AND thread_id = $4 AND key = $1))",
                        new_key, new_keys, chat_id, thread, key,
                    ))  # fmt: skip
            for chat_id, word, key in await conn.fetch("SELECT chat_id, word, key FROM chat_mutes"):
                new_key, tagged = rekeyed_mute(word, key)
                await _insert_tagged(conn, tagged)
                if new_key != key:
                    changed += affected(await conn.execute(
                        "UPDATE chat_mutes SET key = $1 WHERE chat_id = $2 AND key = $3 AND NOT EXISTS "
                        "(SELECT 1 FROM chat_mutes WHERE chat_id = $2 AND key = $1)",
                        new_key, chat_id, key,
                    ))  # fmt: skip
            await conn.execute(_SET_META, KEY_FINGERPRINT_META, fingerprint)
        return changed

    async def match(self, article: Article) -> dict[Destination, list[str]]:
        """Near-duplicates (``duplicate_of`` set) match nobody: the story was pushed already."""
        if article.duplicate_of is not None:
            return {}
        keys = {text(k) or "" for k in article_keys(article)}
        async with self._db.connection() as conn:  # one connection: each release costs a round trip
            if is_tagged(keys):  # another language: its keys -> the subscriptions' own keys
                keys = {row["key"] for row in await conn.fetch(_KEYS_IN_LANGUAGE, sorted(keys))}
            if not keys:
                return {}
            return destinations(without_excluded(await conn.fetch(_MATCH, sorted(keys)), keys))
