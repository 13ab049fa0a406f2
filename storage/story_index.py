"""Story membership, decided when an article is stored: the flow every backend runs.

A near-duplicate joins its original's story; otherwise the recent articles sharing features
with the new one (an inverted index over the newest ``STORY_RECENT`` articles) are candidates,
and the rule in ``briefing.stories`` picks the best. A backend implements the few SQL steps of
``StoryIndex`` (bound to its open write transaction); the flow, the window and the limits live
here once, so SQLite and PostgreSQL put the same articles in the same stories.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from briefing.models import Briefing
from briefing.stories import (
    BROAD_SHARE,
    MIN_SHARED,
    NAME,
    broad_features,
    shared_evidence,
    story_features,
)

STORY_WINDOW = timedelta(days=4)
"""A follow-up joins a story whose articles were stored at most this long before it."""
STORY_RECENT = 2000
"""Only the newest this-many articles keep features (and can be joined): a busy multi-feed bot
stores fewer in ``STORY_WINDOW``; it bounds the index however large the store grows."""
CANDIDATES = 20
"""Recent articles sharing the most features that the rule looks at."""
STORY_SHOWN = 20
FINGERPRINT_META = "stories.fingerprint"
_PROBE = Briefing(title="Istanbul talks: Umerov meets Fidan", topics=("Ukraine", "talks"))


def fingerprint() -> str:
    """Changes when the rule's features change: the newest stories are then decided again."""
    return json.dumps(sorted(story_features(_PROBE).items()))


@dataclass(frozen=True)
class RecentArticle:
    """What deciding an already stored article's story needs (``StoryIndex.recent``)."""

    id: int
    added_at: datetime
    duplicate_of: int | None
    briefing: Briefing
    """Title, summary, topics and quotes only: the parts ``story_features`` reads."""


def partial_briefing(title: str | None, summary: str | None, topics: str | None, quotes: str | None) -> Briefing:
    """A briefing from the JSON of the fields the features need (the body is never parsed)."""
    parts = {k: json.loads(v or "[]") for k, v in (("summary", summary), ("topics", topics), ("quotes", quotes))}
    return Briefing.model_validate({"title": title or "", **parts})


class StoryIndex(ABC):
    """The SQL steps of story assignment, inside one open write transaction."""

    @abstractmethod
    async def window_start(self, article_id: int, since: datetime) -> int | None:
        """The lowest id in [article_id - STORY_RECENT, article_id) stored at or after ``since``."""

    @abstractmethod
    async def carried_by(self, features: Sequence[str], start: int, end: int, cap: int) -> dict[str, int]:
        """How many articles with ids in [start, end) carry each feature, counted up to ``cap``."""

    @abstractmethod
    async def candidates(self, names: Sequence[str], start: int, end: int, limit: int) -> list[int]:
        """Ids in [start, end) sharing the most of ``names``, then newest first."""

    @abstractmethod
    async def features_of(self, article_ids: Sequence[int]) -> dict[int, dict[str, str]]: ...

    @abstractmethod
    async def story_of(self, article_id: int) -> int | None: ...

    @abstractmethod
    async def save(self, article_id: int, story_id: int, features: Mapping[str, str]) -> None:
        """Record the membership (replacing any), index the features, and drop the features of
        articles at or below ``article_id - STORY_RECENT``."""

    @abstractmethod
    async def newest_id(self) -> int: ...

    @abstractmethod
    async def forget_recent(self, after_id: int) -> None:
        """Drop every feature and the memberships of ids above ``after_id`` (to decide again)."""

    @abstractmethod
    async def recent(self, after_id: int) -> list[RecentArticle]:
        """Articles with ids above ``after_id``, oldest first."""

    async def assign(
        self, article_id: int, briefing: Briefing, *, added_at: datetime, duplicate_of: int | None
    ) -> int:
        """Decide and store the story of a just-inserted article; index its features."""
        features = story_features(briefing)
        story: int | None = None
        if duplicate_of is not None:
            story = await self.story_of(duplicate_of)
        if story is None:
            story = await self._follows_up(article_id, features, added_at) or article_id
        await self.save(article_id, story, features)
        return story

    async def rebuild_recent(self) -> int:
        """Decide the stories of the newest ``STORY_RECENT`` articles again (older articles keep
        their near-duplicate clusters); returns how many were decided."""
        first = await self.newest_id() - STORY_RECENT
        await self.forget_recent(first)
        recent = await self.recent(first)
        for row in recent:
            await self.assign(row.id, row.briefing, added_at=row.added_at, duplicate_of=row.duplicate_of)
        return len(recent)

    async def _follows_up(self, article_id: int, features: Mapping[str, str], added_at: datetime) -> int | None:
        """The story of the recent article this one follows up, if any (best evidence, newest).

        The window is the articles stored in the last ``STORY_WINDOW`` among the newest
        ``STORY_RECENT`` (ids grow with time, so it is an id range: no per-row date checks).
        """
        start = await self.window_start(article_id, added_at - STORY_WINDOW)
        if start is None or len(features) < MIN_SHARED:
            return None
        cap = int(BROAD_SHARE * STORY_RECENT) + 1
        broad = broad_features(await self.carried_by(sorted(features), start, article_id, cap), article_id - start)
        specific = [f for f in features if f not in broad]
        names = sorted(f for f in specific if features[f] == NAME)
        if len(specific) < MIN_SHARED or not names:
            return None
        found = await self.candidates(names, start, article_id, CANDIDATES)
        others = await self.features_of(found)
        evidence, best = max(
            ((shared_evidence(features, others.get(i, {}), broad), i) for i in found), default=(0, 0)
        )
        if evidence == 0:
            return None
        return await self.story_of(best)
