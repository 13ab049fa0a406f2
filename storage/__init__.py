"""Persistence behind one contract (``storage.base.Store``); SQLite via aiosqlite today."""

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


async def open_store(path: str) -> Store:
    """Open (creating and migrating) the store at ``path``; the one entry point callers use."""
    from .sqlite import SqliteStore

    return await SqliteStore.open(path)
