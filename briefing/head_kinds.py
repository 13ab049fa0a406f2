"""What kind of thing a speaker phrase's head is: someone who can speak (a person, a group, a body, a
document, "her rival"); a head that names no one ("one", "a further", "his eyes", the tail of a
work's title such as "The Last Hot Time"); or an owner and what it owns ("Al Boyd's office", "the
NRA's Chris Cox", "his statement").

Word sets and tests over a head already found: they read no phrase themselves, so every module
of the head reader (``head_edges``, ``conjunct_words``, ``speaker_heads``) may import them.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .groups import role_complement
from .masking import ABBREVIATION_DOT
from .name_cleaning import (
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVE,
    TITLE_WORDS,
    bare,
    is_person_title,
)
from .offices import NOT_SURNAMES
from .organisation_names import (
    NAME_JOINERS,
    PLURAL_PERSON_NOUNS,
)
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
)
from .wordlists import is_common_word

#: "one of her ads", "one of the ministry's statements", "one of the unions": a document or body
#: of a named owner, which speaks as such (issue 13).
PLURAL_SOURCE_NOUNS = frozenset(n + "s" for n in DOCUMENT_NOUNS | ORGANISATION_NOUNS)


#: Nouns of people that no plural rule finds ("men", "faculty", "couple").
_PEOPLE_WORDS = frozenset("men women people children faculty staff family families couple pair duo trio crew".split())
_SPEAKING_HEADS = PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | PLURAL_PERSON_NOUNS | PLURAL_SOURCE_NOUNS


#: A possessive ending, dropped when comparing a head with its conjunct ("Poe's" ~ "Poe").
STRIP_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])(?=\s|$)")


def can_speak(description: str) -> bool:
    """A description's head is someone or something that speaks: a person, a group, a body, a
    document, a capitalised name or a person's relation ("the FBI", "faculty", "her rival"), not
    "refusal" or "its history"."""
    of_what = role_complement(description) if " of " in description or " for " in description else None
    words = (of_what[0] if of_what is not None else description).split()  # "the deputy chief of the brigade": chief
    head = STRIP_POSSESSIVE.sub("", words[-1]) if words else ""
    low = head.lower()
    related = 2 <= len(words) <= 4 and words[0].lower() in {"his", "her", "their"}  # "her rival", "his wife"
    return bool(head) and (related or head[:1].isupper() or low in _SPEAKING_HEADS | _PEOPLE_WORDS or low.removesuffix("s") in _SPEAKING_HEADS)


UNNAMED = {"one", "another", "others", "some", "many", "someone", "one of them", "another one"}


#: Modifiers that name no one without their noun ("a further", "another second", "the other").
NOUNLESS_MODIFIERS = frozenset("further second third fourth fifth new last next same".split())
#: Pronouns that only stand as a clause's subject (not "all of you", "you and I").
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she"})


#: Determiners that open an object after a verb ("answers the critics", "promises a vote").
OBJECT_DETERMINERS = frozenset("the a an his her its their our these those this that".split())


#: A face and what it does: 'His eyes seemed to say “…”', 'Her face said it all: “…”'. A look says
#: nothing in words; the quote is the writer's reading of it, so it has no speaker (its owner at most,
#: and a wrong name is worse than none).
BODY_HEADS = frozenset("eyes eye face expression look smile grin gaze glare stare".split())


#: A capitalised "The" inside a phrase, then capitalised words: the opening of a work's title
#: ("only The Last Hot Time", "in The Quiet House"); group 1: the words after it.
_THE_IN_CAPITALS = re.compile(r"(?<=\S )The((?:\s+[A-Z][\w’'-]*)+)")


def in_work_title(segment: str, name: str) -> bool:
    """``name`` ends a run of capitals that a capitalised "The" opens inside the segment, with no
    title of a person in the run ("The Rev. Al Hart") and no possessive ("The Post's Ann Lee"):
    the name is the tail of a work's title, no one."""
    for run in _THE_IN_CAPITALS.finditer(segment):
        words = run.group(1).split()
        if " ".join(words).endswith(name) and len(words) > len(name.split()):
            before = words[: len(words) - len(name.split())]
            if not any(bare(w) in PERSON_TITLES | TITLE_WORDS or is_person_title(w) or w.endswith(("’s", "'s")) for w in before):
                return True
    return False


