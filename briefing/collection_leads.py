"""The entries of a collection of one person's quotes: "Following is a collection of quotes from
speeches she has delivered: On Taxes: “…” - March 2019 speech. On Trade: “…” - testimony to
Congress".

A fact box or a profile prints one person's words as a list: a lead sentence announces them
("Following is a collection of quotes from Sen. Ann Weller:", "Here are some of his comments:",
"Highlights of her remarks:"), then each entry gives a topic label that names nobody ("On Rates:"),
the quote, and a line saying where the words were said ("- April 2015 speech", "(Reuters
interview)"). No cue stands by any of these quotes, so every other rule leaves them without a
speaker, though the reader knows whose words they all are: the lead names them once.

The lead must name ONE person as the owner of the words: a name (as an entry label names one,
``entry_labels.labelled_person``), a possessive pronoun ("his comments", "of her remarks") or the
pronoun subject of a relative clause ("quotes from speeches he has delivered"). Reactions from
several people ("quotes from lawmakers", "comments from Weller and Reyes"), a document's text
("Following is the text of the statement:") or a lead naming no one ("Key quotes from the speech:")
carry nobody. The run stops at the first gap between two quotes that is more than entry furniture
(a narrative sentence, a label or heading naming another person) or at a quote another rule gave to
someone else.
"""

from __future__ import annotations

import re

from .entry_labels import BULLET, has_verb, labelled_person
from .found_quotes import Found
from .heading_labels import heading_label
from .mention import Mention
from .wordlists import is_common_word

#: The lead announcing one person's words, ending in a colon: "Following is a collection of quotes
#: from …:", "Here are some of his comments:", "Highlights of her remarks:", "Ann Weller's key
#: remarks:". Group "pronoun" is a possessive before the noun, "owner" the phrase after it.
_LEAD = re.compile(
    r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))\s*"
    r"(?:(?:[Ff]ollowing|[Bb]elow|[Hh]ere)\s+(?:is|are)\s+|[Hh]ere[’']s\s+)?"
    r"(?:(?:a|an)\s+(?:collection|selection|sampling|sample|few|number)\s+of\s+|(?:some|a\s+few|several)\s+(?:of\s+)?|the\s+)?"
    r"(?P<pronoun>[Hh]is|[Hh]er\s+)?\s*(?:(?P<named>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s\s+)?"
    r"(?:(?:[Kk]ey|[Nn]otable|[Ss]elect(?:ed)?|[Mm]ain)\s+)?"
    r"(?:[Qq]uotes|[Qq]uotations|[Cc]omments|[Rr]emarks|[Ee]xcerpts|[Hh]ighlights)"
    r"(?:\s+(?:from|of|by)\s+(?P<owner>[^:“”\"\n]{1,160}?))?\s*:\s*$"
)
#: Nouns of the occasions and texts a person's words come from.
_OCCASIONS = (
    r"(?:speech(?:es)?|remarks|testimony|interviews?|statements?|comments|address(?:es)?|writings|posts|"
    r"appearances|lectures|hearings|debates?|rally|rallies|letters?|books?|memoirs?)"
)
#: An owner phrase opening on a possessive pronoun before such a noun: "her remarks", "his recent
#: speeches in 2019" (not "her rivals").
_OWNER_POSSESSIVE = re.compile(rf"(?P<pronoun>his|her)\s+(?:[\w-]+\s+){{0,3}}?{_OCCASIONS}\b")
#: An owner phrase whose relative clause has the speaker as its pronoun subject: "select policy
#: speeches he has delivered since 2015", "interviews she gave".
_OWNER_RELATIVE = re.compile(rf"{_OCCASIONS}\s+(?:that\s+)?(?P<pronoun>he|she)\s")
#: Where an owner's name ends: what the phrase says after it ("from Ann Weller in speeches …").
_AFTER_NAME = re.compile(r"\s+(?:from|in|on|at|since|during|over|to|before)\s|,|[’']s\b")
#: The noun after an owner's possessive: one of the occasions of their words ("Weller’s farewell
#: speech"), not a thing of theirs ("Weller’s plan", "Weller’s budget").
_OCCASION_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{_OCCASIONS}\b")
_PRONOUNS = {"his": "he", "her": "she", "he": "he", "she": "she"}

#: Entry furniture between two quotes of the list (parentheses and brackets removed first): the
#: previous entry's source line after a dash ("- April 2015 speech to the Rotary Club"), then a
#: bullet or a number, then a topic label ("On Rates:", "ON INFLATION:", "1. WELLER ON TAXES").
_ENTRY_GAP = re.compile(
    r"\s*[.,;]?\s*(?:(?:[—–]|--?)\s*(?P<source>[^“”\"]{0,120}?))?"
    rf"\s*(?:{BULLET}\s*)?(?P<label>[A-Z][^:.!?“”\"]{{0,60}}?\s*:?)?\s*"
)
_ASIDES = re.compile(r"\([^()“”\"]{0,200}\)|\[[^\[\]“”\"]{0,200}\]")
#: A source line's date or event, which names no person: "April 2015 speech", "testimony to Congress".
_SOURCE_WORDS = 12


