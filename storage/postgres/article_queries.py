"""Read-side article queries: /latest, /search, /topics and summary lookups.

Same contract and results as ``storage/sqlite/article_queries.py``: /latest walks the primary
key newest first with LIMIT, ``Page.total`` is counted only up to a cap, and search orders the
newest ``SEARCH_CANDIDATES`` matches by the same relevance tiers. Full-text lookups
(``_newest_matches``) ask the GIN indexes for the newest id blocks first (migration 0008), so a
common word costs what the newest few thousand articles cost, whatever the store's size.
/latest <topic> and search's relevance tiers ask the narrow ``article_lead`` table (migration 0010),
whose rows are the id and a pointer to ``lead_tsv``: ~1,000 matches are fetched from ~100 pages
instead of ~1,000, and a topic of up to four words is one lexeme (``text_search.run``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

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
# The documents indexed with id_block(id) by migrations 0008 and 0010 (expressions written
# exactly so), as "table WHERE document".
SEARCH_DOC = "articles WHERE search_tsv"
LEAD_DOC = "article_lead WHERE lead_tsv"
TITLE_DOC = "articles WHERE ts_filter(lead_tsv, '{a}')"
_NEWEST = "SELECT id FROM {doc} @@ $1::text::tsquery ORDER BY id + 0 DESC LIMIT $2"
_NEWEST_IN_BLOCKS = """
SELECT id FROM {doc} @@ $1::text::tsquery AND id_block(id) @@ $2::text::tsquery
ORDER BY id + 0 DESC LIMIT $3
"""
# "id + 0": no walk down the primary key checking each row against the query. A generic plan
# (asyncpg prepares every statement) cannot see how rare the words are and took that walk on
# article_lead, whose rows look cheap but whose lead_tsv is in TOAST: 130 ms against 10 ms.
_NEWEST_FIRST_WINDOW = f"""
SELECT top.id AS top, hit.* FROM (SELECT max(id) AS id FROM articles) AS top
LEFT JOIN LATERAL (
    SELECT id FROM {{doc}} @@ $1::text::tsquery AND id_block(id) @@ (
        SELECT string_agg(format('''~%s''', n), ' | ') FROM generate_series(
            greatest(0, (top.id >> {text_search.ID_BLOCK_BITS}) - $3 + 1), top.id >> {text_search.ID_BLOCK_BITS}
        ) AS n
    )::tsquery
    ORDER BY id + 0 DESC LIMIT $2
) AS hit ON true
"""  # noqa: S608 (a constant)
"""``_NEWEST_IN_BLOCKS`` over the newest $3 blocks (``text_search.id_blocks`` written in SQL),
with the newest id as ``top`` (and no ``id`` when nothing matches): one round trip fewer than
asking ``max(id)`` first."""
_MATCHING_IN_BLOCKS = "SELECT id FROM {doc} @@ $1::text::tsquery AND id_block(id) @@ $2::text::tsquery"
_TIERS = _MATCHING_IN_BLOCKS.format(doc=TITLE_DOC) + " UNION ALL " + _MATCHING_IN_BLOCKS.format(doc=LEAD_DOC)
"""An id listed twice has every word in its title (title ⊂ lead), once in title/summary/topics.
(Reading the tiers from the rows the lookup fetches anyway, with ``lead_tsv @@`` in its select
list, measured slower: 14.8 against 12.0 ms median at 10k articles.)"""
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
            matches = await _newest_matches(conn, LEAD_DOC, query, cap)
            items = await _summaries(conn, matches[offset : offset + limit])
        return Page(items=items, total=len(matches), offset=offset, limit=limit)

    async def search(self, query: str, *, limit: int = 5, offset: int = 0) -> Page[ArticleSummary]:
        limit, offset = _window(limit, offset)
        anywhere = text_search.search_query(query or "")
        if anywhere is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        async with self._db.connection() as conn:  # one connection: each release costs a round trip
            hits = await _newest_matches(conn, SEARCH_DOC, anywhere, SEARCH_CANDIDATES)
            page = await _by_tier(conn, anywhere, hits)
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


async def _by_tier(conn: Connection, query: str, hits: list[int]) -> list[int]:
    """``hits`` (newest first) in relevance tiers, newest first within a tier. Tier 2: every
    word in the title; 1: every word in title/summary/topics; 0: the body helped. The lookups
    (``_TIERS``) read only the id blocks the hits span."""
    if not hits:
        return []
    window = text_search.id_blocks(text_search.id_block(hits[-1]), text_search.id_block(hits[0]))
    tier = Counter(r["id"] for r in await conn.fetch(_TIERS, query, window))
    return sorted(hits, key=lambda i: (-tier[i], -i))


async def _newest_matches(conn: Connection, doc: str, query: str, need: int) -> list[int]:
    """Ids of the newest ``need`` articles whose ``doc`` matches ``query``, newest first.

    Asked block window by block window, newest first (``FIRST_BLOCKS``, then sized by the
    density seen): the matches of a window are all newer than any outside it, so the walk
    stops as soon as it has ``need``. A window that would reach the oldest block asks the
    whole store instead (rare words: short posting lists)."""
    if need <= 0:
        return []
    first = await conn.fetch(_NEWEST_FIRST_WINDOW.format(doc=doc), query, need, FIRST_BLOCKS)
    if first[0]["top"] is None:
        return []
    found = [r["id"] for r in first if r["id"] is not None]
    last = text_search.id_block(int(first[0]["top"]))
    newest = last - FIRST_BLOCKS
    if newest < 0:  # the first window held the whole store
        return found
    asked = last - newest
    blocks = _next_window(asked, len(found), need)
    while len(found) < need:
        oldest = newest - blocks + 1
        if oldest <= 0:
            return [r["id"] for r in await conn.fetch(_NEWEST.format(doc=doc), query, need)]
        window = text_search.id_blocks(oldest, newest)
        found += [r["id"] for r in await conn.fetch(_NEWEST_IN_BLOCKS.format(doc=doc), query, window, need - len(found))]
        newest = oldest - 1
        asked = last - newest
        blocks = _next_window(asked, len(found), need)
    return found


def _next_window(asked: int, found: int, need: int) -> int:
    """Blocks to ask next: at least as many as asked so far (the reach at least doubles), and
    enough for ``WIDEN_MARGIN`` × the matches still missing at the density seen so far (none
    seen: so wide that the walk asks the whole store)."""
    return max(asked, math.ceil(asked * WIDEN_MARGIN * (need - found) / max(1, found)))
