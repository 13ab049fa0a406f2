"""Turning untrusted user text into safe FTS5 queries.

Nothing the user types reaches FTS5 syntax: the text is reduced to letter-and-digit tokens, each
wrapped in double quotes (a token can never contain a quote), so operators (AND/OR/NOT/NEAR),
``*``, ``^``, parentheses and column filters are just words.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits; "_" splits like FTS

MAX_TERMS = 16
"""Cap on search terms: longer queries add nothing but cost (a 4000-char paste)."""

MAX_TERM_CHARS = 64

LEAD_COLUMNS = "{title summary topics}"
"""Column filter for topic lookups and the middle search tier: the body mentions too many
things in passing."""
TITLE_COLUMN = "{title}"


def tokens(text: str) -> list[str]:
    return [t[:MAX_TERM_CHARS] for t in _TOKEN.findall(text.lower())]


STOPWORDS = frozenset(
    "a an and are as at be but by for from has have in is it its of on or not near the this that "
    "to was were will with".split()
)
"""Dropped from searches that have other words: they are in nearly every article, so they add
no precision, while each term's posting list is read wherever it overlaps the others'."""


def search_query(text: str) -> str | None:
    """Quoted terms joined by implicit AND, or None when there is nothing to search for."""
    words = tokens(text)
    content = [w for w in words if w not in STOPWORDS]
    terms: list[str] = []
    for token in content or words:
        if token not in terms:
            terms.append(token)
        if len(terms) == MAX_TERMS:
            break
    return " ".join(f'"{t}"' for t in terms) or None


def in_columns(columns: str, query: str) -> str:
    """``query`` (from ``search_query``) restricted to ``columns``: every term must be there."""
    return f"{columns} : ({query})"


def topic_query(topic: str) -> str | None:
    """The topic as one quoted phrase (porter-stemmed by the index) on title/summary/topics."""
    words = tokens(topic)[:MAX_TERMS]
    if not words:
        return None
    return in_columns(LEAD_COLUMNS, f'"{" ".join(words)}"')
