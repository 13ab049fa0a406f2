"""Fixed-form quantities and the phrase around a number, for the scanner in ``quantities.py``.

Dates, times, ordinals, "thousands of", "two-thirds", "3 out of 4" have shapes of their own;
they are matched first so their digits are never read again as plain counts. The helpers at
the end read the hedge before any number ("nearly", "more than"); the counted noun phrase
after it ("296 Ukrainian drones") is read by ``what_phrase``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from . import numbers as n
from .what_phrase import read_what


def starting_with(first: str, pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` behind a lookahead for how a match can start (its first characters,
    and the word boundary when every alternative begins with one).

    Why: these patterns are long alternations tried at every position of a sentence; a
    one-character class rejects most positions at once. The class must admit every possible
    first character (it is a necessary condition), so the matches are exactly the same."""
    return re.compile(rf"(?={first})(?:{pattern})")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity with everything the evaluation needs beyond ``Figure`` (range end, change)."""

    start: int
    end: int
    value: float
    high: float | None = None
    unit: str | None = None
    norm_unit: str | None = None
    what: str | None = None
    kind: str = "count"
    change: str = "="
    """NewsQuant's comparison: = ~ > < up down."""
    scale: float = 1.0
    """Multiplier of "million", "bn", "thousand"...: a bare range start borrows its end's scale."""
    lead: int = -1
    """Start of the surface text, before "about", "more than"... (``start`` is the number)."""

    @property
    def raw(self) -> float:
        return self.value / self.scale


def with_lead(q: Quantity, lead: int, change: str | None = None, value: float | None = None) -> Quantity:
    """``dataclasses.replace(q, lead=lead, …)`` with the fields written out: ``replace`` walks
    the fields generically (~150 Python opcodes a call), and the scan makes ~1,600 such copies a
    94-page round. The field order is pinned below, so a new field cannot be dropped silently."""
    return Quantity(
        q.start, q.end, q.value if value is None else value, q.high, q.unit, q.norm_unit, q.what, q.kind,
        q.change if change is None else change, q.scale, lead,
    )  # fmt: skip


assert [f.name for f in fields(Quantity)] == [
    "start", "end", "value", "high", "unit", "norm_unit", "what", "kind", "change", "scale", "lead"
], "with_lead writes Quantity's fields in this order"  # fmt: skip


Spans = list[tuple[int, int]]

_MONTH = rf"(?:{n.MONTHS})"
_DATE = starting_with(
    r"[\dJFMASOND'’]",
    rf"\b{_MONTH}[ ](?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:[-–]\d{{1,2}})?\b(?:,?[ ](?P<y1>\d{{4}})\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ ](?:of[ ])?{_MONTH}(?:,?[ ](?P<y2>\d{{4}})\b)?"
    rf"|\b{_MONTH}[ ](?:of[ ])?(?P<y3>\d{{4}})\b"
    r"|\b(?P<y4>\d{4})-\d{2}-\d{2}(?:T[\d:.]+Z?)?"
    r"|\b(?P<y7>\d{4})/\d{1,2}/\d{1,2}\b|\b\d{1,2}(?P<sep>[/.])\d{1,2}(?P=sep)(?P<y8>\d{4}|\d{2})\b(?![.,]\d)"
    r"|(?<!\w)['’](?P<y9>\d{2})\b(?!['’]?s\b)"
    r"|(?:\b|['’])(?P<y5>\d{2}|1[5-9]\d{2}|20\d{2})['’′]?s\b"
    r"|\b(?P<y6>(?:1[89]|20)\d{2})[-–/](?:\d{2}|(?:1[89]|20)\d{2})\b(?![-–]?\d)",
)
_STREET = r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place"
_MASK = starting_with(
    r"[\d(+]",
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp]\.?[Mm]\.?)?|\b\d{1,2}[ ]?(?:[ap]\.m\.|[AaPp][Mm]\b)"
    r"|\(?\b\d{3}\)?[-. ]\d{3}[-.]\d{4}\b|\+\d{1,3}[ -]\d[\d -]{6,}\d"
    rf"|\b\d+(?:[-–]\d+)?(?:[ ][A-Z][a-z]+){{1,3}}[ ](?:{_STREET})\b",
)
"""Times of day, phone numbers and street addresses: never quantities, never reported."""
_AGE = re.compile(r"[A-Z][a-z]+,[ ](\d{1,3}),[ ]")
"""The age apposition of a name ("Jamie Armstrong, 25, said"): not a figure of the story."""
_RANK = starting_with(
    r"\b(?:\d|(?i:[fsten]))",
    r"\b(?:No\.|[Nn]umber)[ ]?(?P<no>\d+|one)\b|\b(?P<ord>\d+)(?:st|nd|rd|th)\b"
    rf"|\b(?P<word>(?i:{'|'.join(n.ORDINALS)}))"
    r"(?=[- ](?:largest|biggest|highest|lowest|best|worst|richest|busiest|smallest|most|place)\b)",
)
_VAGUE = starting_with(
    r"\b(?i:[thmb])",
    r"\b(?:(?P<mult>(?i:tens|hundreds))[ ]of[ ])?"
    r"(?P<base>(?i:hundreds|thousands|millions|billions))[ ]of\b",
)
_VAGUE_BASE = {"hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "tens": 10.0}
_DENOMINATOR = r"half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
_FRACTION = starting_with(
    r"\b(?:\d|(?i:[otfsenahz]))",
    rf"\b(?P<num>(?i:one|two|three|four|five|six|seven|eight|nine|a|\d))[ -](?P<den>(?i:{_DENOMINATOR}))\b"
    r"(?:(?<=s)|(?=[ ]of\b))"  # "two-thirds" alone, but "a third" only as "a third of"
    r"|\b(?P<half>(?i:half))(?=[ ]of\b)"
    rf"|\b(?P<p>\d+|(?i:{n.WORD_NUMBER}))[ ](?:out[ ]of|in)[ ](?P<q>\d+|(?i:{n.WORD_NUMBER}))\b",
)

APPROX_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<a>(?i:{n.APPROX_PATTERN}))[ ]?$")
_UP = r"up|rose|rise|rising|risen|gained|gains?|climbed|jumped|increased?|grew|higher|surged|soared|added"
_DOWN = (
    r"down|fell|fall|falling|dropped|drops?|lost|declined?|plummeted|plunged|tumbled|slumped|slid"
    r"|eased|decreased?|lower|shed|sank"
)
_CHANGE_BEFORE = re.compile(
    rf"(?i:\b(?P<up>{_UP})|\b(?P<down>{_DOWN}))(?:[ ](?:by|of|about|nearly|almost|some|around))?[ ]$"
)
_MINUS_BEFORE = re.compile(r"(?i:minus)[ -]$|−$|(?:^|(?<=[\s(]))-$")


