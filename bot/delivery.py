"""The sender: drains the outbox at Telegram's limits, exactly once except for in-flight crashes.

Every row goes pending → sending (``claim`` commits before the API call) → sent | failed, or
back to pending with a ``not_before`` (flood wait, backoff). A crash leaves at most the rows
that were in flight in ``sending``; the next leader (this process restarted, or another
worker) returns those to pending before it sends (``bot.jobs``), so a subscriber may get one
of them twice, never zero times.

Rate limits: the sender starts sends evenly spaced at ``OVERALL_RATE`` (29/s) and
``ChatPacer`` spaces messages to one chat (1/1.1 s private, 1/3.3 s group) *without* holding a
send slot, so a chat with a backlog never slows the others. Up to ``concurrency`` sends are in
flight at once, which keeps throughput at the cap despite round-trip latency. PTB's
``AIORateLimiter`` (configured in ``bot.app``) stays underneath as a safety net; a RetryAfter
that still reaches us pauses every send for ``retry_after`` and the row is released with that
``not_before``.

Forum topics: a row carries the topic (``thread_id``) it is posted in. A topic closed or deleted
(400 "TOPIC_CLOSED" / "message thread not found") pauses that topic's subscriptions (kept;
reopening the topic or /subscribe there resumes them) with one log line; the row fails and the
chat's other topics go on as before.

Languages: each chat gets the push in its interface language (``ChatSettings.language``). The
languages of a claimed batch's chats are read in one query, and a briefing is rendered once per
(article, matched topics, language), not once per chat: a broadcast to 2,000 chats renders it
a handful of times.

Blocked chats (403): the chat is deactivated (subscriptions kept, ``/start`` re-activates it),
that row fails. Its other rows stay pending but are not claimed while inactive; rows older than
``stale_after`` are expired instead of sent, so a user who unblocks the bot days later gets
no flood of old news.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import ExtBot

from handlers.callback_data import full_briefing_keyboard
from handlers.common import pause_topic, topic_gone
from handlers.context import utc_now
from handlers.i18n import SOURCE_LANGUAGE, use_language
from handlers.render import render_briefing
from storage.base import Store
from storage.errors import ArticleNotFound, StorageError
from storage.models import Article, Delivery

from .pacing import OVERALL_RATE, ChatPacer, OverallPacer, retry_after_seconds
from .ratelimit import SELF_PACED

log = logging.getLogger(__name__)

CONCURRENCY = 40
"""Sends in flight; ≥ 30 so one slow round trip never drops us below the 30 msg/s cap."""
MAX_ATTEMPTS = 5
BACKOFF_BASE = 2.0
BACKOFF_MAX = 300.0
STALE_AFTER = timedelta(hours=24)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
Rendered = tuple[list[str], InlineKeyboardMarkup]
"""A push as sent: its HTML chunks and the "Full briefing" button under the last one."""


def _username(bot: Bot) -> str | None:
    """The bot's username, for the speakers' ``/quotes`` links; None before ``initialize()``."""
    try:
        return bot.username
    except RuntimeError:  # a Bot not initialised yet: the push goes out without the links
        return None


@dataclass
class DrainStats:
    sent: int = 0
    failed: int = 0
    retried: int = 0
    blocked: int = 0
    migrated: int = 0
    flood_waits: int = 0
    errors: list[str] = field(default_factory=list)


class Sender:
    """Drains due outbox rows; one instance per process keeps pacing and flood state."""

    def __init__(
        self,
        bot: Bot,
        store: Store,
        *,
        clock: Callable[[], datetime] = utc_now,
        concurrency: int = CONCURRENCY,
        pacer: ChatPacer | None = None,
        max_attempts: int = MAX_ATTEMPTS,
        backoff_base: float = BACKOFF_BASE,
        stale_after: timedelta = STALE_AFTER,
        overall_rate: float = OVERALL_RATE,
    ) -> None:
        self.bot = bot
        # an application's ExtBot sends through its rate limiter: tell it we pace ourselves
        self._send_options = {"rate_limit_args": SELF_PACED} if isinstance(bot, ExtBot) else {}
        self.store = store
        self.clock = clock
        self.concurrency = concurrency
        self.pacer = pacer or ChatPacer()
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.stale_after = stale_after
        self._slots = asyncio.Semaphore(concurrency)
        self._paused_until = 0.0
        self.overall = OverallPacer(overall_rate)
        self._migrated: dict[int, int] = {}
        self._articles: dict[int, Article] = {}
        self._languages: dict[int, str] = {}
        """Chat id → interface language, read per claimed batch (and again in the next drain)."""
        self._rendered: dict[tuple[int, tuple[str, ...], str], Rendered] = {}
        self._stop: asyncio.Event | None = None

    async def drain(self, *, stop: asyncio.Event | None = None, poll: float = 0.25) -> DrainStats:
        """Send every due row until none is due and nothing is in flight (or ``stop`` is set)."""
        stats = DrainStats()
        queues: dict[int, deque[Delivery]] = {}
        workers: dict[int, asyncio.Task[None]] = {}
        held = 0  # claimed rows not yet finished
        self._articles.clear()
        self._languages.clear()
        self._rendered.clear()
        self._stop = stop

        def finished(_row: Delivery) -> None:
            nonlocal held
            held -= 1

        while stop is None or not stop.is_set():
            room = 2 * self.concurrency - held
            rows: list[Delivery] = []
            if room > 0 and time.monotonic() >= self._paused_until:
                try:
                    rows = await self.store.deliveries.claim(room, now=self.clock())
                except StorageError as exc:
                    log.warning("outbox claim failed: %s", exc)
                    stats.errors.append(str(exc))
                    break
            await self._learn_languages(rows)
            for row in rows:
                held += 1
                queues.setdefault(row.chat_id, deque()).append(row)
                if row.chat_id not in workers:
                    workers[row.chat_id] = asyncio.create_task(
                        self._chat_worker(row.chat_id, queues, workers, stats, finished)
                    )
            if not workers and not rows:
                if time.monotonic() < self._paused_until:
                    await asyncio.sleep(self._paused_until - time.monotonic())
                    continue
                break
            if not rows or held >= 2 * self.concurrency:
                await asyncio.wait(set(workers.values()), timeout=poll, return_when=asyncio.FIRST_COMPLETED)
        if workers:  # stopping: let in-flight sends finish, bounded
            await asyncio.wait(set(workers.values()), timeout=10)
            for task in workers.values():
                task.cancel()
        return stats

    async def _chat_worker(self, chat_id, queues, workers, stats: DrainStats, finished) -> None:
        queue: deque[Delivery] = queues[chat_id]
        try:
            while queue:
                row = queue.popleft()
                try:
                    outcome = await self._deliver(row, stats)
                except Exception as exc:  # a bug or storage outage must not strand the row
                    log.exception("delivery %d failed unexpectedly", row.id)
                    outcome = "error"
                    await self._retry_later(row, f"internal: {type(exc).__name__}", stats)
                finally:
                    finished(row)
                stopping = self._stop is not None and self._stop.is_set()
                if outcome == "blocked" or stopping:
                    # the chat is inactive now, or we are shutting down: hand the rest back untouched
                    reason = "chat blocked the bot" if outcome == "blocked" else None
                    while queue:
                        rest = queue.popleft()
                        await self.store.deliveries.release(rest.id, reason, not_before=self.clock())
                        finished(rest)
        finally:
            del workers[chat_id]
            del queues[chat_id]

    async def _deliver(self, row: Delivery, stats: DrainStats) -> str:
        now = self.clock()
        if row.created_at is not None and now - row.created_at > self.stale_after:
            await self.store.deliveries.mark_failed(row.id, "stale: not delivered within the freshness window")
            stats.failed += 1
            return "failed"
        try:
            article = await self._article(row.article_id)
        except ArticleNotFound:
            await self.store.deliveries.mark_failed(row.id, "article removed")
            stats.failed += 1
            return "failed"
        chunks, markup = self._render(article, row.topics, self._languages.get(row.chat_id, SOURCE_LANGUAGE))
        chat_id = self._migrated.get(row.chat_id, row.chat_id)
        for _hop in range(3):  # a migrated group is retried at its new id
            delay = self.pacer.reserve(chat_id)
            if delay > 0:
                await asyncio.sleep(delay)
                if not await self._still_stored(article.id):  # /remove while we waited our turn
                    await self.store.deliveries.mark_failed(row.id, "article removed")
                    stats.failed += 1
                    return "failed"
            try:
                async with self._slots:
                    await self._wait_flood()
                    message_id = await self._send(chat_id, row.thread_id, chunks, markup)
            except RetryAfter as exc:
                wait = retry_after_seconds(exc)
                self._paused_until = max(self._paused_until, time.monotonic() + wait)
                stats.flood_waits += 1
                await self.store.deliveries.release(row.id, "flood wait", not_before=self.clock() + timedelta(seconds=wait))
                return "retry"
            except ChatMigrated as exc:
                await self.store.chats.migrate(chat_id, exc.new_chat_id)
                self._migrated[chat_id] = exc.new_chat_id
                chat_id = exc.new_chat_id
                stats.migrated += 1
                continue
            except Forbidden as exc:
                await self.store.chats.set_active(chat_id, False)
                await self.store.deliveries.mark_failed(row.id, f"forbidden: {exc.message}")
                stats.blocked += 1
                return "blocked"
            except BadRequest as exc:
                if row.thread_id is not None and topic_gone(exc):
                    await pause_topic(self.store, chat_id, row.thread_id, exc.message)
                    await self.store.deliveries.mark_failed(row.id, f"topic gone: {exc.message}")
                    stats.failed += 1
                    return "failed"
                if "chat not found" in exc.message.lower():
                    await self.store.chats.set_active(chat_id, False)
                await self.store.deliveries.mark_failed(row.id, f"bad request: {exc.message}")
                stats.failed += 1
                return "failed"
            except TelegramError as exc:  # NetworkError, TimedOut, 5xx, Conflict …
                await self._retry_later(row, f"{type(exc).__name__}: {exc.message}", stats)
                return "retry"
            await self.store.deliveries.mark_sent(row.id, message_id)
            stats.sent += 1
            return "sent"
        await self.store.deliveries.mark_failed(row.id, "chat migrated repeatedly")
        stats.failed += 1
        return "failed"

    async def _send(
        self, chat_id: int, thread_id: int | None, chunks: list[str], markup: InlineKeyboardMarkup
    ) -> int | None:
        message_id = None
        for i, chunk in enumerate(chunks):
            last = i == len(chunks) - 1
            if i:  # a long briefing's next part respects the per-chat pace too
                delay = self.pacer.reserve(chat_id)
                if delay > 0:
                    await asyncio.sleep(delay)
            await self._pace_overall()
            message = await self.bot.send_message(
                chat_id,
                chunk,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                reply_markup=markup if last else None,
                message_thread_id=thread_id,
                **self._send_options,
            )
            message_id = message.message_id
        return message_id

    async def _retry_later(self, row: Delivery, error: str, stats: DrainStats) -> None:
        """Exponential backoff (2, 4, 8, 16 s …); after ``max_attempts`` the row fails for good."""
        if row.attempts >= self.max_attempts:
            await self.store.deliveries.mark_failed(row.id, f"gave up after {row.attempts} attempts: {error}")
            stats.failed += 1
            return
        wait = min(BACKOFF_MAX, self.backoff_base * 2 ** max(0, row.attempts - 1))
        await self.store.deliveries.release(row.id, error, not_before=self.clock() + timedelta(seconds=wait))
        stats.retried += 1

    async def _pace_overall(self) -> None:
        await self.overall.wait(not_before=self._paused_until)

    async def _wait_flood(self) -> None:
        for _ in range(100):  # the pause can be extended by another 429 while we wait
            wait = self._paused_until - time.monotonic()
            if wait <= 0:
                return
            await asyncio.sleep(wait)

    async def _still_stored(self, article_id: int) -> bool:
        """Re-read after a pacing wait: a push of a removed article would point at a /brief
        that says "removed". Only paced sends pay this lookup, not a broadcast's first sends."""
        try:
            await self.store.articles.get(article_id)
        except ArticleNotFound:
            self._articles.pop(article_id, None)
            return False
        return True

    async def _learn_languages(self, rows: list[Delivery]) -> None:
        """The interface language of every chat in ``rows`` not known yet (one query)."""
        unknown = list({row.chat_id for row in rows} - self._languages.keys())
        if not unknown:
            return
        try:
            chats = await self.store.chats.get_many(unknown)
        except StorageError as exc:  # send in English rather than strand claimed rows
            log.warning("could not read chat languages: %s", exc)
            return
        for chat_id in unknown:
            chat = chats.get(chat_id)
            self._languages[chat_id] = (chat.settings.language if chat else None) or SOURCE_LANGUAGE

    def _render(self, article: Article, topics: tuple[str, ...], language: str) -> Rendered:
        """The push's chunks and button in ``language``, rendered once per drain and key."""
        key = (article.id, topics, language)
        if key not in self._rendered:
            if len(self._rendered) > 256:
                self._rendered.clear()
            with use_language(language):
                chunks = render_briefing(article, matched=topics, bot_username=_username(self.bot))
                self._rendered[key] = (chunks, full_briefing_keyboard(article.id))
        return self._rendered[key]

    async def _article(self, article_id: int) -> Article:
        if article_id not in self._articles:
            if len(self._articles) > 256:
                self._articles.clear()
            self._articles[article_id] = await self.store.articles.get(article_id)
        return self._articles[article_id]


async def drain_outbox(
    bot: Bot,
    store: Store,
    *,
    clock: Callable[[], datetime] = utc_now,
    concurrency: int = CONCURRENCY,
    wait_for_retries: float = 0.0,
) -> DrainStats:
    """Send everything due, outside the JobQueue (benchmarks, CLI, tests).

    With ``wait_for_retries`` > 0, keep draining for up to that many seconds while rows are
    still pending (flood waits, backoff), so the outbox ends empty if the API lets it.
    """
    sender = Sender(bot, store, clock=clock, concurrency=concurrency)
    total = DrainStats()
    deadline = time.monotonic() + wait_for_retries
    for _ in range(10_000):
        stats = await sender.drain()
        for name in ("sent", "failed", "retried", "blocked", "migrated", "flood_waits"):
            setattr(total, name, getattr(total, name) + getattr(stats, name))
        total.errors += stats.errors
        if time.monotonic() >= deadline or not (await store.deliveries.counts()).get("pending"):
            break
        await asyncio.sleep(0.2)
    return total
