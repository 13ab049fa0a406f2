"""Who said it: speech verbs and speaker phrases, the phrase-parsing half of attribution.

Rules follow English news style: "X said", "said X", "X, the minister, said", "according to X",
"he told reporters". A speaker phrase is reduced to its head (a name, a pronoun or a description
such as "the ministry"); which words of a run of capitals are the name is ``name_cleaning``'s
business, and resolving names and pronouns to people is ``names`` and ``salience``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .given_names import given_name_gender
from .masking import ABBREVIATION_DOT
from .name_cleaning import (
    NAME_RUN,
    NAME_TOKEN,
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
    participle_intro,
)
from .speech_lexicon import (
    AMBIGUOUS_BASE_FORMS,
    AMBIGUOUS_THIRD_PERSON,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    GROUP_NOUNS,
    NAMING_VERBS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    SPEECH_NOUN_FORMS,
    SPEECH_PHRASES,
    SPEECH_VERBS,
)
from .wordlists import is_common_word


def _by_first_letter(words: list[str]) -> str:
    """``a|b|...`` regrouped by first letter: re tries one branch per position, not hundreds."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


#: Capitalised, these are names or nouns far more often than verbs ("United States", "Posts").
_NOT_CAPITALISED = {"states", "state", "reports", "notes", "posts", "claims", "answers", "comments", "charges", "quotes"}
_VERB_FORMS = sorted((SPEECH_VERBS | NAMING_VERBS) - AMBIGUOUS_BASE_FORMS - AMBIGUOUS_THIRD_PERSON)
#: "went on" / "goes on" speak only before punctuation or "to say" ('"…," he went on.'), not in
#: "the Senate goes on recess".
_GOES_ON = {"went on", "goes on"}
_WENT_ON = r"(?:went|goes) on(?=\s*(?:[,.:;!?“”\"·]|to\s+(?:say|add|argue|note|explain|tell|write|insist|warn)\b|$))|"
#: "per" as "according to" ('“…,” per a statement from Weller's lawyer', 'per Reuters'): before a
#: determiner, a possessive pronoun or a capitalised source, never in "per cent", "$5 per gallon"
#: or a name ("Per Olsen": capitalised only before a determiner, opening a sentence).
_PER = rf"(?:(?:as )?per(?=\s+(?:(?:a|an|the|his|her|its|their|our)\s|[{UPPER}]))|Per(?=\s+(?:a|an|the|his|her|its|their|our)\s))|"
_PHRASES = [p for p in SPEECH_PHRASES if p not in _GOES_ON]
SPEECH_VERB = re.compile(
    r"(?<![\w’'-])(?:"
    + _WENT_ON
    + _PER
    + _by_first_letter([*_VERB_FORMS, *_PHRASES])
    + "|"
    + _by_first_letter([w.capitalize() for w in [*_VERB_FORMS, *_PHRASES] if w not in _NOT_CAPITALISED])
    + r")(?![\w’'-])"
)
_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "another",
    "one",
    "his",
    "her",
    "its",
    "their",
    "our",
}
#: "one of the", "some of her", "one of the ministry's": the start of a partitive phrase.
PARTITIVE_START = r"(?:one|two|three|several|some|many|most|a few)\s+of\s+(?:the|those|these|his|her|its|their|our|[A-Z][\w.-]*[’']s?)\s+"
#: "one of those advisers", "two of the organizers", "one of Clinton's aides": someone of a named
#: group, shown as written (a bare "one of them" stays unnamed).
_PARTITIVE = re.compile(rf"\s*{PARTITIVE_START}((?:[\w-]+\s+){{0,2}}?[a-z][\w-]*)\s*$", re.IGNORECASE)
_PLURAL_PERSON_NOUNS = frozenset(n + "s" for n in PERSON_NOUNS)
_CROWD_OF = re.compile(
    r"\s*(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|(?:[Aa]\s+)?[Mm]ajority|"
    # "a group of parents", "a coalition of farmers": people gathered as one, a "they"
    r"(?:[Aa]n?\s+)?(?:small\s+|large\s+)?(?:group|coalition|band|handful|delegation|contingent)|(?:[\w-]+|\d+)\s+(?:percent|per\s+cent)|\d+%)"
    r"\s+of\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
)


#: A capitalised adjective or participle ("Striking", "Angry", "Frustrated") before a group noun.
_ADJECTIVE_BEFORE_GROUP = re.compile(r"[A-Z][a-z]+(?:ing|ed|y|ful|ous|al|ive|ic|ent|ant)")


#: A group named by whom it stands with or against: "supporters of the mayor", "critics of the
#: plan", "dozens of opponents of the pipeline", "members of Congress". The noun alone
#: ("supporters") says nothing of which side spoke, so the phrase is shown whole (up to three
#: words after "of" and its determiner; nothing after them).
_GROUP_OF = re.compile(
    r"(?:(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores|[Ss]ome|[Mm]any)\s+(?:of\s+)?)?"
    r"(?:[Ss]upporters|[Oo]pponents|[Cc]ritics|[Bb]ackers|[Aa]llies|[Ff]ans|[Mm]embers|[Rr]elatives|[Ff]riends|"
    r"[Ff]oes|[Dd]efenders|[Aa]dvocates|[Ff]ollowers|[Rr]esidents|[Ff]amilies)"
    rf"\s+of\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?((?:[\w’'.{ABBREVIATION_DOT}-]+\s+){{0,2}}[\w’'-]+)"
)


def _group_of(seg: str) -> Mention | None:
    """The whole of ``seg`` as a group named by "supporters of …" (``_GROUP_OF``), when no word
    after "of" is a verb ("critics of the plan say" is no phrase)."""
    related = _GROUP_OF.fullmatch(seg.strip(_STRIP))
    if related is None or any(first_verb(f" {w} ") or SPEECH_VERB.search(w) for w in related.group(1).split()):
        return None
    return Mention("description", related.group()[0].lower() + related.group()[1:])


def _crowd_of(seg: str) -> Mention | None:
    """ "Hundreds of workers", "dozens of angry parents", "55 percent of voters" opening a phrase:
    a number of people of a kind, a group that speaks as one, shown whole (the count alone,
    "hundreds", says nothing of who they are). The group noun is one of the first three words
    after "of"."""
    crowd = _CROWD_OF.match(seg)
    if crowd is None:
        return None
    words = crowd.group(1).split()
    k = next((k for k, w in enumerate(words) if w in GROUP_NOUNS or w in _PLURAL_PERSON_NOUNS), None)
    if k is None:
        return None
    phrase = f"{seg[: crowd.start(1)].strip()} {' '.join(words[: k + 1])}"
    return Mention("description", phrase[0].lower() + phrase[1:])
#: "one of her ads", "one of the ministry's statements", "one of the unions": a document or body
#: of a named owner, which speaks as such (issue 13).
_PLURAL_SOURCE_NOUNS = frozenset(n + "s" for n in DOCUMENT_NOUNS | ORGANISATION_NOUNS)
_PARTITIVE_HEADS = PERSON_NOUNS | GROUP_NOUNS | _PLURAL_PERSON_NOUNS | _PLURAL_SOURCE_NOUNS
#: "this source", "these officials": a demonstrative that opens a subject, not "this week".
_DEMONSTRATIVES = {"this", "that", "these", "those"}
_CUT_SEGMENT = re.compile(
    r"\s(?:who|which|whose|at|of|from|for|with|in|on|to|during|after|before|about|by|under|as|and|"
    # "Striking teachers outside City Hall chanted", "The indictment against Ed Voss says"
    r"outside|inside|near|behind|across|against|"
    r"last|this|earlier|later|mockingly|also|then|again)\s"
)
#: An object relative clause right before the verb: "which X", "whom X" ("one which historian
#: John Baick calls …"); a subject relative ("which said") has nothing there.
_OBJECT_RELATIVE = re.compile(r"\s(?:which|whom)\s+([^,;]{3,60}?)\s*$")
#: The last piece before the verb follows a dash: a parenthetical closed just before it.
_DASH_BEFORE_LAST = re.compile(r"(?:[—–]|\s--?\s)[^,();—–]*$")
#: A subject after "and" closing the text before a verb ("… and Clinton said").
_AND_SUBJECT = re.compile(r"\sand\s+([^,;:“”\"·]{1,60}?)\s*$")
#: "between" with its first member and no "and" yet: the "and" after it joins the second member.
_BETWEEN_OPEN = re.compile(r"\sbetween\s+(?:(?!\sand\s)[^,;:“”\"·])+$")
_SPLIT_CLAUSE = re.compile(r"\s(?:that|because|while|when|although|whether|if|what)\s")
#: Adverbs and auxiliaries between a speaker and the verb ("the nominee mockingly responded").
#: Lower-case only, and not the nouns in -ly ("the daily", "a family", "an ally").
_ADVERB_TAIL = re.compile(
    r"(?:\s+(?:(?!(?:dai|week|month|quarter|year|fami|al|assemb|ral|supp|bul)ly\b)[a-z]+ly|also|"
    r"then|later|again|once|further|simply|just|has|had|have|would|will|did|does|has been|"
    r"had been|too|often))+$"
)
_LEAD_CONJ = re.compile(
    r"^[\s" + '“”"·' + r"]*(?:(?:and|but|so|yet|who|which|that|whom)\s+)+", re.IGNORECASE
)
_NAME_AT_END = re.compile(rf"([{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*){{0,3}})\s*$")
LEADING_VERB = re.compile(
    r"\s(?:[a-z]\w*ed|took|made|gave|went|came|got|met|held|led|won|sent|spent|brought|bought|"
    r"built|began|became|saw|kept|ran|sold|fell|rose|struck|flew|stood|sat|knew|thought|felt|read|reads|"
    r"drew|broke|found|chose|drove|threw|grew|fought|sought|shook|stole|froze|"  # "the plan drew fire", "broke down"
    r"is|was|were|has|had|have|did|does|will|would|could|should|can|may|might|must|\w+n[’']t)(?![\w’'-])"
)


_STRIP = " \t,;:.—–-()“”\"‘’'·"
_UNNAMED = {"one", "another", "others", "some", "many", "someone", "one of them", "another one"}
#: Words opening an introductory phrase, not a subject ("In a statement, the ministry said").
INTRO_WORDS = set(
    "in on at after before during since while when as although though despite for by from to "
    "asked last this earlier later then yet so if because across among unlike like under over through "
    "within without amid against toward towards around beyond behind near inside outside throughout "
    "following despite upon along together alongside besides unlike of about regarding".split()
)


#: Sentence adverbs that open a sentence with a capital and a comma ("Likewise, a paper …").
_SENTENCE_ADVERBS = set(
    "however meanwhile moreover furthermore indeed instead nevertheless nonetheless still also again thus "
    "hence therefore overall otherwise afterward afterwards elsewhere today yesterday there here".split()
)

#: Words in -ly of a common stem that are no -ly adverb of it ("Early" is also a surname).
_NOT_ADVERBS = {"early", "only", "holy", "ugly", "family", "bully", "belly", "jelly"}


def _sentence_adverb(word: str) -> bool:
    """``word`` is a sentence adverb ("Likewise", "Similarly", "Sadly", "Meanwhile"), capitalised
    only because it opens the sentence: an -ly adverb of a common adjective ("sad" -> "sadly",
    "happy" -> "happily", "basic" -> "basically"), a -wise adverb, or a connective. Names that end
    in -ly ("Kelly", "Holly", "Lily") are no adverb of a common word, so they stay names."""
    low = word.lower()
    if low in _SENTENCE_ADVERBS or low.endswith("wise") and is_common_word(low):
        return True
    if not low.endswith("ly") or low in _NOT_ADVERBS or not is_common_word(low):
        return False
    stem = low[:-2]  # "sad-ly", "happi-ly" (happy), "simp-ly" (simple), "basic-ally"
    if stem.endswith("i"):
        return is_common_word(stem[:-1] + "y")
    return is_common_word(stem) or is_common_word(stem + "le") or low.endswith("ally")


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


def is_sentence_adverb(word: str) -> bool:
    """Public name of ``_sentence_adverb`` for the fallbacks ("Specifically, “…”" names nobody)."""
    return _sentence_adverb(word)


@dataclass(frozen=True)
class Mention:
    """A speaker phrase reduced to its head: ``kind`` is name, pronoun or description."""

    kind: str
    text: str

    @property
    def is_he_or_she(self) -> bool:
        """A pronoun that stands for one person ("he", "she"), not "they", "it" or "we": the
        pronouns a rule may hand a quote to, to be resolved like any pronoun speaker."""
        return self.kind == "pronoun" and self.text in {"he", "she"}


_TITLE_OF = re.compile(rf"([{UPPER}][a-z]+)\s+$")


#: A person noun and a participle right after it that opens the noun's modifier ("a lawyer
#: representing …", "an aide working for …", "residents living near …"; group 1 the noun).
_PARTICIPLE_AFTER_PERSON = re.compile(r"\s([a-z]+)\s+([a-z]{3,}ing)\s")


