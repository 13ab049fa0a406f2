"""Subscription topic rules shared by every backend: validation and the key fingerprint."""

from __future__ import annotations

from briefing.topics import MAX_KEY_WORDS, normalise_topic, topic_key

from .errors import InvalidTopic

MAX_TOPIC_CHARS = 64
KEY_FINGERPRINT_META = "subscriptions.topic_key_fingerprint"
_KEY_PROBES = ("Drones", "air defences", "Running elections", "Ukraine's", "Crisis", "économie")


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
    differs from the stored value."""
    return "|".join(topic_key(w) for w in _KEY_PROBES)
