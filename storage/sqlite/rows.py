"""Row → pydantic model conversion: repositories never hand out raw rows."""

from __future__ import annotations

import json
import sqlite3

from briefing.models import Briefing

from ..models import Article, ArticleSummary, Chat, ChatSettings, Delivery, Feed, Subscription
from .db import from_ts

# Column lists are constants interpolated into module-level SQL (hence the "noqa: S608" on
# those lines); every value travels as a "?" parameter.
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


def lines(values: tuple[str, ...] | list[str]) -> str:
    """One item per line (newlines inside an item become spaces) for the FTS text columns."""
    return "\n".join(" ".join(v.split()) for v in values if v.strip())


def article(row: sqlite3.Row) -> Article:
    briefing = Briefing.model_validate_json(row["briefing"])
    return Article(
        id=row["id"],
        url=row["url"],
        content_hash=row["content_hash"],
        title=row["title"],
        source=row["source"],
        published_at=row["published_at"],
        added_at=from_ts(row["added_at"]),
        added_by=row["added_by"],
        duplicate_of=row["duplicate_of"],
        language=row["language"] or briefing.language,
        briefing=briefing,
    )


def summary(row: sqlite3.Row) -> ArticleSummary:
    summary_lines = row["summary"].split("\n") if row["summary"] else []
    return ArticleSummary(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        published_at=row["published_at"],
        added_at=from_ts(row["added_at"]),
        lead=summary_lines[0] if summary_lines else "",
        topics=tuple(row["topics"].split("\n")) if row["topics"] else (),
    )


def chat(row: sqlite3.Row) -> Chat:
    return Chat(
        id=row["id"],
        type=row["type"],
        title=row["title"],
        active=bool(row["active"]),
        settings=ChatSettings.model_validate_json(row["settings"] or "{}"),
        created_at=from_ts(row["created_at"]),
    )


def subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        chat_id=row["chat_id"],
        topic=row["topic"],
        key=row["key"],
        created_at=from_ts(row["created_at"]),
        thread_id=row["thread_id"] or None,
        exclude=tuple(json.loads(row["exclude_words"] or "[]")),
        paused=bool(row["paused"]),
    )


def delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        id=row["id"],
        chat_id=row["chat_id"],
        article_id=row["article_id"],
        status=row["status"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        message_id=row["message_id"],
        topics=tuple(json.loads(row["topics"] or "[]")),
        not_before=from_ts(row["not_before"]),
        created_at=from_ts(row["created_at"]),
        updated_at=from_ts(row["updated_at"]),
        thread_id=row["thread_id"] or None,
    )


def feed(row: sqlite3.Row) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_polled_at=from_ts(row["last_polled_at"]),
        next_poll_at=from_ts(row["next_poll_at"]),
        errors=row["errors"],
        last_error=row["last_error"],
        added_by=row["added_by"],
        body_hash=row["body_hash"],
        alerted=bool(row["failure_alerted"]),
        imported=bool(row["imported"]),
    )
