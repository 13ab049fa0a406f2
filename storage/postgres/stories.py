"""Story timelines on PostgreSQL: the SQL steps of ``storage.story_index`` and the /story reads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

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
from .db import Connection, Database, guarded

_WINDOW_START = "SELECT min(id) FROM articles WHERE id >= $1 AND id < $2 AND added_at >= $3"
# Each feature's count stops at the cap: a broad feature's long posting list is not read through.
_CARRIED_BY = """
SELECT f.feature, (
    SELECT count(*) FROM (
        SELECT 1 FROM story_features AS s
        WHERE s.feature = f.feature AND s.article_id >= $1 AND s.article_id < $2 LIMIT $3
    ) AS capped
) FROM unnest($4::text[]) AS f (feature)
"""
_CANDIDATES = """
SELECT article_id FROM story_features
WHERE feature = ANY($1::text[]) AND article_id >= $2 AND article_id < $3
GROUP BY article_id ORDER BY count(*) DESC, article_id DESC LIMIT $4
"""
_FEATURES_OF = "SELECT article_id, feature, kind FROM story_features WHERE article_id = ANY($1::bigint[])"
_STORY_OF = "SELECT story_id FROM story_members WHERE article_id = $1"
_MEMBERS = f"SELECT article_id FROM story_members WHERE story_id = ({_STORY_OF})"  # noqa: S608
_STORY = f"""
SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id IN ({_MEMBERS}) ORDER BY id DESC LIMIT $2
"""  # noqa: S608
_SIZE = f"SELECT count(*) FROM ({_MEMBERS}) AS members"  # noqa: S608
# What the features need; the server's JSON reader skips the body.
_RECENT = """
SELECT id, added_at, duplicate_of, b ->> 'title' AS title, b ->> 'summary' AS summary,
       b ->> 'topics' AS topics, b ->> 'quotes' AS quotes
FROM articles, LATERAL (SELECT briefing::jsonb AS b) AS parsed WHERE id > $1 ORDER BY id
"""


class PgStoryIndex(StoryIndex):
    """``StoryIndex`` on a connection inside a transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def window_start(self, article_id: int, since: datetime) -> int | None:
        found: int | None = await self._conn.fetchval(_WINDOW_START, article_id - STORY_RECENT, article_id, since)
        return found

    async def carried_by(self, features: Sequence[str], start: int, end: int, cap: int) -> dict[str, int]:
        found = await self._conn.fetch(_CARRIED_BY, start, end, cap, list(features))
        return {r[0]: int(r[1]) for r in found}

    async def candidates(self, names: Sequence[str], start: int, end: int, limit: int) -> list[int]:
        return [r[0] for r in await self._conn.fetch(_CANDIDATES, list(names), start, end, limit)]

    async def features_of(self, article_ids: Sequence[int]) -> dict[int, dict[str, str]]:
        others: dict[int, dict[str, str]] = {}
        for other, feature, kind in await self._conn.fetch(_FEATURES_OF, list(article_ids)):
            others.setdefault(other, {})[feature] = kind
        return others

    async def story_of(self, article_id: int) -> int | None:
        found: int | None = await self._conn.fetchval(_STORY_OF, article_id)
        return found

    async def save(self, article_id: int, story_id: int, features: Mapping[str, str]) -> None:
        await self._conn.execute(
            "INSERT INTO story_members (article_id, story_id) VALUES ($1, $2) "
            "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
            article_id, story_id,
        )
        if features:
            ordered = sorted(features.items())
            await self._conn.execute(
                "INSERT INTO story_features (article_id, feature, kind) "
                "SELECT $1, f, k FROM unnest($2::text[], $3::text[]) AS u (f, k) ON CONFLICT DO NOTHING",
                article_id, [f for f, _ in ordered], [k for _, k in ordered],
            )
        await self._conn.execute(
            "DELETE FROM story_features WHERE article_id <= $1", article_id - STORY_RECENT
        )

    async def newest_id(self) -> int:
        return int(await self._conn.fetchval("SELECT coalesce(max(id), 0) FROM articles"))

    async def forget_recent(self, after_id: int) -> None:
        await self._conn.execute("DELETE FROM story_features")
        await self._conn.execute("DELETE FROM story_members WHERE article_id > $1", after_id)

    async def recent(self, after_id: int) -> list[RecentArticle]:
        return [
            RecentArticle(
                r["id"], r["added_at"], r["duplicate_of"],
                partial_briefing(r["title"], r["summary"], r["topics"], r["quotes"]),
            )  # fmt: skip
            for r in await self._conn.fetch(_RECENT, after_id)
        ]


@guarded
class PgStories:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def of(self, article_id: int, *, limit: int = STORY_SHOWN) -> list[Article]:
        found = await self._db.all(_STORY, (article_id, max(0, int(limit))))
        if not found:
            found = await self._db.all(
                f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = $1", (article_id,)  # noqa: S608
            )
            if not found:
                raise ArticleNotFound(article_id)
        return [rows.article(r) for r in found]

    async def size(self, article_id: int) -> int:
        count = int(await self._db.scalar(_SIZE, (article_id,)))
        if count == 0:
            if await self._db.scalar("SELECT 1 FROM articles WHERE id = $1", (article_id,)) is None:
                raise ArticleNotFound(article_id)
            return 1
        return count

    async def refresh(self) -> int:
        """Re-decide the stories of the newest ``STORY_RECENT`` articles when the rule's
        features changed (or were never built); older articles keep their clusters."""
        current = fingerprint()
        if await self._db.scalar("SELECT value FROM meta WHERE key = $1", (FINGERPRINT_META,)) == current:
            return 0
        async with self._db.write() as conn:
            decided = await PgStoryIndex(conn).rebuild_recent()
            await conn.execute(
                "INSERT INTO meta (key, value) VALUES ($1, $2) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                FINGERPRINT_META, current,
            )
        return decided
