"""The head of a speaker phrase: the name, pronoun or description a phrase such as "Defence
Minister Rustem Umerov, who …" or "a group of protesters outside the court" comes down to, and
the people of a joint phrase ("Ed Kline and Rosa Diaz").

One recursive reader: a coordination's parts are heads themselves, so heads and coordination live
together.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .groups import PARTITIVE_START, crowd_of, group_of, people_noun, plural_group, two_noun_phrases
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import (
    NAME_RUN,
    ONLINE_HANDLE,
    PARTICLES,
    PERSON_TITLES,
    POSSESSIVE,
    SHARED_SURNAME_COUPLE,
    TITLE_WORDS,
    UPPER,
    bare,
    clean_name,
    is_person_title,
    name_length,
    name_pattern,
)
from .offices import NOT_SURNAMES, holder_of_office, surname_title, title_of_office, trailing_name
from .organisation_names import (
    DANGLING_PREPOSITIONS,
    DETERMINERS,
    NAME_JOINERS,
    PLURAL_PERSON_NOUNS,
    STRIP,
    organisation_name,
    organisation_name_length,
    organisation_of,
    organisation_owns,
    organisation_role_name,
    organisation_with_and,
)
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INTRO_WORDS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    SPEECH_NOUN_FORMS,
    SPEECH_VERBS,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .wordlists import is_common_word

#: "one of those advisers", "two of the organizers", "one of Clinton's aides": someone of a named
#: group, shown as written (a bare "one of them" stays unnamed).
_PARTITIVE = re.compile(rf"\s*{PARTITIVE_START}((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*)\s*$", re.IGNORECASE)
#: A partitive with a word or a phrase of place after it ("one of the managers present", "one of the
#: nurses at the clinic"; group 1 the partitive, group 2 its noun phrase).
_PARTITIVE_PLACED = re.compile(
    rf"\s*({PARTITIVE_START}((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*))\s+"
    r"(?:present|there|nearby|(?:in|at|inside|outside)\s+(?:the|a|an|that|this)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s*$",
    re.IGNORECASE,
)


#: "one of her ads", "one of the ministry's statements", "one of the unions": a document or body
#: of a named owner, which speaks as such (issue 13).
_PLURAL_SOURCE_NOUNS = frozenset(n + "s" for n in DOCUMENT_NOUNS | ORGANISATION_NOUNS)
_PARTITIVE_HEADS = PERSON_NOUNS | GROUP_NOUNS | PLURAL_PERSON_NOUNS | _PLURAL_SOURCE_NOUNS


_CUT_SEGMENT = re.compile(
    r"\s(?:who|which|whose|at|of|from|for|with|in|on|to|during|after|before|about|by|under|as|and|"
    # "Striking teachers outside City Hall chanted", "The indictment against Ed Voss says"
    r"outside|inside|near|behind|across|against|"
    r"last|this|earlier|later|mockingly|also|then|again)\s"
)


#: Adverbs and auxiliaries between a speaker and the verb ("the nominee mockingly responded").
#: Lower-case only, and not the nouns in -ly ("the daily", "a family", "an ally").
ADVERB_TAIL = re.compile(
    r"(?:\s+(?:(?!(?:dai|week|month|quarter|year|fami|al|assemb|ral|supp|bul)ly\b)[a-z]+ly|also|"
    r"then|later|again|once|further|simply|just|has|had|have|would|will|did|does|has been|"
    r"had been|too|often|rather|quite|very|somewhat|so|even|still))+$"
)
LEAD_CONJ = re.compile(
    r"^[\s" + '“”"·' + r"]*(?:(?:and|but|so|yet|who|which|that|whom)\s+)+", re.IGNORECASE
)


_UNNAMED = {"one", "another", "others", "some", "many", "someone", "one of them", "another one"}


_TITLE_OF = re.compile(rf"([{UPPER}][a-z]+)\s+$")
#: Possessive pronouns and the subject pronoun that stands for their owner.
_OWNER_PRONOUNS = {"his": "he", "her": "she"}
#: Documents that hold their writer's own words ("his statement", "her tweet"), unlike a report or
#: a ruling about someone.
_OWN_WORDS_DOCUMENTS = frozenset("statement tweet post email letter message note memo".split())
#: After a title's "for" or "to": a place (one or two capitalised words, "the" before it) and a
#: full name that ends the phrase ("Massachusetts Joshua Levy", "the UN Linda Marsh").
_PLACE_THEN_NAME = re.compile(rf"(?:the\s+)?(?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,2}}[{UPPER}][\w’'-]+\s+[{UPPER}][\w’'-]+\s*")


#: A person noun and a participle right after it that opens the noun's modifier ("a lawyer
#: representing …", "an aide working for …", "residents living near …"; group 1 the noun).
_PARTICIPLE_AFTER_PERSON = re.compile(r"\s([a-z]+)\s+([a-z]{3,}ing)\s")


#: Compiled once: the code below passed these to ``re.search`` & co. as strings, which costs a
#: lookup in the module's pattern cache per call.
_THE_CAPITAL = re.compile(r"the [A-Z]")


def _first_cut(seg: str) -> int:
    """Where a speaker phrase's head ends: at "who", "of", "at"... ("Chris Low at FTN"), but not
    at the "of" of a title ("Secretary of State Elaine Porter", "Speaker of the House Paul Rand",
    "Minister of Defence") nor inside a lower-case role written before the name ("master of
    ceremonies Asad Tabbal", "vice president for news and talk Dave Gorin")."""
    role_then_name = _ROLE_THEN_NAME.search(seg) if " of " in seg or " for " in seg or " and " in seg else None
    if " and " in seg and organisation_with_and(seg.split()):
        return len(seg)  # "the Centers for Disease Control and Prevention": one name
    participle = _PARTICIPLE_AFTER_PERSON.search(seg)
    if participle is not None and (participle.group(1) in PERSON_NOUNS or participle.group(1) in PLURAL_PERSON_NOUNS):
        seg = seg[: participle.start(2) - 1]  # "a lawyer representing Ed Kline": the lawyer, not Kline
    named = organisation_name_length(seg.split())
    name_end = len(" ".join(seg.split()[:named])) + 1 if named else 0
    for cut in _CUT_SEGMENT.finditer(seg, 1):
        word = cut.group().strip()
        after = seg[cut.end() :]
        if cut.start() < name_end:
            continue  # "the Center for American Progress President Neera Tanden": inside the name
        if word == "of" and (after[:1].isupper() or _THE_CAPITAL.match(after)):
            title = _TITLE_OF.search(seg, 0, cut.start() + 1)
            if title is not None and title.group(1).lower() in PERSON_TITLES | {"head", "chief"} and not surname_title((seg[: title.start()].split() or [""])[-1], title.group(1)):
                continue
        if word == "for" and (after[:1].isupper() or _THE_CAPITAL.match(after)) and given_name_gender(" ".join(after.split()[-2:])) is not None:
            title = _TITLE_OF.search(seg, 0, cut.start() + 1)
            if title is not None and is_person_title(title.group(1)):
                # "U.S. Attorney for the District of Ohio Peter Malvern": the office's "for", a full
                # name (a given name we know) ending the phrase is its holder
                continue
        if word in {"for", "to"} and _PLACE_THEN_NAME.fullmatch(after):
            # "U.S. Attorney for Massachusetts Joshua Levy", "Ambassador to Brazil Omar Qadri": the
            # title's place, then its holder, not the title alone ("U.S. Attorney")
            title = _TITLE_OF.search(seg, 0, cut.start() + 1)
            if title is not None and title.group(1).lower() in PERSON_TITLES:
                continue
        if (
            word in {"of", "for", "to", "on", "and"}
            and (after[:1].isupper() or _THE_CAPITAL.match(after))
            and title_of_office(seg[: cut.start()])
            and not (word == "and" and given_name_gender(" ".join(after.split()[:2])))
        ):
            continue  # "Chairman of the Joint Chiefs of Staff Joseph Dunford": the office's own "of"
        if word in {"of", "on", "for"} and organisation_role_name(seg.split()):
            continue  # "Bank of America CEO Brian Moynihan": the preposition is inside a name
        if word == "of" and organisation_of(seg[: cut.start()], after):
            continue  # "The Ministry of Health said": the organisation's whole name
        if role_then_name is not None and cut.start() < role_then_name.start() and word in {"of", "for", "and"}:
            # not "legal director for the gay rights group Human Rights Campaign": a determiner
            # makes the words after the preposition its object, an organisation
            inside = seg[cut.end() : role_then_name.start()].split()
            role = seg[: cut.start()].split()[-1:]  # "… vice president for", "… Vice President for"
            if role and (role[0].islower() or is_person_title(role[0])) and not any(w in DETERMINERS for w in inside):
                continue
        return cut.start()
    return len(seg)


def _owning_organisation_then_name(before: list[str], run: str, name: str) -> bool:
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


#: A participle after the noun of a description ("one Republican involved in the planning",
#: "the official quoted by the paper"): the head ends before it.
_POSTNOMINAL = re.compile(
    r"(?<=[a-zA-Z])\s(?:[a-z]\w*ed|stuck|caught|left|held|born|seen|shown|hurt|kept|trapped)(?:\s+(?:in|with|by|on|at|to|for|about|from|outside|inside|near|behind|around|along|as|without|last|this|[A-Z][a-z]+day)\b|\s*$)"
)
#: An adjective after the noun of a description, with its object ("a source close to the talks",
#: "people familiar with the matter"): the head ends before it. The description is the noun (the
#: talks or the person it is close to never spoke), so a name after "close to" is no speaker.
_POSTNOMINAL_ADJECTIVE = re.compile(
    r"(?<=[a-zA-Z])\s(?:close|familiar|closely\s+involved|privy|loyal|knowledgeable)(?:\s+(?:to|with|about|in)\s|\s*$)"
)
#: Words that end the object of ``_POSTNOMINAL_ADJECTIVE`` (a clause or a time after it).
_OBJECT_END = re.compile(r"\s(?:who|which|whose|during|after|before|last|this|earlier|later|also|then|again|as|and|by)\s")
_ADJECTIVE_WORDS = {"close", "familiar", "closely", "privy", "loyal", "knowledgeable"}


#: A description that gives the name: "known (only) as Bob", "named Eric Kingson", "identified as X".
_NAMED = re.compile(rf"^\s*(?:(?:A|An|One|Another)\s+)?(?:[a-z0-9][\w-]*\s+){{1,6}}(?:(?:known|identified)\s+(?:only\s+)?as|named)\s+({name_pattern(0, 3)})\s*$")


#: A name at the end of a phrase right after a lower-case noun ("… of ceremonies Asad Tabbal").
_ROLE_THEN_NAME = re.compile(
    rf"\s(?!(?:the|a|an|of|for|and|at|in|on|to|by|with|from)\s)[a-z][a-z-]+\s+{name_pattern(1, 9)}\s*$"
)


_ISSUED_BY = re.compile(r"\s(?:from|by|(?:issued|released|published|filed|signed|written|sent) by)\s")
#: The participle of ``_ISSUED_BY`` ending a document's head ("a complaint filed").
_ISSUING_PARTICIPLE = re.compile(r"\s(?:issued|released|published|filed|signed|written|sent)$")


#: A place or time adverb before a determiner opening a speaker phrase: '“…!” here the crowd
#: chanted', 'there the audience roared': the adverb is no part of the phrase.
_ADVERB_BEFORE_DETERMINER = re.compile(
    r"^\s(?:[Hh]ere|[Tt]here|[Nn]ow|[Tt]hen|[Aa]gain|[Ll]ater|[Ff]inally|[Ss]uddenly|[Ss]oon)\s+(?=(?:the|a|an|his|her|their|its|some|many|one)\s)"
)


#: Subjects joined by "or" / "nor" ("Neither Park nor Reyes", "the mayor or her deputy"): a denial
#: or a choice, so neither conjunct is known to have spoken.
_CONJUNCT = r"(?:(?:the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
DISJUNCTION = re.compile(rf"^\s*(?:[Nn]?[Ee]ither\s+)?{_CONJUNCT}\s+n?or\s+{_CONJUNCT}\s*$")


#: Determiners that open an object after a verb ("answers the critics", "promises a vote").
_OBJECT_DETERMINERS = frozenset("the a an his her its their our these those this that".split())


#: "and" or "&" between two conjuncts of a subject ("Kline and Diaz", "Procter & Gamble").
COORDINATOR = re.compile(r"\s(?:and|&|as\s+well\s+as)\s")
#: Prepositions that open a phrase inside a conjunct: an "and" after one joins the phrase's own
#: objects ("a spokesman for the FBI and the CIA": one spokesman).
_INNER_PREPOSITIONS = frozenset(
    "of for at from with in on to by about against between among over under into than".split()
)
#: "Both Kline and Diaz said": the quantifier before a coordination.
_BOTH = re.compile(r"^(?:[Bb]oth|[Tt]ogether,?)\s+")
#: A singular verb or auxiliary right after a subject: the subject is one person or thing, whatever
#: "and" joins inside it ("Yahoo News and former TV network anchor Katie Couric has promoted").
_SINGULAR_VERB = re.compile(r"^\s*(?:has|is|was|does|[a-z]+[^su\W’']s)\b")
#: A possessive ending, dropped when comparing a head with its conjunct ("Poe's" ~ "Poe").
_STRIP_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])(?=\s|$)")
#: "Republicans and Democrats alike said": the adverb closing a coordination.
_ALIKE = re.compile(r"\s+(?:alike|both|together|each)$")
#: "Mr. and Mrs. Hale", "Dr. and Mrs. Ruiz": a couple under one surname.
_HONORIFIC_COUPLE = re.compile(rf"(?:Mr|Mrs|Ms|Dr)[.{ABBREVIATION_DOT}]?\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Dr)[.{ABBREVIATION_DOT}]?\s")
#: Lower-case words that open a conjunct like a determiner does ("and his wife", "and other aides").
_CONJUNCT_OPENERS = DETERMINERS | {
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


def _role_words(words: list[str]) -> bool:
    """Words that are only a role, no person and no body on their own: lower-case words and titles
    ("Chairman", "former senator", "co-founder", "vice president for news"), not a determiner
    ("the mayor" is someone) nor a name ("Kline")."""
    return bool(words) and all(
        (w.islower() and w not in DETERMINERS and w not in _CONJUNCT_OPENERS)
        or is_person_title(w)
        or bare(w) in PERSON_TITLES
        or w.lower() in PERSON_NOUNS
        or w.lower() in TITLE_PREMODIFIERS
        for w in words
    )


def _named_opening(words: list[str]) -> bool:
    """Words before a preposition that are a person's or a body's name ("Ann Roe" of "Ann Roe of
    the Sierra Club", "The Department" of "The Department of Justice"), not a description or a
    gerund ("a spokesman", "Choosing")."""
    words = words[1:] if words[:1] in (["the"], ["The"]) else words  # "The Department of Justice"
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return False
    if words[0].lower().endswith("ing") and is_common_word(words[0].lower()):
        return False
    head = head_of_segment(" ".join(words))
    if head is None or head.kind not in {"name", "description"}:
        return False
    return all(w[:1].isupper() for w in head.text.split() if w.lower() != "the")  # not "officials"


def _conjuncts(text: str) -> list[str]:
    """``text`` split at the "and"/"&" that join speaker phrases: not inside an organisation's name
    ("the Department of Health and Human Services and the FBI" has two conjuncts), nor inside a
    phrase that a preposition opens after a description ("a spokesman for Smith and Wesson")."""
    pieces: list[str] = []
    start = 0
    for m in COORDINATOR.finditer(text):
        left = text[start : m.start()]
        words = left.split()
        rest = text[m.end() :]
        # a preposition, or a participle that opens a phrase like one ("starring", "including")
        inner = next((k for k, w in enumerate(words) if w in _INNER_PREPOSITIONS or k and w.islower() and w.endswith("ing")), None)
        if inner is not None and not (
            _named_opening(words[:inner])
            and not (rest[:1].islower() and rest.split()[0] not in _CONJUNCT_OPENERS)
        ):
            # "a spokesman for the FBI and the CIA": one spokesman for both; "Vice President for
            # news and talk Dave Gorab", "Choosing between Clinton and Sanders": the preposition's
            # objects; but "Ann Roe of the Sierra Club and Ben Poe": two people
            continue
        nxt = COORDINATOR.search(rest)
        right = rest[: nxt.start()] if nxt is not None else rest
        if any(
            organisation_with_and(words[k:] + ["and", *right.split()])
            or organisation_name_length(words[k:] + ["and", *right.split()]) > len(words) - k + 1
            for k in range(len(words) - 1)
        ):
            continue  # "the Department of Health and Human Services", "officials at the Department of …"
        pieces.append(left)
        start = m.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces]


