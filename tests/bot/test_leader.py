"""Leader election between workers sharing one database (real SQLite file, real processes)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from bot.leader import Leadership, left_by_dead_process
from storage.base import Store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
TTL = 90.0
HOST = socket.gethostname()


def _worker(store: Store, now: datetime = NOW) -> Leadership:
    return Leadership(store, "scheduler", ttl_seconds=TTL, clock=lambda: now)


def _dead_pid() -> int:
    """The pid of a process that has just exited (reuse within the test is vanishingly rare)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


async def test_one_leader_and_handover_on_resign(store) -> None:
    first, second = _worker(store), _worker(store)
    assert await first.check() and first.term == 1
    assert not await second.check(fresh=True)  # a live holder in this process is never taken over
    await first.resign()
    assert await second.check(fresh=True) and second.term == 1
    assert not await first.check(fresh=True)


async def test_holder_left_by_a_dead_local_process_is_replaced_at_once(store) -> None:
    stale = f"{HOST}:{_dead_pid()}:feedface"
    assert await store.meta.try_lease("scheduler", stale, ttl_seconds=TTL, now=NOW)
    assert left_by_dead_process(stale)
    assert await _worker(store).check()


async def test_earlier_incarnation_with_our_pid_is_replaced(store) -> None:
    """A container restarted with the same host name runs as the same pid (often 1)."""
    earlier = f"{HOST}:{os.getpid()}:0ldrun00"
    assert await store.meta.try_lease("scheduler", earlier, ttl_seconds=TTL, now=NOW)
    assert await _worker(store).check()


@pytest.mark.parametrize(
    "holder",
    [f"{HOST}:{os.getppid()}:a1ive000", "other-host:4242:deadbeef", "not-a-holder-id"],
    ids=["live local process", "another machine", "unparseable"],
)
async def test_other_holders_keep_the_lease_until_it_expires(store, holder: str) -> None:
    assert await store.meta.try_lease("scheduler", holder, ttl_seconds=TTL, now=NOW)
    assert not left_by_dead_process(holder)
    assert not await _worker(store).check()
    later = _worker(store, NOW + timedelta(seconds=TTL))
    assert await later.check() and later.term == 1


async def test_term_counts_each_time_leadership_is_won(store) -> None:
    worker, other = _worker(store), _worker(store)
    assert await worker.check() and worker.term == 1
    assert await worker.check(fresh=True) and worker.term == 1  # a renewal is the same term
    await store.meta.release_lease("scheduler", worker.holder)
    assert await other.check(fresh=True)
    assert not await worker.check(fresh=True)
    await other.resign()
    assert await worker.check(fresh=True) and worker.term == 2
