"""Story timelines on SQLite: the SQL steps of ``storage.story_index`` and the /story reads.

``SqliteStoryIndex`` runs inside ``SqliteArticles.add``'s transaction; reading a story is then
one indexed lookup (``story_members_story``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime

import aiosqlite

from ..errors import ArticleNotFound
from ..models import Article
from ..story_index import (
    FINGERPRINT_META,
    STORY_RECENT,
    STORY_SHOWN,
    RecentArticle,
    StoryIndex,
    fingerprint,
    partial_briefing,
)
from . import rows
from .db import Database, fetch_all, fetch_one, from_ts, guarded, put_meta, to_ts

_WINDOW_START = """
SELECT id FROM articles WHERE id >= ? AND id < ? AND added_at >= ? ORDER BY id LIMIT 1
"""
# How many window articles carry each feature, counted only up to a cap: a feature past the cap
# is broad however large the window, so long posting lists are never read to the end.
_CARRIED_BY = """
SELECT j.value, (
    SELECT count(*) FROM (
        SELECT 1 FROM story_features AS f
        WHERE f.feature = j.value AND f.article_id >= ? AND f.article_id < ? LIMIT ?
    )
) FROM json_each(?) AS j
"""
# Every article that may join shares a specific name (MIN_SHARED_NAMES), and names have short
# posting lists: candidates are found through the names, then judged on all features.
_CANDIDATES = """
SELECT article_id FROM story_features
WHERE feature IN (SELECT value FROM json_each(?)) AND article_id >= ? AND article_id < ?
GROUP BY article_id ORDER BY count(*) DESC, article_id DESC LIMIT ?
"""
_FEATURES_OF = """
SELECT article_id, feature, kind FROM story_features
WHERE article_id IN (SELECT value FROM json_each(?))
"""
_STORY_OF = "SELECT story_id FROM story_members WHERE article_id = ?"
_MEMBERS = f"SELECT article_id FROM story_members WHERE story_id = ({_STORY_OF})"  # noqa: S608
_STORY = f"""
SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id IN ({_MEMBERS}) ORDER BY id DESC LIMIT ?
"""  # noqa: S608
_SIZE = f"SELECT count(*) FROM ({_MEMBERS})"  # noqa: S608
# What the features need, read by SQLite's JSON reader (the body is never parsed in Python).
_RECENT = """
SELECT id, added_at, duplicate_of, json_extract(briefing, '$.title') AS title,
       json_extract(briefing, '$.summary') AS summary, json_extract(briefing, '$.topics') AS topics,
       json_extract(briefing, '$.quotes') AS quotes
FROM articles WHERE id > ? ORDER BY id
"""


class SqliteStoryIndex(StoryIndex):
    """``StoryIndex`` on a connection inside a write transaction."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def window_start(self, article_id: int, since: datetime) -> int | None:
        row = await fetch_one(self._conn, _WINDOW_START, (article_id - STORY_RECENT, article_id, to_ts(since)))
        return None if row is None else int(row[0])

    async def carried_by(self, features: Sequence[str], start: int, end: int, cap: int) -> dict[str, int]:
        found = await fetch_all(self._conn, _CARRIED_BY, (start, end, cap, json.dumps(list(features))))
        return {feature: int(n) for feature, n in found}

    async def candidates(self, names: Sequence[str], start: int, end: int, limit: int) -> list[int]:
        found = await fetch_all(self._conn, _CANDIDATES, (json.dumps(list(names)), start, end, limit))
        return [int(r[0]) for r in found]

    async def features_of(self, article_ids: Sequence[int]) -> dict[int, dict[str, str]]:
        others: dict[int, dict[str, str]] = {}
        for other, feature, kind in await fetch_all(self._conn, _FEATURES_OF, (json.dumps(list(article_ids)),)):
            others.setdefault(other, {})[feature] = kind
        return others

    async def story_of(self, article_id: int) -> int | None:
        row = await fetch_one(self._conn, _STORY_OF, (article_id,))
        return None if row is None else int(row[0])

    async def save(self, article_id: int, story_id: int, features: Mapping[str, str]) -> None:
        await self._conn.execute(
            "INSERT OR REPLACE INTO story_members (article_id, story_id) VALUES (?, ?)",
            (article_id, story_id),
        )
        await self._conn.executemany(
            "INSERT OR IGNORE INTO story_features (article_id, feature, kind) VALUES (?, ?, ?)",
            [(article_id, f, kind) for f, kind in sorted(features.items())],
        )
        await self._conn.execute(
            "DELETE FROM story_features WHERE article_id <= ?", (article_id - STORY_RECENT,)
        )

    async def newest_id(self) -> int:
        return int((await fetch_one(self._conn, "SELECT coalesce(max(id), 0) FROM articles"))[0])

    async def forget_recent(self, after_id: int) -> None:
        await self._conn.execute("DELETE FROM story_features")
        await self._conn.execute("DELETE FROM story_members WHERE article_id > ?", (after_id,))

    async def recent(self, after_id: int) -> list[RecentArticle]:
        return [
            RecentArticle(
                r["id"], from_ts(r["added_at"]), r["duplicate_of"],
                partial_briefing(r["title"], r["summary"], r["topics"], r["quotes"]),
            )  # fmt: skip
            for r in await fetch_all(self._conn, _RECENT, (after_id,))
        ]


@guarded
class SqliteStories:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def of(self, article_id: int, *, limit: int = STORY_SHOWN) -> list[Article]:
        found = await self._db.all(_STORY, (article_id, max(0, int(limit))))
        if not found:
            found = await self._db.all(
                f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)  # noqa: S608
            )
            if not found:
                raise ArticleNotFound(article_id)
        return [rows.article(r) for r in found]

    async def size(self, article_id: int) -> int:
        count = int(await self._db.scalar(_SIZE, (article_id,)))
        if count == 0:
            if await self._db.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
                raise ArticleNotFound(article_id)
            return 1  # not assigned yet (a read-only open of an older file)
        return count

    async def refresh(self) -> int:
        """Re-decide the stories of the newest ``STORY_RECENT`` articles when the rule's
        features changed (or were never built): older articles keep their near-duplicate
        clusters, set by the migration."""
        current = fingerprint()
        if await self._db.scalar("SELECT value FROM meta WHERE key = ?", (FINGERPRINT_META,)) == current:
            return 0
        async with self._db.write() as conn:
            decided = await SqliteStoryIndex(conn).rebuild_recent()
            await put_meta(conn, FINGERPRINT_META, current)
        return decided
