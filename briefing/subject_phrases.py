"""Where the subject's noun phrase in one comma piece ends, and which name heads it, for
``sentence_subjects.leading_np``: the cut at a verb we do not list ("The new ad hits Berg", "The
ministry plans to …", "Obama and Biden place flowers"), a name that only modifies the head
("Trump backers say", "Trump campaign manager Kellyanne Conway said"), a name set off after a
description ("the other candidate, former Secretary of State Hillary Clinton, drew") and the
state or country set off after a place ("in Salem, New Hampshire,"), which is no subject.

Separate from the reader because these decide about a piece already taken for the subject's, not
which piece that is; they read the phrase with ``speaker_heads`` and never call back.
"""

from __future__ import annotations

import re

from .bare_sources import document_noun
from .groups import people_noun
from .head_patterns import ADVERB_TAIL, KNOWN_HEADS
from .mention import Mention
from .name_cleaning import NAME_RUN, NAME_TOKEN, PARTICLES, UPPER, clean_name
from .organisation_names import DETERMINERS, STRIP
from .speaker_heads import head_of_segment
from .speakers import subject_before
from .speech_lexicon import GROUP_NOUNS, INTRO_WORDS, PERSON_NOUNS, STANCE_VERBS_3SG
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .title_runs import TITLE_PREMODIFIERS
from .wordlists import is_country, is_state

#: Where a name set off before its verb ends: a dash or a relative pronoun ("Joyce — who is …").
APPOSITIVE_END = re.compile(r"\s(?:[—–]|--?)\s|\s(?:who|whose|which)\s")


def list_after_fronted_phrase(prefix: str, apposed: Mention) -> Mention | None:
    """The whole joint subject listed after a fronted phrase ("In their letter, Tom Reyes, Dan Pike
    and Ann Lutz repeated …", "On Monday, Tom Reyes, Dan Pike and …"), where reading the comma
    pieces of ``prefix`` (the sentence up to its verb) took the list's first name for the phrase's
    apposition and kept only its tail (``apposed``: "Dan Pike and Ann Lutz"). None when ``prefix``
    opens on no fronted phrase or the list read past it is no longer."""
    first, _, rest = prefix.partition(",")
    words = first.split()
    if not words or words[0].lower() not in INTRO_WORDS or not rest.strip():
        return None
    whole = subject_before(rest)
    if whole is None or whole.kind != apposed.kind or whole.text == apposed.text or not whole.text.endswith(apposed.text):
        return None
    return whole


def apposed_name(head: Mention, piece: str, before: str) -> Mention | None:
    """The name set off by commas after a person description, which it names: "the other
    candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast". Not the
    state or country of a place the description ends on ("One student at a college in Durham,
    North Carolina, said"): that piece places the town ("The candidate from Florida, Sen. Marco
    Rubio, said" still names him)."""
    if head.text.split()[-1].lower() not in PERSON_NOUNS:
        return None
    words = piece.split()
    while words and words[0] in TITLE_PREMODIFIERS:
        words = words[1:]
    if not words or not all(w[:1].isupper() or w in PARTICLES or w == "of" for w in words):
        return None
    name = clean_name(" ".join(words))
    if PLACE_BEFORE.search(before) and (is_state(name) or is_country(name)):
        return None
    return Mention("name", name) if len(name.split()) > 1 else None  # a full name, not ", Kyiv,"


def before_first_verb(seg: str) -> str:
    """``seg`` up to the first verb we know (a speech verb or a ``LEADING_VERB``), all of it if none."""
    return seg[: min((m.start() for m in (first_verb(" " + seg), SPEECH_VERB.search(" " + seg)) if m), default=len(seg))]


def placed_noun(seg: str) -> Mention | None:
    """The noun phrase a place's name or adjective modifies, up to the first verb: "U.S. media",
    "Canadian officials"; none when it is longer than four words."""
    phrase = before_first_verb(seg)
    modified = head_of_segment(phrase)
    if modified is not None:
        return modified if modified.kind == "description" else None
    words = phrase.strip(STRIP).split()
    return Mention("description", " ".join(words)) if 2 <= len(words) <= 4 and words[-1].isalpha() and words[-1].islower() else None


