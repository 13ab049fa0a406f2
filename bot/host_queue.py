"""Hand out feeds to pollers: at most ``per_host`` of one host at a time, biggest hosts first.

Why not a semaphore per host plus a global one: a host with 150 feeds then gets its two slots
through the global queue as often as a host with one feed, so it needs 75 rounds while every
other host needs one, and the cycle ends with a long tail of that host alone (measured in
``bench_feeds``: ~35 s of a 97 s cycle with almost no CPU). Serving the hosts with the most
feeds first (longest-processing-time-first) keeps their queues draining while the small hosts
fill the remaining slots.
"""

from __future__ import annotations

import asyncio
from collections import Counter, deque
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class HostQueue(Generic[T]):
    def __init__(self, items: Iterable[T], host_of: Callable[[T], str], *, per_host: int) -> None:
        self._queues: dict[str, deque[T]] = {}
        for item in items:
            self._queues.setdefault(host_of(item), deque()).append(item)
        self._order = sorted(self._queues, key=lambda h: len(self._queues[h]), reverse=True)
        self._busy: Counter[str] = Counter()
        self._per_host = per_host
        self._released = asyncio.Condition()

    async def take(self) -> tuple[str, T] | None:
        """The next (host, item), waiting while every host with items left is at its limit;
        None when nothing is left. Pair each taken item with ``done(host)``."""
        while True:
            picked = self._pick()
            if picked is not None:
                return picked
            if not self._order:
                return None
            async with self._released:
                await self._released.wait()

    async def done(self, host: str) -> None:
        self._busy[host] -= 1
        async with self._released:
            self._released.notify_all()

    def _pick(self) -> tuple[str, T] | None:
        """The first host in size order below its limit (``_order`` holds hosts with items left)."""
        for index, host in enumerate(self._order):
            queue = self._queues[host]
            if queue and self._busy[host] < self._per_host:
                self._busy[host] += 1
                item = queue.popleft()
                if not queue:
                    del self._order[index]
                return host, item
        return None
