"""Only message-posting calls spend the flood budget; reads pass straight through."""

from __future__ import annotations

import asyncio

import pytest

from bot.ratelimit import MessageRateLimiter

GROUP = -100123


def one_per_hour() -> MessageRateLimiter:
    # one message per group per hour: a second throttled call would wait ~an hour
    return MessageRateLimiter(overall_max_rate=0, group_max_rate=1, group_time_period=3600, max_retries=0)


async def call(limiter: MessageRateLimiter, endpoint: str) -> dict:
    async def callback() -> dict:
        return {"ok": endpoint}

    return await limiter.process_request(callback, (), {}, endpoint, {"chat_id": GROUP}, None)


async def test_admin_checks_and_chat_actions_are_not_throttled():
    limiter = one_per_hour()
    await limiter.initialize()
    calls = [call(limiter, m) for m in ["getChatMember"] * 25 + ["sendChatAction", "getChat", "answerCallbackQuery"]]
    results = await asyncio.wait_for(asyncio.gather(*calls), timeout=5)
    assert len(results) == 28
    await limiter.shutdown()


async def test_messages_to_a_group_are_still_throttled():
    limiter = one_per_hour()
    await limiter.initialize()
    assert await call(limiter, "sendMessage") == {"ok": "sendMessage"}
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(call(limiter, "sendMessage"), timeout=0.5)
    await limiter.shutdown()


async def test_self_paced_sends_pass_straight_through():
    from bot.ratelimit import SELF_PACED

    limiter = one_per_hour()
    await limiter.initialize()

    async def callback() -> dict:
        return {"ok": True}

    sends = [
        limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": GROUP}, SELF_PACED)
        for _ in range(5)
    ]
    assert len(await asyncio.wait_for(asyncio.gather(*sends), timeout=5)) == 5
    await limiter.shutdown()
