"""PTB's AIORateLimiter, applied only to calls that put a message in a chat.

Telegram's flood limits (≈30 messages/s overall, 20/min per group) count *messages*. Stock
AIORateLimiter throttles every request that names a chat — so a group admin check
(``getChatMember``) on each button press used up the group's 20/min budget and later answers
in that group waited seconds. Reads, chat actions and callback answers now pass straight through.

The broadcast sender (``bot.delivery``) paces its own sends and handles 429 per message, so it
marks them ``rate_limit_args=SELF_PACED`` and they pass through too: a second throttle (and
its automatic retries, which land in an already full window) turned one 429 into a cascade
(measured on fakebot at Telegram's 30/s: 0.95 of the cap without a 429, or 0.86 with ~90 × 429
once a single retry slipped in).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

#: Bot API methods that post or change a message in a chat: the ones Telegram's limits count.
MESSAGE_METHODS = frozenset(
    {
        "sendMessage", "editMessageText", "editMessageReplyMarkup", "editMessageCaption",
        "sendDocument", "sendPhoto", "copyMessage", "forwardMessage", "sendMediaGroup",
    }
)


#: ``rate_limit_args`` of a request whose caller does its own pacing and 429 handling.
SELF_PACED = "self-paced"


class MessageRateLimiter(AIORateLimiter):
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
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