def joint_speakers(text: str) -> bool:
    """``text`` names two speakers or more, joined by "and" ("Ed Kline and Rosa Diaz", "the mayor
    and the sheriff"): shown as written, never resolved to one person or read as one name."""
    if COORDINATOR.search(text) is None:
        return False
    if _HONORIFIC_COUPLE.match(text) and _OWNED_NOUN.search(text):
        return False  # "Mr. and Mrs. Hal Dorsey's lawyer": one person, theirs
    parts = _conjuncts(text)
    return len(parts) > 1 and not _owners_coordinated(parts)


#: A name's possessive before a lower-case noun opening a conjunct ("Ben Poe's lawyer").
_OWNED_NOUN = re.compile(rf"(?:[{UPPER}][\w.{ABBREVIATION_DOT}-]*\s+)*[{UPPER}][\w-]*(?:[’']s|s[’'])\s+[a-z]")


def _owners_coordinated(parts: list[str]) -> bool:
    """ "Johnson and Johnson's chief executive", "Ann Roe and Ben Poe's lawyer": names joined
    before a possessive, which owns the noun after it: one description, not two speakers."""
    return bool(_OWNED_NOUN.match(parts[-1])) and len(parts[-1].split()) <= 6 and all(bare_name(p) for p in parts[:-1])


