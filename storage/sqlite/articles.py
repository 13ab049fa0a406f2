"""Articles: add with exact/near-duplicate detection, get/remove, and the id cursor.

Lists and full-text queries live in ``article_queries.py``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import aiosqlite

from briefing.dedup import hamming, simhash
from briefing.langdetect import DETECT_CHARS, detect_language
from briefing.models import Briefing

from ..errors import ArticleNotFound, DuplicateArticle
from ..models import Article
from ..quote_index import quote_rows
from . import rows
from .article_queries import ArticleQueries
from .db import Database, fetch_all, fetch_one, from_ts, guarded, now_ts
from .quotes import insert_quotes
from .stories import assign_story

NEAR_DUP_WINDOW = timedelta(days=7)
"""Only recent articles count as "the same story": old near-matches are follow-ups."""

NEAR_DUP_MAX_HAMMING = 7
"""SimHash bits that may differ (of 64) for a near-duplicate. With 8 bands of 8 bits, any pair
within distance 7 shares at least one band exactly (pigeonhole), so the indexed band lookup
finds every candidate. A wire story re-edited by a second outlet lands 2–7 bits away on a
150–250-word body; unrelated stories land ~25–40 bits apart (P(≤ 7) for random 64-bit values
is ~1e-9). Candidates per lookup: ~8/256 of the recent window, checked in Python."""
NEAR_DUP_BANDS = 8
_BAND_BITS = 64 // NEAR_DUP_BANDS

NEAR_DUP_RECENT = 2000
"""…and only among the newest this-many articles: the same story arrives from the second outlet
within hours, i.e. well within a day of a busy multi-feed bot. Bounds the candidate read (an id
range on each (band, id) index) however large the store grows."""

NEAR_DUP_MIN_WORDS = 40
"""Shorter bodies give unstable SimHashes (a handful of shingles): no near-dup check."""

LANGUAGE_BACKFILL_BATCH = 500
"""Articles detected per transaction at open (~0.2 s of detection per batch)."""

_SELECT_BY_ID = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?"  # noqa: S608
_SELECT_BY_URL = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE url = ?"  # noqa: S608
_SELECT_AFTER = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?"  # noqa: S608
_INSERT = """
INSERT INTO articles (url, content_hash, title, source, published_at, added_at, added_by,
                      body, summary, topics, briefing, duplicate_of, simhash,
                      band0, band1, band2, band3, band4, band5, band6, band7, language)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
# Each OR branch is served by its own partial band index (multi-index OR), never a scan.
_NEAR_CANDIDATES = """
SELECT id, simhash, duplicate_of FROM articles
WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?
       OR band4 = ? OR band5 = ? OR band6 = ? OR band7 = ?)
  AND id > ? AND added_at >= ?
"""