#: A place named after a locative preposition at the end of a comma piece ("… in Salem"): a
#: capitalised piece after it is the place's state or country ("in Salem, New Hampshire,").
PLACE_BEFORE = re.compile(rf"(?:^|\s)(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear)\s+{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}}\s*$")
#: A noun of a place ending a comma piece: the name set off after it is that place's ("near the
#: state capital, Columbus,", "in her hometown, Dayton,").
PLACE_NOUN_END = re.compile(
    r"\b(?:capital|city|town|village|state|county|province|region|district|suburb|neighbou?rhood|borough|country|island|port|seat|hometown)\s*$"
)


def place_part(pieces: list[str], name: str) -> bool:
    """``name`` is a comma piece of its own that follows a place ("in Salem, New Hampshire"), and
    no age is set off after it: "At a diner in Gadsden, Dan Pike, 52, said" is a man's name (a
    place has no age)."""
    return any(
        k and p.strip(STRIP) == name and PLACE_BEFORE.search(pieces[k - 1]) and not (k + 1 < len(pieces) and _AGE_PIECE.fullmatch(pieces[k + 1]))
        for k, p in enumerate(pieces)
    )


_AGE_PIECE = re.compile(r"\s*\d{1,3}\s*")


#: Names joined by "and" and a lower-case word after them (``leading_np``, when the sentence
#: has no verb we list): "Obama and Biden place flowers", "Kell and Ames run the office", "Lee
#: Ames and her son run the clinic"; the word is their verb.
NAMES_BEFORE_WORD = re.compile(
    r"\s(?:[A-Z][\w’'.․-]*\s+)+and\s+(?:(?:[A-Z][\w’'.․-]*\s+)*[A-Z][\w’'․-]*|(?:his|her|their)\s+[a-z][\w-]*)(?=\s+[a-z])"
)

#: An unknown verb between a subject and its object: a lower-case word (not a preposition) right
#: before a determiner, two words or more into the segment ("The ad targets a …").
VERB_BEFORE_OBJECT = re.compile(
    r"(?<=\w)\s+(?!(?:of|for|to|in|on|at|by|with|from|about|into|over|under|and|or|but|as|that)\s)[a-z]+s?"
    r"(?=\s+(?:a|an|the|his|her|its|their)(?:\s|$))"
)
#: The same with a name as the object: a present-tense verb in -s after a lower-case subject noun
#: ("The new ad hits Berg for …", "the report blames Smith"), not a role before a name ("the
#: journalist Olivia Messer": no -s) nor a plural ("the economists").
_VERB_BEFORE_NAME = re.compile(rf"(?<=[a-z])\s+([a-z]+[^su\W]s)(?=\s+[{UPPER}][a-z])")


#: Nouns of a body of people that take no -s ("Capitol police", "Kremlin staff").
_COLLECTIVE_HEADS = frozenset("police staff personnel military clergy crew people".split())
#: Prepositions that end a group's noun phrase before its verb ("police in riot gear").
_MODIFIED_HEAD_ENDS = frozenset("in of from at with on".split())
#: Lower-case words ending in -s that are not plural nouns ("Trump always says").
_NOT_PLURAL = set("always perhaps sometimes thus nevertheless nonetheless besides afterwards".split())
#: Prepositions that open a phrase placing a plural noun after a name that modifies it ("Job ads
#: across the state", "Kell backers in Ohio", "Rose bushes along the fence").
_PLURAL_PLACES = frozenset("in at from across around along near throughout inside outside on of".split())
#: Words that end the placing phrase in a clause of its own: "Kell lives in Ohio and says …".
_CLAUSE_WORDS = frozenset("and or but nor & that which who whose where when while as".split())
#: Most words of a placing phrase after its preposition ("across the state", "in the new store").
_LONGEST_PLACE = 4


#: A word and the lower-case -s word after it ("ministry plans", "FBI lists", "Farmers Union
#: seeks"), read at every word. A word and an -s word after it, maybe past an adverb ("Her son
#: now runs it").
_WORD_THEN_S_WORD = re.compile(
    r"(?<![\w’'-])([a-z]+|[A-Z]{2,}|[A-Z][a-z]+)(?=\s+(?:(?:now|also|still|often|always|never|rarely|usually|sometimes|already|"
    r"currently|reportedly)\s+)?([a-z]+[^su\W’']s)(?![\w’'-]))"
)


_TO_OR_THAT = re.compile(r"\s+(?:to|that)\s")