#: A publication's title with "and" in it, then the publication noun: one name, not two.
TITLE_OF_PUBLICATION = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"\s+(?:magazine|journal|newspaper|weekly|monthly|quarterly|newsletter|blog|website)\s*"
)


#: Possessive pronouns and the subject pronoun that stands for their owner.
OWNER_PRONOUNS = {"his": "he", "her": "she"}
#: Documents that hold their writer's own words ("his statement", "her tweet"), unlike a report or
#: a ruling about someone.
OWN_WORDS_DOCUMENTS = frozenset(
    # and the spoken words or view a possessive gives someone ("His speech cited “…”", "Her
    # assumption, stated on TV, was that “…”"): the owner's, never a speaker called "His speech"
    "statement tweet post email letter message note memo speech testimony assumption".split()
)


#: A name of two to four capitalised words (and their particles) in the possessive and a noun or
#: two ("Al Boyd's office", "Sen. Al Boyd's campaign spokesman", "Von der Leyen's spokesman");
#: group 1 is the last noun.
NAME_OWNER = re.compile(
    rf"(?:[A-Z][\w.{ABBREVIATION_DOT}-]*\s+(?:(?:{'|'.join(sorted(PARTICLES))})\s+){{0,2}}){{1,3}}[A-Z][\w-]*(?:[’']s|s[’'])\s+(?:[a-z][a-z-]*\s+)?([a-z]+)"
)


#: A role written before the owner's name, up to three words ending in a person's noun
#: ("Presidential candidate Marco Rubio’s campaign", "veteran lawmaker Ann Weller’s office").
_ROLE_BEFORE_OWNER = re.compile(r"(?:[A-Za-z-]+\s+){0,2}?(?P<role>[a-z-]+)\s+(?=[A-Z])")


def name_owner(seg: str) -> tuple[re.Match[str], str] | None:
    """``NAME_OWNER``'s match on ``seg`` and the text it matched: a full name owning a speaker's
    head, maybe after a role that only says who the owner is (the role goes, as titles do)."""
    text = seg.strip()
    owned = NAME_OWNER.fullmatch(text)
    if owned is not None:
        return owned, text
    role = _ROLE_BEFORE_OWNER.match(text)
    if role is None or role.group("role") not in PERSON_NOUNS:
        return None
    rest = text[role.end() :]
    owned = NAME_OWNER.fullmatch(rest)
    return (owned, rest) if owned is not None else None


#: Words whose "'s" is a contracted "is" or "has", never a possessive ("it's", "that's", "there's").
CONTRACTED_IS_WORDS = frozenset("it that there here what who where how he she let".split())


def owning_organisation_then_name(before: list[str], run: str, name: str) -> bool:
    """ "the NRA's Chris Cox", "the Heritage Foundation's Ann Roe", "the Center for American
    Progress's Ann Roe": an organisation in the possessive (after "the"), then a person's full
    name, who is the speaker (the owner only says where the person works). Not "the Kremlin's
    Foreign Ministry" (a body), nor a run that is no full name after the possessive."""
    if before[:1] not in (["the"], ["The"]) or not all(w[:1].isupper() or w in NAME_JOINERS for w in before[1:]):
        return False
    words = run.split()
    owner = next((k for k, w in enumerate(words) if w.endswith(POSSESSIVE)), None)
    if owner is None or words[owner + 1 :] != name.split() or not 2 <= len(name.split()) <= 4:
        return False
    first, last = name.split()[0], name.split()[-1]
    if last.lower() in NOT_SURNAMES or re.fullmatch(r"[A-Z]{2,}", last):
        return False
    return given_name_gender(name) is not None or not is_common_word(first.lower())


#: A preposition right before a name after a determiner's noun: the name is its object ("the
#: road between Port Alma and …", "a cousin from Kessel"), not the noun's apposed name ("the
#: journalist Olivia Messer").
NOT_BEFORE_APPOSED_NAME = frozenset(
    "of for on between from in at near to with by across into outside inside around over under against about "
    "after before behind beyond through toward towards among along past via".split()
)


def long_body_name(words: list[str]) -> bool:
    """A body's capitalised name of seven or eight words after "the" ("the New South Wales Rural
    Fire Service"): every word capitalised (or "of", "for", "and"), the last an organisation noun."""
    return (
        len(words) <= 8
        and words[0].lower() == "the"
        and words[-1].lower() in ORGANISATION_NOUNS
        and all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in words[1:])
    )
