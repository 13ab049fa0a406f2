"""Who said it: the speaker phrase before a speech verb ("X, the minister, said") or after an
inverted one ("said X"), the phrase-parsing half of attribution.

Rules follow English news style: "X said", "said X", "X, the minister, said", "according to X",
"he told reporters". A speaker phrase is reduced to its head (a name, a pronoun or a description
such as "the ministry"); which words of a run of capitals are the name is ``name_cleaning``'s
business, and resolving names and pronouns to people is ``names`` and ``salience``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .appositives import (
    SUBORDINATORS,
    TIME_BEFORE_SUBJECT,
    comma_coordination,
    description_is_subject,
    join_adjectives,
    named_then_appositives,
    past_participle_intro,
    subject_of_appositives,
)
from .bare_sources import hedged_count, share_of
from .coordinated_heads import department_office_holder
from .fronted_objects import subject_after_fronted_object
from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .glued_captions import glued_speaker
from .head_patterns import LEAD_CONJ
from .inverted_speakers import _ROLE_PARTICIPLES
from .joint_phrases import joint_speakers
from .masking import ABBREVIATION_DOT, STATE_ABBREVIATION
from .mention import Mention
from .name_cleaning import (
    DATE_MONTH,
    PARTICLES,
    PERSON_TITLES,
    UPPER,
    after_masthead,
    bare,
    clean_name,
    is_person_title,
    participle_intro,
    person_after_paper,
)
from .organisation_names import DETERMINERS, STRIP
from .sentence_adverbs import is_adverb_opener, is_sentence_adverb
from .speaker_heads import head_of_segment
from .speech_lexicon import (
    GROUP_NOUNS,
    INTRO_WORDS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    SOMEONE_SPEAKING_NOUNS,
    someone_speaking_noun,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .title_runs import title_run
from .wordlists import MONTH_ALTERNATION, STATE_NAMES, is_common_word

#: "this source", "these officials": a demonstrative that opens a subject, not "this week".
_DEMONSTRATIVES = {"this", "that", "these", "those"}


#: An object relative clause right before the verb: "which X", "whom X" ("one which historian
#: John Baick calls …"); a subject relative ("which said") has nothing there.
_OBJECT_RELATIVE = re.compile(r"\s(?:which|whom)\s+([^,;]{3,60}?)\s*$")
#: The last piece before the verb follows a dash: a parenthetical closed just before it.
_DASH_BEFORE_LAST = re.compile(r"(?:[—–]|\s--?\s)[^,();—–]*$")
#: A subject after "and" or "but" closing the text before a verb ("… and Clinton said", "waits fell
#: but Morrow says": "but" joins clauses, the comma before it often left out); the last one of
#: several: "… asked him about it and Kell said".
_AND_SUBJECT = re.compile(r"\s(?:and|but)\s+((?:(?!\s(?:and|but)\s)[^,;:“”\"·]){1,60}?)\s*$")
#: "between" with its first member and no "and" yet: the "and" after it joins the second member.
_BETWEEN_OPEN = re.compile(r"\sbetween\s+(?:(?!\sand\s)[^,;:“”\"·])+$")
_SPLIT_CLAUSE = re.compile(r"\s(?:that|because|while|when|although|whether|if|what)\s")


#: A month that is a date ending the text before a name: "… in September ", "… since early May ".
_DATE_BEFORE_NAME = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:{MONTH_ALTERNATION})\s+$"
)
_NAME_AT_END = re.compile(
    rf"({DATE_MONTH}[{UPPER}][\w’'-]*(?:&[{UPPER}][\w’'-]*)*(?:[ \t]+{DATE_MONTH}[{UPPER}][\w’'-]*(?:&[{UPPER}][\w’'-]*)*){{0,3}})\s*$"
)


#: Nouns of time after "this"/"that" ("this week Kell said"): an adverbial, not a subject.
_TIME_NOUNS = set(
    "week month year morning afternoon evening night time summer winter spring fall autumn weekend season "
    "term session quarter decade century day hour minute point moment".split()
)


def _demonstrative_head(word: str) -> bool:
    """The last word of "this source", "these protesters", "this Reyes look-alike" is the head of a
    subject: a person or group noun, or a lower-case hyphenated or -er/-or noun that is no time."""
    low = word.lower()
    if low in PERSON_NOUNS | GROUP_NOUNS:
        return True
    return word.islower() and low not in _TIME_NOUNS and ("-" in low or low.endswith(("er", "or", "ist", "ian")))


#: The subject at the end of an opening participle phrase that lacks its comma: a determiner and
#: a known head noun ("… the delay the minister"), or capitalised words after a lower-case one
#: and no preposition ("… of the courthouse Kell", not "… speaking in French").
_OPENER_DESCRIPTION = re.compile(r"\s((?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+){0,2}([a-z-]+))\s*$")
#: An owner's person ending such a phrase: a name or "the" and a noun in the possessive, then a
#: person's noun ("… for comment Phares’ assistant", "… a statement the mayor’s spokesman";
#: group 1 the description, group 2 its head).
_OPENER_OWNED = re.compile(
    rf"\s((?:[Tt]he\s+[a-z-]+|[A-Z][\w'’.{ABBREVIATION_DOT}-]*(?:\s+[A-Z][\w'’.{ABBREVIATION_DOT}-]*){{0,2}})(?:[’']s|(?<=s)[’'])"
    r"\s+(?:[a-z-]+\s+)?([a-z]+))\s*$"
)
#: A preposition ending the text before such an owner's phrase.
_PREPOSITION_END = re.compile(r"(?<![\w’'-])(?:for|of|at|with|from|to|by|in|on|about|against|behind|near)\s*$", re.IGNORECASE)
_OPENER_NAME = re.compile(
    r"\s(?!(?:in|on|at|to|about|of|for|with|from|by|after|before|into|near|outside|inside|behind|beside|"
    rf"against|toward|towards|like|than|over|under)\s)[a-z][\w’'-]*\s+([A-Z][\w’'.{ABBREVIATION_DOT}-]*"
    rf"(?:\s+[A-Z][\w’'.{ABBREVIATION_DOT}-]*){{0,3}})\s*$"
)


#: Prepositions opening a sentence's introductory phrase ("After the vote the senator said").
_OPENING_PREPOSITION = re.compile(r"(?:After|Before|During|Following|Despite|Amid|Outside|Inside|At|In|On)$")


def _state_opener(words: list[str]) -> bool:
    """An opening phrase of a participle or an adverb before an adjective, then more words
    ("Looking tired after a long night the chancellor told", "Visibly angry after the vote the
    senator said"): the subject ends it (see ``_subject_ending_opener``), no name starts it."""
    if len(words) < 4 or not words[1].islower():
        return False
    first = words[0].lower()
    if given_name_gender(words[0]) is not None or not is_common_word(first):
        return False  # "Manning", "Sterling" are names
    if share_of(" ".join(words)) is not None:
        return False  # "nearly three in five (said)", "Only about half of voters": a hedged share, the subject
    return first.endswith("ing") and first not in _ROLE_PARTICIPLES or is_sentence_adverb(words[0]) and not LEADING_VERB.match(" " + words[1])


def _subject_ending_opener(seg: str) -> Mention | None:
    """The subject of the verb after an opening participle phrase with no comma ("Asked about the
    delay the minister said", "Standing on the steps of the courthouse Kell told reporters"): the
    phrase's last words, when they are a description with a person, group or organisation head,
    or capitalised words after a lower-case one."""
    described = _OPENER_DESCRIPTION.search(" " + seg)
    if described is not None and someone_speaking_noun(described.group(2)):
        return head_of_segment(described.group(1))
    owned = _OPENER_OWNED.search(" " + seg)
    if owned is not None and _PREPOSITION_END.search(" " + seg, 0, owned.start() + 1):
        owned = None  # "… a spokesman for Kell’s campaign": the owner's phrase is a preposition's object
    if owned is not None and owned.group(2) in SOMEONE_SPEAKING_NOUNS:
        return head_of_segment(owned.group(1))  # "In response to a request for comment Phares’ assistant said"
    writer = person_after_paper(seg)
    if writer:
        return Mention("name", writer)  # "Writing in the Herald Lind said": Lind, not "Herald Lind"
    named = _OPENER_NAME.search(" " + seg)
    mention = head_of_segment(named.group(1)) if named is not None else None
    if mention is None:
        # "Writing in The Mirror Linda said": the paper's name, the person's run on after it
        paper = _OPENER_PAPER.search(" " + seg)
        person = after_masthead(paper.group(1).split()) if paper is not None else []
        mention = Mention("name", " ".join(person)) if person else None
    return mention if mention is not None and mention.kind == "name" else None


#: The capitalised words ending an opening phrase after its preposition ("Writing in The Mirror
#: Linda"), which may run a paper's name and a person's together.
_OPENER_PAPER = re.compile(r"\s(?:in|for|to)\s+((?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,4})\s*$")


def _without_opening_phrases(text: str) -> str:
    """``text`` without the comma pieces that open it with a participle or a preposition
    ("Writing in the Journal, economists Tom Reyes and Dana Wu"): their verb is none of a clause."""
    pieces = text.split(",")
    while len(pieces) > 1:
        words = pieces[0].split()
        if not words or not (participle_intro(words) or past_participle_intro(words) or words[0].lower() in INTRO_WORDS):
            break
        pieces = pieces[1:]
    return ",".join(pieces)


#: A scene of an ad or video told in the present before "and" ('The screen goes black and a narrator
#: says', 'The music stops and Weller says'): a clause of its own, so the speaker is after "and".
_SCENE_CLAUSE = re.compile(
    r"(?:^|\s)(?:the|a|an)\s+(?:[a-z]+\s+)?(?:screen|music|room|camera|picture|image|footage|video|ad|spot|scene|"
    r"clip|lights?|sound|crowd|hall)\s+(?:goes|stops|ends|cuts|fades|turns|pans|switches|dims|falls)\b",
    re.IGNORECASE,
)


#: A list of capitalised words inside an organisation's name, after a capitalised word or "for",
#: "of", "on" ("Centre for Energy, Water and Climate", "Boeing Defense, Space, and
#: Security", "Council on Energy, Environment and Water"), also of a minister's portfolios, whose
#: items may be two or three words ("Minister for Housing, Local Government and Heritage").
_NAME_LIST = re.compile(r"(\b(?:[A-Z][\w-]*|for|of|on)\s+)((?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+)+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},?\s+(?:and|&)\s+[A-Z][a-z]+)(?![\w’'-])")


def _list_in_name(match: re.Match[str]) -> str:
    """The list without its commas when every item is a common word and no given name (a field
    of work, not people): its commas are no appositive's (not "Kell, Hart and Ames", people)."""
    items = re.findall(r"[A-Z][a-z]+", match.group(2))
    if all(is_common_word(w.lower()) and given_name_gender(w) is None for w in items):
        return match.group(1) + match.group(2).replace(",", "")
    if " " in match.group(2).split(",")[0]:
        # "The House Science, Space and Technology Committee": the first item's first word ("House")
        # may be the name's, before the list ("Science, Space and Technology")
        return match.group(1) + _NAME_LIST.sub(_list_in_name, match.group(2), count=1)
    return match.group()


#: Nothing but auxiliaries and adverbs between the last comma of a subject and its verb.
#: Auxiliaries of a perfect or a modal right before a speech verb ("as the panel has noted").
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would"})
_AUXILIARY_TAIL = re.compile(
    r"\s*(?:(?:has|have|had|will|would|also|then|later|reportedly|since|once|recently|[a-z]+ly|"
    # negated auxiliaries ("…, the party's leader, wouldn’t say", "…, has not")
    r"not|never|(?:would|could|did|does|do|has|have|had|was|is|were|are|ca|wo)n[’']t|cannot)\s+)+"
)
#: A preposition of affiliation right before a name ("Dan Ritter of Demand Media"): the name is
#: where the person works, not the person.
_AFFILIATION_BEFORE = re.compile(r"(?<![\w’'-])(?:of|at|from|with)\s+(?:the\s+)?$")
def _name_title_body(clause: str) -> Mention | None:
    """ "Ruth Ames, Director, Polaris Research said": a press release's name, title and body in a
    row, the comma after the body left out. The body right before the verb is not the speaker: the
    person named first is (a given name says it is a person)."""
    pieces = clause.split(",")
    if len(pieces) != 3:
        return None
    name, title, body = (p.strip(STRIP) for p in pieces)
    title_words, body_words = title.split(), body.split()
    if not (title_run(title_words) or len(title_words) == 1 and title_words[0][:1].isupper() and is_person_title(title_words[0])):
        return None
    if not body_words or not all(w[:1].isupper() or w in PARTICLES or w == "&" for w in body_words):
        return None  # "Ruth Ames, Director, said" is read as ever; "…, Director, then said" too
    if any(w.lower() in GIVEN_NAME_GENDER for w in body_words):
        return None  # "Ann Roe, Chairman, Tom Hale said": someone else
    person = head_of_segment(name)
    if person is None or person.kind != "name" or given_name_gender(person.text) is None:
        return None
    return person


#: A subject phrase whose last words are a preposition and a capitalised name ("the firm with
#: offices in Bermuda", "a lawyer for Kell"): a list of that preposition's objects may go on
#: after its comma.
_PREPOSITION_THEN_CAPITALS = re.compile(
    rf"^\s*(?i:the|a|an|one|its|his|her|their)\s.*?\s(?:in|at|from|of|to|for|across|including|with|between)\s+"
    rf"(?:the\s+)?[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*(?:\s+[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*)*\s*$"
)
#: One item of such a list: capitalised words, "the" perhaps before them ("the Cayman Islands", "the
#: Isle of Man"), or the others of their kind closing it ("other offshore jurisdictions").
_CAPITALISED_ITEM = re.compile(
    rf"\s*(?:(?:and|or)\s+)?(?:(?:the\s+)?[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*)*"
    r"|other(?:\s+[a-z][\w-]*){1,3})\s*"
)
_LIST_JOIN = re.compile(r"\s(?:and|or)\s")


def _subject_before_object_list(pieces: list[str]) -> Mention | None:
    """The subject whose prepositional phrase lists names across commas ('“…,” the firm with
    offices in Bermuda, the Cayman Islands and Hong Kong said', 'a lawyer for Kell, Ames and Lind
    said'): the head of the first piece, not the list's last items, which are the preposition's
    objects. None when the comma pieces are no such list."""
    if len(pieces) < 2 or not _PREPOSITION_THEN_CAPITALS.match(pieces[0]) or not _LIST_JOIN.search(pieces[-1]):
        return None
    items = [item for piece in pieces[1:] for item in _LIST_JOIN.split(f" {piece} ")]
    if not all(_CAPITALISED_ITEM.fullmatch(item) for item in items if item.strip()):
        return None
    head = head_of_segment(pieces[0])
    return head if head is not None and head.kind in {"name", "description"} else None


#: A US state or a Canadian province set off by commas after its city and before the noun they
#: both modify ("The Dayton, Ohio, police chief", "a Brampton, Ont., realtor"): group 1 the city,
#: group 2 the state, with the comma after it.
_STATES = (
    "|".join(name.replace(" ", r"\s+") for name in STATE_NAMES)
    + r"|(?:Ont|Que|B\.C|Alta|Man|Sask|N\.S|N\.B)\.|"
    + STATE_ABBREVIATION
)
_CITY_STATE = re.compile(
    rf"\b((?!(?:The|A|An|In|At|From)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+({_STATES}|D[.\u2024]C[.\u2024]),(?=\s+[a-z])"
    # the closing comma left out after a home town ("Tom Kell of Austin, Texas praised", "Voters in
    # Dallas, Texas said", "Ann Roe of Washington, D.C. said"): the state is still the town's, no subject
    rf"|(?:(?<=\sof\s)|(?<=\sfrom\s)|(?<=\sin\s))([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+({_STATES}|D[.\u2024]C[.\u2024])(?=\s+[a-z]|\s*$)"
)


#: An emphatic reflexive ending the words before a speech verb, right after a capitalised word or
#: a noun ("Ruiz herself", "the mayor himself"), not after a verb ("was beside himself").
_EMPHATIC_REFLEXIVE = re.compile(r"(?<=[\w’'.])\s+(?:himself|herself|themselves|itself)\s*$")


#: A list set off by dashes right before the verb (commas inside the aside, nothing after it).
_LIST_ASIDE_AT_END = re.compile(r"\s*(?:[—–]|\s--?\s)[^—–;()]*,[^—–;()]*(?:[—–]|\s--?\s)\s*$")


@lru_cache(maxsize=1024)
def subject_before(clause: str) -> Mention | None:
    """The speaker right before a speech verb; an appositive points back to the name.

    A list inside an organisation's name ("at the Centre for Energy, Water and Climate") is read
    without its commas, which are no appositives', and given back as written.

    Cached like ``head_of_segment`` (a fifth of the calls on the dev pages repeat a clause).
    """
    emphatic = _EMPHATIC_REFLEXIVE.search(clause)
    if emphatic is not None:
        # "as Ruiz herself said", "the mayor himself admitted": the reflexive only stresses the
        # subject before it, no part of the name
        clause = clause[: emphatic.start()] + " "
    if "," in clause:
        placed = _CITY_STATE.search(clause)
        if placed is not None:
            # "The Dayton, Ohio, police chief, Jason Ziegler,": the state's commas set off no
            # appositive ("Ohio" is no one), read without them and given back as written
            joined_place = f"{placed.group(1) or placed.group(3)} {placed.group(2) or placed.group(4)}"
            mention = subject_before(clause[: placed.start()] + joined_place + clause[placed.end() :])
            if mention is not None and joined_place in mention.text:
                mention = Mention(mention.kind, mention.text.replace(joined_place, placed.group()))
            return mention
    if "(" in clause:
        acronym = _ACRONYM_IN_NAME.search(clause)
        if acronym is not None and acronym.group(1).lower() in ORGANISATION_NOUNS:
            # "the House Science, Space, and Technology (SST) Committee": the short name in
            # parentheses inside the name sets off no aside; read (and shown) without it
            return subject_before(clause[: acronym.start()] + clause[acronym.end() :])
    listed_aside = _LIST_ASIDE_AT_END.search(clause) if "," in clause and ("—" in clause or "–" in clause or " -" in clause) else None
    if listed_aside is not None:
        # "Many speakers at the rally — nurses, teachers, farmers — said": the list set off by
        # dashes names the subject's members, none of whom is the subject; the words before the
        # first dash are it (or nobody we can read)
        return subject_before(clause[: listed_aside.start()] + " ")
    if "," not in clause or not (" and " in clause or " & " in clause):
        mention = _subject_before(clause)
        adverb = _ADVERB_BEFORE_VERB.search(clause) if mention is None and "," not in clause else None
        if adverb is not None:
            # "After the vote Ortiz then said", "When he returned the mayor also told": the opening
            # phrase with no comma and an adverb of time or addition before the verb hid the
            # subject that each alone leaves readable ("After the vote Ortiz said", "Ortiz then said")
            mention = _subject_before(clause[: adverb.start()] + " ")
        return mention
    lists: list[tuple[str, str]] = []

    def joined(match: re.Match[str]) -> str:
        whole = _list_in_name(match)
        if whole != match.group():
            lists.append((whole[len(match.group(1)) :], match.group(2)))  # the list itself, as written
        return whole

    mention = _subject_before(_NAME_LIST.sub(joined, clause))
    for whole, written in lists:
        if mention is not None and whole in mention.text:
            mention = Mention(mention.kind, mention.text.replace(whole, written))
    return mention


#: An acronym in parentheses before the noun that ends a body's name ("Technology (SST) Committee";
#: group 1 that noun; not "Investigation (FBI) Director Tom Kell").
_ACRONYM_IN_NAME = re.compile(r"(?<=[a-z])\s\([A-Z]{2,6}\)(?=\s+([A-Z][a-z]+))")


#: Compiled once: the code below passed these to ``re.search`` & co. as strings, which costs a
#: lookup in the module's pattern cache per call.
#: Breaks between a clause's pieces; not the comma of a number ("Speaking to a crowd of 2,000
#: supporters, the president said" names no "000 supporters").
_CLAUSE_PIECE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[();—–]|\s--?\s")


#: An aside set off by dashes and the words after it, which end the clause (group 1 the aside,
#: group 2 the last piece).
_DASHED_ASIDE_THEN_PIECE = re.compile(r"(?:[—–]|\s--?\s)([^,;()—–]+?)(?:[—–]|\s--?\s)([^,;()—–]*)$")


def aside_before_last_words(clause: str) -> bool:
    """``clause`` ends on words after an aside set off by dashes ("On flood maps - a frequent
    complaint of builders - software firms are quick"): the aside is no subject of what follows it,
    whoever the words after it are."""
    if not ("—" in clause or "–" in clause or " -" in clause):
        return False
    aside = _DASHED_ASIDE_THEN_PIECE.search(clause.rstrip())
    return aside is not None and _words_after_aside(aside)


#: Words after an aside that open the predicate, not a subject of their own ("the committee – 28
#: members – can ask": the aside is the subject's appositive).
_PREDICATE_OPENERS = frozenset("can could will would shall should may might must has have had is are was were also still then now".split())


def _words_after_aside(aside: re.Match[str]) -> bool:
    """The words after a dashed aside hold a subject of their own: some word that no auxiliary or
    adverb opening the predicate is."""
    return any(w.lower() not in _PREDICATE_OPENERS and not w.endswith("ly") for w in aside.group(2).strip(STRIP).split())


def _subject_before(clause: str) -> Mention | None:
    """``subject_before`` on a clause whose organisations' lists are joined.

    "Michael Podhorzer, the political director of the union, said" -> Michael Podhorzer;
    "Tom Barrett, a miner from Harlan County, Kentucky, who has worked ..., said" -> Tom Barrett
    (a clause ending in a comma is a subject followed by appositives: the subject comes first);
    "Republicans have gone missing, Donald Trump suggested" -> Donald Trump.
    """
    glued = glued_speaker(clause)
    if glued is not None:
        return glued  # '… fined after he came back late Rachel Pryce, director of Roadwise, said'
    named = named_then_appositives(clause) if _SPLIT_CLAUSE.search(" " + clause + " ") else None
    if named is not None:
        return named
    listed = _name_title_body(clause)
    if listed is not None:
        return listed
    clause = _SPLIT_CLAUSE.split(" " + clause + " ")[-1]
    relative = _OBJECT_RELATIVE.search(clause)
    if relative is not None:  # "one which historian John Baick calls": the relative clause's subject
        inside = head_of_segment(relative.group(1))
        first = relative.group(1).split()[0].lower()
        described = first in DETERMINERS or first in {"his", "her", "their", "its", "our"} or first in GROUP_NOUNS
        if inside is not None and (inside.kind == "name" or inside.kind == "description" and described):
            # also "Sen. Leah Moss, whom her staff called “…”", "whom critics call"; not "at which
            # point the audience", where "which" is a determiner
            return inside
    coordinated = _AND_SUBJECT.search(clause)
    first_clause = _without_opening_phrases(clause[: coordinated.start()]) if coordinated is not None else ""
    if "," not in first_clause:
        # after a split at "that" the first clause may open on its verb ("It was a strategy that
        # failed and Kell said"); not a participle set off by a comma before a subject with an
        # "and" in its name ("when contacted, a spokesperson for the Parks and Recreation Department")
        first_clause = " " + first_clause
    if coordinated is not None and _BETWEEN_OPEN.search(clause, 0, coordinated.start()):
        coordinated = None  # 'An official briefed on the talks between Reyes and Kline said': one phrase
    if coordinated is not None and (LEADING_VERB.search(first_clause) or SPEECH_VERB.search(first_clause) or _SCENE_CLAUSE.search(first_clause)):
        # "a woman asked for a photo and Clinton said": the second clause's own subject
        second = head_of_segment(coordinated.group(1))
        if second is not None and second.kind in {"name", "pronoun", "description", "unnamed"}:
            return second  # (also "… and another accused": someone, not the first clause's people)
    pieces = join_adjectives(_CLAUSE_PIECE_BREAK.split(clause))  # a spaced hyphen (or two) is a dash
    listed_objects = _subject_before_object_list([p for p in pieces if p.strip(STRIP)])
    if listed_objects is not None:
        return listed_objects
    if len(pieces) > 2 and _AUXILIARY_TAIL.fullmatch(pieces[-1]):
        # "Prince Ed, the brother of the heir, Fred, has reportedly told": the auxiliary after the
        # appositives ends the subject as a bare comma does (Ed, not the name apposed to the heir)
        pieces[-1] = ""
    segments = [LEAD_CONJ.sub("", s) for s in pieces if s.strip(STRIP)]
    listed_last = [bool(_LIST_END.match(s)) for s in pieces if s.strip(STRIP)]
    joint = comma_coordination([p for p in pieces if p.strip(STRIP)]) if " and " in clause or " & " in clause or " as well as " in clause else None
    if joint is not None:
        return joint
    if len(segments) > 1 and not pieces[-1].strip(STRIP):
        subject = subject_of_appositives([p for p in pieces if p.strip(STRIP)])
        if subject is not None:
            return subject
    nearest: Mention | None = None
    placed = [k for k in range(1, len(segments)) if _place_continued(segments[k], segments[k - 1], apposed=k > 1)]
    if placed:  # "Mr Jonson, MP for Henley-on-Thames, Oxfordshire, said": the county, no subject
        segments = [s for k, s in enumerate(segments) if k not in placed]
        listed_last = [s for k, s in enumerate(listed_last) if k not in placed]
    aside = _DASHED_ASIDE_THEN_PIECE.search(clause) if "—" in clause or "–" in clause or " -" in clause else None
    for k, seg in enumerate(reversed(segments[-4:])):
        if k == 0:
            seg = TIME_OPENER.sub("", seg)  # "at which point the crowd chanted": the crowd
            seg = TIME_BEFORE_SUBJECT.sub("", seg)  # "Last week Kell said": Kell
        words = seg.strip(STRIP).split()
        if (k == 0 and len(words) > 2 and words[1].lower() in DETERMINERS and is_sentence_adverb(words[0])
                and not any(w.lower() in PRONOUN_GENDER for w in words[2:])):
            # not "essentially the establishment he rails against": a relative clause, no subject
            words = words[1:]  # "Sadly the minister said", "Clearly the senator said": no comma
            seg = " ".join(words)
        if k == 0 and focus_adverb_on_subject(words):
            words = words[1:]  # "Only one senior aide said": the aide
            seg = " ".join(words)
        office = department_office_holder(" ".join(words), read_head=head_of_segment) if k == 0 and words and words[0].endswith("ing") else None
        if office is not None:
            return office  # "Housing and Urban Development Secretary Ann Roe said": no participle opener
        with_subject = k == 0 and bool(words) and words[0].lower() == "with"
        if with_subject and not pieces[-1].strip(STRIP):
            # "His speech, in which he joked about Roe’s “…” with aide Dana Kell, cited": a
            # with-phrase closed by a comma before the verb is set off, no subject of it (the
            # subject runs on into its participle: "with spokesman Glen Caplin saying")
            return None
        if k == 0 and words and words[0].lower() in INTRO_WORDS:
            share = share_of(seg) or (head_of_segment(seg) if hedged_count(seg) is not None else None)
            if share is not None:
                return share  # "About half of voters say", "Over 60 percent said": a hedged share, no opening phrase
        if with_subject:
            seg = " ".join(words[1:])  # "with spokesman Glen Caplin saying", "with one of her ads asking"
        elif k == 0 and words and words[0].lower() in INTRO_WORDS:
            if words[0].lower() in _DEMONSTRATIVES and 1 < len(words) <= 4 and _demonstrative_head(words[-1]):
                return Mention("description", seg.strip(STRIP))  # '"…," this source told the Post'
            # an opening phrase without its comma: "After the vote Representative Kyle Dunn said"
            named = name_right_before(seg.strip(STRIP))
            split = subject_after_fronted_object(seg.strip(STRIP), named) if named is not None else named
            if split != named:
                # "In Iowa Tom Kell said", "On CNN Kell said": the place's or outlet's name run into
                # the subject's; None where the two cannot be told apart ("At Google Kell said")
                return split
            dated = named is not None and _DATE_BEFORE_NAME.search(seg, 0, max(seg.rfind(named.text), 0)) is not None
            if named is not None and (len(named.text.split()) > 1 or dated) and not _AFFILIATION_BEFORE.search(seg, 0, max(seg.rfind(named.text), 0)):
                # (a surname alone right after a month that is the phrase's date: "After the
                # assembly in September Trump tweeted" is Trump's clause)
                return named  # not "As Dan Ritter of Demand Media notes": the person, read below
            # "as the committee has pointed out", "As Varga had repeatedly warned": the auxiliary
            # (and an adverb after it) ends the subject, it opens the verb (no verb of the clause's
            # own before the speech verb)
            tail = 2 if len(words) > 3 and _AUXILIARY_TAIL.fullmatch(" " + words[-1] + " ") and words[-1].lower() not in _AUXILIARIES else 1
            if words[0].lower() in SUBORDINATORS and _AUXILIARY_TAIL.fullmatch(" " + " ".join(words[-tail:]) + " ") and words[-tail].lower() in _AUXILIARIES:
                words = words[:-tail]
                seg = " ".join(words)
            if words[0].lower() in SUBORDINATORS and len(words) > 3 and first_verb(" " + " ".join(words[1:]) + " "):
                # "Although her new job has let her stay in London the woman says": the clause has a
                # verb of its own, its comma left out; the main subject ends it, if any
                ending = _subject_ending_opener(seg)
                if ending is not None:
                    return ending
                continue
            if words[0].lower() in SUBORDINATORS | ADVERB_OPENERS and len(words) > 1:
                # "as the Heritage Institute website notes", "While Sullivan proclaims", "then Wallnau continues"
                clause_subject = head_of_segment(" ".join(words[1:]))
                if clause_subject is not None and clause_subject.kind in {"name", "description", "pronoun"}:
                    return clause_subject
            # after a conjunction the preposition is in lower case ("But in a note on his letter Mrs
            # Thatcher said")
            if words[0].lower() == "asked" or _OPENING_PREPOSITION.match(words[0].capitalize()) and len(words) > 3:
                ending = _subject_ending_opener(seg)
                if ending is not None:
                    return ending  # "Asked about the delay the minister said", "After the vote the senator said"
            continue
        elif not words or words[0].lower() in INTRO_WORDS or participle_intro(words) or past_participle_intro(words) or k == 0 and _state_opener(words):
            ending = _subject_ending_opener(seg) if k == 0 and (participle_intro(words) or _state_opener(words) or past_participle_intro(words)) else None
            if ending is not None:
                # "Standing on the steps of the courthouse Kell told reporters", "Reached by phone
                # Kell’s lawyer said"
                return ending
            continue
        elif is_adverb_opener(words):
            continue  # "Likewise, a paper from the institute had this to say:"
        elif k > 0 and (TIME_PHRASE.fullmatch(" ".join(words)) or TIME_ADVERBIAL.fullmatch(" ".join(words))):
            continue  # "The next morning, the whole Internet was saying", "Years later, she": when, not who
        if k == 1 and nearest is None and aside is not None and _words_after_aside(aside) and seg.strip(STRIP) == aside.group(1).strip(STRIP):
            # "when it comes to encryption - a frequent complaint of police - tech firms are quick to
            # say": an aside set off by dashes is no subject of the words after it, which we could
            # not read
            return None
        m = head_of_segment(seg)
        if m is None:
            continue
        if m.kind in {"unnamed", "description"} and joint_speakers(m.text):
            # "After the vote, Kline and Diaz said": both, whatever stands before; but "These and
            # other sources of authority, the lawyers said": the phrase right before the verb
            return m if nearest is None else nearest
        if m.kind != "description" or with_subject:
            if nearest is not None and not all(w[:1].isupper() or w in PARTICLES for w in seg.strip(STRIP).split()):
                # "with polls showing rival Ted Cruz, leading …, a story by the website says": a name
                # inside a clause is no subject the description right before the verb is apposed to
                return nearest
            if nearest is not None and k == 1 and listed_last[-2] and not pieces[-1].strip(STRIP) == "":
                # 'In its report on Reyes, Kline, and Ortega's firm, the Daily Ledger claimed': the
                # name ends a list the phrase before the comma holds; the description right before
                # the verb, with no comma closing it as an apposition, is the subject
                return nearest
            return m if nearest is None or k <= 3 else nearest
        after_dash = bool(_DASH_BEFORE_LAST.search(clause))  # "In the letter - to X - the Utah Republican"
        if k == 0 and seg.strip(STRIP).endswith(m.text) and (after_dash or description_is_subject(m, segments)):
            return m
        if nearest is None:
            nearest = m
    return nearest


#: A preposition and the capitalised place it opens, ending a comma's piece ("MP for Henley-on-Thames").
_PLACE_OBJECT_END = re.compile(r"\b(?:for|of|from|in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")


def _place_continued(segment: str, before: str, *, apposed: bool = False) -> bool:
    """``segment`` is one capitalised word, no given name, right after a comma that closes a
    role's preposition and its capitalised object in ``before``: the county, state or country of
    that place ("MP for Henley-on-Thames, Oxfordshire", "a miner from Harlan, Kentucky"), no
    subject apposed (but "Speaking in Salem, Trump" and "In July, Trump" are Trump). After an
    appositive of its own (``apposed``), a bare "from" piece is the same ("Tom Weir, 60, from
    Tynemouth, North Tyneside, said"), and its region may be two words; not a "From Kyiv,"
    opening the clause before its subject."""
    words = segment.strip(STRIP).split()
    role = before.strip(STRIP).split()[:1]
    from_place = apposed and bool(role) and role[0] == "from" and 1 <= len(words) <= 2
    return (
        (len(words) == 1 or from_place)
        and all(w[:1].isupper() for w in words)
        and given_name_gender(f"{words[0]} X") is None
        and bool(role)
        and (role[0].lower() in {"a", "an", "the"} or bare(role[0]) in PERSON_TITLES or from_place)
        and _PLACE_OBJECT_END.search(before.strip(STRIP)) is not None
    )


#: A comma's piece opening on "and" or "or": the last member of a list.
_LIST_END = re.compile(r"\s*(?:and|or)\s", re.IGNORECASE)
#: A closed time phrase opening a clause without its comma ("at one point the crowd chanted",
#: "…" – at which point the audience shouted “…”): it ends where the subject begins, which an
#: open prepositional phrase ("After the vote the board said") does not show.
#: A phrase of time set off at a sentence's start ("The next morning", "The following week",
#: "That night"): when, not who.
TIME_PHRASE = re.compile(
    r"(?:[Tt]he|[Tt]hat|[Tt]his|[Oo]ne)(?:\s+(?:next|following|previous|same|last|first|very))?\s+"
    r"(?:morning|afternoon|evening|night|day|week|weekend|month|year|spring|summer|fall|autumn|winter)"
)
#: A time adverbial set off before the subject, whose capital is only the sentence's: "Early on,",
#: "Late in her career,", "Years later,", "Two weeks earlier,", "A decade afterwards," (not a
#: one-word "Early," which may be a surname: "Early, 54, said").
TIME_ADVERBIAL = re.compile(
    r"(?i:early|late|later|earlier)\s+(?:on|in\s+(?:(?:his|her|their|its|the)\s+)?\w+(?:\s+\w+)?)"
    r"|(?:(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a\s+few|\d+)\s+)?"
    r"(?i:years?|months?|weeks?|days?|hours?|minutes?|decades?)\s+(?:later|earlier|after(?:wards?)?)"
)
TIME_OPENER = re.compile(  # possessive "*+": as ``TIME_BEFORE_SUBJECT``'s, its phrases open on a word character
    r"^[\s\W]*+(?:at\s+(?:which|one|that|this|some|the\s+same|another)\s+(?:point|moment|stage|juncture|instant|time)|whereupon)\s+(?=\w)",
    re.IGNORECASE,
)
#: Adverbs before a subject ("and then Wallnau continues"): what follows them is the subject.
ADVERB_OPENERS = {"then", "later", "earlier", "also", "still", "now", "again", "yet", "so"}
#: One of them right before the verb, after its subject ("the mayor then "; not the conjunctions).
_ADVERB_BEFORE_VERB = re.compile(r"(?<=[\w’'.])\s+(?:" + "|".join(sorted(ADVERB_OPENERS - {"yet", "so"})) + r")\s*$")

#: Focus adverbs that may open a clause on its subject ("Even a top strategist warned", "Only one
#: aide said"), and the words that open a noun phrase after one (not "Even so", "Only then", "Just
#: as", "Even though": an opening clause or a time, not the subject).
_FOCUS_ADVERBS = frozenset({"even", "only", "just"})
_FOCUSED_DETERMINERS = frozenset("the a an one two three four five some many most several few his her their its".split())


def focus_adverb_on_subject(words: list[str]) -> bool:
    """``words`` open on a focus adverb stressing the noun phrase after it, the clause's subject:
    "Even a top Republican strategist warned …", "Only one senior aide said …" are the strategist's
    and the aide's words, the adverb no part of who speaks (a name after it is read already)."""
    return len(words) > 2 and words[0].lower() in _FOCUS_ADVERBS and words[1] in _FOCUSED_DETERMINERS


def name_right_before(text: str) -> Mention | None:
    """A name directly before a participle ("with spokesman Glen Caplin saying")."""
    writer = person_after_paper(text)
    if writer:
        return Mention("name", writer)  # "In the Telegraph Jasper Quint wrote": the paper, then him
    m = _NAME_AT_END.search(text)
    name = clean_name(m.group(1)) if m else ""
    return Mention("name", name) if name else None
