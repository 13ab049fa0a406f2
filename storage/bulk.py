"""Whole-table access for ``briefbot store copy``: every table a store holds, in copy order,
with its key, and what each backend implements to read and write rows of it.

Rows travel between backends as tuples in ``TableSpec.columns`` order with neutral values
(aware datetimes, bools, str/int/None); each backend converts to its own storage. A branch
that adds a table adds its ``TableSpec`` here (parents before children), and both backends
copy it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

Row = tuple[object, ...]

COPY_META_PREFIX = "store_copy."
"""``meta`` keys of the copy's own bookkeeping: never copied, never counted."""


@dataclass(frozen=True)
class TableSpec:
    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    """Copied columns, key columns included. Derived columns (search vectors) are rebuilt."""
    times: frozenset[str] = field(default_factory=frozenset)
    booleans: frozenset[str] = field(default_factory=frozenset)
    append_only: bool = False
    """Rows never change once written: a re-run resumes after the last copied key instead of
    re-writing every row."""
    generated_id: bool = False
    """The key is a generated id: its high-water mark is carried over (ids are never reused)."""
    exclude_prefix: str | None = None
    """Rows whose (single, text) key starts with this are not copied."""
    replace: bool = False
    """A small index the source rebuilds or prunes on its own (``story_features`` keeps only
    the newest articles): the target's rows are replaced by the source's on every run."""


_BANDS = tuple(f"band{i}" for i in range(8))

TABLES: tuple[TableSpec, ...] = (
    TableSpec("chats", ("id",), ("id", "type", "title", "active", "settings", "created_at"),
              times=frozenset({"created_at"}), booleans=frozenset({"active"})),
    TableSpec("articles", ("id",),
              ("id", "url", "content_hash", "title", "source", "published_at", "added_at", "added_by",
               "body", "summary", "topics", "briefing", "duplicate_of", "simhash", *_BANDS, "language"),
              times=frozenset({"added_at"}), append_only=True, generated_id=True),
    TableSpec("article_topics", ("article_id", "topic"), ("article_id", "topic"), append_only=True),
    TableSpec("subscriptions", ("chat_id", "thread_id", "key"),
              ("chat_id", "thread_id", "key", "topic", "exclude_words", "exclude_keys", "paused", "created_at"),
              times=frozenset({"created_at"}), booleans=frozenset({"paused"})),
    TableSpec("chat_mutes", ("chat_id", "key"), ("chat_id", "key", "word", "created_at"),
              times=frozenset({"created_at"})),
    TableSpec("topic_keys", ("match_key", "key"), ("match_key", "key"), replace=True),
    TableSpec("deliveries", ("id",),
              ("id", "chat_id", "thread_id", "article_id", "status", "attempts", "last_error", "message_id",
               "topics", "not_before", "created_at", "updated_at"),
              times=frozenset({"not_before", "created_at", "updated_at"}), generated_id=True),
    TableSpec("feeds", ("id",),
              ("id", "url", "title", "etag", "last_modified", "last_polled_at", "next_poll_at", "errors",
               "last_error", "added_by", "created_at", "body_hash", "failure_alerted", "imported"),
              times=frozenset({"last_polled_at", "next_poll_at", "created_at"}),
              booleans=frozenset({"failure_alerted", "imported"}), generated_id=True),
    TableSpec("feed_entries", ("feed_id", "entry_key"), ("feed_id", "entry_key", "seen_at"),
              times=frozenset({"seen_at"}), append_only=True),
    # quote_names and the shown flags are kept by each backend's triggers as rows arrive; a row
    # arriving later hides an older copy of the same words, as in the source.
    TableSpec("quotes", ("article_id", "position", "slot"),
              ("article_id", "position", "slot", "text", "text_key", "speaker", "kind", "surname", "first_name",
               "said_at", "added_at", "shown"),
              times=frozenset({"said_at", "added_at"}), booleans=frozenset({"shown"}), append_only=True),
    TableSpec("story_members", ("article_id",), ("article_id", "story_id")),
    TableSpec("story_features", ("article_id", "feature"), ("article_id", "feature", "kind"), replace=True),
    TableSpec("meta", ("key",), ("key", "value"), exclude_prefix=COPY_META_PREFIX),
)
"""Not copied: ``leases`` (who leads belongs to the processes running on the old store; the new
deployment elects its own), ``conversations`` (pagination tokens and pending steps that expire
within the hour), ``quote_names`` (kept by triggers from ``quotes``) and each backend's schema
bookkeeping (the target migrates itself)."""


class BulkTables(Protocol):
    async def count(self, table: TableSpec) -> int: ...

    async def read(self, table: TableSpec, after: Row | None, limit: int) -> list[Row]:
        """Up to ``limit`` rows with key > ``after`` (all when None), in key order."""
        ...

    async def last_key(self, table: TableSpec) -> Row | None: ...

    async def write(self, table: TableSpec, rows: Sequence[Row]) -> None:
        """Insert in one transaction; an existing key is overwritten, or kept when append-only."""
        ...

    async def clear(self, table: TableSpec) -> None:
        """Delete every row (a ``replace`` table, before it is copied again)."""
        ...

    async def id_high_water(self, table: TableSpec) -> int:
        """The highest id this table has ever handed out (0 if none)."""
        ...

    async def raise_id_high_water(self, table: TableSpec, value: int) -> None:
        """Make sure new rows get ids above ``value``."""
        ...
