"""Topics and the stemmed keys subscriptions are matched on. (SCAFFOLD: to be completed.)"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import snowballstemmer

from .models import Block, BriefingOptions

_stemmer = snowballstemmer.stemmer("english")
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_KEY_WORDS = 4


def normalise_topic(topic: str) -> str:
    """What we store and show: lower case, single spaces."""
    return " ".join(_WORD.findall(topic.lower()))


def topic_key(topic: str) -> str:
    """Stemmed key of a subscription topic: "Drones" and "drone" share one key."""
    return " ".join(_stemmer.stemWords(_WORD.findall(topic.lower())))


def match_keys(*texts: str) -> set[str]:
    """Every stemmed 1..4-word n-gram of the texts: a subscription matches when its key is here."""
    keys: set[str] = set()
    for text in texts:
        stems = _stemmer.stemWords(_WORD.findall(text.lower()))
        for n in range(1, MAX_KEY_WORDS + 1):
            for i in range(len(stems) - n + 1):
                keys.add(" ".join(stems[i : i + n]))
    return keys


def extract_topics(title: str, blocks: Sequence[Block], *, options: BriefingOptions) -> list[str]:
    text = title + " " + " ".join(b.text for b in blocks)
    caps = re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", text)
    counts = Counter(c for c in caps if len(c) > 3)
    return [c for c, _ in counts.most_common(options.max_topics)]
