"""Index terms exactly as SQLite FTS5's ``porter unicode61`` tokenizer makes them, for any backend.

Why SQLite's own tokenizer rather than a Python stemmer or PostgreSQL's text search configs:
search must find the same articles on both backends, and nothing else reproduces FTS5's terms.
Measured on 10,910 distinct words of the dev corpora: snowball's "porter" stems 447 of them
differently from FTS5 ("assembly" → assembli vs assembl; FTS5 leaves words under 3 letters
alone), PostgreSQL's ``english`` (Porter2) 512, and ``english`` also drops stop words and keeps
host names and e-mail addresses as single tokens. unicode61's idea of a word character (its
own Unicode tables, combining marks kept and folded) differs from Python's ``\\w`` on ~58,000
code points. So the terms come from FTS5 itself, via an in-memory ``fts5vocab`` table.

Cost: reading terms back is ~6 µs per token, so a text is first cut where unicode61 always
cuts — at whitespace and at every ASCII character that is not a letter or digit — and each
piece ("Kyiv", "Russia", "s", "économie") is tokenized once and cached; a text's terms are the
concatenation of its pieces' terms (checked against whole-text tokenization in the tests).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from functools import lru_cache

_CACHE_CHUNKS = 200_000
"""Distinct chunks remembered (news vocabulary repeats; ~100 bytes each)."""
_BATCH = 2000
_ALWAYS_SEPARATES = re.compile(r"[\s\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
"""Whitespace and ASCII punctuation/controls: never part of a unicode61 token."""


def _pieces(text: str) -> list[str]:
    return [p for p in _ALWAYS_SEPARATES.split(text) if p]


class _Fts5Tokenizer:
    def __init__(self) -> None:
        self._conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self._conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61')")
        self._conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[str, ...]] = {}

    def chunk_terms(self, chunks: Iterable[str]) -> list[tuple[str, ...]]:
        """The FTS5 terms of each piece (``_pieces``), in order."""
        chunks = list(chunks)
        cache = self._cache
        known: dict[str, tuple[str, ...]] = {}
        missing = []
        for chunk in dict.fromkeys(chunks):
            hit = cache.get(chunk)
            if hit is None:
                missing.append(chunk)
            else:
                known[chunk] = hit
        if missing:
            # answered from ``known``: filling may empty a full cache, hits included
            known.update(self._fill(missing))
        return [known[c] for c in chunks]

    def _fill(self, missing: list[str]) -> dict[str, tuple[str, ...]]:
        """Tokenize ``missing`` through FTS5 and cache the results (emptying a full cache)."""
        new: dict[str, tuple[str, ...]] = {}
        with self._lock:
            if len(self._cache) + len(missing) > _CACHE_CHUNKS:
                self._cache.clear()
            for start in range(0, len(missing), _BATCH):
                batch = missing[start : start + _BATCH]
                found: dict[int, list[tuple[int, str]]] = {}
                self._conn.execute("BEGIN")
                try:
                    self._conn.executemany(
                        "INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(batch, 1)
                    )
                    for doc, term, offset in self._conn.execute(
                        "SELECT doc, term, offset FROM v"
                    ):
                        found.setdefault(doc, []).append((offset, term))
                finally:
                    self._conn.execute("ROLLBACK")
                for i, chunk in enumerate(batch, 1):
                    new[chunk] = tuple(term for _, term in sorted(found.get(i, ())))
            self._cache.update(new)
        return new


_TOKENIZER = _Fts5Tokenizer()


def terms(text: str) -> list[str]:
    """FTS5 terms of ``text`` in order (positions are list indexes)."""
    out: list[str] = []
    for found in _TOKENIZER.chunk_terms(_pieces(text)):
        out.extend(found)
    return out


def distinct_terms(*texts: str) -> set[str]:
    """Every FTS5 term of the texts (membership only: what ``/search`` needs of a body)."""
    pieces: set[str] = set()
    for text in texts:
        pieces.update(_ALWAYS_SEPARATES.split(text))
    pieces.discard("")
    out: set[str] = set()
    for found in _TOKENIZER.chunk_terms(pieces):
        out.update(found)
    return out


@lru_cache(maxsize=4096)
def query_terms(term: str) -> tuple[str, ...]:
    """What FTS5 makes of one quoted query term (usually one stem; empty when FTS5 sees no
    word character in it, and FTS5 then ignores the term)."""
    return tuple(terms(term))
