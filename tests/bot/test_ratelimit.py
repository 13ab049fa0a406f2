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


async def test_replies_of_two_workers_share_one_budget(pg_url):
    """Two workers (two limiters, two store handles on one PostgreSQL database) answering at
    full speed stay within Telegram's overall limit together: never more than 30 sends a second."""
    import time

    from bot.ratelimit import SHARED_BURST, SHARED_INTERVAL_S
    from storage import open_store

    stores = [await open_store(pg_url), await open_store(pg_url)]
    limiters = [MessageRateLimiter(max_retries=0) for _ in stores]
    sent: list[float] = []

    async def reply(limiter: MessageRateLimiter, chat_id: int) -> None:
        async def callback() -> None:
            sent.append(time.monotonic())

        await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": chat_id}, None)

    try:
        for limiter, store in zip(limiters, stores, strict=True):
            await limiter.initialize()
            limiter.shared_budget = store.meta
        # 40 chats per worker: the per-chat limits never bind, only the overall budget does
        await asyncio.wait_for(asyncio.gather(*(
            reply(limiters[n % 2], 5000 + n) for n in range(80)
        )), timeout=20)
    finally:
        for limiter, store in zip(limiters, stores, strict=True):
            await limiter.shutdown()
            await store.close()
    sent.sort()
    busiest = max(sum(1 for t in sent if start <= t < start + 1.0) for start in sent)
    assert len(sent) == 80
    assert busiest <= SHARED_BURST + 1 / SHARED_INTERVAL_S + 1, busiest  # 30 (+1 for timer jitter)
    # and the budget is used, not starved: 80 sends take about (80 - burst) / 25 s
    assert sent[-1] - sent[0] < (80 - SHARED_BURST) * SHARED_INTERVAL_S + 1.5
