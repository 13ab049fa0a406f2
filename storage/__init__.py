"""Persistence behind one contract (``storage.base.Store``): SQLite (aiosqlite) or PostgreSQL (asyncpg)."""

from .base import MAX_SUBSCRIPTIONS_PER_CHAT, Store
from .errors import (
    ArticleNotFound,
    ChatNotFound,
    DuplicateArticle,
    DuplicateFeed,
    FeedNotFound,
    InvalidTopic,
    StorageError,
    StorageUnavailable,
    TooManyMutes,
    TooManySubscriptions,
)
from .models import (
    Article,
    ArticleSummary,
    Chat,
    ChatSettings,
    Delivery,
    Destination,
    Feed,
    NewFeed,
    Page,
    Stats,
    Subscription,
)

__all__ = [
    "MAX_SUBSCRIPTIONS_PER_CHAT",
    "Article",
    "ArticleNotFound",
    "ArticleSummary",
    "Chat",
    "ChatNotFound",
    "ChatSettings",
    "Delivery",
    "Destination",
    "DuplicateArticle",
    "DuplicateFeed",
    "Feed",
    "NewFeed",
    "FeedNotFound",
    "InvalidTopic",
    "Page",
    "Stats",
    "StorageError",
    "StorageUnavailable",
    "Store",
    "Subscription",
    "TooManyMutes",
    "TooManySubscriptions",
    "open_store",
]


async def open_store(url: str) -> Store:
    """Open (creating and migrating) the store at ``url`` (``storage.urls``: a SQLite path or
    URL, or a PostgreSQL URL); the one entry point callers use. ValueError for a malformed URL,
    StorageUnavailable when the database cannot be reached."""
    from .urls import parse_database_url

    where = parse_database_url(url)
    if where.backend == "postgresql":
        from .postgres import PgStore

        return await PgStore.open(where.target)
    from .sqlite import SqliteStore

    return await SqliteStore.open(where.target)
