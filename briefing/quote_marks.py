"""Finding quoted spans in one paragraph: which quote marks open, which close, which are apostrophes.

Kept apart from attribution so the mark rules (curly, straight, single quotes versus
apostrophes, quotes left open at the end of a paragraph) can be read and tested on their own.
"""

from __future__ import annotations

import re
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


_DOUBLE_MARK = re.compile(f"[{OPEN_DOUBLE}{CLOSE_DOUBLE}{STRAIGHT_DOUBLE}]")
_SINGLE_MARK = re.compile(f"[{SINGLE}{OPEN_SINGLE}]")
_CLOSE_OR_STOP = re.compile(f"[{SINGLE}{OPEN_DOUBLE}{STRAIGHT_DOUBLE}\n]")
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


#: A short number right before a straight double mark: an inch mark ("5'10", "15"), not a long
#: number closing a value in markup ('timestamp="1448038800"').
_INCHES_BEFORE = re.compile(r"(?<![\d\"=])\d{1,3}$")


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _BEFORE_OPEN or not before.isalnum()) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before == " " and text[i - 2 : i - 1] in {"'", "’"} and after.isspace():
        return True  # '… the name of \'Clinton,\' " said': a nested quote closed just before
    return not before.isspace() and not after.isalnum()


def find_double_quotes(text: str, *, nested: bool = False) -> list[MarkedSpan]:
    """Spans in curly or straight double quotes; an unclosed span runs to the end of the text.

    Tolerant of missing spaces (``was“playing``, ``said :“We``) and of curly marks typed the
    wrong way round: a mark's role is decided by whether it looks like an opener or closer.
    With ``nested``, a curly pair inside an open straight quote is nested in it ('"… Written
    “at this time of crisis,” the statement …'), as a straight pair inside a curly one always is,
    and so is a straight pair opened after a speech verb ('"… and says, "I want ten boxes," you
    know …"') when a later mark closes the outer quote; without it (the gold reader's default)
    such a mark ends or restarts the quote.
    """
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    markup_until = -1
    twins = "’’" in text or "''" in text
    for mark in _DOUBLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if i <= markup_until:
            continue
        twin = _TWIN_CLOSE.search(text, open_at + 1, i) if twins and open_at is not None else None
        if twin is not None and open_at is not None:
            # '“Imagine …,’’ Ms. Raimondo said. “So …’’': two single closers typed for a double one
            spans.append(MarkedSpan(open_at + 1, twin.start(), open_at, twin.end(), True))
            open_at = None
        if open_at is None and ch == STRAIGHT_DOUBLE and text[i - 1 : i] == "=":
            markup_until = text.find(STRAIGHT_DOUBLE, i + 1)  # author="x": markup left in the text
            markup_until = len(text) if markup_until < 0 else markup_until
            continue
        if open_at is None:
            if ch in CLOSE_DOUBLE and not _opens(text, i):
                continue  # stray closing mark (e.g. continuation paragraph): ignore
            if ch == STRAIGHT_DOUBLE and _INCHES_BEFORE.search(text, max(0, i - 5), i):
                continue  # 'at 5'10", there was room', 'a 15" laptop': inches, no opening mark
            open_at = i
            continue
        if ch in OPEN_DOUBLE and not _closes(text, i):
            if nested and text[open_at] == STRAIGHT_DOUBLE and text[open_at + 1 : i].strip():
                partner = _curly_partner(text, i + 1)
                if partner is not None:
                    markup_until = partner  # '"… Written “at this time,” the statement …': nested
                    continue
            open_at = i  # the previous opening mark was a stray one; restart here
            continue
        if ch == STRAIGHT_DOUBLE and text[open_at] in OPEN_DOUBLE and _opens(text, i):
            partner = _straight_partner(text, i + 1)
            if partner is not None:
                markup_until = partner  # “... titled "A title," but ...”: a nested quote
                continue
        if nested and ch == STRAIGHT_DOUBLE and text[open_at] == STRAIGHT_DOUBLE and _INNER_CUE.search(text, 0, i):
            partner = _straight_partner(text, i + 1) if not _closes(text, i) else None
            if partner is not None and STRAIGHT_DOUBLE in text[partner + 1 :]:
                markup_until = partner  # '"… if somebody walks in and says, "I'd like ten boxes," you know …"'
                continue
        spans.append(MarkedSpan(open_at + 1, i, open_at, i + 1, True))
        open_at = None
    twin = _TWIN_CLOSE.search(text, open_at + 1) if twins and open_at is not None else None
    if twin is not None and open_at is not None:
        spans.append(MarkedSpan(open_at + 1, twin.start(), open_at, twin.end(), True))
        open_at = None
    if open_at is not None:
        spans.append(MarkedSpan(open_at + 1, len(text), open_at, len(text), False))
    return spans