def blocked(spans: Spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def with_context(text: str, q: Quantity) -> Quantity:
    """Add the hedge before a number ("more than": text start and change) and "minus"."""
    lead, change, value = q.start, q.change, q.value
    window = text[max(0, q.start - 25) : q.start]
    if (a := APPROX_BEFORE.search(window)) is not None:
        lead = q.start - len(window) + a.start()
        change = n.APPROX[a["a"].lower()]
    elif (c := _CHANGE_BEFORE.search(window)) is not None:
        change = "up" if c["up"] else "down"
    if (minus := _MINUS_BEFORE.search(window)) is not None:
        value = -value
        lead = min(lead, q.start - len(window) + minus.start())
    return with_lead(q, lead, change, value)


def dates_and_masks(text: str, spans: Spans) -> list[Quantity]:
    """Dates (returned, kind "date": value is the year, else the day) and masked spans."""
    out = []
    for m in _DATE.finditer(text):
        year = next(
            (
                g
                for g in (m["y1"], m["y2"], m["y3"], m["y4"], m["y6"], m["y7"], m["y8"], m["y9"])
                if g
            ),
            None,
        )
        value = float(year or m["d1"] or m["d2"] or m["y5"] or 0)
        out.append(Quantity(m.start(), m.end(), value, kind="date", lead=m.start()))
        spans.append(m.span())
    spans.extend(m.span() for m in _MASK.finditer(text))
    spans.extend(m.span(1) for m in _AGE.finditer(text))
    return out


def ranks(text: str, spans: Spans) -> list[Quantity]:
    out = []
    for m in _RANK.finditer(text):
        if not blocked(spans, *m.span()):
            word = (m["no"] or m["ord"] or m["word"]).lower()
            value = float(word) if word.isdigit() else float(n.ORDINALS.get(word, 1))
            out.append(Quantity(m.start(), m.end(), value, kind="rank", lead=m.start()))
            spans.append(m.span())
    return out


def vague_counts(text: str, spans: Spans) -> list[Quantity]:
    """'thousands of tests' -> 1,000..10,000; 'tens of thousands of' -> 10,000..100,000."""
    out = []
    for m in _VAGUE.finditer(text):
        if not blocked(spans, *m.span()):
            low = _VAGUE_BASE[m["base"].lower()] * (
                _VAGUE_BASE[m["mult"].lower()] if m["mult"] else 1
            )
            what, end = read_what(text, m.end(), allow_of=True)
            stop = end if what else m.end() - 3
            out.append(Quantity(m.start(), stop, low, high=low * 10, what=what, lead=m.start()))
            spans.append(m.span())
    return out


def fractions(text: str, spans: Spans) -> list[Quantity]:
    """'two-thirds' 0.667, 'one-fifth of' 0.2, 'half of' 0.5, 'one out of three' 0.333."""
    out = []
    for m in _FRACTION.finditer(text):
        if blocked(spans, *m.span()):
            continue
        if m["half"]:
            value = 0.5
        elif m["den"]:
            top = m["num"].lower()
            numerator = 1 if top in ("a", "one") else n.SMALL.get(top) or float(top)
            value = numerator / n.FRACTIONS[m["den"].lower()]
        else:
            p, q = (float(x) if x.isdigit() else n.parse_words(x) for x in (m["p"], m["q"]))
            if not 0 < p < q or (" in " in m.group() and q > 1000):
                continue  # "1 in 5" yes, "3 in 2022" no
            value = p / q
        what, end = read_what(text, m.end(), allow_of=True)
        frac = Quantity(m.start(), end if what else m.end(), value, what=what, kind="fraction")
        out.append(with_context(text, frac))
        spans.append(m.span())
    return out
