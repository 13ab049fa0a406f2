"""The storage contract: what every backend (SQLite today, PostgreSQL later) provides.

Handlers and jobs depend only on these protocols; ``tests/storage`` runs one contract suite
against every backend. Times are timezone-aware UTC datetimes; ``now`` parameters exist so
tests and digests can use an injected clock.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from briefing.models import Briefing

from .bulk import BulkTables
from .models import (
    Article,
    ArticleSummary,
    Chat,
    ChatSettings,
    Delivery,
    Destination,
    Feed,
    NewDelivery,
    NewFeed,
    Page,
    QuoteHit,
    Speaker,
    Stats,
    Subscription,
)

MAX_SUBSCRIPTIONS_PER_CHAT = 50


class ArticleRepository(Protocol):
    """Articles, identified by ids that only grow and are **never reused**.

    An id, once handed out, names that article for good: after ``remove``, no later ``add``
    gets the same id (on every backend, across restarts; SQLite: AUTOINCREMENT, PostgreSQL: a
    sequence). The matching job's cursor (``added_after``) and every id users were sent
    (``/brief 12``) depend on it: a reused id would be behind the cursor, so its subscribers
    would never get the push, and an old ``/brief`` link would open a different article.
    """

    async def add(
        self,
        briefing: Briefing,
        *,
        url: str | None = None,
        added_by: int | None = None,
        now: datetime | None = None,
    ) -> Article:
        """Store a briefing under a new id. Raises ``DuplicateArticle`` (same URL, or the same
        ``briefing.fingerprint``, which the backend stores as given and never recomputes).

        A near-duplicate of a recent article (same story from another outlet, by SimHash) is
        stored with ``duplicate_of`` set so it is searchable but never pushed twice.
        """
        ...

    async def get(self, article_id: int) -> Article: ...  # ArticleNotFound
    async def get_by_url(self, url: str) -> Article | None: ...
    async def remove(self, article_id: int) -> None:
        """Delete the article (its deliveries and topics with it); its id is never reused."""
        ...  # ArticleNotFound
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
        """A group became a supergroup: move the chat, its subscriptions, mutes and deliveries."""
        ...

    async def with_mode(self, mode: str) -> list[Chat]:
        """Active chats in ``instant`` or ``digest`` mode (digest jobs are rebuilt from this)."""
        ...


class SubscriptionRepository(Protocol):
    """Subscriptions belong to a destination: a chat, or one forum topic of it (``thread_id``).

    Limits: ``MAX_SUBSCRIPTIONS_PER_CHAT`` across all of a chat's topics; exclusions and mutes
    per ``storage.topic_rules``. Exclusions, mutes and topics share ``topic_key`` (stemmed).
    """

    async def add(
        self,
        chat_id: int,
        topic: str,
        *,
        thread_id: int | None = None,
        exclude: Sequence[str] | None = None,
    ) -> bool:
        """True if new, False if that destination already had it (same stemmed key).

        ``exclude`` (words or phrases) replaces the subscription's exclusions; None keeps those
        of an existing subscription. Adding also resumes a paused topic (``resume_thread``).
        Raises InvalidTopic (topic or an exclusion), TooManySubscriptions, and ChatNotFound
        when the chat was never registered with ``chats.upsert``.
        """
        ...

    async def remove(self, chat_id: int, topic: str, *, thread_id: int | None = None) -> bool:
        """Remove the whole subscription (with its exclusions) from that destination."""
        ...

    async def for_chat(self, chat_id: int, *, thread_id: int | None = None) -> list[Subscription]:
        """That destination's subscriptions (a forum topic's own; None: the chat itself)."""
        ...

    async def count(self) -> int: ...

    async def pause_thread(self, chat_id: int, thread_id: int) -> int:
        """The forum topic was closed or deleted: its subscriptions stop matching (kept).
        Returns how many were paused now (0 when already paused)."""
        ...

    async def resume_thread(self, chat_id: int, thread_id: int) -> int:
        """The topic was reopened: its subscriptions match again. Returns how many resumed."""
        ...

    async def paused_in_topics(self, chat_id: int) -> int:
        """How many of the chat's forum-topic subscriptions are paused (for its General topic's
        /subscriptions, which lists the chat's own only)."""
        ...

    async def mute(self, chat_id: int, word: str) -> bool:
        """Mute a word/phrase for all of the chat's subscriptions; False if already muted.
        Raises InvalidTopic, TooManyMutes, ChatNotFound."""
        ...

    async def unmute(self, chat_id: int, word: str) -> bool: ...
    async def mutes(self, chat_id: int) -> list[str]:
        """Muted words/phrases as typed (normalised), oldest first."""
        ...

    async def match(self, article: Article) -> dict[Destination, list[str]]:
        """Destinations whose topics match the article → the matched topics, via an index lookup.

        Only active chats and unpaused subscriptions; a subscription whose exclusion, or a chat
        whose mute, occurs in the article's title, summary or topics (``topic_rules.hits``)
        does not match. A near-duplicate (``article.duplicate_of`` set) matches nobody.
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
        thread_id: int | None = None,
    ) -> bool:
        """One row per (chat, forum topic, article); False when it already existed."""
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

    async def digest_pending(self, chat_id: int) -> list[Delivery]:
        """The chat's collected digest rows, all its forum topics together (``thread_id``)."""
        ...

    async def chats_with_digest_rows(self) -> list[int]:
        """Chats holding collected digest rows (a chat that left digest mode gets them sent)."""
        ...
    async def mark_digest_sent(self, delivery_ids: Sequence[int], message_id: int | None) -> None: ...
    async def counts(self) -> dict[str, int]: ...
    async def for_article(self, article_id: int) -> list[Delivery]: ...