def joint_heads(mention: Mention) -> list[Mention]:
    """The heads of a joint speaker's conjuncts ("Pat Quinn and her husband" -> Pat Quinn, her
    husband), for a referent index that wants each person; [] for any other mention."""
    if mention.kind != "description" or not joint_speakers(mention.text):
        return []
    heads = []
    for part in _conjuncts(mention.text):
        listed = [head_of_segment(p) for p in part.split(",") if p.strip()]
        if len(listed) > 1 and all(h is not None and h.kind == "name" for h in listed):
            heads += listed  # "Tom Kell, Joe Ames and Ann Lind": three people, not "Joe Ames and …"
        else:
            heads.append(head_of_segment(part))
    return [h for h in heads if h is not None]


#: Nouns of people that no plural rule finds ("men", "faculty", "couple").
_PEOPLE_WORDS = frozenset("men women people children faculty staff family families couple pair duo trio crew".split())
_SPEAKING_HEADS = PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | PLURAL_PERSON_NOUNS | _PLURAL_SOURCE_NOUNS


def can_speak(description: str) -> bool:
    """A description's head is someone or something that speaks: a person, a group, a body, a
    document, a capitalised name or a person's relation ("the FBI", "faculty", "her rival"), not
    "refusal" or "its history"."""
    words = description.split()
    head = _STRIP_POSSESSIVE.sub("", words[-1]) if words else ""
    low = head.lower()
    related = 2 <= len(words) <= 4 and words[0].lower() in {"his", "her", "their"}  # "her rival", "his wife"
    return bool(head) and (related or head[:1].isupper() or low in _SPEAKING_HEADS | _PEOPLE_WORDS or low.removesuffix("s") in _SPEAKING_HEADS)


