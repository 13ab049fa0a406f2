"""The storage contract: what every backend (SQLite today, PostgreSQL later) provides.

Handlers and jobs depend only on these protocols; ``tests/storage`` runs one contract suite
against every backend. Times are timezone-aware UTC datetimes; ``now`` parameters exist so
tests and digests can use an injected clock.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from briefing.models import Briefing

from .bulk import BulkTables
from .models import (
    Article,
    ArticleSummary,
    Chat,
    ChatSettings,
    Delivery,
    Feed,
    NewDelivery,
    Page,
    Stats,
    Subscription,
)

MAX_SUBSCRIPTIONS_PER_CHAT = 50


class ArticleRepository(Protocol):
    async def add(
        self,
        briefing: Briefing,
        *,
        url: str | None = None,
        added_by: int | None = None,
        now: datetime | None = None,
    ) -> Article:
        """Store a briefing. Raises ``DuplicateArticle`` (same URL or same content hash).

        A near-duplicate of a recent article (same story from another outlet, by SimHash) is
        stored with ``duplicate_of`` set so it is searchable but never pushed twice.
        """
        ...

    async def get(self, article_id: int) -> Article: ...  # ArticleNotFound
    async def get_by_url(self, url: str) -> Article | None: ...
    async def remove(self, article_id: int) -> None: ...  # ArticleNotFound
    async def count(self) -> int: ...

    async def latest(
        self, *, limit: int = 5, offset: int = 0, topic: str | None = None
    ) -> Page[ArticleSummary]:
        """Newest first; ``topic`` narrows to articles whose title/summary/topics match (stemmed).

        ``Page.total`` may be capped (SQLite: exact up to ``offset + limit + 1000``, a lower
        bound beyond): enough to tell whether there is a next page without counting 100k rows.
        """
        ...

    async def search(self, query: str, *, limit: int = 5, offset: int = 0) -> Page[ArticleSummary]:
        """Articles containing every word (stemmed). Any user input is safe: it becomes quoted
        FTS terms, never query syntax.

        Order: every word in the title first, then every word within title/summary/topics, then
        the rest (a word only in the body); newest first within each group. Only the newest
        matches are ordered and reachable (SQLite: 500), and ``Page.total`` is capped likewise.
        """
        ...

    async def topic_counts(self, *, limit: int = 20, recent: int = 500) -> list[tuple[str, int]]:
        """Topics of the ``recent`` newest articles with how many carry each, most common first."""
        ...

    async def added_after(self, article_id: int, *, limit: int = 100) -> list[Article]:
        """Articles with id > ``article_id`` in id order: the matching job's persisted cursor."""
        ...

    async def summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]: ...