class FeedRepository(Protocol):
    async def add(self, url: str, *, added_by: int | None = None) -> Feed: ...  # DuplicateFeed

    async def add_many(
        self, feeds: Sequence[NewFeed], *, added_by: int | None = None
    ) -> builtins.list[Feed]:
        """Register a whole feed list (an OPML import) in ONE transaction: all or nothing.

        URLs already registered, or repeated in ``feeds``, are skipped; returns the feeds
        created, in input order, marked ``imported``. A title is kept until the feed's own
        title replaces it.
        """
        ...

    async def remove(self, url: str) -> bool: ...
    async def list(self) -> list[Feed]: ...
    async def due(self, *, now: datetime, limit: int = 20) -> builtins.list[Feed]:
        """Feeds whose next poll is at or before ``now``: never-polled first, then most overdue."""
        ...

    async def record_success(
        self,
        feed_id: int,
        *,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
        now: datetime,
        next_poll_at: datetime,
        body_hash: str | None = None,
    ) -> None:
        """A poll worked: store the validators, reset ``errors`` (``alerted`` is left as is:
        the poller clears it with ``set_alerted`` once the admins were told)."""
        ...

    async def record_unchanged(
        self, feed_ids: Sequence[int], *, now: datetime, next_poll_at: datetime
    ) -> None:
        """Polls that found nothing new (a 304, or the same body again), recorded in one write:
        validators and body hash kept, ``errors`` reset, next poll at ``next_poll_at``."""
        ...

    async def record_error(
        self, feed_id: int, error: str, *, now: datetime, next_poll_at: datetime
    ) -> None:
        """A poll failed: ``errors`` + 1 (consecutive failures), next try at ``next_poll_at``."""
        ...

    async def postpone(self, feed_id: int, *, next_poll_at: datetime) -> None:
        """Move the next poll without counting a failure (the feed's host asked us to wait)."""
        ...

    async def set_alerted(self, feed_ids: Sequence[int], alerted: bool) -> None:
        """Record that the admins were told these feeds fail (True) or recovered (False)."""
        ...

    async def seen(self, feed_id: int, entry_key: str) -> bool: ...
    async def mark_seen(self, feed_id: int, entry_key: str) -> None: ...

    async def seen_keys(self, feed_id: int, keys: Sequence[str]) -> dict[str, datetime]:
        """Which of ``keys`` (entry GUIDs, links, fingerprints) are recorded for the feed, with
        when each was last recorded: one query for a whole feed document, not one per entry."""
        ...

    async def mark_seen_many(
        self, feed_id: int, keys: Sequence[str], *, now: datetime | None = None
    ) -> None:
        """Record several keys as seen at ``now`` in one transaction (a key already recorded
        gets the new time: fingerprints are matched only within a recent window)."""
        ...

    async def prune_seen(self, feed_id: int, *, keep: Sequence[str], seen_before: datetime) -> int:
        """Forget the feed's entry keys recorded before ``seen_before`` except those in ``keep``
        (the keys of the feed's latest document); returns how many were forgotten. Keys still in
        the document must stay whatever their age, or the next poll would take them for new."""
        ...


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


