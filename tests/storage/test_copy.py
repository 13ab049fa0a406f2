"""``store copy`` both ways (SQLite → PostgreSQL → SQLite) on a store with every kind of row;
what the contract API reads back must be the same on each side."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiosqlite
import pytest

from briefing.models import Block, Briefing, Quote
from storage import open_store
from storage.bulk import TABLES
from storage.copy import CopyRefused, copy_store
from storage.models import ChatSettings, NewDelivery, NewFeed
from tests.postgres import lead_table_out_of_step, new_database

from .conftest import PARAGRAPHS

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
WORDS = ["drone", "pipeline", "tariff", "heatwave", "election", "vaccine", "harbour", "refinery"]
TALKS = ("Istanbul", "talks", "Rustem Umerov", "Hakan Fidan")
UK_PARAGRAPHS = (
    "Київ до кінця року отримає 50 нових тролейбусів, повідомили в міській адміністрації.",
    "Закупівля тролейбусів коштуватиме 1,2 млрд гривень, їх передадуть на нові маршрути.",
)
FORUM, NEWS_TOPIC, SPORT_TOPIC = -1003, 11, 12


def _quoted(briefing: Briefing, *quotes: tuple[str, str]) -> Briefing:
    return briefing.model_copy(update={"quotes": tuple(Quote(text=t, speaker=s) for t, s in quotes)})


async def _fill_newer_tables(store, make_briefing, ids: list[int]) -> dict:
    """Languages and per-language keys, quotes, stories, forum topics, exclusions, mutes, feed
    lists and feed bookkeeping: the rows later migrations added."""
    talk = await store.articles.add(_quoted(
        make_briefing("Ukraine and Russia hold talks in Istanbul", topics=TALKS, story="drones"),
        ("We handed over our proposals", "Rustem Umerov"), ("The talks were useful", "Hakan Fidan"),
    ), now=T0 + timedelta(hours=1))  # fmt: skip
    follow_up = await store.articles.add(_quoted(
        make_briefing("Prisoner swap agreed at Istanbul talks", topics=TALKS, story="football"),
        ("Every name matters to us", "Umerov"), ("We handed over our proposals", "Rustem Umerov"),
        ("Both delegations will meet again", "Rustem Umerov and Hakan Fidan"),
    ), now=T0 + timedelta(days=2))  # fmt: skip
    assert await store.stories.size(follow_up.id) == 2
    ukrainian = await store.articles.add(Briefing(
        title="Київ закупить 50 нових тролейбусів", language="uk",
        blocks=tuple(Block(text=p) for p in UK_PARAGRAPHS), summary=UK_PARAGRAPHS[:1], topics=("Київ",),
    ), now=T0 + timedelta(days=2))  # fmt: skip
    await store.subscriptions.add(101, "тролейбуси")  # its Ukrainian key goes to topic_keys
    await store.subscriptions.add(FORUM, "Київ")
    await store.subscriptions.add(FORUM, "talks", thread_id=NEWS_TOPIC, exclude=["football", "prisoner swap"])
    await store.subscriptions.add(FORUM, "Istanbul", thread_id=SPORT_TOPIC)
    assert await store.subscriptions.pause_thread(FORUM, SPORT_TOPIC) == 1
    await store.subscriptions.mute(102, "Fidan")
    await store.subscriptions.mute(FORUM, "тролейбуси")  # the forum's "Київ" misses that article
    await store.deliveries.enqueue(FORUM, talk.id, ["talks"], thread_id=NEWS_TOPIC)
    imported = await store.feeds.add_many(
        [NewFeed(url="https://imported.example/a.xml", title="Imported A"), NewFeed(url="https://imported.example/b.xml")],
        added_by=7,
    )
    await store.feeds.record_success(imported[0].id, etag=None, last_modified=None, title=None, now=T0,
                                     next_poll_at=T0 + timedelta(hours=1), body_hash="sha256:feedbody")
    await store.feeds.set_alerted([imported[1].id], True)
    await store.feeds.mark_seen_many(imported[0].id, ["fp-1", "fp-2"], now=T0 + timedelta(minutes=5))
    return {"talks": [talk.id, follow_up.id], "ukrainian": ukrainian.id, "match": [talk.id, follow_up.id,
            ukrainian.id, ids[0]], "imported": imported[0].id}


async def _fill(store, make_briefing) -> dict:
    """A small but complete store: what each test compares after copying."""
    ids = []
    for i in range(40):
        word = WORDS[i % len(WORDS)]
        body = (f"Officials reported {word} news number {i} on Monday. " * 6,
                f"The {word} story developed further in the region {i} as ministers met. " * 5)
        article = await store.articles.add(
            make_briefing(f"{word.title()} update {i}", paragraphs=body, topics=(word, f"Region {i % 3}")),
            url=f"https://news.example/{i}", added_by=7, now=T0 + timedelta(minutes=i),
        )
        ids.append(article.id)
    wire = await store.articles.add(make_briefing("Floods force thousands from homes", story="wire"), now=T0)
    edited = tuple(p.replace("At least nine", "At least ten") for p in PARAGRAPHS["wire"])
    copy = await store.articles.add(make_briefing("Floods: thousands leave homes", paragraphs=edited,
                                                  url="https://other.example/floods"), now=T0)
    assert copy.duplicate_of == wire.id  # a near-duplicate survives the copy flagged
    await store.articles.remove(ids[-1])  # a gap in the ids (and the highest plain id gone)
    for chat_id, kind in ((101, "private"), (102, "private"), (-2001, "group"), (-1003, "supergroup")):
        await store.chats.upsert(chat_id, type=kind, title=None if chat_id > 0 else f"Chat {chat_id}")
        await store.subscriptions.add(chat_id, "drones")
        await store.subscriptions.add(chat_id, f"region {chat_id % 3}")
    await store.chats.update_settings(102, ChatSettings(mode="digest", digest_time="07:30", timezone="Europe/Kyiv"))
    await store.chats.set_active(-2001, False)
    await store.deliveries.enqueue_many([
        NewDelivery(chat_id=101, article_id=ids[0], topics=("drones",)),
        NewDelivery(chat_id=102, article_id=ids[0], topics=("drones",), digest=True),
        NewDelivery(chat_id=-1003, article_id=ids[1], topics=("region 2",), not_before=T0 + timedelta(hours=3)),
        NewDelivery(chat_id=101, article_id=ids[8], topics=("drones",)),
    ])
    claimed = await store.deliveries.claim(2, now=T0 + timedelta(days=1))
    await store.deliveries.mark_sent(claimed[0].id, 555)
    await store.deliveries.mark_failed(claimed[1].id, "forbidden: bot was blocked")
    feed = await store.feeds.add("https://news.example/rss", added_by=7)
    await store.feeds.record_success(feed.id, etag='W/"abc"', last_modified="Mon, 02 Nov 2026 10:00:00 GMT",
                                     title="Example", now=T0, next_poll_at=T0 + timedelta(minutes=15))
    await store.feeds.add("https://broken.example/feed")
    await store.feeds.mark_seen(feed.id, "guid-1")
    await store.feeds.mark_seen(feed.id, "guid-2")
    await store.meta.set("matching.cursor", str(ids[20]))
    newer = await _fill_newer_tables(store, make_briefing, ids)
    return {"ids": ids[:-1] + [wire.id, copy.id, *newer["talks"], newer["ukrainian"]], "removed": ids[-1],
            "chats": [101, 102, -2001, -1003], **newer}


async def _snapshot(store, filled: dict) -> dict:
    """Everything the bot can read back, through the contract API."""
    return {
        "articles": [await store.articles.get(i) for i in filled["ids"]],
        "latest": await store.articles.latest(limit=20),
        "topic": await store.articles.latest(topic="drone", limit=20),
        "search": [await store.articles.search(q, limit=20) for q in ("drone news", "flood homes", "region 2")],
        "topics": await store.articles.topic_counts(),
        "chats": await store.chats.get_many(filled["chats"]),
        "digest": await store.chats.with_mode("digest"),
        "subs": [await store.subscriptions.for_chat(c) for c in filled["chats"]],
        "deliveries": [await store.deliveries.for_article(i) for i in filled["ids"]],
        "counts": await store.deliveries.counts(),
        "feeds": await store.feeds.list(),
        "seen": [await store.feeds.seen(1, k) for k in ("guid-1", "guid-2", "guid-3")],
        "cursor": await store.meta.get("matching.cursor"),
        "stats": await store.stats(),
        "forum": [await store.subscriptions.for_chat(FORUM, thread_id=t) for t in (NEWS_TOPIC, SPORT_TOPIC)],
        "mutes": [await store.subscriptions.mutes(c) for c in filled["chats"]],
        "match": [await store.subscriptions.match(await store.articles.get(i)) for i in filled["match"]],
        "quotes": [await store.quotes.by_person(n, limit=10) for n in ("Umerov", "Rustem Umerov", "Fidan")],
        "top": await store.quotes.top_people(since=T0 - timedelta(days=1)),
        "close": await store.quotes.close_matches("Umarov"),
        "stories": [(await store.stories.of(i), await store.stories.size(i)) for i in filled["talks"]],
        "seen_keys": await store.feeds.seen_keys(filled["imported"], ["fp-1", "fp-2", "fp-3"]),
    }


@pytest.fixture
async def pg_target(pg_cluster):
    return await new_database(pg_cluster)


async def test_sqlite_to_postgres_and_back_keeps_everything(tmp_path, pg_target, make_briefing):
    sqlite_path, back_path = str(tmp_path / "old.sqlite3"), str(tmp_path / "back.sqlite3")
    source = await open_store(sqlite_path)
    filled = await _fill(source, make_briefing)
    expected = await _snapshot(source, filled)
    target = await open_store(pg_target)
    seen_tables = set()
    try:
        counts = await copy_store(source, target, source_name=sqlite_path,
                                  progress=lambda table, done, total: seen_tables.add(table), batch=7)
        assert all(c.ok for c in counts) and {c.table for c in counts} == {t.name for t in TABLES}
        assert seen_tables == {t.name for t in TABLES}
        assert await _snapshot(target, filled) == expected
        assert await lead_table_out_of_step(pg_target) == 0  # bulk writes fill the topic lookup table
        # ids are never handed out twice: the removed highest id stays unused
        new = await target.articles.add(make_briefing("A brand new story", story="rates"))
        assert new.id > max(filled["ids"] + [filled["removed"]])
        await target.articles.remove(new.id)
        assert await lead_table_out_of_step(pg_target) == 0
        back = await open_store(back_path)
        try:
            counts = await copy_store(target, back, source_name=pg_target, batch=11)
            assert all(c.ok for c in counts)
            assert await _snapshot(back, filled) == expected
            assert await back.integrity_check() == "ok"
        finally:
            await back.close()
    finally:
        await source.close()
        await target.close()


async def test_interrupted_copy_resumes_and_foreign_target_is_refused(tmp_path, pg_target, make_briefing):
    source = await open_store(str(tmp_path / "old.sqlite3"))
    filled = await _fill(source, make_briefing)
    target = await open_store(pg_target)
    try:
        def crash_midway(table: str, done: int, total: int) -> None:
            if table == "articles" and done >= 20:
                raise KeyboardInterrupt  # Ctrl-C (or a kill) halfway through the articles

        with pytest.raises(KeyboardInterrupt):
            await copy_store(source, target, source_name="old", progress=crash_midway, batch=10)
        assert 20 <= await target.articles.count() < len(filled["ids"])
        await source.meta.set("matching.cursor", "999")  # the source moved on meanwhile
        counts = await copy_store(source, target, source_name="old", batch=10)
        assert all(c.ok for c in counts)
        assert await target.meta.get("matching.cursor") == "999"
        # the source prunes its story index as articles arrive: a re-run mirrors it exactly
        async with aiosqlite.connect(tmp_path / "old.sqlite3") as raw:
            await raw.execute("DELETE FROM story_features WHERE article_id = ?", (filled["talks"][0],))
            await raw.commit()
        counts = await copy_store(source, target, source_name="old", batch=10)
        assert all(c.ok for c in counts) and [c.target for c in counts if c.table == "story_features"] == [
            c.source for c in counts if c.table == "story_features"
        ]
        with pytest.raises(CopyRefused, match="not copied from other"):
            await copy_store(source, target, source_name="other")
    finally:
        await source.close()
        await target.close()
