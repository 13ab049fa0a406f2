"""PTB's AIORateLimiter, applied only to calls that put a message in a chat.

Telegram's flood limits (≈30 messages/s overall, 20/min per group) count *messages*. Stock
AIORateLimiter throttles every request that names a chat — so a group admin check
(``getChatMember``) on each button press used up the group's 20/min budget and later answers
in that group waited seconds. Reads, chat actions and callback answers now pass straight through.

Several workers on one database answer commands independently, but Telegram's overall limit is
per bot: every reply first books a slot in a budget shared through the database
(``meta.reserve_rate_slot``: 24/s with bursts of 3, at most 27 booked in any second from all
workers together). The headroom below 30 is on purpose: a slot is booked when the reply is
ready, not when Telegram counts it, and requests from two processes overtake each other on the
way; booked exactly at 30 (25/s + 5), a loaded machine turned that jitter into 429s (1-7 per
180-reply burst in ``tests/delivery/test_workers.py``). A storage error there falls back to the
in-process limiter alone.

The broadcast sender (``bot.delivery``) paces its own sends and handles 429 per message, so it
marks them ``rate_limit_args=SELF_PACED`` and they pass through too: a second throttle (and
its automatic retries, which land in an already full window) turned one 429 into a cascade
(measured on fakebot at Telegram's 30/s: 0.95 of the cap without a 429, or 0.86 with ~90 × 429
once a single retry slipped in).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

from storage.base import MetaRepository
from storage.errors import StorageError

log = logging.getLogger(__name__)

#: Bot API methods that post or change a message in a chat: the ones Telegram's limits count.
MESSAGE_METHODS = frozenset(
    {
        "sendMessage", "editMessageText", "editMessageReplyMarkup", "editMessageCaption",
        "sendDocument", "sendPhoto", "copyMessage", "forwardMessage", "sendMediaGroup",
    }
)


#: ``rate_limit_args`` of a request whose caller does its own pacing and 429 handling.
SELF_PACED = "self-paced"

SHARED_BUDGET = "replies"
SHARED_INTERVAL_S = 1 / 24
SHARED_BURST = 3


class MessageRateLimiter(AIORateLimiter):
    shared_budget: MetaRepository | None = None
    """Set once the store is open (``bot.app`` post_init)."""

    async def _wait_for_shared_budget(self) -> None:
        if self.shared_budget is None:
            return
        try:
            wait = await self.shared_budget.reserve_rate_slot(
                SHARED_BUDGET, interval=SHARED_INTERVAL_S, burst=SHARED_BURST
            )
        except StorageError as exc:
            log.debug("shared reply budget unavailable (%s); in-process limits only", exc)
            return
        if wait > 0:
            await asyncio.sleep(wait)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if endpoint not in MESSAGE_METHODS or rate_limit_args == SELF_PACED:
            return await callback(*args, **kwargs)
        await self._wait_for_shared_budget()
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
