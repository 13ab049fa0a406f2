"""The named subject opening a sentence in German, French, Spanish, Ukrainian and Russian ("Son
entraîneur, Paul Girard, salue …", "La ministre des Armées, Sophie Roy, a présenté …"): the
speaker ``quotes_intl.py`` gives a quote that stands as its own sentence after such a sentence, or
that sits in the sentence's own clause. Apart from ``attribution_intl.py``, which reads the speech
verb's clause next to a quote; this reads a sentence from its start.
"""

from __future__ import annotations

import re

from .languages import UPPER, LanguageData
from .name_particles import GAP
from .names_intl import Mention, is_title
from .phrase_mentions_intl import phrase_mention

#: A conjunction after a clause's last (lowercase) word, opening a clause with a subject of its
#: own: "X definía … y el jurista Carlos Nino llamó a la Argentina «…»".
_NEXT_CLAUSE = re.compile(r"\s+(?:y|e|et|und|і|та|и)\s+(?=\S)")


def subject_of(sentence: str, data: LanguageData) -> Mention | None:
    """The named subject opening a sentence ("Son entraîneur, Paul Girard, salue …"); the
    quote's own clause's, when a conjunction opens one with a named subject."""
    for joint in reversed(list(_NEXT_CLAUSE.finditer(sentence))):
        before = sentence[: joint.start()].split()
        if not before or not before[-1][:1].islower():
            continue  # "Marta Ruiz y Pablo Gil presentaron": one subject of two names
        own = _subject_of(sentence[joint.end() :], data)
        if own is not None:
            return own
    return _subject_of(sentence, data)


def _subject_of(sentence: str, data: LanguageData) -> Mention | None:
    words = sentence.split()
    if not words:
        return None
    if data.code == "de" and len(words) > 1 and words[0][:1].isupper() and words[0].lower() in data.stopwords:
        # "Die Urner Regierungsrätin Dominique Meier forderte": the article opens no name
        return _subject_of(sentence.split(None, 1)[1], data)
    # (no name ends on an abbreviation's period: "Gesundheitsministerin Dr. Anna Sommer")
    m = re.match(rf"\s*((?:[\w'’.,-]+\s+){{0,5}}?)([{UPPER}][\w'’-]+(?:{GAP}[{UPPER}][\w'’-]+){{1,3}})(?!\.)", sentence)
    lead = m.group(1).strip(" ,") if m else ""
    if m is None or lead and not all(
        is_title(w.strip(","), data) or w.lower().strip(",") in data.stopwords or w[:1].islower()
        or w.lower() in data.honorifics  # "Gesundheitsministerin Dr. Anna Sommer rief … auf:"
        for w in lead.split()
    ):
        m = _ROLE_APPOSITION.match(sentence)
        if m is None or not _role_of_institution(m.group(1), data):
            return None
    mention = phrase_mention(m.group(2), data)
    if mention is None or mention.kind != "name":
        return None
    if " " not in mention.text and not any(
        is_title(w, data) or w.lower() in data.honorifics for w in m.group(2).split()[:-1]
    ):
        return None  # "Die TOTP-Unterstützung erlaubt …": an article and a noun, no role's name
    return mention


#: "La ministre des Armées, Sophie Roy, a présenté …", "El consejero de Sanidad, Luis Gil, …":
#: a role and its institution, then the name set off by commas.
_ROLE_APPOSITION = re.compile(
    rf"\s*((?:[\w'’.-]+\s+){{1,7}}?[\w'’.-]+,)\s+([{UPPER}][\w'’-]+(?:{GAP}[{UPPER}][\w'’-]+){{1,3}}),"
)
#: Words joining a role to its institution ("ministre des Armées", "délégué aux Transports",
#: "consejero de Sanidad", "Ministerin für Bildung").
_OF_WORDS = frozenset("de des du d' d’ aux au à la l' l’ del für der".split())


def _role_of_institution(lead: str, data: LanguageData) -> bool:
    """Whether the words before an apposed name are a role and the institution it is of: a role
    word first (after its article), every capital after a joining word or another capital."""
    words = [w.strip(",") for w in lead.split()]
    if not words:
        return False
    at = 1 if words[0].lower() in data.stopwords and len(words) > 1 else 0
    if not is_title(words[at], data):
        return False
    previous = words[at].lower()
    for word in words[at + 1 :]:
        if word[:1].isupper() and previous not in _OF_WORDS and not previous[:1].isupper():
            return False
        previous = word if word[:1].isupper() else word.lower()
    return True
