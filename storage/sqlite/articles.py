"""Articles: add with exact/near-duplicate detection, get/remove, and the id cursor.

Lists and full-text queries live in ``article_queries.py``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

import aiosqlite

from briefing.models import Briefing

from ..article_fields import HEAD_CHARS, LANGUAGE_BACKFILL_BATCH, ArticleFields, stored_language
from ..errors import ArticleNotFound, DuplicateArticle
from ..models import Article
from ..near_duplicates import (
    NEAR_DUP_BANDS,
    NEAR_DUP_RECENT,
    NEAR_DUP_WINDOW,
    bands,
    closest_original,
    signed64,
)
from ..quote_index import quote_rows
from . import rows
from .article_queries import ArticleQueries
from .db import Database, fetch_all, fetch_one, from_ts, guarded, now_ts
from .quotes import insert_quotes
from .stories import SqliteStoryIndex

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
        fields = ArticleFields.of(briefing, url)
        url, digest, simhash = fields.url, fields.content_hash, fields.simhash
        added_at = now_ts(now)
        quotes = quote_rows(briefing, added_at=from_ts(added_at))
        async with self._db.write() as conn:
            await self._raise_if_duplicate(conn, url, digest)
            duplicate_of = None
            band_values: list[int | None] = [None] * NEAR_DUP_BANDS
            if simhash is not None:
                band_values = list(bands(simhash))
                duplicate_of = await self._near_duplicate(
                    conn, simhash, added_at - NEAR_DUP_WINDOW.total_seconds()
                )
            params = (
                url, digest, briefing.title, briefing.source, briefing.published, added_at,
                added_by, fields.body, fields.summary, fields.topics,
                briefing.model_dump_json(), duplicate_of,
                None if simhash is None else signed64(simhash), *band_values, briefing.language,
            )  # fmt: skip
            try:
                cursor = await conn.execute(_INSERT, params)
            except sqlite3.IntegrityError:
                # Lost a race with another process despite the check: report the winner.
                await self._raise_if_duplicate(conn, url, digest)
                raise
            article_id = cursor.lastrowid
            assert article_id is not None  # set by every successful INSERT
            await conn.executemany(
                "INSERT OR IGNORE INTO article_topics (article_id, topic) VALUES (?, ?)",
                [(article_id, t) for t in fields.topic_set],
            )
            await insert_quotes(conn, article_id, quotes)
            await SqliteStoryIndex(conn).assign(
                article_id, briefing, added_at=from_ts(added_at), duplicate_of=duplicate_of
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
        conn: aiosqlite.Connection, simhash: int, since: float
    ) -> int | None:
        """Id of the original story this text nearly duplicates (closest, then oldest)."""
        newest = (await fetch_one(conn, "SELECT coalesce(max(id), 0) FROM articles"))[0]
        candidates = await fetch_all(
            conn, _NEAR_CANDIDATES, (*bands(simhash), newest - NEAR_DUP_RECENT, since)
        )
        return closest_original(simhash, candidates)

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
                (HEAD_CHARS, batch),
            )
            if not todo:
                return done
            found = [(stored_language(r["title"], r["head"]), r["id"]) for r in todo]
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