def _first_cut(seg: str) -> int:
    """Where a speaker phrase's head ends: at "who", "of", "at"... ("Chris Low at FTN"), but not
    at the "of" of a title ("Secretary of State Elaine Porter", "Speaker of the House Paul Rand",
    "Minister of Defence") nor inside a lower-case role written before the name ("master of
    ceremonies Asad Tabbal", "vice president for news and talk Dave Gorin")."""
    role_then_name = _ROLE_THEN_NAME.search(seg) if " of " in seg or " for " in seg or " and " in seg else None
    if " and " in seg and _organisation_with_and(seg.split()):
        return len(seg)  # "the Centers for Disease Control and Prevention": one name
    participle = _PARTICIPLE_AFTER_PERSON.search(seg)
    if participle is not None and (participle.group(1) in PERSON_NOUNS or participle.group(1) in _PLURAL_PERSON_NOUNS):
        seg = seg[: participle.start(2) - 1]  # "a lawyer representing Ed Kline": the lawyer, not Kline
    named = _organisation_name_length(seg.split())
    name_end = len(" ".join(seg.split()[:named])) + 1 if named else 0
    for cut in _CUT_SEGMENT.finditer(seg, 1):
        word = cut.group().strip()
        after = seg[cut.end() :]
        if cut.start() < name_end:
            continue  # "the Center for American Progress President Neera Tanden": inside the name
        if word == "of" and (after[:1].isupper() or re.match(r"the [A-Z]", after)):
            title = _TITLE_OF.search(seg, 0, cut.start() + 1)
            if title is not None and title.group(1).lower() in PERSON_TITLES | {"head", "chief"}:
                continue
        if (
            word in {"of", "for", "on", "and"}
            and (after[:1].isupper() or re.match(r"the [A-Z]", after))
            and title_of_office(seg[: cut.start()])
            and not (word == "and" and given_name_gender(" ".join(after.split()[:2])))
        ):
            continue  # "Chairman of the Joint Chiefs of Staff Joseph Dunford": the office's own "of"
        if word in {"of", "on", "for"} and _organisation_role_name(seg.split()):
            continue  # "Bank of America CEO Brian Moynihan": the preposition is inside a name
        if word == "of" and _organisation_of(seg[: cut.start()], after):
            continue  # "The Ministry of Health said": the organisation's whole name
        if role_then_name is not None and cut.start() < role_then_name.start() and word in {"of", "for", "and"}:
            # not "legal director for the gay rights group Human Rights Campaign": a determiner
            # makes the words after the preposition its object, an organisation
            inside = seg[cut.end() : role_then_name.start()].split()
            role = seg[: cut.start()].split()[-1:]  # "… vice president for", "… Vice President for"
            if role and (role[0].islower() or is_person_title(role[0])) and not any(w in _DETERMINERS for w in inside):
                continue
        return cut.start()
    return len(seg)


#: Nouns that end the first part of an organisation's name before "of", "on" or "for".
_ORGANISATION_HEADS = ORGANISATION_NOUNS | {"center", "centre", "reserve"}
#: Lower-case words that are no part of a role written before a name ("… Center for Studies").
_NOT_ROLE_WORDS = INTRO_WORDS | _DETERMINERS


def _organisation_role_name(words: list[str]) -> bool:
    """ "Bank of America CEO Brian Moynihan", "the University of Texas professor Lena Ortiz",
    "Council on Foreign Relations senior fellow Max Borg": an organisation whose name holds
    "of", "on" or "for", then a role (lower-case words or titles), then a name of two words or
    more: the person at the end is the head, not the organisation's first word."""
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    preposition = next((k for k, w in enumerate(words) if w in {"of", "on", "for"}), 0)
    if not 1 <= preposition <= 4 or not all(w[:1].isupper() and not is_person_title(w) for w in words[:preposition]):
        return False
    if words[preposition - 1].lower() not in _ORGANISATION_HEADS and not (preposition == 1 and _plural_noun(words[0])):
        # "Jeffrey Lewis of the James Martin Center": a person, then where they work (but "Friends
        # of the Earth", "Physicians for Human Rights": a plural noun opens the organisation's name)
        return False
    rest = words[preposition + 1 :]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    organisation = 0
    while organisation < len(rest) and rest[organisation][:1].isupper() and not is_person_title(rest[organisation]):
        organisation += 1
    role = organisation
    while role < len(rest) and (rest[role].islower() and rest[role] not in _NOT_ROLE_WORDS or is_person_title(rest[role])):
        role += 1
    name = rest[role:]
    return 1 <= organisation <= 4 and role > organisation and 2 <= len(name) <= 4 and all(w[:1].isupper() for w in name)


_NAME_JOINERS = {"of", "for", "and", "on", "the", "&"}


def _organisation_with_and(words: list[str]) -> bool:
    """ "the Centers for Disease Control and Prevention", "the Department of Health and Human
    Services", "the National Oceanic and Atmospheric Administration": capitalised words joined by
    "of", "for", "and" that open or close with an organisation noun are one name, not two subjects.
    Not "the Senate and the House", "Senate and House Republicans" (an organisation or "the"
    after "and": two bodies), nor a phrase with a lower-case word or a person's name."""
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    words = [w.rstrip(",") for w in words]  # "the Bureau of Alcohol, Tobacco, Firearms and Explosives"
    if len(words) < 3 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w in _NAME_JOINERS) for w in words):
        return False
    heads = _ORGANISATION_HEADS | {"centers", "centres", "institutes"}
    if words[0].lower() not in heads and words[-1].lower() not in ORGANISATION_NOUNS:
        return False
    after_and = [words[k + 1].lower() for k, w in enumerate(words[:-1]) if w == "and"]
    if any(
        w == "and"
        and given_name_gender(" ".join(words[k + 1 : k + 3])) is not None
        and (k + 3 >= len(words) or not words[k + 3][:1].isupper())
        for k, w in enumerate(words)
    ):
        return False  # "… Center for American Progress and Ben Poe of …": a person after "and" (not "Bill and Melinda Gates Foundation")
    return bool(after_and) and not any(w in ORGANISATION_NOUNS or w == "the" for w in after_and)


def _organisation_of(before: str, after: str) -> bool:
    """ "The Ministry of Health", "the Department of Justice": a capitalised organisation noun
    opening the phrase (after "the" at most) and a capitalised word after "of" are one name, with
    nothing after it but that name ("The Ministry of Health said", not "the Ministry of Health
    spokesman Ali Reza", whose head is the person)."""
    words = before.split()
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() not in ORGANISATION_NOUNS:
        return False
    rest = after.split()
    rest = rest[1:] if rest[:1] == ["the"] else rest
    return 1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest)


#: Last words of the opening of an organisation's name that goes on with "of", "for", "to",
#: "on", "against" or "without" ("the U.S. Chamber of Commerce", "the Committee to Protect
#: Journalists", "the Club for Growth").
_NAME_HEADS = _ORGANISATION_HEADS | frozenset(
    """chamber centers centres institutes society academy conference trust project initiative caucus
    corps museum library laboratory front guard tribunal directorate services order brotherhood
    sisterhood republic kingdom commonwealth state city county town village district province
    archdiocese diocese port""".split()
)
#: Offices after "for" in a campaign's name ("Ann Roe for Congress", "Poe for President").
_CAMPAIGN_OFFICES = frozenset("Congress Senate President Governor Mayor America Assembly Council Sheriff".split())
#: Abbreviated organisation nouns ("the Dept. of Justice", "the Natl. Assn. of Realtors").
_ABBREVIATED_HEADS = frozenset({"dept", "assn", "univ", "inst", "comm", "corp"})
#: Prepositions that may open the rest of such a name (the first one; "and", "&" and "in" only
#: join later parts: "Citizens for Responsibility and Ethics in Washington").
_NAME_PREPOSITIONS = frozenset({"of", "for", "to", "on", "against", "without"})
_LATER_NAME_JOINERS = _NAME_PREPOSITIONS | {"and", "&", "in"}
#: Plural nouns of people that name a group by what it is for, not an organisation's name
#: ("Supporters of the Earth Party" are people who support it).
_RELATION_PLURALS = frozenset(
    "supporters opponents critics backers allies fans members relatives foes defenders followers residents".split()
)
#: Words after "on" that make it a time, not part of a name ("the Senate on Tuesday").
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


#: Plurals of people that open organisations' names and are no plural of a person noun we list.
_PEOPLE_PLURALS = frozenset("citizens families moms dads muslims christians catholics jews patriots women men".split())


def _people_plural(word: str) -> bool:
    """``word`` names people in the plural ("Americans", "Students", "Friends", "Citizens"), so it
    may open an organisation's name ("Americans for Prosperity"); not things ("Photos of the
    White House show …", "Reports of …")."""
    low = word.lower()
    if low in GROUP_NOUNS or low in _PLURAL_PERSON_NOUNS or low in _PEOPLE_PLURALS:
        return True
    return re.fullmatch(r"[A-Z][a-z]+ans", word) is not None  # "Americans", "Texans", "Californians"


def _capital_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in {"the", "a", "an"}


def _cause_after(head: str, after: list[str]) -> bool:
    """The capitalised words ``after`` "for" (or "without") the one word ``head`` name what an
    organisation named so is for: "Everytown for Gun Safety", "Alternative for Germany", "Teach for
    America", "Habitat for Humanity". A word that may be a surname needs two of them ("Weller for
    CNN", "Weller for Democrats": a person and whom she works or speaks for), none the name of an
    organisation ("Weller for Politico Magazine"); none is a participle ("Thanks for Coming")."""
    tail: list[str] = []
    for word in after:
        if not _capital_word(word) or word.lower() in _TIME_WORDS:
            break
        tail.append(word.rstrip(_STRIP))
        if word != word.rstrip(_STRIP):
            break
    if not tail or tail[-1].lower() in ORGANISATION_NOUNS or any(w.lower().endswith("ing") and is_common_word(w.lower()) for w in tail):
        return False
    return len(tail) >= 2 or is_common_word(head.lower())


def _organisation_name_length(words: list[str]) -> int:
    """How many of ``words`` (from the first) are one organisation's name that holds lower-case
    function words: an opening of capitalised words ending in an organisation noun ("the Center",
    "the U.S. Chamber", "Bank"), an acronym ("the ACLU" of Texas) or a plural noun of people
    ("Americans", "Students", "Friends"), then a preposition and capitalised words, perhaps more
    of them ("the Center for American Progress", "Americans for Prosperity", "Students for a
    Democratic Society", "Citizens for Responsibility and Ethics in Washington", "the Office of the
    Director of National Intelligence"). 0 when the words open no such name: "Ann Weller of Texas"
    (a person, then where she is from), "Secretary of State John Kerry" (a title), "the mayor of
    New York" (a description), "Republicans in Congress" (a group and where it sits). A name stops
    before a person's title or name after it ("Bank of America CEO Brian Moynihan"), a new
    conjunct ("… and the FBI") and a time ("the Senate on Tuesday")."""
    k = 1 if words[:1] and words[0].lower() in {"the", "a", "an", "one"} else 0  # "a Bank of America spokesman"
    start = k
    plural = False
    while k < len(words) and (_capital_word(words[k]) or k == start and _ORDINAL.fullmatch(words[k])) and k - start < 4:
        k += 1  # "the 9th U.S. Circuit Court of Appeals"
    opening = words[start:k]
    if not opening or k >= len(words) or words[k] not in _NAME_PREPOSITIONS:
        return 0
    head, joiner = opening[-1], words[k]
    gerund = opening[0].lower().endswith("ing") and is_common_word(opening[0].lower())  # "Running for President"
    if joiner == "for" and words[k + 1 : k + 2] and words[k + 1].rstrip(_STRIP) in _CAMPAIGN_OFFICES and len(opening) <= 3 and not gerund:
        return k + 2  # "Ann Roe for Congress", "Friends of …" aside: a campaign named after its candidate
    if any(is_person_title(w) for w in opening) or given_name_gender(" ".join(opening)) is not None:
        return 0  # "Secretary of State …"; "Frank Church of Idaho": a person, then where from
    if bare(head) in _NAME_HEADS or bare(head) in _ABBREVIATED_HEADS:
        pass  # "the Center", "the Dept." of Justice
    elif len(opening) == 1 and joiner == "of" and re.fullmatch(r"[A-Z]{2,}", head):
        pass  # "the ACLU of Texas"
    elif len(opening) == 1 and _people_plural(head):
        low = head.lower()
        if low in _RELATION_PLURALS or joiner not in {"for", "against", "without"} and (joiner != "of" or low in GROUP_NOUNS):
            return 0  # "Republicans in Congress", "Residents of Flint"; not "Friends of the Earth"
        tail = words[k + 1 : k + 3]
        if joiner == "of" and not (tail[:1] == ["the"] or len(tail) == 2 and all(_capital_word(w) for w in tail)):
            return 0  # "Citizens of Ukraine": people of a place; not "Veterans of Foreign Wars"
        plural = joiner == "of"  # people "of" something may go on with a lower-case noun
    elif len(opening) == 1 and joiner in {"for", "without"} and not gerund and _cause_after(head, words[k + 1 : k + 6]):
        pass  # "Everytown for Gun Safety", "Alternative for Germany": one word, then what it is for
    else:
        return 0
    end = 0
    campus = bare(head) in {"university", "college"}
    while k < len(words) and (words[k] in (_LATER_NAME_JOINERS if end else _NAME_PREPOSITIONS) or campus and end and words[k] == "at"):
        joiner = words[k]  # "at" too in "the University of Texas at Austin"
        j = k + 1
        article = j < len(words) and words[j] in {"the", "a", "an"}
        if article and joiner in {"and", "&"}:
            break  # "the Office of Management and the FBI": a new conjunct
        j += article
        if joiner == "to" and j < len(words) and (not is_common_word(words[j].lower()) or words[j].lower() in ORGANISATION_NOUNS):
            break  # "… Justice to Congress": where a letter went; "to" opens a verb in a name ("to Protect")
        group = j
        while group < len(words) and _capital_word(words[group]) and group - j < 5:
            word = words[group]
            if is_person_title(word) and not article or word.lower() in _TIME_WORDS:
                break  # "Bank of America CEO Brian Moynihan"; "the Senate on Tuesday"
            person = group + 1 < len(words) and words[group + 1][:1].isupper() and given_name_gender(f"{word} {words[group + 1]}") is not None
            if person and not (joiner == "to" and group == j + 1):
                break  # "… of the Earth Ann Roe": a person's name; not "the Committee to Elect Ann Roe"
            if joiner in {"and", "&"} and group == j and word.lower() in ORGANISATION_NOUNS:
                break  # "… and Congress": two bodies
            group += 1
            if word.endswith(",") and _listed_fields(words[group:]):
                continue  # "the American Federation of State, County and Municipal Employees"
            if word != word.rstrip(_STRIP):
                return group  # "… Ethics in Washington, said": the punctuation ends the name
        if group == j:
            break
        end = k = group
    if plural and end < len(words) and words[end][:1].islower() and not (LEADING_VERB.match(f" {words[end]} ") or SPEECH_VERB.match(words[end])):
        role = end
        while role < len(words) and role - end < 3 and words[role].islower():
            role += 1
        if not (role < len(words) - 1 and words[role][:1].isupper() and words[role + 1][:1].isupper()):
            return 0  # "Veterans of the Iraq war", "Mothers of Parkland victims": people, described
    return end  # (but "Friends of the Earth campaigner Jo Bell": a role and its holder after the name)


