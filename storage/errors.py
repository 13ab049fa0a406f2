"""Named storage errors callers can act on.

StorageError
├── ArticleNotFound        no article with that id
├── DuplicateArticle       same URL or same content already stored (``.existing_id``)
├── ChatNotFound
├── DuplicateFeed          feed URL already registered (``.existing_id``)
├── FeedNotFound
├── InvalidTopic           empty / too long / no letters or digits
├── TooManySubscriptions   a chat's subscription limit reached (``.limit``)
├── TooManyMutes           a chat's mute limit reached (``.limit``)
└── StorageUnavailable     database locked, read-only or disk full: tell the admin, retry later
"""

from __future__ import annotations


class StorageError(Exception):
    """Base of every error raised by ``storage``."""


class ArticleNotFound(StorageError):
    def __init__(self, article_id: int) -> None:
        super().__init__(f"article {article_id} not found")
        self.article_id = article_id


class DuplicateArticle(StorageError):
    def __init__(self, existing_id: int, reason: str = "content") -> None:
        super().__init__(f"already stored as #{existing_id} (same {reason})")
        self.existing_id = existing_id
        self.reason = reason


class ChatNotFound(StorageError):
    def __init__(self, chat_id: int) -> None:
        super().__init__(f"chat {chat_id} not found")
        self.chat_id = chat_id


class DuplicateFeed(StorageError):
    def __init__(self, existing_id: int) -> None:
        super().__init__(f"feed already registered as {existing_id}")
        self.existing_id = existing_id


class FeedNotFound(StorageError):
    pass


class InvalidTopic(StorageError):
    pass


class TooManySubscriptions(StorageError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"at most {limit} subscriptions per chat")
        self.limit = limit


class TooManyMutes(StorageError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"at most {limit} muted words per chat")
        self.limit = limit


class StorageUnavailable(StorageError):
    """The database cannot take writes now (locked, read-only, disk full)."""
