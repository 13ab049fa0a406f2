"""Scheduled jobs on PTB's JobQueue: matching, the outbox sender, digests, feed polling.

Contract used by ``bot.app``:
    schedule_jobs(application, settings)   # called from post_init after the store is open
    await on_shutdown(application)         # called from post_shutdown before the store closes

JobQueue does not persist, so nothing lives only in it: the outbox, the matching cursor and the
digest bookkeeping are in the database and the jobs are plain re-runnable ticks. Matching runs
in every worker (its rows are UNIQUE); the sender, digests and feed polls run only in the
worker holding the leader lease (``bot.leader``). The sender runs as one background task (never
two at once), started by a short tick and right after matching; each time this worker becomes
leader, rows a previous leader left in ``sending`` go back to pending first.
Shutdown: ``schedule_jobs`` chains a ``post_stop`` hook that stops the sender while the Bot's
HTTP client is still open (in-flight sends finish, bounded); ``on_shutdown`` then returns any
row still ``sending`` to ``pending`` and gives up the lease (a restarted worker leads at once,
not after the TTL). Digests need no rescheduling when /settings changes: the digest tick
re-reads chat settings from the database every 30 s.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from telegram.ext import Application, ContextTypes

from bot.delivery import Sender
from bot.digests import send_due_digests
from bot.feed_alerts import tell_admins
from bot.feed_polling import poll_feeds
from bot.leader import Leadership
from bot.matching import match_new_articles
from bot.settings import Settings

log = logging.getLogger(__name__)

SEND_TICK_SECONDS = 1.0
"""How often a new drain may start; rows enqueued by /add are out within about a second."""
DIGEST_TICK_SECONDS = 30.0
FEED_FIRST_POLL_SECONDS = 10.0
FEED_TICK_SECONDS = 60.0
"""How often due feeds are looked for; each feed's own next poll is ``FEED_POLL_SECONDS`` after
its last (or later, backed off), so a new or imported feed is polled within a minute."""
LEASE_NAME = "scheduler"
LEASE_TTL_SECONDS = 3 * DIGEST_TICK_SECONDS
"""A leader on another machine that dies is replaced after at most this long (one on this
machine at once, see ``bot.leader``); the digest tick and the sender renew it."""


@dataclass
class DeliveryRuntime:
    """Per-application delivery state (the sender keeps pacing and flood pauses across drains)."""

    settings: Settings
    leader: Leadership
    sender: Sender | None = None
    sender_term: int = 0
    """The leadership term in which in-flight rows were last returned to pending."""
    drain: asyncio.Task | None = None
    drain_stop: asyncio.Event = field(default_factory=asyncio.Event)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    start_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    feeds_running: bool = False


_RUNTIMES: dict[int, DeliveryRuntime] = {}


def runtime(application: Application) -> DeliveryRuntime | None:
    return _RUNTIMES.get(id(application))


def schedule_jobs(application: Application, settings: Settings) -> None:
    jq = application.job_queue
    if jq is None:
        raise RuntimeError("python-telegram-bot[job-queue] is required for scheduled delivery")
    data = application.bot_data
    leader = Leadership(data.store, LEASE_NAME, ttl_seconds=LEASE_TTL_SECONDS, clock=data.clock)
    _RUNTIMES[id(application)] = DeliveryRuntime(settings=settings, leader=leader)
    jq.run_repeating(_match_tick, interval=settings.push_interval_seconds, first=0.5, name="match")
    jq.run_repeating(_send_tick, interval=SEND_TICK_SECONDS, first=1.0, name="send")
    jq.run_repeating(_digest_tick, interval=DIGEST_TICK_SECONDS, first=2.0, name="digests")
    feed_tick = min(FEED_TICK_SECONDS, settings.feed_poll_seconds)
    jq.run_repeating(
        _feed_tick, interval=feed_tick, first=min(FEED_FIRST_POLL_SECONDS, feed_tick), name="feeds",
        job_kwargs={"max_instances": 2},  # a cycle longer than a tick: the next one returns at once
    )
    previous = application.post_stop

    async def post_stop(app: Application) -> None:
        await stop_delivery(app)
        if previous is not None:
            await previous(app)

    application.post_stop = post_stop


async def _lead_sender(application: Application, rt: DeliveryRuntime) -> bool:
    """Whether this worker sends now; on becoming leader, rows left in ``sending`` (by a crashed
    leader, or by this process before a restart) go back to pending first."""
    async with rt.start_lock:
        if not await _is_leader(rt):
            return False
        if rt.sender_term != rt.leader.term:
            store = application.bot_data.store
            reset = await store.deliveries.reset_in_flight()
            if reset:
                log.info("returned %d in-flight deliveries to the outbox after a leader change", reset)
            rt.sender = rt.sender or Sender(application.bot, store, clock=application.bot_data.clock)
            rt.sender_term = rt.leader.term
        return True


def kick_sender(application: Application) -> None:
    """Start a drain unless one is running (also what /add may call for an immediate push)."""
    rt = runtime(application)
    if rt is None or rt.stopping.is_set() or (rt.drain is not None and not rt.drain.done()):
        return
    rt.drain_stop = asyncio.Event()
    rt.drain = asyncio.get_running_loop().create_task(_drain(application, rt), name="outbox-drain")


async def _drain(application: Application, rt: DeliveryRuntime) -> None:
    try:
        if not await _lead_sender(application, rt):
            return
        assert rt.sender is not None
        stats = await rt.sender.drain(stop=rt.drain_stop)
        if stats.sent or stats.failed or stats.retried:
            log.info("outbox: %d sent, %d failed, %d retried, %d blocked, %d migrated, %d flood waits",
                     stats.sent, stats.failed, stats.retried, stats.blocked, stats.migrated, stats.flood_waits)
    except Exception:
        log.exception("outbox drain crashed; the next tick retries")


async def _match_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    application = context.application
    rt = runtime(application)
    if rt is None or rt.stopping.is_set():
        return
    try:
        created = await match_new_articles(application.bot_data.store, now=application.bot_data.clock())
    except Exception:
        log.exception("matching failed; retried next interval")
        return
    if created:
        log.info("matched %d new deliveries", created)
        kick_sender(application)


async def _send_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    kick_sender(context.application)


async def _is_leader(rt: DeliveryRuntime, *, fresh: bool = False) -> bool:
    """Check (or renew) the lease; a drain still running after the lease was lost stops."""
    leading = await rt.leader.check(fresh=fresh)
    if not leading:
        rt.drain_stop.set()
    return leading


async def _digest_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    application = context.application
    rt = runtime(application)
    if rt is None or rt.stopping.is_set():
        return
    try:
        if not await _is_leader(rt, fresh=True):  # renews the lease every tick
            return
        data = application.bot_data
        sent = await send_due_digests(application.bot, data.store, now=data.clock())
    except Exception:
        log.exception("digest tick failed")
        return
    if sent:
        log.info("sent %d digests", sent)


async def _feed_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    application = context.application
    rt = runtime(application)
    data = application.bot_data
    if rt is None or rt.stopping.is_set() or rt.feeds_running or data.fetcher is None:
        return
    rt.feeds_running = True
    try:
        if not await _is_leader(rt):
            return
        stats = await poll_feeds(
            data.store, data.fetcher, now=data.clock(), interval=rt.settings.feed_poll_seconds,
            options=data.options, stop=rt.stopping,
        )
        if stats.feeds:
            log.info("polled %d feeds: %d new articles, %d duplicates, %d unchanged, %d errors, %d postponed",
                     stats.feeds, stats.added, stats.duplicates, stats.not_modified + stats.unchanged,
                     stats.errors, stats.postponed)
        if stats.added:
            await _match_tick(context)
        await tell_admins(application.bot, data.store, data.admin_ids, stats.failing, stats.recovered)
    except Exception:
        log.exception("feed polling failed")
    finally:
        rt.feeds_running = False


async def stop_delivery(application: Application) -> None:
    """Stop claiming, let in-flight sends finish (bounded by the sender), keep the rest pending."""
    rt = runtime(application)
    if rt is None:
        return
    rt.stopping.set()
    rt.drain_stop.set()
    if rt.drain is not None and not rt.drain.done():
        try:
            await asyncio.wait_for(rt.drain, timeout=15)
        except (TimeoutError, asyncio.CancelledError):
            log.warning("outbox drain did not stop in time; its rows return to pending")


async def on_shutdown(application: Application) -> None:
    await stop_delivery(application)
    rt = _RUNTIMES.pop(id(application), None)
    store = application.bot_data.store
    if store is None or rt is None:
        return
    if rt.leader.leading:  # only the leader sends, so only its rows can be in flight
        returned = await store.deliveries.reset_in_flight()
        if returned:
            log.info("returned %d in-flight deliveries to pending at shutdown", returned)
    await rt.leader.resign()
