"""tsvector documents and tsquery queries built from FTS5's own terms (``storage.lexemes``).

Both are written as PostgreSQL literals here and cast in SQL (``$1::text::tsvector``), never
parsed by a text search configuration: every lexeme is quoted, so no user input is tsquery
syntax, and stemming is exactly SQLite's. Weights stand for FTS5 columns: A title, B summary,
C topics (``lead_tsv``, which also holds each run of two to four adjacent terms as one lexeme:
``run``, migrations 0009 and 0010); ``search_tsv`` holds every distinct term, body included,
without positions (``/search`` needs membership only). Both are indexed together with a lexeme
naming the article's block of ids (``ID_BLOCK_BITS``, migration 0008), so a query can be limited
to the newest blocks (``id_blocks``).
"""

from __future__ import annotations

from .. import lexemes
from ..search_terms import search_terms, topic_words

TITLE, SUMMARY, TOPICS = "A", "B", "C"
ID_BLOCK_BITS = 10
"""Ids ``n << 10`` to ``((n + 1) << 10) - 1`` share the lexeme ``'~n'`` (``id_block`` in
migration 0008: change both together)."""
PHRASE = " <-> "
"""Joins the words of a phrase in a query: matching it reads the positions from each candidate
row (a GIN index holds none)."""
MAX_RUN = 4
"""Runs of 2 to 4 adjacent terms are lexemes of ``lead_tsv`` (migrations 0009 and 0010)."""
MAX_POSITION = 16383  # PostgreSQL's limit; later positions are clamped to it
MAX_POSITIONS_PER_TERM = 255
MAX_TERM_CHARS = 200
"""Longer FTS5 terms are cut (PostgreSQL refuses lexemes over 2 KB). Search terms are at most
64 characters (``search_terms``), so a cut document term was not findable on SQLite either."""
MAX_SEARCH_TSV_CHARS = 900_000
"""A tsvector must stay under 1 MB: a body with more distinct terms keeps the first ones."""


def quote(term: str) -> str:
    """A lexeme as a tsvector/tsquery literal: quoted, quotes doubled, backslashes escaped."""
    return _quoted(term[:MAX_TERM_CHARS])


def _quoted(lexeme: str) -> str:
    if "'" in lexeme or "\\" in lexeme:  # never from FTS5 (both are separators), but be exact
        lexeme = lexeme.replace("\\", "\\\\").replace("'", "''")
    return f"'{lexeme}'"


def lead_document(title: str, summary: str, topics: str) -> str:
    """``lead_tsv``: title, summary and topics with positions; one position gap between columns
    keeps a phrase from running from one column into the next (as in FTS5). Plus, without
    positions, each run of two to ``MAX_RUN`` adjacent terms as one lexeme (``run``): a
    ``/latest`` topic of up to four words is one index lookup, with no re-read of the row to
    check positions."""
    positions: dict[str, list[str]] = {}
    at_position: dict[int, str] = {}
    position = 1
    for weight, text in ((TITLE, title), (SUMMARY, summary), (TOPICS, topics)):
        for term in lexemes.terms(text):
            found = positions.setdefault(term[:MAX_TERM_CHARS], [])
            if len(found) < MAX_POSITIONS_PER_TERM:
                found.append(f"{min(position, MAX_POSITION)}{weight}")
                if position < MAX_POSITION:
                    at_position[position] = term[:MAX_TERM_CHARS]
            position += 1
        position += 1
    runs = dict.fromkeys(
        run(*(at_position[p + i] for i in range(length)))
        for p in at_position
        for length in range(2, MAX_RUN + 1)
        if all(p + i in at_position for i in range(1, length))
    )
    return " ".join([*(f"{quote(term)}:{','.join(at)}" for term, at in positions.items()), *map(_quoted, runs)])


def run(*terms: str) -> str:
    """The lexeme of adjacent terms: ``'rustem umerov'``, ``'ursula von der leyen'``. FTS5 terms
    never hold whitespace, so no search term is ever one of these. Only positions below
    ``MAX_POSITION`` (the last one is shared by every clamped term) and recorded ones
    (``MAX_POSITIONS_PER_TERM``) make runs: the rule migrations 0009 (pairs) and 0010 (three and
    four terms) apply to the positions already stored."""
    return " ".join(terms)


def search_document(title: str, summary: str, topics: str, body: str) -> str:
    """``search_tsv`` as its lexemes separated by spaces: every distinct term of the four
    columns, no positions. SQL makes the tsvector with
    ``array_to_tsvector(string_to_array($n, ' '))`` (terms never hold whitespace): nothing to
    quote or parse."""
    terms = lexemes.distinct_terms(title, summary, topics, body)
    joined = " ".join(t[:MAX_TERM_CHARS] for t in terms)
    if len(joined) > MAX_SEARCH_TSV_CHARS:  # absurd bodies only: keep the shorter terms
        kept, size = [], 0
        for term in sorted(terms, key=len):
            size += len(term[:MAX_TERM_CHARS]) + 8
            if size > MAX_SEARCH_TSV_CHARS:
                break
            kept.append(term[:MAX_TERM_CHARS])
        joined = " ".join(kept)
    return joined


def _term_groups(text: str) -> list[tuple[str, ...]]:
    """FTS5 terms of each search term; a term FTS5 sees no word in is ignored, as FTS5 does."""
    return [found for term in search_terms(text) if (found := lexemes.query_terms(term))]


def search_query(text: str) -> str | None:
    """Every search term (stemmed) must be present. No weights: on ``lead_tsv`` that means title,
    summary or topics, and the title has an index of its own (migration 0008), because a weight
    makes PostgreSQL re-read every indexed match from the table to check it.

    A quoted term FTS5 splits in two (rare: a character Python and unicode61 disagree on)
    requires both parts, without FTS5's adjacency."""
    parts = [quote(t) for group in _term_groups(text) for t in group]
    return " & ".join(parts) or None


def topic_query(topic: str) -> str | None:
    """The topic's words as one stemmed phrase in title/summary/topics (``lead_tsv``).

    Up to ``MAX_RUN`` words: their ``run`` lexeme, a plain index lookup. Longer topics: every
    run of ``MAX_RUN`` words, and the phrase, because runs alone would let "a b c d" and
    "b c d e" come from two different places."""
    words = topic_words(topic)
    found = [t[:MAX_TERM_CHARS] for t in lexemes.terms(" ".join(words))] if words else []
    if len(found) <= MAX_RUN:
        return _quoted(run(*found)) if found else None
    runs = dict.fromkeys(run(*found[i : i + MAX_RUN]) for i in range(len(found) - MAX_RUN + 1))
    return " & ".join(map(_quoted, runs)) + " & (" + PHRASE.join(map(_quoted, found)) + ")"


def id_block(article_id: int) -> int:
    return article_id >> ID_BLOCK_BITS


def id_blocks(first: int, last: int) -> str:
    """A query for ``id_block(id)``: articles whose id block is ``first``..``last``."""
    return " | ".join(f"'~{n}'" for n in range(first, last + 1))
