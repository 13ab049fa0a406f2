"""Flood limits, blocked/migrated chats and injected faults, as PTB reports them."""

from __future__ import annotations

from datetime import timedelta

import pytest
import telegram
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from fakebot import FakeBotServer, FloodLimits
from tests.fakebot.conftest import ManualClock

PRIVATE, GROUP = 2000, -4001


def retry_seconds(error: RetryAfter) -> float:
    """``retry_after`` is an int, or a timedelta once PTB_TIMEDELTA is set (importing `bot` does)."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else value


async def test_flood_limits_are_off_by_default(server: FakeBotServer, bot: telegram.Bot) -> None:
    for n in range(40):
        await bot.send_message(PRIVATE, f"m{n}")
    assert len(server.messages(PRIVATE)) == 40 and server.flood_rejections == 0


async def test_private_chat_limit_answers_429_with_retry_after(
    server: FakeBotServer, bot: telegram.Bot, clock: ManualClock
) -> None:
    server.set_flood_limits(private_per_second=1)
    await bot.send_message(PRIVATE, "first")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(PRIVATE, "too soon")
    assert retry_seconds(caught.value) == 1
    await bot.send_message(PRIVATE + 1, "another chat is fine")
    clock.advance(1.0)
    await bot.send_message(PRIVATE, "after waiting")
    assert [m.text for m in server.messages(PRIVATE)] == ["first", "after waiting"]
    assert server.flood_rejections == 1


async def test_group_limit_is_per_minute(server: FakeBotServer, bot: telegram.Bot, clock: ManualClock) -> None:
    server.set_flood_limits(group_per_minute=20)
    for n in range(20):
        await bot.send_message(GROUP, f"g{n}")
        clock.advance(1.0)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(GROUP, "21st within a minute")
    assert retry_seconds(caught.value) == 40  # the first send leaves the window at t=60


async def test_global_limit_counts_all_chats(server: FakeBotServer, bot: telegram.Bot, clock: ManualClock) -> None:
    server.set_flood_limits(FloodLimits(global_per_second=30))
    for chat in range(30):
        await bot.send_message(10_000 + chat, "hi")
    with pytest.raises(RetryAfter):
        await bot.send_message(20_000, "31st this second")
    clock.advance(1.0)
    await bot.send_message(20_000, "next second")
    assert len(server.sent) == 31


async def test_blocked_chat_is_403_and_can_be_unblocked(server: FakeBotServer, bot: telegram.Bot) -> None:
    server.block_chat(PRIVATE)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(PRIVATE, "hello?")
    server.unblock_chat(PRIVATE)
    await bot.send_message(PRIVATE, "hello again")
    assert [m.text for m in server.messages(PRIVATE)] == ["hello again"]


async def test_migrated_group_is_400_with_new_chat_id(server: FakeBotServer, bot: telegram.Bot) -> None:
    new_id = server.migrate_chat(GROUP)
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(GROUP, "to the old id")
    assert caught.value.new_chat_id == new_id and new_id < -1_000_000_000_000
    await bot.send_message(new_id, "to the supergroup")
    assert server.chats[new_id].type == "supergroup"
    kinds = [next(k for k in u["message"] if k.startswith("migrate_")) for u in server.pending_updates]
    assert kinds == ["migrate_to_chat_id", "migrate_from_chat_id"]


async def test_fail_next_errors_only_the_chosen_method(server: FakeBotServer, bot: telegram.Bot) -> None:
    server.faults.fail_next(2, "error", method="sendMessage")
    await bot.send_chat_action(PRIVATE, "typing")  # other methods are untouched
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(PRIVATE, "x")
    await bot.send_message(PRIVATE, "third works")
    assert [m.text for m in server.messages(PRIVATE)] == ["third works"]


async def test_fraction_faults_are_seeded_and_repeatable(server: FakeBotServer, bot: telegram.Bot) -> None:
    async def outcome_pattern(seed: int) -> list[bool]:
        server.faults.clear()
        server.faults.fail_fraction(0.5, "error", seed=seed)
        pattern = []
        for _ in range(20):
            try:
                await bot.send_message(PRIVATE, "x")
                pattern.append(True)
            except NetworkError:
                pattern.append(False)
        return pattern

    first, again = await outcome_pattern(7), await outcome_pattern(7)
    assert first == again and 3 <= first.count(False) <= 17


async def test_lost_reply_stores_the_message_but_the_client_sees_an_error(
    server: FakeBotServer, bot: telegram.Bot
) -> None:
    server.faults.fail_next(1, "lost_reply", method="sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(PRIVATE, "delivered anyway")
    server.faults.fail_next(1, "lost_reply", method="sendMessage", lost_reply_as="5xx", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(PRIVATE, "delivered too")
    sent = server.messages(PRIVATE)
    assert [m.text for m in sent] == ["delivered anyway", "delivered too"]
    assert all(m.lost_reply for m in sent) and len(server.lost_replies) == 2


async def test_timeout_fault_holds_the_request_past_the_client_timeout(
    server: FakeBotServer, bot: telegram.Bot
) -> None:
    server.faults.fail_next(1, "timeout", method="sendMessage", hold_seconds=2.0)
    with pytest.raises(TimedOut):
        await bot.send_message(PRIVATE, "never arrives", read_timeout=0.2)
    await bot.send_message(PRIVATE, "next one is fine")
    assert [m.text for m in server.messages(PRIVATE)] == ["next one is fine"]


async def test_timeout_fault_can_execute_after_the_client_gave_up(server: FakeBotServer, bot: telegram.Bot) -> None:
    server.faults.fail_next(1, "timeout", method="sendMessage", hold_seconds=0.5, execute_after_hold=True)
    with pytest.raises(TimedOut):
        await bot.send_message(PRIVATE, "late duplicate risk", read_timeout=0.1)
    messages = await server.wait_for_messages(PRIVATE, 1, timeout=5)
    assert messages[0].text == "late duplicate risk"


async def test_faults_never_hit_getupdates_unless_named(server: FakeBotServer, bot: telegram.Bot) -> None:
    server.faults.fail_next(1, "error")
    assert await bot.get_updates(timeout=0) == ()
    with pytest.raises(NetworkError):
        await bot.get_me()
    server.faults.fail_next(1, "error", method="getUpdates")
    with pytest.raises(NetworkError):
        await bot.get_updates(timeout=0)
    assert server.faults.fired == [("getme", "error"), ("getupdates", "error")]


async def test_bad_request_is_not_counted_against_flood(server: FakeBotServer, bot: telegram.Bot) -> None:
    server.set_flood_limits(private_per_second=1)
    with pytest.raises(BadRequest):
        await bot.send_message(PRIVATE, "<b>broken", parse_mode="HTML")
    await bot.send_message(PRIVATE, "still within quota")