class ConversationRepository(Protocol):
    """Short-lived state of a chat's conversation that every worker must see (behind a load
    balancer a chat's next update may reach another worker): the query behind a message's ◀ ▶
    buttons, a pending step such as a bare /add waiting for its text. Every value expires;
    expired values read as absent and ``prune`` deletes them."""

    async def put(
        self, chat_id: int, key: str, value: str, *, ttl: timedelta, now: datetime | None = None
    ) -> None:
        """Set (or replace) the chat's value under ``key``; absent from ``now + ttl`` on."""
        ...

    async def get(self, chat_id: int, key: str, *, now: datetime | None = None) -> str | None:
        """The value, or None when absent or expired (only the chat's own keys are visible)."""
        ...

    async def take(self, chat_id: int, key: str, *, now: datetime | None = None) -> str | None:
        """Remove and return the value (None when absent or expired): of several workers
        taking the same pending step at once, exactly one gets it."""
        ...

    async def prune(self, *, now: datetime | None = None) -> int:
        """Delete expired values (any chat); returns how many."""
        ...


class QuoteRepository(Protocol):
    """Every attributed quote of every stored article, looked up by who said it.

    Rows are written with the article (same transaction) and go with it. Speakers are merged
    into people by ``briefing.people`` (titles stripped; a bare surname joins the one person of
    that surname); ``storage.quote_index`` holds the backend-neutral parts. Any user input is
    safe: names are parameters, never query syntax.
    """

    async def by_person(self, name: str, *, limit: int = 5, offset: int = 0) -> Page[QuoteHit]:
        """What ``name`` said ("Umerov", "Rustem Umerov", "Mr. Umerov", "the ministry"),
        newest article first, each quote once (the same words in two articles: the newer)."""
        ...

    async def top_people(self, *, since: datetime, limit: int = 10) -> list[Speaker]:
        """Most quoted in articles stored since ``since``, most quotes first."""
        ...

    async def close_matches(self, name: str, *, limit: int = 5) -> list[Speaker]:
        """People whose name looks like ``name``: the same surname with another first name,
        the same first name, a surname prefix or a near spelling, an organisation containing
        it. For "no quotes from …, did you mean" and for a surname several people share."""
        ...

    async def refresh(self) -> int:
        """Index the quotes of articles stored before the index existed, or re-key every row
        when ``briefing.people`` keys names differently now; a no-op otherwise. Backends call
        it at open. Returns how many articles were (re)indexed."""
        ...


class StoryRepository(Protocol):
    """Articles about the same story: near-duplicates plus follow-ups sharing the story's
    specific people, places and subjects within a few days (``briefing.stories``). The story
    is decided when an article is stored, so reading one is a cheap lookup."""

    async def of(self, article_id: int, *, limit: int = 20) -> list[Article]:
        """The story of ``article_id``, newest first (itself alone when nothing joined it).
        Raises ``ArticleNotFound``."""
        ...

    async def size(self, article_id: int) -> int:
        """How many articles the story of ``article_id`` has (1 alone). ``ArticleNotFound``."""
        ...

    async def refresh(self) -> int:
        """Decide the stories of recent articles stored before stories existed, or again when
        the rule's features changed; a no-op otherwise. Backends call it at open."""
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
    def conversations(self) -> ConversationRepository: ...
    @property
    def quotes(self) -> QuoteRepository: ...
    @property
    def stories(self) -> StoryRepository: ...
    @property
    def bulk(self) -> BulkTables:
        """Whole tables, for ``store copy`` between backends (not for request paths)."""
        ...

    async def stats(self) -> Stats: ...
    async def integrity_check(self) -> str: ...
    async def close(self) -> None: ...