def _bare_noun(part: str) -> Mention | None:
    """A conjunct that is a bare common noun and its phrase ("faculty at Ohio State" of "Students
    and faculty at Ohio State"): the noun, as a description; no determiner was there to read."""
    words = part.split()
    if words and words[0] in _CONJUNCT_OPENERS - DETERMINERS and len(words) <= 5 and can_speak(part):
        return Mention("description", part)  # "other right-wing Israeli leaders"
    if not words or not words[0].islower() or not is_common_word(words[0]) or words[0] in _INNER_PREPOSITIONS:
        return None
    cut = _first_cut(" " + part + " ")
    noun = part[: max(cut - 1, 0)].strip() or part
    return Mention("description", noun) if len(noun.split()) <= 3 else None


def _title_word(word: str) -> bool:
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
    given name, and "&", "and", "of", "for" may join them. A determiner or a lower-case word makes
    a description of someone ("the Chief Constable"), not a bare title."""
    if len(words) < 2:
        return False
    headed = _title_word(words[-1]) or any(w == "of" and k and _title_word(words[k - 1]) for k, w in enumerate(words))
    if not headed:
        return False  # "Head of Sales", "Director of Communications" are headed before "of"
    return all(
        w in {"&", "and", "of", "for"}
        or w[:1].isupper()
        and w.lower() not in DETERMINERS
        and w.lower() not in GIVEN_NAME_GENDER
        # a word of the language or a title ("Operating", "Deputy", "CEO"); a firm's name only
        # right before a title ("Brightway Chief …"), not a name before one ("Senator Mia Lord")
        and (is_common_word(w.lower()) or _title_word(w) or w.isupper() or k == 0 and _title_word(words[1]))
        for k, w in enumerate(words)
    )


def titles_then_name(text: str) -> Mention | None:
    """The name after coordinated capitalised titles of one person ("Chief Operating Officer and
    Deputy Chairman Ann Roe", "Head of Sales & Marketing and Deputy CEO Ann Roe"): her name, not a
    pair. None when the first conjunct ends on a name ("Chief Executive Ann Roe and Chairman Ben
    Poe" are two people) or a determiner opens it ("the Chief Constable and Mayor Ann Roe")."""
    joins = list(COORDINATOR.finditer(f" {text} "))
    if not joins:
        return None
    last = joins[-1]
    left = f" {text} "[: last.start()].split()
    if not title_run(left):
        return None
    head = head_of_segment(f" {text} "[last.end() :])
    words = f" {text} "[last.end() :].split()
    if head is not None and head.kind == "name" and _WORK_THEN_ROLE.match(f" {text} "[last.end() :]):
        return head  # 'SAG-AFTRA President and “The Harbor” star Rita Vance': a second role, its work quoted
    if head is None or head.kind != "name" or not words or not _title_word(words[0]) and words[0].lower() not in TITLE_PREMODIFIERS | {"deputy", "vice", "assistant", "executive", "senior", "managing"}:
        return None  # "Chief Officer and Ann Roe": a title, then someone else
    return head


#: A quoted (masked) work's title, then a role in it, before a name: '“The Harbor” star', '"Lost" creator'.
_WORK_THEN_ROLE = re.compile(r"\s*[“\"‘][·\s]+[”\"’]\s+(?:star|co-star|creator|showrunner|host|actor|actress|writer|director|author|singer)\s+[A-Z]")


def department_office_holder(text: str) -> Mention | None:
    """The name after an office whose department's name holds the "and" ("Health and Human
    Services Secretary Ann Roe", "Environment, Food and Rural Affairs Secretary Ann Roe"): one
    person, not a pair. Every word before the office's title word is a capitalised word of the
    language, none a given name, a title or a people noun (not "Senate Democrats and House Speaker
    Ann Roe", nor "Chief Executive Ann Roe and Chairman Ben Poe")."""
    words = text.replace(",", " ").split()
    if "and" not in words[1:-3]:
        return None
    right = words[len(words) - words[::-1].index("and") :]
    if len(right) < 3 or not _title_word(right[-3]) and not _title_word(right[-2]):
        return None  # no title word before a name of one or two words
    head = head_of_segment(" ".join(right))
    if head is None or head.kind != "name":
        return None
    named = head.text.split()
    if len(words) <= len(named) + 2 or words[-len(named) :] != named:
        return None
    before = words[: -len(named)]
    if not _title_word(before[-1]) or "and" not in before[:-1] or before[0] == "and" or before[-2] == "and":
        return None
    return head if all(
        w == "and"
        or w[:1].isupper()
        and w.lower() not in DETERMINERS
        and w.lower() not in GIVEN_NAME_GENDER
        and is_common_word(w.lower())
        and not _title_word(w)
        and not people_noun(w.lower())
        for w in before[:-1]
    ) else None


def _field_word(word: str) -> bool:
    """A capitalised word of the language and no given name ("Police", "Crime", "Human")."""
    return word[:1].isupper() and word.isalpha() and is_common_word(word.lower()) and word.lower() not in GIVEN_NAME_GENDER


def _office_of_joined_fields(text: str) -> Mention | None:
    """The holder of an office whose name joins two fields with "and" ("Police and Crime
    Commissioner Ann Roe", "Health and Human Services Secretary Ann Roe", "Fire and Rescue Chief
    Ann Roe"): before the "and" only capitalised words of the language, after it more such words,
    a title word and the name. Not "Police and Mayor Ann Roe" (the title right after the "and":
    maybe two speakers) nor "Tom Ames and Crime Commissioner Ann Roe" (a given name first)."""
    joins = list(COORDINATOR.finditer(f" {text} "))
    if len(joins) != 1:
        return None
    first = f" {text} "[: joins[0].start()].split()
    last = f" {text} "[joins[0].end() :].split()
    if not 1 <= len(first) <= 3 or not all(_field_word(w) for w in first):
        return None
    k = next((k for k, w in enumerate(last) if not _field_word(w) or _title_word(w)), len(last))
    if k == 0 or k >= len(last) - 1 or not _title_word(last[k]):
        return None
    head = head_of_segment(" ".join(last[k:]))
    return head if head is not None and head.kind == "name" and head.text.split()[-1] == last[-1].strip(STRIP) else None


def coordination(segment: str, following: str = "") -> Mention | None:
    """A subject of speakers joined by "and" ("Mayor Ed Kline and Sheriff Rosa Diaz said", "The
    Department of Justice and the FBI said", "Smith and Wesson said"): both spoke, so neither alone
    is the speaker; the conjuncts' heads joined ("Ed Kline and Rosa Diaz", "the Department of
    Justice and the FBI"), or an unnamed someone when a conjunct has no head. None when ``segment``
    is no such coordination, to be read as before: an organisation's name ("the Centers for Disease
    Control and Prevention"), roles of one person ("Chairman and CEO Tim Vance" is Vance, so is "the
    company's founder and chief executive Ann Roe": the second role shares the determiner), or an
    "and" opening a clause ("Kline and left the stage"). ``following`` is the text after the
    subject: a singular verb there ("… has promoted") makes the phrase one person's roles."""
    text = ADVERB_TAIL.sub("", _ALIKE.sub("", _BOTH.sub("", segment.strip(STRIP)))).strip(STRIP)  # "… later said"
    if COORDINATOR.search(f" {text} ") is None or SHARED_SURNAME_COUPLE.fullmatch(text):
        return None
    if _HONORIFIC_COUPLE.match(text):
        if _OWNED_NOUN.search(text):
            return Mention("description", text)  # "Mr. and Mrs. Hal Dorsey's lawyer": their lawyer
        return Mention("unnamed", text)  # "Mr. and Mrs. Hale": two people, neither named alone
    holder = titles_then_name(text) or department_office_holder(text)
    if holder is not None:
        return holder  # "Chief Operating Officer and Deputy CEO Ann Roe": one person's titles
    holder = _office_of_joined_fields(text)
    if holder is not None:
        return holder  # "Police and Crime Commissioner Ann Roe": one office over two fields
    parts = _conjuncts(text)
    if len(parts) < 2 or any(not p for p in parts):
        return None
    for part in parts:
        if SPEECH_VERB.search(part) or first_verb(
            " " + " ".join(_without_adjectival_participles(part.split())) + " "
        ):
            return None  # "Kline and left the stage", "the bill passed and Diaz": clauses
    if _owners_coordinated(parts) or _STRIP_POSSESSIVE.search(parts[-1].split()[-1]) and parts[-1][:1].isupper():
        # "Ann Roe and Ben Poe's lawyer": their lawyer, or his; "Ben and Jerry's": a brand
        return Mention("description", text)
    first_words = " ".join(parts[:-1]).split()
    last = parts[-1].split()
    runs = list(NAME_RUN.finditer(parts[-1]))
    named = (
        bool(runs)
        and runs[-1].end() >= len(parts[-1].rstrip())
        and bool(clean_name(runs[-1].group()))
    )
    if _role_words(first_words):
        # "Chairman and CEO Tim Vance", "Actor and activist Ben Poe": one person's roles, or one
        # role ("president and CEO of the association")
        head = head_of_segment(parts[-1]) if named else None
        return head if head is not None and head.kind == "name" else None
    if (
        named
        and len(first_words) > 1
        and first_words[-1][:1].islower()  # not "Senator Mia Lord and Rep. Tom Hale": a name ends the first part
        and _role_words(first_words[-1:])
        and all(w[:1].isupper() and w.lower() not in DETERMINERS or _role_words([w]) for w in first_words[:-1])
        and last[0][:1].isupper()
        and (is_person_title(last[0]) or bare(last[0]) in PERSON_TITLES)
    ):
        # "Acme Foods co-founder and CEO Ann Roe": the firm's name before a role with no determiner
        # of its own, then a title and a name: one person's two roles (the firm is no speaker)
        head = head_of_segment(parts[-1])
        if head is not None and head.kind == "name":
            return head
    if last[0] in _CONJUNCT_OPENERS:
        pass  # "and the FBI", "and his wife": a phrase of its own
    elif not named:
        if last[-1].islower() or last[-1][:1].isdigit():
            # no determiner of its own: the second role shares the first's ("the Florida senator and
            # Republican presidential candidate"), unless a plural makes them groups
            plural = last[-1].endswith("s") and not last[-1].endswith(("ss", "us", "is")) and is_common_word(last[-1][:-1])
            if last[-1].lower() in GROUP_NOUNS or last[-1].lower() in PLURAL_PERSON_NOUNS or plural:
                # "Police and fire officials", "the Justice and Treasury departments": one plural head
                lower = text.split()[0].lower() in GROUP_NOUNS | PLURAL_PERSON_NOUNS | DETERMINERS
                return Mention(
                    "description", text[0].lower() + text[1:] if lower else text
                )  # "Police and fire officials"
            return None
    elif (
        runs[-1].start() > 0
        and not (last[0][:1].isupper() and (is_person_title(last[0]) or bare(last[0]) in PERSON_TITLES))
        and not _INNER_PREPOSITIONS.intersection(parts[-1][: runs[-1].start()].split())  # "faculty at Ohio State"
    ):
        # a name after lower-case words: "former TV network anchor Katie Couric", "24-year-old Tom Giancola"
        head = head_of_segment(parts[-1])
        if head is None or head.kind != "name":
            return None
        if all(
            w.lower() in DETERMINERS
            or _role_words([w])
            or w.endswith(POSSESSIVE)
            and w[:1].islower()
            for w in first_words
        ):
            return head  # "the company's founder and chief executive Ann Roe": a shared determiner, one person
        if _SINGULAR_VERB.match(following):
            return head  # "Yahoo News and former TV network anchor Katie Couric has …": one person
        if (
            (first_words[-1] in PERSON_NOUNS or _role_words(first_words[-1:]))  # "co-founder"
            and first_words[0].lower() not in {"a", "an"}
            and all(_role_words([w]) or w[:1].isupper() or w.lower() == "the" or w.endswith(POSSESSIVE) for w in first_words[:-1])
        ):
            # "former Google engineer and Gmail inventor Paul Buchheit": a role noun with no
            # determiner of its own before the "and" shares the name with the second role
            return head
        first = head_of_segment(" ".join(first_words))
        person = (
            first is not None
            and first.kind == "name"
            and (len(first.text.split()) == 1 or given_name_gender(first.text) is not None)
        )
        if not person:
            return Mention(
                "unnamed", text
            )  # "Yahoo News and former TV network anchor Katie Couric said": unsure
    heads = [head_of_segment(p) or _bare_noun(p) for p in parts]
    if any(h is None or h.kind not in {"name", "description", "pronoun"} or h.kind == "description" and not can_speak(h.text) for h in heads):
        # "Ronald Reagan's story and George W. Bush's refusal to …": things, no speakers
        return Mention("unnamed", text)
    if any(h is not None and h.kind == "pronoun" for h in heads):
        return Mention("unnamed", text)  # "he and his wife": the pronoun's person is resolved alone
    shown: list[str] = []
    for part, head in zip(parts, heads, strict=True):
        words = set(part.split()) | set(_STRIP_POSSESSIVE.sub("", part).split())
        inside = head is not None and head.kind == "name" and not set(head.text.split()) <= words
        shown.append(part if inside or head is None else head.text)  # not "M" of "Texas A&M"
    if all(h.lower() == p.lower() for h, p in zip(shown, parts, strict=True)):
        shown = parts  # "Republicans and Democrats" as written, not "republicans and Democrats"
    joined = " and ".join(shown) if len(shown) == 2 else ", ".join(shown[:-1]) + " and " + shown[-1]
    if "&" in text and all(p[:1].isupper() for p in parts):
        holder = _firm_role_holder(parts[-1], heads[-1])
        if holder is not None:
            return holder  # "Johnson & Johnson CEO Ann Roe", "Fox & Friends co-host Ann Roe"
        joined = text  # "Procter & Gamble", "Roe & Poe LLP": a firm's name, as written
    lower = joined.split()[0].lower() in DETERMINERS  # "the mayor and …", "one resident and …"
    return Mention("description", joined[0].lower() + joined[1:] if lower else joined)


def _office_holder_after_and(seg: str) -> Mention | None:
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


def _firm_role_holder(last: str, head: Mention | None) -> Mention | None:
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
    return head if between and _role_words(between) else None


#: A face and what it does: 'His eyes seemed to say “…”', 'Her face said it all: “…”'. A look says
#: nothing in words; the quote is the writer's reading of it, so it has no speaker (its owner at most,
#: and a wrong name is worse than none).
_BODY_HEADS = frozenset("eyes eye face expression look smile grin gaze glare stare".split())


#: A capitalised "The" inside a phrase, then capitalised words: the opening of a work's title
#: ("only The Last Hot Time", "in The Quiet House"); group 1: the words after it.
_THE_IN_CAPITALS = re.compile(r"(?<=\S )The((?:\s+[A-Z][\w’'-]*)+)")


def _in_work_title(segment: str, name: str) -> bool:
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
#: A preposition right before a name after a determiner's noun: the name is its object ("the
#: road between Port Alma and …", "a cousin from Kessel"), not the noun's apposed name ("the
#: journalist Olivia Messer").
_NOT_BEFORE_APPOSED_NAME = frozenset(
    "of for on between from in at near to with by across into outside inside around over under against about "
    "after before behind beyond through toward towards among along past via".split()
)


#: A publication's title with "and" in it, then the publication noun: one name, not two.
_TITLE_OF_PUBLICATION = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"\s+(?:magazine|journal|newspaper|weekly|monthly|quarterly|newsletter|blog|website)\s*"
)


@lru_cache(maxsize=1024)
def head_of_segment(segment: str) -> Mention | None:
    """The head of one speaker noun phrase ("Chris Low at FTN" -> Chris Low, "the ministry"); none
    for a description that is a clause rather than a noun phrase: one ending in a preposition ("the
    crowd broke into", when the verb "broke" is not known for one) or opening with a speech-verb
    form and its object ("answers the critics", after the quoted slogan that is its subject).

    Cached (a page's worth; a ``Mention`` is frozen): the rules tried on one quote read the same
    phrase again and again, a third of the calls on the dev pages."""
    mention = _head_of_segment(segment)
    if mention is not None and mention.kind == "name" and _in_work_title(segment, mention.text):
        return None  # "only The Last Hot Time remained in print": a book's title, no "Hot Time"
    if mention is None or mention.kind != "description":
        return mention
    words = mention.text.split()
    if words[-1].lower() in DANGLING_PREPOSITIONS:
        return None
    if len(words) <= 4 and _STRIP_POSSESSIVE.sub("", words[-1]).lower() in _BODY_HEADS:
        return None  # "his eyes", "her whole face": a look, no speaker
    if len(words) > 2 and words[0] in SPEECH_VERBS and words[1].lower() in _OBJECT_DETERMINERS:
        return None  # "answers the critics": a verb and its object, a clause (the subject was a quote)
    if len(words) > 1 and words[0].lower() in {"from", "of", "about", "than"}:
        return None  # "calls from two people": a prepositional phrase, no one who speaks
    if len(words) == 2 and words[0].lower() in DETERMINERS and words[1].lower() in _NOUNLESS_MODIFIERS:
        return None  # "a further (concerned commenter wrote)": the noun was cut off, a modifier left
    if len(words) > 1 and words[-1].lower() in _SUBJECT_PRONOUNS and words[-2].lower() not in {"of", "and", "or"}:
        # "the worst thing you (can do is …)", "the first thing we (did)": a relative clause's own
        # subject ends the phrase, which is a clause's object, no one who speaks
        return None
    return mention


#: Modifiers that name no one without their noun ("a further", "another second", "the other").
_NOUNLESS_MODIFIERS = frozenset("further second third fourth fifth new last next same".split())
#: Pronouns that only stand as a clause's subject (not "all of you", "you and I").
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she"})


def _head_of_segment(segment: str) -> Mention | None:
    label, colon, rest = segment.rpartition(": ")
    if colon and label.strip() and label.upper() == label and len(label.split()) <= 4 and re.search(r"\w", rest):
        # 'THE PRESIDENT: My critics said': the turn's label is no part of the subject (a label in
        # capitals only: "Do as I say, not as I do: McHenry's words …" is a caption run on)
        segment = rest
    seg = " " + LEAD_CONJ.sub("", segment).strip(STRIP) + " "
    seg = _ADVERB_BEFORE_DETERMINER.sub(" ", seg, count=1)  # "here the crowd", "there the audience"
    if ONLINE_HANDLE.fullmatch(seg.strip()):
        return Mention("name", seg.strip())  # "acebush1 wrote, “…”": the poster's handle
    if DISJUNCTION.search(seg):
        return None  # "Neither Park nor Reyes said", "Park or Reyes said": no one of them for sure
    organisation = organisation_name(seg) or organisation_owns(seg)
    if organisation is not None:
        return organisation  # "the Center for American Progress", not "the Center"
    if _TITLE_OF_PUBLICATION.fullmatch(seg):
        return None  # "Air and Space magazine", "Field and Stream magazine": one title, as "Time magazine" (no "Air")
    if " and " in seg or " & " in seg or " as well as " in seg:
        holder = _office_holder_after_and(seg)
        if holder is not None:
            return holder  # "Minister for Trade and Industry Tove Lund": one office, its holder
        joint = coordination(seg)
        if joint is not None:
            return joint  # "Mayor Ed Kline and Sheriff Rosa Diaz": both, not Kline
    called = _NAMED.search(seg) if " as " in seg or " named " in seg else None
    if called is not None:  # "the base chief, known only as Bob", "an academic named Eric Kingson"
        name = clean_name(called.group(1))
        if name:
            return Mention("name", name)
    first_word = seg.split()[:1]
    postnominal = _POSTNOMINAL.search(seg) if first_word and first_word[0].lower() in DETERMINERS else None
    if postnominal is None and first_word:
        # "team members dressed for a game", "fans seated behind the bench": a bare plural of
        # people and its participle's phrase; the head ends before the participle
        bare_plural = _POSTNOMINAL.search(seg)
        lead = seg[: bare_plural.start()].split() if bare_plural is not None else []
        if bare_plural is not None and 0 < len(lead) <= 3 and plural_group(" ".join(lead)) is not None:
            postnominal = bare_plural
    if postnominal is not None and not _ISSUED_BY.match(seg, postnominal.start()):
        seg = seg[: postnominal.start()] + " "  # "one Republican involved in the planning"
    related = group_of(seg)
    if related is not None:
        return related  # "supporters of the mayor", not "supporters"
    adjective = _POSTNOMINAL_ADJECTIVE.search(seg) if _ADJECTIVE_WORDS.intersection(seg.split()) else None
    noun = seg[: adjective.start()].split()[-1] if adjective is not None else ""
    if adjective is not None and not people_noun(noun):
        adjective = None  # "if he gets close to 1,237": no noun of people before the adjective
    if adjective is not None and noun and (noun.islower() or noun == seg.split()[0] and given_name_gender(noun) is None and is_common_word(noun.lower())):
        obj = seg[adjective.end() :].split()
        obj_end = _first_cut(" " + " ".join(obj) + " ") if obj else 0
        if obj and not _OBJECT_END.search(" " + " ".join(obj) + " "):
            obj_end = len(" ".join(obj)) + 1  # "close to the head of the agency": "of" is inside the object
        described = " ".join(seg[: adjective.end()].split() + " ".join(obj)[: max(obj_end - 1, 0)].split())
        if obj and 0 < obj_end and len(described.split()) <= 9 and not SPEECH_VERB.search(described):
            lower = described.split()[0].lower() in DETERMINERS or described.split()[0] == noun
            return Mention("description", described[0].lower() + described[1:] if lower else described)
        seg = seg[: adjective.start()] + " "  # "Sources familiar": the noun alone
    crowd = crowd_of(seg)
    if crowd is not None:
        return crowd  # "hundreds of workers", not "hundreds"
    partitive = _PARTITIVE.match(seg)
    if partitive is not None and partitive.group(1).split()[-1].lower() in _PARTITIVE_HEADS:
        phrase = partitive.group(0).strip()
        return Mention("description", phrase[0].lower() + phrase[1:])  # "one of those advisers", "one of her ads"
    placed = _PARTITIVE_PLACED.match(seg)
    if placed is not None and placed.group(2).split()[-1].lower() in _PARTITIVE_HEADS:
        # "one of the managers present", "one of the engineers in the room": the same one, placed
        phrase = placed.group(1).strip()
        return Mention("description", phrase[0].lower() + phrase[1:])
    cut = _first_cut(seg)
    if seg.startswith(" and ", cut) and SHARED_SURNAME_COUPLE.fullmatch(seg.strip()):
        return Mention("unnamed", seg.strip())  # "David and Jeanne Heidler": two people, "David" names neither
    participle = _ISSUING_PARTICIPLE.search(seg, 0, cut) if seg[cut : cut + 4] == " by " else None
    if participle is not None:
        cut = participle.start()  # "a complaint filed by …": the cut fell on "by", after the participle
    issuer = _ISSUED_BY.match(seg, cut)
    head_words = seg[:cut].split()
    if issuer is not None and head_words and head_words[-1].lower() in DOCUMENT_NOUNS:
        by = head_of_segment(seg[issuer.end() :])  # "a statement from the Kremlin": the document and its issuer
        if by is not None and by.kind in {"name", "description"}:
            document = " ".join(head_words)
            if document.split()[0].lower() in DETERMINERS and len(head_words) <= 6:
                text = f"{document}{issuer.group().rstrip()} {by.text}"
                return Mention("description", text[0].lower() + text[1:] if head_words[0] in {"A", "An", "The"} else text)
            return by
    seg = seg[:cut].strip()
    stripped = ADVERB_TAIL.sub("", seg).strip(STRIP)
    if stripped and stripped.lower() not in DETERMINERS:
        seg = stripped  # "the daily" keeps its noun; "the nominee mockingly" loses the adverb
    if not seg or len(seg.split()) > 8 and (
        len(seg.split()) > 12
        or not (_ROLE_THEN_NAME.search(f" {seg} ") or organisation_role_name(seg.split()) or title_of_office(" ".join(seg.split()[:-2])))
    ):
        return None
    if " and " in seg and seg.split()[0].lower() == "the" and organisation_with_and(seg.split()):
        return Mention("description", "the" + seg[3:])  # "the Centers for Disease Control and Prevention"
    low = CONTRACTION.sub("", seg.lower())  # "he's said", "she'd told"
    if low in PRONOUN_GENDER:
        return Mention("pronoun", low)
    low = seg.lower()
    if low in _UNNAMED:
        return Mention("unnamed", low)
    group = plural_group(seg)
    if group is not None:
        return group
    if not low.split():
        return None
    first = low.split()[0]
    runs = list(NAME_RUN.finditer(seg))
    if runs and runs[0].start() == 0 and runs[-1].end() >= len(seg) and title_run(seg.split()) and clean_name(seg) not in {"", seg}:
        # "VFI Chief Executive, Padraig Cribben, said": a job title with no name after it describes
        # its holder (who may be named in the apposition that follows); the name cleaner, which
        # strips a leading title word, leaves a garbage name of it ("Executive")
        return Mention("description", seg)
    if runs and runs[-1].end() >= len(seg) and first not in DETERMINERS:
        lead = _without_adjectival_participles(seg[: runs[-1].start()].split())
        if not LEADING_VERB.search(" " + " ".join(lead)) and not SPEECH_VERB.search(
            " ".join(lead)
        ):
            name = clean_name(runs[-1].group())
            if name and len(name.split()) > 2 and title_of_office(seg[: runs[-1].start()]):
                name = holder_of_office(name.split())  # "Chief of Staff Reince Priebus"
            if name and name_length(name.split()) > 4:
                name = trailing_name(name.split())  # "Maricopa County Recorder Helen Purcell"
            if name and name_length(name.split()) <= 4:  # "Senate Minority Whip Dick Durbin" -> Dick Durbin
                return Mention("name", name)
    spoken = SPEECH_VERB.search(seg)
    if spoken is not None and first in {"the", "a", "an", "this", "that"} and _noun_after_determiner(seg, spoken):
        spoken = None  # "the warning", "the posting": a noun after its determiner, not a verb
    verbish = spoken or first_verb(" " + seg)
    if first in DETERMINERS and runs and runs[-1].end() >= len(seg) and not verbish:
        before_run = seg[: runs[-1].start()].split()
        name = clean_name(runs[-1].group())
        if before_run[-1:] in (["elder"], ["younger"]) and len(before_run) == 2 and name and " " not in name:
            # "the elder Vance": one of two relatives of that name, whose fullest form may be the
            # other one's; the phrase as written
            return Mention("description", f"the {before_run[-1]} {name}")
        if len(before_run) >= 2 and before_run[-1].islower() and before_run[-1] not in _NOT_BEFORE_APPOSED_NAME and name:
            return Mention("name", name)  # "the journalist Olivia Messer", not "the Bank of England"
        owner_then_name = _owning_organisation_then_name(before_run, runs[-1].group(), name)
        if owner_then_name:
            return Mention("name", name)  # "the NRA's Chris Cox", "the Center for American Progress's Ann Roe"
        run_words = runs[-1].group().split()
        if not before_run and name and 2 <= len(name.split()) <= 4 and run_words[-len(name.split()) :] == name.split():
            held = run_words[: -len(name.split())]
            if len(held) >= 2 and is_person_title(held[-1]):
                return Mention("name", name)  # "Another City Councilor Ely Estante": the councilor, named
        titled = bare(runs[-1].group().split()[0]) in PERSON_TITLES | {"rev", "hon"}
        if before_run == [seg.split()[0]] and titled and name and name != runs[-1].group():
            return Mention("name", name)  # "the Rev. Samuel Ade"
    owned = _NAME_OWNER.fullmatch(seg.strip()) if not verbish else None
    if owned is not None and owned.group(1).lower() in KNOWN_HEADS | GROUP_NOUNS:
        words = seg.split()
        while len(words) > 3 and (bare(words[0]) in TITLE_WORDS or is_person_title(words[0])):
            words = words[1:]  # the owner's titles go, as in a name: "Ann Voss’s office"
        return Mention("description", " ".join(words))  # "Sen. Al Boyd's office": a full name owns it
    owner_pronoun = _OWNER_PRONOUNS.get(first)
    if owner_pronoun and len(low.split()) == 2 and low.split()[1] in _OWN_WORDS_DOCUMENTS and not verbish:
        # "His statement continued: …", "Her post read": the owner's own words, so the speaker is
        # whom the pronoun stands for (not a speaker called "His statement")
        return Mention("pronoun", owner_pronoun)
    possessive = first.endswith(POSSESSIVE) and len(seg.split()) <= 4  # "Zelensky's office"
    if possessive and CONTRACTION.sub("", first) in _CONTRACTED_IS_WORDS:
        return None  # "It's unusual", "that's why": a pronoun and a contracted "is", no owner
    if (first in DETERMINERS or possessive) and (2 <= len(seg.split()) <= 6 or _long_body_name(seg.split())) and not verbish:
        if two_noun_phrases(seg.split()):
            return None  # '“…”, a line his critics mock': no one who said it
        return Mention(
            "description", seg[0].lower() + seg[1:] if first in {"the", "a", "an"} else seg
        )
    if first in {"my", "your"} and 2 <= len(seg.split()) <= 4 and not verbish and kin_or_age(seg.split()[-1]):
        # 'says my two-year-old', 'my neighbour said': the writer's (or reader's) own person,
        # described as such; only a person noun or an age after it ("my view" is no one)
        return Mention("description", seg[0].lower() + seg[1:])
    return None


def _long_body_name(words: list[str]) -> bool:
    """A body's capitalised name of seven or eight words after "the" ("the New South Wales Rural
    Fire Service"): every word capitalised (or "of", "for", "and"), the last an organisation noun."""
    return (
        len(words) <= 8
        and words[0].lower() == "the"
        and words[-1].lower() in ORGANISATION_NOUNS
        and all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in words[1:])
    )


