"""Titles of office and the names after them: "Secretary of State John Kerry", "the bank's chief
executive, Dan Pike", "Gov.", "the Attorney General".

A title of office is capitalised like a name; telling where the title ends and the holder's name
begins keeps "State John Kerry" out of the speaker.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .masking import ABBREVIATION_DOT
from .name_cleaning import (
    PARTICLES,
    PERSON_TITLES,
    SURNAME_TITLES,
    UPPER,
    bare,
    is_person_title,
)
from .speech_lexicon import (
    ORGANISATION_NOUNS,
)

#: Words that end an organisation's or a place's name, never a person's ("… County", "… Agency").
NOT_SURNAMES = ORGANISATION_NOUNS | {"county", "city", "state", "states", "district", "republic", "act", "center", "centre"}


#: A middle initial, its period masked or not ("B." / "B․").
_INITIAL = re.compile(rf"[{UPPER}][.{ABBREVIATION_DOT}]")
#: A job word by its ending ("Recorder", "Assessor", "Advocate", "Alderman", "Clerk"), not a verb
#: of a headline in title case ("Endorses", "Hacked").
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|ate|man|woman|ee|ary|clerk|chief|head|marshal)$", re.IGNORECASE)


def trailing_name(words: list[str]) -> str:
    """The person at the end of a run of five or more capitals that ``clean_name`` could not cut
    at a title it knows ("Maricopa County Recorder Helen Purcell", "Cook County Assessor Fritz
    Kaegi"): the last two words, with a middle initial or particles before the surname
    ("James B. Comey", "Rubén del Campo"), after a job word; nothing when the run ends like an
    organisation or reads like a headline ("Carly Fiorina Endorses Ted Cruz", all capitals)."""
    if words[-1].lower().strip(".") in NOT_SURNAMES or words[-2].lower() in NOT_SURNAMES:
        return ""
    if words[-1].isupper() and words[-2].isupper():
        return ""  # "TURNS OUT EDGAR ALLEN POE WAS ONTO SOMETHING": a headline in capitals
    start = len(words) - 2
    while start > 1 and (_INITIAL.fullmatch(words[start]) or words[start] in PARTICLES):
        start -= 1  # "James B. Comey", "Federico de Jesús"
    if words[start] in PARTICLES or not _AGENT_NOUN.search(words[start - 1]):
        return ""  # "Carly Fiorina Endorses Ted Cruz": a headline, the word before is no job
    return " ".join(words[start:])


#: Words of an office's name after "Title of" ("the Joint Chiefs of", "the Office of Management
#: and"): capitals and the function words inside such names, a capital with the comma of a list of
#: portfolios ("Minister of Trade, Investment and Commerce …": one office, its holder after it).
_OFFICE_WORD = re.compile(rf"[A-Z][\w.{ABBREVIATION_DOT}&’'-]*,?|of|the|for|to|and|on")
#: The prepositions that tie a title to its office or its place: "Secretary of State …", "U.S.
#: Attorney for Massachusetts …", "Ambassador to Brazil …", "Minister for Housing …".
_OFFICE_PREPOSITIONS = frozenset({"of", "for", "to"})


def surname_title(given: str, title: str) -> bool:
    """A title word that is also a surname, right after a given name, is the surname: "said Bill
    King of the University of Texas" is Bill King, not a king of something ("Christian Head of
    School Vicky Fogg" keeps its office: "Head" is no surname)."""
    return title in SURNAME_TITLES and given_name_gender(f"{given} {title}") is not None


def title_of_office(before: str) -> bool:
    """``before`` ends in a person's title, "of" (or "for", "to") and perhaps more of the office's name
    ("Director of", "President of the", "Chairman of the Joint Chiefs of", "White House Chief
    of"), so a run of capitals after it names the office, then its holder (``holder_of_office``).
    "for" and "to" tie a title to its place as "of" does ("U.S. Attorney for Massachusetts Joshua
    Levy", "Ambassador to Azerbaijan Bilal Hayee"): the place is no part of the holder's name."""
    words = before.split()
    k = len(words)
    while k and _OFFICE_WORD.fullmatch(words[k - 1]):
        k -= 1
    office = words[k:]
    return any(
        office[i + 1] in _OFFICE_PREPOSITIONS
        and (is_person_title(w) or w.lower() in PERSON_TITLES | {"head", "chief"})
        and not (i and surname_title(office[i - 1], w))
        for i, w in enumerate(office[:-1])
    )


def holder_of_office(words: list[str]) -> str:
    """The person at the end of a run that names an office after "Title of" ("National
    Intelligence James Clapper" -> James Clapper, "Staff Reince Priebus" -> Reince Priebus,
    "the European Commission Jean-Claude Juncker" -> Jean-Claude Juncker): from a given name we
    know, else the last two words (with a middle initial before the surname); the words as they
    were when the run may be the person alone ("Hillary Rodham Clinton")."""
    if given_name_gender(" ".join(words[:2])) is not None:
        return " ".join(words)
    for p in range(1, len(words) - 1):
        if given_name_gender(" ".join(words[p : p + 2])) is not None:
            return " ".join(words[p:])
    start = len(words) - 2
    while start > 1 and _INITIAL.fullmatch(words[start]):
        start -= 1  # "Homeland Security Jeh C. Johnson"
    if start < 1 or words[-1].lower() in NOT_SURNAMES or words[start].lower() in NOT_SURNAMES:
        return " ".join(words)
    return " ".join(words[start:])


#: Offices written in lower case with the place or body they serve ("former Mexican ambassador to
#: China", "special envoy for Syria", "founder of Tesla"); not roles of serving a person ("an
#: aide to", "a lawyer for", "spokesman for"), whose object may be a named person.
_OFFICES_OF_PLACES = frozenset(
    "ambassador envoy minister secretary director head chief president chairman chairwoman chair leader member "
    "governor mayor commissioner editor founder correspondent reporter host executive officer".split()
)
#: Such an office and its preposition ending the words before a run of capitals (group 1: the office).
_OFFICE_PREPOSITION_END = re.compile(r"(?<![\w’'-])([a-z]+)\s+(?:to|for|of|at)\s+(?:the\s+)?$")


def holder_after_place(before: str, run_words: list[str]) -> str:
    """The holder named after a lower-case office and its place, all in one run of capitals
    ("former Mexican ambassador to | China Jorge Guajardo", "ambassador to the | United Nations
    Nikki Haley"): from the first given name we know after the place's first word; "" when no
    such office ends ``before``, or a title stands in the run ("an aide to | House Speaker Paul
    Ryan" is the aide: the run is the person served, not a place)."""
    if not before.rstrip().endswith((" to", " for", " of", " at", " the")):
        return ""  # most runs: no preposition right before them, no regex read
    office = _OFFICE_PREPOSITION_END.search(before)
    if office is None or office.group(1) not in _OFFICES_OF_PLACES:
        return ""
    for p in range(1, len(run_words) - 1):
        if is_person_title(run_words[p - 1]) or bare(run_words[p - 1]) in PERSON_TITLES:
            return ""
        if given_name_gender(" ".join(run_words[p : p + 2])) is not None:
            return " ".join(run_words[p:])
    return ""
