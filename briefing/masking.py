"""The paragraph as attribution reads it: quoted words blanked, abbreviation periods protected.

Attribution rules split on punctuation ("said X, the minister." ends at the comma or period), so
two things in a paragraph would mislead them, and are rewritten here *keeping every offset*:

* the words inside quote marks are replaced by ``·`` (verbs and names inside a quote are never
  the attribution; punctuation stays, so a quote ending in "." still ends a sentence);
* the period of a title or an initial ("Sen.", "Lt. Col.", "J. R. Smith", "T.J.", "Jr.", "No. 2") becomes
  ``ABBREVIATION_DOT``, which no rule reads as a sentence end; ``restore`` turns it back;
* party-state tags ("(D-Ore.)", ", R-Alaska,", "(D)", "(Tex.)") and "(ret.)" are blanked: they sit
  between a name and its verb and are not part of the name; so is a dateline ("DECATUR, Ill. —")
  and a live blog's time stamp ("10:42 a.m.:", "UPDATE, 3:45 p.m. —") or an explainer's signpost
  ("Why it matters:", "Yes, but:").
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from .quote_marks import MarkedSpan
from .sentences import SENTENCE_OPENERS, TITLE_ABBREVIATIONS
from .wordlists import is_place

ABBREVIATION_DOT = "\u2024"
_ALNUM = re.compile(r"[^\W_]")
#: A US state as news style abbreviates it in a tag after a name ("Sen. Ted Cruz (Tex.)", "Maricopa
#: County (Ariz.) Sheriff"): the Washington Post writes the state without the party.
STATE_ABBREVIATION = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah"
)
_STATE_ABBREVIATED = re.compile(STATE_ABBREVIATION)


def is_abbreviated_state(word: str) -> bool:
    """``word`` is a US state as news style abbreviates it, without the period the name reader
    cuts off ("Mich", "Tex", "N.H"): the last part of an address ("in Flint, Mich., asked"), which
    reads like a one-word name."""
    return _STATE_ABBREVIATED.fullmatch(word + ".") is not None


#: "(D-Ore.)", "(R-Texas)", "(I-Vt.)", "(D-N.Y.)", "(R-WI)", "(Tex.)"; AP style ", R-Alaska," (or ", R-Alaska:"
#: before a round-up's quote) and "(ret.)".
#: The lookahead lists the possible first characters: most positions are rejected at once.
_PARTY_TAG = re.compile(
    r"(?=[\s(,])(?:\s?\((?:D|R|I|Ind|Dem|Rep|GOP)[-–]\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)"
    r"|,\s(?:D|R|I)-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]*)?(?=[,:])"
    rf"|\s?\(ret\.?\)|\s\((?:D|R|I)\)|\s\((?:{STATE_ABBREVIATION})\))"
)
#: A dateline opening a paragraph: "DECATUR, Ill. —", "CHICAGO/NEW YORK (Reuters) -", "MEXICO CITY, Feb. 8 (UPI) —", "WASHINGTON (AP) —",
#: "Denver (Reuters) -" (a place in title case only before a wire agency's name),
#: "WASHINGTON (Aug. 13) --", and dashes glued to the sentence's first word ("NEW YORK--Verizon is …"): the
#: city is never the subject of the sentence after it; nor is the agency of a wire story with no city
#: ("(Reuters) - The party said …", "(AP) —").
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’/-]+(?:\s+[A-Z][A-Z.'’/-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
    r"(?:\s*\([A-Za-z .]+(?:\s\d{1,2})?\))?|\([A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?\)"
    # a place written in title case before a wire agency's name: "Denver (Reuters) -", "New York, June 4 (AP) —"
    r"|[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,2}(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?\s*\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|Bloomberg|CNN|IANS|PTI)\))"
    r"\s*(?:[—–-]+\s|(?:--|[—–])(?=[A-Z][a-z]))"
)
#: A place in title case before a dash opening a paragraph, with no wire agency ("Beirut - Ali,
#: owner of a bakery, …", "Kyiv — The council said"): a dateline when the words are a country, a
#: state or a capital we know (``wordlists.is_place``); else it may be a name labelling the
#: paragraph ("Lewis - Great post"), which stays.
_TITLE_DATELINE = re.compile(
    r"^\s*([A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,2})(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
    r"\s*(?:[—–-]+\s|(?:--|[—–])(?=[A-Z][a-z]))(?=\S)"
)
#: A live blog's time stamp opening an entry, perhaps after "UPDATE": "10:42 a.m.:", "UPDATE, 3:45
#: p.m. —", "Update (4:10 p.m. ET):", "14:05 -". Like a dateline it says when, not who: the entry's
#: sentence starts after it ("4:10 p.m.: Weller: “…”" is Weller's label, "11:05 a.m.: The governor
#: said …" the governor's sentence).
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M)(?:\s+[A-Z]{1,2}T)?|\d{1,2}:\d{2}(?:\s+[A-Z]{1,2}T)?"
_LIVE_STAMP = re.compile(
    rf"^\s*(?:(?:UPDATED?|Updated?)(?:\s*,\s*|\s+)(?:\(\s*(?:{_TIME})\s*\)|(?:{_TIME}))|(?:{_TIME})(?:\s+(?:UPDATED?|Updated?))?)"
    r"\s*(?::|[—–]|--?(?=\s))\s"
)
#: The signposts of explainer formats opening a paragraph ("Why it matters:", "What they're
#: saying:", "Driving the news:", "Yes, but:"): like a time stamp, they say what the paragraph is
#: for, not who speaks, and the sentence after them has its own subject ("Yes, but: Critics say it
#: “…”" is the critics', not "Yes"'s).
_SIGNPOSTS = (
    r"why it matters|what they(?:'|’)re saying|what (?:he|she|they) said|driving the news|the big picture|"
    r"big picture|yes,? but|between the lines|flashback|go deeper|(?:the )?bottom line|zoom (?:in|out)|"
    r"reality check|what(?:'|’)s next|what to watch|what we(?:'|’)re watching|state of play|by the numbers|"
    r"the backstory|be smart|our thought bubble|worth noting|of note|the latest|catch up quick|the intrigue|"
    r"the other side|the flip side|the fine print|what(?:'|’)s new|what happened|details|context|background|"
    r"(?:photo|image|slide|picture)\s+\d+\s+of\s+\d+"  # a slideshow's caption: "Photo 3 of 12:"
)
_SIGNPOST = re.compile(rf"^\s*(?:{_SIGNPOSTS})\s*:\s+(?=[A-Z“\"‘'])", re.IGNORECASE)
#: A period after a title abbreviation, an initial, "Jr."/"Sr.", or inside "T.J."/"U.S.".
_DOT = re.compile(r"(?<!\w)([A-Za-z]{1,5})\.(?=(\s*)(\S?))")


#: "No." before a number: a number sign, no sentence end ("the U.S. No. 2 wireless carrier").
_NUMBER_SIGN = re.compile(r"\s*No\.\s*\d")


def _protect(text: str) -> str:
    # the periods to protect, put in at the end: most paragraphs have none or a few, and a list of
    # every character, joined again, cost ~2 µs a paragraph
    dots: list[int] = []
    for m in _DOT.finditer(text):
        word, space, after = m.group(1), m.group(2), m.group(3)
        lower = word.lower()
        dot = m.end(1)
        if not space and after[:1].isalpha() and len(word) == 1:
            dots.append(dot)  # "T.J.", "U.S." (inner periods)
        elif lower in TITLE_ABBREVIATIONS and (after[:1].isupper() or text.startswith(("-elect", "-designate"), dot + 1)):
            dots.append(dot)  # "Sen. Ron", "Lt. Col.", "Gov.-elect Mara Finn"
        elif len(word) == 1 and word.isupper() and after[:1].isupper():
            following = re.match(r"\s*([\w’'-]+)", text[dot + 1 :])
            if following is None or following.group(1).lower() not in SENTENCE_OPENERS or _NUMBER_SIGN.match(text, dot + 1):
                dots.append(dot)  # "J. R. Smith", "George W. Bush", "the U.S. No. 2 carrier"
        elif lower in {"no", "nos"} and space and after[:1].isdigit():
            dots.append(dot)  # "the No. 2 carrier", "No. 10 Downing Street": a number sign
        elif lower in {"jr", "sr"} and (after[:1].islower() or after[:1] in ",)" or text.startswith(("’s", "'s"), dot + 1)):
            dots.append(dot)  # "Robert Hayes Jr. said", "Donald Trump Jr.’s reply"
        elif len(word) == 1 and (after[:1] in {",", ")"} or after.islower()) and text[m.start() - 1 : m.start()] == ".":
            dots.append(dot)  # the last period of "U.S.," / "N.C.," / "U.S. law", never a sentence end
    if not dots:
        return text
    pieces, at = [], 0
    for dot in dots:  # in text order, each once (one per match)
        pieces += [text[at:dot], ABBREVIATION_DOT]
        at = dot + 1
    return "".join([*pieces, text[at:]])


#: The blank ``blank_quoted`` puts for each letter and digit of a quote: never shown to a reader.
MASK = "·"
#: The ASCII letters and digits, each to the blank ``blank_quoted`` puts for it.
_ASCII_ALNUM_BLANKED = str.maketrans(dict.fromkeys(string.ascii_letters + string.digits, MASK))


def _blanked(text: str) -> str:
    """``_ALNUM.sub("·", text)``: the ASCII letters and digits by ``str.translate`` (~4x faster on
    the quotes of the dev pages), then any other letter or digit by the pattern (``·`` is none)."""
    out = text.translate(_ASCII_ALNUM_BLANKED)
    return out if text.isascii() else _ALNUM.sub("·", out)


def blank_quoted(par: str, spans: Sequence[MarkedSpan]) -> str:
    """``par`` with the letters and digits inside ``spans`` replaced by ``·`` (same offsets)."""
    parts, at = [], 0
    for sp in spans:
        parts += [par[at : sp.start], _blanked(par[sp.start : sp.end])]
        at = sp.end
    return "".join([*parts, par[at:]])


def dateline_length(par: str) -> int:
    """How many characters of ``par`` a dateline opening it takes ("NEW YORK (Reuters) - "), else 0:
    the dateline's capitals are how it is known, so readers that re-case text leave it."""
    match = _DATELINE.match(par) or _title_dateline(par)
    return match.end() if match is not None else 0