#: An age standing for a person: "two-year-old", "12-year-old", "18-month-old".
AGE_NOUN = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-olds?")


def kin_or_age(word: str) -> bool:
    """A noun of a person ("neighbour", "daughter", "editor") or an age standing for one
    ("two-year-old", "12-year-old")."""
    low = word.lower()
    return low in PERSON_NOUNS or AGE_NOUN.fullmatch(low) is not None


#: A name of two to four capitalised words (and their particles) in the possessive and a noun or
#: two ("Al Boyd's office", "Sen. Al Boyd's campaign spokesman", "Von der Leyen's spokesman");
#: group 1 is the last noun.
_NAME_OWNER = re.compile(
    rf"(?:[A-Z][\w.{ABBREVIATION_DOT}-]*\s+(?:(?:{'|'.join(sorted(PARTICLES))})\s+){{0,2}}){{1,3}}[A-Z][\w-]*(?:[’']s|s[’'])\s+(?:[a-z]+\s+)?([a-z]+)"
)


def _noun_after_determiner(seg: str, spoken: re.Match[str]) -> bool:
    """A speech-verb form right after the segment's determiner, in its -ing or bare form, is a
    noun ("The warning said: “…”", "the posting", "the warning letter"), not the verb that makes
    the segment a clause."""
    form = spoken.group().lower()
    before = seg[: spoken.start()].split()
    if len(before) == 2 and form.endswith("s") and form in SPEECH_NOUN_FORMS and not seg[spoken.end() :].strip():
        # "the explanatory notes", "the detailed reports": an adjective between the determiner and
        # the plural noun (not "the official notes": a person's noun there is the verb's subject)
        middle = before[1]
        return middle.islower() and middle not in PERSON_NOUNS and _ADJECTIVE_SUFFIX.search(middle) is not None
    return len(before) == 1 and (form.endswith("ing") or form in SPEECH_NOUN_FORMS)