def carry_collection_speakers(body: str, found: list[Found]) -> None:
    """Give the quotes of a one-person collection that no rule attributed the person its lead
    names (a Mention, as the rules give; ``mentioned_at`` says where a pronoun stands)."""
    owner: Mention | None = None
    owner_at = 0
    previous_end = 0
    for f in found:
        mark_start = f.start - f.span.start + f.span.mark_start
        gap = body[previous_end:mark_start]
        previous_end = max(previous_end, f.start - f.span.start + f.span.mark_end)
        if f.continues:
            continue
        lead = _lead_before(gap, f.text, body)
        if lead is not None:
            owner, lead_at = lead
            owner_at = mark_start - len(gap) + lead_at
        elif owner is not None and not _entry_gap(gap, f.text, body, owner):
            owner = None
        if owner is None:
            continue
        if f.mention is None:
            f.mention, f.verb = owner, None
            if owner.kind == "pronoun":
                f.mentioned_at = owner_at
        elif f.mention != owner:
            owner = None  # an entry someone else is named for ends the list


def _lead_before(gap: str, quote: str, body: str) -> tuple[Mention, int] | None:
    """The owner a collection's lead in ``gap`` names, and where the lead stands in it, when only
    entry furniture follows the lead up to the quote."""
    if ":" not in gap:
        return None  # every lead ends on a colon; most gaps between quotes have none
    for line_start in _lead_starts(gap):
        rest = gap[line_start:]
        colon = rest.find(":")
        while colon >= 0:
            match = _LEAD.fullmatch(rest[: colon + 1])
            if match is not None:
                owner = _owner(match, body)
                tail = rest[colon + 1 :]
                if owner is not None and _entry_gap(tail, quote, body, owner):
                    return owner, line_start + (match.start("pronoun") if match.group("pronoun") else 0)
                return None
            colon = rest.find(":", colon + 1)
    return None


def _lead_starts(gap: str) -> list[int]:
    """Where a sentence opens in ``gap``, last first (only the last lead before the list counts)."""
    starts = [0] + [m.end() for m in re.finditer(r"[.!?”\"]\s+|\n+", gap)]
    return sorted({s for s in starts if s < len(gap)}, reverse=True)[:6]


def _owner(match: re.Match[str], body: str) -> Mention | None:
    """The one person a lead's possessive, name or owner phrase names; None for several people or
    a thing."""
    if match.group("pronoun"):
        return Mention("pronoun", _PRONOUNS[match.group("pronoun").strip().lower()])
    if match.group("named"):
        return labelled_person(match.group("named"), body)
    phrase = match.group("owner")
    if not phrase:
        return None
    possessive = _OWNER_POSSESSIVE.match(phrase)
    relative = _OWNER_RELATIVE.search(phrase)
    if possessive is not None or relative is not None:
        return Mention("pronoun", _PRONOUNS[(possessive or relative).group("pronoun")])  # type: ignore[union-attr]
    end = _AFTER_NAME.search(phrase)
    name = phrase[: end.start()] if end is not None else phrase
    if end is not None and end.group().startswith(("’", "'")) and not _OCCASION_AFTER.match(phrase, end.end()):
        return None  # "highlights of Weller’s plan": a document's words, not hers
    if " and " in name or len(name.split()) > 5:
        return None  # "comments from Ann Weller and Tom Reyes": several people
    return labelled_person(name.strip(), body)


def _entry_gap(gap: str, quote: str, body: str, owner: Mention) -> bool:
    """``gap`` (the text between two quotes of the list) holds only entry furniture that names no
    one but the owner: a source line with no verb, a bullet, a topic label."""
    match = _ENTRY_GAP.fullmatch(_ASIDES.sub(" ", gap))
    if match is None:
        return False
    source = match.group("source") or ""
    if source and (has_verb(source) or len(source.split()) > _SOURCE_WORDS or labelled_person(source.split(",")[0].strip(), body)):
        return False  # '- said Tom Reyes', '- Tom Reyes, Utah': a signature, no event
    label = (match.group("label") or "").rstrip(": ")
    if label and has_verb(label):
        return False
    if label:
        named = heading_label(label, quote, body) or labelled_person(label, body)
        if named is not None and named != owner:
            return False  # "Reyes on taxes:": another's entry
        topic = _NAMED_TOPIC.match(label)
        if topic is not None and not _owners_word(topic.group("who"), owner):
            return False  # "WELLER ON TAXES", a name the article may write nowhere else
    return True


#: A label giving a name and its entry's topic: "WELLER ON TAXES", "Tom Reyes on roads".
_NAMED_TOPIC = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:ON|On|on|ABOUT|About|about)\s")


def _owners_word(who: str, owner: Mention) -> bool:
    """The name part of a topic label is the owner's name or a word of the language ("More on
    taxes", "Views on trade"), not another person's name."""
    last = who.split()[-1].lower()
    return (owner.kind == "name" and last == owner.text.split()[-1].lower()) or (len(who.split()) == 1 and is_common_word(last))
