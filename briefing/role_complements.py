"""A person's role with what it is the role of: "his chief of staff", "the secretary of state", "a
spokeswoman for the Ministry of Defence", "the head of a conservative Republican faction".

The head reader cuts a description at its first "of" or "for" ("Chris Low of FTN" is Chris Low),
which leaves a role alone: "his chief", "the secretary", "a spokeswoman". Shown under a quote that
is garbage or a different person, and ``/quotes`` keys people by the speaker shown, so every
ministry's spokeswoman became one "a spokeswoman". The role keeps its complement here, read to the
first word that ends it (a relative pronoun, another preposition, a comma) and only when it is
short (a longer one is a clause run on: the role alone, as before).

Not for a complement that is no "what" of the role: a pronoun ("the head of it"), a time ("a friend
for 20 years", "an aide for years"), a verb ("a spokesman for the mayor said"), nor one that goes on
with "and" (the coordination reader's: "a spokesman for Smith and Wesson"), nor one that runs on
into the name of the role's holder ("chief of staff Reince Priebus": his name is the head).

The same cut leaves a title's first words when its name holds a preposition ("A Top of the Pops
spokesperson" gave "a Top"): ``titled_noun`` reads such a title to its noun.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .masking import ABBREVIATION_DOT
from .name_cleaning import is_person_title
from .organisation_names import DETERMINERS, organisation_name_length, organisation_with_and
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    OBJECT_VIEW_VERBS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    SOMEONE_SPEAKING_NOUNS,
    STANCE_VERBS_3SG,
    someone_speaking_noun,
)
from .speech_verbs import SPEECH_VERB, first_verb
from .wordlists import is_common_word, is_country, is_demonym

#: Words that end a complement: relative pronouns, other prepositions, a clause's opening.
_ENDS = frozenset(
    "who whom which that whose where when while in at on from with by during after before about under as to "
    "since until over into against among near outside inside because but said says told".split()
)
#: Auxiliaries opening the clause's verb ("a spokesman for Ann Roe could only quip"), in lower case
#: only ("Theresa May", "Will Hale" are names).
_AUXILIARIES = frozenset("could would should will can may might must has have had is are was were does did do".split())
#: Words after which the complement cannot end (a determiner or a modifier left without its noun).
_OPEN = frozenset("the a an his her their its our this that these those of for new former top senior".split())
#: Words that make the complement no "what" of the role: a time ("a friend for years"), a pronoun
#: object ("the head of it"), or an owner's pronoun left without its noun ("a friend of her").
_TIMES = frozenset("years year months month weeks week days day decades decade hours time long now life ages".split())
_OBJECT_PRONOUNS = frozenset("it them him us me you himself herself themselves itself".split())
_OWNER_PRONOUNS = frozenset("her his their its our my your hers theirs ours mine yours".split())
#: What opens a role phrase: a determiner or an owner ("his", "Trump's").
_OWNER = re.compile(r"(?:the|a|an|his|her|their|its|our|my|your|one|another|[A-Z][\w.’'-]*[’']s)\s", re.IGNORECASE)
#: Lower-case words that end a complement: adverbs of time (and any "-ly" word).
_TIME_ADVERBS = frozenset("later earlier also then now today yesterday again last meanwhile previously recently".split())
#: Third-person verbs of a view or of judging ("wants", "opposes", "welcomes"): after a role's
#: complement they are the role's verb ("the secretary of state wants “…”"), not a noun of it.
_VIEW_3SG = STANCE_VERBS_3SG | frozenset(w for w in OBJECT_VIEW_VERBS if w.endswith("s"))
#: Those that are plural nouns as well ("the head of war plans", "minister of hopes"): the verb
#: only right after a capitalised word, which ends a name ("the governor of Ohio plans").
_NOUNS_TOO = frozenset("plans hopes fears doubts wishes aims supports trusts worries".split())


def view_verb_after(before: str, word: str) -> bool:
    """``word``, after ``before`` in a noun phrase, is the clause's third-person verb of a view or
    of judging, no noun of the phrase ("the governor of Ohio wants", "The Secretary of State
    opposes"): a noun-like one ("plans", "hopes") only after a capitalised word, which ends a name
    (not "the head of war plans")."""
    return word in _VIEW_3SG and (word not in _NOUNS_TOO or before[:1].isupper())


#: Fields a role may be "of" that end in -ing, not the participle of a clause run on.
_ING_NOUNS = frozenset(
    "marketing engineering planning training housing banking accounting programming publishing trading "
    "manufacturing policing nursing broadcasting fundraising licensing lending lobbying scouting coaching".split()
)
#: Most words of a complement kept: more, and the phrase is a clause run on, not a label.
_MOST_WORDS = 6
#: A word of a complement: letters, hyphens, apostrophes, dots of abbreviations ("U.S.", masked or not).
_WORD = re.compile(r"[\w’'.\u2024&-]+")


def complement_words(rest: str) -> list[str] | None:
    """The words after a role's "of"/"for" (``rest``, without the preposition) that say what it is
    the role of, or None when they are no complement (a pronoun, a time, a verb, too long)."""
    raws = rest.split()
    clause = re.split(r"[,;:()]", rest, maxsplit=1)[0].split()
    named = organisation_name_length(clause) if " and " not in rest or organisation_with_and(clause) else 0
    words: list[str] = [w.strip(",;:()") for w in raws[:named]]  # "the Department of Health and Human Services"
    for k, raw in enumerate(raws) if not named or raws[named - 1][-1:] not in ",;:)" else []:
        if k < named:
            continue
        word = raw.strip(",;:()")
        if not word or word.lower() in _ENDS or word in _AUXILIARIES or not _WORD.fullmatch(word):
            break
        if word[:1].islower() and (word.endswith("ly") or word in _TIME_ADVERBS or _participle(word, raws[k + 1 : k + 2])):
            break  # "a spokesman for Prince later", "a doctor of Syrian origin huddling"
        if words and view_verb_after(words[-1], word):
            break  # "the governor of Ohio wants", "the secretary of state opposes": the clause's verb
        if word.lower() == "and" or word == "&":
            return None  # "a spokesman for Smith and Wesson": the coordination reader's
        words.append(word)
        if word != raw:
            later = raws[k + 1 :]
            if raw.endswith(",") and later and later[0][:1].isupper() and "and" in later:
                return None  # "a lawyer for Kell, Ames and Lind": a list, not read here
            break  # "a spokesman for the ministry, who …": the comma ends it
    while words and words[-1].lower() in _OPEN:
        words.pop()  # "the director of communications for": the second complement was cut
    if not words or len(words) > max(_MOST_WORDS, named) or any(c.isdigit() for w in words for c in w):
        return None
    if len(words) > named and _apposed_name(words):
        return None  # "the chief of staff Reince Priebus": the complement runs on into a name
    if any(w.endswith(_OWNED) for w in words[:-1]) and not _body_or_people(words[-1]):
        return None  # "says the governor of Ann Roe's plan": what the words are about, no role's
    lows = [w.lower() for w in words]
    if _TIMES.intersection(lows) or _OBJECT_PRONOUNS.intersection(lows) or lows[-1] in _OWNER_PRONOUNS:
        return None  # "the head of it", "a friend for years", "a friend of her"
    if any(w[:1].islower() and (first_verb(f" {w} ") or SPEECH_VERB.search(w)) for w in words):
        return None
    return words


_OWNED = ("'s", "’s", "s'", "s’")


def _body_or_people(word: str) -> bool:
    """``word`` is a body, a group or people ("office", "committee", "staff", "Democrats"): what a
    role may be of after an owner ("Grassley's office"), unlike "plan" or "remarks"."""
    return word[:1].isupper() or someone_speaking_noun(word.lower())


def _participle(word: str, following: list[str]) -> bool:
    """``word`` opens a participle's clause that ends the complement ("a doctor of Syrian origin
    huddling in …", "a lawyer for the family speaking on …"): an -ing word that is no field
    ("marketing") and is last or has a determiner or a preposition after it (not "a small farming
    cooperative", where it modifies the noun after it)."""
    if not word.endswith("ing") or word in _ING_NOUNS:
        return False
    nxt = following[0].lower() if following else ""
    return not nxt or nxt in DETERMINERS or nxt in _ENDS or nxt in {"of", "for", "and"} or nxt[:1] in ",;:"


def _apposed_name(words: list[str]) -> bool:
    """The complement ends on a name apposed to the role: capitalised words after a lower-case
    word other than a determiner ("of staff Reince Priebus", "for sport Hugh Robertson"), or a
    known full name after other capitalised words ("of State Madeleine Albright"; not "for Sen.
    Ann Roe" nor "for U.S. Attorney General Ann Roe", whose title, a nation's perhaps before it, is
    the person's own, nor "for Ann Roe", whom the role serves)."""
    capitals = next((k for k, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
    before = words[: len(words) - capitals]
    if capitals and before and before[-1].lower() not in DETERMINERS and before[-1].lower() not in {"of", "for"}:
        return True
    if capitals >= 3 and given_name_gender(" ".join(words[-2:])) is not None:
        titles = words[len(words) - capitals : -2]
        return not _persons_title(titles)
    return False


def _persons_title(words: list[str]) -> bool:
    """``words`` are a person's own title before the name: title words, perhaps after a nation and
    words of the language ("Sen.", "U.S. Attorney General", "Deputy Prime Minister"), ending on a
    title word; not "State" nor "Sport", an office's field."""
    return bool(words) and is_person_title(words[-1]) and all(
        is_person_title(w) or (k == 0 and (is_country(w.replace(ABBREVIATION_DOT, ".")) or is_demonym(w))) or is_common_word(w.lower()) for k, w in enumerate(words)
    )


def with_complement(role: str, segment: str) -> str | None:
    """``role`` (a description the head reader cut, "his chief") with the complement that follows
    it in ``segment`` ("his chief of staff"), or None when none follows or it is no complement."""
    words = role.split()
    if len(words) < 2 or words[-1] not in PERSON_NOUNS or not _OWNER.match(role):
        return None  # "economic stagnation is the source", "Former US secretary": no role phrase
    if any(first_verb(f" {w} ") or SPEECH_VERB.search(w) for w in words[1:]):
        return None
    seg = " ".join(segment.split())
    at = seg.lower().find(role.lower())
    if at < 0:
        return None
    after = seg[at + len(role) :]
    match = re.match(r"\s+(of|for)\s+(.*)", after)
    if match is None:
        return None
    complement = complement_words(match.group(2))
    if complement is None:
        return None
    return f"{role} {match.group(1)} {' '.join(complement)}"


_SPLIT = re.compile(r"^(.*?\b([a-z][\w-]*))\s+(of|for)\s+(.+)$")


def split_role(description: str) -> tuple[str, frozenset[str]] | None:
    """A description ``with_complement`` made, split back at its "of"/"for": the role ("his
    chief") for readers that want the role's noun. The complement's words are not given: the role
    was read without them before, and a named person must match it as before (asking the complement
    of "Secretary of State Ann Roe" too would lose her for "the secretary of state")."""
    match = _SPLIT.match(description)
    if match is None or match.group(2) not in PERSON_NOUNS:
        return None
    words = complement_words(match.group(4))
    if words is None or " ".join(words) != match.group(4):
        return None
    return match.group(1), frozenset()


#: A title's name with a preposition inside it, then the noun it names: "A Top of the Pops
#: spokesperson", "The Votes at 16 alliance", "The Prevention of Terrorism Bill" (group 1 the
#: words after the determiner, 2 the noun). The head reader cuts at the preposition ("a Top").
_TITLED_NOUN = re.compile(
    r"((?:[A-Z][\w’'-]*\s+){1,3}(?:of|at|for|on|in)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|\d+)\s+){1,3})([A-Za-z][\w-]*)"
)
_NAMED_NOUNS = SOMEONE_SPEAKING_NOUNS | DOCUMENT_NOUNS


def titled_noun(head: str, segment: str) -> str | None:
    """``head`` (a determiner and capitalised words the head reader cut at a preposition, "a Top")
    with the rest of the title and the noun after it that ``segment`` writes ("a Top of the Pops
    spokesperson"): someone or something of that title, not a garbage "Top". The noun is one of
    people, a body, a group or a document, lower-case or a body's capitalised one ("Bill")."""
    words = head.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in {"a", "an", "the"} or not all(w[:1].isupper() for w in words[1:]):
        return None
    seg = " ".join(segment.split())
    at = seg.lower().find(head.lower())
    if at < 0:
        return None
    match = _TITLED_NOUN.match(seg, at + len(words[0]) + 1)
    if match is None or not seg.startswith(" ".join(words[1:]), at + len(words[0]) + 1):
        return None
    noun = match.group(2)
    if noun.lower() not in _NAMED_NOUNS or noun[:1].isupper() and noun.lower() not in ORGANISATION_NOUNS | DOCUMENT_NOUNS:
        return None
    end = match.end()
    if end < len(seg) and (seg[end].isalnum() or seg[end] in "’'"):
        return None  # "the Friends of the Earth campaigner's" or a longer word
    return f"{words[0]} {match.group(1)}{noun}"


#: Words opening a role phrase whose holder serves someone ("a spokesman for …", "his lawyer for …").
_ROLE_OPENERS = frozenset("the a an his her their its one another".split())
#: Most words between the role's preposition and the served person's noun ("Democratic presidential").
_MOST_MODIFIERS = 3


def role_for_titled_person(before_name: list[str]) -> bool:
    """``before_name`` (the words before a closing name, "a spokesman for Democratic presidential
    candidate") is a role "for"/"of" someone whom a singular noun of a person titles: the name is
    that person's, whom the role serves ("a lawyer for former governor Tom Roe"), not the role
    holder's. The head reader took it for a name apposed to a description ("the journalist Olivia
    Messer") and put the spokesman's words in the candidate's mouth; the phrase is the speaker.

    Not a name apposed to an office whose complement is no person ("the chief of staff Reince
    Priebus", "the minister for sport Hugh Robertson"), nor to one of a plural ("the minister for
    women Ann Roe"): only a singular person noun or title ("candidate", "hopeful") titles the name."""
    preps = [k for k, w in enumerate(before_name) if w in {"for", "of"}]
    if not preps or before_name[0].lower() not in _ROLE_OPENERS:
        return False
    k = preps[-1]
    role, titled = before_name[k - 1], before_name[-1]
    gap = before_name[k + 1 : -1]
    # a country or its adjective is no modifier to count ("a lawyer for former U.S. national security
    # adviser Tom Roe": his nation, then the office)
    modifiers = [w for w in gap if not (is_country(w.replace(ABBREVIATION_DOT, ".")) or is_demonym(w))]
    if not 2 <= k <= 4 or role not in PERSON_NOUNS or not _person_noun(titled) or len(modifiers) > _MOST_MODIFIERS:
        return False
    words = before_name[1 : k - 1] + gap
    return not any(w.lower() in {"and", "or"} or not _WORD.fullmatch(w) or first_verb(f" {w} ") for w in words)


#: Nouns of fame that title a person before the name ("pop star Mia Vance") and are no role nouns.
_FAME_NOUNS = frozenset("star superstar legend icon".split())


def _person_noun(word: str) -> bool:
    """``word`` is a lower-case singular noun of a person or a title ("candidate", "hopeful", "star")."""
    return word.islower() and (word in PERSON_NOUNS or word in _FAME_NOUNS or is_person_title(word))