#: Two single closing marks (or apostrophes) after a word, typed for a closing double mark (an old
#: typewriter habit some papers keep: '“…,’’ she said').
_TWIN_CLOSE = re.compile(r"(?<=\S)(?:’’|'')(?![\w’'])")


#: A speech verb and a comma or colon right before a mark: inside an open quote, the quoted
#: speaker quoting someone ('… and says, "I'd like …"').
_INNER_CUE = re.compile(r"\b(?:say|says|said|ask|asks|asked|tell|tells|told|goes|went|like)[,:]?\s$")


def _curly_partner(text: str, j: int) -> int | None:
    """The curly mark closing a nested curly quote opened before ``j``, when it comes before the
    next straight mark and another straight mark follows it (the outer quote's closer, or more
    of the paragraph left open); None otherwise."""
    for mark in _DOUBLE_MARK.finditer(text, j):
        k = mark.start()
        if mark.group() == STRAIGHT_DOUBLE or mark.group() in OPEN_DOUBLE:
            return None
        return k if _closes(text, k) else None
    return None


def _straight_partner(text: str, j: int) -> int | None:
    """The straight mark closing a nested straight quote opened before ``j``, if any comes
    before the next curly mark."""
    for mark in _DOUBLE_MARK.finditer(text, j):
        k = mark.start()
        if mark.group() != STRAIGHT_DOUBLE:
            return None
        if _closes(text, k):
            return k
    return None


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
    if "'" not in text and "’" not in text and "‘" not in text:
        return []  # most paragraphs: nothing to pair
    starts = [s.mark_start for s in taken]  # double-quoted spans, in text order

    def in_double(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and i < taken[k].mark_end

    spans: list[MarkedSpan] = []
    after = 0  # end of the last span found: marks before it are taken
    for candidate in _SINGLE_MARK.finditer(text):
        i = candidate.start()
        if i < after or in_double(i) or not _single_opens(text, i):
            continue
        j = _closing_single(text, i + 2, min(len(text), i + _MAX_SINGLE_CHARS))
        if j is not None and len(text[i + 1 : j].split()) >= 1 and j - i > 2:
            spans.append(MarkedSpan(i + 1, j, i, j + 1, True, single=True))
            after = j + 1
    return spans


def _closing_single(text: str, j: int, stop: int) -> int | None:
    """Index of the single mark closing a quote opened before ``j``; a double mark or line break
    on the way means it was an apostrophe after all."""
    while (m := _CLOSE_OR_STOP.search(text, j, stop)) is not None:
        j = m.start()
        if text[j] not in SINGLE:
            return None
        if _single_closes(text, j):
            return j
        j += 1
    return None


#: An inverted or plain "said X" after a comma, ending its clause: ', said Kessel, whose …',
#: ', Kessel said.', ', she said.' — the attribution of a quote whose closing mark was left out.
_MISSING_CLOSE = re.compile(
    r",(?=\s+(?:(?:said|says)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says)|"
    r"(?:he|she)\s+(?:said|says))[.,])"
)


def close_before_attribution(text: str, span: MarkedSpan) -> MarkedSpan:
    """An unclosed double quote that runs into its own attribution ('"There was no help for the
    parents, said Kessel, whose group …'): the closing mark was left out, so the quote ends at
    the comma before "said X" and that clause attributes it. Only when no other double mark
    follows; otherwise (and for closed spans) ``span`` is returned as it is."""
    if span.closed or span.single or _DOUBLE_MARK.search(text, span.start):
        return span
    attribution = _MISSING_CLOSE.search(text, span.start)
    if attribution is None:
        return span
    end = attribution.start() + 1
    return MarkedSpan(span.start, end, span.mark_start, end, True)


def find_marked_spans(text: str, *, nested: bool = False) -> list[MarkedSpan]:
    """All quoted spans of a paragraph in text order (``nested``: see ``find_double_quotes``)."""
    doubles = find_double_quotes(text, nested=nested)
    return sorted(doubles + find_single_quotes(text, doubles), key=lambda s: s.start)


def quoted_words(par: str, span: MarkedSpan) -> tuple[int, int]:
    """The quoted words of ``span`` as ``[start, end)`` in ``par``: without the spaces or "…"
    that open it, nor the spaces and the "," ";" ":" that close it ('"We will," she said')."""
    a, b = span.start, span.end
    while a < b and (par[a].isspace() or par[a] in "…"):
        a += 1
    while b > a and (par[b - 1].isspace() or par[b - 1] in ",;:"):
        b -= 1
    return a, b
