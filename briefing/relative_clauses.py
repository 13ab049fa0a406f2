"""Who speaks in a relative clause: the antecedent of "who" (or "which", "that") before a
speech verb.

"Police arrested a man who shouted “…”": the words are the man's, never the main clause's subject,
who only acted on him. Shared by the head attribution and the colon introductions.
"""

from __future__ import annotations

import re

from .mention import Mention
from .speaker_heads import head_of_segment
from .speaker_kinds import names_organisation
from .speakers import name_right_before
from .speech_lexicon import (
    GENDERED_ROLES,
    GROUP_NOUNS,
    PERSON_NOUNS,
)
from .speech_verbs import LEADING_VERB, first_verb

MASK = " ·“”\"‘’',."


#: A relative clause whose first verb phrase the speech verb joins with "and" ("Marta Greeley, who
#: answered her door and said"): "who" is its subject too (no subject of its own before the verb).
RELATIVE_WHO_AND = re.compile(
    r",\s+who\s+(?:(?!(?:who|that|which|he|she|they|it|we|I)\s)[\w’'-]+\s+){1,10}?and\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$"
)
#: How far before its speech verb such a clause's "who" may stand (characters).
RELATIVE_AND_REACH = 120


#: An appositive set off by commas after a name, opening with a determiner: ", the head of the
#: Riverside Tenants Association" (group 1: the text up to the name).
_APPOSITIVE_AFTER_NAME = re.compile(r"^(.*?),\s+(?:the|a|an)\s[^,]*$", re.DOTALL)


#: A plural noun of people ending the text, with an adjective before it or not ("angry parents").
#: (Not a preposition read as the adjective: "greeted by workers" is "workers".)
_GROUP_AT_END = re.compile(r"(?<![\w’'-])((?:(?!by\s)[a-z]+(?:y|al|ed|ing|ive|ous|ic|ful|ent)\s+)?([a-z]+s))\s*,?\s*$")


#: Words after which an -ed word before a plural noun is its adjective ("from concerned residents").
_BEFORE_ADJECTIVE = frozenset("the a an from of with to by among and or for some many several these those other".split())


def _group_right_before(text: str) -> Mention | None:
    """ "residents", "angry parents" right before "who": a group of people the who-clause is about
    ("Members of the council … heard from residents who said the plan was “…”": the residents)."""
    match = _GROUP_AT_END.search(text)
    if match is None or match.group(2) not in GROUP_NOUNS and match.group(2)[:-1] not in PERSON_NOUNS:
        return None
    modifier = match.group(1).split()[:-1]
    if modifier and modifier[0].endswith("ed") and LEADING_VERB.match(" " + modifier[0] + " "):
        before = text[: match.start()].split()
        if not before or before[-1].lower() not in _BEFORE_ADJECTIVE:
            return Mention("description", match.group(2))  # "Reyes interviewed voters who": a verb, not "interviewed voters"
    return Mention("description", match.group(1))


#: A description of people and "of" or "for" right before a name ("Supporters of ", "the family
#: of ", "a spokesman for "; group 1 the phrase, group 2 the head noun).
_PEOPLE_OF_BEFORE = re.compile(
    r"(?:^|(?<=\s))((?:(?:the|a|an|some|many|several|dozens\s+of|hundreds\s+of|two|three)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"([A-Za-z][a-z-]+)\s+(?:of|for))\s+$"
)


#: A name and "of" ending the text before a place ("Sen. Dana Whitfield of "; group 1: the name).
_NAME_THEN_OF = re.compile(r"((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s+of\s+$")


def _person_of_place(text: str, name: Mention) -> Mention:
    """The person ``name`` ends the "of" phrase of ("Sen. Dana Whitfield of Oregon": Whitfield, not
    Oregon), else ``name``; a body's "of" stays ("the University of Michigan")."""
    at = text.rstrip(" ,").rfind(name.text)
    owner = _NAME_THEN_OF.search(text, 0, at) if at > 0 else None
    person = name_right_before(text[: owner.end(1)]) if owner is not None else None
    if person is None or names_organisation(person.text.split()[-1]):
        return name
    return person


#: A relative clause on a thing, set off by a comma and still open at the end of the text ("…,
#: which critics called a smear", "the Green party, which tried to rally support by "): a verb
#: after it is the relative clause's, not the main clause's.
OPEN_WHICH = re.compile(r",\s+which\s[^,;:“”\"]*$")


def who_antecedent(text: str) -> Mention | None:
    """The person "who" refers back to at the end of ``text`` ("… Ann Voss, who said"). "Who" is
    rarely an organisation: after "Ann Voss, the head of the Riverside Tenants Association, who
    said" it is Ann Voss, the name the appositive describes (an organisation with no person
    before it stays: "the backing of the Riverside Tenants Association, who said")."""
    name = name_right_before(text)
    if name is None:
        # "Sen. Dana Whitfield of Oregon, the ranking Democrat on the panel, who said": the person
        # the appositive describes (not "the union" of "Lena Park, a lawyer for the union, who")
        apposed = _apposed_person(text)
        return apposed if apposed is not None else _group_right_before(text)  # "… residents who said"
    name = _person_of_place(text, name)
    if _second_of_two_names(text, name):
        return None  # 'a statement from Ana Reyes and Tom Pike, who wrote': both, no one of them
    if not names_organisation(name.text.split()[-1]):
        head = _PEOPLE_OF_BEFORE.search(text[: text.rstrip(" ,").rfind(name.text)])
        if head is not None and (people_head(head.group(2)) or head.group(2).lower() in {"family", "children"}):
            # 'Supporters of Ana Reyes, who chanted “…”', 'the family of Tom Weller, who said “…”':
            # the people the phrase is about, not the person named to say whose they are
            return head_of_segment(f"{head.group(1)} {name.text}")
        return name
    apposed = _apposed_person(text)
    return apposed if apposed is not None else name


