"""Full-text search: ranking, paging, and hostile input that must never raise."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.sqlite import fts

HOSTILE = [
    "",
    "   ",
    '"',
    '"unbalanced',
    "drone*",
    "*",
    "NEAR(drone rates, 2)",
    "drone NEAR rates",
    "(drone OR",
    "((((",
    ")",
    "AND",
    "OR NOT AND",
    "drone AND NOT",
    "title:drone",
    "{title body}: drone",
    "^drone",
    "'; DROP TABLE articles; --",
    "drone\x00\x01\x1b[31m",
    "🚀🔥 drone 🇺🇦",
    "!!!???...,,,",
    "_ __ ___",
    "drone " * 700,
    "x" * 4000,
    "дрон беспилотник",
]


@pytest.fixture
async def filled(store, make_briefing):
    await store.articles.add(make_briefing(title="Drone attack on Kyiv"))
    await store.articles.add(make_briefing(title="Rates rise", story="rates", topics=("Economy",)))
    await store.articles.add(make_briefing(title="Cup final", story="football", topics=("Sport",)))
    return store


@pytest.mark.parametrize("query", HOSTILE)
async def test_hostile_search_never_raises(filled, query):
    page = await filled.articles.search(query)
    assert page.total >= len(page.items)
    assert await filled.articles.count() == 3  # nothing was dropped


@pytest.mark.parametrize("query", HOSTILE)
async def test_hostile_topic_never_raises(filled, query):
    page = await filled.articles.latest(topic=query)
    assert page.total >= len(page.items)


async def test_operators_are_plain_words(filled):
    # As FTS syntax, OR would return two articles and NOT would exclude the drone story.
    assert (await filled.articles.search("drone OR rates")).items == []
    assert [a.title for a in (await filled.articles.search("NOT drone")).items] == [
        "Drone attack on Kyiv"
    ]
    assert [a.title for a in (await filled.articles.search("drone* NEAR kyiv")).items] == [
        "Drone attack on Kyiv"
    ]


async def test_only_stopwords_still_search(filled):
    # Stopwords are dropped only when other words remain.
    page = await filled.articles.search("the")
    assert page.total == len(page.items) > 0


async def test_search_is_stemmed_and_all_terms_required(filled):
    [hit] = (await filled.articles.search("drone attacks")).items
    assert hit.title == "Drone attack on Kyiv"
    assert (await filled.articles.search("drone penalty")).items == []
    assert [a.title for a in (await filled.articles.search("'; percentage --")).items] == [
        "Rates rise"
    ]


async def test_title_outranks_body(store, make_briefing):
    in_body = await store.articles.add(
        make_briefing(
            title="Overnight attack", paragraphs=("Inflation worries grew as markets fell.",)
        )
    )
    in_title = await store.articles.add(
        make_briefing(title="Inflation report", paragraphs=("Prices and wages in the spring.",))
    )
    page = await store.articles.search("inflation")
    assert [a.id for a in page.items] == [in_title.id, in_body.id]
    assert page.total == 2


async def test_tiers_title_then_lead_then_body_newest_first(store, make_briefing):
    """Every word in the title beats every word in summary/topics beats body-only; a split
    match (one word in the title, one in the body) is a body match; newest first in a tier."""

    async def add(title: str, body: str, summary: str = "Quiet day.", topics=("Weather",)):
        briefing = make_briefing(title=title, paragraphs=(body,), summary=(summary,), topics=topics)
        return (await store.articles.add(briefing)).id

    old_title = await add("Grain corridor deal signed", "Ships may sail.")
    lead = await add("Port news", "Ships sail.", summary="The grain corridor reopened.")
    split = await add("Grain prices", "A corridor for ships.")
    body = await add("Harbour update", "Talk of a grain corridor continued.")
    new_title = await add("Grain corridor extended", "Ships sail on.")
    topic = await add("Black Sea", "Ships sail south.", topics=("grain corridor",))
    page = await store.articles.search("grain corridor", limit=10)
    assert [a.id for a in page.items] == [new_title, old_title, topic, lead, body, split]
    paged = [
        a.id
        for offset in range(0, 6, 4)
        for a in (await store.articles.search("grain corridor", limit=4, offset=offset)).items
    ]
    assert paged == [a.id for a in page.items]


async def test_search_paging(store, make_briefing):
    for i in range(6):
        await store.articles.add(
            make_briefing(title=f"Budget vote {i}", paragraphs=(f"Budget text {i}.",))
        )
    first = await store.articles.search("budget", limit=4)
    second = await store.articles.search("budget", limit=4, offset=4)
    assert first.total == 6 and len(first.items) == 4 and len(second.items) == 2
    assert not {a.id for a in first.items} & {a.id for a in second.items}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_becomes_a_valid_fts_query(text):
    """The query builder alone, against a real FTS5 table: never a syntax error."""
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute(
            "CREATE VIRTUAL TABLE t USING fts5(title, summary, topics, body, tokenize='porter unicode61')"
        )
        conn.execute("INSERT INTO t VALUES ('drone strike', 'a summary', 'Kyiv', 'body text')")
        match = fts.search_query(text)
        tiers = [fts.in_columns(c, match) for c in (fts.TITLE_COLUMN, fts.LEAD_COLUMNS)] if match else []
        for query in (match, fts.topic_query(text), *tiers):
            if query is not None:
                conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()


def test_terms_are_capped():
    query = fts.search_query(" ".join(f"word{i}" for i in range(100)))
    assert query is not None and query.count('"') == 2 * fts.MAX_TERMS
