"""Quantity scanner: every number in a sentence, with its unit, scale, range and what it counts.

Why rules and no model: news numbers follow a small set of written conventions ("$1.2 billion",
"12 per cent", "five ballistic missiles"), a regex pass per sentence costs microseconds, and the
briefing budget is a fraction of the page-extraction time. The scan works in three passes:
1. fixed forms (``quantity_forms``): dates (kept, kind "date"), ordinals, "thousands of",
   fractions; times, phone numbers, street addresses and ages are masked;
2. cores: digits / number words / "a million", then scale, currency, unit, "per ..." and the
   counted noun phrase read forward; identifiers ("F-16", "Game 7", "S&P 500") are dropped and
   bare years become dates;
3. ranges: "10-20", "from $5 to $7", "between 4% and 5%", "three or four years" become one
   quantity with ``value`` .. ``high``; scores ("9-2") are dropped.
Sentences without a digit or a number word (most of them) return after one cheap check.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from . import numbers as n
from .quantity_forms import (
    APPROX_BEFORE,
    Quantity,
    blocked,
    dates_and_masks,
    fractions,
    ranks,
    starting_with,
    vague_counts,
    with_context,
    with_lead,
)
from .what_phrase import head_word, is_plural, read_what

__all__ = ["Quantity", "scan_quantities"]

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\d.])\.\d+"
_CORE = starting_with(
    # currency symbols and codes, digits or a leading "."; number words and "a"/"an" at a word start
    r"[\d.$£€¥₹₽₴AHCNSRYPUEGJ]|\b(?i:[zotfsena])",
    rf"(?:(?P<cur>{n.CURRENCY_PREFIX})[ ]?)?(?:(?P<dig>{_DIGITS})"
    rf"|(?P<words>\b(?i:{n.WORD_NUMBER})\b(?:(?:[ -]|[ ]and[ ])(?i:{n.WORD_NUMBER}|{n.BIG_ALT}|dozen)\b)*)"
    rf"|(?P<a>\b(?i:a|an)(?=[ ](?i:{n.BIG_ALT}|dozen)\b)))",
)
_SCALE_WORDS = re.compile(rf"(?:[ -]*(?i:{n.BIG_ALT}|dozen)\b)+")
_SCALE_ABBR = re.compile(r"[ ]?(?:bn|mn|mln|tn|trn)\b|(?:k|m|M|b|B)(?![A-Za-z²])")
_UNIT = re.compile(rf"(?P<gap>[ ]?[-–]?[ ]?)(?:{n.UNIT_PATTERN})(?![A-Za-z])")
_CURRENCY_AFTER = re.compile(
    rf"(?P<sym>{n.CURRENCY_SUFFIX})|[ ](?:(?:[A-Z][a-z]+|U\.S\.|US|Hong Kong|New Zealand)[ ])?(?P<word>(?i:{n.CURRENCY_WORDS}))\b"
)
_US_TAIL = re.compile(r"[ ](?:U\.S\.|US)(?![A-Za-z])")
_PER = re.compile(
    r"[ ]?(?:per|an?|/|a-)[ ]?(?P<per>year|month|week|day|hour|minute|second|ounce|gram|barrel|share|"
    r"person|head|capita|annum|night|kilo|kg|sq m|square metre|square foot|sq ft|century)\b",
    re.I,
)
_PER_NAMES = {
    "sq m": "square metre",
    "sq ft": "square foot",
    "kg": "kilogram",
    "kilo": "kilogram",
    "annum": "year",
}
_INDEXES = frozenset(
    "s&p sp ftse nasdaq dow asx dax cac nikkei fortune russell stoxx hang ta".split()
)
# Capitalised words that are not names: a number after them is a quantity, not an identifier.
_PLAIN_CAPS = (
    frozenset(
        """the a an in on at by for from of with about over some nearly almost only just all and but or
    to than around roughly approximately under below above up down total since after before during
    until were was are is has had have says said top least last next its their his her our your my
    these those this that another every each per exactly more less fewer at estimated another
    while when where as if so yet both then there here it we they he she i you""".split()
    )
    | n.WEEKDAYS
)
_HYPHEN_OK = frozenset(
    "minus sub now over under about around nearly some almost roughly top".split()
)
_ONE_SKIP = re.compile(r"(?i:each|no|any|every|the|this|that|which|only|someone|anyone)[ ]$")


#: Compiled once: the code below passed these to ``re.search`` & co. as strings, which costs a
#: lookup in the module's pattern cache per call (thousands of calls a 94-page round).
_PREV_WORD = re.compile(r"([A-Za-z&][\w&.]*)[ ]?$")
_LETTER_SPACED_DASH_END = re.compile(r"[A-Za-z][ ]-$")
_LETTER_END = re.compile(r"[A-Za-z]$")
_LETTER_DASH_OR_DOT_END = re.compile(r"[A-Za-z][-.]$")
_WORD_DASH_END = re.compile(r"([A-Za-z]+)[-]$")
_WORD_STOP_END = re.compile(r"[a-z]{2}[.!?]$")
_SPACE_OR_DASH = re.compile(r"[ -]")
_LETTERS = re.compile(r"[A-Za-z]+")
_METRE_WORD = re.compile(r"m[ ][a-z]")
_LETTER = re.compile(r"[A-Za-z]")
_BETWEEN_END = re.compile(r"(?i:between)[ ]$")


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text[max(0, start - 25) : start])
    return m.group(1) if m else ""


def _is_identifier(text: str, start: int, core: re.Match[str]) -> bool:
    """'F-16', 'G7', 'COVID-19', 'Game 7', 'S&P 500', 'iPhone 12': names, not quantities."""
    before = text[max(0, start - 12) : start]
    if _LETTER_SPACED_DASH_END.search(before):
        return True
    if _LETTER_END.search(before) or _LETTER_DASH_OR_DOT_END.search(before):
        word = _WORD_DASH_END.search(before)
        return not (word and word.group(1).lower() in _HYPHEN_OK)
    if core["dig"] is None or "," in core["dig"] or "." in core["dig"]:
        return False
    prev = _prev_word(text, start)
    if not prev or prev.lower().rstrip(".") in _INDEXES:
        return bool(prev)
    if prev.lower() in _PLAIN_CAPS or not any(c.isupper() for c in prev):
        return False
    idx = start - len(before) + before.rfind(prev)
    head = text[:idx].rstrip()
    return (
        bool(head)
        and not head.endswith((":", '"', "“", "—", "-"))
        and not _WORD_STOP_END.search(head)
    )


def _capitalised_inside(text: str, m: re.Match[str]) -> bool:
    head = text[: m.start()].rstrip()
    return (
        m["words"][0].isupper()
        and bool(head)
        and not head.endswith((":", '"', "“", "(", "—", "-", "."))
    )


def _core_value(text: str, m: re.Match[str]) -> float:
    if m["dig"] is not None:
        return n.parse_digits(m["dig"])
    if m["words"] is not None:
        return n.parse_words(m["words"])
    return 1.0


def _scan_core(text: str, m: re.Match[str]) -> Quantity | None:
    start, pos = m.start(), m.end()
    value = _core_value(text, m)
    if not math.isfinite(value):
        return None
    scale = 1.0
    cur = m["cur"]
    if m["words"] is not None:
        last = _SPACE_OR_DASH.split(m["words"].lower())[-1]
        scale = 12.0 if last == "dozen" else n.BIG.get(last, 1.0)
        if (
            value == 1
            and scale == 1
            and (_ONE_SKIP.search(text[:start]) or text.startswith(" another", pos))
        ):
            return None  # "each one", "no one": a pronoun, not a count
    if (sw := _SCALE_WORDS.match(text, pos)) is not None:
        for word in _LETTERS.findall(sw.group()):
            factor = 12.0 if word.lower() == "dozen" else n.BIG[word.lower()]
            value, scale = value * factor, scale * factor
        pos = sw.end()
    elif m["dig"] is not None and (sa := _SCALE_ABBR.match(text, pos)) is not None:
        abbr = sa.group().strip()
        metre = (
            abbr == "m"
            and not cur
            and (not _METRE_WORD.match(text[pos:]) or "." not in m["dig"])
        )
        if not metre:
            scale = n.SCALE_ABBR[abbr.lower()]
            value, pos = value * scale, sa.end()
    elif m["a"] is not None:
        return None
    unit: str | None = None
    norm: str | None = None
    kind = "count"
    if cur:
        unit, kind = n.currency_unit(cur), "money"
        norm = n.currency_name(unit)
        if tail := _US_TAIL.match(text, pos):
            pos = tail.end()
    elif (ca := _CURRENCY_AFTER.match(text, pos)) is not None:
        unit = ca["sym"] or ca["word"]
        norm, kind, pos = n.currency_name(unit), "money", ca.end()
    elif (um := _UNIT.match(text, pos)) is not None and um.lastgroup:
        token = um.group(um.lastgroup)
        glued = not um["gap"]
        if glued or token not in n.GLUED_ONLY_UNITS:
            unit, (norm, kind) = token, n.UNIT_INFO[um.lastgroup]
            pos = um.end()
    if unit and (per := _PER.match(text, pos)) is not None:
        unit += " " + per.group().strip()
        norm = f"{norm} per {_PER_NAMES.get(per['per'].lower(), per['per'].lower())}"
        pos = per.end()
    if unit is None and scale == 1 and _LETTER.match(text[pos : pos + 1]):
        return None  # "4SI3NNA", "3D": part of a code or name
    what = None
    if kind in ("count", "percent"):
        what, wend = read_what(text, pos, allow_of=kind == "percent")
        if what and all(w[0].isupper() for w in what.split()) and not what.endswith("s"):
            what = None  # "15 Industrial Avenue", "2019 Rich List": names, not counted nouns
        if what:
            pos = wend
    return Quantity(start, pos, value, unit=unit, norm_unit=norm, what=what, kind=kind, scale=scale)


_DIGIT = re.compile(r"\d")
_LIST_NUMBER = re.compile(r"\W*\d{1,3}[.)]?\W*")
_NUMBER_WORDS = frozenset(n.SMALL) | frozenset(n.BIG) | frozenset(n.FRACTIONS) | frozenset(n.ORDINALS) | {
    "dozen", "hundreds", "thousands", "millions", "billions", "no", "number",
}  # fmt: skip
_NUMBER_WORD = re.compile(
    rf"(?<![a-z])(?:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))})(?![a-z])"
)
"""A whole ``[a-z]+`` run of the lower-cased text that is a number word: one regex search
instead of listing every word of the sentence."""
_RANGE_GAP = re.compile(r"[ ]?(?P<sep>-|–|—|to|and|or|up to|through)[ ]?", re.I)
_RANGE_NEXT = re.compile(r"[ ]?[-–][ ]?\d|[ ]to[ ]\d")
_RANGE_OPENER = re.compile(r"\b(?i:between|from)[ ]$")
_YEAR_CONTEXT = re.compile(
    r"(?i:in|since|by|from|until|of|during|before|after|early|late|mid|end|year|season|the)[ -]$"
)


def _is_year(text: str, m: re.Match[str], q: Quantity) -> bool:
    dig = m["dig"]
    if dig is None or m["cur"] or len(dig) != 4 or not dig.isdigit() or q.unit or q.scale != 1:
        return False
    if not 1800 <= int(dig) <= 2199 or _RANGE_NEXT.match(text, q.end):
        return False
    if APPROX_BEFORE.search(text[max(0, q.start - 25) : q.start]):
        return False
    if q.what is None or not is_plural(head_word(q.what)):
        return True  # "in 2016.", "his 1968 bloodless coup"
    return bool(_YEAR_CONTEXT.search(text[max(0, q.start - 8) : q.start]))


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Pair neighbours written as one range; a number used in a range is not also kept alone."""
    used: set[int] = set()
    merged: list[Quantity] = []
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
        if gap is None or a.kind in ("date", "rank") or b.kind in ("date", "rank") or a.what:
            continue
        sep = gap["sep"].lower()
        if sep == "and" and not _BETWEEN_END.search(text[max(0, a.lead - 9) : a.lead]):
            continue
        if sep == "or" and not (a.unit is None and a.scale == 1 and a.value < b.value <= 100):
            continue
        if sep in "-–—" and not (a.unit or b.unit) and a.value >= b.value == int(b.value):
            used.update((i, i + 1))  # a score, "9-2": not a quantity
            continue
        if a.unit and (b.unit is None or a.norm_unit != b.norm_unit) and a.kind != "money":
            continue
        low = a.raw * b.scale if a.scale == 1 and b.scale > 1 and a.raw <= b.raw else a.value
        opener = _RANGE_OPENER.search(text, 0, a.lead)
        merged.append(
            replace(b, start=a.start, lead=opener.start() if opener else a.lead, value=low, high=b.value, unit=b.unit or a.unit,
                    norm_unit=b.norm_unit or a.norm_unit, kind=b.kind if b.unit else a.kind, change=a.change)
        )  # fmt: skip
        used.update((i, i + 1))
    return [q for i, q in enumerate(qs) if i not in used] + merged


