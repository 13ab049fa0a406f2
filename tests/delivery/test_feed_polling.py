"""Polling at scale against a real local site: global and per-host limits, Retry-After, cheap
unchanged feeds, recognising entries already seen, imported feeds, and admin alerts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

import bot.feeds
from bot.feed_alerts import tell_admins
from bot.feed_polling import ALERT_AFTER_FAILURES, PollLimits, poll_feeds
from bot.feeds import ENTRIES_PER_POLL, FINGERPRINT_WINDOW, SEEN_KEPT, entry_fingerprint, link_key
from net.fetch import Fetcher
from storage import NewFeed
from tests.delivery.newssite import NewsSite, rss, rss_entries

ADMIN = 4242
BLURB = "Dock workers at the port walked out on Monday, halting grain exports for a third day."


async def resolve_to_loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


@pytest.fixture
async def hosts_fetcher() -> AsyncIterator[Fetcher]:
    """Every host name resolves to the local site: several 'publishers' on one test server."""
    client = Fetcher(allow_private=True, timeout=5, deadline=10, resolver=resolve_to_loopback)
    yield client
    await client.aclose()


async def test_global_and_per_host_limits_hold_and_every_feed_is_polled(site: NewsSite, store, hosts_fetcher, clock) -> None:
    site.delay = 0.15
    for host in ("a.test", "b.test", "c.test", "d.test"):
        for n in range(5):
            site.feeds[f"{host}-{n}"] = rss(f"{host} {n}", [])
            await store.feeds.add(site.url(f"{host}-{n}", host))
    stats = await poll_feeds(store, hosts_fetcher, now=clock(), interval=600, limits=PollLimits(at_once=6, per_host=2))
    assert (stats.feeds, stats.errors) == (20, 0)
    assert site.max_in_flight["*"] == 6  # the global limit was reached, never passed
    assert all(site.max_in_flight[h] == 2 for h in ("a.test", "b.test", "c.test", "d.test"))
    assert await store.feeds.due(now=clock()) == []  # nobody starved


async def test_304_and_unchanged_bodies_cost_no_parse(site: NewsSite, store, fetcher, clock, monkeypatch) -> None:
    parses: list[object] = []
    real_parse = bot.feeds.feedparser.parse
    monkeypatch.setattr(bot.feeds.feedparser, "parse", lambda data: parses.append(data) or real_parse(data))
    site.feeds["etag"] = rss("With ETag", [])
    site.feeds["plain"] = rss("No validators", [])
    site.no_etag.add("plain")
    await store.feeds.add(site.url("etag"))
    await store.feeds.add(site.url("plain"))
    first = await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert (first.feeds, len(parses)) == (2, 2)
    clock.advance(seconds=61)
    second = await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert (second.not_modified, second.unchanged, len(parses)) == (1, 1, 2)
    site.feeds["plain"] = rss("No validators", [("Fresh", "/a/fresh")])
    clock.advance(seconds=61)
    third = await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert (third.unchanged, len(parses)) == (0, 3) and site.page_requests == ["/a/fresh"]


async def test_retry_after_is_honoured_and_the_hosts_other_feeds_wait(site: NewsSite, store, hosts_fetcher, clock) -> None:
    site.answers["busy-1"] = (429, {"Retry-After": "7200"})
    site.answers["solo"] = (503, {})  # no Retry-After: exponential backoff
    for name in ("busy-1", "busy-2", "busy-3"):
        site.feeds[name] = rss(name, [])
        await store.feeds.add(site.url(name, "busy.test"))
    site.feeds["calm"] = rss("calm", [])
    await store.feeds.add(site.url("calm", "calm.test"))
    await store.feeds.add(site.url("solo", "solo.test"))
    stats = await poll_feeds(store, hosts_fetcher, now=clock(), interval=600, limits=PollLimits(per_host=1))
    assert (stats.errors, stats.postponed) == (2, 2)
    feeds = {f.url.rsplit("/", 1)[-1]: f for f in await store.feeds.list()}
    later = clock() + timedelta(hours=2)
    assert (feeds["busy-1"].errors, feeds["busy-1"].next_poll_at) == (1, later)
    assert [(feeds[n].errors, feeds[n].next_poll_at) for n in ("busy-2", "busy-3")] == [(0, later)] * 2
    assert feeds["solo"].next_poll_at == clock() + timedelta(seconds=1200)
    assert feeds["calm"].errors == 0 and feeds["calm"].last_polled_at == clock()
    assert [r["name"] for r in site.feed_requests if r["name"].startswith("busy")] == ["busy-1"]

    site.answers["busy-1"] = (429, {"Retry-After": "5"})  # sooner than the interval: the interval wins
    clock.advance(hours=2)
    await poll_feeds(store, hosts_fetcher, now=clock(), interval=600)
    [busy] = [f for f in await store.feeds.list() if f.url.endswith("busy-1")]
    assert busy.next_poll_at == clock() + timedelta(seconds=600)


async def test_backoff_doubles_then_admins_are_told_once_and_on_recovery(site: NewsSite, store, fetcher, clock, bot, fake_server) -> None:
    site.answers["shaky"] = (500, {})
    feed = await store.feeds.add(site.url("shaky"))
    await store.feeds.add(site.url("fine"))
    site.feeds["fine"] = rss("Fine", [])
    waits, told = [], []
    for _ in range(ALERT_AFTER_FAILURES + 1):
        stats = await poll_feeds(store, fetcher, now=clock(), interval=100)
        await tell_admins(bot, store, [ADMIN], stats.failing, stats.recovered)
        told.append(len(fake_server.messages(ADMIN)))
        [shaky] = [f for f in await store.feeds.list() if f.id == feed.id]
        waits.append((shaky.next_poll_at - clock()).total_seconds())
        clock.now = shaky.next_poll_at
    assert waits == [200, 400, 800, 1600, 3200, 6400]
    assert told == [0, 0, 0, 0, 1, 1]  # once, when the fifth failure in a row came
    alert = fake_server.messages(ADMIN)[0].plain_text
    assert f"failed {ALERT_AFTER_FAILURES} polls in a row" in alert and "/feeds/shaky" in alert and "HTTP 500" in alert
    assert "/feeds/fine" not in alert

    del site.answers["shaky"]
    site.feeds["shaky"] = rss("Shaky Times", [])
    for _ in range(2):
        stats = await poll_feeds(store, fetcher, now=clock(), interval=100)
        await tell_admins(bot, store, [ADMIN], stats.failing, stats.recovered)
        clock.advance(seconds=101)
    assert len(fake_server.messages(ADMIN)) == 2  # recovery told once
    assert "1 feed works again" in fake_server.messages(ADMIN)[1].plain_text
    [shaky] = [f for f in await store.feeds.list() if f.id == feed.id]
    assert (shaky.errors, shaky.alerted) == (0, False)


async def test_alert_is_retried_when_telegram_fails_and_kept_when_the_admin_is_gone(store, bot, fake_server) -> None:
    feed = await store.feeds.add("https://broken.example/rss")
    failing = [feed.model_copy(update={"errors": ALERT_AFTER_FAILURES, "last_error": "HTTP 500"})]
    fake_server.faults.fail_next(1, "error", method="sendMessage", status=502)
    await tell_admins(bot, store, [ADMIN], failing, [])
    assert [f.alerted for f in await store.feeds.list()] == [False]  # not told: try again
    fake_server.block_chat(ADMIN)
    await tell_admins(bot, store, [ADMIN], failing, [])
    assert [f.alerted for f in await store.feeds.list()] == [True]  # blocked the bot: no point retrying
    await tell_admins(bot, store, [], failing, [])  # no admins configured: logged only, no error


async def test_entries_recognised_by_guid_then_link_then_fingerprint(site: NewsSite, store, fetcher, clock) -> None:
    def poll():
        clock.advance(seconds=61)
        return poll_feeds(store, fetcher, now=clock(), interval=60)

    site.feeds["wire"] = rss_entries("Wire", [{"title": "Opening", "link": "/a/opening", "guid": "g-0"}])
    await store.feeds.add(site.url("wire"))
    await poll()
    assert site.page_requests == ["/a/opening"]

    original = {"title": "Port strike halts grain exports", "description": BLURB}

    def edited(n: int) -> dict[str, str]:  # a summary edit: only the named key can match
        return {**original, "description": f"{BLURB} (Edit {n}.)"}

    steps = [
        ("new entry", {**original, "link": "/a/strike?utm_source=rss", "guid": "g-1"}, True),
        ("unstable GUID, same link", {**edited(1), "link": "/a/strike?utm_source=rss", "guid": "g-1-reissued"}, False),
        ("tracking parameters changed", {**edited(2), "link": "/a/strike?utm_source=mail#top", "guid": "g-1-b"}, False),
        ("GUID learnt through the link", {**edited(3), "link": "/a/strike-moved", "guid": "g-1-reissued"}, False),
        ("updated re-post: new GUID and link", {**original, "link": "/a/strike-updated", "guid": "g-1-update"}, False),
        ("edited summary, new GUID and link", {**edited(4), "link": "/a/strike-talks", "guid": "g-2"}, True),
    ]
    for label, item, fetched in steps:
        before = len(site.page_requests)
        site.feeds["wire"] = rss_entries("Wire", [item])
        await poll()
        assert (len(site.page_requests) > before) == fetched, label
    assert site.page_requests == ["/a/opening", "/a/strike", "/a/strike-talks"]


async def test_fingerprints_expire_and_need_enough_words(site: NewsSite, store, fetcher, clock) -> None:
    daily = {"title": "Morning briefing: what you need to know", "description": "Our daily round-up of the news."}
    site.feeds["daily"] = rss_entries("Daily", [{**daily, "link": "/d/1", "guid": "d-1"}])
    feed = await store.feeds.add(site.url("daily"))
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    clock.advance(hours=2)
    site.feeds["daily"] = rss_entries("Daily", [{**daily, "link": "/d/1b", "guid": "d-1b"}])
    await poll_feeds(store, fetcher, now=clock(), interval=60)  # within the window: a re-post
    clock.advance(seconds=FINGERPRINT_WINDOW.total_seconds())
    site.feeds["daily"] = rss_entries("Daily", [{**daily, "link": "/d/2", "guid": "d-2"},
                                                {**daily, "link": "/d/1b", "guid": "d-1b"}])
    await poll_feeds(store, fetcher, now=clock(), interval=60)  # next day, same blurb: a new item
    assert site.page_requests == ["/d/1", "/d/2"]
    assert entry_fingerprint("Live updates", "") is None  # too generic to identify anything
    assert await store.feeds.seen_keys(feed.id, [entry_fingerprint(daily["title"], daily["description"])])


async def test_an_entry_repeated_in_one_document_is_fetched_once(site: NewsSite, store, fetcher, clock) -> None:
    site.feeds["wire"] = rss_entries("Wire", [{"title": "Opening", "link": "/a/opening"}])
    await store.feeds.add(site.url("wire"))
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    story = {"title": "Port strike halts grain exports", "description": BLURB}
    site.feeds["wire"] = rss_entries("Wire", [{**story, "link": "/a/v2", "guid": "v2"},
                                              {**story, "link": "/a/v1", "guid": "v1"}])
    clock.advance(seconds=61)
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert site.page_requests == ["/a/opening", "/a/v2"]  # the newest version only


async def test_seen_entries_are_forgotten_only_when_old_and_out_of_the_document(site: NewsSite, store, fetcher,
                                                                              clock) -> None:
    """An entry still in the feed stays seen however old (never re-pushed); one that left the
    feed is forgotten once older than ``SEEN_KEPT``; one that left recently is kept."""
    def item(n: int) -> dict[str, str]:
        return {"title": f"Story {n}", "link": f"/a/{n}", "guid": f"g-{n}"}

    site.feeds["wire"] = rss_entries("Wire", [item(2), item(1)])
    feed = await store.feeds.add(site.url("wire"))
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    clock.advance(seconds=SEEN_KEPT.total_seconds() + 3600)
    site.feeds["wire"] = rss_entries("Wire", [item(3), item(2)])  # 1 left the feed a month ago
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert set(await store.feeds.seen_keys(feed.id, ["g-1", "g-2", "g-3"])) == {"g-2", "g-3"}
    clock.advance(hours=1)
    site.feeds["wire"] = rss_entries("Wire", [item(4), item(2)])  # 3 left just now: kept
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert set(await store.feeds.seen_keys(feed.id, ["g-2", "g-3", "g-4"])) == {"g-2", "g-3", "g-4"}
    assert site.page_requests == ["/a/1", "/a/2", "/a/3", "/a/4"]  # 2, a month old, never fetched again


def test_link_key_drops_tracking_and_fragment_only() -> None:
    assert link_key("https://News.example/a?id=7&utm_source=rss&fbclid=x#top") == "https://news.example/a?id=7"
    assert link_key("https://news.example/a?id=8") != link_key("https://news.example/a?id=7")


async def test_imported_feed_starts_caught_up(site: NewsSite, store, fetcher, clock) -> None:
    site.feeds["old"] = rss("Old", [(f"Story {i}", f"/a/{i}") for i in range(8)])
    await store.feeds.add_many([NewFeed(url=site.url("old"))])
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert site.page_requests == []  # the back catalogue is marked seen, not briefed
    site.feeds["old"] = rss("Old", [("Fresh", "/a/fresh"), *[(f"Story {i}", f"/a/{i}") for i in range(8)]])
    clock.advance(seconds=61)
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert site.page_requests == ["/a/fresh"]


async def test_capped_poll_keeps_no_validators_so_the_rest_comes_next_time(site: NewsSite, store, fetcher, clock) -> None:
    site.feeds["big"] = rss("Big", [("Old", "/a/old")])
    await store.feeds.add(site.url("big"))
    await poll_feeds(store, fetcher, now=clock(), interval=60)
    site.feeds["big"] = rss("Big", [(f"Story {i}", f"/a/{i}") for i in range(ENTRIES_PER_POLL + 5)])
    for _ in range(2):
        clock.advance(seconds=61)
        await poll_feeds(store, fetcher, now=clock(), interval=60)
    assert len(set(site.page_requests)) == 1 + ENTRIES_PER_POLL + 5
    assert "if-none-match" not in site.feed_requests[-1]  # the capped poll stored no ETag
    clock.advance(seconds=61)
    assert (await poll_feeds(store, fetcher, now=clock(), interval=60)).not_modified == 1


async def test_stop_leaves_feeds_not_started_for_the_next_cycle(site: NewsSite, store, fetcher, clock) -> None:
    site.delay = 0.2
    for n in range(6):
        site.feeds[f"f{n}"] = rss(f"f{n}", [])
        await store.feeds.add(site.url(f"f{n}"))
    stop = asyncio.Event()
    cycle = asyncio.create_task(poll_feeds(store, fetcher, now=clock(), interval=60, stop=stop,
                                           limits=PollLimits(at_once=2, per_host=2)))
    await asyncio.sleep(0.1)
    stop.set()
    await cycle
    assert len(site.feed_requests) == 2
    assert len(await store.feeds.due(now=clock())) == 4


async def test_each_admin_is_told_in_the_language_of_their_chat(store, bot, fake_server) -> None:
    """The alert is rendered per admin language; one who never chose a language reads English."""
    other_admin = 4343
    feed = await store.feeds.add("https://broken.example/rss")
    chat = await store.chats.upsert(ADMIN, type="private", title="admin")
    await store.chats.update_settings(ADMIN, chat.settings.model_copy(update={"language": "uk"}))
    reason = "The site answered with an error (HTTP 500)."
    failing = [feed.model_copy(update={"errors": ALERT_AFTER_FAILURES, "last_error": reason})]
    await tell_admins(bot, store, [ADMIN, other_admin], failing, [])
    (ukrainian,) = fake_server.messages(ADMIN)
    assert ukrainian.plain_text == (
        f"⚠️ 1 стрічка не працює: невдалих перевірок поспіль — {ALERT_AFTER_FAILURES} (перевіряю й далі, але рідше):\n"
        "• https://broken.example/rss: Сайт відповів помилкою (HTTP 500)."
    )
    (english,) = fake_server.messages(other_admin)
    assert english.plain_text.startswith(f"⚠️ 1 feed failed {ALERT_AFTER_FAILURES} polls in a row (still retried")
    assert english.plain_text.endswith(": " + reason)
