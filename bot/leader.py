"""One leader among the workers sharing a database: it sends the outbox, digests and feed polls.

Why the sender too: Telegram's flood cap (~30 messages/s) is per bot, not per process, so one
process must own the pacing; and only the process that claimed a row may know it is still in
flight. Every worker answers commands and runs matching (idempotent).

The lease (``meta.try_lease``) expires ``ttl`` seconds after its holder last renewed it, so a
leader that dies is replaced after at most ``ttl`` + ``RECHECK_SECONDS`` (~15 s). Sooner when
the death is visible: a holder on this machine whose process is gone (``kill -9``, a crash, a
container restarted with the same host name and pid) is replaced at the next check (holder
ids are ``host:pid:nonce``; distinct machines sharing a database need distinct host names,
the default everywhere), and on PostgreSQL so is a holder on any machine whose database
session has ended. A leader that cannot renew (database unreachable) stops leading once the
lease it last wrote is about to expire, so two workers never both believe they lead.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from datetime import datetime

from storage.base import Store
from storage.errors import StorageError

log = logging.getLogger(__name__)

RECHECK_SECONDS = 3.0
"""A verdict (leading or not) is reused this long: the 1 s send tick must not write the lease
every second. The leader renews every RECHECK_SECONDS (4 times per 12 s TTL, so one slow
renewal never loses it); a follower notices a free lease within this."""

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
        self._renewed_at = float("-inf")
        _LIVE_HOLDERS.add(self.holder)

    async def check(self, *, fresh: bool = False) -> bool:
        """Take, renew or confirm the lease (reusing a recent verdict unless ``fresh``)."""
        if not fresh and time.monotonic() - self._checked_at < RECHECK_SECONDS:
            return self.leading
        now = self.clock()
        try:
            if not self.leading:
                current = await self.store.meta.lease_holder(self.name, now=now)
                if current is not None and current != self.holder and left_by_dead_process(current):
                    await self.store.meta.release_lease(self.name, current)
            leading = await self.store.meta.try_lease(self.name, self.holder, ttl_seconds=self.ttl, now=now)
        except StorageError as exc:
            # Cannot renew: keep leading only while the lease we last wrote surely holds.
            leading = self.leading and time.monotonic() - self._renewed_at < self.ttl - RECHECK_SECONDS
            log.warning("leader lease check failed (%s); %s", exc, "still leading" if leading else "not leading")
        else:
            if leading:
                self._renewed_at = time.monotonic()
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