def verb_after_head(seg: str, end: int) -> int:
    """Where an unknown present-tense verb cuts ``seg[:end]``: the -s word right after a known
    singular head noun or an acronym ("The ministry plans to …", "the FBI lists …", "the report
    cites …"), unless that word is itself a known noun ("the company website"). A known head
    noun ending a body's capitalised name ("The Farmers Union seeks to …", "The Labour Party
    plans to …") cuts only before "to" or "that", where the -s word is the verb whatever else it
    may be. ``end`` if none."""
    for match in _WORD_THEN_S_WORD.finditer(seg, 0, end):
        head, verb = match.group(1), match.group(2)
        verb_end = seg.index(verb, match.end()) + len(verb)
        if verb_end > end:
            break
        named = head[:1].isupper() and head[1:].islower()  # "Union" of "The Farmers Union"
        if verb in _NOT_PLURAL or not (head in KNOWN_HEADS or head.isupper() or named and head.lower() in KNOWN_HEADS):
            continue
        noun = {verb, verb[:-1]} & (KNOWN_HEADS | GROUP_NOUNS)  # "plans", "reports": a verb before "to"
        if not (noun or named) or _TO_OR_THAT.match(seg, verb_end):
            return match.end()
    return end


#: A capitalised word (a name's last) and a lower-case -s word after it that opens a predicate
#: ("Wes Clayburn plans to attend", "Ann Roe faces charges", "Tom Kell backs the plan"): a name
#: takes no plural noun after it, so the -s word is a verb, one the verb lists may not hold since
#: it is also a noun's plural (plans, hopes, wants, needs, calls, claims, faces, backs, leads).
#: Not after an owner's "'s": "mayor Ann Roe's plans to …" are her plans, the subject.
_NAME_THEN_S_VERB = re.compile(
    rf"(?<![\w’'-])[{UPPER}][a-z][\w’'-]*(?<![’']s)(?<![’'])(?=\s+([a-z]+[^su\W’']s)\s+(?:to|that|for|on|the|a|an|his|her|its|their|charges|[{UPPER}])\b)"
)


def verb_after_name(seg: str, end: int) -> int:
    """Where an -s verb after a name cuts ``seg[:end]`` ("commissioner Wes Clayburn plans to …"
    -> "commissioner Wes Clayburn"); ``end`` if none."""
    match = _NAME_THEN_S_VERB.search(seg, 0, end)
    return match.end() if match is not None and match.end() + 1 + len(match.group(1)) <= end else end


def verb_before_name(seg: str, end: int) -> re.Match[str] | None:
    """``_VERB_BEFORE_NAME`` in ``seg[:end]``, unless the -s word is a person noun or its plural
    ("the economists Jane Doe and Tom Lee")."""
    match = _VERB_BEFORE_NAME.search(seg, 0, end)
    word = match.group(1) if match is not None else ""
    return match if word and not {word, word[:-1]} & (PERSON_NOUNS | GROUP_NOUNS) else None


#: A word of time between a subject and its verb ("today", "now", "on Monday"): no part of the
#: subject's phrase.
_TIME_TAIL = re.compile(
    r"(?:\s+(?:today|tonight|yesterday|now|meanwhile|these\s+days|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+$"
)
#: Verbs of a fixture or a result in their bare form, which no verb list holds and which look
#: like a modifier between two names: "Leeds beat Chelsea on Friday", "Wales face Italy", "Rovers
#: play Ayr". The first name is the subject; the second, the object, is never a later "he".
#: ("host" and "lead" stay out: "BBC host Ann Roe" and "Labour lead …" are modifiers.)
_FIXTURE_VERBS = frozenset("beat face play meet edge trail visit entertain thrash defeat outplay overcame".split())
#: An auxiliary or a copula: the first verb of a clause whose main verb we may not list ("Wall
#: Street lobbyists are mounting …").
_AUXILIARY = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)\s")


