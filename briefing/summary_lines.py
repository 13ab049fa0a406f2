"""Why a sentence cannot stand as a line of the summary: structural reasons that hold on any
news text, whatever the article is about.

Why rules and not weights: the summary is Lead-n (the first n body sentences; news is written
as an inverted pyramid) and departs from a lead sentence only for one of the reasons below.
A content score that re-ranked every sentence beat Lead-3 on the dev sample it was tuned on
and was level with it on held-back CNN/DailyMail articles; a lead sentence that is a photo
caption, a quote, a question or page furniture is a poor summary line on any article.

Each reason is one small predicate, tested on hand-written sentences
(``tests/briefing/test_summary_lines.py``). No sentence is ever trimmed: a summary line is a
whole sentence of the text or not there at all.
"""

from __future__ import annotations

import re

from .boilerplate import is_furniture
from .quote_marks import find_marked_spans

SHORT_WORDS = 8
"""A sentence of fewer words leans on its neighbours ("He was 88.", "No wonder.") or is a
teaser ("Forget learning ABCs."); the summary's long-standing length floor, not re-tuned."""
QUOTE_TAIL_WORDS = 5
"""'"…," the minister said on Tuesday' still counts as quote-only."""

#: Furniture that also turns up *inside* a paragraph ("Scroll down for video Tuning out: …"),
#: where the whole-block recognisers of ``boilerplate`` cannot see it. The lookahead only lists
#: the possible first characters: the scanner rejects most positions at once.
_BOILERPLATE = re.compile(
    r"\b(?=[acdfnprstw])(click here|scroll down|read more|sign up|subscribe|newsletter|all rights reserved|"
    r"copyright|follow us|share this|advertisement|cookies?|terms of (use|service)|"
    r"privacy policy|related articles?|watch the video|download the app)\b",
    re.IGNORECASE,
)
#: Words that point at a photo: "(pictured)", "Smith, left, and Jones", "Photo: Reuters",
#: "pictured in this 2012 mugshot", "seen in this undated handout image". "pictured himself"
#: (imagined) is not a photo, nor is a sentence about "the images" of an exhibition. The
#: lookahead lists the possible first characters, as in ``_BOILERPLATE`` (~4x faster).
_CAPTION = re.compile(
    r"(?=[(,pig])(?:\((?:pictured|left|right|centre|center|above|below|top|bottom|inset|file(?: photo)?)\)"
    r"|,\s(?:left|right|centre|center|pictured|above|below|inset),"
    r"|\bpictured\b(?!\s+(?:him|her|them|my|your|our|it)sel(?:f|ves)\b)"
    r"|\b(?:photo(?:graph)?|picture|image)s?\s*(?:credit|copyright)?\s*:"
    r"|\b(?:photo(?:graph)?|picture)\s+by\b|\bgetty images\b"
    r"|\bin\s+this\s+(?:undated\s+|file\s+|handout\s+)*(?:photo(?:graph)?|picture|image|still)\b)",
    re.IGNORECASE,
)
_QUOTE_CHARS = "\"“”‘’'«»„"
_WORDS = re.compile(r"\w+", re.UNICODE)
_OPENERS = "\"'“‘«„([¡¿"
_CLOSERS = "\"'”’»)]"
#: Full stops of the scripts the briefing reads (Latin, CJK, Devanagari, Arabic, Urdu).
_TERMINAL = (".", "!", "?", "。", "！", "？", "।", "؟", "۔")
#: Thai, kana and CJK: written without spaces, so a word count says nothing about length.
_NO_SPACES_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u9fff\uf900-\ufaff]")


def unfit_reason(text: str) -> str | None:
    """Why ``text`` cannot be a summary line, or ``None`` when it can. The first reason that
    applies is returned, so the answer is one short phrase a test (or a person) can check."""
    stripped = text.strip()
    if not stripped:
        return "empty"
    if is_furniture(stripped) or _BOILERPLATE.search(stripped):
        return "page furniture"
    if _CAPTION.search(stripped):
        return "photo caption"
    if quote_only(stripped):
        return "quote"
    if is_question(stripped):
        return "question"
    if is_fragment(stripped):
        return "fragment"
    if is_too_short(stripped):
        return "too short"
    return None


def quote_only(text: str) -> bool:
    """A sentence that is (almost) all direct quote: at most a short "X said" outside the marks,
    or a quote opened here and closed in a later sentence. Quotes belong to the quote section;
    a summary line says what happened in the writer's words."""
    stripped = text.strip()
    if not stripped:
        return False
    spans = find_marked_spans(stripped)
    if not spans:
        return stripped[0] in _QUOTE_CHARS
    inside = sum(len(_WORDS.findall(stripped[s.start : s.end])) for s in spans)
    outside_parts, last = [], 0
    for span in spans:
        outside_parts.append(stripped[last : span.mark_start])
        last = max(last, span.mark_end)
    outside_parts.append(stripped[last:])
    outside = len(_WORDS.findall(" ".join(outside_parts)))
    return outside <= QUOTE_TAIL_WORDS or inside > 2 * outside


def is_question(text: str) -> bool:
    """A question (rhetorical openers, "So what happens next?") asks; a summary line tells."""
    return text.rstrip().rstrip(_CLOSERS).endswith(("?", "？", "؟"))


def is_fragment(text: str) -> bool:
    """Not a whole sentence: it starts in lower case (the rest of a broken paragraph; a brand
    like "iPhone" or "eBay" is not), it lacks a full stop (captions, labels, a lead-in ending
    in a colon), or it trails off in an ellipsis (teasers: "Here is what happened...")."""
    body = text.strip().lstrip(_OPENERS)
    first_word = body.split(maxsplit=1)[0] if body else ""
    if first_word[:1].islower() and not any(c.isupper() for c in first_word[1:]):
        return True
    end = text.rstrip().rstrip(_CLOSERS)
    return end.endswith(("...", "…")) or not end.endswith(_TERMINAL)


def is_too_short(text: str) -> bool:
    """Fewer than ``SHORT_WORDS`` words, in scripts that separate words with spaces."""
    if _NO_SPACES_SCRIPT.search(text):
        return False
    return len(_WORDS.findall(text)) < SHORT_WORDS