#: Endings of adjectives before a plural noun of saying ("explanatory", "official", "detailed").
_ADJECTIVE_SUFFIX = re.compile(r"(?:ory|ary|al|ive|ed|ous|ic)$")


def _without_adjectival_participles(words: list[str]) -> list[str]:
    """Lower-case words before a name without the -ed words that open a role and modify the noun
    after them ("retired surgeon", "the undecided voter"): those are adjectives; an -ed word right
    before the name ("praised Ben Carson") or after another word ("Trump praised former senator
    X") stays, as the verb it is."""
    function_words = DETERMINERS | INTRO_WORDS
    return [
        w
        for k, w in enumerate(words)
        if not (
            w.endswith("ed")
            and (k == 0 or words[k - 1].lower() in DETERMINERS)  # not "Trump praised former senator X"
            and k + 1 < len(words)
            and words[k + 1].lower() not in function_words
        )
    ]


#: Words whose "'s" is a contracted "is" or "has", never a possessive ("it's", "that's", "there's").
_CONTRACTED_IS_WORDS = frozenset("it that there here what who where how he she let".split())
#: A contracted auxiliary after a subject pronoun ("he's", "she'd", "they've").
CONTRACTION = re.compile(r"[’'](?:s|d|ve|re|ll)$")


def bare_name(piece: str) -> bool:
    """A comma piece that is only a name ("Ben Poe", "Sen. Amy Cole"): a member of a list."""
    words = piece.strip(STRIP).split()
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return False
    head = head_of_segment(piece)
    return head is not None and head.kind == "name"


#: Lower-case words a title may open with in an apposed name (", former Secretary of State X,").
TITLE_PREMODIFIERS = frozenset({"former", "then", "acting", "retired", "longtime", "fellow"})


KNOWN_HEADS = ORGANISATION_NOUNS | DOCUMENT_NOUNS | PERSON_NOUNS
