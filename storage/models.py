"""Models that leave ``storage/``: repositories never return raw rows."""

from __future__ import annotations

from datetime import datetime
from typing import Generic, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from briefing.models import Briefing

T = TypeVar("T")

DeliveryStatus = Literal["pending", "sending", "sent", "failed", "digest"]
"""pending → sending → sent | failed; ``digest`` rows wait for the chat's daily digest."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Article(_Frozen):
    id: int
    url: str | None = None
    content_hash: str
    title: str
    source: str | None = None
    published_at: str | None = None
    added_at: datetime
    added_by: int | None = None
    duplicate_of: int | None = None
    """Set when a near-duplicate (same story, another outlet) was already stored: never pushed."""
    language: str = "en"
    """ISO 639-1 code of the article's language (``briefing.language``; detected at open for
    articles stored before languages were)."""
    briefing: Briefing


class ArticleSummary(_Frozen):
    """What lists (/latest, /search, digests) need, without the full body."""

    id: int
    title: str
    source: str | None = None
    url: str | None = None
    published_at: str | None = None
    added_at: datetime
    lead: str = ""
    """First summary sentence."""
    topics: tuple[str, ...] = ()


class Page(_Frozen, Generic[T]):
    items: list[T]
    total: int
    offset: int = 0
    limit: int = 5


class ChatSettings(_Frozen):
    mode: Literal["instant", "digest"] = "instant"
    digest_time: str = Field(default="08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    quiet_start: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    quiet_end: str | None = Field(default=None, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone: str = "UTC"
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    """Interface language (ISO 639-1) the chat reads the bot in; None: not chosen yet (the
    handlers then use the user's Telegram language in a private chat, English in a group)."""


class Chat(_Frozen):
    id: int
    type: str = "private"
    title: str | None = None
    active: bool = True
    settings: ChatSettings = ChatSettings()
    created_at: datetime | None = None


class Destination(NamedTuple):
    """Where pushes go: a chat and, in a forum supergroup, the topic (``message_thread_id``).

    ``thread_id`` None is the chat itself (a private chat, a plain group, a forum's General).
    """

    chat_id: int
    thread_id: int | None = None


class Subscription(_Frozen):
    chat_id: int
    topic: str
    """As the user typed it (normalised whitespace, lower case)."""
    key: str
    """Stemmed match key (``briefing.topics.topic_key``)."""
    created_at: datetime | None = None
    thread_id: int | None = None
    """The forum topic it was made in (None: the chat itself)."""
    exclude: tuple[str, ...] = ()
    """Excluded words/phrases as typed (normalised): an article containing one is not pushed."""
    paused: bool = False
    """Its forum topic was closed or deleted: kept, but matched by nothing until reopened."""


class Delivery(_Frozen):
    id: int
    chat_id: int
    article_id: int
    status: DeliveryStatus
    attempts: int = 0
    last_error: str | None = None
    message_id: int | None = None
    topics: tuple[str, ...] = ()
    not_before: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    thread_id: int | None = None
    """Forum topic to post in (None: the chat itself)."""


class NewDelivery(_Frozen):
    """One outbox row to create (``DeliveryRepository.enqueue_many``)."""

    chat_id: int
    article_id: int
    topics: tuple[str, ...] = ()
    digest: bool = False
    not_before: datetime | None = None
    thread_id: int | None = None


class Feed(_Frozen):
    id: int
    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = None
    next_poll_at: datetime | None = None
    errors: int = 0
    """Consecutive failed polls (a success resets it)."""
    last_error: str | None = None
    added_by: int | None = None
    body_hash: str | None = None
    """Hash of the last feed body: an unchanged body costs no parse even without ETag support."""
    alerted: bool = False
    """The admins were told this feed keeps failing (and not yet that it recovered)."""
    imported: bool = False
    """Added from a feed list: its first poll marks the back catalogue seen and briefs none."""


class NewFeed(_Frozen):
    """One feed to register (``FeedRepository.add_many``); ``title`` as the feed list named it."""

    url: str
    title: str | None = None


class Stats(_Frozen):
    articles: int = 0
    chats: int = 0
    active_chats: int = 0
    subscriptions: int = 0
    deliveries: dict[str, int] = Field(default_factory=dict)
    feeds: int = 0


class QuoteHit(_Frozen):
    """One stored quote with the article it is from (``/quotes NAME``)."""

    article_id: int
    position: int
    """Index in the article's ``Briefing.quotes``."""
    text: str
    speaker: str
    """Display name as that article gives it, titles stripped ("Rustem Umerov", "Umerov")."""
    said_at: datetime
    """The article's date: its published day when known, else when it was stored."""
    title: str
    source: str | None = None
    url: str | None = None


class Speaker(_Frozen):
    """Someone (or an organisation) with quotes in the store; ``name`` finds them again."""

    name: str
    quotes: int