class ChatRepository(Protocol):
    async def upsert(self, chat_id: int, *, type: str, title: str | None = None) -> Chat:
        """Register a chat or refresh it; always leaves it active (a /start after a block)."""
        ...

    async def get(self, chat_id: int) -> Chat: ...  # ChatNotFound
    async def get_many(self, chat_ids: Sequence[int]) -> dict[int, Chat]:
        """The known chats among ``chat_ids`` (one query for a whole broadcast)."""
        ...
    async def set_active(self, chat_id: int, active: bool) -> None: ...
    async def update_settings(self, chat_id: int, settings: ChatSettings) -> Chat: ...

    async def migrate(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: move the chat, its subscriptions and deliveries."""
        ...

    async def with_mode(self, mode: str) -> list[Chat]:
        """Active chats in ``instant`` or ``digest`` mode (digest jobs are rebuilt from this)."""
        ...


class SubscriptionRepository(Protocol):
    async def add(self, chat_id: int, topic: str) -> bool:
        """True if new, False if the chat already had it.

        Raises InvalidTopic, TooManySubscriptions, and ChatNotFound when the chat was never
        registered with ``chats.upsert``.
        """
        ...

    async def remove(self, chat_id: int, topic: str) -> bool: ...
    async def for_chat(self, chat_id: int) -> list[Subscription]: ...
    async def count(self) -> int: ...

    async def match(self, article: Article) -> dict[int, list[str]]:
        """Active chats whose topics match the article → the matched topics, via an index lookup.

        A near-duplicate (``article.duplicate_of`` set) matches nobody: it is never pushed.
        """
        ...


class DeliveryRepository(Protocol):
    async def enqueue(
        self,
        chat_id: int,
        article_id: int,
        topics: Sequence[str],
        *,
        digest: bool = False,
        not_before: datetime | None = None,
    ) -> bool:
        """One row per (chat, article); False when it already existed."""
        ...

    async def enqueue_many(self, rows: Sequence[NewDelivery]) -> int:
        """``enqueue`` for a whole broadcast in one transaction; returns the rows created."""
        ...

    async def claim(self, limit: int, *, now: datetime | None = None) -> list[Delivery]:
        """Atomically move up to ``limit`` due pending rows of active chats to ``sending``."""
        ...

    async def mark_sent(self, delivery_id: int, message_id: int | None) -> None: ...
    async def mark_failed(self, delivery_id: int, error: str) -> None: ...

    async def release(self, delivery_id: int, error: str | None, *, not_before: datetime) -> None:
        """Back to pending for a retry after ``not_before`` (backoff, RetryAfter, quiet hours)."""
        ...

    async def reset_in_flight(self) -> int:
        """``sending`` → ``pending`` (at start-up after a crash, and at graceful shutdown)."""
        ...

    async def digest_pending(self, chat_id: int) -> list[Delivery]: ...

    async def chats_with_digest_rows(self) -> list[int]:
        """Chats holding collected digest rows (a chat that left digest mode gets them sent)."""
        ...
    async def mark_digest_sent(self, delivery_ids: Sequence[int], message_id: int | None) -> None: ...
    async def counts(self) -> dict[str, int]: ...
    async def for_article(self, article_id: int) -> list[Delivery]: ...


class FeedRepository(Protocol):
    async def add(self, url: str, *, added_by: int | None = None) -> Feed: ...  # DuplicateFeed
    async def remove(self, url: str) -> bool: ...
    async def list(self) -> list[Feed]: ...
    async def due(self, *, now: datetime, limit: int = 20) -> builtins.list[Feed]: ...
    async def record_success(
        self,
        feed_id: int,
        *,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        now: datetime,
        next_poll_at: datetime,
    ) -> None: ...
    async def record_error(
        self, feed_id: int, error: str, *, now: datetime, next_poll_at: datetime
    ) -> None: ...
    async def seen(self, feed_id: int, entry_key: str) -> bool: ...
    async def mark_seen(self, feed_id: int, entry_key: str) -> None: ...


class MetaRepository(Protocol):
    """Small key/value state: the matching cursor, digest bookkeeping, the leader lease."""

    async def get(self, key: str) -> str | None: ...
    async def set(self, key: str, value: str) -> None: ...

    async def try_lease(self, name: str, holder: str, *, ttl_seconds: float, now: datetime) -> bool:
        """Leader election for scheduled jobs when several workers share one database."""
        ...

    async def lease_holder(self, name: str, *, now: datetime) -> str | None:
        """Who holds the lease now (None when free or expired)."""
        ...

    async def release_lease(self, name: str, holder: str) -> None:
        """Give the lease up if ``holder`` has it (graceful shutdown: the next worker, or this
        one restarted, leads at once instead of after the TTL)."""
        ...

    async def reserve_rate_slot(self, name: str, *, interval: float, burst: int) -> float:
        """Book one send under a rate budget; returns the seconds to wait before sending (0 when
        within budget). A GCRA schedule: over any window W at most ``burst + W / interval``.

        PostgreSQL: one budget shared by every worker on the database, on the server's clock (a
        row lock per booking). SQLite: a budget per store handle, in memory — a write per reply
        would queue behind the 5 s busy timeout whenever another process holds the lock, and
        several SQLite workers are one machine's affair.
        """
        ...


class Store(Protocol):
    """One open database: its repositories plus whole-store operations. The repositories are
    read-only members, so a backend may use its own classes for them (checked by mypy)."""

    @property
    def articles(self) -> ArticleRepository: ...
    @property
    def chats(self) -> ChatRepository: ...
    @property
    def subscriptions(self) -> SubscriptionRepository: ...
    @property
    def deliveries(self) -> DeliveryRepository: ...
    @property
    def feeds(self) -> FeedRepository: ...
    @property
    def meta(self) -> MetaRepository: ...
    @property
    def bulk(self) -> BulkTables:
        """Whole tables, for ``store copy`` between backends (not for request paths)."""
        ...

    async def stats(self) -> Stats: ...
    async def integrity_check(self) -> str: ...
    async def close(self) -> None: ...
