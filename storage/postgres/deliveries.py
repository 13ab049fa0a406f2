"""The delivery queue: one row per (chat, forum topic, article), claimed with row locks by senders.

``claim`` takes due rows with ``FOR UPDATE SKIP LOCKED`` (two claimers never wait on, or get,
the same row) and records the claiming session. ``reset_in_flight`` returns to pending only
rows whose claimer is this store's session or a session that no longer exists: a crashed
worker's rows are re-sent by whoever leads next, a live (slow) worker's never by two.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import get_args

import asyncpg

from ..errors import ArticleNotFound, ChatNotFound
from ..models import Delivery, DeliveryStatus, NewDelivery
from . import rows
from .db import Database, affected, guarded, text

STATUSES: tuple[str, ...] = get_args(DeliveryStatus)
MAX_ERROR_CHARS = 500

_D = rows.DELIVERY_COLUMNS
_CLAIM = f"""
WITH due AS (
    SELECT d.id FROM deliveries AS d JOIN chats AS c ON c.id = d.chat_id
    WHERE d.status = 'pending' AND (d.not_before IS NULL OR d.not_before <= $1) AND c.active
    ORDER BY d.id LIMIT $2
    FOR UPDATE OF d SKIP LOCKED
)
UPDATE deliveries AS d SET status = 'sending', attempts = d.attempts + 1, updated_at = $1,
    claimed_by = $3
FROM due WHERE d.id = due.id
RETURNING {", ".join(f"d.{c.strip()}" for c in _D.split(","))}
"""  # noqa: S608
SESSION_ALIVE = "EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = {column})"
_RESET_IN_FLIGHT = f"""
UPDATE deliveries SET status = 'pending', claimed_by = NULL, updated_at = $1
WHERE status = 'sending'
  AND (claimed_by IS NULL OR claimed_by = $2 OR NOT {SESSION_ALIVE.format(column="claimed_by")})
"""  # noqa: S608
_DIGEST_PENDING = f"SELECT {_D} FROM deliveries WHERE chat_id = $1 AND status = 'digest' ORDER BY id"  # noqa: S608
_FOR_ARTICLE = f"SELECT {_D} FROM deliveries WHERE article_id = $1 ORDER BY id"  # noqa: S608
_ENQUEUE = """
INSERT INTO deliveries (chat_id, article_id, status, topics, not_before, created_at, updated_at, thread_id)
VALUES ($1, $2, $3, $4, $5, $6, $6, $7)
ON CONFLICT (chat_id, thread_id, article_id) DO NOTHING
"""
# One statement for a whole broadcast: arrays in, one row per element.
_ENQUEUE_MANY = """
INSERT INTO deliveries (chat_id, article_id, status, topics, not_before, created_at, updated_at, thread_id)
SELECT u.chat_id, u.article_id, u.status, u.topics, u.not_before, $6, $6, u.thread_id
FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::timestamptz[], $7::bigint[])
     AS u (chat_id, article_id, status, topics, not_before, thread_id)
ON CONFLICT (chat_id, thread_id, article_id) DO NOTHING
"""


def _error(error: str | None) -> str | None:
    return None if error is None else text(error[:MAX_ERROR_CHARS])


@guarded
class PgDeliveries:
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
        # thread 0: the chat itself (see subscriptions.py)
        params = (chat_id, article_id, status, _topics(topics), not_before, datetime.now(UTC), thread_id or 0)
        async with self._db.connection() as conn:
            try:
                return affected(await conn.execute(_ENQUEUE, *params)) == 1
            except asyncpg.ForeignKeyViolationError as exc:
                if await conn.fetchval("SELECT 1 FROM chats WHERE id = $1", chat_id) is None:
                    raise ChatNotFound(chat_id) from exc
                raise ArticleNotFound(article_id) from exc

    async def enqueue_many(self, rows: Sequence[NewDelivery]) -> int:
        if not rows:
            return 0
        params = (
            [r.chat_id for r in rows], [r.article_id for r in rows],
            ["digest" if r.digest else "pending" for r in rows],
            [_topics(r.topics) for r in rows], [r.not_before for r in rows], datetime.now(UTC),
            [r.thread_id or 0 for r in rows],
        )  # fmt: skip
        try:
            return await self._db.execute(_ENQUEUE_MANY, params)
        except asyncpg.ForeignKeyViolationError:
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
        claimed = await self._db.all(_CLAIM, (now or datetime.now(UTC), int(limit), self._db.session))
        return sorted((rows.delivery(r) for r in claimed), key=lambda d: d.id)

    async def mark_sent(self, delivery_id: int, message_id: int | None) -> None:
        await self._db.execute(
            "UPDATE deliveries SET status = 'sent', message_id = $1, last_error = NULL, "
            "not_before = NULL, claimed_by = NULL, updated_at = $2 WHERE id = $3",
            (message_id, datetime.now(UTC), delivery_id),
        )

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        await self._db.execute(
            "UPDATE deliveries SET status = 'failed', last_error = $1, claimed_by = NULL, "
            "updated_at = $2 WHERE id = $3",
            (_error(error), datetime.now(UTC), delivery_id),
        )

    async def release(self, delivery_id: int, error: str | None, *, not_before: datetime) -> None:
        await self._db.execute(
            "UPDATE deliveries SET status = 'pending', last_error = coalesce($1, last_error), "
            "not_before = $2, claimed_by = NULL, updated_at = $3 WHERE id = $4",
            (_error(error), not_before, datetime.now(UTC), delivery_id),
        )

    async def reset_in_flight(self) -> int:
        """Own rows and rows of sessions that are gone; a live worker's stay in its hands."""
        return await self._db.execute(_RESET_IN_FLIGHT, (datetime.now(UTC), self._db.session))

    async def digest_pending(self, chat_id: int) -> list[Delivery]:
        return [rows.delivery(r) for r in await self._db.all(_DIGEST_PENDING, (chat_id,))]

    async def chats_with_digest_rows(self) -> list[int]:
        found = await self._db.all("SELECT DISTINCT chat_id FROM deliveries WHERE status = 'digest'")
        return [row[0] for row in found]

    async def mark_digest_sent(self, delivery_ids: Sequence[int], message_id: int | None) -> None:
        if not delivery_ids:
            return
        await self._db.execute(
            "UPDATE deliveries SET status = 'sent', message_id = $1, updated_at = $2 "
            "WHERE status = 'digest' AND id = ANY($3::bigint[])",
            (message_id, datetime.now(UTC), [int(i) for i in delivery_ids]),
        )

    async def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in await self._db.all("SELECT status, count(*) FROM deliveries GROUP BY status"):
            counts[row[0]] = int(row[1])
        return counts

    async def for_article(self, article_id: int) -> list[Delivery]:
        return [rows.delivery(r) for r in await self._db.all(_FOR_ARTICLE, (article_id,))]


def _topics(topics: Sequence[str]) -> str:
    return json.dumps([text(t) for t in topics])
