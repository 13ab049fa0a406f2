"""Sentences of a masked paragraph (its quoted words hidden), as attribution reads them.

The general splitter (``sentences``) works on clean prose; attribution needs only the sentence
around one quote, on text whose quotes are masked, and asks for it many times per paragraph, so
these helpers look back a short window from a position instead of splitting the whole text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .masking import restore
from .sentences import ends_in_abbreviation, is_boundary

#: A possible sentence end in a masked paragraph: terminal punctuation (closing marks and
#: brackets included) before a space and a capital, a digit or an opening quote mark.
#: A sentence end before a space and a capital; or a period glued to the next sentence by an
#: extraction that lost the space ("… with Mateen.In a video, Mateen declared …"): after a word of
#: two lower-case letters or more, before a capitalised word ("U.S.Senator", a domain's ".Com"
#: stay whole).
#: Written to open on its end mark (the glued period's lookbehind reads the mark too): a pattern
#: opening on a character class lets the regex engine skip to the next mark instead of trying
#: both branches at every position (~5x faster; ``[.!?]+…|(?<=[a-z][a-z])\.…`` matched the same).
#: Also before a wire list's bullet of asterisks ("… when she was 22.  ** Samantha Holvey, …"),
#: which the sentence after it opens past.
_SENTENCE_END = re.compile(r"[.!?](?:[.!?]*[”\"’')\]]*(?=\s+(?:\*+\s+)?[A-Z0-9“\"‘(])|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]+\s))")
SPACES = re.compile(r"\s*")
#: The space after a sentence end, and a wire list's bullet of asterisks in it.
_GAP = re.compile(r"\s*(?:\*+\s+)?")


_ENDS_SENTENCE = re.compile(r"[.!?][”\"’')\]]?\s*$")
#: First window searched for the last sentence end; sentences are rarely longer.
_LOOKBACK_CHARS = 200
WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def sentence_starts(text: str, start: int = 0) -> list[int]:
    """Where each sentence after the first begins in ``text`` (from ``start`` on): after terminal
    punctuation, but not after a title or an initial ("Sen. Ron Walden", "J. R. Smith")."""
    out = []
    plain = restore(text)  # same offsets; "U.S. The" is judged with its periods back
    for m in _SENTENCE_END.finditer(text, start):
        if is_boundary(plain, m):
            spaces = _GAP.match(text, m.end())
            out.append(spaces.end() if spaces else m.end())
    return out


def split_masked(text: str) -> list[str]:
    """The sentences of a (masked) paragraph."""
    cuts = [0, *sentence_starts(text), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def ends_sentence(text: str) -> bool:
    """``text`` ends with a sentence end (not with "Sen." or an initial)."""
    tail = text.rstrip()
    return bool(_ENDS_SENTENCE.search(tail, max(0, len(tail) - 3))) and not ends_in_abbreviation(tail)


@lru_cache(maxsize=64)
def last_sentence(text: str) -> str:
    """The sentence still open at the end of ``text`` (empty when ``text`` ends a sentence).

    Cached (a few dozen entries: a page's worth): the attribution rules tried on one quote
    each re-read the same text before it; 18 of the 25 calls per dev page repeat one."""
    if ends_sentence(text):
        return ""
    # look back in growing windows: the last sentence end is usually near the end of ``text``
    window = _LOOKBACK_CHARS
    while True:
        start = max(0, len(text) - window)
        starts = sentence_starts(text, start)
        if starts or not start:
            return text[starts[-1] :] if starts else text
        window *= 4


def closed_sentence(text: str) -> str:
    """The sentence ``text`` ends on, without its end mark (a full stop, "!", a colon): "Reyes
    nodded" of '“A,” Weller said. Reyes nodded. ' — the sentence right before a quote that
    stands on its own, which ``last_sentence`` (the one still open) leaves empty."""
    return last_sentence(text.rstrip()[:-1] + " ")


def first_sentence(text: str) -> str:
    plain = restore(text)
    for m in _SENTENCE_END.finditer(text):
        if is_boundary(plain, m):
            return text[: m.start()]
    return text
