"""Read-side article queries: /latest, /search, /topics and summary lookups.

Kept fast at 100k articles by never scanning: lists walk the rowid (or the FTS index in
rowid order) with LIMIT, and ``Page.total`` is counted only up to a cap (see COUNT_LOOKAHEAD).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..models import ArticleSummary, Page
from . import fts, rows
from .db import Database, guarded

COUNT_LOOKAHEAD = 1000
"""``Page.total`` is exact up to ``offset + limit + COUNT_LOOKAHEAD`` and a lower bound beyond
(enough to tell "there is a next page" without counting 100k FTS hits per call)."""

SEARCH_CANDIDATES = 500
"""Search ranks (bm25) only the newest this-many matches of a query. bm25 costs per ranked
row (×terms) plus one pass over each term's posting list; on a synthetic 100k-article store
(Zipf vocabulary, /tmp bench in the storage report) 2000 candidates gave p50 17 ms for three
very common terms, 500 keeps it under ~8 ms. Rare terms (the usual search) see every hit;
``Page.total`` is then capped at this number too, since later hits are not reachable."""

BM25_WEIGHTS = (10.0, 5.0, 3.0, 1.0)
"""title > summary > topics > body (columns in the order of ``articles_fts``)."""

_S = rows.SUMMARY_COLUMNS
_LATEST = f"SELECT {_S} FROM articles ORDER BY id DESC LIMIT ? OFFSET ?"  # noqa: S608
_LATEST_TOPIC = f"""
SELECT {_S} FROM articles WHERE id IN (
    SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?
) ORDER BY id DESC
"""  # noqa: S608
_SEARCH = f"""
WITH hits AS (
    SELECT rowid, bm25(articles_fts, ?, ?, ?, ?) AS score FROM articles_fts
    WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?
)
SELECT {_S}, hits.score FROM hits JOIN articles ON articles.id = hits.rowid
ORDER BY hits.score, articles.id DESC LIMIT ? OFFSET ?
"""  # noqa: S608
_SUMMARIES = f"SELECT {_S} FROM articles WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
_COUNT_ALL = "SELECT count(*) FROM (SELECT 1 FROM articles LIMIT ?)"
_COUNT_MATCH = (
    "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)"
)
_TOPIC_COUNTS = """
SELECT topic, count(*) AS n FROM article_topics
WHERE article_id >= coalesce(
    (SELECT id FROM articles ORDER BY id DESC LIMIT 1 OFFSET ?),
    (SELECT min(id) FROM articles)
)
GROUP BY topic ORDER BY n DESC, topic LIMIT ?
"""


def _window(limit: int, offset: int) -> tuple[int, int]:
    return max(0, int(limit)), max(0, int(offset))


@guarded
class ArticleQueries:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def latest(
        self, *, limit: int = 5, offset: int = 0, topic: str | None = None
    ) -> Page[ArticleSummary]:
        limit, offset = _window(limit, offset)
        cap = offset + limit + COUNT_LOOKAHEAD
        if topic is None or not topic.strip():
            found = await self._db.all(_LATEST, (limit, offset))
            total = await self._db.scalar(_COUNT_ALL, (cap,))
        else:
            query = fts.topic_query(topic)
            if query is None:
                return Page(items=[], total=0, offset=offset, limit=limit)
            found = await self._db.all(_LATEST_TOPIC, (query, limit, offset))
            total = await self._db.scalar(_COUNT_MATCH, (query, cap))
        items = [rows.summary(r) for r in found]
        return Page(items=items, total=int(total), offset=offset, limit=limit)

    async def search(self, query: str, *, limit: int = 5, offset: int = 0) -> Page[ArticleSummary]:
        limit, offset = _window(limit, offset)
        match = fts.search_query(query or "")
        if match is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        found = await self._db.all(
            _SEARCH, (*BM25_WEIGHTS, match, SEARCH_CANDIDATES, limit, offset)
        )
        total = await self._db.scalar(
            _COUNT_MATCH, (match, min(SEARCH_CANDIDATES, offset + limit + COUNT_LOOKAHEAD))
        )
        items = [rows.summary(r) for r in found]
        return Page(items=items, total=int(total), offset=offset, limit=limit)

    async def topic_counts(self, *, limit: int = 20, recent: int = 500) -> list[tuple[str, int]]:
        if limit <= 0 or recent <= 0:
            return []
        found = await self._db.all(_TOPIC_COUNTS, (recent - 1, limit))
        return [(r["topic"], int(r["n"])) for r in found]

    async def summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]:
        """Summaries in the order of ``article_ids``; unknown ids are skipped."""
        if not article_ids:
            return []
        wanted = [int(i) for i in article_ids]
        found = await self._db.all(_SUMMARIES, (json.dumps(wanted),))
        by_id = {r["id"]: rows.summary(r) for r in found}
        return [by_id[i] for i in wanted if i in by_id]
