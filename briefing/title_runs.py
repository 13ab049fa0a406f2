"""Job titles and roles, which describe a person without naming one: runs of capitalised title
words ("Chief Operating Officer", a bare title, not the name "Officer"), lower-case roles ("former
senator", "co-founder"), an office whose name holds an "and" ("Minister for Trade and Industry
Tove Lund", "Police and Crime Commissioner Ann Roe") and the person after a firm's "&" name and a
role ("Johnson & Johnson CEO Ann Roe").

Tests over words, not phrases: ``speaker_heads`` asks them while reading a head or a
coordination, and ``speakers`` and ``appositives`` when a title stands apposed to a name.
"""

from __future__ import annotations

import re

from .conjunct_words import CONJUNCT_OPENERS
from .given_names import GIVEN_NAME_GENDER
from .head_kinds import SUBJECT_PRONOUNS
from .mention import Mention
from .name_cleaning import (
    NAME_RUN,
    PERSON_TITLES,
    bare,
    clean_name,
    is_person_title,
)
from .offices import holder_of_office, title_of_office
from .organisation_names import (
    DETERMINERS,
)
from .speech_lexicon import (
    PERSON_NOUNS,
)
from .wordlists import is_common_word, is_demonym


def title_word(word: str) -> bool:
    """A word that heads a capitalised job title ("Officer", "Director", "CEO", "Chairman")."""
    return is_person_title(word) or bare(word) in PERSON_TITLES or word.lower() in PERSON_NOUNS


def bare_title(words: list[str], mention: Mention) -> bool:
    """A "name" read from capitalised words that only make a job title ("Council Leader",
    "Housing Agency Chief Executive", read as the name "Executive"): a ``title_run`` whose last
    word, a title word, ends the name read (not "Howard Dean": a given name). The person's name,
    if any, is apposed after it."""
    return mention.kind == "name" and title_run(words) and words[-1][:1].isupper() and mention.text.split()[-1] == words[-1]


def title_run(words: list[str]) -> bool:
    """Capitalised words that are a job title and nobody's name ("Chief Operating Officer", "Myer
    Chief Merchandise & Marketing Officer", "Deputy CEO"): they end on a title word, none is a
    given name, and "&", "and", "of", "for" may join them; a nation's adjective may open them
    ("Scottish Finance Minister", "Welsh Health Minister"). A determiner or a lower-case word makes
    a description of someone ("the Chief Constable"), not a bare title."""
    if len(words) < 2:
        return False
    headed = title_word(words[-1]) or any(w == "of" and k and title_word(words[k - 1]) for k, w in enumerate(words))
    if not headed:
        return False  # "Head of Sales", "Director of Communications" are headed before "of"
    return all(
        w in {"&", "and", "of", "for"}
        or w[:1].isupper()
        and w.lower() not in DETERMINERS
        and w.lower() not in GIVEN_NAME_GENDER
        # a word of the language or a title ("Operating", "Deputy", "CEO"); a firm's name only
        # right before a title ("Brightway Chief …"), not a name before one ("Senator Mia Lord")
        and (is_common_word(w.lower()) or title_word(w) or w.isupper() or k == 0 and (title_word(words[1]) or is_demonym(w)))
        for k, w in enumerate(words)
    )


#: Lower-case words a title may open with in an apposed name (", former Secretary of State X,").
TITLE_PREMODIFIERS = frozenset({"former", "then", "acting", "retired", "longtime", "fellow"})


def role_words(words: list[str]) -> bool:
    """Words that are only a role, no person and no body on their own: lower-case words and titles
    ("Chairman", "former senator", "co-founder", "vice president for news"), not a determiner
    ("the mayor" is someone), a name ("Kline") nor a pronoun: "he and Jones said" is two people,
    not Jones with a role before the name."""
    return bool(words) and all(
        (w.islower() and w not in DETERMINERS and w not in CONJUNCT_OPENERS and w not in SUBJECT_PRONOUNS)
        or is_person_title(w)
        or bare(w) in PERSON_TITLES
        or w.lower() in PERSON_NOUNS
        or w.lower() in TITLE_PREMODIFIERS
        for w in words
    )


#: A quoted (masked) work's title, then a role in it, before a name: '“The Harbor” star', '"Lost" creator'.
WORK_THEN_ROLE = re.compile(r"\s*[“\"‘][·\s]+[”\"’]\s+(?:star|co-star|creator|showrunner|host|actor|actress|writer|director|author|singer)\s+[A-Z]")


def field_word(word: str) -> bool:
    """A capitalised word of the language and no given name ("Police", "Crime", "Human")."""
    return word[:1].isupper() and word.isalpha() and is_common_word(word.lower()) and word.lower() not in GIVEN_NAME_GENDER


def office_holder_after_and(seg: str) -> Mention | None:
    """The holder at the end of an office whose name has an "and" in it ("Minister for Trade and
    Industry Tove Lund", "Secretary of Health and Human Services Ama Koroma"): the "and" joins two
    words of the office, not two people, when the words before the last run of capitals are a
    title of office ("Minister for Trade and") and the run holds the rest of the office and a name
    of two words or more."""
    runs = list(NAME_RUN.finditer(seg))
    if not runs or runs[-1].end() < len(seg.rstrip()) or not title_of_office(seg[: runs[-1].start()]):
        return None
    if " and " not in seg[: runs[-1].start()] and " & " not in seg[: runs[-1].start()]:
        return None
    words = clean_name(runs[-1].group()).split()
    if len(words) < 3:
        return None  # "Minister for Trade and Industry" alone, or a bare surname after the office
    name = holder_of_office(words)
    return Mention("name", name) if 2 <= len(name.split()) < len(words) else None


def firm_role_holder(last: str, head: Mention | None) -> Mention | None:
    """The person at the end of the last part of a firm's or a show's name joined by "&", after
    the rest of the name and a role ("Johnson CEO Ann Roe" of "Johnson & Johnson CEO Ann Roe",
    "Friends co-host Ann Roe" of "Fox & Friends co-host Ann Roe"): the speaker, as after any
    organisation's name and a role. None when no role stands between them ("Roe & Poe LLP")."""
    if head is None or head.kind != "name":
        return None
    words, name = last.split(), head.text.split()
    if len(words) <= len(name) or words[-len(name) :] != name:
        return None
    between = words[1 : -len(name)]
    while between and between[0][:1].isupper() and not is_person_title(between[0]):
        between = between[1:]  # "… Gamble Co. CEO": the rest of the firm's name
    return head if between and role_words(between) else None
