"""Matching, quiet hours and digests, driven by an injected clock in non-UTC time zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.chattime import last_digest_slot, quiet_until
from bot.digests import render_digest, send_due_digests
from bot.matching import MATCH_CURSOR_KEY, match_new_articles
from fakebot.html import utf16_len
from storage.models import ArticleSummary, ChatSettings

KYIV = ZoneInfo("Europe/Kyiv")
TOKYO = ZoneInfo("Asia/Tokyo")


def local(tz: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=tz).astimezone(UTC)


@pytest.mark.parametrize(
    ("at", "expected_end"),
    [
        ((2026, 11, 20, 23, 30), (2026, 11, 21, 7, 0)),  # inside, before midnight
        ((2026, 11, 21, 6, 59), (2026, 11, 21, 7, 0)),  # inside, after midnight
        ((2026, 11, 21, 7, 0), None),  # the end minute is already awake
        ((2026, 11, 21, 12, 0), None),
        ((2026, 11, 21, 22, 0), (2026, 11, 22, 7, 0)),
    ],
)
def test_quiet_hours_wrap_midnight_in_the_chat_zone(at, expected_end) -> None:
    settings = ChatSettings(quiet_start="22:00", quiet_end="07:00", timezone="Europe/Kyiv")
    end = quiet_until(settings, local(KYIV, *at))
    assert end == (local(KYIV, *expected_end) if expected_end else None)


def test_quiet_hours_daytime_window_and_off() -> None:
    settings = ChatSettings(quiet_start="13:00", quiet_end="14:30", timezone="Asia/Tokyo")
    assert quiet_until(settings, local(TOKYO, 2026, 11, 20, 13, 10)) == local(TOKYO, 2026, 11, 20, 14, 30)
    assert quiet_until(settings, local(TOKYO, 2026, 11, 20, 14, 31)) is None
    assert quiet_until(ChatSettings(), local(TOKYO, 2026, 11, 20, 3, 0)) is None


def test_digest_slot_follows_local_time_across_dst() -> None:
    settings = ChatSettings(mode="digest", digest_time="08:00", timezone="Europe/Kyiv")
    # Kyiv leaves summer time on 2026-10-25: 08:00 local is 05:00 UTC before, 06:00 UTC after.
    assert last_digest_slot(settings, datetime(2026, 10, 24, 12, tzinfo=UTC)) == datetime(2026, 10, 24, 5, tzinfo=UTC)
    assert last_digest_slot(settings, datetime(2026, 10, 26, 12, tzinfo=UTC)) == datetime(2026, 10, 26, 6, tzinfo=UTC)
    assert last_digest_slot(settings, datetime(2026, 10, 26, 5, 59, tzinfo=UTC)) == datetime(2026, 10, 25, 6, tzinfo=UTC)


async def test_matching_writes_one_row_per_chat_by_mode(store, clock, add_article, subscribe) -> None:
    instant, digest, quiet, inactive = 7001, 7002, 7003, 7004
    await subscribe([instant, digest, quiet, inactive])
    await store.subscriptions.add(instant, "drones")  # two matching topics, still one row
    await store.chats.update_settings(digest, ChatSettings(mode="digest", timezone="Asia/Tokyo"))
    await store.chats.update_settings(quiet, ChatSettings(quiet_start="22:00", quiet_end="07:00", timezone="Europe/Kyiv"))
    await store.chats.set_active(inactive, False)
    clock.now = local(KYIV, 2026, 11, 20, 23, 15)
    article = await add_article()
    assert await match_new_articles(store, now=clock()) == 3
    rows = {d.chat_id: d for d in await store.deliveries.for_article(article.id)}
    assert set(rows) == {instant, digest, quiet}
    assert rows[instant].status == "pending" and rows[instant].not_before is None
    assert set(rows[instant].topics) == {"ukraine", "drones"}
    assert rows[digest].status == "digest"
    assert rows[quiet].status == "pending" and rows[quiet].not_before == local(KYIV, 2026, 11, 21, 7, 0)
    assert await store.meta.get(MATCH_CURSOR_KEY) == str(article.id)
    # a crash before the cursor moved replays the batch: UNIQUE(chat, article) makes it a no-op
    await store.meta.set(MATCH_CURSOR_KEY, "0")
    assert await match_new_articles(store, now=clock()) == 0
    assert len(await store.deliveries.for_article(article.id)) == 3


async def test_quiet_chat_rows_are_not_claimed_until_quiet_hours_end(store, clock, add_article, subscribe) -> None:
    await subscribe([7101])
    await store.chats.update_settings(7101, ChatSettings(quiet_start="22:00", quiet_end="07:00", timezone="Europe/Kyiv"))
    clock.now = local(KYIV, 2026, 11, 20, 23, 0)
    await add_article()
    await match_new_articles(store, now=clock())
    assert await store.deliveries.claim(10, now=local(KYIV, 2026, 11, 21, 6, 59)) == []
    (row,) = await store.deliveries.claim(10, now=local(KYIV, 2026, 11, 21, 7, 0))
    assert row.chat_id == 7101


async def test_old_articles_are_not_pushed(store, clock, add_article, subscribe) -> None:
    await subscribe([7201])
    await add_article()
    assert await match_new_articles(store, now=clock() + timedelta(days=3)) == 0
    assert await store.meta.get(MATCH_CURSOR_KEY) == "1"


async def test_digest_sent_once_at_local_time(fake_server, bot, store, clock, add_article, subscribe) -> None:
    chat = 7301
    await subscribe([chat])
    await store.subscriptions.add(chat, "interest rates")
    await store.chats.update_settings(chat, ChatSettings(mode="digest", digest_time="08:00", timezone="Asia/Tokyo"))
    clock.now = local(TOKYO, 2026, 11, 20, 21, 0)
    await send_due_digests(bot, store, now=clock())  # first tick in digest mode: starts counting
    first = await add_article(url="https://news.example/drones")
    second = await add_article("rates", url="https://news.example/rates")
    await match_new_articles(store, now=clock())
    assert await send_due_digests(bot, store, now=local(TOKYO, 2026, 11, 21, 7, 59)) == 0
    assert fake_server.messages(chat) == []
    assert await send_due_digests(bot, store, now=local(TOKYO, 2026, 11, 21, 8, 0)) == 1
    (message,) = fake_server.messages(chat)
    assert first.title in message.plain_text and second.title in message.plain_text
    assert f"/brief {first.id}" in message.plain_text and "2 new briefings" in message.plain_text
    assert await store.deliveries.digest_pending(chat) == []
    assert {d.status for a in (first, second) for d in await store.deliveries.for_article(a.id)} == {"sent"}
    # later ticks the same day send nothing, even with nothing pending
    assert await send_due_digests(bot, store, now=local(TOKYO, 2026, 11, 21, 8, 1)) == 0
    assert await send_due_digests(bot, store, now=local(TOKYO, 2026, 11, 21, 23, 0)) == 0
    assert len(fake_server.messages(chat)) == 1


async def test_digest_failure_is_retried_next_tick(fake_server, bot, store, clock, add_article, subscribe) -> None:
    chat = 7401
    await subscribe([chat])
    await store.chats.update_settings(chat, ChatSettings(mode="digest", digest_time="08:00", timezone="Europe/Kyiv"))
    clock.now = local(KYIV, 2026, 11, 20, 7, 0)
    await send_due_digests(bot, store, now=clock())
    await add_article()
    await match_new_articles(store, now=clock())
    fake_server.faults.fail_next(1, "error", method="sendMessage", status=500)
    assert await send_due_digests(bot, store, now=local(KYIV, 2026, 11, 20, 8, 0)) == 0
    assert await send_due_digests(bot, store, now=local(KYIV, 2026, 11, 20, 8, 1)) == 1
    assert len(fake_server.messages(chat)) == 1


def test_long_digest_splits_between_items() -> None:
    now = datetime(2026, 11, 20, tzinfo=UTC)
    items = [
        ArticleSummary(id=i, title=f"Story {i} " + "headline " * 10, lead="A long lead sentence. " * 8,
                       url=f"https://news.example/{i}", source="Example", added_at=now)
        for i in range(1, 51)
    ]
    chunks = render_digest(items, {i: ("ukraine",) for i in range(1, 51)}, total=60)
    assert len(chunks) > 1 and all(utf16_len(c) <= 4096 for c in chunks)
    joined = "".join(chunks)
    assert all(f"/brief {i}" in joined for i in range(1, 51)) and "10 more" in joined


async def test_leaving_digest_mode_sends_what_was_collected(fake_server, bot, store, clock, add_article, subscribe) -> None:
    chat = 7501
    await subscribe([chat])
    await store.chats.update_settings(chat, ChatSettings(mode="digest", digest_time="08:00", timezone="Europe/Kyiv"))
    clock.now = local(KYIV, 2026, 11, 20, 12, 0)
    await send_due_digests(bot, store, now=clock())
    article = await add_article()
    await match_new_articles(store, now=clock())
    assert await send_due_digests(bot, store, now=clock()) == 0  # collected, not yet due
    assert await store.deliveries.chats_with_digest_rows() == [chat]
    # switched to instant alerts (even while the bot was down: nothing is kept in memory)
    await store.chats.update_settings(chat, ChatSettings(mode="instant", timezone="Europe/Kyiv"))
    assert await send_due_digests(bot, store, now=clock()) == 1
    (message,) = fake_server.messages(chat)
    assert article.title in message.plain_text
    assert await store.deliveries.digest_pending(chat) == []
    assert await store.deliveries.chats_with_digest_rows() == []


async def test_article_added_after_the_newest_was_removed_is_matched(store, clock, add_article, subscribe) -> None:
    """The lost-push bug: the removed newest id came back, behind the cursor, and nobody got it."""
    await subscribe([7301])
    first = await add_article()
    assert await match_new_articles(store, now=clock()) == 1
    await store.articles.remove(first.id)
    replacement = await add_article(title="Drones hit Kyiv again as Ukraine braces for winter")
    assert replacement.id != first.id
    assert await match_new_articles(store, now=clock()) == 1
    assert [d.chat_id for d in await store.deliveries.for_article(replacement.id)] == [7301]
