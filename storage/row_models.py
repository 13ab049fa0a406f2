"""Row → pydantic model conversion shared by the backends: repositories never hand out raw rows.

Rows are looked up by column name (``sqlite3.Row`` and ``asyncpg.Record`` both allow it); the
backends store times differently, so each passes ``when``: its stored time → aware datetime.
Column lists are constants interpolated into each backend's module-level SQL (hence the
"noqa: S608" on those lines); every value travels as a parameter.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from briefing.models import Briefing

from .models import Article, ArticleSummary, Chat, ChatSettings, Delivery, Feed, Subscription

ARTICLE_COLUMNS = (
    "id, url, content_hash, title, source, published_at, added_at, added_by, duplicate_of, "
    "language, briefing"
)
SUMMARY_COLUMNS = "id, title, source, url, published_at, added_at, summary, topics"
DELIVERY_COLUMNS = (
    "id, chat_id, article_id, status, attempts, last_error, message_id, topics, not_before, "
    "created_at, updated_at, thread_id"
)
SUBSCRIPTION_COLUMNS = "chat_id, thread_id, topic, key, exclude_words, paused, created_at"
FEED_COLUMNS = (
    "id, url, title, etag, last_modified, last_polled_at, next_poll_at, errors, last_error, added_by, "
    "body_hash, failure_alerted, imported"
)
CHAT_COLUMNS = "id, type, title, active, settings, created_at"

When = Callable[[Any], Any]


def article(row: Any, when: When) -> Article:
    briefing = Briefing.model_validate_json(row["briefing"])
    return Article(
        id=row["id"],
        url=row["url"],
        content_hash=row["content_hash"],
        title=row["title"],
        source=row["source"],
        published_at=row["published_at"],
        added_at=when(row["added_at"]),
        added_by=row["added_by"],
        duplicate_of=row["duplicate_of"],
        language=row["language"] or briefing.language,
        briefing=briefing,
    )


def summary(row: Any, when: When) -> ArticleSummary:
    summary_lines = row["summary"].split("\n") if row["summary"] else []
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        published_at=row["published_at"],
        added_at=when(row["added_at"]),
        lead=summary_lines[0] if summary_lines else "",
        topics=tuple(row["topics"].split("\n")) if row["topics"] else (),
    )


def chat(row: Any, when: When) -> Chat:
    return Chat(
        id=row["id"],
        type=row["type"],
        title=row["title"],
        active=bool(row["active"]),
        settings=ChatSettings.model_validate_json(row["settings"] or "{}"),
        created_at=when(row["created_at"]),
    )


def subscription(row: Any, when: When) -> Subscription:
    return Subscription(
        chat_id=row["chat_id"],
        topic=row["topic"],
        key=row["key"],
        created_at=when(row["created_at"]),
        thread_id=row["thread_id"] or None,
        exclude=tuple(json.loads(row["exclude_words"] or "[]")),
        paused=bool(row["paused"]),
    )


def delivery(row: Any, when: When) -> Delivery:
    return Delivery(
        id=row["id"],
        chat_id=row["chat_id"],
        article_id=row["article_id"],
        status=row["status"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        message_id=row["message_id"],
        topics=tuple(json.loads(row["topics"] or "[]")),
        not_before=when(row["not_before"]),
        created_at=when(row["created_at"]),
        updated_at=when(row["updated_at"]),
        thread_id=row["thread_id"] or None,
    )


def feed(row: Any, when: When) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_polled_at=when(row["last_polled_at"]),
        next_poll_at=when(row["next_poll_at"]),
        errors=row["errors"],
        last_error=row["last_error"],
        added_by=row["added_by"],
        body_hash=row["body_hash"],
        alerted=bool(row["failure_alerted"]),
        imported=bool(row["imported"]),
    )


class RowReader:
    """The converters above bound to one backend's ``when``."""

    def __init__(self, when: When) -> None:
        self._when = when

    def article(self, row: Any) -> Article:
        return article(row, self._when)

    def summary(self, row: Any) -> ArticleSummary:
        return summary(row, self._when)

    def chat(self, row: Any) -> Chat:
        return chat(row, self._when)

    def subscription(self, row: Any) -> Subscription:
        return subscription(row, self._when)

    def delivery(self, row: Any) -> Delivery:
        return delivery(row, self._when)

    def feed(self, row: Any) -> Feed:
        return feed(row, self._when)
