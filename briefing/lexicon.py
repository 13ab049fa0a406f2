"""Shared word-level helpers for summary and topics: stopwords and a cached stemmer.

Why a cache: snowball stemming is the hot spot of both stages, and news vocabulary repeats
heavily, so memoising per word makes stemming effectively free after the first article.
``snowballstemmer.stemmer`` hands back PyStemmer's C implementation when it is installed (a
dependency): identical stems on ~100k distinct words of ../shared/data, ~17x faster, which
matters for the words an article brings that the cache has not seen yet (~18 µs each in
pure Python: a quarter of the summary's time on a cold 94-page run).

PyStemmer's own word cache is switched off (``snowball``): our ``lru_cache`` sits in front of
it, so it only ever sees words it has not stemmed, and keeping it (10,000 words, purged when
full) made each of those cost ~10 µs instead of ~1 µs — 0.2 s of CPU a cold 94-page round.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import snowballstemmer


def snowball(algorithm: str) -> Any:
    """``snowballstemmer.stemmer(algorithm)`` without PyStemmer's internal word cache (see the
    module docstring); the pure-Python fallback has none. The stems are the same either way."""
    engine = snowballstemmer.stemmer(algorithm)
    if hasattr(engine, "maxCacheSize"):
        engine.maxCacheSize = 0
    return engine


_stemmer = snowball("english")
WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_CLITIC = re.compile(r"['’](?:s|ve|ll|re|d|m|t)$")

STOPWORDS = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also
    although always am among amongst an and another any anyhow anyone anything anyway anywhere
    are around as at back be became because become becomes becoming been before beforehand
    behind being below beside besides between beyond both but by can cannot could did do does
    doing done down due during each either else elsewhere enough even ever every everyone
    everything everywhere except few for former formerly from further had has have having he
    hence her here hereafter hereby herein hers herself him himself his how however i if in
    indeed into is it its itself just last latter least less made make many may me meanwhile
    might mine more moreover most mostly much must my myself namely neither never nevertheless
    next no nobody none noone nor not nothing now nowhere of off often on once one only onto or
    other others otherwise our ours ourselves out over own per perhaps please put quite rather
    re really same say said says see seem seemed seeming seems several she should since so some
    somehow someone something sometime sometimes somewhere still such than that the their theirs
    them themselves then thence there thereafter thereby therefore therein thereupon these they
    this those though through throughout thru thus to together too toward towards under until
    up upon us very via was we well were what whatever when whence whenever where whereafter
    whereas whereby wherein whereupon wherever whether which while whither who whoever whole
    whom whose why will with within without would yet you your yours yourself yourselves
    s t ll ve d m re don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn
    aren ain mustn needn shan mightn
    mr mrs ms dr told according new also get got go going went like year years
    """.split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter 2) stem of a lower-case word."""
    return str(_stemmer.stemWord(word))


def words(text: str, language: str = "en") -> list[str]:
    """Lower-case word tokens; possessive/contracted tails (’s, n't) are dropped and a name's
    inner apostrophe is removed ("O'Neill" → "oneill"), so both sides of a match agree. In
    French an elided article is dropped ("l'Ukraine" → "ukraine")."""
    tokens = WORD.findall(text.lower())
    if language == "fr":
        tokens = [_ELISION.sub("", w) for w in tokens]
    return [_unclitic(w) if "'" in w or "’" in w else w for w in tokens]


_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\w)")


def _unclitic(word: str) -> str:
    return _CLITIC.sub("", word).replace("'", "").replace("’", "")


def content_stems(text: str, language: str = "en") -> list[str]:
    """Stems of the non-stopword, non-numeric words of ``text`` (the unit of similarity);
    another language's stopwords and stemmer when the article is not English."""
    if language != "en":
        from .languages.lexicons import content_stems_in

        return content_stems_in(text, language)
    # mapped in C, filtered in one comprehension: ~100,000 words a 94-page round
    return [s for s in map(_content_stem, WORD.findall(text.lower())) if s is not None]


@lru_cache(maxsize=65536)
def _content_stem(token: str) -> str | None:
    """The stem of a lower-case token as ``words`` cleans it, None for a stopword, a number or
    a single character: one cached lookup per token instead of a cleanup, three tests and a
    stem lookup."""
    word = _unclitic(token) if "'" in token or "’" in token else token
    if word in STOPWORDS or word.isdigit() or len(word) <= 1:
        return None
    return stem(word)