def _may_hold_numbers(text: str) -> tuple[bool, bool]:
    """(has digits, has number words): most news sentences have neither, and this costs ~5 µs."""
    has_digit = _DIGIT.search(text) is not None
    return has_digit, _NUMBER_WORD.search(text.lower()) is not None


def scan_quantities(text: str) -> list[Quantity]:
    """All quantities of one sentence in text order (dates and ranks included, by kind)."""
    has_digit = _DIGIT.search(text) is not None
    # as _may_hold_numbers, but number words are looked for only when there is no digit
    if not (has_digit or _NUMBER_WORD.search(text.lower())) or _LIST_NUMBER.fullmatch(text):
        return []
    spans: list[tuple[int, int]] = []
    found: list[Quantity] = []
    if has_digit:
        found = dates_and_masks(text, spans)
    found += ranks(text, spans)
    found += vague_counts(text, spans)
    found += fractions(text, spans)
    cores: list[Quantity] = []
    names_end: set[int] = set()
    for m in _CORE.finditer(text):
        if blocked(spans, *m.span()):
            continue
        if m.start() - 1 in names_end and text[m.start() - 1] == "-":
            names_end.add(m.end())  # "ISO 3888-2": the tail of an identifier
            continue
        q = _scan_core(text, m)
        if q is None:
            continue
        if (
            not m["cur"]
            and q.scale == 1
            and (q.unit is None or q.unit in n.GLUED_ONLY_UNITS)
            and _is_identifier(text, m.start(), m)
        ):
            names_end.add(m.end())
            continue
        if m["words"] and (
            _capitalised_inside(text, m) or (q.unit is None and text.startswith("-", m.end()))
        ):
            continue  # "Apple One", "Formula One"; "six-speed", "four-cylinder": names and modifiers
        if _is_year(text, m, q):
            found.append(Quantity(m.start(), m.end(), q.value, kind="date", lead=m.start()))
            continue
        cores.append(with_context(text, q))
    found.extend(_merge_ranges(text, cores))
    found.sort(key=lambda q: q.start)
    return [q if q.lead >= 0 else with_lead(q, q.start) for q in found]
