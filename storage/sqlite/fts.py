"""Search terms (``storage.search_terms``) as FTS5 queries.

Each term is wrapped in double quotes (a term can never contain a quote), so FTS5 reads it as a
string to tokenize, never as syntax.
"""

from __future__ import annotations

from ..search_terms import MAX_TERMS, search_terms, topic_words

__all__ = ["LEAD_COLUMNS", "MAX_TERMS", "TITLE_COLUMN", "in_columns", "search_query", "topic_query"]

LEAD_COLUMNS = "{title summary topics}"
"""Column filter for topic lookups and the middle search tier: the body mentions too many
things in passing."""
TITLE_COLUMN = "{title}"


def search_query(text: str) -> str | None:
    """Quoted terms joined by implicit AND, or None when there is nothing to search for."""
    return " ".join(f'"{t}"' for t in search_terms(text)) or None


def in_columns(columns: str, query: str) -> str:
    """``query`` (from ``search_query``) restricted to ``columns``: every term must be there."""
    return f"{columns} : ({query})"


def topic_query(topic: str) -> str | None:
    """The topic as one quoted phrase (porter-stemmed by the index) on title/summary/topics."""
    words = topic_words(topic)
    if not words:
        return None
    return in_columns(LEAD_COLUMNS, f'"{" ".join(words)}"')
