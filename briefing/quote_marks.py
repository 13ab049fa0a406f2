"""Finding quoted spans in one paragraph: which quote marks open, which close, which are apostrophes.

Kept apart from attribution so the mark rules (curly, straight, single quotes versus
apostrophes, quotes left open at the end of a paragraph) can be read and tested on their own.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "‘"
SINGLE = "'’"
#: Characters after which an opening mark may stand (start of text, space, brackets, dashes).
_BEFORE_OPEN = " \t\n([{—–-/:"
#: Words written with a leading apostrophe, never an opening single quote ('em, '90s).
_ELISIONS = ("em ", "til ", "cause ", "n ", "tis ", "twas ")


#: Longest single-quoted quote looked for (about 150 words): bounds the search for a closer.
_MAX_SINGLE_CHARS = 1000


@dataclass(frozen=True)
class MarkedSpan:
    """One quoted span: ``inner`` is the text between the marks (``[start, end)`` of it)."""

    start: int
    end: int
    mark_start: int
    """Index of the opening mark (``start - 1``)."""
    mark_end: int
    """Index just after the closing mark (``end`` when the quote runs to the end of the paragraph)."""
    closed: bool
    single: bool = False


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _BEFORE_OPEN or not before.isalnum()) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def find_double_quotes(text: str) -> list[MarkedSpan]:
    """Spans in curly or straight double quotes; an unclosed span runs to the end of the text.

    Tolerant of missing spaces (``was“playing``, ``said :“We``) and of curly marks typed the
    wrong way round: a mark's role is decided by whether it looks like an opener or closer.
    """
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    markup_until = -1
    for i, ch in enumerate(text):
        if ch not in OPEN_DOUBLE and ch not in CLOSE_DOUBLE and ch != STRAIGHT_DOUBLE:
            continue
        if i <= markup_until:
            continue
        if open_at is None and ch == STRAIGHT_DOUBLE and text[i - 1 : i] == "=":
            markup_until = text.find(STRAIGHT_DOUBLE, i + 1)  # author="x": markup left in the text
            markup_until = len(text) if markup_until < 0 else markup_until
            continue
        if open_at is None:
            if ch in CLOSE_DOUBLE and not _opens(text, i):
                continue  # stray closing mark (e.g. continuation paragraph): ignore
            open_at = i
            continue
        if ch in OPEN_DOUBLE and not _closes(text, i):
            open_at = i  # the previous opening mark was a stray one; restart here
            continue
        spans.append(MarkedSpan(open_at + 1, i, open_at, i + 1, True))
        open_at = None
    if open_at is not None:
        spans.append(MarkedSpan(open_at + 1, len(text), open_at, len(text), False))
    return spans


def _single_opens(text: str, i: int) -> bool:
    if text[i] == "’":
        return False
    before = text[i - 1] if i > 0 else " "
    rest = text[i + 1 : i + 7].lower()
    if not (before in _BEFORE_OPEN or before in OPEN_DOUBLE or before == '"'):
        return False
    if not rest or not rest[0].isalpha() or rest.startswith(_ELISIONS):
        return False  # '90s, 'em, rock 'n' roll
    return True


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or after.isalnum():
        return False  # don't, Russia's: an apostrophe inside a word
    return not (before in "sS" and after == " " and i + 2 < len(text) and text[i + 2].islower())


def find_single_quotes(text: str, taken: list[MarkedSpan]) -> list[MarkedSpan]:
    """Spans in single quotes, only where an opener and a closer clearly pair up.

    Apostrophes (don't, Russia's, '90s, the players' union) are rejected by position, and
    single quotes inside double-quoted spans are nested quotes, not quotes of their own.
    """
    starts = [s.mark_start for s in taken]  # double-quoted spans, in text order

    def in_double(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and i < taken[k].mark_end

    spans: list[MarkedSpan] = []
    i = 0
    while i < len(text):
        if text[i] in SINGLE + OPEN_SINGLE and not in_double(i) and _single_opens(text, i):
            j, stop = i + 2, min(len(text), i + _MAX_SINGLE_CHARS)
            while j < stop and not (text[j] in SINGLE and _single_closes(text, j)):
                if text[j] in OPEN_DOUBLE + STRAIGHT_DOUBLE or text[j] == "\n":
                    break
                j += 1
            if j < stop and text[j] in SINGLE and len(text[i + 1 : j].split()) >= 1 and j - i > 2:
                spans.append(MarkedSpan(i + 1, j, i, j + 1, True, single=True))
                i = j + 1
                continue
        i += 1
    return spans


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """All quoted spans of a paragraph in text order."""
    doubles = find_double_quotes(text)
    return sorted(doubles + find_single_quotes(text, doubles), key=lambda s: s.start)
