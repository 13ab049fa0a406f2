"""Subscription topic rules shared by every backend: validation, the key fingerprint, and how
exclusions and mutes hit an article (so every backend filters matches alike)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefing.topics import (
    MAX_KEY_WORDS,
    match_keys,
    normalise_topic,
    topic_key,
    topic_match_keys,
)

from .errors import InvalidTopic
from .models import Article

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


# ---- exclusions and mutes (forum branch) -------------------------------------------------------
# An exclusion ("-football", -"transfer window") or a per-chat mute is validated like a topic and
# keyed by the same ``topic_key``; it hits an article when its key is one of the article's match
# keys (``match_keys`` over title, summary and topics). That is one set lookup per exclusion, so
# matching cost stays linear in the article text and no user input is ever a pattern.

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


def hits(keys: Iterable[str], keys_of_article: set[str]) -> bool:
    """True when any exclusion/mute key occurs in the article (set lookups, no patterns)."""
    return any(key in keys_of_article for key in keys)
