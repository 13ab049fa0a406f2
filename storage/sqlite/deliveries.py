"""The delivery queue: one row per (chat, article), claimed atomically by senders."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import get_args

from ..errors import ArticleNotFound, ChatNotFound
from ..models import Delivery, DeliveryStatus, NewDelivery
from . import rows
from .db import Database, fetch_all, fetch_one, guarded, now_ts, to_ts

STATUSES: tuple[str, ...] = get_args(DeliveryStatus)
MAX_ERROR_CHARS = 500

_D = rows.DELIVERY_COLUMNS
# One statement = atomic even across processes: the subquery picks due rows of active chats
# (deliveries_due index), the UPDATE flips them to 'sending' and RETURNING hands them back.
_CLAIM = f"""
UPDATE deliveries SET status = 'sending', attempts = attempts + 1, updated_at = ?
WHERE id IN (
    SELECT d.id FROM deliveries AS d JOIN chats AS c ON c.id = d.chat_id
    WHERE d.status = 'pending' AND (d.not_before IS NULL OR d.not_before <= ?) AND c.active = 1
    ORDER BY d.id LIMIT ?
)
RETURNING {_D}
"""  # noqa: S608
_DIGEST_PENDING = f"SELECT {_D} FROM deliveries WHERE chat_id = ? AND status = 'digest' ORDER BY id"  # noqa: S608
_FOR_ARTICLE = f"SELECT {_D} FROM deliveries WHERE article_id = ? ORDER BY id"  # noqa: S608
_ENQUEUE = """
INSERT OR IGNORE INTO deliveries
    (chat_id, article_id, status, topics, not_before, created_at, updated_at, thread_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""


@guarded
class SqliteDeliveries:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def enqueue(
        self,
        chat_id: int,
        article_id: int,
        topics: Sequence[str],
        *,
        digest: bool = False,
        not_before: datetime | None = None,
        thread_id: int | None = None,
    ) -> bool:
        status = "digest" if digest else "pending"
        stamp = now_ts()
        params = (
            chat_id,
            article_id,
            status,
            json.dumps(list(topics)),
            to_ts(not_before),
            stamp,
            stamp,
            thread_id or 0,  # 0: the chat itself (see subscriptions.py)
        )
        async with self._db.write() as conn:
            try:
                cursor = await conn.execute(_ENQUEUE, params)
            except sqlite3.IntegrityError as exc:  # foreign key: which parent is missing?
                if await fetch_one(conn, "SELECT 1 FROM chats WHERE id = ?", (chat_id,)) is None:
                    raise ChatNotFound(chat_id) from exc
                raise ArticleNotFound(article_id) from exc
            return cursor.rowcount == 1

    async def enqueue_many(self, rows: Sequence[NewDelivery]) -> int:
        if not rows:
            return 0
        stamp = now_ts()
        params = [
            (
                r.chat_id, r.article_id, "digest" if r.digest else "pending",
                json.dumps(list(r.topics)), to_ts(r.not_before), stamp, stamp, r.thread_id or 0,
            )
            for r in rows
        ]  # fmt: skip
        try:
            async with self._db.write() as conn:
                before = conn.total_changes
                await conn.executemany(_ENQUEUE, params)
                return conn.total_changes - before
        except sqlite3.IntegrityError:
            # a missing chat or article: the batch rolled back; one by one names the culprit
            created = 0
            for r in rows:
                created += await self.enqueue(
                    r.chat_id, r.article_id, r.topics, digest=r.digest, not_before=r.not_before,
                    thread_id=r.thread_id,
                )
            return created

    async def claim(self, limit: int, *, now: datetime | None = None) -> list[Delivery]:
        if limit <= 0:
            return []
        stamp = now_ts(now)
        async with self._db.write() as conn:
            claimed = await fetch_all(conn, _CLAIM, (stamp, stamp, int(limit)))
        return sorted((rows.delivery(r) for r in claimed), key=lambda d: d.id)

    async def _set(self, sql: str, params: tuple[object, ...]) -> int:
        async with self._db.write() as conn:
            cursor = await conn.execute(sql, params)
            return cursor.rowcount

    async def mark_sent(self, delivery_id: int, message_id: int | None) -> None:
        await self._set(
            "UPDATE deliveries SET status = 'sent', message_id = ?, last_error = NULL, "
            "not_before = NULL, updated_at = ? WHERE id = ?",
            (message_id, now_ts(), delivery_id),
        )

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        await self._set(
            "UPDATE deliveries SET status = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
            (error[:MAX_ERROR_CHARS], now_ts(), delivery_id),
        )

    async def release(self, delivery_id: int, error: str | None, *, not_before: datetime) -> None:
        await self._set(
            "UPDATE deliveries SET status = 'pending', last_error = coalesce(?, last_error), "
            "not_before = ?, updated_at = ? WHERE id = ?",
            (
                None if error is None else error[:MAX_ERROR_CHARS],
                to_ts(not_before),
                now_ts(),
                delivery_id,
            ),
        )

    async def reset_in_flight(self) -> int:
        return await self._set(
            "UPDATE deliveries SET status = 'pending', updated_at = ? WHERE status = 'sending'",
            (now_ts(),),
        )

    async def digest_pending(self, chat_id: int) -> list[Delivery]:
        found = await self._db.all(
            _DIGEST_PENDING,
            (chat_id,),
        )
        return [rows.delivery(r) for r in found]

    async def chats_with_digest_rows(self) -> list[int]:
        found = await self._db.all("SELECT DISTINCT chat_id FROM deliveries WHERE status = 'digest'")
        return [row[0] for row in found]

    async def mark_digest_sent(self, delivery_ids: Sequence[int], message_id: int | None) -> None:
        if not delivery_ids:
            return
        await self._set(
            "UPDATE deliveries SET status = 'sent', message_id = ?, updated_at = ? "
            "WHERE status = 'digest' AND id IN (SELECT value FROM json_each(?))",
            (message_id, now_ts(), json.dumps([int(i) for i in delivery_ids])),
        )

    async def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in await self._db.all("SELECT status, count(*) FROM deliveries GROUP BY status"):
            counts[row[0]] = int(row[1])
        return counts

    async def for_article(self, article_id: int) -> list[Delivery]:
        found = await self._db.all(
            _FOR_ARTICLE,
            (article_id,),
        )
        return [rows.delivery(r) for r in found]