#: "and" (or "&") ending the text before a conjunct ("Ana Reyes and ", "Reyes, Pike & ").
_AND_AT_END = re.compile(r",?\s+(?:and|&)\s+$")


def _second_of_two_names(text: str, name: Mention) -> bool:
    """``name`` ends ``text`` as the last of names joined by "and" ("Ana Reyes and Tom Pike,"):
    "who" refers to them all, not to the last one alone."""
    joined = _AND_AT_END.search(text, 0, max(text.rstrip(" ,").rfind(name.text), 0))
    return joined is not None and name_right_before(text[: joined.start()]) is not None


def _apposed_person(text: str) -> Mention | None:
    """The person an appositive ending ``text`` describes ("Sen. Dana Whitfield of Oregon, the
    ranking Democrat on the panel,"), when the name before it is no organisation."""
    apposed = _APPOSITIVE_AFTER_NAME.match(text.rstrip(" ,"))
    person = name_right_before(apposed.group(1)) if apposed is not None else None
    if apposed is None or person is None or names_organisation(person.text.split()[-1]):
        return None
    return _person_of_place(apposed.group(1), person)


#: A description of people ending the text, opened by a determiner or a number and up to three
#: words before its head ("a man", "an angry voter", "two of the officers"; group 1 the phrase,
#: group 2 the head noun).
_DESCRIBED_AT_END = re.compile(
    r"(?:^|(?<=\s))((?:the|a|an|one|two|three|four|five|several|some|many|another|other|his|her|their|its|our)"
    r"\s+(?:(?!(?:the|a|an|his|her|their|its|our|who|that)\s)[a-z][\w’'-]*\s+){0,3}?([a-z][\w-]*))\s*,?\s*$",
    re.IGNORECASE,
)


#: The subject of an object relative clause right after its "that" or "which": a determiner's
#: phrase, a name or a pronoun ("the report that the council (wrote)", "the group which Ann Roe
#: (founded)", "the memo that he (wrote)").
OBJECT_RELATIVE_SUBJECT = r"(?:(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*|(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+|he|she|they|we|I)"


#: A copula, "among", "one of" or "like" ending the text before the antecedent: the antecedent is
#: the subject's predicate or a set it belongs to ("Kell is the one who said", "Kell was among the
#: officials who said"), so the subject said the words too (not "such as", which gives examples of
#: the people the subject acts on: "appealing to voters such as Ostrow, who said").
_COPULA = r"(?:is|was|are|were|be|been|being|became|becomes|become|remains|remained|seems|seemed)"
_PREDICATE_BEFORE = re.compile(
    rf"(?:^|\s)(?:{_COPULA}|{_COPULA}\s+(?:one|some|many|several|each|all|none|two|three)\s+of|among|amongst|like|(?<!such\s)as)"
    r"(?:\s+(?:not|also|still|now|perhaps|probably|just|only|always|often|never))*\s*$",
    re.IGNORECASE,
)
#: Heads of descriptions that stand for someone already named ("the one who", "the few who").
_NOT_PEOPLE_HEADS = frozenset("one ones few many those others some".split())


def people_head(word: str) -> bool:
    """``word`` is a noun of a person or of people ("man", "voters", "gunman", "crowd")."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") else low
    if low.endswith("men"):
        singular = low[:-3] + "man"
    return any(w in PERSON_NOUNS or w in GROUP_NOUNS or w in GENDERED_ROLES for w in (low, singular)) or singular.endswith("man")


def relative_antecedent(text: str, pronoun: str) -> tuple[bool, Mention | None]:
    """Who speaks in a relative clause that holds the speech verb ("Police arrested a man who
    shouted “…”", "Kell fired an aide who had called him “…”", "Reyes thanked Weller, who had
    promised “…”"): its antecedent, the name or the description of people right before the
    relative pronoun; never the main clause's subject, who only acted on that person. A
    description in apposition to a name ("Kell, the mayor who said") stands for the name.
    Returns (decided, speaker): undecided when no such antecedent ends ``text`` ("that" only
    after a description of people: "the sign that said" is a document's); decided with no
    speaker when "who" follows the object of a verb we cannot read as a person ("Guards removed
    someone who shouted": not the guards)."""
    described = _DESCRIBED_AT_END.search(text)
    lead = text[: described.start()].rstrip() if described is not None else text
    if _PREDICATE_BEFORE.search(lead if described is not None else text[: text.rstrip(" ,").rfind(" ") + 1]):
        return False, None  # 'Kell was the only senator who said', 'one of the few who said': Kell too
    if pronoun == "who":
        named = who_antecedent(text)
        if named is not None:
            return True, named
        last = name_right_before(text)
        if last is not None and _second_of_two_names(text, last):
            return True, None  # 'The council heard from Ana Reyes and Tom Pike, who said': both
        if described is None:
            return first_verb(" " + text) is not None, None
        if described.group(2).lower() in _NOT_PEOPLE_HEADS:
            return False, None
    elif described is not None and not text[: described.start()].strip(MASK):
        return True, head_of_segment(described.group(1))  # 'The report that said “…” was withdrawn'
    elif described is None or not people_head(described.group(2)):
        return False, None  # not 'Trump released a video that said “…”': the pages credit Trump
    if lead.endswith(","):
        named = name_right_before(lead[:-1])
        if named is not None:
            return True, named  # "Kell, the mayor who said": the mayor is Kell
    return True, head_of_segment(described.group(1))
