"""``storage.lexemes`` cuts text into pieces and caches each piece's terms: the result must be
exactly FTS5's tokenization of the whole text (what the SQLite index holds)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from hypothesis import given, settings
from hypothesis import strategies as st

from storage import lexemes

SAMPLES = [
    "Russia's drones hit Kyiv—again (AP). “We’re ready,” said O'Neill.",
    "e-mail desk@news.example.com, www.example.org/a_b?c=d#e; COVID-19: 4.5% (U.S.)",
    "Naïve café in São Paulo; Straße in Köln; Київ; 東京で地震; emoji 🚀🇺🇦 x\u0301y",
    "tabs\tand\nnewlines\r\nand\u00a0nbsp\u2028line\u2029para\x1cunit",
]


def fts5_terms(text: str) -> list[str]:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        conn.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", (text,))
        return [term for term, in conn.execute("SELECT term FROM v ORDER BY offset")]


def test_pieces_give_fts5s_own_terms():
    for text in SAMPLES:
        assert lexemes.terms(text) == fts5_terms(text), text
        assert lexemes.distinct_terms(text) == set(fts5_terms(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=80))
def test_any_text(text):
    assert lexemes.terms(text) == fts5_terms(text)


def test_query_terms_of_one_word():
    assert lexemes.query_terms("Assemblies") == lexemes.query_terms("assembly") == ("assembl",)
    assert lexemes.query_terms("drones") == ("drone",)
    assert lexemes.query_terms("ᦰ") == ()  # a letter to Python, not to unicode61: FTS5 ignores the term


def test_a_full_cache_is_emptied_without_losing_terms(monkeypatch):
    """Found by the 100k bench load: emptying the full cache mid-call dropped earlier hits."""
    monkeypatch.setattr(lexemes, "_CACHE_CHUNKS", 5)
    for i in range(6):  # each text: pieces cached by the previous one plus new ones
        text = f"shared words again plus newword{i} and anothernew{i}"
        assert lexemes.terms(text) == fts5_terms(text)
