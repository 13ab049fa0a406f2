"""The sender against the fake Bot API and a real SQLite outbox: every outcome of a send."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Bot

from bot.delivery import ChatPacer, Sender, drain_outbox
from bot.matching import match_new_articles
from fakebot import FloodLimits
from fakebot.html import utf16_len

USERS = list(range(5001, 5041))


def fast_sender(bot: Bot, store, clock, **options) -> Sender:
    """No per-chat pacing: retries to the same chat need not wait a real second in tests."""
    return Sender(bot, store, clock=clock, pacer=ChatPacer(0.0, 0.0), **options)


async def _counts(store) -> dict[str, int]:
    return {k: v for k, v in (await store.deliveries.counts()).items() if v}


async def _drain_until_done(sender: Sender, clock, store, rounds: int = 10) -> None:
    """Drain; jump the fake clock past any backoff; repeat until nothing is pending."""
    for _ in range(rounds):
        await sender.drain()
        if not (await store.deliveries.counts())["pending"]:
            return
        clock.advance(seconds=400)
    raise AssertionError(f"outbox not drained: {await _counts(store)}")


async def test_broadcast_reaches_every_chat_exactly_once(fake_server, bot: Bot, store, clock, add_article, subscribe):
    await subscribe(USERS)
    article = await add_article(url="https://news.example/kyiv-drones")
    assert await match_new_articles(store, now=clock()) == len(USERS)
    stats = await Sender(bot, store, clock=clock).drain()
    assert stats.sent == len(USERS) and stats.failed == 0
    for chat_id in USERS:
        (message,) = fake_server.messages(chat_id)
        assert article.title in message.plain_text and "ukraine" in message.plain_text
        assert utf16_len(message.text) <= 4096
        button = message.reply_markup["inline_keyboard"][0][0]
        assert button["callback_data"] == f"b:{article.id}" and button["text"] == "Full briefing"
    assert await _counts(store) == {"sent": len(USERS)}
    again = await Sender(bot, store, clock=clock).drain()
    assert again.sent == 0 and sum(len(fake_server.messages(c)) for c in USERS) == len(USERS)


async def test_flood_429_pauses_and_every_chat_still_gets_one(fake_server, bot, store, clock, add_article, subscribe):
    fake_server.set_flood_limits(global_per_second=15)
    users = USERS[:30]
    await subscribe(users)
    await add_article()
    await match_new_articles(store, now=clock())
    stats = await Sender(bot, store, clock=clock).drain()
    assert fake_server.flood_rejections >= 1 and stats.flood_waits >= 1
    # flood-waited rows are due again after retry_after (≤ 1 s here): drain once more at a later clock
    clock.advance(seconds=5)
    await _drain_until_done(Sender(bot, store, clock=clock), clock, store)
    assert all(len(fake_server.messages(c)) == 1 for c in users)
    assert await _counts(store) == {"sent": len(users)}


async def test_server_errors_back_off_then_deliver(fake_server, bot, store, clock, add_article, subscribe):
    await subscribe(USERS[:5])
    await add_article()
    await match_new_articles(store, now=clock())
    fake_server.faults.fail_next(3, "error", method="sendMessage", status=500)
    sender = fast_sender(bot, store, clock)
    first = await sender.drain()
    assert first.retried == 3 and first.sent == 2
    pending = [d for d in await store.deliveries.for_article(1) if d.status == "pending"]
    assert all(d.not_before > clock() and d.last_error for d in pending)
    await _drain_until_done(sender, clock, store)
    assert all(len(fake_server.messages(c)) == 1 for c in USERS[:5])


async def test_persistent_errors_give_up_after_max_attempts(fake_server, bot, store, clock, add_article, subscribe):
    await subscribe([USERS[0]])
    await add_article()
    await match_new_articles(store, now=clock())
    fake_server.faults.fail_fraction(1.0, "error", method="sendMessage", status=502)
    sender = fast_sender(bot, store, clock, max_attempts=4)
    for _ in range(6):
        await sender.drain()
        clock.advance(seconds=400)
    (row,) = await store.deliveries.for_article(1)
    assert row.status == "failed" and row.attempts == 4 and "gave up" in row.last_error
    assert fake_server.calls["sendMessage"] == 4


async def test_timeout_is_retried(fake_server, bot, store, clock, add_article, subscribe):
    await subscribe([USERS[0]])
    await add_article()
    await match_new_articles(store, now=clock())
    fake_server.faults.fail_next(1, "timeout", method="sendMessage", hold_seconds=3)
    await _drain_until_done(fast_sender(bot, store, clock), clock, store)
    assert len(fake_server.messages(USERS[0])) == 1
    assert fake_server.calls["sendMessage"] == 2


async def test_lost_reply_duplicates_at_most_once(fake_server, bot, store, clock, add_article, subscribe):
    await subscribe(USERS[:3])
    await add_article()
    await match_new_articles(store, now=clock())
    fake_server.faults.fail_next(1, "lost_reply", method="sendMessage")
    await _drain_until_done(fast_sender(bot, store, clock), clock, store)
    received = sorted(len(fake_server.messages(c)) for c in USERS[:3])
    assert received == [1, 1, 2]  # the chat whose reply was lost got it twice, nobody more
    assert len(fake_server.lost_replies) == 1
    assert await _counts(store) == {"sent": 3}


async def test_blocked_chat_is_deactivated_and_keeps_subscriptions(fake_server, bot, store, clock, add_article, subscribe):
    blocked, other = USERS[0], USERS[1]
    await subscribe([blocked, other])
    fake_server.block_chat(blocked)
    await add_article()
    await add_article("rates")  # a second row for the blocked chat stays pending, unclaimed
    await store.subscriptions.add(blocked, "interest rates")
    await match_new_articles(store, now=clock())
    stats = await Sender(bot, store, clock=clock).drain()
    assert stats.blocked == 1
    assert not (await store.chats.get(blocked)).active
    assert {s.topic for s in await store.subscriptions.for_chat(blocked)} == {"ukraine", "interest rates"}
    assert len(fake_server.messages(other)) == 1 and fake_server.messages(blocked) == []
    rows = [d for a in (1, 2) for d in await store.deliveries.for_article(a) if d.chat_id == blocked]
    assert sorted(d.status for d in rows) == ["failed", "pending"]
    # /start re-activates (chats.upsert); the held row is then delivered, the refused one is not
    fake_server.unblock_chat(blocked)
    await store.chats.upsert(blocked, type="private")
    await Sender(bot, store, clock=clock).drain()
    assert len(fake_server.messages(blocked)) == 1


async def test_migrated_group_gets_the_message_at_its_new_id(fake_server, bot, store, clock, add_article, subscribe):
    group = -4001
    await subscribe([group])
    new_id = fake_server.migrate_chat(group, notify=False)
    await add_article()
    await match_new_articles(store, now=clock())
    stats = await Sender(bot, store, clock=clock).drain()
    assert stats.migrated == 1 and stats.sent == 1
    assert len(fake_server.messages(new_id)) == 1
    (row,) = await store.deliveries.for_article(1)
    assert row.chat_id == new_id and row.status == "sent"
    assert [s.topic for s in await store.subscriptions.for_chat(new_id)] == ["ukraine"]


async def test_chat_pacing_never_holds_up_other_chats(fake_server, bot, store, clock, add_article, subscribe):
    busy, others = USERS[0], USERS[1:21]
    await subscribe([busy, *others])
    await store.subscriptions.add(busy, "interest rates")
    await store.subscriptions.add(busy, "drones")
    await add_article()
    await add_article("rates")
    await match_new_articles(store, now=clock())
    sender = Sender(bot, store, clock=clock, pacer=ChatPacer(private_interval=0.3))
    await sender.drain()
    times = [m.date for m in fake_server.messages(busy)]
    assert len(times) == 2
    sent_at = {id(m): i for i, m in enumerate(fake_server.sent)}
    busy_msgs = fake_server.messages(busy)
    others_last = max(sent_at[id(fake_server.messages(c)[0])] for c in others)
    assert others_last < sent_at[id(busy_msgs[1])], "the paced chat's second message went last"
    stamps = fake_server.send_timestamps
    gap = stamps[sent_at[id(busy_msgs[1])]] - stamps[sent_at[id(busy_msgs[0])]]
    assert gap >= 0.25


async def test_stale_rows_expire_instead_of_flooding(fake_server, bot, store, clock, add_article, subscribe):
    await subscribe([USERS[0]])
    clock.now = datetime.now(UTC)  # the outbox stamps created_at with the real time
    await add_article()
    await match_new_articles(store, now=clock())
    clock.advance(hours=25)
    stats = await Sender(bot, store, clock=clock).drain()
    assert stats.failed == 1 and fake_server.messages(USERS[0]) == []
    (row,) = await store.deliveries.for_article(1)
    assert row.status == "failed" and "stale" in row.last_error


async def test_realistic_limits_with_burst(fake_server, bot, store, clock, add_article, subscribe):
    """Telegram's own limits on the fake (30/s, 1/s per chat): drain_outbox (the benchmark entry
    point) empties the outbox, once per chat, staying under the flood limit."""
    fake_server.set_flood_limits(FloodLimits.telegram())
    await subscribe(USERS)
    await add_article()
    await match_new_articles(store, now=clock())
    stats = await drain_outbox(bot, store, wait_for_retries=20)  # real clock: flood waits expire
    assert stats.sent == len(USERS)
    assert all(len(fake_server.messages(c)) == 1 for c in USERS)
    assert fake_server.flood_rejections <= 2  # pacing keeps under the window; a busy box may jitter


async def test_long_briefing_goes_out_in_paced_parts_with_one_button(fake_server, bot, store, clock, subscribe):
    from briefing.models import Block, Briefing

    fake_server.set_flood_limits(FloodLimits.telegram())
    summary = tuple(
        f"Officials in region {i} said the repair of the Ukraine power grid would take {i + 2} weeks. " * 12
        for i in range(6)  # ≈ 6,000 characters: two or three messages
    )
    long = Briefing(title="Ukraine grid repairs", blocks=tuple(Block(text=s) for s in summary), summary=summary,
                    topics=("Ukraine",))
    await subscribe([USERS[0]])
    article = await store.articles.add(long, now=clock())
    await match_new_articles(store, now=clock())
    await Sender(bot, store, clock=clock).drain()
    parts = fake_server.messages(USERS[0])
    assert len(parts) >= 2 and fake_server.flood_rejections == 0
    assert [bool(p.reply_markup) for p in parts] == [False] * (len(parts) - 1) + [True]
    assert parts[-1].reply_markup["inline_keyboard"][0][0]["callback_data"] == f"b:{article.id}"
    assert all(utf16_len(p.text) <= 4096 for p in parts)


async def test_an_article_removed_while_its_push_waits_for_the_chat_pace_is_not_sent(
    fake_server, bot, store, clock, add_article, subscribe
):
    """/remove while a push waits for its turn in a chat: the push would open a /brief that says
    "removed" (seen in the console: the push of a just-removed article arrived after /remove)."""
    chat = USERS[0]
    await subscribe([chat])
    article = await add_article()
    await match_new_articles(store, now=clock())
    sender = Sender(bot, store, clock=clock, pacer=ChatPacer(private_interval=3.0))
    sender.pacer.reserve(chat)  # a message just went to this chat: the push must wait ~3 s
    drain = asyncio.ensure_future(sender.drain())
    for _ in range(400):  # until the sender has read the article and sleeps on the pace
        if article.id in sender._articles:
            break
        await asyncio.sleep(0.025)
    assert article.id in sender._articles
    await store.articles.remove(article.id)
    stats = await drain
    assert fake_server.messages(chat) == []
    assert stats.sent == 0 and stats.failed == 1
