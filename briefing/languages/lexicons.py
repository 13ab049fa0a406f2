"""Stopwords and stems of an article language, for topics and summaries (English keeps the
lists of ``lexicon.py``; another language adds its own stopwords to them)."""

from __future__ import annotations

from functools import cache, lru_cache

from ..lexicon import STOPWORDS, WORD, words
from ..stemming import stemmer
from . import language_data


@cache
def stopwords(language: str) -> frozenset[str]:
    data = language_data(language)
    return STOPWORDS | data.stopwords if data is not None else STOPWORDS


def content_stems_in(text: str, language: str) -> list[str]:
    """``lexicon.content_stems`` for another language."""
    return [s for w in WORD.findall(text.lower()) if (s := _content_stem(w, language)) is not None]


@lru_cache(maxsize=65536)
def _content_stem(token: str, language: str) -> str | None:
    cleaned = words(token, language)
    word = cleaned[0] if cleaned else ""
    if word in stopwords(language) or word.isdigit() or len(word) <= 1:
        return None
    return stemmer(language)(word)
