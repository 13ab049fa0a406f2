"""Numbered migrations: an old database upgrades in place, each step atomically."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest

from briefing.models import Block, Briefing, Quote
from storage.models import Destination
from storage.sqlite import SqliteStore, connect, migrate
from storage.sqlite.migrate import Migration, available_migrations

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
LATEST = available_migrations()[-1].version

OLD_BRIEFING = Briefing(
    title="Parliament passes the budget",
    source="Old Times",
    blocks=(
        Block(text="Parliament passed the budget late on Wednesday after a twelve-hour debate."),
        Block(text="The opposition said the spending plans would not survive the winter."),
    ),
    summary=("Parliament passed the budget late on Wednesday.",),
    topics=("Parliament", "Budget"),
)


async def _first_schema_database(path: str) -> None:
    """A file as the first release (schema 0001 only) left it, with some rows in it."""
    conn = await connect(path)
    try:
        assert await migrate(conn, target=1) == 1
        stamp = NOW.timestamp()
        await conn.execute(
            "INSERT INTO articles (id, url, content_hash, title, source, added_at, body, summary,"
            " topics, briefing) VALUES (1, 'https://old.example/budget', 'hash-1', ?, 'Old Times',"
            " ?, ?, ?, ?, ?)",
            (
                OLD_BRIEFING.title, stamp, OLD_BRIEFING.text, "\n".join(OLD_BRIEFING.summary),
                "\n".join(OLD_BRIEFING.topics), OLD_BRIEFING.model_dump_json(),
            ),
        )  # fmt: skip
        await conn.execute(
            "INSERT INTO chats (id, type, settings, created_at) VALUES (5, 'private', ?, ?)",
            (json.dumps({"mode": "digest"}), stamp),
        )
        await conn.execute(
            "INSERT INTO subscriptions (chat_id, topic, key, created_at) VALUES (5, 'budget', 'budget', ?)",
            (stamp,),
        )
        await conn.execute(
            "INSERT INTO deliveries (chat_id, article_id, status, created_at, updated_at)"
            " VALUES (5, 1, 'pending', ?, ?)",
            (stamp, stamp),
        )
        await conn.execute(
            "INSERT INTO feeds (url, created_at) VALUES ('https://old.example/rss', ?)", (stamp,)
        )
    finally:
        await conn.close()


async def test_first_schema_upgrades_in_place(tmp_path, make_briefing):
    path = str(tmp_path / "old.db")
    await _first_schema_database(path)
    store = await SqliteStore.open(path)
    try:
        async with store._conn.execute("PRAGMA user_version") as cursor:
            assert (await cursor.fetchone())[0] == LATEST
        # Old rows survive and read back as models.
        article = await store.articles.get(1)
        assert article.briefing == OLD_BRIEFING and article.duplicate_of is None
        assert (await store.chats.get(5)).settings.mode == "digest"
        [sub] = await store.subscriptions.for_chat(5)
        assert (sub.topic, sub.thread_id, sub.exclude, sub.paused) == ("budget", None, (), False)
        [delivery] = await store.deliveries.for_article(1)
        assert delivery.topics == () and delivery.not_before is None and delivery.thread_id is None
        assert [f.url for f in await store.feeds.list()] == ["https://old.example/rss"]
        # Old articles are searchable, and their topics were backfilled into article_topics.
        assert [a.id for a in (await store.articles.search("budget debate")).items] == [1]
        assert [a.id for a in (await store.articles.latest(topic="parliament")).items] == [1]
        assert dict(await store.articles.topic_counts()) == {"Parliament": 1, "Budget": 1}
        # Features added by later migrations work on the upgraded file.
        claimed = await store.deliveries.claim(5, now=NOW)
        assert [d.article_id for d in claimed] == [1]
        assert await store.meta.try_lease("jobs", "w1", ttl_seconds=30, now=NOW)
        feed = (await store.feeds.list())[0]
        await store.feeds.mark_seen(feed.id, "guid")
        assert await store.feeds.seen(feed.id, "guid")
        wire = make_briefing(story="wire")
        original = await store.articles.add(wire, now=NOW)
        copy = tuple(p.replace("At least nine", "At least ten") for p in wire.paragraphs)
        near = await store.articles.add(make_briefing(title="Copy", paragraphs=copy), now=NOW)
        assert near.duplicate_of == original.id
        assert await store.integrity_check() == "ok"
    finally:
        await store.close()


async def test_reopening_is_a_no_op(tmp_path, make_briefing):
    path = str(tmp_path / "db.sqlite")
    store = await SqliteStore.open(path)
    await store.articles.add(make_briefing())
    await store.close()
    store = await SqliteStore.open(path)
    try:
        assert await store.articles.count() == 1
    finally:
        await store.close()


async def test_each_migration_is_atomic(tmp_path):
    conn = await connect(str(tmp_path / "db.sqlite"))
    try:
        steps = [
            Migration(1, "0001_ok.sql", "CREATE TABLE a (x INTEGER);"),
            Migration(
                2, "0002_broken.sql", "CREATE TABLE b (x INTEGER);\nINSERT INTO missing VALUES (1);"
            ),
        ]
        with pytest.raises(sqlite3.OperationalError):
            await migrate(conn, migrations=steps)
        async with conn.execute("PRAGMA user_version") as cursor:
            assert (await cursor.fetchone())[0] == 1
        async with conn.execute(
            "SELECT name FROM sqlite_master WHERE name IN ('a', 'b')"
        ) as cursor:
            assert [r[0] for r in await cursor.fetchall()] == ["a"]
    finally:
        await conn.close()


async def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        await SqliteStore.open(str(path))


def test_statement_splitting_keeps_trigger_bodies():
    [first] = [m for m in available_migrations() if m.version == 1]
    statements = first.statements()
    triggers = [s for s in statements if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 3 and all(s.rstrip().upper().endswith("END;") for s in triggers)
    assert all(sqlite3.complete_statement(s) for s in statements)


async def test_stale_subscription_keys_are_refreshed_at_open(tmp_path, make_briefing):
    """A release that stems differently must not silently orphan stored subscriptions."""
    path = str(tmp_path / "db.sqlite")
    async with await SqliteStore.open(path) as store:
        await store.chats.upsert(1, type="private")
        await store.subscriptions.add(1, "Drones")
        # Simulate keys written by an older topic_key (e.g. no stemming at all).
        await store._conn.execute("UPDATE subscriptions SET key = 'drones-old'")
        await store._conn.execute("DELETE FROM meta WHERE key LIKE 'subscriptions.%'")
    async with await SqliteStore.open(path) as store:
        article = await store.articles.add(make_briefing(title="A drone over Kyiv"))
        assert await store.subscriptions.match(article) == {Destination(1): ["drones"]}
        assert await store.subscriptions.refresh_keys() == 0  # fingerprint stored: no work


async def _schema5_database(path: str, *, match_cursor: int | None) -> None:
    """A file as release 0005 left it: articles 1, 2 and 4 (3 was removed), 4 a near-duplicate
    of 1, deliveries and topics pointing at them, and the matching cursor at ``match_cursor``."""
    conn = await connect(path)
    try:
        assert await migrate(conn, target=5) == 5
        stamp = NOW.timestamp()
        stories = {
            1: ("Parliament passes the budget", "Parliament passed the budget after a long debate.", None),
            2: ("Drones strike the port", "Drones struck the port of Odesa overnight, officials said.", None),
            4: ("Budget passes parliament", "The budget passed parliament after a long debate.", 1),
        }
        for article_id, (title, body, duplicate_of) in stories.items():
            await conn.execute(
                "INSERT INTO articles (id, content_hash, title, added_at, body, summary, topics, briefing,"
                " duplicate_of) VALUES (?, ?, ?, ?, ?, ?, 'Budget', ?, ?)",
                (article_id, f"hash-{article_id}", title, stamp, body, body,
                 Briefing(title=title, blocks=(Block(text=body),)).model_dump_json(), duplicate_of),
            )  # fmt: skip
            await conn.execute(
                "INSERT INTO article_topics (article_id, topic) VALUES (?, 'Budget')", (article_id,)
            )
        await conn.execute(
            "INSERT INTO chats (id, type, settings, created_at) VALUES (5, 'private', '{}', ?)", (stamp,)
        )
        for article_id in (2, 4):
            await conn.execute(
                "INSERT INTO deliveries (chat_id, article_id, status, created_at, updated_at)"
                " VALUES (5, ?, 'sent', ?, ?)",
                (article_id, stamp, stamp),
            )
        if match_cursor is not None:
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES ('match_cursor', ?)", (str(match_cursor),)
            )
    finally:
        await conn.close()


async def _schema_objects(store: SqliteStore) -> set[tuple[str, str]]:
    async with store._conn.execute(
        "SELECT type, name FROM sqlite_master WHERE tbl_name = 'articles' AND type <> 'table'"
    ) as cursor:
        return {(row[0], row[1]) for row in await cursor.fetchall()}


async def test_0006_keeps_ids_and_never_reuses_them(tmp_path, make_briefing):
    path = str(tmp_path / "v5.db")
    # Articles 5 and 6 were matched (cursor 6), then removed: neither id may come back.
    await _schema5_database(path, match_cursor=6)
    store = await SqliteStore.open(path)
    try:
        # Ids, near-duplicate links, deliveries and topics are kept as they were.
        assert [a.id for a in (await store.articles.latest()).items] == [4, 2, 1]
        assert (await store.articles.get(4)).duplicate_of == 1
        assert [d.article_id for d in await store.deliveries.for_article(2)] == [2]
        assert dict(await store.articles.topic_counts()) == {"Budget": 3}
        # The FTS index (external content keyed by id) still finds the old rows.
        assert [a.id for a in (await store.articles.search("odesa")).items] == [2]
        assert [a.id for a in (await store.articles.search("budget debate")).items] == [4, 1]
        await store._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        # Triggers and indexes were recreated on the rebuilt table.
        fresh_path = str(tmp_path / "fresh.db")
        async with await SqliteStore.open(fresh_path) as fresh:
            assert await _schema_objects(store) == await _schema_objects(fresh)
        # New ids start above the cursor, not above the highest row left.
        added = await store.articles.add(make_briefing(story="rates"), now=NOW)
        assert added.id == 7
        assert [a.id for a in (await store.articles.search("mortgage")).items] == [7]
        # Removing keeps the index in step (delete trigger) and the foreign keys still act.
        await store.articles.remove(2)
        assert (await store.articles.search("odesa")).items == []
        assert await store.deliveries.for_article(2) == []
        await store.articles.remove(1)
        assert (await store.articles.get(4)).duplicate_of is None  # ON DELETE SET NULL
        async with store._conn.execute("PRAGMA foreign_keys") as cursor:
            assert (await cursor.fetchone())[0] == 1  # enforcement is back on after migrating
        await store.articles.remove(7)
        assert (await store.articles.add(make_briefing(story="football"), now=NOW)).id == 8
        assert await store.integrity_check() == "ok"
    finally:
        await store.close()


async def test_0006_without_a_cursor_continues_after_the_highest_id(tmp_path, make_briefing):
    path = str(tmp_path / "v5.db")
    await _schema5_database(path, match_cursor=None)
    async with await SqliteStore.open(path) as store:
        assert (await store.articles.add(make_briefing(story="rates"), now=NOW)).id == 5


async def test_0006_on_an_empty_database(tmp_path, make_briefing):
    path = str(tmp_path / "empty.db")
    conn = await connect(path)
    try:
        assert await migrate(conn, target=5) == 5
    finally:
        await conn.close()
    async with await SqliteStore.open(path) as store:
        first = await store.articles.add(make_briefing(), now=NOW)
        await store.articles.remove(first.id)
        assert (await store.articles.add(make_briefing(story="rates"), now=NOW)).id == first.id + 1


async def test_a_migration_that_breaks_foreign_keys_is_rolled_back(tmp_path):
    conn = await connect(str(tmp_path / "db.sqlite"))
    try:
        steps = [
            Migration(1, "0001_ok.sql", "CREATE TABLE parent (id INTEGER PRIMARY KEY);\n"
                      "CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));"),
            Migration(2, "0002_orphan.sql", "INSERT INTO child (parent_id) VALUES (42);"),
        ]
        with pytest.raises(RuntimeError, match="foreign key"):
            await migrate(conn, migrations=steps)
        async with conn.execute("PRAGMA user_version") as cursor:
            assert (await cursor.fetchone())[0] == 1
        async with conn.execute("SELECT count(*) FROM child") as cursor:
            assert (await cursor.fetchone())[0] == 0
    finally:
        await conn.close()


LANGUAGE_VERSION = next(
    m.version for m in available_migrations() if m.name.endswith("_article_language.sql")
)
UK_BRIEFING = Briefing(
    title="Київ закупить нові тролейбуси",
    blocks=(
        Block(text="Київська міська адміністрація оголосила закупівлю 40 нових тролейбусів."),
        Block(text="Перші машини мають вийти на маршрути вже восени, повідомили в мерії."),
    ),
    summary=("Київська міська адміністрація оголосила закупівлю 40 нових тролейбусів.",),
    topics=("тролейбусів",),
)


async def test_upgrade_detects_languages_of_stored_articles_and_keys_old_subscriptions(tmp_path):
    """A store from before languages: its articles (briefing JSON without "language") are
    detected once at open, and an old subscription in Ukrainian matches Ukrainian articles."""
    path = str(tmp_path / "old.db")
    conn = await connect(path)
    try:
        await migrate(conn, target=LANGUAGE_VERSION - 1)
        stamp = NOW.timestamp()
        for article_id, briefing in ((1, OLD_BRIEFING), (2, UK_BRIEFING)):
            payload = json.loads(briefing.model_dump_json())
            del payload["language"]  # as the previous release wrote it
            await conn.execute(
                "INSERT INTO articles (id, content_hash, title, added_at, body, summary, topics,"
                " briefing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id, f"hash-{article_id}", briefing.title, stamp, briefing.text,
                    "\n".join(briefing.summary), "\n".join(briefing.topics), json.dumps(payload),
                ),
            )  # fmt: skip
        await conn.execute("INSERT INTO chats (id, type, created_at) VALUES (7, 'private', ?)", (stamp,))
        await conn.execute(
            "INSERT INTO subscriptions (chat_id, topic, key, created_at) "
            "VALUES (7, 'тролейбуси', 'тролейбуси', ?)",
            (stamp,),
        )
        await conn.commit()
    finally:
        await conn.close()

    store = await SqliteStore.open(path)
    try:
        english, ukrainian = await store.articles.get(1), await store.articles.get(2)
        assert (english.language, english.briefing.language) == ("en", "en")
        assert (ukrainian.language, ukrainian.briefing.language) == ("uk", "uk")
        assert english.briefing.title == OLD_BRIEFING.title  # nothing else touched
        assert await store.articles.backfill_languages() == 0  # once only
        assert await store.subscriptions.match(ukrainian) == {Destination(7): ["тролейбуси"]}
        assert await store.integrity_check() == "ok"
    finally:
        await store.close()


QUOTES_VERSION = next(m.version for m in available_migrations() if m.name.endswith("_quotes.sql"))
QUOTED_BRIEFING = OLD_BRIEFING.model_copy(
    update={
        "quotes": (
            Quote(text="We handed over our proposals in advance", speaker="Rustem Umerov", key=True),
            Quote(text="We are still waiting for their document", speaker="Umerov"),
            Quote(text="reckless", speaker="Umerov", scare=True),
        )
    }
)


async def _database_before_quotes(path: str, articles: int) -> None:
    """A file as the release before the quotes index left it, with quoted articles in it."""
    conn = await connect(path)
    try:
        assert await migrate(conn, target=QUOTES_VERSION - 1) == QUOTES_VERSION - 1
        for i in range(1, articles + 1):
            await conn.execute(
                "INSERT INTO articles (id, content_hash, title, added_at, briefing) VALUES (?, ?, ?, ?, ?)",
                (i, f"hash-{i}", f"Talks, day {i}", NOW.timestamp() + i, QUOTED_BRIEFING.model_dump_json()),
            )
    finally:
        await conn.close()


async def test_upgrade_indexes_the_quotes_of_stored_articles(tmp_path, monkeypatch):
    monkeypatch.setattr("storage.sqlite.quotes.BACKFILL_BATCH", 2)  # several batches
    path = str(tmp_path / "before-quotes.db")
    await _database_before_quotes(path, articles=5)
    async with await SqliteStore.open(path) as store:
        async with store._conn.execute("PRAGMA user_version") as cursor:
            assert (await cursor.fetchone())[0] == LATEST
        page = await store.quotes.by_person("Umerov", limit=20)
        # two real quotes per article; the same words in five articles are listed once each
        assert page.total == 2 and [h.article_id for h in page.items] == [5, 5]
        assert {h.speaker for h in page.items} == {"Rustem Umerov", "Umerov"}
        async with store._conn.execute("SELECT count(*) FROM quotes") as cursor:
            assert (await cursor.fetchone())[0] == 10
        assert await store.quotes.refresh() == 0  # done once, remembered
        assert await store.integrity_check() == "ok"


async def test_changed_person_keys_are_rebuilt_at_open(tmp_path):
    path = str(tmp_path / "db.sqlite")
    async with await SqliteStore.open(path) as store:
        await store.articles.add(QUOTED_BRIEFING, now=NOW)
        # as if an older release had keyed names differently
        await store._conn.execute("UPDATE quotes SET surname = 'umerov-old'")
        await store._conn.execute("UPDATE meta SET value = 'old' WHERE key = 'quotes.key_fingerprint'")
        assert (await store.quotes.by_person("Umerov")).total == 0
    async with await SqliteStore.open(path) as store:
        assert (await store.quotes.by_person("Umerov")).total == 2


async def test_read_only_open_leaves_the_backfill_for_later(tmp_path):
    path = str(tmp_path / "before-quotes.db")
    await _database_before_quotes(path, articles=1)
    conn = await connect(path)
    await migrate(conn)  # schema current, quotes not yet indexed
    await conn.close()
    async with await SqliteStore.open(f"file:{path}?mode=ro") as store:
        assert (await store.quotes.by_person("Umerov")).total == 0
    async with await SqliteStore.open(path) as store:
        assert (await store.quotes.by_person("Umerov")).total == 2


JOINT_VERSION = next(m.version for m in available_migrations() if m.name.endswith("_joint_speakers.sql"))


async def test_upgrade_indexes_a_joint_statement_under_each_speaker(tmp_path):
    """A file the release before joint speakers left: the quote was one row, keyed as a group."""
    path = str(tmp_path / "before-joint.db")
    briefing = OLD_BRIEFING.model_copy(
        update={"quotes": (Quote(text="We will not sign it in this form", speaker="Ed Kline and Rosa Diaz"),)}
    )
    conn = await connect(path)
    try:
        assert await migrate(conn, target=JOINT_VERSION - 1) == JOINT_VERSION - 1
        await conn.execute(
            "INSERT INTO articles (id, content_hash, title, added_at, briefing) VALUES (1, 'h', 'Strike', ?, ?)",
            (NOW.timestamp(), briefing.model_dump_json()),
        )
        await conn.execute(
            "INSERT INTO quotes (article_id, position, text, text_key, speaker, kind, surname, first_name,"
            " said_at, added_at) VALUES (1, 0, 'We will not sign it in this form', 'we will not sign it in"
            " this form', 'Ed Kline and Rosa Diaz', 'group', 'ed kline and rosa diaz', '', ?, ?)",
            (NOW.timestamp(), NOW.timestamp()),
        )
        await conn.execute("INSERT INTO meta (key, value) VALUES ('quotes.key_fingerprint', 'before')")
        await conn.commit()
    finally:
        await conn.close()
    async with await SqliteStore.open(path) as store:
        for name in ("Kline", "Rosa Diaz"):
            assert [h.text for h in (await store.quotes.by_person(name)).items] == [
                "We will not sign it in this form"
            ], name
        assert (await store.quotes.by_person("Ed Kline and Rosa Diaz")).total == 0
        async with store._conn.execute("SELECT slot, speaker FROM quotes ORDER BY slot") as cursor:
            assert [tuple(r) for r in await cursor.fetchall()] == [(0, "Ed Kline"), (1, "Rosa Diaz")]
        assert await store.integrity_check() == "ok"


STORIES_VERSION = next(m.version for m in available_migrations() if m.name.endswith("_stories.sql"))


async def test_upgrade_decides_the_stories_of_stored_articles(tmp_path):
    """Articles stored before stories existed: recent ones get stories by the same rule."""
    path = str(tmp_path / "before-stories.db")
    topics = ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan")
    articles = [
        Briefing(title="Talks open in Istanbul", topics=topics),
        Briefing(title="Parliament passes the budget", topics=("Parliament", "Budget")),
        Briefing(title="Istanbul talks end with a prisoner deal", topics=topics),
    ]
    conn = await connect(path)
    try:
        await migrate(conn, target=STORIES_VERSION - 1)
        for i, briefing in enumerate(articles, start=1):
            await conn.execute(
                "INSERT INTO articles (id, content_hash, title, added_at, briefing) VALUES (?, ?, ?, ?, ?)",
                (i, f"hash-{i}", briefing.title, NOW.timestamp() + i, briefing.model_dump_json()),
            )
    finally:
        await conn.close()
    async with await SqliteStore.open(path) as store:
        assert [a.id for a in await store.stories.of(3)] == [3, 1]
        assert await store.stories.size(2) == 1
        assert await store.stories.refresh() == 0
        later = await store.articles.add(
            Briefing(title="Prisoners come home after Istanbul talks", topics=topics), now=NOW
        )
        assert [a.id for a in await store.stories.of(later.id)] == [later.id, 3, 1]


async def test_stale_exclusion_and_mute_keys_are_refreshed_at_open(tmp_path, make_briefing):
    path = str(tmp_path / "db.sqlite")
    async with await SqliteStore.open(path) as store:
        await store.chats.upsert(1, type="private")
        await store.chats.upsert(2, type="private")
        await store.subscriptions.add(1, "Ukraine", exclude=["Footballs"])
        await store.subscriptions.add(2, "Ukraine")
        await store.subscriptions.mute(2, "Shelling")
        await store._conn.execute("UPDATE subscriptions SET exclude_keys = '[\"footballs-old\"]'")
        await store._conn.execute("UPDATE chat_mutes SET key = 'shelling-old'")
        await store._conn.execute("DELETE FROM meta WHERE key LIKE 'subscriptions.%'")
    async with await SqliteStore.open(path) as store:
        football = await store.articles.add(make_briefing(title="Ukraine football final", story="football"))
        shelled = await store.articles.add(make_briefing(title="Ukraine shelled overnight", story="rates"))
        assert list(await store.subscriptions.match(football)) == [Destination(2)]
        assert list(await store.subscriptions.match(shelled)) == [Destination(1)]


async def test_match_index_upgrade_keeps_subscriptions_matching_from_the_index_alone(tmp_path, make_briefing):
    """The migration adding ``subscriptions_match`` on a file with subscriptions: the key-only
    index goes, the rows match as before, and the match query reads the index alone."""
    from storage.sqlite import subscriptions

    [step] = [m for m in available_migrations() if m.name.endswith("_subscriptions_match_index.sql")]
    path = str(tmp_path / "db.sqlite")
    conn = await connect(path)
    try:
        assert await migrate(conn, target=step.version - 1) == step.version - 1
        stamp = NOW.timestamp()
        await conn.execute("INSERT INTO chats (id, type, settings, created_at) VALUES (5, 'private', '{}', ?)", (stamp,))
        await conn.execute(
            "INSERT INTO subscriptions (chat_id, thread_id, topic, key, exclude_words, exclude_keys, created_at)"
            " VALUES (5, 0, 'budget', 'budget', '[\"debate\"]', '[\"debat\"]', ?), (5, 7, 'parliament', 'parliament',"
            " '[]', '[]', ?)",
            (stamp, stamp),
        )
        await conn.commit()
    finally:
        await conn.close()
    async with await SqliteStore.open(path) as store:
        async with store._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'subscriptions' AND sql IS NOT NULL"
        ) as cursor:
            assert [row[0] for row in await cursor.fetchall()] == ["subscriptions_match"]
        async with store._conn.execute("EXPLAIN QUERY PLAN " + subscriptions._MATCH, ('["budget"]',)) as cursor:
            plan = " ".join(row[-1] for row in await cursor.fetchall())
        assert "USING COVERING INDEX subscriptions_match" in plan
        budget = await store.articles.add(make_briefing(
            title="Parliament passes the budget", story="rates", summary=("It passed.",), topics=()
        ))
        assert await store.subscriptions.match(budget) == {
            Destination(5): ["budget"], Destination(5, 7): ["parliament"]
        }
        debate = await store.articles.add(make_briefing(
            title="Budget debate in parliament", story="football", summary=("It went on.",), topics=()
        ))
        assert await store.subscriptions.match(debate) == {Destination(5, 7): ["parliament"]}