def _title_dateline(par: str) -> re.Match[str] | None:
    """A dateline in title case opening ``par`` ("Beirut - "), when its words are a place."""
    if not par[:1].isupper() and not par[:1].isspace():
        return None
    match = _TITLE_DATELINE.match(par)
    return match if match is not None and is_place(match.group(1)) else None


def mask_paragraph(par: str, spans: Sequence[MarkedSpan]) -> str:
    """``par`` with quoted words blanked, abbreviation periods protected and party tags blanked."""
    masked = blank_quoted(par, spans)
    if "(" in masked or "-" in masked:  # (each party tag has one: most paragraphs have neither)
        masked = _PARTY_TAG.sub(lambda m: " " * len(m.group()), masked)
    dateline = _DATELINE.match(masked) or _title_dateline(masked)
    if dateline is not None:
        masked = " " * dateline.end() + masked[dateline.end() :]
    masked = _LIVE_STAMP.sub(lambda m: " " * len(m.group()), masked, count=1)
    masked = _SIGNPOST.sub(lambda m: " " * len(m.group()), masked, count=1)
    return _protect(masked) if "." in masked else masked


def opens_new_entry(par: str) -> bool:
    """``par`` is a live blog's entry, opening on its time stamp ("3:40 p.m.: “…”"), or an
    explainer's item opening on its signpost ("The big picture: “…”"): a new entry, whose lone
    quote is not the previous entry's speaker's by default as the next paragraph of a story
    would be."""
    return _LIVE_STAMP.match(par) is not None or _SIGNPOST.match(par) is not None


def restore(text: str) -> str:
    """A speaker phrase read from a masked paragraph, with its periods back."""
    return text.replace(ABBREVIATION_DOT, ".")


def as_written(phrase: str, masked: str, original: str, near: int) -> str | None:
    """``phrase``, read from ``masked`` (a paragraph masked by ``mask_paragraph``), as
    ``original`` writes it at the same offsets, or None where ``masked`` has no such phrase.

    A speaker phrase may hold a word in quote marks ('an “Idol” insider tells'), which the mask
    blanks; shown as read it would be the mask's dots, not words. The occurrence nearest to
    ``near`` (the quote) is taken; a description's first letter may have been lowered."""
    pattern = re.compile(f"(?i:{re.escape(phrase[:1])}){re.escape(phrase[1:])}")
    spots = [m for m in pattern.finditer(masked) if MASK not in original[m.start() : m.end()]]
    if not spots:
        return None
    spot = min(spots, key=lambda m: min(abs(m.start() - near), abs(m.end() - near)))
    written = original[spot.start() : spot.end()]
    return phrase[:1] + written[1:] if written[:1].lower() == phrase[:1].lower() else written
