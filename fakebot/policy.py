"""Flood limits and fault injection: the ways a real Bot API says "no" that a bot must survive."""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from fakebot.records import ApiError

FaultMode = Literal["error", "timeout", "lost_reply"]

# Methods that count against Telegram's sending limits (edits and chat actions are not
# limited the same way; the published limits are about messages).
FLOOD_METHODS = frozenset({"sendmessage", "senddocument", "sendphoto", "copymessage", "forwardmessage"})


@dataclass
class FloodLimits:
    """Telegram's documented limits, all optional; ``None`` switches a limit off.

    Real values (Bot FAQ): about 30 messages/second overall, 1/second per private chat,
    20/minute per group. Default is everything off so functional tests run at full speed.
    """

    global_per_second: int | None = None
    private_per_second: int | None = None
    group_per_minute: int | None = None

    @classmethod
    def telegram(cls) -> FloodLimits:
        return cls(global_per_second=30, private_per_second=1, group_per_minute=20)


class FloodGate:
    """Sliding-window counters; a refused request does not use up quota."""

    def __init__(self, limits: FloodLimits, clock: Callable[[], float]):
        self.limits = limits
        self._clock = clock
        self._global: deque[float] = deque()
        self._per_chat: dict[int, deque[float]] = {}
        self.rejections = 0

    @staticmethod
    def _retry_after(window: deque[float], limit: int | None, span: float, now: float) -> int | None:
        if limit is None:
            return None
        while window and window[0] <= now - span:
            window.popleft()
        if len(window) < limit:
            return None
        return max(1, math.ceil(window[0] + span - now))

    def check(self, chat_id: int, chat_type: str) -> None:
        """Raise 429 if sending to ``chat_id`` now would exceed a limit, else count it."""
        now = self._clock()
        chat_window = self._per_chat.setdefault(chat_id, deque())
        if chat_type == "private":
            per_chat_limit, span = self.limits.private_per_second, 1.0
        else:
            per_chat_limit, span = self.limits.group_per_minute, 60.0
        waits = [
            self._retry_after(self._global, self.limits.global_per_second, 1.0, now),
            self._retry_after(chat_window, per_chat_limit, span, now),
        ]
        retry_after = max((w for w in waits if w is not None), default=None)
        if retry_after is not None:
            self.rejections += 1
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )
        self._global.append(now)
        chat_window.append(now)


@dataclass
class FaultRule:
    """One injected fault. ``remaining`` counts calls to fail (None = unlimited, used with
    ``probability``); ``method`` restricts it to one Bot API method (case-insensitive).

    Without ``method`` a rule never hits getUpdates: the polling loop runs concurrently with
    the bot's sends, so counting its calls would make "fail the next K calls" racy.
    """

    mode: FaultMode
    remaining: int | None = 1
    method: str | None = None
    probability: float = 1.0
    status: int = 502
    hold_seconds: float = 5.0
    """For ``timeout``: how long the server sits on the request before dropping it."""
    execute_after_hold: bool = False
    """For ``timeout``: run the method after the hold (the client gave up; the message exists)."""
    lost_reply_as: Literal["drop", "5xx"] = "drop"
    """For ``lost_reply``: close the connection, or answer ``status`` after storing the message."""
    seed: int = 0
    hits: int = 0
    _rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        if self.method is not None:
            self.method = self.method.lower()

    def applies(self, method: str) -> bool:
        if self.remaining is not None and self.remaining <= 0:
            return False
        if self.method is None:
            if method == "getupdates":
                return False
        elif self.method != method:
            return False
        return self.probability >= 1.0 or self._rng.random() < self.probability


class FaultInjector:
    """Ordered fault rules; the first applicable one fires and is consumed."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []
        self.fired: list[tuple[str, FaultMode]] = []

    def add(self, rule: FaultRule) -> FaultRule:
        self.rules.append(rule)
        return rule

    def fail_next(self, count: int = 1, mode: FaultMode = "error", *, method: str | None = None, **options) -> FaultRule:
        """The next ``count`` matching calls fail with ``mode``."""
        return self.add(FaultRule(mode=mode, remaining=count, method=method, **options))

    def fail_fraction(
        self, probability: float, mode: FaultMode = "error", *, method: str | None = None, seed: int = 0, **options
    ) -> FaultRule:
        """Each matching call fails with ``probability`` (seeded RNG, so runs are repeatable)."""
        return self.add(
            FaultRule(mode=mode, remaining=None, method=method, probability=probability, seed=seed, **options)
        )

    def clear(self) -> None:
        self.rules.clear()

    def pick(self, method: str) -> FaultRule | None:
        for rule in self.rules:
            if rule.applies(method):
                if rule.remaining is not None:
                    rule.remaining -= 1
                rule.hits += 1
                self.fired.append((method, rule.mode))
                return rule
        return None
