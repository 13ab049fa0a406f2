"""Send pacing for Telegram's limits: an overall even spacing and a per-chat minimum interval.

Both only *book* slots (monotonic time) and say how long to wait, so callers sleep without
holding a send slot; ``retry_after_seconds`` reads a RetryAfter without PTB's int deprecation.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections import deque
from datetime import timedelta

from telegram.error import RetryAfter

OVERALL_RATE = 29.0
"""Sends started per second, evenly spaced. Telegram allows ~30/s; AIORateLimiter's leaky bucket
alone lets a burst of 30 through on top of the steady rate, which a strict 1-second window
answers with 429 and a ≥ 1 s pause for everyone. Calibrated on fakebot with
``FloodLimits.telegram()``, 600 private chats: limiter alone 26 msg/s with 113 × 429; with this
spacing (sends marked SELF_PACED, so no second throttle retries into a full window) 28.95 msg/s
and no 429, twice in a row."""
# Telegram: ~1 message/s to a private chat, 20/min to a group. The 10 % margin absorbs network
# jitter between our clock and the server's window (a strict 1.0 s got a 429 on the fake).
PRIVATE_INTERVAL = 1.1
GROUP_INTERVAL = 3.3


WINDOW_CAP = 29
"""Hard cap of sends started in any 1-second window. Even spacing alone is not enough on a busy
machine: tasks woken late by event-loop lag fire together (measured: 86–192 × 429 per 600 sends
at load average 4–5 on 2 cores); the cap re-checks the real start times after waking."""


class OverallPacer:
    """Evenly spaced start times at ``rate`` per second, never more than ``cap`` in one second."""

    def __init__(self, rate: float = OVERALL_RATE, cap: int = WINDOW_CAP) -> None:
        self.spacing = 1.0 / rate if rate > 0 else 0.0
        self.cap = cap if rate > 0 else 0
        self._next = 0.0
        self._started: deque[float] = deque()

    def reserve(self, *, not_before: float = 0.0) -> float:
        """Seconds to wait for the next start slot (never before ``not_before``, monotonic)."""
        now = time.monotonic()
        start = max(now, self._next, not_before)
        self._next = start + self.spacing
        return start - now

    async def wait(self, *, not_before: float = 0.0) -> None:
        """Sleep until a slot is ours and the last second holds fewer than ``cap`` starts."""
        delay = self.reserve(not_before=not_before)
        if delay > 0:
            await asyncio.sleep(delay)
        if not self.cap:
            return
        for _ in range(1000):
            now = time.monotonic()
            while self._started and self._started[0] <= now - 1.0:
                self._started.popleft()
            if len(self._started) < self.cap:
                self._started.append(now)
                return
            await asyncio.sleep(self._started[0] + 1.0 - now)


def retry_after_seconds(exc: RetryAfter) -> float:
    delta = getattr(exc, "_retry_after", None)
    if isinstance(delta, timedelta):
        return delta.total_seconds()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class ChatPacer:
    """Reserves the next send slot per chat (monotonic time); never sleeps itself."""

    def __init__(self, private_interval: float = PRIVATE_INTERVAL, group_interval: float = GROUP_INTERVAL) -> None:
        self.private_interval = private_interval
        self.group_interval = group_interval
        self._next: dict[int, float] = {}

    def reserve(self, chat_id: int) -> float:
        """Seconds to wait before sending to ``chat_id``; the slot after it is booked."""
        now = time.monotonic()
        slot = max(now, self._next.get(chat_id, 0.0))
        self._next[chat_id] = slot + (self.group_interval if chat_id < 0 else self.private_interval)
        if len(self._next) > 50_000:  # forget chats whose slot has long passed
            self._next = {c: t for c, t in self._next.items() if t > now}
        return slot - now