def _signed64(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _unsigned64(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def _bands(value: int) -> list[int]:
    mask = (1 << _BAND_BITS) - 1
    return [(value >> (_BAND_BITS * i)) & mask for i in range(NEAR_DUP_BANDS)]


@guarded
class SqliteArticles(ArticleQueries):
    def __init__(self, db: Database) -> None:
        super().__init__(db)

    async def add(
        self,
        briefing: Briefing,
        *,
        url: str | None = None,
        added_by: int | None = None,
        now: datetime | None = None,
    ) -> Article:
        url = (url if url is not None else briefing.url) or None
        url = url.strip() or None if url else None
        body = briefing.text
        digest = briefing.fingerprint
        fingerprint = simhash(body) if len(body.split()) >= NEAR_DUP_MIN_WORDS else None
        added_at = now_ts(now)
        quotes = quote_rows(briefing, added_at=from_ts(added_at))
        async with self._db.write() as conn:
            await self._raise_if_duplicate(conn, url, digest)
            duplicate_of = None
            bands: list[int | None] = [None] * NEAR_DUP_BANDS
            if fingerprint is not None:
                bands = list(_bands(fingerprint))
                duplicate_of = await self._near_duplicate(
                    conn, fingerprint, added_at - NEAR_DUP_WINDOW.total_seconds()
                )
            params = (
                url, digest, briefing.title, briefing.source, briefing.published, added_at,
                added_by, body, rows.lines(briefing.summary), rows.lines(briefing.topics),
                briefing.model_dump_json(), duplicate_of,
                None if fingerprint is None else _signed64(fingerprint), *bands, briefing.language,
            )  # fmt: skip
            try:
                cursor = await conn.execute(_INSERT, params)
            except sqlite3.IntegrityError:
                # Lost a race with another process despite the check: report the winner.
                await self._raise_if_duplicate(conn, url, digest)
                raise
            article_id = cursor.lastrowid
            assert article_id is not None  # set by every successful INSERT
            topics = {t for t in (" ".join(t.split()) for t in briefing.topics) if t}
            await conn.executemany(
                "INSERT OR IGNORE INTO article_topics (article_id, topic) VALUES (?, ?)",
                [(article_id, t) for t in sorted(topics)],
            )
            await insert_quotes(conn, article_id, quotes)
            await assign_story(
                conn, article_id, briefing, added_at=added_at, duplicate_of=duplicate_of
            )
            row = await fetch_one(conn, _SELECT_BY_ID, (article_id,))
        return rows.article(row)

    @staticmethod
    async def _raise_if_duplicate(conn: aiosqlite.Connection, url: str | None, digest: str) -> None:
        if url is not None:
            row = await fetch_one(conn, "SELECT id FROM articles WHERE url = ?", (url,))
            if row is not None:
                raise DuplicateArticle(row[0], reason="url")
        row = await fetch_one(conn, "SELECT id FROM articles WHERE content_hash = ?", (digest,))
        if row is not None:
            raise DuplicateArticle(row[0], reason="content")

    @staticmethod
    async def _near_duplicate(
        conn: aiosqlite.Connection, fingerprint: int, since: float
    ) -> int | None:
        """Id of the original story this text nearly duplicates (closest, then oldest)."""
        newest = (await fetch_one(conn, "SELECT coalesce(max(id), 0) FROM articles"))[0]
        candidates = await fetch_all(
            conn, _NEAR_CANDIDATES, (*_bands(fingerprint), newest - NEAR_DUP_RECENT, since)
        )
        best: tuple[int, int] | None = None
        for article_id, other, duplicate_of in candidates:
            if other is None:
                continue
            distance = hamming(fingerprint, _unsigned64(other))
            if distance > NEAR_DUP_MAX_HAMMING:
                continue
            original = duplicate_of if duplicate_of is not None else article_id
            if best is None or (distance, original) < best:
                best = (distance, original)
        return None if best is None else best[1]

    async def get(self, article_id: int) -> Article:
        row = await self._db.one(_SELECT_BY_ID, (article_id,))
        if row is None:
            raise ArticleNotFound(article_id)
        return rows.article(row)

    async def get_by_url(self, url: str) -> Article | None:
        row = await self._db.one(_SELECT_BY_URL, (url.strip(),))
        return None if row is None else rows.article(row)

    async def remove(self, article_id: int) -> None:
        async with self._db.write() as conn:
            cursor = await conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if cursor.rowcount == 0:
                raise ArticleNotFound(article_id)

    async def count(self) -> int:
        return int(await self._db.scalar("SELECT count(*) FROM articles"))

    async def backfill_languages(self, *, batch: int = LANGUAGE_BACKFILL_BATCH) -> int:
        """Detect the language of articles stored before it was detected (``language`` NULL),
        from their stored title and body; writes the column and the briefing JSON. Runs at
        open, a batch per transaction so other writers get turns; returns how many."""
        done = 0
        while True:
            todo = await self._db.all(
                "SELECT id, title, substr(body, 1, ?) AS head FROM articles "
                "WHERE language IS NULL ORDER BY id LIMIT ?",
                (DETECT_CHARS, batch),
            )
            if not todo:
                return done
            found = [(detect_language(f"{r['title']}\n{r['head']}"), r["id"]) for r in todo]
            async with self._db.write() as conn:
                await conn.executemany(
                    "UPDATE articles SET language = ?1, "
                    "briefing = json_set(briefing, '$.language', ?1) WHERE id = ?2",
                    found,
                )
            done += len(found)

    async def added_after(self, article_id: int, *, limit: int = 100) -> list[Article]:
        found = await self._db.all(_SELECT_AFTER, (article_id, max(0, limit)))
        return [rows.article(r) for r in found]
