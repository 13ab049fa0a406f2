"""Delivery into forum topics: the sender and digests post each row in its topic; a closed or
deleted topic is paused (subscriptions kept, one log line) while the group's other topics go on."""

from __future__ import annotations

import logging

import pytest

from bot.delivery import ChatPacer, Sender
from bot.digests import send_due_digests
from bot.matching import match_new_articles
from fakebot import FloodLimits
from storage.models import ChatSettings

FORUM = -1_003_000_000_001


@pytest.fixture
async def topics(fake_server, store):
    """A forum with three topics, each subscribed to "ukraine" ("war" also to interest rates)."""
    fake_server.add_forum(FORUM, title="Desk")
    names = {name: await fake_server.create_topic(FORUM, name.title(), notify=False) for name in ("war", "live", "old")}
    await store.chats.upsert(FORUM, type="supergroup", title="Desk")
    for thread in names.values():
        await store.subscriptions.add(FORUM, "ukraine", thread_id=thread)
    await store.subscriptions.add(FORUM, "interest rates", thread_id=names["war"])
    return names


async def test_sender_posts_each_row_in_its_topic_and_pauses_gone_ones(
    fake_server, bot, store, clock, add_article, topics, caplog
) -> None:
    await fake_server.close_topic(FORUM, topics["war"], notify=False)
    fake_server.delete_topic(FORUM, topics["old"])
    article = await add_article()
    assert await match_new_articles(store, now=clock()) == 3
    caplog.set_level(logging.INFO, logger="handlers.common")
    stats = await Sender(bot, store, clock=clock, pacer=ChatPacer(0.0, 0.0)).drain()
    assert (stats.sent, stats.failed, stats.blocked) == (1, 2, 0)
    (pushed,) = fake_server.messages(FORUM)
    assert pushed.message_thread_id == topics["live"] and article.title in pushed.plain_text
    rows = {d.thread_id: d for d in await store.deliveries.for_article(article.id)}
    assert rows[topics["live"]].status == "sent"
    assert "topic_closed" in rows[topics["war"]].last_error.lower()
    assert "message thread not found" in rows[topics["old"]].last_error.lower()
    paused = {t for t in topics.values() if (await store.subscriptions.for_chat(FORUM, thread_id=t))[0].paused}
    assert paused == {topics["war"], topics["old"]}
    notes = [r.getMessage() for r in caplog.records if "paused" in r.getMessage()]
    assert len(notes) == 2 and all(str(FORUM) in n for n in notes)
    assert (await store.chats.get(FORUM)).active  # the group itself is not deactivated

    later = await add_article("rates", title="Ukraine central bank raises rates")
    assert await match_new_articles(store, now=clock()) == 1  # only the live topic still matches
    assert [d.thread_id for d in await store.deliveries.for_article(later.id)] == [topics["live"]]


async def test_each_topic_gets_its_own_digest_and_a_closed_one_is_skipped(
    fake_server, bot, store, clock, add_article, topics
) -> None:
    await store.chats.update_settings(FORUM, ChatSettings(mode="digest", digest_time="08:00"))
    await store.subscriptions.add(FORUM, "ukraine")  # the group's General topic too
    await send_due_digests(bot, store, now=clock())  # the first tick starts counting
    drones = await add_article()
    rates = await add_article("rates", title="Interest rates rise again")
    await match_new_articles(store, now=clock())
    await fake_server.close_topic(FORUM, topics["old"], notify=False)
    clock.advance(days=1)
    assert await send_due_digests(bot, store, now=clock()) == 1
    by_topic = {m.message_thread_id: m.plain_text for m in fake_server.messages(FORUM)}
    assert set(by_topic) == {topics["war"], topics["live"], None}
    assert drones.title in by_topic[topics["war"]] and rates.title in by_topic[topics["war"]]
    assert drones.title in by_topic[topics["live"]] and rates.title not in by_topic[topics["live"]]
    assert drones.title in by_topic[None] and "1 new briefing" in by_topic[None]
    assert (await store.subscriptions.for_chat(FORUM, thread_id=topics["old"]))[0].paused
    assert await store.deliveries.digest_pending(FORUM) == []  # the closed topic's row failed
    statuses = {(d.thread_id, d.status) for d in await store.deliveries.for_article(drones.id)}
    assert (topics["old"], "failed") in statuses and (topics["live"], "sent") in statuses


async def test_a_transient_digest_failure_never_repeats_a_topic_already_served(
    fake_server, bot, store, clock, add_article, topics
) -> None:
    await store.chats.update_settings(FORUM, ChatSettings(mode="digest", digest_time="08:00"))
    await send_due_digests(bot, store, now=clock())
    await add_article()
    await match_new_articles(store, now=clock())
    clock.advance(days=1)
    fake_server.set_flood_limits(group_per_minute=1)  # the first topic's digest passes, the next gets a 429
    assert await send_due_digests(bot, store, now=clock()) == 0
    (served,) = fake_server.messages(FORUM)
    fake_server.set_flood_limits(FloodLimits())
    assert await send_due_digests(bot, store, now=clock()) == 1  # the next tick finishes the rest
    threads = [m.message_thread_id for m in fake_server.messages(FORUM)]
    assert sorted(threads) == sorted(topics.values())  # each topic once: the served one not again
    assert threads[0] == served.message_thread_id
