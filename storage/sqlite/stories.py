"""Story timelines on SQLite: a story per article (``story_members``), decided when it is stored.

``assign_story`` runs inside ``SqliteArticles.add``'s transaction: a near-duplicate joins its
original's story; otherwise the recent articles sharing at least ``MIN_SHARED`` features
(``story_features``, an inverted index over the newest ``STORY_RECENT`` articles) are
candidates, and the rule in ``briefing.stories`` picks the best. Reading a story is then one
indexed lookup (``story_members_story``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta

import aiosqlite

from briefing.models import Briefing
from briefing.stories import (
    BROAD_SHARE,
    MIN_SHARED,
    NAME,
    broad_features,
    shared_evidence,
    story_features,
)

from ..errors import ArticleNotFound
from ..models import Article
from . import rows
from .db import Database, fetch_all, fetch_one, guarded, put_meta

STORY_WINDOW = timedelta(days=4)
"""A follow-up joins a story whose articles were stored at most this long before it."""
STORY_RECENT = 2000
"""Only the newest this-many articles keep features (and can be joined): a busy multi-feed bot
stores fewer in ``STORY_WINDOW``; it bounds the index however large the store grows."""
CANDIDATES = 20
"""Recent articles sharing the most features that the rule looks at."""
STORY_SHOWN = 20
_KEY_META = "stories.fingerprint"
_PROBE = Briefing(title="Istanbul talks: Umerov meets Fidan", topics=("Ukraine", "talks"))

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


async def _find_story(
    conn: aiosqlite.Connection, article_id: int, features: Mapping[str, str], added_at: float
) -> int | None:
    """The story of the recent article this one follows up, if any (best evidence, newest).

    The window is the articles stored in the last ``STORY_WINDOW`` among the newest
    ``STORY_RECENT`` (ids grow with time, so it is an id range: no per-row date checks).
    """
    since = added_at - STORY_WINDOW.total_seconds()
    row = await fetch_one(conn, _WINDOW_START, (article_id - STORY_RECENT, article_id, since))
    if row is None or len(features) < MIN_SHARED:
        return None
    start = int(row[0])
    cap = int(BROAD_SHARE * STORY_RECENT) + 1
    carried = await fetch_all(conn, _CARRIED_BY, (start, article_id, cap, json.dumps(sorted(features))))
    broad = broad_features(dict(carried), article_id - start)
    specific = [f for f in features if f not in broad]
    names = sorted(f for f in specific if features[f] == NAME)
    if len(specific) < MIN_SHARED or not names:
        return None
    found = [
        r[0]
        for r in await fetch_all(conn, _CANDIDATES, (json.dumps(names), start, article_id, CANDIDATES))
    ]
    others: dict[int, dict[str, str]] = {}
    for other, feature, kind in await fetch_all(conn, _FEATURES_OF, (json.dumps(found),)):
        others.setdefault(other, {})[feature] = kind
    evidence, best = max(
        ((shared_evidence(features, others.get(i, {}), broad), i) for i in found), default=(0, 0)
    )
    if evidence == 0:
        return None
    story = await fetch_one(conn, _STORY_OF, (best,))
    return None if story is None else int(story[0])


async def assign_story(
    conn: aiosqlite.Connection,
    article_id: int,
    briefing: Briefing,
    *,
    added_at: float,
    duplicate_of: int | None,
) -> int:
    """Decide and store the story of a just-inserted article; index its features."""
    features = story_features(briefing)
    story: int | None = None
    if duplicate_of is not None:
        row = await fetch_one(conn, _STORY_OF, (duplicate_of,))
        story = None if row is None else int(row[0])
    if story is None:
        story = await _find_story(conn, article_id, features, added_at) or article_id
    await conn.execute(
        "INSERT OR REPLACE INTO story_members (article_id, story_id) VALUES (?, ?)",
        (article_id, story),
    )
    await conn.executemany(
        "INSERT OR IGNORE INTO story_features (article_id, feature, kind) VALUES (?, ?, ?)",
        [(article_id, f, kind) for f, kind in sorted(features.items())],
    )
    await conn.execute(
        "DELETE FROM story_features WHERE article_id <= ?", (article_id - STORY_RECENT,)
    )
    return story


def _fingerprint() -> str:
    return json.dumps(sorted(story_features(_PROBE).items()))


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
        fingerprint = _fingerprint()
        if await self._db.scalar("SELECT value FROM meta WHERE key = ?", (_KEY_META,)) == fingerprint:
            return 0
        async with self._db.write() as conn:
            newest = (await fetch_one(conn, "SELECT coalesce(max(id), 0) FROM articles"))[0]
            first = newest - STORY_RECENT
            await conn.execute("DELETE FROM story_features")
            await conn.execute("DELETE FROM story_members WHERE article_id > ?", (first,))
            recent = await fetch_all(conn, _RECENT, (first,))
            for row in recent:
                parts = {k: json.loads(row[k] or "[]") for k in ("summary", "topics", "quotes")}
                briefing = Briefing.model_validate({"title": row["title"], **parts})
                await assign_story(
                    conn, row["id"], briefing, added_at=row["added_at"], duplicate_of=row["duplicate_of"]
                )
            await put_meta(conn, _KEY_META, fingerprint)
        return len(recent)
