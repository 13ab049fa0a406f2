"""Read-side article queries: /latest, /search, /topics and summary lookups.

Same contract and shape as ``storage/sqlite/article_queries.py``: lists walk the primary key
newest first with LIMIT, full-text lookups use the GIN indexes on ``lead_tsv``/``search_tsv``,
``Page.total`` is counted only up to a cap, and search orders the newest
``SEARCH_CANDIDATES`` matches by the same relevance tiers.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import ArticleSummary, Page
from . import rows, text_search
from .db import Database, guarded

COUNT_LOOKAHEAD = 1000
"""``Page.total`` is exact up to ``offset + limit + COUNT_LOOKAHEAD``, a lower bound beyond."""
SEARCH_CANDIDATES = 500
"""Search orders only the newest this-many matches (as the SQLite backend does)."""

_S = rows.SUMMARY_COLUMNS
_LATEST = f"SELECT {_S} FROM articles ORDER BY id DESC LIMIT $1 OFFSET $2"  # noqa: S608
_LATEST_TOPIC = f"""
SELECT {_S} FROM articles WHERE lead_tsv @@ $1::text::tsquery ORDER BY id DESC LIMIT $2 OFFSET $3
"""  # noqa: S608
# Tier 2: every word in the title; 1: every word in title/summary/topics; 0: the body helped.
# Title ⊂ lead, so the sum of the two tests is the tier. Newest first within a tier.
_SEARCH = f"""
WITH hits AS (
    SELECT id FROM articles WHERE search_tsv @@ $1::text::tsquery ORDER BY id DESC LIMIT $2
), page AS (
    SELECT a.id, (a.lead_tsv @@ $3::text::tsquery)::int + (a.lead_tsv @@ $4::text::tsquery)::int
           AS tier
    FROM hits JOIN articles AS a ON a.id = hits.id
    ORDER BY tier DESC, a.id DESC LIMIT $5 OFFSET $6
)
SELECT {_S} FROM page JOIN articles USING (id) ORDER BY page.tier DESC, id DESC
"""  # noqa: S608
_SUMMARIES = f"SELECT {_S} FROM articles WHERE id = ANY($1::bigint[])"  # noqa: S608
_COUNT_ALL = "SELECT count(*) FROM (SELECT 1 FROM articles LIMIT $1) AS capped"
_COUNT_TOPIC = (
    "SELECT count(*) FROM (SELECT 1 FROM articles WHERE lead_tsv @@ $1::text::tsquery LIMIT $2) AS c"
)
_COUNT_SEARCH = (
    "SELECT count(*) FROM (SELECT 1 FROM articles WHERE search_tsv @@ $1::text::tsquery LIMIT $2) AS c"
)
_TOPIC_COUNTS = """
SELECT topic, count(*) AS n FROM article_topics
WHERE article_id >= coalesce(
    (SELECT id FROM articles ORDER BY id DESC LIMIT 1 OFFSET $1),
    (SELECT min(id) FROM articles)
)
GROUP BY topic ORDER BY n DESC, topic COLLATE "C" LIMIT $2
"""


def _window(limit: int, offset: int) -> tuple[int, int]:
    return max(0, int(limit)), max(0, int(offset))


@guarded
class PgArticleQueries:
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
            query = text_search.topic_query(topic)
            if query is None:
                return Page(items=[], total=0, offset=offset, limit=limit)
            found = await self._db.all(_LATEST_TOPIC, (query, limit, offset))
            total = await self._db.scalar(_COUNT_TOPIC, (query, cap))
        return Page(items=[rows.summary(r) for r in found], total=int(total), offset=offset, limit=limit)

    async def search(self, query: str, *, limit: int = 5, offset: int = 0) -> Page[ArticleSummary]:
        limit, offset = _window(limit, offset)
        anywhere = text_search.search_query(query or "")
        if anywhere is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        in_title = text_search.search_query(query, text_search.TITLE)
        in_lead = text_search.search_query(query, text_search.LEAD_WEIGHTS)
        found = await self._db.all(
            _SEARCH, (anywhere, SEARCH_CANDIDATES, in_title, in_lead, limit, offset)
        )
        total = await self._db.scalar(
            _COUNT_SEARCH, (anywhere, min(SEARCH_CANDIDATES, offset + limit + COUNT_LOOKAHEAD))
        )
        return Page(items=[rows.summary(r) for r in found], total=int(total), offset=offset, limit=limit)

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
        found = await self._db.all(_SUMMARIES, (wanted,))
        by_id = {r["id"]: rows.summary(r) for r in found}
        return [by_id[i] for i in wanted if i in by_id]
