"""User text → search terms, the same for every backend (each turns them into its own query).

Nothing the user types becomes query syntax: the text is reduced to letter-and-digit tokens,
so operators (AND/OR/NOT/NEAR, ``&``, ``|``, ``!``, ``<->``), ``*``, ``^``, parentheses and
column filters are just words or nothing at all.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits; "_" splits like FTS5

MAX_TERMS = 16
"""Cap on search terms: longer queries add nothing but cost (a 4000-char paste)."""

MAX_TERM_CHARS = 64

STOPWORDS = frozenset(
    "a an and are as at be but by for from has have in is it its of on or not near the this that "
    "to was were will with".split()
)
"""Dropped from searches that have other words: they are in nearly every article, so they add
no precision, while each term's posting list is read wherever it overlaps the others'."""


def tokens(text: str) -> list[str]:
    return [t[:MAX_TERM_CHARS] for t in _TOKEN.findall(text.lower())]


def search_terms(text: str) -> list[str]:
    """Distinct terms an article must all contain; stopwords only when nothing else is left."""
    words = tokens(text)
    content = [w for w in words if w not in STOPWORDS]
    terms: list[str] = []
    for token in content or words:
        if token not in terms:
            terms.append(token)
        if len(terms) == MAX_TERMS:
            break
    return terms


def topic_words(topic: str) -> list[str]:
    """The words of a ``/latest <topic>`` phrase (matched as one stemmed phrase)."""
    return tokens(topic)[:MAX_TERMS]
