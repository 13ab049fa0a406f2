"""What a pronoun may refer to: ``Referent``, one entry of ``salience.SubjectIndex``, and the
tests of what a mention is (a person, a group of people, an organisation or a document) and
which gender its words tell.

Every part of the subject index reads these: ``salience`` when it registers subjects and
speakers, ``sentence_people`` when it registers the other people a sentence names, and
``pronoun_resolution`` when it resolves a "he", "she", "they" or "it" to them. Kept apart so that
the parts depend on this one module and not on each other's internals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .groups import every_member_phrase
from .head_patterns import kin_or_age
from .mention import Mention
from .organisation_names import organisation_name
from .speaker_kinds import head_noun, is_acronym, names_organisation
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
)
from .subject_openings import ELDER_OR_YOUNGER
from .wordlists import person_of_place

#: The gender a possessive tells: "his wife", "her son".
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
#: One capitalised word with the ending of a plural group noun ("Millennials", "Evangelicals",
#: "Floridians", "Republicans", "Socialists", "Hispanics", "Israelites", "Latinos"): a group, not a surname
#: (surnames in -s rarely end so: "Sanders", "Evans", "Williams" do not).
PLURAL_GROUP = re.compile(r"[A-Z][a-z]+(?:als|ians|icans|ists|ites|ics|inos|inas)")


@dataclass(order=True, frozen=True)
class Referent:
    position: int
    name: str = field(compare=False)
    gender: str | None = field(compare=False, default=None)
    #: where the referent's sentence starts: a pronoun from here on may mean it
    since: int = field(compare=False, default=-1)
    #: the start of the sentence whose coordinated subject the referent is one of ("Obama and
    #: Biden met …"), -1 when none: a pronoun both fit means neither for sure
    joint: int = field(compare=False, default=-1)
    #: written before its sentence's subject, as its owner or an opening clause's subject
    #: (``SentencePeople._add_before_subject``)
    aside: bool = field(compare=False, default=False)
    #: the end of the referent's sentence when only a pronoun inside it may mean the referent, -1
    #: when any later one may (an owner: ``SentencePeople._add_owner``, ``_add_owners_inside``)
    until: int = field(compare=False, default=-1)
    #: a body only because the text never treats the name as a person's (``SubjectIndex._unpersoned``):
    #: an "it" of a verb of saying after a quote may mean it, no other "it"
    inferred: bool = field(compare=False, default=False)
    #: the end of the sentence whose subject the referent is (a role only), -1 when not known
    stop: int = field(compare=False, default=-1)



#: Singular nouns of a few people together, whom news calls "they": "The Kell family released a
#: statement. “…,” they said."
_KIN_GROUPS = frozenset("family couple".split())


#: One person picked out of a group: "one of the lobbyists at the meeting", "one of her aides",
#: "one of Kell's lawyers" (group 1: the plural noun of people).
_ONE_OF_THEM = re.compile(
    r"[Oo]ne\s+of\s+(?:the|those|these|his|her|their|its|our|[A-Z][\w.-]*[’']s?)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)(?:\s+(?:at|for|in|from|on|with|of|who)\s.*)?"
)


#: Plurals of people not in -s, and the gender they give one of them.
_PLURAL_PEOPLE = {"women": "f", "men": "m", "people": None, "children": None}
#: Group nouns of which "one" is no person ("one of the families", "one of the groups").
_NOT_ONE_OF = frozenset("many some others both dozens hundreds thousands families groups crowd audience police staff troops".split())


def one_of_people(text: str) -> bool:
    """ "one of the lobbyists at the meeting": one person introduced by a lower-case role, whom a
    "he" or "she" after may mean ("In that moment, one of the lobbyists knew it was a new era.
    “…,” she said"), no group for a "they"."""
    one = _ONE_OF_THEM.fullmatch(text)
    if one is None:
        return False
    word = one.group(1)
    return word in _PLURAL_PEOPLE or word in GROUP_NOUNS and word not in _NOT_ONE_OF or word.endswith("s") and word[:-1] in PERSON_NOUNS


def people_group(text: str) -> bool:
    """ "officials in Dayton", "striking teachers", "hundreds of workers", "the Kell family": a
    group of people (not one of them: "one of the officials")."""
    if one_of_people(text):
        return False
    if every_member_phrase(text):
        return True  # "every Democrat on the committee"
    head = re.split(r"\s(?:at|for|in|from|outside|near)\s", text)[0].split()[-1:]
    word = head[0].lower().strip(",.") if head else ""
    return word in GROUP_NOUNS or word in _KIN_GROUPS or word.endswith("s") and word[:-1] in PERSON_NOUNS


#: A document and the people it comes from: "a letter from the lawmakers", "a statement signed by
#: the families" (group 1: the document's words, group 2: its authors).
_DOCUMENT_FROM = re.compile(r"(.+?)\s+(?:from|by|signed\s+by)\s+((?:the|their|its|[a-z]+)\s+.+)")


def document_authors(text: str) -> str | None:
    """The group of people a document subject comes from ("A letter from the lawmakers asked
    whether …. If so, they asked, “…”"): the authors a "they" means, for the document is an "it"."""
    found = _DOCUMENT_FROM.fullmatch(text)
    if found is None or head_noun(found.group(1)) not in DOCUMENT_NOUNS:
        return None
    authors = found.group(2)
    return authors if people_group(authors) else None


#: A description whose last noun follows a body's name with "of", "for" or "and" inside it ("a
#: Department for Work and Pensions spokeswoman"; group 1: that noun).
_NAME_BEFORE_HEAD = re.compile(r"(?:[Aa]n?|[Tt]he)\s+[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the|&))*\s+([a-z][\w-]*)")


def person_description(mention: Mention) -> bool:
    """ "an economist at a bank", "the spokeswoman", "the 25-year-old": a description whose head is
    a person (or an age standing for one)."""
    if mention.kind != "description":
        return False
    if ELDER_OR_YOUNGER.fullmatch(mention.text):
        return True  # "the elder Vance": a person, told apart from a relative of the same name
    if one_of_people(mention.text):
        return True  # "one of the lobbyists at the meeting"
    head = mention.text.split(" at ")[0].split(" for ")[0].split(" of ")[0].split()[-1:]
    word = head[0].lower().strip(",.") if head else ""
    if head and len(mention.text.split()) > 2 and person_of_place(head[0]):
        # "the 25-year-old Dubliner", "a churchgoing Syrian": someone described; a bare "the
        # Belgian" is an epithet of the person the text is about, whose name a pronoun should get
        return True
    if kin_or_age(word) or word.startswith("ex-") and word[3:] in PERSON_NOUNS:  # "the ex-partner"
        return True
    # "a Department for Work and Pensions spokeswoman": the "for" is inside a body's name that
    # modifies the last noun, the head
    named = _NAME_BEFORE_HEAD.fullmatch(mention.text)
    return named is not None and kin_or_age(named.group(1).lower())


def description_gender(text: str) -> str | None:
    """The gender a role noun gives a description: the owned noun's, not its owner's ("Queen
    Margaret's son" is a he)."""
    one = _ONE_OF_THEM.fullmatch(text)
    if one is not None and one.group(1) in _PLURAL_PEOPLE:
        return _PLURAL_PEOPLE[one.group(1)]  # "one of the women"
    text = re.split(r"[’']s?\s", text)[-1]
    for word in text.lower().split():
        if word in GENDERED_ROLES:
            return GENDERED_ROLES[word]
    return None


def organisation_or_document(mention: Mention, text: str) -> bool:
    """An organisation or a document ("the ministry", "the letter", "Meridian Energy", "NATO",
    "the Center for American Progress", "Americans for Prosperity", "the UNECE": an acronym after
    "the" is a body's short name, as a bare one is, never a person's)."""
    if mention.kind in {"description", "name"} and organisation_name(text) is not None:
        return True
    if mention.kind == "description":
        words = text.split()
        owned = words[0].lower() in {"its", "his", "her", "their"}  # "Its ruling" points back
        if not owned and len(words) == 2 and words[0].lower() == "the" and is_acronym(words[1]):
            return True
        return not owned and head_noun(text) in ORGANISATION_NOUNS | DOCUMENT_NOUNS
    last = text.split()[-1] if mention.kind == "name" and text.split() else ""
    return names_organisation(last)
