"""Sentence adverbs capitalised only because they open a sentence ("Similarly, …", "Meanwhile,
…", "Sadly, …").

Kept apart from ``speakers`` so that ``appositives`` — which ``speakers`` builds on — can tell such
an opener from a name: "Similarly, Tom Kell, a former budget director, said" is Kell's sentence,
and "Similarly" is no one.
"""

from __future__ import annotations

from .wordlists import is_common_word

#: Sentence adverbs that open a sentence with a capital and a comma ("Likewise, a paper …").
_SENTENCE_ADVERBS = set(
    "however meanwhile moreover furthermore indeed instead nevertheless nonetheless still also again thus "
    "hence therefore overall otherwise afterward afterwards elsewhere today yesterday there here "
    # "Rather, sources close to his campaign say …"
    "rather anyway regardless besides "
    # an interjection opening a spoken sentence: "Well, I’m telling you “…”" names no "Well" (not
    # "oh", a surname: "Oh, who won in 2019, said")
    "well".split()
)

#: Words in -ly of a common stem that are no -ly adverb of it ("Early" is also a surname).
_NOT_ADVERBS = {"early", "only", "holy", "ugly", "family", "bully", "belly", "jelly"}


def is_sentence_adverb(word: str) -> bool:
    """``word`` is a sentence adverb ("Likewise", "Similarly", "Sadly", "Meanwhile"), capitalised
    only because it opens the sentence: an -ly adverb of a common adjective ("sad" -> "sadly",
    "happy" -> "happily", "basic" -> "basically"), a -wise adverb ("Likewise"; not the adjective
    "wise" itself, a surname too: "Wise said"), or a connective. Names that end in -ly ("Kelly",
    "Holly", "Lily") are no adverb of a common word, so they stay names."""
    low = word.lower()
    if low in _SENTENCE_ADVERBS or low.endswith("wise") and low != "wise" and is_common_word(low):
        return True
    if not low.endswith("ly") or low in _NOT_ADVERBS or not is_common_word(low):
        return False
    stem = low[:-2]  # "sad-ly", "happi-ly" (happy), "simp-ly" (simple), "basic-ally"
    if stem.endswith("i"):
        return is_common_word(stem[:-1] + "y")
    return is_common_word(stem) or is_common_word(stem + "le") or low.endswith("ally")


#: Degree words that may stand before a sentence adverb in the same opening phrase ("More
#: broadly", "Even more importantly", "Perhaps most tellingly").
_DEGREE_WORDS = frozenset("more most less least even much far perhaps".split())


def is_adverb_opener(words: list[str]) -> bool:
    """``words`` (one comma piece) are a sentence adverb alone or after degree words ("Sadly",
    "More broadly", "Even more importantly"): an opening phrase, no one — "More" is also a
    surname, so "More broadly, Tom Kell, who …, said" must not read the adverb's "More" as the
    subject."""
    if not words or len(words) > 3 or not is_sentence_adverb(words[-1]):
        return False
    return all(w.lower() in _DEGREE_WORDS for w in words[:-1])