def _owning_organisation_then_name(before: list[str], run: str, name: str) -> bool:
    """ "the NRA's Chris Cox", "the Heritage Foundation's Ann Roe", "the Center for American
    Progress's Ann Roe": an organisation in the possessive (after "the"), then a person's full
    name, who is the speaker (the owner only says where the person works). Not "the Kremlin's
    Foreign Ministry" (a body), nor a run that is no full name after the possessive."""
    if before[:1] not in (["the"], ["The"]) or not all(w[:1].isupper() or w in _NAME_JOINERS for w in before[1:]):
        return False
    words = run.split()
    owner = next((k for k, w in enumerate(words) if w.endswith(POSSESSIVE)), None)
    if owner is None or words[owner + 1 :] != name.split() or not 2 <= len(name.split()) <= 4:
        return False
    first, last = name.split()[0], name.split()[-1]
    if last.lower() in _NOT_SURNAMES or re.fullmatch(r"[A-Z]{2,}", last):
        return False
    return given_name_gender(name) is not None or not is_common_word(first.lower())


def _listed_fields(words: list[str]) -> bool:
    """``words`` go on with the rest of a list of capitalised fields after a comma: "County and
    Municipal Employees", "Tobacco, Firearms and Explosives" (single words, the last two joined
    by "and")."""
    k = 0
    while k < len(words) and re.fullmatch(r"[A-Z]\w+,", words[k]):
        k += 1
    if not (len(words) > k + 2 and re.fullmatch(r"[A-Z]\w+", words[k]) and words[k + 1] == "and" and words[k + 2][:1].isupper()):
        return False
    # not people ("… Health, Ann and Bob Roe"): no field is a given name
    return all(given_name_gender(f"{w.rstrip(',')} X") is None for w in [*words[: k + 1], words[k + 2]])


def organisation_name_length(words: list[str]) -> int:
    """Public name of ``_organisation_name_length`` (the head of "the Center for American
    Progress's report" is the report)."""
    return _organisation_name_length(words)


#: Capitals joined by "&" in one word: an organisation's short name ("AT&T", "Texas A&M", "S&P").
_AMPERSAND_ACRONYM = re.compile(r"[A-Z]+&[A-Z]+")


def organisation_name(phrase: str) -> Mention | None:
    """``phrase`` whole as an organisation's name with lower-case function words in it
    (``_organisation_name_length``): "the Center for American Progress" (a description, like "the
    Department of Homeland Security"), "Americans for Prosperity" (a name); or capitalised words
    around an acronym with "&" ("AT&T", "Texas A&M University", "S&P Global"), which a run of
    capitals would cut at the "&"."""
    words = phrase.strip(_STRIP).split()
    if 0 < len(words) <= 4 and any(_AMPERSAND_ACRONYM.fullmatch(w) for w in words):
        person = any(is_person_title(w) or given_name_gender(" ".join(words[k : k + 2])) for k, w in enumerate(words))
        if not person and all(_capital_word(w) or k == 0 and w in {"the", "The"} for k, w in enumerate(words)):
            return Mention("description", " ".join(["the", *words[1:]])) if words[0] in {"the", "The"} else Mention("name", " ".join(words))
    if not words or words[0].lower() in {"a", "an", "one"} or _organisation_name_length(words) != len(words):
        return None
    if words[0] in {"the", "The"}:
        return Mention("description", " ".join(["the", *words[1:]]))
    return Mention("name", " ".join(words))


def _organisation_owns(phrase: str) -> Mention | None:
    """ "the U.S. Chamber of Commerce's chief economist", "the Committee to Protect Journalists'
    annual report", "Bank of America analysts": an organisation's name of
    ``_organisation_name_length`` in the possessive, or before a noun of people or of a document,
    and one to three lower-case words, its person or document, shown whole (a name in apposition
    after it still gives the person)."""
    words = phrase.strip(_STRIP).split()
    n = _organisation_name_length(words) if words and words[0].lower() not in {"a", "an", "one"} else 0
    if not n or not 1 <= len(words) - n <= 3:
        return None
    head = words[-1].lower()
    if not words[n - 1].endswith(POSSESSIVE) and head not in PERSON_NOUNS | GROUP_NOUNS | _PLURAL_PERSON_NOUNS | DOCUMENT_NOUNS | {"campaign", "committee"}:
        return None  # (but "Bank of America analysts", "the Council of Europe report": its people, its text)
    if not all(w.islower() and w not in _DANGLING_PREPOSITIONS for w in words[n:]):
        return None
    if SPEECH_VERB.search(" ".join(words[n:])) or first_verb(" " + " ".join(words[n:]) + " "):
        return None  # "… Progress's report found": a clause, not a phrase
    return Mention("description", " ".join(["the", *words[1:]]) if words[0] == "The" else " ".join(words))


def _plural_noun(word: str) -> bool:
    """``word`` is the plural of a common noun ("Friends", "Veterans"), not a surname in -s."""
    low = word.lower()
    return low.endswith("s") and is_common_word(low) and is_common_word(low[:-1])


