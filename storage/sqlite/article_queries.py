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
"""Search orders only the newest this-many matches of a query (rare terms, the usual search,
see every hit); ``Page.total`` is then capped at this number too, since later hits are not
reachable by paging."""

_S = rows.SUMMARY_COLUMNS
_LATEST = f"SELECT {_S} FROM articles ORDER BY id DESC LIMIT ? OFFSET ?"  # noqa: S608
_LATEST_TOPIC = f"""
SELECT {_S} FROM articles WHERE id IN (
    SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?
) ORDER BY id DESC
"""  # noqa: S608
# Relevance tiers instead of bm25: bm25 reads every posting list of the query in full to weigh
# its terms (idf), so its cost grows with the store (a word in most articles: ~1.4 ms at 100k),
# and per ranked row. Here the candidates are the newest matches (read in rowid order, LIMIT),
# and the two column-filtered lookups that place them in tiers read only the rowid range those
# candidates span. Tier 2: every word in the title; 1: every word in title/summary/topics;
# 0: found with the body's help. Newest first within a tier.
_SEARCH = f"""
WITH hits AS (
    SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?
), oldest AS (SELECT min(rowid) AS id FROM hits),
in_title AS (
    SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= (SELECT id FROM oldest)
), in_lead AS (
    SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= (SELECT id FROM oldest)
), page AS (
    SELECT rowid, (rowid IN in_title) + (rowid IN in_lead) AS tier FROM hits
    ORDER BY tier DESC, rowid DESC LIMIT ? OFFSET ?
)
SELECT {_S} FROM page JOIN articles ON articles.id = page.rowid
ORDER BY page.tier DESC, articles.id DESC
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


def search_params(match: str, limit: int, offset: int) -> tuple[object, ...]:
    """Parameters of ``_SEARCH`` for an FTS query from ``fts.search_query``."""
    title, lead = fts.in_columns(fts.TITLE_COLUMN, match), fts.in_columns(fts.LEAD_COLUMNS, match)
    return (match, SEARCH_CANDIDATES, title, lead, limit, offset)


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
        found = await self._db.all(_SEARCH, search_params(match, limit, offset))
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
