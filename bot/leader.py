"""One leader among the workers sharing a database: it sends the outbox, digests and feed polls.

Why the sender too: Telegram's flood cap (~30 messages/s) is per bot, not per process, so one
process must own the pacing; and only the process that claimed a row may know it is still in
flight. Every worker answers commands and runs matching (idempotent).

The lease (``meta.try_lease``) expires ``ttl`` seconds after its holder last renewed it, so a
leader on another machine that dies is replaced after at most ``ttl``. A holder on this machine
whose process is gone (``kill -9``, a crash, a container restarted with the same host name and
pid) is replaced at once: holder ids are ``host:pid:nonce``. That assumes distinct machines or
containers sharing a database have distinct host names (the default everywhere).
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable
from datetime import datetime

from storage.base import Store

RECHECK_SECONDS = 10.0
"""A verdict (leading or not) is reused this long: the 1 s send tick must not write the lease
every second. A leader renews ~9 times per TTL; a follower notices a free lease within this."""

_LIVE_HOLDERS: set[str] = set()
"""Holder ids of Leadership objects alive in this process (tests run several apps in one)."""


def new_holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def left_by_dead_process(holder: str) -> bool:
    """True if ``holder`` names a process of this machine that no longer runs."""
    host, _, rest = holder.partition(":")
    pid_text, _, _nonce = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit() or holder in _LIVE_HOLDERS:
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True  # our pid, not one of our live holders: an earlier incarnation
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


class Leadership:
    """This worker's view of the lease; ``term`` grows each time it becomes leader."""

    def __init__(self, store: Store, name: str, *, ttl_seconds: float, clock: Callable[[], datetime]) -> None:
        self.store, self.name, self.ttl, self.clock = store, name, ttl_seconds, clock
        self.holder = new_holder_id()
        self.leading = False
        self.term = 0
        self._checked_at = float("-inf")
        _LIVE_HOLDERS.add(self.holder)

    async def check(self, *, fresh: bool = False) -> bool:
        """Take, renew or confirm the lease (reusing a recent verdict unless ``fresh``)."""
        if not fresh and time.monotonic() - self._checked_at < RECHECK_SECONDS:
            return self.leading
        now = self.clock()
        if not self.leading:
            current = await self.store.meta.lease_holder(self.name, now=now)
            if current is not None and current != self.holder and left_by_dead_process(current):
                await self.store.meta.release_lease(self.name, current)
        leading = await self.store.meta.try_lease(self.name, self.holder, ttl_seconds=self.ttl, now=now)
        if leading and not self.leading:
            self.term += 1
        self.leading = leading
        self._checked_at = time.monotonic()
        return leading

    async def resign(self) -> None:
        """Give the lease up (graceful shutdown): the next worker leads at once."""
        _LIVE_HOLDERS.discard(self.holder)
        if self.leading:
            await self.store.meta.release_lease(self.name, self.holder)
        self.leading = False