#: A participle after the noun of a description ("one Republican involved in the planning",
#: "the official quoted by the paper"): the head ends before it.
_POSTNOMINAL = re.compile(
    r"(?<=[a-zA-Z])\s[a-z]\w*ed(?:\s+(?:in|with|by|on|at|to|for|about|from|last|this|[A-Z][a-z]+day)\b|\s*$)"
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


def _people_noun(word: str) -> bool:
    """A noun of people ("source", "sources", "aides", "people"): what "close to" or "familiar
    with" may describe as a speaker."""
    lower = word.lower()
    return lower in PERSON_NOUNS or lower in GROUP_NOUNS or lower.removesuffix("s") in PERSON_NOUNS or lower in {"person", "people", "insider", "insiders", "ally"}
#: A description that gives the name: "known (only) as Bob", "named Eric Kingson", "identified as X".
_NAMED = re.compile(rf"^\s*(?:(?:A|An|One|Another)\s+)?(?:[a-z0-9][\w-]*\s+){{1,6}}(?:(?:known|identified)\s+(?:only\s+)?as|named)\s+({name_pattern(0, 3)})\s*$")
#: A sentence opening with an indefinite description that gives the name, then the verb: "A
#: freshman named Hailey Puckett posted", "A driver known as Big Lou organised" (group 1: the
#: description's noun, group 2: the name). Not "The board named Keller Park the new site".
_NAMED_SUBJECT = re.compile(
    rf"\s*(?:[Aa]n?|One|Another)\s+(?:[a-z0-9][\w-]*\s+){{0,3}}([a-z][\w-]*)\s+(?:(?:known|identified)\s+"
    rf"(?:only\s+)?as|named)\s+({name_pattern(0, 3)})(?=,|\s+[a-z])"
)
#: A name at the end of a phrase right after a lower-case noun ("… of ceremonies Asad Tabbal").
_ROLE_THEN_NAME = re.compile(
    rf"\s(?!(?:the|a|an|of|for|and|at|in|on|to|by|with|from)\s)[a-z][a-z-]+\s+{name_pattern(1, 9)}\s*$"
)


_ISSUED_BY = re.compile(r"\s(?:from|by|(?:issued|released|published|filed|signed|written|sent) by)\s")
#: The participle of ``_ISSUED_BY`` ending a document's head ("a complaint filed").
_ISSUING_PARTICIPLE = re.compile(r"\s(?:issued|released|published|filed|signed|written|sent)$")
#: Words that may stand before a group noun in a speaker phrase ("some residents", "US officials").
_GROUP_LEAD = {"some", "many", "most", "several", "two", "three", "four", "senior", "local", "federal", "state", "other", "the"}


#: Common nouns and adjectives that name what a group works in or stands for ("Community leaders",
#: "Civil rights groups"), capitalised only when they open the sentence.
_GROUP_MODIFIERS = frozenset(
    """community civil human business industry religious faith labor labour opposition tribal city county town
    health security tech student parent tenant civic campaign rights trade farm church village neighborhood
    neighbourhood family consumer privacy advocacy environmental conservation""".split()
)


#: Endings of adjectives written with a capital only because they open a sentence ("Corporate",
#: "Senior", "Local"), unlike names ("Trump supporters").
_ADJECTIVE_ENDINGS = ("al", "ate", "ior", "ic", "ous", "ive", "ern", "ary")


def _group(seg: str) -> Mention | None:
    """ "officials", "some residents", "US officials", "Police": a group of people as speaker."""
    words = seg.split()
    if not words or len(words) > 4 or words[-1].lower() not in GROUP_NOUNS:
        return None
    lead = words[:-1]
    # "Corporate lobbyists"; "Striking teachers", "Retired nurses": a participle capitalised only
    # as the sentence's first word
    adjective = bool(lead) and lead[0].lower().endswith((*_ADJECTIVE_ENDINGS, "ing", "ed"))
    # "Union leaders", "Party officials", "Community leaders": a common noun of a body or a field,
    # capitalised only as the sentence's first word (not a name: "Trump supporters")
    adjective = adjective or bool(lead) and (lead[0].lower() in ORGANISATION_NOUNS or lead[0].lower() in _GROUP_MODIFIERS)
    if any(not (w.lower() in _GROUP_LEAD or w.isupper() or w.islower() or (k == 0 and adjective)) for k, w in enumerate(lead)):
        return None  # "Trump supporters" is a description of someone's supporters, handled below
    if SPEECH_VERB.search(seg) or LEADING_VERB.search(" " + seg):
        return None
    text = seg[0].lower() + seg[1:] if not words[0].isupper() else seg
    return Mention("description", text)


#: A place or time adverb before a determiner opening a speaker phrase: '“…!” here the crowd
#: chanted', 'there the audience roared': the adverb is no part of the phrase.
_ADVERB_BEFORE_DETERMINER = re.compile(
    r"^\s(?:[Hh]ere|[Tt]here|[Nn]ow|[Tt]hen|[Aa]gain|[Ll]ater|[Ff]inally|[Ss]uddenly|[Ss]oon)\s+(?=(?:the|a|an|his|her|their|its|some|many|one)\s)"
)


#: Subjects joined by "or" / "nor" ("Neither Park nor Reyes", "the mayor or her deputy"): a denial
#: or a choice, so neither conjunct is known to have spoken.
_CONJUNCT = r"(?:(?:the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
_DISJUNCTION = re.compile(rf"^\s*(?:[Nn]?[Ee]ither\s+)?{_CONJUNCT}\s+n?or\s+{_CONJUNCT}\s*$")


#: Prepositions that never end a noun phrase: a description ending in one is a clause cut short
#: ("the crowd broke into", read with "broke" taken for part of the noun phrase).
_DANGLING_PREPOSITIONS = frozenset("into onto at of to for from with about against toward towards upon".split())  # not "over": "a voice over"


#: Determiners that open an object after a verb ("answers the critics", "promises a vote").
_OBJECT_DETERMINERS = frozenset("the a an his her its their our these those this that".split())


#: "and" or "&" between two conjuncts of a subject ("Kline and Diaz", "Procter & Gamble").
_COORDINATOR = re.compile(r"\s(?:and|&|as\s+well\s+as)\s")
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
_CONJUNCT_OPENERS = _DETERMINERS | {
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
        (w.islower() and w not in _DETERMINERS and w not in _CONJUNCT_OPENERS)
        or is_person_title(w)
        or bare(w) in PERSON_TITLES
        or w.lower() in PERSON_NOUNS
        or w.lower() in _TITLE_PREMODIFIERS
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
    for m in _COORDINATOR.finditer(text):
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
        nxt = _COORDINATOR.search(rest)
        right = rest[: nxt.start()] if nxt is not None else rest
        if any(
            _organisation_with_and(words[k:] + ["and", *right.split()])
            or _organisation_name_length(words[k:] + ["and", *right.split()]) > len(words) - k + 1
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
    if _COORDINATOR.search(text) is None:
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
    return bool(_OWNED_NOUN.match(parts[-1])) and len(parts[-1].split()) <= 6 and all(_bare_name(p) for p in parts[:-1])


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
_SPEAKING_HEADS = PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | _PLURAL_PERSON_NOUNS | _PLURAL_SOURCE_NOUNS


def _can_speak(description: str) -> bool:
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
    if words and words[0] in _CONJUNCT_OPENERS - _DETERMINERS and len(words) <= 5 and _can_speak(part):
        return Mention("description", part)  # "other right-wing Israeli leaders"
    if not words or not words[0].islower() or not is_common_word(words[0]) or words[0] in _INNER_PREPOSITIONS:
        return None
    cut = _first_cut(" " + part + " ")
    noun = part[: max(cut - 1, 0)].strip() or part
    return Mention("description", noun) if len(noun.split()) <= 3 else None


def _coordination(segment: str, following: str = "") -> Mention | None:
    """A subject of speakers joined by "and" ("Mayor Ed Kline and Sheriff Rosa Diaz said", "The
    Department of Justice and the FBI said", "Smith and Wesson said"): both spoke, so neither alone
    is the speaker; the conjuncts' heads joined ("Ed Kline and Rosa Diaz", "the Department of
    Justice and the FBI"), or an unnamed someone when a conjunct has no head. None when ``segment``
    is no such coordination, to be read as before: an organisation's name ("the Centers for Disease
    Control and Prevention"), roles of one person ("Chairman and CEO Tim Vance" is Vance, so is "the
    company's founder and chief executive Ann Roe": the second role shares the determiner), or an
    "and" opening a clause ("Kline and left the stage"). ``following`` is the text after the
    subject: a singular verb there ("… has promoted") makes the phrase one person's roles."""
    text = _ADVERB_TAIL.sub("", _ALIKE.sub("", _BOTH.sub("", segment.strip(_STRIP)))).strip(_STRIP)  # "… later said"
    if _COORDINATOR.search(f" {text} ") is None or SHARED_SURNAME_COUPLE.fullmatch(text):
        return None
    if _HONORIFIC_COUPLE.match(text):
        if _OWNED_NOUN.search(text):
            return Mention("description", text)  # "Mr. and Mrs. Hal Dorsey's lawyer": their lawyer
        return Mention("unnamed", text)  # "Mr. and Mrs. Hale": two people, neither named alone
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
    if last[0] in _CONJUNCT_OPENERS:
        pass  # "and the FBI", "and his wife": a phrase of its own
    elif not named:
        if last[-1].islower() or last[-1][:1].isdigit():
            # no determiner of its own: the second role shares the first's ("the Florida senator and
            # Republican presidential candidate"), unless a plural makes them groups
            plural = last[-1].endswith("s") and not last[-1].endswith(("ss", "us", "is")) and is_common_word(last[-1][:-1])
            if last[-1].lower() in GROUP_NOUNS or last[-1].lower() in _PLURAL_PERSON_NOUNS or plural:
                # "Police and fire officials", "the Justice and Treasury departments": one plural head
                lower = text.split()[0].lower() in GROUP_NOUNS | _PLURAL_PERSON_NOUNS | _DETERMINERS
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
            w.lower() in _DETERMINERS
            or _role_words([w])
            or w.endswith(POSSESSIVE)
            and w[:1].islower()
            for w in first_words
        ):
            return head  # "the company's founder and chief executive Ann Roe": a shared determiner, one person
        if _SINGULAR_VERB.match(following):
            return head  # "Yahoo News and former TV network anchor Katie Couric has …": one person
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
    if any(h is None or h.kind not in {"name", "description", "pronoun"} or h.kind == "description" and not _can_speak(h.text) for h in heads):
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
    lower = joined.split()[0].lower() in _DETERMINERS  # "the mayor and …", "one resident and …"
    return Mention("description", joined[0].lower() + joined[1:] if lower else joined)


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


def head_of_segment(segment: str) -> Mention | None:
    """The head of one speaker noun phrase ("Chris Low at FTN" -> Chris Low, "the ministry"); none
    for a description that is a clause rather than a noun phrase: one ending in a preposition ("the
    crowd broke into", when the verb "broke" is not known for one) or opening with a speech-verb
    form and its object ("answers the critics", after the quoted slogan that is its subject)."""
    mention = _head_of_segment(segment)
    if mention is None or mention.kind != "description":
        return mention
    words = mention.text.split()
    if words[-1].lower() in _DANGLING_PREPOSITIONS:
        return None
    if len(words) > 2 and words[0] in SPEECH_VERBS and words[1].lower() in _OBJECT_DETERMINERS:
        return None  # "answers the critics": a verb and its object, a clause (the subject was a quote)
    return mention


def _head_of_segment(segment: str) -> Mention | None:
    seg = " " + _LEAD_CONJ.sub("", segment).strip(_STRIP) + " "
    seg = _ADVERB_BEFORE_DETERMINER.sub(" ", seg, count=1)  # "here the crowd", "there the audience"
    if _DISJUNCTION.search(seg):
        return None  # "Neither Park nor Reyes said", "Park or Reyes said": no one of them for sure
    organisation = organisation_name(seg) or _organisation_owns(seg)
    if organisation is not None:
        return organisation  # "the Center for American Progress", not "the Center"
    if " and " in seg or " & " in seg or " as well as " in seg:
        joint = _coordination(seg)
        if joint is not None:
            return joint  # "Mayor Ed Kline and Sheriff Rosa Diaz": both, not Kline
    called = _NAMED.search(seg) if " as " in seg or " named " in seg else None
    if called is not None:  # "the base chief, known only as Bob", "an academic named Eric Kingson"
        name = clean_name(called.group(1))
        if name:
            return Mention("name", name)
    first_word = seg.split()[:1]
    postnominal = _POSTNOMINAL.search(seg) if "ed" in seg and first_word and first_word[0].lower() in _DETERMINERS else None
    if postnominal is not None and not _ISSUED_BY.match(seg, postnominal.start()):
        seg = seg[: postnominal.start()] + " "  # "one Republican involved in the planning"
    related = _group_of(seg)
    if related is not None:
        return related  # "supporters of the mayor", not "supporters"
    adjective = _POSTNOMINAL_ADJECTIVE.search(seg) if _ADJECTIVE_WORDS.intersection(seg.split()) else None
    noun = seg[: adjective.start()].split()[-1] if adjective is not None else ""
    if adjective is not None and not _people_noun(noun):
        adjective = None  # "if he gets close to 1,237": no noun of people before the adjective
    if adjective is not None and noun and (noun.islower() or noun == seg.split()[0] and given_name_gender(noun) is None and is_common_word(noun.lower())):
        obj = seg[adjective.end() :].split()
        obj_end = _first_cut(" " + " ".join(obj) + " ") if obj else 0
        if obj and not _OBJECT_END.search(" " + " ".join(obj) + " "):
            obj_end = len(" ".join(obj)) + 1  # "close to the head of the agency": "of" is inside the object
        described = " ".join(seg[: adjective.end()].split() + " ".join(obj)[: max(obj_end - 1, 0)].split())
        if obj and 0 < obj_end and len(described.split()) <= 9 and not SPEECH_VERB.search(described):
            lower = described.split()[0].lower() in _DETERMINERS or described.split()[0] == noun
            return Mention("description", described[0].lower() + described[1:] if lower else described)
        seg = seg[: adjective.start()] + " "  # "Sources familiar": the noun alone
    crowd = _crowd_of(seg)
    if crowd is not None:
        return crowd  # "hundreds of workers", not "hundreds"
    partitive = _PARTITIVE.match(seg)
    if partitive is not None and partitive.group(1).split()[-1].lower() in _PARTITIVE_HEADS:
        phrase = partitive.group(0).strip()
        return Mention("description", phrase[0].lower() + phrase[1:])  # "one of those advisers", "one of her ads"
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
            if document.split()[0].lower() in _DETERMINERS and len(head_words) <= 6:
                text = f"{document}{issuer.group().rstrip()} {by.text}"
                return Mention("description", text[0].lower() + text[1:] if head_words[0] in {"A", "An", "The"} else text)
            return by
    seg = seg[:cut].strip()
    stripped = _ADVERB_TAIL.sub("", seg).strip(_STRIP)
    if stripped and stripped.lower() not in _DETERMINERS:
        seg = stripped  # "the daily" keeps its noun; "the nominee mockingly" loses the adverb
    if not seg or len(seg.split()) > 8 and (
        len(seg.split()) > 12
        or not (_ROLE_THEN_NAME.search(f" {seg} ") or _organisation_role_name(seg.split()) or title_of_office(" ".join(seg.split()[:-2])))
    ):
        return None
    if " and " in seg and seg.split()[0].lower() == "the" and _organisation_with_and(seg.split()):
        return Mention("description", "the" + seg[3:])  # "the Centers for Disease Control and Prevention"
    low = _CONTRACTION.sub("", seg.lower())  # "he's said", "she'd told"
    if low in PRONOUN_GENDER:
        return Mention("pronoun", low)
    low = seg.lower()
    if low in _UNNAMED:
        return Mention("unnamed", low)
    group = _group(seg)
    if group is not None:
        return group
    if not low.split():
        return None
    first = low.split()[0]
    runs = list(NAME_RUN.finditer(seg))
    if runs and runs[-1].end() >= len(seg) and first not in _DETERMINERS:
        lead = _without_adjectival_participles(seg[: runs[-1].start()].split())
        if not LEADING_VERB.search(" " + " ".join(lead)) and not SPEECH_VERB.search(
            " ".join(lead)
        ):
            name = clean_name(runs[-1].group())
            if name and len(name.split()) > 2 and title_of_office(seg[: runs[-1].start()]):
                name = holder_of_office(name.split())  # "Chief of Staff Reince Priebus"
            if name and name_length(name.split()) > 4:
                name = _trailing_name(name.split())  # "Maricopa County Recorder Helen Purcell"
            if name and name_length(name.split()) <= 4:  # "Senate Minority Whip Dick Durbin" -> Dick Durbin
                return Mention("name", name)
    spoken = SPEECH_VERB.search(seg)
    if spoken is not None and first in {"the", "a", "an", "this", "that"} and _noun_after_determiner(seg, spoken):
        spoken = None  # "the warning", "the posting": a noun after its determiner, not a verb
    verbish = spoken or first_verb(" " + seg)
    if first in _DETERMINERS and runs and runs[-1].end() >= len(seg) and not verbish:
        before_run = seg[: runs[-1].start()].split()
        name = clean_name(runs[-1].group())
        if len(before_run) >= 2 and before_run[-1].islower() and before_run[-1] not in {"of", "for", "on"} and name:
            return Mention("name", name)  # "the journalist Olivia Messer", not "the Bank of England"
        owner_then_name = _owning_organisation_then_name(before_run, runs[-1].group(), name)
        if owner_then_name:
            return Mention("name", name)  # "the NRA's Chris Cox", "the Center for American Progress's Ann Roe"
        titled = bare(runs[-1].group().split()[0]) in PERSON_TITLES | {"rev", "hon"}
        if before_run == [seg.split()[0]] and titled and name and name != runs[-1].group():
            return Mention("name", name)  # "the Rev. Samuel Ade"
    owned = _NAME_OWNER.fullmatch(seg.strip()) if not verbish else None
    if owned is not None and owned.group(1).lower() in _KNOWN_HEADS | GROUP_NOUNS:
        words = seg.split()
        while len(words) > 3 and (bare(words[0]) in TITLE_WORDS or is_person_title(words[0])):
            words = words[1:]  # the owner's titles go, as in a name: "Ann Voss’s office"
        return Mention("description", " ".join(words))  # "Sen. Al Boyd's office": a full name owns it
    possessive = first.endswith(POSSESSIVE) and len(seg.split()) <= 4  # "Zelensky's office"
    if possessive and _CONTRACTION.sub("", first) in _CONTRACTED_IS_WORDS:
        return None  # "It's unusual", "that's why": a pronoun and a contracted "is", no owner
    if (first in _DETERMINERS or possessive) and 2 <= len(seg.split()) <= 6 and not verbish:
        return Mention(
            "description", seg[0].lower() + seg[1:] if first in {"the", "a", "an"} else seg
        )
    return None


#: A name of two to four capitalised words (and their particles) in the possessive and a noun or
#: two ("Al Boyd's office", "Sen. Al Boyd's campaign spokesman", "Von der Leyen's spokesman");
#: group 1 is the last noun.
_NAME_OWNER = re.compile(
    rf"(?:[A-Z][\w.{ABBREVIATION_DOT}-]*\s+(?:(?:{'|'.join(sorted(PARTICLES))})\s+){{0,2}}){{1,3}}[A-Z][\w-]*(?:[’']s|s[’'])\s+(?:[a-z]+\s+)?([a-z]+)"
)


#: The subject at the end of an opening participle phrase that lacks its comma: a determiner and
#: a known head noun ("… the delay the minister"), or capitalised words after a lower-case one
#: and no preposition ("… of the courthouse Kell", not "… speaking in French").
_OPENER_DESCRIPTION = re.compile(r"\s((?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[a-z-]+\s+){0,2}([a-z-]+))\s*$")
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
    return first.endswith("ing") or _sentence_adverb(words[0]) and not LEADING_VERB.match(" " + words[1])


def _subject_ending_opener(seg: str) -> Mention | None:
    """The subject of the verb after an opening participle phrase with no comma ("Asked about the
    delay the minister said", "Standing on the steps of the courthouse Kell told reporters"): the
    phrase's last words, when they are a description with a person, group or organisation head,
    or capitalised words after a lower-case one."""
    described = _OPENER_DESCRIPTION.search(" " + seg)
    if described is not None and described.group(2) in PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS:
        return head_of_segment(described.group(1))
    named = _OPENER_NAME.search(" " + seg)
    mention = head_of_segment(named.group(1)) if named is not None else None
    return mention if mention is not None and mention.kind == "name" else None


def _noun_after_determiner(seg: str, spoken: re.Match[str]) -> bool:
    """A speech-verb form right after the segment's determiner, in its -ing or bare form, is a
    noun ("The warning said: “…”", "the posting", "the warning letter"), not the verb that makes
    the segment a clause."""
    form = spoken.group().lower()
    return len(seg[: spoken.start()].split()) == 1 and (form.endswith("ing") or form in SPEECH_NOUN_FORMS)


#: Words that end an organisation's or a place's name, never a person's ("… County", "… Agency").
_NOT_SURNAMES = ORGANISATION_NOUNS | {"county", "city", "state", "states", "district", "republic", "act", "center", "centre"}


#: A middle initial, its period masked or not ("B." / "B․").
_INITIAL = re.compile(rf"[{UPPER}][.{ABBREVIATION_DOT}]")
#: A job word by its ending ("Recorder", "Assessor", "Advocate", "Alderman", "Clerk"), not a verb
#: of a headline in title case ("Endorses", "Hacked").
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|ate|man|woman|ee|ary|clerk|chief|head|marshal)$", re.IGNORECASE)


def _trailing_name(words: list[str]) -> str:
    """The person at the end of a run of five or more capitals that ``clean_name`` could not cut
    at a title it knows ("Maricopa County Recorder Helen Purcell", "Cook County Assessor Fritz
    Kaegi"): the last two words, with a middle initial or particles before the surname
    ("James B. Comey", "Rubén del Campo"), after a job word; nothing when the run ends like an
    organisation or reads like a headline ("Carly Fiorina Endorses Ted Cruz", all capitals)."""
    if words[-1].lower().strip(".") in _NOT_SURNAMES or words[-2].lower() in _NOT_SURNAMES:
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
#: and"): capitals and the function words inside such names.
_OFFICE_WORD = re.compile(rf"[A-Z][\w.{ABBREVIATION_DOT}&’'-]*|of|the|for|and|on")


def title_of_office(before: str) -> bool:
    """``before`` ends in a person's title, "of" and perhaps more of the office's name
    ("Director of", "President of the", "Chairman of the Joint Chiefs of", "White House Chief
    of"), so a run of capitals after it names the office, then its holder (``holder_of_office``)."""
    words = before.split()
    k = len(words)
    while k and _OFFICE_WORD.fullmatch(words[k - 1]):
        k -= 1
    office = words[k:]
    return any(
        office[i + 1] == "of" and (is_person_title(w) or w.lower() in PERSON_TITLES | {"head", "chief"})
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
    if start < 1 or words[start - 1].lower() in _NOT_SURNAMES or words[-1].lower() in _NOT_SURNAMES:
        return " ".join(words)
    return " ".join(words[start:])


def _without_adjectival_participles(words: list[str]) -> list[str]:
    """Lower-case words before a name without the -ed words that open a role and modify the noun
    after them ("retired surgeon", "the undecided voter"): those are adjectives; an -ed word right
    before the name ("praised Ben Carson") or after another word ("Trump praised former senator
    X") stays, as the verb it is."""
    function_words = _DETERMINERS | INTRO_WORDS
    return [
        w
        for k, w in enumerate(words)
        if not (
            w.endswith("ed")
            and (k == 0 or words[k - 1].lower() in _DETERMINERS)  # not "Trump praised former senator X"
            and k + 1 < len(words)
            and words[k + 1].lower() not in function_words
        )
    ]


#: "the bespectacled," — a determiner and an adjective whose noun comes after a comma.
_DANGLING_ADJECTIVE = re.compile(r"\s*(?:the|a|an)\s+[a-z][\w-]*(?:ed|ous|ful|ive)\s*", re.IGNORECASE)


#: An organisation's name that lists its fields after "of"/"for": "the Bureau of Alcohol,
#: Tobacco, Firearms and Explosives", "the American Federation of State, County and Municipal
#: Employees" (its comma-split first piece; then single capitalised words, then one that goes on
#: with "and" and capitalised words).
_LISTING_ORGANISATION = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,3}([A-Z]\w+)\s+(?:of|for)\s+[A-Z]\w+\s*")
_LISTED_FIELD = re.compile(r"\s*[A-Z]\w+\s*")
_LAST_LISTED_FIELD = re.compile(r"\s*[A-Z]\w+\s+and\s+[A-Z]\w+\b.*", re.S)


#: A campus after a university's name and a comma ("…, Berkeley", "…, Los Angeles").
_CAMPUS = re.compile(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*")


def _university(piece: str) -> bool:
    """``piece`` is a university's whole name with "of" ("the University of California"), which
    a campus may follow after a comma."""
    words = piece.split()
    opening = words[1:2] if words[:1] in (["the"], ["The"]) else words[:1]
    return opening == ["University"] and _organisation_name_length(words) == len(words)


def _join_adjectives(pieces: list[str]) -> list[str]:
    """Comma-split pieces with coordinate adjectives joined again: "the bespectacled, 71-year-old
    diplomat" is one phrase, not "the bespectacled" and "71-year-old diplomat"; so is an
    organisation's name listing its fields ("the Bureau of Alcohol, Tobacco, Firearms and
    Explosives said"), not "Firearms and Explosives"."""
    joined: list[str] = []
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        listing = _LISTING_ORGANISATION.fullmatch(piece)
        if listing is not None and listing.group(1).lower() in _ORGANISATION_HEADS:
            end = k + 1
            while end < len(pieces) and _LISTED_FIELD.fullmatch(pieces[end]):
                end += 1
            if end < len(pieces) and _LAST_LISTED_FIELD.fullmatch(pieces[end]):
                joined.append(",".join(pieces[k : end + 1]))
                k = end + 1
                continue
        if joined and _CAMPUS.fullmatch(piece) and _university(joined[-1]) and given_name_gender(piece.strip()) is None:
            joined[-1] += "," + piece  # "the University of California, Berkeley": one name
            k += 1
            continue
        if joined and _DANGLING_ADJECTIVE.fullmatch(joined[-1]) and re.match(r"\s*[a-z0-9]", piece):
            joined[-1] += "," + piece
        else:
            joined.append(piece)
        k += 1
    return joined


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


def subject_before(clause: str) -> Mention | None:
    """The speaker right before a speech verb; an appositive points back to the name.

    "Michael Podhorzer, the political director of the union, said" -> Michael Podhorzer;
    "Tom Barrett, a miner from Harlan County, Kentucky, who has worked ..., said" -> Tom Barrett
    (a clause ending in a comma is a subject followed by appositives: the subject comes first);
    "Republicans have gone missing, Donald Trump suggested" -> Donald Trump.
    """
    named = _named_then_appositives(clause) if _SPLIT_CLAUSE.search(" " + clause + " ") else None
    if named is not None:
        return named
    clause = _SPLIT_CLAUSE.split(" " + clause + " ")[-1]
    relative = _OBJECT_RELATIVE.search(clause)
    if relative is not None:  # "one which historian John Baick calls": the relative clause's subject
        inside = head_of_segment(relative.group(1))
        first = relative.group(1).split()[0].lower()
        described = first in _DETERMINERS or first in {"his", "her", "their", "its", "our"} or first in GROUP_NOUNS
        if inside is not None and (inside.kind == "name" or inside.kind == "description" and described):
            # also "Sen. Leah Moss, whom her staff called “…”", "whom critics call"; not "at which
            # point the audience", where "which" is a determiner
            return inside
    coordinated = _AND_SUBJECT.search(clause)
    first_clause = _without_opening_phrases(clause[: coordinated.start()]) if coordinated is not None else ""
    if coordinated is not None and _BETWEEN_OPEN.search(clause, 0, coordinated.start()):
        coordinated = None  # 'An official briefed on the talks between Reyes and Kline said': one phrase
    if coordinated is not None and (LEADING_VERB.search(first_clause) or SPEECH_VERB.search(first_clause)):
        # "a woman asked for a photo and Clinton said": the second clause's own subject
        second = head_of_segment(coordinated.group(1))
        if second is not None and second.kind in {"name", "pronoun", "description"}:
            return second
    pieces = _join_adjectives(re.split(r"[,();—–]|\s--?\s", clause))  # a spaced hyphen (or two) is a dash
    segments = [_LEAD_CONJ.sub("", s) for s in pieces if s.strip(_STRIP)]
    joint = _comma_coordination([p for p in pieces if p.strip(_STRIP)]) if " and " in clause or " & " in clause or " as well as " in clause else None
    if joint is not None:
        return joint
    if len(segments) > 1 and not pieces[-1].strip(_STRIP):
        subject = _subject_of_appositives([p for p in pieces if p.strip(_STRIP)])
        if subject is not None:
            return subject
    nearest: Mention | None = None
    for k, seg in enumerate(reversed(segments[-4:])):
        if k == 0:
            seg = TIME_OPENER.sub("", seg)  # "at which point the crowd chanted": the crowd
            seg = _TIME_BEFORE_SUBJECT.sub("", seg)  # "Last week Kell said": Kell
        words = seg.strip(_STRIP).split()
        if (k == 0 and len(words) > 2 and words[1].lower() in _DETERMINERS and _sentence_adverb(words[0])
                and not any(w.lower() in PRONOUN_GENDER for w in words[2:])):
            # not "essentially the establishment he rails against": a relative clause, no subject
            words = words[1:]  # "Sadly the minister said", "Clearly the senator said": no comma
            seg = " ".join(words)
        with_subject = k == 0 and bool(words) and words[0].lower() == "with"
        if with_subject:
            seg = " ".join(words[1:])  # "with spokesman Glen Caplin saying", "with one of her ads asking"
        elif k == 0 and words and words[0].lower() in INTRO_WORDS:
            if words[0].lower() in _DEMONSTRATIVES and 1 < len(words) <= 4 and _demonstrative_head(words[-1]):
                return Mention("description", seg.strip(_STRIP))  # '"…," this source told the Post'
            # an opening phrase without its comma: "After the vote Representative Kyle Dunn said"
            named = name_right_before(seg.strip(_STRIP))
            if named is not None and len(named.text.split()) > 1:
                return named
            if words[0].lower() in _SUBORDINATORS | _ADVERB_OPENERS and len(words) > 1:
                # "as the Heritage Institute website notes", "While Sullivan proclaims", "then Wallnau continues"
                clause_subject = head_of_segment(" ".join(words[1:]))
                if clause_subject is not None and clause_subject.kind in {"name", "description", "pronoun"}:
                    return clause_subject
            if words[0].lower() == "asked" or _OPENING_PREPOSITION.match(words[0]) and len(words) > 3:
                ending = _subject_ending_opener(seg)
                if ending is not None:
                    return ending  # "Asked about the delay the minister said", "After the vote the senator said"
            continue
        elif not words or words[0].lower() in INTRO_WORDS or participle_intro(words) or past_participle_intro(words) or k == 0 and _state_opener(words):
            ending = _subject_ending_opener(seg) if k == 0 and (participle_intro(words) or _state_opener(words)) else None
            if ending is not None:
                return ending  # "Standing on the steps of the courthouse Kell told reporters"
            continue
        elif len(words) == 1 and _sentence_adverb(words[0]):
            continue  # "Likewise, a paper from the institute had this to say:"
        m = head_of_segment(seg)
        if m is None:
            continue
        if m.kind in {"unnamed", "description"} and joint_speakers(m.text):
            # "After the vote, Kline and Diaz said": both, whatever stands before; but "These and
            # other sources of authority, the lawyers said": the phrase right before the verb
            return m if nearest is None else nearest
        if m.kind != "description" or with_subject:
            if nearest is not None and not all(w[:1].isupper() or w in PARTICLES for w in seg.strip(_STRIP).split()):
                # "with polls showing rival Ted Cruz, leading …, a story by the website says": a name
                # inside a clause is no subject the description right before the verb is apposed to
                return nearest
            return m if nearest is None or k <= 3 else nearest
        after_dash = bool(_DASH_BEFORE_LAST.search(clause))  # "In the letter - to X - the Utah Republican"
        if k == 0 and seg.strip(_STRIP).endswith(m.text) and (after_dash or _description_is_subject(m, segments)):
            return m
        if nearest is None:
            nearest = m
    return nearest


#: A closed time phrase opening a clause without its comma ("at one point the crowd chanted",
#: "…" – at which point the audience shouted “…”): it ends where the subject begins, which an
#: open prepositional phrase ("After the vote the board said") does not show.
TIME_OPENER = re.compile(
    r"^[\s\W]*(?:at\s+(?:which|one|that|this|some|the\s+same|another)\s+(?:point|moment|stage|juncture|instant|time)|whereupon)\s+(?=\w)",
    re.IGNORECASE,
)
_TIME_NOUN = (
    r"(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)"
)
#: A time phrase of a determiner and a time noun, or "yesterday", before a subject without its
#: comma ("Last week Kell said", "“…,” this morning the ministry said"): closed like TIME_OPENER,
#: but unlike it no new clause after a quote, since its verb reports that quote. Also a time
#: phrase of "late"/"early" or a count of time units ("Late on Tuesday Gov. X told", "Two days
#: later Kell said"), whose first word would otherwise be read as a one-word name.
_TIME_BEFORE_SUBJECT = re.compile(
    rf"^[\s\W]*(?:(?:(?:earlier|later)\s+)?(?:this|last|that|next)\s+{_TIME_NOUN}|yesterday"
    # "Late on Tuesday", "Early last night", "Shortly after midnight", "Two days later", "Hours later"
    rf"|(?:late|early|earlier|later)\s+(?:(?:on|this|last|that)\s+)?{_TIME_NOUN}"
    r"|(?:shortly|just|soon|right|moments|minutes|hours)\s+(?:after|before)\s+(?:midnight|noon|dawn|dusk)"
    r"|(?:(?:just|only)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|ago))\s+(?=\w)",
    re.IGNORECASE,
)
_INDEFINITE = {"a", "an", "one", "another"}
#: Conjunctions opening a clause whose subject comes right after them ("as X notes", "while X
#: argues"); unlike prepositions ("after the vote"), what follows them is the verb's subject.
#: Adverbs that open an introductory phrase with a preposition ("Shortly after", "Long before").
_INTRO_ADVERBS = {"shortly", "soon", "long", "right", "just", "even", "well", "only", "immediately", "back"}
#: Lower-case verbs among ``TITLE_WORDS`` (there for "Asked about it, Sen. X …"): after a name they
#: end the subject, "Gov. Anne Holt asked Paul Hale to resign" is about Holt.
_VERBS_IN_TITLE_WORDS = frozenset({"asked", "speaking"})
#: Adverbs before a subject ("and then Wallnau continues"): what follows them is the subject.
_ADVERB_OPENERS = {"then", "later", "earlier", "also", "still", "now", "again", "yet", "so"}
_SUBORDINATORS = {"as", "while", "when", "although", "though", "because", "since", "whereas", "if", "unless", "until"}
#: Words after "Name's" that make the "'s" a contracted "has"/"is", not a possessive ("Christie's
#: been making the case", "Rubio's not ready").
_AFTER_CONTRACTED_IS = frozenset({"been", "got", "gotten", "not", "never", "going", "gone"})
#: Words whose "'s" is a contracted "is" or "has", never a possessive ("it's", "that's", "there's").
_CONTRACTED_IS_WORDS = frozenset("it that there here what who where how he she let".split())
#: A contracted auxiliary after a subject pronoun ("he's", "she'd", "they've").
_CONTRACTION = re.compile(r"[’'](?:s|d|ve|re|ll)$")


def _bare_name(piece: str) -> bool:
    """A comma piece that is only a name ("Ben Poe", "Sen. Amy Cole"): a member of a list."""
    words = piece.strip(_STRIP).split()
    if not words or not all(w[:1].isupper() or w in PARTICLES for w in words):
        return False
    head = head_of_segment(piece)
    return head is not None and head.kind == "name"


def _definite(piece: str) -> bool:
    """A comma piece that is only a definite description ("the sheriff"): a member of a list."""
    words = piece.strip(_STRIP).split()
    if len(words) < 2 or words[0] not in {"the", "The"}:
        return False
    head = head_of_segment(piece)
    return head is not None and head.kind == "description" and not SPEECH_VERB.search(piece)


def _comma_coordination(pieces: list[str]) -> Mention | None:
    """Speakers joined across commas before a verb: a list ("Ann Roe, Ben Poe and Carl Yates
    said"), or a second conjunct after the first's appositive ("Ann Roe, 45, and her husband
    said", "The mayor, who won in 2019, and the sheriff said"). None when the last piece joins no
    speaker (a clause, an intro phrase: "After the vote, and before the recess, Kline said")."""
    if len(pieces) < 2:
        return None
    last = pieces[-1].strip(_STRIP)
    if last.startswith(("and ", "& ")):
        if last.split()[1:2] in (["a"], ["an"]):
            return None  # "Ann Roe, a nurse and a mother": appositives of one person
        if all(_bare_name(p) for p in pieces[:-1]):
            return _coordination(" and ".join(p.strip(_STRIP) for p in pieces[:-1]) + " " + last)
        first = _subject_of_appositives(pieces[:-1])
        if first is None or first.kind not in {"name", "description"} or joint_speakers(first.text):
            return None
        return _coordination(f"{first.text} {last}")
    opening = _COORDINATOR.split(f" {last} ")[0]
    listed = (_bare_name(opening) and all(_bare_name(p) for p in pieces[:-1])) or (
        _definite(opening) and all(_definite(p) for p in pieces[:-1])  # "The mayor, the sheriff and the fire chief"
    )
    if _COORDINATOR.search(f" {last} ") and listed:
        joint = _coordination(last)
        if joint is not None and joint.kind == "description" and joint_speakers(joint.text):
            return _coordination(
                " and ".join(p.strip(_STRIP) for p in pieces[:-1]) + " and " + last
            )
    return None


#: Irregular past participles that open a phrase before the subject ("Born in Ohio, …").
_IRREGULAR_PARTICIPLES = frozenset("born known given taken shown seen driven caught shaken told held hit struck brought beaten built drawn thrown left".split())
#: Words after a past participle that make it open a phrase ("Pressed by reporters", "Frustrated
#: with the delay"), not a name's first word.
_AFTER_PAST_PARTICIPLE = frozenset("by about on at for with in over to from after into as under between among".split())


def past_participle_intro(words: list[str]) -> bool:
    """ "Pressed by reporters, …", "Frustrated by the delay, …", "Born in Ohio, …": a phrase of a
    past participle opening the sentence, whose subject comes after the comma; not a name
    ("Ted", "Reed") nor a subject and its verb ("Police said")."""
    if len(words) < 2 or not words[0][:1].isupper() or words[1].lower() not in _AFTER_PAST_PARTICIPLE:
        return False
    low = words[0].lower()
    participle = low in _IRREGULAR_PARTICIPLES or len(low) > 5 and low.endswith("ed") and is_common_word(low)
    return participle and given_name_gender(words[0]) is None


def _description_is_subject(mention: Mention, segments: list[str]) -> bool:
    """A description right before the verb, after a name and a comma, is the subject when it is
    short and indefinite after a bare surname ("Clinton, a top aide said,") or when the name ends
    an opening phrase ("At the town
    hall in Hudson, New Hampshire Monday, the Christie supporter retorted"); otherwise it is an
    appositive whose second comma is missing ("Nate Silver, the polling guru who founded it
    tweeted") and the name is the subject."""
    first = mention.text.split()[0].lower()
    topic = segments[-2].strip(_STRIP).split() if len(segments) >= 2 else []
    if first in _INDEFINITE and len(mention.text.split()) <= 3 and len(topic) == 1:
        return True  # "Clinton, a top aide said," — an appositive would come with the full name
    opener = segments[-3].strip(_STRIP).split()[:1] if len(segments) >= 3 else []
    return first in _DETERMINERS and bool(opener) and opener[0].lower() in INTRO_WORDS


#: Words that open an appositive or a relative clause after a subject ("Smith, a miner, who ...").
_APPOSITIVE_OPENERS = _DETERMINERS | {"who", "whose", "which", "whom", "former", "now", "himself", "herself"}


#: Longest lower-case appositive after a subject ("legal director for the gay rights group Human
#: Rights Campaign"), in words; longer, it is read as a clause.
_APPOSITIVE_WORDS = 14


#: Longest first piece (a title and a name) read as the name opening a run of appositives.
_OPENING_NAME_WORDS = 6


def _named_then_appositives(clause: str) -> Mention | None:
    """ "Al Mott, president of the local that represents workers at the plant," before a verb:
    the name that opens a run of appositives, read before the clause is split at "that" or
    "when", which there open a relative clause inside an appositive, not the speaker's clause."""
    pieces = _join_adjectives(re.split(r"[,();—–]|\s--?\s", clause))
    kept = [p for p in pieces if p.strip(_STRIP)]
    if len(kept) < 2 or pieces[-1].strip(_STRIP):
        return None
    first = head_of_segment(kept[0])
    words = kept[0].strip(_STRIP).split()
    if first is None or first.kind != "name" or len(words) > _OPENING_NAME_WORDS or words[-1] != first.text.split()[-1]:
        return None  # the first piece is the name, maybe after a title: not a clause ending on one
    subject = _subject_of_appositives(kept)
    return subject if subject is not None and subject.kind == "name" else None


def _subject_of_appositives(segments: list[str]) -> Mention | None:
    """ "X, <appositive>, <appositive>," before a verb: X, or the name an appositive gives to a
    description ("the mayor, Olena Shevchenko,"). None when a segment is not appositive-like."""
    subject: Mention | None = None
    for seg in segments:
        words = seg.strip(_STRIP).split()
        if not words:
            continue
        first = words[0].lower()
        if subject is None:
            if first in _SUBORDINATORS and len(words) > 1:
                subject = head_of_segment(" ".join(words[1:]))  # "As John Cornyn, the No. 2, put it"
                if subject is None:
                    return None
                continue
            if first in INTRO_WORDS or participle_intro(words) or first in {"who", "which"}:
                continue
            if first.endswith("ed") and words[1:2] and words[1].lower() in {"by", "on", "at", "about", "for"} or past_participle_intro(words):
                continue  # "Reached by phone on Tuesday, Hal Pryor — who … — said"
            subject = head_of_segment(seg)
            if subject is None:
                return None
            continue
        if seg.lstrip().startswith(("and ", "& ")) and subject.kind in {"name", "description"} and words[1:2] not in (["a"], ["an"]):
            # "Hart, a Democrat, and Cole, a Republican, said", "Ann Roe, 45, and her husband said":
            # a second speaker, not an appositive
            other = _coordination(f"{subject.text} {seg.strip(_STRIP)}")
            if other is not None:
                subject = other
                continue
        if subject.kind == "unnamed" and joint_speakers(subject.text):
            continue  # "Yahoo News and former TV network anchor Katie Couric, …": still unsure
        if joint_speakers(subject.text) and subject.kind == "description":
            # "Pat Quinn and her husband, Joe,": the name is the husband's, not the subject's; it
            # stands for him when the subject was read as a description ("Ann Roe and the FBI's
            # director, Ben Poe,")
            named = head_of_segment(seg) if words[0][:1].isupper() else None
            first, _, described = subject.text.rpartition(" and ")
            person = described.split()[-1:] and _can_speak(described) and not described.split()[-1][:1].isupper()
            if named is not None and named.kind == "name" and person and described.split()[0].lower() in _DETERMINERS:
                subject = Mention("description", f"{first} and {named.text}")
            continue
        appositive_like = (
            first in _APPOSITIVE_OPENERS
            or first.endswith(POSSESSIVE)
            or first[:1].isdigit()
            or words[0][:1].isupper()
            or participle_intro(words)
            or first in INTRO_WORDS
        )
        if not appositive_like and not (words[0].islower() and len(words) <= _APPOSITIVE_WORDS):
            return None
        phrase = first in _APPOSITIVE_OPENERS or first in INTRO_WORDS  # "a firm called X"
        if not phrase and (LEADING_VERB.search(" " + seg) or SPEECH_VERB.search(seg)):
            return None  # "…, Trump went after Bush," is a clause, not an appositive
        if subject.kind in {"description", "unnamed"} and words[0][:1].isupper():  # "One of them, Ray Ost,"
            if subject.text.split()[-1].lower() in GROUP_NOUNS and " and " in seg:
                continue  # "Two analysts, Ann Roe and Ben Poe,": both speak, the group says so
            named = head_of_segment(seg)
            if named is not None and named.kind == "name":
                subject = named  # "the head of the commission, Nadia Petrova,"
    return subject


#: After an inverted speaker: its appositive and a second speaker ('said Ann Roe, of Dayton, and
#: Ben Poe'; group 1: the second).
_AND_AFTER_APPOSITIVE = re.compile(r"\s*,(?:\s*[^,.;:!?“”\"·]{1,50},)?\s*and\s+([^,.;:!?“”\"·]+?)\s*(?=[,.;:!?·]|$)")


def phrase_after(text: str) -> Mention | None:
    """The speaker after an inverted verb ("said Umerov, the minister" -> Umerov); a description
    followed by a name in apposition gives the name ("said one witness, Ahmed Karimi"). A dash
    ends the speaker like a comma ("said Tara Lee — the first woman to lead the party —")."""
    # a preposition right after the verb opens no speaker: "proclaimed to a crowd"
    parts = _AFTER_SPEAKER.split(" " + text.strip() + " ", maxsplit=2)
    if len(parts) > 2 and parts[1].strip() in _NAME_PREPOSITIONS | {"in", "at", ","}:
        parts = _rejoin_organisation(parts)  # "said the Committee to Protect Journalists"
    mention = head_of_segment(parts[0])
    other = _AND_AFTER_APPOSITIVE.match("".join(parts[1:])) if mention is not None and len(parts) > 2 and parts[1] == "," else None
    if other is not None and mention is not None and mention.kind in {"name", "description"} and _bare_name(other.group(1)):
        joint = _coordination(f"{parts[0].strip()} and {other.group(1)}")
        if joint is not None:
            return joint  # 'said Ann Roe, of Dayton, and Ben Poe, of Toledo': both
    if mention is not None and mention.kind == "description" and len(parts) > 2 and parts[1] == ",":
        if mention.text.split()[-1].lower() in DOCUMENT_NOUNS:
            return mention  # "According to the complaint, Kell “…”": a document has no name in apposition
        apposed = _NAME_SEGMENT.match(parts[2])
        if apposed is not None:
            named = head_of_segment(apposed.group(1))
            if named is not None and named.kind == "name":
                return named
    if mention is not None and mention.kind == "description" and len(parts) > 2 and parts[1].strip() in {"at", "in", "on"}:
        # "adds an economist at a big bank, Sara Lind.": the name apposed after the description's
        # own prepositional phrase, ending the clause, when a given name says it is a person's
        closing = _NAME_ENDING_CLAUSE.search("".join(parts[2:]).split(".")[0] + ".")
        named = head_of_segment(closing.group(1)) if closing is not None else None
        if named is not None and named.kind == "name" and given_name_gender(named.text) is not None:
            return named  # a person's given name: not "an analyst at the firm, Harlow Capital"
    return mention


#: What ends the speaker phrase after an inverted verb (``phrase_after``).
_AFTER_SPEAKER = re.compile(
    r"([,.;:!?“”\"(—–]|(?<! close)(?<! privy)(?<! loyal)\s(?:in|on|at|to|during|after|before|when|while|because|who|whom|whose|which|"
    r"as(?<!known as)(?<!only as)(?<!identified as)|"  # not "the base chief known as Bob"
    r"released|published|obtained|issued|conducted|commissioned)\s)"  # "a poll released Thursday"
)


def _rejoin_organisation(parts: list[str]) -> list[str]:
    """``parts`` of ``phrase_after`` split again after an organisation's name that the split cut
    at its preposition ("the Committee | to | Protect Journalists", "Citizens for Responsibility
    and Ethics | in | Washington"); as they were when no such name runs across the cut."""
    text = "".join(parts)
    spans = list(re.finditer(r"\S+", text))
    head = len(parts[0].split())
    listing = parts[1].strip() == ","
    if listing and parts[0].split()[:1] != ["the"]:
        # a list of fields after a comma only in a name that "the" opens ("said the American
        # Federation of State, County and Municipal Employees"): after a bare capital the comma
        # ends the speaker on the dev pages
        return parts
    for k in range(head if not listing else 1):
        length = _organisation_name_length([m.group() for m in spans[k:]])
        if length > head - k:
            end = spans[k + length - 1].end()
            end -= len(spans[k + length - 1].group()) - len(spans[k + length - 1].group().rstrip(_STRIP))
            rest = _AFTER_SPEAKER.split(text[end:], maxsplit=1)
            return [text[:end] + rest[0], *rest[1:]]
    return parts


#: ", Sara Lind." ending a clause: a full name set off by a comma (group 1).
_NAME_ENDING_CLAUSE = re.compile(rf",\s*({name_pattern(1, 3)})\s*[.;]\s*$")
#: A name in apposition after a description: ", Ahmed Karimi,", ", known only as Bob,", ", a
#: retired teacher named Ada Kim".
_NAME_SEGMENT = re.compile(
    rf"\s*(?:(?:known|identified)\s+(?:only\s+)?as\s+|(?:an?\s+(?:[a-z][\w-]*\s+){{1,3}})?named\s+)?"
    rf"({name_pattern(0, 3)})\s*(?:[,.;:!?]|$)"
)


def first_verb(text: str) -> re.Match[str] | None:
    """The first ``LEADING_VERB`` of ``text`` that is a verb: not an -ed word after a possessive or
    a determiner ("Donald Trump’s fired campaign manager", "the bespectacled diplomat", "a retired
    worker")."""
    for m in LEADING_VERB.finditer(text):
        if not (m.group().endswith("ed") and _MODIFIER_BEFORE.search(text[: m.start()])):
            return m
    return None


def last_verb(text: str) -> re.Match[str] | None:
    """The last ``LEADING_VERB`` of ``text`` that is a verb (see ``first_verb``)."""
    verbs = [m for m in LEADING_VERB.finditer(text) if not (m.group().endswith("ed") and _MODIFIER_BEFORE.search(text[: m.start()]))]
    return verbs[-1] if verbs else None


_MODIFIER_BEFORE = re.compile(r"(?:[’']s?|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne))$")


#: Where a name set off before its verb ends: a dash or a relative pronoun ("Joyce — who is …").
_APPOSITIVE_END = re.compile(r"\s(?:[—–]|--?)\s|\s(?:who|whose|which)\s")


#: A place phrase, an inverted verb of standing or arriving, and its subject, a name: "Across the
#: street stood Victor Brandt, the mayor", "At the front of the room sat Gail Moreno, …" (group 1).
#: The role apposed after the comma is the same person, not the sentence's subject.
_LOCATIVE_INVERSION = re.compile(
    r"\s*(?:Across|At|Behind|Beside|Next\s+to|Near|In|On|Outside|Inside|Among|Beneath|Alongside|Opposite|Nearby)"
    r"\s[^,.;:“”\"]{0,60}?\s(?:stood|sat|stands|sits|waited|waits|came|comes|walked|lay|knelt)\s+"
    rf"((?:[A-Z][\w.{ABBREVIATION_DOT}’'-]*\s+){{0,3}}[A-Z][\w’'-]+)\s*(?:[,.;]|$)"
)
#: Last words of a place, not a person, after such a verb ("Across the street stood City Hall").
_PLACE_HEADS = {"hall", "building", "house", "street", "square", "park", "center", "centre", "church", "station", "tower", "bridge", "memorial", "monument", "statue"}


def leading_np(sentence: str, *, appositive: bool = True) -> Mention | None:
    """Subject at the start of a sentence ("Since taking office, Duterte has ..., telling").

    With ``appositive``, a name set off by commas before the first verb we know is the subject
    ("The mayor, Olena Shevchenko, was"); callers that know a verb comes before the commas
    ("Colby flew back to Washington, D.C., and told") pass False."""
    inverted = _LOCATIVE_INVERSION.match(sentence)
    if inverted is not None and inverted.group(1).split()[-1].lower() not in _PLACE_HEADS:
        standing = head_of_segment(inverted.group(1))
        if standing is not None and standing.kind == "name":
            return standing  # "Across the street stood Victor Brandt, the mayor.": Brandt, not the role
    verbs = [v for v in (first_verb(sentence), SPEECH_VERB.search(sentence)) if v]
    verb = min(verbs, key=lambda v: v.start()) if verbs else None
    pieces = sentence.split(",")
    if appositive and verb and "," in sentence[: verb.start()]:
        apposed = subject_before(sentence[: verb.start()])  # "The mayor, Olena Shevchenko, was"
        # set off by commas, not the subject of a clause inside the piece ("talks about the blame
        # that Wall Street faced")
        piece = _APPOSITIVE_END.split(sentence[: verb.start()].rstrip(" ,").rsplit(",", 1)[-1])[0].split()
        # nothing before a relative pronoun: the piece is a relative clause, not an appositive
        # ("Gov. Tom Reyes, whose speech Mrs. Ada Lind praised, left": not Lind)
        set_off = bool(piece) and all(w[:1].isupper() or w in PARTICLES or w == "of" and k for k, w in enumerate(piece))  # "Sen. X of Vermont"
        if apposed is not None and apposed.kind == "name" and set_off and not _place_part(pieces, apposed.text):
            return apposed
        if apposed is not None and apposed.kind in {"description", "unnamed"} and joint_speakers(apposed.text):
            return apposed  # "Hart, a Democrat, and Cole, a Republican, met"
    for index, seg in enumerate(pieces):
        seg = _LEAD_CONJ.sub("", seg)
        words = seg.strip(_STRIP).split()
        if index == 0 and len(words) > 2 and words[0].lower() in _ADVERB_OPENERS and words[1][:1].isupper():
            after = seg.strip(_STRIP)[len(words[0]) :]  # "Then Jordan Ellis took the microphone"
            run = NAME_RUN.match(after.lstrip())
            if run is not None and clean_name(run.group()) and any(w[:1].islower() for w in words[2:]):
                seg, words = after, words[1:]  # not "Later Tuesday, …": no name, the next piece counts
        if index == 0 and len(words) > 2 and words[0].lower() in _ADVERB_OPENERS and words[1] in {"the", "a", "an"} and (first_verb(seg) or SPEECH_VERB.search(seg)):
            # "Then the floor went to Dr. Alma Frey, a surgeon …": the clause's own subject, not
            # the role apposed to its object after the comma
            seg, words = seg.strip(_STRIP)[len(words[0]) :], words[1:]
        opener = len(words) > 1 and (words[0].lower() in _ADVERB_OPENERS or _sentence_adverb(words[0]))
        if opener and (pronoun := _CONTRACTION.sub("", words[1].lower())) in PRONOUN_GENDER:
            return Mention("pronoun", pronoun)  # "Instead he gave a speech", "Later she said"
        if not words or words[0].lower() in INTRO_WORDS or participle_intro(words):
            continue
        if index == 0 and len(pieces) > 1 and past_participle_intro(words):
            continue  # "Pressed by reporters, Senator Mia Lord rejected …"
        if (len(words) == 1 and _sentence_adverb(words[0])) or (words[-1].lower() == "ago" and len(pieces) > index + 1):
            continue  # "Similarly, the agency …", "There, the chairman …", "Just a few months ago, …"
        if index and _PLACE_BEFORE.search(pieces[index - 1]) and all(w[:1].isupper() for w in words):
            continue  # "in Salem, New Hampshire, Trump went": the state of a place, not the subject
        if words[0].lower() in _INTRO_ADVERBS and words[1:2] and (words[1].lower() in INTRO_WORDS or words[1:] == ["home"]):
            continue  # "Shortly after the call ended, …", "But back on American soil, …", "Back home, …"
        cut = min((m.start() for m in (first_verb(" " + seg), SPEECH_VERB.search(" " + seg)) if m), default=len(seg) + 1)
        if _DISJUNCTION.search(" " + seg.strip(_STRIP)[: max(0, cut - 1)] + " "):
            return None  # "Neither Park nor Reyes said …": no one of them for sure
        if (pronoun := _CONTRACTION.sub("", words[0].lower())) in PRONOUN_GENDER:
            return Mention("pronoun", pronoun)
        subject = " " + seg.strip(_STRIP)
        named_pair = _NAMES_BEFORE_WORD.match(subject) if cut > len(seg) and " and " in subject else None
        if named_pair is not None:
            cut = named_pair.end()  # "Obama and Biden place flowers …": a verb we do not list
        if " and " in subject[:cut] or " & " in subject[:cut] or " as well as " in subject[:cut]:
            joint = _coordination(subject[:cut], subject[cut:])
            if joint is not None:
                return joint  # "Mayor Ed Kline and Sheriff Rosa Diaz toured …": both
        group_verb = first_verb(" " + seg.strip(_STRIP))
        related = _group_of(seg.strip(_STRIP)[: group_verb.start()]) if group_verb is not None and group_verb.start() > 0 else None
        if related is not None:
            return related  # "Supporters of the mayor chanted"
        crowd = _crowd_of(seg)
        if crowd is not None:
            return crowd  # "Hundreds of workers gathered"
        if len(words) > 2 and _ADJECTIVE_BEFORE_GROUP.fullmatch(words[0]) and is_common_word(words[0].lower()):
            if words[1] in GROUP_NOUNS or words[1] in _PLURAL_PERSON_NOUNS:
                # "Striking teachers marched …", "Angry parents packed …": an adjective capitalised
                # only as the sentence's first word, and a group
                return Mention("description", f"{words[0].lower()} {words[1]}")
        if words[0].lower() in GROUP_NOUNS:
            return Mention("description", words[0].lower())  # "Thousands marched …", "Critics say"
        in_name = _organisation_name_length(words)
        after_name = in_name
        while after_name < len(words) and (words[after_name] in _ADVERB_OPENERS or re.fullmatch(r"[a-z]+ly", words[after_name])):
            after_name += 1  # "Americans for Prosperity then ran …", "… also said"
        verb_next = after_name < len(words) and bool(LEADING_VERB.match(" " + words[after_name] + " ") or SPEECH_VERB.match(words[after_name]))
        if in_name and verb_next and words[in_name - 1] == words[in_name - 1].rstrip(_STRIP):
            # "Citizens for Responsibility and Ethics in Washington filed": not "Washington"
            return organisation_name(" ".join(words[:in_name]))
        modifier = bool(in_name) and in_name < len(words) and words[in_name][:1].islower()  # "Bank of America shares fell"
        if not modifier and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS and not _capitalised_adjective(words):
            # "Clinton talks about ..." -> Clinton; "Clinton press secretary Brian Fallon issues" -> Brian Fallon
            k = 0
            while k < len(words) and (words[k][:1].isupper() or words[k].lower() in TITLE_WORDS and words[k] not in _VERBS_IN_TITLE_WORDS):
                k += 1
            if k == 1 and _speech_word_modifier(words):
                # "Text messages between the two men mention …": a speech-verb form opening the
                # sentence modifies the plural noun after it; it is no one-word name
                return Mention("description", f"{words[0].lower()} {words[1]}")
            if k == 1 and _noun_before_verb(words, k) and is_common_word(words[0]):
                # "News reports said", "Police reports say": the -s form is a noun (another verb
                # follows it), and the capital only opens the sentence
                return Mention("description", f"{words[0].lower()} {words[1]}")
            if k < len(words) and _noun_before_verb(words, k) and not words[k - 1].endswith(POSSESSIVE):
                return None  # "Kell campaign reports say": whose, not Kell
            owned = next((j for j in range(k - 1) if words[j].endswith(POSSESSIVE) and all(w.islower() for w in words[j + 1 : k])), None)
            verb_next = k < len(words) and bool(LEADING_VERB.match(" " + words[k]) or SPEECH_VERB.fullmatch(words[k]))
            if owned is not None and verb_next and words[k - 1].lower() in PERSON_NOUNS | PERSON_TITLES:
                # "Gov. Ben Poe's spokeswoman welcomed …": the owner's role, not the owner
                return Mention("description", " ".join(words[owned:k]))
            if k < len(words) and words[k][:1].islower():
                compound, head = _name_as_modifier(seg)
                if compound:
                    return head  # "Trump backers say" is not Trump
            capitals = " ".join(words[:k])
            runs = list(NAME_RUN.finditer(capitals))
            owner = k and words[k - 1].endswith(POSSESSIVE)  # "Trump's candidacy has ..."
            if owner and k < len(words) and words[k].lower() in _AFTER_CONTRACTED_IS:
                owner = False  # "Christie's been making the case": has, not a possessive
            name = clean_name(runs[-1].group()) if runs and k < len(words) and not owner else ""
            of = next((r for r in runs[:-1] if capitals.startswith(" of ", r.end())), None) if name else None
            if of is not None:
                # "Sen. Bernie Sanders of Vermont spoke", "Jeffrey Lewis of the James Martin Center
                # for Nonproliferation Studies wrote": not Vermont, not the centre
                holder = clean_name(of.group())
                name = holder if len(holder.split()) > 1 else name  # "Secretary of State John Kerry"
            if name and len(name.split()) > 2 and title_of_office(capitals[: runs[-1].start()]):
                name = holder_of_office(name.split())  # "Director of National Intelligence James Clapper testified"
            if name:
                return Mention("name", name)
            if owner and k < len(words) and words[k].lower() in ORGANISATION_NOUNS | PERSON_NOUNS | DOCUMENT_NOUNS:
                owned_role = Mention("description", f"{words[k - 1]} {words[k]}")  # "Rubio’s campaign sent out"
                if k + 1 == len(words) and index + 2 < len(pieces):
                    # "Tom Kell's sister, Ann Lind, runs the shop": the role's name, whatever the verb
                    return _apposed_name(owned_role, pieces[index + 1]) or owned_role
                return owned_role
            if owner:
                return None
        seg = " " + seg.strip(_STRIP)
        named = _NAMED_SUBJECT.match(seg) if " named " in seg or " as " in seg else None
        if named is not None and named.group(1) not in ORGANISATION_NOUNS | DOCUMENT_NOUNS | GROUP_NOUNS:
            return Mention("name", clean_name(named.group(2)) or named.group(2))  # "A freshman named X posted"
        cuts = [m.start() for m in (first_verb(seg), SPEECH_VERB.search(seg)) if m]
        unknown_verb = _VERB_BEFORE_OBJECT.search(seg, 0, min(cuts, default=len(seg)))
        if unknown_verb is None and words[0].lower() in _DETERMINERS:
            unknown_verb = _verb_before_name(seg, min(cuts, default=len(seg)))
        end = unknown_verb.start() if unknown_verb is not None else min(cuts, default=len(seg))
        if unknown_verb is None and words[0].lower() in _DETERMINERS:
            end = _verb_after_head(seg, end)  # "The ministry plans to close …" -> the ministry
        head = head_of_segment(seg[:end])
        if end == len(seg) and head is not None and head.kind == "description" and index + 2 < len(pieces):
            return _apposed_name(head, pieces[index + 1]) or head
        return head
    return None


#: Verbs in -s that follow a subject at once, never a plural noun.
_AUXILIARIES_IN_S = frozenset("has is was does goes gets seems remains becomes keeps".split())


def _speech_word_modifier(words: list[str]) -> bool:
    """The sentence opens with a speech-verb form in capitals and a plural common noun that is no
    verb form ("Text messages", "Answer sheets"), not "Report finds", "Kell says"."""
    first, second = words[0].lower(), words[1] if len(words) > 1 else ""
    return (
        first in SPEECH_VERBS
        and is_common_word(first)
        and second.islower()
        and second.endswith("s")
        and second not in _AUXILIARIES_IN_S  # "State has also told": a verb, not a plural noun
        and second not in SPEECH_VERBS | NAMING_VERBS | DOCUMENT_VERBS
        and is_common_word(second)
    )


def _noun_before_verb(words: list[str], k: int) -> bool:
    """``words[k]`` is the -s form of a speech verb ("reports", "answers") and a verb follows it
    ("News reports said"): two finite verbs never stand side by side, so it is a plural noun."""
    if k + 1 >= len(words) or not words[k].endswith("s") or words[k] not in SPEECH_NOUN_FORMS:
        return False
    following = " " + " ".join(words[k + 1 :])
    return bool(SPEECH_VERB.match(following, 1) or LEADING_VERB.match(following) or words[k + 1] in DOCUMENT_VERBS)


#: Lower-case words a title may open with in an apposed name (", former Secretary of State X,").
_TITLE_PREMODIFIERS = frozenset({"former", "then", "acting", "retired", "longtime", "fellow"})


def _apposed_name(head: Mention, piece: str) -> Mention | None:
    """The name set off by commas after a person description, which it names: "the other
    candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast"."""
    if head.text.split()[-1].lower() not in PERSON_NOUNS:
        return None
    words = piece.split()
    while words and words[0] in _TITLE_PREMODIFIERS:
        words = words[1:]
    if not words or not all(w[:1].isupper() or w in PARTICLES or w == "of" for w in words):
        return None
    name = clean_name(" ".join(words))
    return Mention("name", name) if len(name.split()) > 1 else None  # a full name, not ", Kyiv,"


def _capitalised_adjective(words: list[str]) -> bool:
    """The sentence opens with a common adjective before a lower-case noun ("Local news affiliate
    ABC 7 is reporting", "Regional broadcaster NDR 2 is reporting"): a capital that only starts
    the sentence, not a name ("Stern told", "Royal Mail said" keep theirs)."""
    first = words[0].lower()
    if len(words) < 2 or not words[1].islower() or not first.endswith(_ADJECTIVE_ENDINGS) or not is_common_word(first):
        return False
    return not (SPEECH_VERB.match(words[1]) or LEADING_VERB.match(" " + words[1]) or words[1].endswith("ly"))


#: A place named after a locative preposition at the end of a comma piece ("… in Salem"): a
#: capitalised piece after it is the place's state or country ("in Salem, New Hampshire,").
_PLACE_BEFORE = re.compile(rf"(?:^|\s)(?:in|at|from|near)\s+{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}}\s*$")


def _place_part(pieces: list[str], name: str) -> bool:
    """``name`` is a comma piece of its own that follows a place ("in Salem, New Hampshire")."""
    return any(k and p.strip(_STRIP) == name and _PLACE_BEFORE.search(pieces[k - 1]) for k, p in enumerate(pieces))


#: Names joined by "and" and a lower-case word after them (``leading_np``, when the sentence
#: has no verb we list): "Obama and Biden place flowers", "Kell and Ames run the office", "Lee
#: Ames and her son run the clinic"; the word is their verb.
_NAMES_BEFORE_WORD = re.compile(
    r"\s(?:[A-Z][\w’'.․-]*\s+)+and\s+(?:(?:[A-Z][\w’'.․-]*\s+)*[A-Z][\w’'․-]*|(?:his|her|their)\s+[a-z][\w-]*)(?=\s+[a-z])"
)

#: An unknown verb between a subject and its object: a lower-case word (not a preposition) right
#: before a determiner, two words or more into the segment ("The ad targets a …").
_VERB_BEFORE_OBJECT = re.compile(
    r"(?<=\w)\s+(?!(?:of|for|to|in|on|at|by|with|from|about|into|over|under|and|or|but|as|that)\s)[a-z]+s?"
    r"(?=\s+(?:a|an|the|his|her|its|their)(?:\s|$))"
)
#: The same with a name as the object: a present-tense verb in -s after a lower-case subject noun
#: ("The new ad hits Berg for …", "the report blames Smith"), not a role before a name ("the
#: journalist Olivia Messer": no -s) nor a plural ("the economists").
_VERB_BEFORE_NAME = re.compile(rf"(?<=[a-z])\s+([a-z]+[^su\W]s)(?=\s+[{UPPER}][a-z])")


#: Lower-case words ending in -s that are not plural nouns ("Trump always says").
_NOT_PLURAL = set("always perhaps sometimes thus nevertheless nonetheless besides afterwards".split())


#: A word and the lower-case -s word after it ("ministry plans", "FBI lists"), read at every word.
#: A word and an -s word after it, maybe past an adverb ("Her son now runs it").
_WORD_THEN_S_WORD = re.compile(
    r"(?<![\w’'-])([a-z]+|[A-Z]{2,})(?=\s+(?:(?:now|also|still|often|always|never|rarely|usually|sometimes|already|"
    r"currently|reportedly)\s+)?([a-z]+[^su\W’']s)(?![\w’'-]))"
)
_KNOWN_HEADS = ORGANISATION_NOUNS | DOCUMENT_NOUNS | PERSON_NOUNS
_TO_OR_THAT = re.compile(r"\s+(?:to|that)\s")


def _verb_after_head(seg: str, end: int) -> int:
    """Where an unknown present-tense verb cuts ``seg[:end]``: the -s word right after a known
    singular head noun or an acronym ("The ministry plans to …", "the FBI lists …", "the report
    cites …"), unless that word is itself a known noun ("the company website"). ``end`` if none."""
    for match in _WORD_THEN_S_WORD.finditer(seg, 0, end):
        head, verb = match.group(1), match.group(2)
        verb_end = seg.index(verb, match.end()) + len(verb)
        if verb_end > end:
            break
        if verb in _NOT_PLURAL or not (head in _KNOWN_HEADS or head.isupper()):
            continue
        noun = {verb, verb[:-1]} & (_KNOWN_HEADS | GROUP_NOUNS)  # "plans", "reports": a verb before "to"
        if not noun or _TO_OR_THAT.match(seg, verb_end):
            return match.end()
    return end


def _verb_before_name(seg: str, end: int) -> re.Match[str] | None:
    """``_VERB_BEFORE_NAME`` in ``seg[:end]``, unless the -s word is a person noun or its plural
    ("the economists Jane Doe and Tom Lee")."""
    match = _VERB_BEFORE_NAME.search(seg, 0, end)
    word = match.group(1) if match is not None else ""
    return match if word and not {word, word[:-1]} & (PERSON_NOUNS | GROUP_NOUNS) else None


def _name_as_modifier(segment: str) -> tuple[bool, Mention | None]:
    """A leading name that only modifies the subject, and the real head if it is a name.

    "Trump backers say" -> (True, None): the speakers are the backers, not Trump;
    "Trump campaign manager Kellyanne Conway said" -> (True, Kellyanne Conway). Only read up to
    the first verb we know (or the whole segment): "Trump won the debate" is left alone.
    """
    seg = " " + segment.strip(_STRIP)
    cuts = [m.start() for m in (LEADING_VERB.search(seg), SPEECH_VERB.search(seg)) if m]
    before = seg[: min(cuts, default=len(seg))]
    # not "— Bill Clinton’s aide —"; "Council member Joan Pike also spoke": the adverb before the verb
    before = _ADVERB_TAIL.sub("", _APPOSITIVE_END.split(before, 1)[0].rstrip()).strip()
    runs = list(NAME_RUN.finditer(before))
    if not runs or runs[0].start() != 0:
        return False, None
    tail = before[runs[0].end() :].split()
    if len(runs) > 1 and runs[-1].end() == len(before):
        middle = before[runs[0].end() : runs[-1].start()].split()
        name = clean_name(runs[-1].group())
        modifier = all(w.islower() and w not in INTRO_WORDS and w not in _DETERMINERS for w in middle)
        if name and 1 <= len(middle) <= 3 and modifier:  # not "Colby flew back to Washington"
            return True, Mention("name", name)
        return False, None
    plural = tail and tail[-1].endswith("s") and tail[-1] not in _NOT_PLURAL
    quoted_object = bool(re.search(r"[“\"‘·]", segment[segment.find(tail[-1]) :])) if tail else False
    if 1 <= len(tail) <= 2 and all(w.isalpha() and w.islower() for w in tail) and plural and not quoted_object:
        return True, None  # not 'Clinton supports “appropriate pay raises”': a quote is an object
    return False, None


def name_right_before(text: str) -> Mention | None:
    """A name directly before a participle ("with spokesman Glen Caplin saying")."""
    m = _NAME_AT_END.search(text)
    name = clean_name(m.group(1)) if m else ""
    return Mention("name", name) if name else None
