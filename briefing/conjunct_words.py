"""The words of a coordination ("Kline and Diaz", "Mr. and Mrs. Hale", "Both … and …", "…
alike"): what joins two conjuncts, what opens one, what keeps names before a possessive one
description ("Ann Roe and Ben Poe's lawyer"), and a conjunct that is a bare noun ("faculty at Ohio
State").

``coordinated_heads.coordination`` reads each conjunct as a head, which makes it one recursive
reader with ``speaker_heads.head_of_segment``; what it needs without reading a head lives here,
below both.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .head_edges import first_cut
from .head_kinds import can_speak
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import (
    UPPER,
    is_person_title,
)
from .organisation_names import (
    DETERMINERS,
)
from .speech_lexicon import PERSON_NOUNS
from .wordlists import is_common_word

#: "and" or "&" between two conjuncts of a subject ("Kline and Diaz", "Procter & Gamble").
COORDINATOR = re.compile(r"\s(?:and|&|as\s+well\s+as)\s")
#: Prepositions that open a phrase inside a conjunct: an "and" after one joins the phrase's own
#: objects ("a spokesman for the FBI and the CIA": one spokesman).
INNER_PREPOSITIONS = frozenset(
    "of for at from with in on to by about against between among over under into than".split()
)
#: "Both Kline and Diaz said": the quantifier before a coordination.
BOTH = re.compile(r"^(?:[Bb]oth|[Tt]ogether,?)\s+")
#: A singular verb or auxiliary right after a subject: the subject is one person or thing, whatever
#: "and" joins inside it ("Yahoo News and former TV network anchor Katie Couric has promoted").
SINGULAR_VERB = re.compile(r"^\s*(?:has|is|was|does|[a-z]+[^su\W’']s)\b")


#: "Republicans and Democrats alike said": the adverb closing a coordination.
ALIKE = re.compile(r"\s+(?:alike|both|together|each)$")
#: "Mr. and Mrs. Hale", "Dr. and Mrs. Ruiz": a couple under one surname.
HONORIFIC_COUPLE = re.compile(rf"(?:Mr|Mrs|Ms|Dr)[.{ABBREVIATION_DOT}]?\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Dr)[.{ABBREVIATION_DOT}]?\s")
#: Lower-case words that open a conjunct like a determiner does ("and his wife", "and other aides").
CONJUNCT_OPENERS = DETERMINERS | {
    "my",
    "other",
    "several",
    "two",
    "three",
    "four",
    "many",
    "some",
    "both",
    "all",
}


#: A name's possessive before a lower-case noun opening a conjunct ("Ben Poe's lawyer").
OWNED_NOUN = re.compile(rf"(?:[{UPPER}][\w.{ABBREVIATION_DOT}-]*\s+)*[{UPPER}][\w-]*(?:[’']s|s[’'])\s+[a-z]")


def bare_noun(part: str) -> Mention | None:
    """A conjunct that is a bare common noun and its phrase ("faculty at Ohio State" of "Students
    and faculty at Ohio State"): the noun, as a description; no determiner was there to read."""
    words = part.split()
    if words and words[0] in CONJUNCT_OPENERS - DETERMINERS and len(words) <= 5 and can_speak(part):
        return Mention("description", part)  # "other right-wing Israeli leaders"
    if not words or not words[0].islower() or not is_common_word(words[0]) or words[0] in INNER_PREPOSITIONS:
        return None
    cut = first_cut(" " + part + " ")
    noun = part[: max(cut - 1, 0)].strip() or part
    return Mention("description", noun) if len(noun.split()) <= 3 else None


#: A conjunct ending on a preposition and capitals: "the MP for Sittingbourne", "Ann Roe of Marks"
#: (group 1 what stands before the preposition, group 2 the preposition, group 3 lower-case words
#: before the capitals: "of administrators Kell").
_HELD_FOR_PLACE = re.compile(rf"(.*?)\s+(for|of|at|from)\s+((?:[a-z]+\s+){{0,2}})(?:[{UPPER}][\w’'-]*\s+)*[{UPPER}][\w’'-]*")


def places_joined(parts: list[str], *, ampersand: bool) -> bool:
    """'the MP for Sittingbourne and Sheppey', 'the Tory MP for Sleaford and North Hykeham': the
    "and" joins the two places of one seat (the UK's constituencies are named so), not two
    speakers; 'Ann Roe of Marks & Spencer', 'Tom Kell of administrators Kell & Partners': the
    two words of the firm's name she is "of". The first conjunct ends on an office "for" a place
    (a title or a person noun: "MP", "member", "candidate") or, with ``ampersand`` joining them,
    on a person's name "of", "at" or "from" capitals; the second is capitals alone, with no given
    name and no title of its own. Not "the MP for Bath and Ann Roe", "the MP for Bath and the
    mayor" (a determiner opens a speaker of its own), nor "Ann Roe of Ohio and Poe"."""
    if len(parts) != 2:
        return False
    held = _HELD_FOR_PLACE.fullmatch(parts[0].strip())
    if held is None:
        return False
    before = held.group(1).split()
    if held.group(2) == "for" and not held.group(3):
        office = bool(before) and _holder(before[-1])
    elif not ampersand:
        return False
    else:
        office = 2 <= len(before) <= 3 and all(w[:1].isupper() for w in before) and given_name_gender(" ".join(before)) is not None
    words = parts[1].split()
    return (
        office
        and 0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not _holder(words[0])
        and given_name_gender(" ".join(words[:2])) is None
        and given_name_gender(words[0]) is None
    )


def _holder(word: str) -> bool:
    return is_person_title(word) or word.lower() in PERSON_NOUNS


def shouted_words_lowered(words: list[str]) -> list[str]:
    """A conjunct in capitals that opens with a determiner ("THE FARM BILL FAILED AGAIN"), in lower
    case: a phrase, maybe a clause, set in capitals as a wire lede sets its first words, whose
    verb only reads as one in lower case ("the bill failed again and its critics": two clauses,
    never one pair of speakers); the determiner may be lower-cased already, as a description's
    first word is ("the FARM BILL FAILED AGAIN"). Other words as written: a name in capitals may open with a
    given name that is also a verb ("WILL SMITH", "DREW BREES")."""
    if len(words) < 3 or words[0].lower() not in DETERMINERS or not (words[1].isupper() and words[2].isupper()):
        return words
    shouted = next((k for k, w in enumerate(words) if k and not w.isupper()), len(words))
    return [w.lower() for w in words[:shouted]] + words[shouted:]  # "THE BILL FAILED on Tuesday"


def firm_after_noun(parts: list[str]) -> str:
    """Two conjuncts joined by "&" after a noun that says what they are: "the law firm Scott &
    Scott", "the agency Roe & Poe" -> the firm's name ("Scott & Scott"), never two people (one of
    them another Scott the text names); "" when the conjuncts are no such name."""
    if len(parts) != 2 or not parts[-1][:1].isupper() or not parts[0].split()[-1][:1].isupper():
        return ""
    first = parts[0].split()
    named = next(k for k in range(len(first), 0, -1) if not first[k - 1][:1].isupper()) if not first[0][:1].isupper() else 0
    return " ".join(first[named:]) + " & " + parts[-1]
