"""What kind of speaker a quote has: a person, an organisation, a group of people or a document.

Read from the speaker phrase's head noun with the tables of ``speech_lexicon`` ("the ministry"
is an organisation, "officials" a group, "a court filing" a document, "an economist at a bank"
a person), so a briefing can show "the ministry said" as such rather than hunt for a person named
nearby. A name is a person unless it ends in an organisation noun ("the State Department") or is
written in capitals (CNN, NATO).
"""

from __future__ import annotations

import re

from .bare_sources import document_noun, hedged_count, share_of
from .given_names import given_name_gender
from .groups import IRREGULAR_PERSON_PLURALS, PARTITIVE_START
from .joint_phrases import joint_speakers
from .mention import Mention
from .models import SpeakerKind
from .organisation_names import organisation_name_length
from .speech_lexicon import (
    COMPANY_ENDINGS,
    DOCUMENT_NOUNS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
)
from .wordlists import person_of_place

_HEAD_END = re.compile(
    r"\s(?:(?:close|familiar|privy|loyal|knowledgeable)\s+(?:to|with|about)|of|at|for|from|in|on|with|by|who|which|that"
    # "a letter signed by 40 doctors": the participle of its issuing ends the head too
    r"|(?:signed|written|sent|issued|filed|released|published|posted|authored|drafted)\s+by)\s"
)
_ACRONYM = re.compile(r"[A-Z]{2,}")
#: "one of her ads", "two of the officials": the head is the noun after "of".
_PARTITIVE = re.compile(PARTITIVE_START, re.IGNORECASE)
_SINGULAR_HEADS = DOCUMENT_NOUNS | ORGANISATION_NOUNS | PERSON_NOUNS


#: An age standing for a person ("her 12-year-old"): a noun, not a number labelling one.
_AGE = re.compile(r"\d{1,3}-(?:year|month)-olds?")


def head_noun(description: str) -> str:
    """ "an economist at a bank in Frankfurt" -> economist; "a source close to the talks" -> source;
    "the ministry's report" -> report, "the Center for American Progress's report" -> report;
    "one of her ads" -> ad (a plural head is read as its singular when that is a known noun)."""
    hedged = hedged_count(description)
    if hedged is not None:
        description = hedged[1]  # "at least two delegates": delegates, not the hedge's preposition
    words = description.split()
    owner = organisation_name_length(words)
    if owner and owner < len(words) and (words[owner - 1].endswith(("'s", "’s", "s'", "s’")) or words[owner].islower()):
        description = " ".join(words[owner:])  # "the Center for American Progress's report", "Bank of America analysts"
    elif owner == len(words):
        description = re.split(r"\s(?:of|for|to|on|against|without)\s", description, maxsplit=1)[0]  # "the Committee to …"
    partitive = _PARTITIVE.match(description)
    words = _HEAD_END.split(f" {description[partitive.end() if partitive else 0 :]} ", maxsplit=1)[0].split()
    if len(words) > 1 and words[-1][:1].isdigit() and not _AGE.fullmatch(words[-1]):
        words = words[:-1]  # "Article 12", "Proposition 8": the number labels the noun before it
    head = words[-1].lower().strip(",.;:’'") if words else ""
    if partitive is not None and head.endswith("s") and head[:-1] in _SINGULAR_HEADS:
        return head[:-1]
    return head


def is_acronym(word: str) -> bool:
    """ "NATO", "FBI": two or more capitals are an organisation's short name, not a person's."""
    return _ACRONYM.fullmatch(word) is not None


def names_organisation(last_word: str) -> bool:
    """ "the Defence Ministry", "NATO": the last word of a name that makes it an organisation's."""
    return last_word.lower() in ORGANISATION_NOUNS or is_acronym(last_word)


def _company_name(name: str, *, known_person: bool) -> bool:
    """ "Orvik Steel", "Acme Inc.": a company ending after a word that is no given name, in a name
    the text gives no title or gender ("Michael Steel" stays a person)."""
    last = name.split()[-1].lower().rstrip(".")
    return last in COMPANY_ENDINGS and not known_person and given_name_gender(name) is None


def kind_of(
    mention: Mention | None, speaker: str | None, *, resolved_to_person: bool, known_person: bool
) -> SpeakerKind | None:
    """The kind of a quote's speaker from the mention it was read from and what it resolved to.
    ``known_person``: the article gives the name a first name, a title or a gender; a one-word
    name without any ("Apple said") is taken for an organisation."""
    if mention is None or speaker is None:
        return None
    if resolved_to_person or mention.is_he_or_she:
        return "person"
    if mention.kind == "pronoun":
        return "group" if mention.text in {"they", "we"} else kind_of_phrase(speaker)
    if mention.kind == "name":
        if _NAME_PREPOSITION.search(speaker):
            return "organisation"  # "Americans for Prosperity", "Doctors Without Borders"
        last = speaker.split()[-1]
        if names_organisation(last) or _company_name(speaker, known_person=known_person):
            return "organisation"
        return "person" if known_person or len(speaker.split()) > 1 else "organisation"
    return kind_of_phrase(speaker)


#: A preposition inside a name, in capitals or not ("Americans for Prosperity", "Doctors Without
#: Borders", "Bank of America"), or capitals joined by "&" ("S&P Global"): an organisation's
#: name, no person's ("Sen. Al Roe of Ohio" is read as "Al Roe" before it is a speaker).
_NAME_PREPOSITION = re.compile(r"\S\s(?:[Ff]or|[Oo]f|[Aa]gainst|[Ww]ithout|[Tt]o|[Oo]n)\s\S|[A-Z]&[A-Z]")
#: Capitalised words joined by "&": a firm's name ("Procter & Gamble", "Roe & Poe LLP").
_FIRM = re.compile(r"[A-Z][\w’'-]* & [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?")
#: A count of people before "of" ("55 percent of voters", "a majority of residents").
_COUNT_OF = re.compile(r"(?:\S+\s+)?(?:percent|per\s+cent|majority|%)\s+of\s", re.IGNORECASE)


def kind_of_phrase(phrase: str) -> SpeakerKind:
    if _COUNT_OF.match(phrase) or share_of(phrase) is not None:
        return "group"  # "fifty-five percent of voters", "59 percent", "two-thirds of insiders": people, counted
    if _FIRM.fullmatch(phrase):
        return "organisation"  # "Procter & Gamble"
    if joint_speakers(phrase):
        return "group"  # "Ed Kline and Rosa Diaz", "the union and the company": speakers together
    partitive = _PARTITIVE.match(phrase)
    if partitive is not None and not partitive.group().lower().startswith("one "):
        return "group"  # "171 of the 193 Democrats", "two of the workers": people, counted
    head = head_noun(phrase)
    if head in IRREGULAR_PERSON_PLURALS:
        return "group"  # "twelve women"
    if head in PERSON_NOUNS or head in GENDERED_ROLES or person_of_place(head):
        return "person"  # also "the 25-year-old Dubliner"
    if head in DOCUMENT_NOUNS or document_noun(head):
        return "document"  # also "FEC records", "exit polling"
    if head in ORGANISATION_NOUNS:
        return "organisation"
    if head in GROUP_NOUNS:
        return "group"
    if head.endswith("s") and re.search(rf"(?<![\w-]){re.escape(head.capitalize())}\s+(?:of|for|on)\s+[A-Z]", phrase):
        return "organisation"  # "the Centers for Disease Control": a capitalised plural opening a name
    if head.endswith("s"):
        return "group"
    return "organisation"