def _placed_plural(tail: list[str], verb: str) -> bool:
    """``tail``, the words after a leading name up to the first verb we know (``verb``, that word
    or nothing), is a plural noun and a phrase placing it ("ads across the state", "backers in
    Ohio"), the verb in the plural or the past ("say", "said", "read"). A lower-case -s word right
    after a name is a verb ("Kell lives in Ohio") or a plural the name modifies ("Kell ads");
    only the plural agrees with a second finite verb after the phrase with no "and" before it,
    so the name modifies the noun that speaks (never "Kell lives in Ohio and says", "Kell stands
    at the podium telling", "Kell works in Ohio says")."""
    if len(tail) < 3 or len(tail) > _LONGEST_PLACE + 2 or not verb:
        return False
    noun, preposition, place = tail[0], tail[1], tail[2:]
    if not (noun.isalpha() and noun.islower() and noun.endswith("s") and not noun.endswith("ss")) or noun in _NOT_PLURAL | STANCE_VERBS_3SG:
        return False
    if preposition not in _PLURAL_PLACES or not all(w.isalpha() and w.lower() not in _CLAUSE_WORDS for w in place):
        return False
    word = verb.lower()
    return not word.endswith("ing") and not (word.endswith("s") and not word.endswith("ss"))  # not "says", "is", "telling"


def name_as_modifier(segment: str, verb: str = "") -> tuple[bool, Mention | None]:
    """A leading name that only modifies the subject, and the real head if it is a name.

    "Trump backers say" -> (True, None): the speakers are the backers, not Trump;
    "Trump campaign manager Kellyanne Conway said" -> (True, Kellyanne Conway). Only read up to
    the first verb we know (or the whole segment, which ``verb`` follows when given): "Trump won
    the debate" is left alone.
    """
    seg = " " + segment.strip(STRIP)
    cuts = [m.start() for m in (LEADING_VERB.search(seg), SPEECH_VERB.search(seg), _AUXILIARY.search(seg)) if m]
    before = seg[: min(cuts, default=len(seg))]
    # not "— Bill Clinton’s aide —"; "Council member Joan Pike also spoke": the adverb before the verb
    before = ADVERB_TAIL.sub("", APPOSITIVE_END.split(before, 1)[0].rstrip()).strip()
    before = _TIME_TAIL.sub("", before)  # "Clinton defenders today argue", "Kell allies now insist": the group
    runs = list(NAME_RUN.finditer(before))
    if not runs or runs[0].start() != 0:
        return False, None
    tail = before[runs[0].end() :].split()
    if _placed_plural(tail, seg[min(cuts) :].split()[0] if cuts else verb):
        # "Job ads across the state say", "Sanders supporters in California are": the ads, the
        # supporters, never Job nor Sanders; people or texts shown whole, other things no one
        return True, Mention("description", before.strip()) if people_noun(tail[0]) or document_noun(tail[0]) else None
    if len(runs) > 1 and runs[-1].end() == len(before):
        middle = before[runs[0].end() : runs[-1].start()].split()
        name = clean_name(runs[-1].group())
        modifier = all(w.islower() and w not in INTRO_WORDS and w not in DETERMINERS for w in middle)
        if len(middle) == 1 and middle[0] in _FIXTURE_VERBS:
            return False, None  # "Leeds beat Chelsea": a result, whose subject comes first
        if name and 1 <= len(middle) <= 3 and modifier:  # not "Colby flew back to Washington"
            return True, Mention("name", name)
        return False, None
    preposition = next((k for k, w in enumerate(tail) if k and w in _MODIFIED_HEAD_ENDS), None)
    if preposition is not None and tail[preposition - 1] in _COLLECTIVE_HEADS:
        tail = tail[:preposition]  # "Capitol police in riot gear were deployed": the police
    plural = tail and (tail[-1].endswith("s") or tail[-1] in _COLLECTIVE_HEADS) and tail[-1] not in _NOT_PLURAL | STANCE_VERBS_3SG
    quoted_object = bool(re.search(r"[“\"‘·]", segment[segment.find(tail[-1]) :])) if tail else False
    if quoted_object and cuts and re.search(r"[“\"‘·]", seg[: min(cuts)]) is None:
        quoted_object = False  # "Wall Street lobbyists are mounting a “…”": a verb we know comes first
    if 1 <= len(tail) <= 2 and all(w.isalpha() and w.islower() for w in tail) and plural and not quoted_object:
        return True, None  # not 'Clinton supports “appropriate pay raises”': a quote is an object
    label = [w.rstrip(":") for w in tail]
    if 1 <= len(label) <= 2 and segment.rstrip().endswith(":") and all(w.isalpha() and w.islower() for w in label) and label[-1] in PERSON_NOUNS:
        return True, None  # 'Home Issues Prison official: “…”': a headline's unnamed official, not "Prison"
    return False, None
