"""Story timelines on SQLite: a story id per article, decided when the article is stored.

``assign_story`` runs inside ``SqliteArticles.add``'s transaction: a near-duplicate joins its
original's story; otherwise the recent articles sharing at least ``MIN_SHARED`` features
(``story_features``, an inverted index over the newest ``STORY_RECENT`` articles) are
candidates, and the rule in ``briefing.stories`` picks the best. Reading a story is then one
indexed lookup (``articles_story``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta

import aiosqlite

from briefing.models import Briefing
from briefing.stories import MIN_SHARED, broad_features, shared_evidence, story_features

from ..errors import ArticleNotFound
from ..models import Article
from . import rows
from .db import Database, fetch_all, fetch_one, guarded, put_meta

STORY_WINDOW = timedelta(days=4)
"""A follow-up joins a story whose articles were stored at most this long before it."""
STORY_RECENT = 2000
"""Only the newest this-many articles keep features (and can be joined): a busy multi-feed bot
stores fewer in ``STORY_WINDOW``; it bounds the index however large the store grows."""
CANDIDATES = 30
"""Recent articles sharing the most features that the rule looks at."""
STORY_SHOWN = 20
_KEY_META = "stories.fingerprint"
_PROBE = Briefing(title="Istanbul talks: Umerov meets Fidan", topics=("Ukraine", "talks"))

_CANDIDATES = """
SELECT f.article_id FROM story_features AS f JOIN articles AS a ON a.id = f.article_id
WHERE f.feature IN (SELECT value FROM json_each(?)) AND f.article_id < ? AND a.added_at >= ?
GROUP BY f.article_id HAVING count(*) >= ? ORDER BY count(*) DESC, f.article_id DESC LIMIT ?
"""
_CARRIED_BY = """
SELECT f.feature, count(*) FROM story_features AS f JOIN articles AS a ON a.id = f.article_id
WHERE f.feature IN (SELECT value FROM json_each(?)) AND f.article_id < ? AND a.added_at >= ?
GROUP BY f.feature
"""
_WINDOW_SIZE = "SELECT count(*) FROM articles WHERE id < ? AND id >= ? AND added_at >= ?"
_FEATURES_OF = """
SELECT article_id, feature, kind FROM story_features
WHERE article_id IN (SELECT value FROM json_each(?))
"""
_STORY = f"""
SELECT {rows.ARTICLE_COLUMNS} FROM articles
WHERE story_id = (SELECT coalesce(story_id, id) FROM articles WHERE id = ?)
ORDER BY id DESC LIMIT ?
"""  # noqa: S608


async def _find_story(
    conn: aiosqlite.Connection, article_id: int, features: Mapping[str, str], added_at: float
) -> int | None:
    """The story of the recent article this one follows up, if any (best evidence, newest)."""
    if len(features) < MIN_SHARED:
        return None
    since = added_at - STORY_WINDOW.total_seconds()
    wanted = json.dumps(sorted(features))
    found = await fetch_all(conn, _CANDIDATES, (wanted, article_id, since, MIN_SHARED, CANDIDATES))
    if not found:
        return None
    window = (await fetch_one(conn, _WINDOW_SIZE, (article_id, article_id - STORY_RECENT, since)))[0]
    carried = dict(await fetch_all(conn, _CARRIED_BY, (wanted, article_id, since)))
    broad = broad_features(carried, int(window))
    others: dict[int, dict[str, str]] = {}
    for other, feature, kind in await fetch_all(
        conn, _FEATURES_OF, (json.dumps([r[0] for r in found]),)
    ):
        others.setdefault(other, {})[feature] = kind
    best = max(
        ((shared_evidence(features, others.get(r[0], {}), broad), r[0]) for r in found),
        default=(0, 0),
    )
    if best[0] == 0:
        return None
    row = await fetch_one(conn, "SELECT coalesce(story_id, id) FROM articles WHERE id = ?", (best[1],))
    return None if row is None else int(row[0])


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
        row = await fetch_one(
            conn, "SELECT coalesce(story_id, id) FROM articles WHERE id = ?", (duplicate_of,)
        )
        story = None if row is None else int(row[0])
    if story is None:
        story = await _find_story(conn, article_id, features, added_at) or article_id
    await conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, article_id))
    await conn.executemany(
        "INSERT OR IGNORE INTO story_features (feature, article_id, kind) VALUES (?, ?, ?)",
        [(f, article_id, kind) for f, kind in sorted(features.items())],
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
            if await self._db.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
                raise ArticleNotFound(article_id)
        return [rows.article(r) for r in found]

    async def size(self, article_id: int) -> int:
        row = await self._db.one(
            "SELECT count(*) FROM articles WHERE story_id = "
            "(SELECT coalesce(story_id, id) FROM articles WHERE id = ?)",
            (article_id,),
        )
        count = int(row[0]) if row is not None else 0
        if count == 0:
            if await self._db.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is None:
                raise ArticleNotFound(article_id)
            return 1  # stored before stories existed and not yet assigned
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
            await conn.execute(
                "UPDATE articles SET story_id = coalesce(duplicate_of, id) WHERE id <= ?", (first,)
            )
            await conn.execute("UPDATE articles SET story_id = NULL WHERE id > ?", (first,))
            recent = await fetch_all(
                conn,
                "SELECT id, briefing, added_at, duplicate_of FROM articles WHERE id > ? ORDER BY id",
                (first,),
            )
            for row in recent:
                await assign_story(
                    conn, row["id"], Briefing.model_validate_json(row["briefing"]),
                    added_at=row["added_at"], duplicate_of=row["duplicate_of"],
                )  # fmt: skip
            await put_meta(conn, _KEY_META, fingerprint)
        return len(recent)
