"""PostgreSQL migrations: a database the first PostgreSQL release (schema 0001) left upgrades in
place — rows kept, and what later migrations derive (languages, quotes, stories, per-language
keys) is filled in at open, as the SQLite backend does for its files."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from briefing.models import Block, Briefing, Quote
from storage import lexemes
from storage.models import Destination
from storage.postgres import PgStore, migrate
from storage.postgres import text_search as ts
from storage.postgres.migrate import MIGRATION_LOCK, available_migrations
from tests.postgres import lead_table_out_of_step, new_database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TALKS = ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan")
ARTICLES = (
    Briefing(
        title="Talks open in Istanbul", topics=TALKS,
        blocks=(Block(text="Delegations met in Istanbul on Monday for a first round of talks."),),
        summary=("Delegations met in Istanbul on Monday.",),
        quotes=(Quote(text="We handed over our proposals in advance", speaker="Rustem Umerov"),),
    ),
    Briefing(
        title="Київ закупить 50 нових тролейбусів", topics=("Київ",),
        blocks=(Block(text="Київ до кінця року отримає 50 нових тролейбусів, повідомили в міській адміністрації."),),
        summary=("Київ до кінця року отримає 50 нових тролейбусів.",),
    ),
    Briefing(
        title="Istanbul talks end with a prisoner deal", topics=TALKS,
        quotes=(Quote(text="Every name matters to us", speaker="Umerov"),),
    ),
)  # fmt: skip


@pytest.fixture
async def url(pg_cluster) -> str:
    return await new_database(pg_cluster)


async def _first_release_database(url: str) -> None:
    """Schema 0001 with the rows the first PostgreSQL release wrote (briefings without a
    language, subscriptions per chat, deliveries per (chat, article), feeds)."""
    conn = await asyncpg.connect(url)
    try:
        assert await migrate(conn, target=1) == 1
        for i, briefing in enumerate(ARTICLES, start=1):
            payload = json.loads(briefing.model_dump_json())
            del payload["language"]  # as that release wrote it
            summary, topics = "\n".join(briefing.summary), "\n".join(briefing.topics)
            await conn.execute(
                "INSERT INTO articles (id, content_hash, title, added_at, body, summary, topics, briefing,"
                " lead_tsv, search_tsv) OVERRIDING SYSTEM VALUE"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::tsvector,"
                " array_to_tsvector(string_to_array($10, ' ')))",
                i, f"hash-{i}", briefing.title, NOW + timedelta(hours=i), briefing.text, summary, topics,
                json.dumps(payload), ts.lead_document(briefing.title, summary, topics),
                ts.search_document(briefing.title, summary, topics, briefing.text),
            )  # fmt: skip
        await conn.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), 3)")
        await conn.execute("INSERT INTO chats (id, type, created_at) VALUES (7, 'private', $1)", NOW)
        await conn.execute(
            "INSERT INTO subscriptions (chat_id, topic, key, created_at) VALUES "
            "(7, 'тролейбуси', 'тролейбуси', $1), (7, 'talks', 'talk', $1)",
            NOW,
        )
        await conn.execute(
            "INSERT INTO deliveries (chat_id, article_id, status, created_at, updated_at) "
            "VALUES (7, 1, 'pending', $1, $1)",
            NOW,
        )
        await conn.execute("INSERT INTO feeds (url, created_at) VALUES ('https://old.example/rss', $1)", NOW)
    finally:
        await conn.close()


async def test_first_release_database_upgrades_in_place(url):
    await _first_release_database(url)
    store = await PgStore.open(url)
    try:
        talks, kyiv, deal = [await store.articles.get(i) for i in (1, 2, 3)]
        assert [a.language for a in (talks, kyiv, deal)] == ["en", "uk", "en"]
        assert kyiv.briefing.language == "uk" and kyiv.briefing.title == ARTICLES[1].title
        assert await store.articles.backfill_languages() == 0  # once only
        # subscriptions and deliveries kept, now of the chat itself (thread 0 → None)
        assert [(s.topic, s.thread_id, s.exclude, s.paused) for s in await store.subscriptions.for_chat(7)] == [
            ("talks", None, (), False), ("тролейбуси", None, (), False)  # same time: by topic
        ]
        assert await store.subscriptions.match(kyiv) == {Destination(7): ["тролейбуси"]}
        [delivery] = await store.deliveries.for_article(1)
        assert (delivery.chat_id, delivery.thread_id, delivery.status) == (7, None, "pending")
        [feed] = await store.feeds.list()
        assert (feed.body_hash, feed.alerted, feed.imported) == (None, False, False)
        # quotes indexed and stories decided from the stored briefings
        page = await store.quotes.by_person("Umerov")
        assert [(h.article_id, h.speaker) for h in page.items] == [(3, "Umerov"), (1, "Rustem Umerov")]
        assert [a.id for a in await store.stories.of(3)] == [3, 1]
        assert await store.quotes.refresh() == 0 and await store.stories.refresh() == 0
        new = await store.articles.add(
            Briefing(title="Prisoners come home after Istanbul talks", topics=TALKS), now=NOW + timedelta(hours=4)
        )
        assert new.id == 4 and [a.id for a in await store.stories.of(new.id)] == [4, 3, 1]
        assert await store.integrity_check() == "ok"
    finally:
        await store.close()
    conn = await asyncpg.connect(url)
    try:
        versions = [r[0] for r in await conn.fetch("SELECT version FROM schema_migrations ORDER BY version")]
    finally:
        await conn.close()
    assert versions == [m.version for m in available_migrations()]


async def test_stale_exclusion_and_mute_keys_are_refreshed_at_open(url, make_briefing):
    async with await PgStore.open(url) as store:
        await store.chats.upsert(1, type="private")
        await store.chats.upsert(2, type="private")
        await store.subscriptions.add(1, "Ukraine", exclude=["Footballs"])
        await store.subscriptions.add(2, "Ukraine")
        await store.subscriptions.mute(2, "Shelling")
    conn = await asyncpg.connect(url)
    try:  # as if an older release had keyed them differently
        await conn.execute("UPDATE subscriptions SET exclude_keys = '[\"footballs-old\"]'")
        await conn.execute("UPDATE chat_mutes SET key = 'shelling-old'")
        await conn.execute("DELETE FROM meta WHERE key LIKE 'subscriptions.%'")
    finally:
        await conn.close()
    async with await PgStore.open(url) as store:
        football = await store.articles.add(make_briefing(title="Ukraine football final", story="football"))
        shelled = await store.articles.add(make_briefing(title="Ukraine shelled overnight", story="rates"))
        assert list(await store.subscriptions.match(football)) == [Destination(2)]
        assert list(await store.subscriptions.match(shelled)) == [Destination(1)]


async def test_topic_word_runs_are_added_to_stored_rows_as_new_rows_get_them(url):
    """Migrations 0009 (pairs) and 0010 (three and four words) derive the lexemes of runs of
    adjacent words of rows written before them from the positions in their ``lead_tsv``: the same
    document ``text_search.lead_document`` writes today, also where positions run out (past the
    last position, past 255 positions of one term)."""
    # "kyiv xray" after 255 positions of "kyiv", "zulu yankee" past the last position: no pairs
    long_summary = "Kyiv talks " * 300 + "Kyiv xray " + " ".join(f"w{i % 40} talks" for i in range(8000)) + " zulu yankee"
    texts = [
        (a.title, "\n".join(a.summary), "\n".join(a.topics)) for a in ARTICLES
    ] + [("Talks in Kyiv", long_summary, "Kyiv\nTalks"), ("", "", ""), ("Umerov Umerov Umerov", "", "Rustem Umerov")]
    conn = await asyncpg.connect(url)
    try:
        assert await migrate(conn, target=8) == 8
        for i, (title, summary, topics) in enumerate(texts, start=1):
            await conn.execute(  # as written before 0009: the positioned lexemes only
                "INSERT INTO articles (id, content_hash, title, added_at, body, summary, topics, briefing, lead_tsv,"
                " search_tsv) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, '', $5, $6, '{}',"
                " ts_filter($7::text::tsvector, '{a,b,c}'), ''::tsvector)",
                i, f"hash-{i}", title, NOW, summary, topics, ts.lead_document(title, summary, topics),
            )
        assert await conn.fetchval("SELECT count(*) FROM articles WHERE lead_tsv @@ '''rustem umerov'''") == 0
        assert await migrate(conn) == available_migrations()[-1].version
        for i, (title, summary, topics) in enumerate(texts, start=1):
            stored, written = await conn.fetchrow(
                "SELECT lead_tsv::text, $2::text::tsvector::text FROM articles WHERE id = $1",
                i, ts.lead_document(title, summary, topics),
            )
            assert stored == written, (i, title)
        found = await conn.fetch("SELECT id FROM articles WHERE lead_tsv @@ '''rustem umerov''' ORDER BY id")
        assert [r["id"] for r in found] == [1, 3, len(texts)]
        for phrase, ids in (("Delegations met in Istanbul", [1]), ("Istanbul talks Rustem", [1, 3]),
                            ("Umerov Umerov Umerov", [len(texts)]), ("Kyiv talks Kyiv talks", [4]),
                            ("talks zulu yankee", [])):  # runs of three and four terms: migration 0010
            run = ts.quote(ts.run(*lexemes.terms(phrase)))
            found = await conn.fetch("SELECT id FROM articles WHERE lead_tsv @@ $1::tsquery ORDER BY id", run)
            assert [r["id"] for r in found] == ids, phrase
        assert await conn.fetchval("SELECT count(*) FROM articles WHERE lead_tsv @@ $1::tsquery", "'zulu yankee' | 'kyiv xray'") == 0
    finally:
        await conn.close()


async def test_topic_lookup_table_is_filled_for_stored_rows_and_kept_in_step(url):
    """Migration 0010's ``article_lead`` gets every stored article's ``lead_tsv``; then each
    added article gets its row and each removed one loses it, and /latest <topic> reads it."""
    await _first_release_database(url)
    conn = await asyncpg.connect(url)
    try:
        assert await migrate(conn, target=9) == 9
        await conn.execute("DELETE FROM articles WHERE id = 2")  # a gap in the ids, as removals leave
        assert await migrate(conn) == available_migrations()[-1].version
        assert [r["id"] for r in await conn.fetch("SELECT id FROM article_lead ORDER BY id")] == [1, 3]
        storage_of_lead = "SELECT attstorage::text FROM pg_attribute WHERE attrelid = 'articles'::regclass AND attname = 'lead_tsv'"
        assert await conn.fetchval(storage_of_lead) == "x"  # extended: out of the wide row /search fetches
    finally:
        await conn.close()
    assert await lead_table_out_of_step(url) == 0
    async with await PgStore.open(url) as store:
        new = await store.articles.add(
            Briefing(title="Rustem Umerov meets Hakan Fidan", topics=TALKS), now=NOW + timedelta(hours=4)
        )
        assert await lead_table_out_of_step(url) == 0
        page = await store.articles.latest(topic="Rustem Umerov")
        assert ([a.id for a in page.items], page.total) == ([new.id, 3, 1], 3)
        await store.articles.remove(3)
        assert await lead_table_out_of_step(url) == 0
        page = await store.articles.latest(topic="Rustem Umerov")
        assert ([a.id for a in page.items], page.total) == ([new.id, 1], 2)


async def test_a_worker_starting_during_a_long_migration_waits_for_it(url):
    """Migration 0009 rewrites every article: minutes on a large store. A worker starting
    meanwhile waits on the migration lock past its pool's command and lock timeouts, then
    finds the work done."""
    holder = await asyncpg.connect(url)
    waiter = await asyncpg.connect(url, command_timeout=1.0, server_settings={"lock_timeout": "100ms"})
    try:
        await holder.execute("BEGIN")
        await holder.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)  # a migration in progress
        waiting = asyncio.create_task(migrate(waiter))
        await asyncio.sleep(2.0)
        assert not waiting.done()
        await holder.execute("COMMIT")
        assert await waiting == available_migrations()[-1].version
    finally:
        await holder.close()
        await waiter.close()
