"""A light Ukrainian stemmer: a documented rule set (Snowball has no Ukrainian).

Why rules and not a dictionary: the maintained lemmatiser on PyPI (``pymorphy3`` with
``pymorphy3-dicts-uk``) is GPL-3.0 data, 14 MB, +26 MB of RSS and ~77 µs per new word; topic
matching only needs the inflections of nouns and adjectives folded together ("тролейбуси",
"тролейбусів", "тролейбусами" -> "тролейбус"), which a suffix list does. Measured once
against pymorphy3's lemmas (in a scratch environment: it is not a dependency) on the 322
nouns and adjectives of the labelled Ukrainian articles plus a few word families: of the word
pairs sharing a lemma, 0.98 share a stem (recall); of the pairs sharing a stem, 0.82 share a
lemma (precision; most "misses" are pymorphy3 giving adjective genders or a noun and its
adjective separate lemmas, e.g. "українська"/"український").

Rules, in order:
1. lower-case, ’ and ʼ become ';
2. strip the longest noun/adjective case ending of ``ENDINGS`` that leaves a stem of at least
   ``MIN_STEM`` letters containing a vowel (verb endings are left alone: "-ла" would eat the
   stem of "школа");
3. drop a final soft sign ("тиждень"/"тижня" stays apart: alternations of that kind are not
   folded, except the next rule);
4. the vowel alternation of closed syllables (і in "Київ", "рік", "Львів" against е/о in
   "Києва", "року", "Львова"): the last і/е/о/є/ї of a stem that ends in one consonant is
   written "і", so both forms share a stem.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("аеєиіїоуюя")
MIN_STEM = 3
ENDINGS = tuple(
    sorted(
        """а я о е є и і ї у ю ь ом ем єм ою ею єю ові еві єві ів їв ей ам ям ами ями ах ях
        ий ій ого ього ому ьому ім им их іх ими іми ьою ої ьої ую юю ая""".split(),
        key=len,
        reverse=True,
    )
)
_ALTERNATING = frozenset("іеоєї")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Stem of one lower-case Ukrainian word (other words pass through unchanged)."""
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    for ending in ENDINGS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            if len(base) >= MIN_STEM and VOWELS.intersection(base):
                word = base
                break
    if word.endswith("ь") and len(word) > MIN_STEM:
        word = word[:-1]
    return _fold_alternation(word)


def _fold_alternation(word: str) -> str:
    if len(word) < 3 or word[-1] in VOWELS or word[-2] not in _ALTERNATING:
        return word
    return word[:-2] + "і" + word[-1]
