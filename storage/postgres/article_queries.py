"""Read-side article queries: /latest, /search, /topics and summary lookups.

Same contract and results as ``storage/sqlite/article_queries.py``: /latest walks the primary
key newest first with LIMIT, ``Page.total`` is counted only up to a cap, and search orders the
newest ``SEARCH_CANDIDATES`` matches by the same relevance tiers. Full-text lookups
(``_newest_matches``) ask the GIN indexes for the newest id blocks first (migration 0008), so a
common word costs what the newest few thousand articles cost, whatever the store's size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import asyncpg

from ..models import ArticleSummary, Page
from . import rows, text_search
from .db import Connection, Database, guarded

COUNT_LOOKAHEAD = 1000
"""``Page.total`` is exact up to ``offset + limit + COUNT_LOOKAHEAD``, a lower bound beyond."""
SEARCH_CANDIDATES = 500
"""Search orders only the newest this-many matches (as the SQLite backend does); ``Page.total``
is capped at this number too."""
FIRST_BLOCKS = 4
"""The first window: the newest 4 id blocks (~4,000 articles)."""
WIDEN_MARGIN = 1.5
"""The next window is sized for 1.5× the matches still missing, at the density seen so far."""

_S = rows.SUMMARY_COLUMNS
_LATEST = f"SELECT {_S} FROM articles ORDER BY id DESC LIMIT $1 OFFSET $2"  # noqa: S608
# The documents indexed with id_block(id) by migration 0008 (expressions written exactly so).
SEARCH_DOC = "search_tsv"
LEAD_DOC = "lead_tsv"
_NEWEST = "SELECT id{tier} FROM articles WHERE {doc} @@ $1::text::tsquery ORDER BY id DESC LIMIT $2"
_NEWEST_IN_BLOCKS = """
SELECT id{tier} FROM articles WHERE {doc} @@ $1::text::tsquery AND id_block(id) @@ $3::text::tsquery
ORDER BY id DESC LIMIT $2
"""
_NEWEST_FIRST_WINDOW = f"""
SELECT top.id AS top, hit.* FROM (SELECT max(id) AS id FROM articles) AS top
LEFT JOIN LATERAL (
    SELECT id{{tier}} FROM articles WHERE {{doc}} @@ $1::text::tsquery AND id_block(id) @@ (
        SELECT string_agg(format('''~%s''', n), ' | ') FROM generate_series(
            greatest(0, (top.id >> {text_search.ID_BLOCK_BITS}) - $3 + 1), top.id >> {text_search.ID_BLOCK_BITS}
        ) AS n
    )::tsquery
    ORDER BY id DESC LIMIT $2
) AS hit ON true
"""  # noqa: S608 (a constant)
"""``_NEWEST_IN_BLOCKS`` over the newest $3 blocks (``text_search.id_blocks`` written in SQL),
with the newest id as ``top`` (and no ``id`` when nothing matches): one round trip fewer than
asking ``max(id)`` first."""
_TIER = ", (lead_tsv @@ $1::text::tsquery)::int + (lead_tsv @@ ${n}::text::tsquery)::int AS tier"
"""Search's relevance tier of a row already read (``text_search.title_query``): 2 every word in
the title, 1 in title/summary/topics, 0 the body helped."""
_SUMMARIES = f"SELECT {_S} FROM articles WHERE id = ANY($1::bigint[])"  # noqa: S608
_COUNT_ALL = "SELECT count(*) FROM (SELECT 1 FROM articles LIMIT $1) AS capped"
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
            return Page(items=[rows.summary(r) for r in found], total=int(total), offset=offset, limit=limit)
        query = text_search.topic_query(topic)
        if query is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        async with self._db.connection() as conn:  # one connection: each release costs a round trip
            matches = [r["id"] for r in await _newest_matches(conn, LEAD_DOC, query, cap)]
            items = await _summaries(conn, matches[offset : offset + limit])
        return Page(items=items, total=len(matches), offset=offset, limit=limit)

    async def search(self, query: str, *, limit: int = 5, offset: int = 0) -> Page[ArticleSummary]:
        limit, offset = _window(limit, offset)
        anywhere = text_search.search_query(query or "")
        if anywhere is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        in_title = text_search.title_query(query or "")
        async with self._db.connection() as conn:  # one connection: each release costs a round trip
            hits = await _newest_matches(conn, SEARCH_DOC, anywhere, SEARCH_CANDIDATES, in_title)
            # relevance tiers, newest first within a tier
            page = [r["id"] for r in sorted(hits, key=lambda r: (-r["tier"], -r["id"]))]
            items = await _summaries(conn, page[offset : offset + limit])
        return Page(items=items, total=len(hits), offset=offset, limit=limit)

    async def topic_counts(self, *, limit: int = 20, recent: int = 500) -> list[tuple[str, int]]:
        if limit <= 0 or recent <= 0:
            return []
        found = await self._db.all(_TOPIC_COUNTS, (recent - 1, limit))
        return [(r["topic"], int(r["n"])) for r in found]

    async def summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]:
        """Summaries in the order of ``article_ids``; unknown ids are skipped."""
        if not article_ids:
            return []
        async with self._db.connection() as conn:
            return await _summaries(conn, article_ids)


async def _summaries(conn: Connection, article_ids: Sequence[int]) -> list[ArticleSummary]:
    if not article_ids:
        return []
    wanted = [int(i) for i in article_ids]
    by_id = {r["id"]: rows.summary(r) for r in await conn.fetch(_SUMMARIES, wanted)}
    return [by_id[i] for i in wanted if i in by_id]


async def _newest_matches(
    conn: Connection, doc: str, query: str, need: int, in_title: str | None = None
) -> list[asyncpg.Record]:
    """Rows (``id``, and ``tier`` given ``in_title``) of the newest ``need`` articles whose
    ``doc`` matches ``query``, newest first.

    Asked block window by block window, newest first (``FIRST_BLOCKS``, then sized by the
    density seen): the matches of a window are all newer than any outside it, so the walk
    stops as soon as it has ``need``. A window that would reach the oldest block asks the
    whole store instead (rare words: short posting lists)."""
    if need <= 0:
        return []
    extra = () if in_title is None else (in_title,)
    tier = _TIER.format(n=4) if extra else ""
    first = await conn.fetch(_NEWEST_FIRST_WINDOW.format(doc=doc, tier=tier), query, need, FIRST_BLOCKS, *extra)
    if first[0]["top"] is None:
        return []
    found: list[asyncpg.Record] = [r for r in first if r["id"] is not None]
    last = text_search.id_block(int(first[0]["top"]))
    newest = last - FIRST_BLOCKS
    if newest < 0:  # the first window held the whole store
        return found
    asked = last - newest
    blocks = max(asked, math.ceil(asked * WIDEN_MARGIN * (need - len(found)) / max(1, len(found))))
    whole_sql = _NEWEST.format(doc=doc, tier=_TIER.format(n=3) if extra else "")
    in_blocks_sql = _NEWEST_IN_BLOCKS.format(doc=doc, tier=tier)
    while len(found) < need:
        oldest = newest - blocks + 1
        if oldest <= 0:
            return list(await conn.fetch(whole_sql, query, need, *extra))
        window = text_search.id_blocks(oldest, newest)
        found += await conn.fetch(in_blocks_sql, query, need - len(found), window, *extra)
        newest = oldest - 1
        asked = last - newest
        blocks = max(asked, math.ceil(asked * WIDEN_MARGIN * (need - len(found)) / max(1, len(found))))
    return found
