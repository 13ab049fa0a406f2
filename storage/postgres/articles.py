"""Articles: add with exact/near-duplicate detection, get/remove, and the id cursor.

Lists and full-text queries live in ``article_queries.py``; the duplicate rules are shared with
the SQLite backend (``storage.article_fields``, ``storage.near_duplicates``).
"""

from __future__ import annotations

from datetime import UTC, datetime

import asyncpg

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
from . import rows, text_search
from .article_queries import PgArticleQueries
from .db import Connection, Database, guarded, text
from .quotes import insert_quotes
from .stories import PgStoryIndex

_SELECT_BY_ID = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = $1"  # noqa: S608
_SELECT_BY_URL = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE url = $1"  # noqa: S608
_SELECT_AFTER = f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id > $1 ORDER BY id LIMIT $2"  # noqa: S608
INSERT_COLUMNS = (
    "url, content_hash, title, source, published_at, added_at, added_by, body, summary, topics, "
    "briefing, duplicate_of, simhash, band0, band1, band2, band3, band4, band5, band6, band7, "
    "language, lead_tsv, search_tsv"
)
_INSERT = f"""
INSERT INTO articles ({INSERT_COLUMNS})
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
        $20, $21, $22, $23::text::tsvector, array_to_tsvector(string_to_array($24, ' ')))
RETURNING {rows.ARTICLE_COLUMNS}
"""  # noqa: S608
# Each OR branch is served by its own partial (band, id) index (a BitmapOr), never a scan.
_NEAR_CANDIDATES = """
SELECT id, simhash, duplicate_of FROM articles
WHERE (band0 = $1 OR band1 = $2 OR band2 = $3 OR band3 = $4
       OR band4 = $5 OR band5 = $6 OR band6 = $7 OR band7 = $8)
  AND id > $9 AND added_at >= $10
"""


def article_values(
    briefing: Briefing,
    fields: ArticleFields,
    *,
    added_at: datetime,
    added_by: int | None,
    duplicate_of: int | None,
) -> tuple[object, ...]:
    """The ``INSERT_COLUMNS`` values of an article (also what ``store copy`` writes)."""
    band_values: list[int | None] = [None] * NEAR_DUP_BANDS
    if fields.simhash is not None:
        band_values = list(bands(fields.simhash))
    title, summary, topics = text(briefing.title) or "", text(fields.summary) or "", text(fields.topics) or ""
    body = text(fields.body) or ""
    return (
        text(fields.url), fields.content_hash, title, text(briefing.source),
        text(briefing.published), added_at, added_by, body, summary, topics,
        briefing.model_dump_json(), duplicate_of,
        None if fields.simhash is None else signed64(fields.simhash), *band_values, briefing.language,
        text_search.lead_document(title, summary, topics),
        text_search.search_document(title, summary, topics, body),
    )  # fmt: skip


@guarded
class PgArticles(PgArticleQueries):
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
        added_at = now or datetime.now(UTC)
        quotes = quote_rows(briefing, added_at=added_at)
        async with self._db.write() as conn:
            await self._raise_if_duplicate(conn, fields)
            duplicate_of = None
            if fields.simhash is not None:
                duplicate_of = await self._near_duplicate(
                    conn, fields.simhash, added_at - NEAR_DUP_WINDOW
                )
            values = article_values(
                briefing, fields, added_at=added_at, added_by=added_by, duplicate_of=duplicate_of
            )
            try:
                async with conn.transaction():  # a savepoint: the outer one survives a conflict
                    row = await conn.fetchrow(_INSERT, *values)
            except asyncpg.UniqueViolationError:
                # Lost a race with another worker despite the check: report the winner.
                await self._raise_if_duplicate(conn, fields)
                raise
            assert row is not None  # INSERT … RETURNING
            article_id = row["id"]
            await conn.executemany(
                "INSERT INTO article_topics (article_id, topic) VALUES ($1, $2) "
                "ON CONFLICT DO NOTHING",
                [(article_id, text(t)) for t in fields.topic_set],
            )
            await insert_quotes(conn, article_id, quotes)
            await PgStoryIndex(conn).assign(
                article_id, briefing, added_at=added_at, duplicate_of=duplicate_of
            )
        return rows.article(row)

    @staticmethod
    async def _raise_if_duplicate(conn: Connection, fields: ArticleFields) -> None:
        if fields.url is not None:
            found = await conn.fetchval("SELECT id FROM articles WHERE url = $1", text(fields.url))
            if found is not None:
                raise DuplicateArticle(found, reason="url")
        found = await conn.fetchval(
            "SELECT id FROM articles WHERE content_hash = $1", fields.content_hash
        )
        if found is not None:
            raise DuplicateArticle(found, reason="content")

    @staticmethod
    async def _near_duplicate(conn: Connection, simhash: int, since: datetime) -> int | None:
        """Id of the original story this text nearly duplicates (closest, then oldest)."""
        newest = await conn.fetchval("SELECT coalesce(max(id), 0) FROM articles")
        candidates = await conn.fetch(
            _NEAR_CANDIDATES, *bands(simhash), newest - NEAR_DUP_RECENT, since
        )
        return closest_original(simhash, [tuple(r) for r in candidates])

    async def get(self, article_id: int) -> Article:
        row = await self._db.one(_SELECT_BY_ID, (article_id,))
        if row is None:
            raise ArticleNotFound(article_id)
        return rows.article(row)

    async def get_by_url(self, url: str) -> Article | None:
        row = await self._db.one(_SELECT_BY_URL, (text(url.strip()),))
        return None if row is None else rows.article(row)

    async def remove(self, article_id: int) -> None:
        if await self._db.execute("DELETE FROM articles WHERE id = $1", (article_id,)) == 0:
            raise ArticleNotFound(article_id)

    async def count(self) -> int:
        return int(await self._db.scalar("SELECT count(*) FROM articles"))

    async def backfill_languages(self, *, batch: int = LANGUAGE_BACKFILL_BATCH) -> int:
        """Detect the language of articles stored before it was detected (``language`` NULL),
        from their stored title and body; writes the column and the briefing JSON. Runs at
        open, a batch per transaction; returns how many."""
        done = 0
        while True:
            todo = await self._db.all(
                "SELECT id, title, left(body, $1) AS head FROM articles "
                "WHERE language IS NULL ORDER BY id LIMIT $2",
                (HEAD_CHARS, batch),
            )
            if not todo:
                return done
            found = [(stored_language(r["title"], r["head"]), r["id"]) for r in todo]
            async with self._db.write() as conn:
                await conn.executemany(
                    "UPDATE articles SET language = $1, "
                    "briefing = jsonb_set(briefing::jsonb, '{language}', to_jsonb($1::text))::text "
                    "WHERE id = $2",
                    found,
                )
            done += len(found)

    async def added_after(self, article_id: int, *, limit: int = 100) -> list[Article]:
        found = await self._db.all(_SELECT_AFTER, (article_id, max(0, limit)))
        return [rows.article(r) for r in found]
