"""Subscription topic rules shared by every backend: validation, the key fingerprint, and how
exclusions and mutes hit an article (so every backend filters matches alike)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from briefing.topics import (
    MAX_KEY_WORDS,
    match_keys,
    normalise_topic,
    topic_key,
    topic_match_keys,
)

from .errors import InvalidTopic
from .models import Article, Destination

MAX_TOPIC_CHARS = 64
KEY_FINGERPRINT_META = "subscriptions.topic_key_fingerprint"
_KEY_PROBES = (
    "Drones", "air defences", "Running elections", "Ukraine's", "Crisis", "économie",
    "тролейбуси", "Milliarden", "троллейбусов", "l'Ukraine",
)  # fmt: skip


def validated_topic(topic: str) -> tuple[str, str]:
    """(display form, match key) or InvalidTopic."""
    if len(topic.strip()) > MAX_TOPIC_CHARS:
        raise InvalidTopic(f"a topic is at most {MAX_TOPIC_CHARS} characters")
    display, key = normalise_topic(topic), topic_key(topic)
    if not display or not key:
        raise InvalidTopic("a topic needs at least one letter or digit")
    if key.count(" ") >= MAX_KEY_WORDS:  # articles are indexed by phrases of up to 4 words
        raise InvalidTopic(f"a topic is at most {MAX_KEY_WORDS} words")
    return display, key


def key_fingerprint() -> str:
    """``topic_key`` over fixed probe words: stored in meta, a change means stored keys are stale.

    Keys are computed in Python (the snowball stemmer), so a release with different stemming
    would silently stop matching old subscriptions; backends re-key them at open when this
    differs from the stored value. The keys in other languages (``topic_match_keys``) count too."""
    return "|".join(f"{topic_key(w)}={','.join(sorted(topic_match_keys(w)))}" for w in _KEY_PROBES)


def tagged_keys(key: str, word: str) -> list[tuple[str, str]]:
    """(key, tagged key) rows of a topic, exclusion or mute word: its keys in the other
    languages ("uk:тролейбус"), so an article in one of them is matched back to ``key``."""
    return [(key, k) for k in sorted(topic_match_keys(word)) if ":" in k]


def tagged_rows(words: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged_keys`` of several (key, word) pairs: the ``topic_keys`` rows to write."""
    return [row for key, word in words for row in tagged_keys(key, word)]


def rekeyed_subscription(topic: str, key: str, exclude_words: str) -> tuple[str, str, list[tuple[str, str]]]:
    """A stored subscription under today's ``topic_key`` (``refresh_keys``): its key, its
    exclusion keys (JSON, the ``exclude_keys`` column) and its ``topic_keys`` rows."""
    new_key = topic_key(topic) or key
    excluded = json.loads(exclude_words)
    new_keys = json.dumps([topic_key(w) for w in excluded])
    return new_key, new_keys, tagged_rows([(new_key, topic), *((topic_key(w) or w, w) for w in excluded)])


def rekeyed_mute(word: str, key: str) -> tuple[str, list[tuple[str, str]]]:
    """A stored mute under today's ``topic_key``: its key and its ``topic_keys`` rows."""
    new_key = topic_key(word) or key
    return new_key, tagged_rows([(new_key, word)])


# ---- exclusions and mutes (forum branch) -------------------------------------------------------
# An exclusion ("-football", -"transfer window") or a per-chat mute is validated like a topic and
# keyed by the same ``topic_key``; it hits an article when its key is one of the article's match
# keys (``match_keys`` over title, summary and topics): a set lookup per key, in the match query
# (mutes on both backends, exclusions on SQLite) or in ``without_excluded`` (exclusions on
# PostgreSQL), so no user input is ever a pattern.

MAX_EXCLUSIONS_PER_SUBSCRIPTION = 10
MAX_MUTES_PER_CHAT = 20


def validated_exclusions(words: Sequence[str], *, own_key: str) -> list[tuple[str, str]]:
    """(display, key) per exclusion, duplicates (same key) dropped, or InvalidTopic.

    Excluding the subscription's own topic (same key) would block everything it matches.
    """
    found: dict[str, str] = {}
    for word in words:
        display, key = validated_topic(word)
        if key == own_key:
            raise InvalidTopic("a subscription cannot exclude its own topic")
        found.setdefault(key, display)
    if len(found) > MAX_EXCLUSIONS_PER_SUBSCRIPTION:
        raise InvalidTopic(f"a subscription has at most {MAX_EXCLUSIONS_PER_SUBSCRIPTION} exclusions")
    return [(display, key) for key, display in found.items()]


def article_keys(article: Article) -> set[str]:
    """The keys subscriptions, exclusions and mutes are matched against (title, summary, topics).

    An article in another supported language gives keys tagged with it ("uk:тролейбус"); a
    backend translates those through the tagged keys of its topics, exclusions and mutes
    (``tagged_keys``) into the same untagged keys an English article gives."""
    briefing = article.briefing
    return match_keys(
        article.title, *briefing.summary, *briefing.topics, language=article.language
    )


def is_tagged(keys: Iterable[str]) -> bool:
    return any(":" in key for key in keys)


def exclusion_columns(excluded: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """(exclude_words, exclude_keys) JSON arrays of ``validated_exclusions``, in order."""
    return json.dumps([w for w, _ in excluded]), json.dumps([k for _, k in excluded])


def without_excluded(rows: Iterable[Sequence[Any]], keys_of_article: set[str]) -> Iterator[tuple[int, int, str]]:
    """Matched rows (chat_id, thread_id, topic, exclude_keys) → (chat_id, thread_id, topic) of
    those whose exclusions do not hit the article, for a backend whose SQL cannot test a JSON
    list against the article's keys cheaply (PostgreSQL: ``?|`` unpacks the ~300-key array
    again for every row, 10 ms on a wide article). A row without exclusions costs a string
    compare; each distinct exclusion list is decoded once per match, however many rows share it."""
    blocked = {"[]": False}
    for chat_id, thread_id, topic, excluded in rows:
        hit = blocked.get(excluded)
        if hit is None:
            hit = blocked[excluded] = any(key in keys_of_article for key in json.loads(excluded))
        if not hit:
            yield chat_id, thread_id, topic


def destinations(rows: Iterable[Sequence[Any]]) -> dict[Destination, list[str]]:
    """Matched subscription rows (chat_id, thread_id, topic) in destination order, exclusions
    and mutes already filtered out (by the backend's query or ``without_excluded``) →
    destination → matched topics.

    A wide article reaches ~2,000 rows: one ``Destination`` per destination, not per row, and
    nothing else per row but a comparison and an append."""
    matched: dict[Destination, list[str]] = {}
    last: tuple[int, int] | None = None
    topics: list[str] = []
    for chat_id, thread_id, topic in rows:
        if (chat_id, thread_id) != last:  # setdefault: right even if rows came unordered
            last, topics = (chat_id, thread_id), matched.setdefault(Destination(chat_id, thread_id or None), [])
        topics.append(topic)
    return matched
