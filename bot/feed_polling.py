"""The poll cycle: every due feed once, concurrently but politely, each failure its own.

Scale: a bot may hold thousands of feeds (an OPML import). All due feeds are polled in one
cycle by ``PollLimits.at_once`` pollers, at most ``per_host`` at a time per host name (so one
big publisher is not hit by dozens of requests at once), hosts with the most feeds served first
(``bot.host_queue``). ``make bench`` measures a 5,000-feed cycle (``benchmarks/bench_feeds.py``).

Failures: each feed backs off exponentially (interval × 2^errors, at most a day). A 429/503
with ``Retry-After`` is honoured for the feed, and the host's other feeds not yet polled in
this cycle are postponed to the same time instead of being asked again. A feed that reaches
``ALERT_AFTER_FAILURES`` consecutive failures, and one the admins were told about that works
again, is returned in the stats; ``bot.feed_alerts`` tells the admins.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from briefing.models import BriefingOptions
from net.fetch import BadStatus, Fetcher, FetchError
from storage.base import Store
from storage.models import Feed

from .feeds import FeedPollStats, poll_feed
from .host_queue import HostQueue

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=24)
ALERT_AFTER_FAILURES = 5
"""With a 15-minute interval and doubling backoff, five failures in a row span about 8 hours:
long enough to ride out a publisher's bad evening, short enough to still matter."""
MAX_FEEDS_PER_CYCLE = 20_000


@dataclass(frozen=True)
class PollLimits:
    at_once: int = 32
    """Feeds in flight overall: a cap on memory and sockets, not politeness (that is ``per_host``).
    More is not faster: the cycle's critical path is the biggest publishers' queues (150 feeds at
    ``per_host`` 2, ``bot.host_queue``), and each of their fetches waits longer for the one event
    loop when more are in flight. In ``benchmarks/bench_feeds.py`` on a quiet machine 128 took the
    steady cycle from 61.9 s to 75.5 s wall (41 s CPU both; 40 s CPU-bound, then a tail of the big
    hosts' queues), although slow and silent feeds hold ~1,350 slot-seconds per cycle."""
    per_host: int = 2
    """Feeds in flight per host name: what a polite crawler allows itself."""


async def poll_feeds(
    store: Store,
    fetcher: Fetcher,
    *,
    now: datetime,
    interval: float,
    options: BriefingOptions | None = None,
    limits: PollLimits | None = None,
    stop: asyncio.Event | None = None,
) -> FeedPollStats:
    """Poll every due feed once; each feed's next poll is ``interval`` later (or backed off).

    ``stop`` (shutdown): feeds not started yet are left for the next cycle.
    """
    limits = limits or PollLimits()
    stats = FeedPollStats()
    feeds = await store.feeds.due(now=now, limit=MAX_FEEDS_PER_CYCLE)
    stats.feeds = len(feeds)
    unchanged: list[int] = []  # recorded in one write at the end: most of a steady cycle
    queue = HostQueue(feeds, lambda feed: urlsplit(feed.url).hostname or "", per_host=limits.per_host)
    host_wait: dict[str, datetime] = {}

    async def one(host: str, feed: Feed) -> None:
        if stop is not None and stop.is_set():
            return
        if host in host_wait:  # the host answered Retry-After to one of its feeds
            stats.postponed += 1
            await store.feeds.postpone(feed.id, next_poll_at=host_wait[host])
            return
        try:
            await poll_feed(store, fetcher, feed, now=now, interval=interval, options=options, stats=stats,
                            unchanged=unchanged)
        except Exception as exc:  # any failure is this feed's alone
            wait = await _failed(store, feed, exc, now=now, interval=interval, stats=stats)
            if wait is not None:
                host_wait[host] = now + min(MAX_BACKOFF, timedelta(seconds=wait))
            return
        if feed.alerted:
            stats.recovered.append(feed)

    async def poller() -> None:
        while (taken := await queue.take()) is not None:
            try:
                await one(*taken)
            finally:
                await queue.done(taken[0])

    await asyncio.gather(*(poller() for _ in range(min(limits.at_once, len(feeds)))))
    try:
        await store.feeds.record_unchanged(unchanged, now=now, next_poll_at=now + timedelta(seconds=interval))
    except Exception:  # those feeds are simply polled again next cycle
        log.exception("could not record %d unchanged feeds", len(unchanged))
    return stats


async def _failed(
    store: Store,
    feed: Feed,
    exc: Exception,
    *,
    now: datetime,
    interval: float,
    stats: FeedPollStats,
) -> float | None:
    """Record the failure and its backoff; returns the site's Retry-After seconds, if it said."""
    stats.errors += 1
    reason = str(exc) if isinstance(exc, FetchError) else f"{type(exc).__name__}: {exc}"
    wait = exc.retry_after if isinstance(exc, BadStatus) else None
    if wait is not None:  # the site said when; never sooner than the regular interval
        delay = min(MAX_BACKOFF, timedelta(seconds=max(wait, interval)))
    else:
        delay = min(MAX_BACKOFF, timedelta(seconds=interval * 2 ** min(feed.errors + 1, 16)))
    log.info("feed %s failed (%s); next try in %s", feed.url, reason, delay)
    try:
        await store.feeds.record_error(feed.id, reason, now=now, next_poll_at=now + delay)
    except Exception:
        log.exception("could not record the failure of feed %s", feed.url)
        return wait
    if feed.errors + 1 >= ALERT_AFTER_FAILURES and not feed.alerted:
        stats.failing.append(feed.model_copy(update={"errors": feed.errors + 1, "last_error": reason}))
    return wait
