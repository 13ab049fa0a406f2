"""What every backend derives from a briefing before storing it (one definition, both backends)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.langdetect import DETECT_CHARS, detect_language
from briefing.models import Briefing

from .near_duplicates import fingerprint

LANGUAGE_BACKFILL_BATCH = 500
"""Articles detected per transaction at open (~0.2 s of detection per batch)."""
HEAD_CHARS = DETECT_CHARS
"""How much of a stored body ``stored_language`` needs (read no more from the database)."""


def stored_language(title: str, body_head: str) -> str:
    """The language of an article stored before languages were detected, from its stored title
    and the first ``HEAD_CHARS`` characters of its body (``articles.backfill_languages``)."""
    return detect_language(f"{title}\n{body_head}")


def lines(values: tuple[str, ...] | list[str]) -> str:
    """One item per line (newlines inside an item become spaces) for the indexed text columns."""
    return "\n".join(" ".join(v.split()) for v in values if v.strip())


@dataclass(frozen=True)
class ArticleFields:
    url: str | None
    content_hash: str
    body: str
    summary: str
    """Summary sentences, one per line."""
    topics: str
    """Topics, one per line."""
    topic_set: tuple[str, ...]
    """Distinct whitespace-normalised topics, sorted (the ``article_topics`` rows)."""
    simhash: int | None

    @classmethod
    def of(cls, briefing: Briefing, url: str | None) -> ArticleFields:
        url = (url if url is not None else briefing.url) or None
        url = url.strip() or None if url else None
        body = briefing.text
        return cls(
            url=url,
            content_hash=briefing.fingerprint,
            body=body,
            summary=lines(briefing.summary),
            topics=lines(briefing.topics),
            topic_set=tuple(sorted({t for t in (" ".join(t.split()) for t in briefing.topics) if t})),
            simhash=fingerprint(body),
        )
