"""PostgreSQL search and topic lists walk the newest id blocks first (migration 0008); the result
must be exactly what one query over the whole store gives.

The articles' ids are spread over many id blocks (the id sequence is moved forward between adds)
and the caps are made small, so a query crosses several windows, stops early in some, and falls
back to the whole store in others (a word only old articles have, a word no article has).
"""

from __future__ import annotations

import asyncpg
import pytest

from storage import open_store
from storage.postgres import article_queries, text_search

ARTICLES = 60
ID_STEP = 400
"""~2.5 articles per 1,024-id block: 60 articles over 24 blocks."""
QUERIES = ["gamma", "alpha", "beta", "alpha beta", "delta", "epsilon", "gamma epsilon", "zeta", "nothingatall"]
TOPICS = ["alpha", "beta", "grain deal", "deal grain", "delta", "epsilon", "nothingatall"]


def _article(i: int) -> tuple[str, str, str]:
    title = " ".join(w for w, on in (("Alpha", i % 2 == 0), ("Epsilon", i % 5 == 0), ("grain deal", i % 7 == 0)) if on)
    summary = " ".join(w for w, on in (("beta", i % 3 == 0), ("delta", i < 8), ("alpha", i % 4 == 1)) if on)
    body = f"Gamma report number {i}. " + ("Epsilon again. " if i % 5 == 1 else "") + ("Zeta. " if i < 5 else "")
    return f"Report {i} {title}", f"Summary {i} {summary}", body


@pytest.fixture
async def spread(pg_url, make_briefing):
    store = await open_store(pg_url)
    conn = await asyncpg.connect(pg_url)
    for i in range(ARTICLES):
        await conn.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), $1)", 1 + i * ID_STEP)
        title, summary, body = _article(i)
        await store.articles.add(make_briefing(title, paragraphs=(body,), summary=(summary,), topics=("Reports",)))
    yield store, conn
    await conn.close()
    await store.close()


async def _search_reference(conn, text: str, limit: int, offset: int) -> tuple[list[int], int]:
    """One query over every article: newest candidates, then tiers (title with weight A)."""
    query = text_search.search_query(text)
    hits = await conn.fetch(
        "SELECT id FROM articles WHERE search_tsv @@ $1::tsquery ORDER BY id DESC LIMIT $2",
        query, article_queries.SEARCH_CANDIDATES)
    in_title = query.replace("' &", "':A &") + ":A"
    ranked = await conn.fetch(
        "SELECT id FROM articles WHERE id = ANY($1::bigint[]) ORDER BY "
        "(lead_tsv @@ $2::tsquery)::int + (lead_tsv @@ $3::tsquery)::int DESC, id DESC LIMIT $4 OFFSET $5",
        [r["id"] for r in hits], in_title, query, limit, offset)
    return [r["id"] for r in ranked], len(hits)


@pytest.mark.parametrize("candidates", [7, 25, 500])
async def test_search_walk_equals_one_query_over_the_store(spread, monkeypatch, candidates):
    store, conn = spread
    monkeypatch.setattr(article_queries, "SEARCH_CANDIDATES", candidates)
    assert await conn.fetchval("SELECT count(DISTINCT id >> 10) FROM articles") > 4 * article_queries.FIRST_BLOCKS
    found_any = 0
    for text in QUERIES:
        for limit, offset in ((5, 0), (3, 4), (20, 0)):
            page = await store.articles.search(text, limit=limit, offset=offset)
            ids, total = await _search_reference(conn, text, limit, offset)
            assert ([a.id for a in page.items], page.total) == (ids, total), (text, limit, offset)
            found_any += bool(ids)
    assert found_any >= 20


@pytest.mark.parametrize("lookahead", [2, 9, 1000])
async def test_topic_walk_equals_one_query_over_the_store(spread, monkeypatch, lookahead):
    store, conn = spread
    monkeypatch.setattr(article_queries, "COUNT_LOOKAHEAD", lookahead)
    for topic in TOPICS:
        query = text_search.topic_query(topic)
        every = [r["id"] for r in await conn.fetch(
            "SELECT id FROM articles WHERE lead_tsv @@ $1::tsquery ORDER BY id DESC", query)]
        for limit, offset in ((5, 0), (3, 4)):
            page = await store.articles.latest(topic=topic, limit=limit, offset=offset)
            assert [a.id for a in page.items] == every[offset : offset + limit], (topic, offset)
            assert page.total == min(len(every), offset + limit + lookahead), (topic, offset)
