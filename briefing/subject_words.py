"""What one word opening a sentence's subject is, for ``sentence_subjects.leading_np``: a noun of
a person's role ("Zoo visitor", "Oklahoma conservative"), a verb after a name, a particle inside a
name ("van der"), a common noun that names no one ("Web of Angels"), or a capital that only opens
the sentence ("Local news affiliate", "Top congressional Democrats", "Text messages", "News
reports said").

Separate from the reader because they are predicates over a list of words (or, for a verb in -s
after a name, one comma piece's opening), with no sentence to read; they depend on the word lists
alone.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .groups import ADJECTIVE_ENDINGS, people_noun
from .lexicon import STOPWORDS
from .masking import ABBREVIATION_DOT
from .name_cleaning import PERSON_TITLES, TITLE_WORDS, particle_at
from .numbers import SMALL
from .offices import title_of_office
from .organisation_names import DETERMINERS, PLURAL_PERSON_NOUNS, STRIP
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    GROUP_NOUNS,
    NAMING_VERBS,
    PERSON_NOUNS,
    SPEECH_NOUN_FORMS,
    SPEECH_VERBS,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .wordlists import is_common_word, is_country, is_demonym

#: Lower-case nouns of a person's politics or origin that end in no agent suffix: "Oklahoma
#: conservative Lankford", "Ohio native Tom Kell".
_LEANING_NOUNS = frozenset("conservative liberal moderate progressive native hawk maverick".split())


def role_noun(word: str) -> bool:
    """A lower-case noun of a person's role ("visitor", "ranger", "resident", "conservative")."""
    return (
        word in PERSON_NOUNS
        or word in _LEANING_NOUNS
        or len(word) > 4 and word.endswith(("er", "or", "ist", "ian")) and not LEADING_VERB.match(f" {word} ")
    )


def verb_word(word: str) -> bool:
    """A lower-case word after a name that reads as its verb ("questions", "warned", "will")."""
    return bool(word.endswith(("ed", "s")) or LEADING_VERB.match(f" {word} ") or SPEECH_VERB.fullmatch(word))


#: Object pronouns after a present-tense verb ("quotes him", "shows them").
_VERB_OBJECTS = frozenset("him her them me us it".split())


def verb_then_object(words: list[str]) -> bool:
    """A determiner's noun phrase runs on into a present-tense verb in -s and its object, an
    object pronoun or a capitalised word ("The author quotes him", "The film shows Tom"): a
    clause, whose verb the lists do not hold; its subject does something to the one spoken of
    (quotes him, shows him asking), so it is no speaker to show, and who speaks is unsure. A
    plural of people or of a group before a name is no verb ("the campaign aides Tom …")."""
    for k in range(2, len(words) - 1):
        word, before, after = words[k], words[k - 1], words[k + 1]
        if not (word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
            continue
        if not (before.isalpha() and before.islower() and not before.endswith("s")):
            continue  # "the court papers": two nouns, the second plural
        if word in GROUP_NOUNS or word[:-1] in GROUP_NOUNS or word in PLURAL_PERSON_NOUNS or role_noun(word[:-1]):
            continue
        if after in _VERB_OBJECTS or after[:1].isupper():
            return True
    return False


def noun_then_verb(words: list[str]) -> bool:
    """A determiner's phrase that ends on a person's or a document's noun and a lower-case word in
    -s ("The daughter climbs", "The piece goes", cut before "in" or "on to …"): the noun is the
    head (a daughter, a piece modify no noun after them), so the -s word is its verb, one the lists
    do not hold, and the phrase a clause: no speaker to show (who speaks is the verb's business,
    and "climbs" says nothing; the subject reader then reads the noun alone). Not a plural of
    people, of a group or of a document ("the student protesters", "the letter writers", "their
    banner headlines")."""
    if not 3 <= len(words) <= 5 or words[0].lower() not in DETERMINERS:
        return False
    noun, word = words[-2], words[-1]
    if not (word.isalpha() and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))):
        return False
    if not (noun.isalpha() and noun.islower() and (noun in PERSON_NOUNS or noun in DOCUMENT_NOUNS)):
        return False
    singular = word[:-1]
    return not (
        word in GROUP_NOUNS
        or singular in GROUP_NOUNS
        or word in PLURAL_PERSON_NOUNS
        or role_noun(singular)
        or singular in DOCUMENT_NOUNS  # "their banner headlines", "the report cards"
        or SPEECH_VERB.fullmatch(word)
    )


def inner_particle(words: list[str], k: int) -> bool:
    """``words[k]`` is a lower-case particle inside a name ("van", "der" of "Ben van der Pluijm",
    "de la" of "Ana de la Cruz"): after a capitalised word, before more particles and a capitalised
    word."""
    if k == 0 or not particle_at(words, k):
        return False
    j = k
    while j < len(words) and particle_at(words, j):
        j += 1
    return j < len(words) and j - k <= 2 and words[j][:1].isupper() and (words[k - 1][:1].isupper() or particle_at(words, k - 1))


def thing_word(word: str) -> bool:
    """A capitalised common noun that is no title of a person or an office ("Web", "Songs"; not
    "Secretary", "Mayor", "Duke")."""
    low = word.lower().strip(".")
    return (
        is_common_word(low)
        and low not in TITLE_WORDS | PERSON_TITLES | PERSON_NOUNS
        and not people_noun(low)  # "Friends of Tom Ward say": his friends
        and not title_of_office(word)
    )


#: Verbs in -s that follow a subject at once, never a plural noun.
_AUXILIARIES_IN_S = frozenset("has is was does goes gets seems remains becomes keeps".split())


def speech_word_modifier(words: list[str]) -> bool:
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


def noun_before_verb(words: list[str], k: int) -> bool:
    """``words[k]`` is the -s form of a speech verb ("reports", "answers") and a verb follows it
    ("News reports said"): two finite verbs never stand side by side, so it is a plural noun."""
    if k + 1 >= len(words) or not words[k].endswith("s") or words[k] not in SPEECH_NOUN_FORMS:
        return False
    following = " " + " ".join(words[k + 1 :])
    return bool(SPEECH_VERB.match(following, 1) or LEADING_VERB.match(following) or words[k + 1] in DOCUMENT_VERBS)


#: Adjectives that open a sentence before a plural of people with no other modifier: "Senior
#: Republicans", "Top Democrats", "Fellow lawmakers" (unlike "Senate Democrats", a name's part).
_GROUP_ADJECTIVES = frozenset(
    "top senior junior leading key prominent fellow veteran several other influential powerful moderate "
    "conservative liberal progressive disaffected angry frustrated furious worried concerned".split()
)
#: Endings of adjectives that are no nouns of a body ("Congressional", "Democratic", "Various";
#: not "Senate", "Secretary").
_ADJECTIVE_ONLY_ENDINGS = ("al", "ic", "ous", "ive", "ern", "ful")


def modified_group(words: list[str]) -> str:
    """A common word capitalised at the sentence's start, up to three modifiers and a plural of
    people: "Top congressional Democrats", "Senior Republicans", "Leading British economists",
    "Top administration officials"; "" otherwise. The first word only opens the sentence: no name
    ("Top"), and the group is who the sentence is about. With no lower-case modifier, only an
    adjective opens such a group ("Senate Democrats" is one name)."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[0].isalpha() or not is_common_word(words[0]):
        return ""
    first = words[0].lower()
    if given_name_gender(words[0]) is not None or first in DETERMINERS | GROUP_NOUNS or first in PLURAL_PERSON_NOUNS:
        return ""
    for j in range(1, min(len(words), 5)):
        word = words[j].rstrip(STRIP)
        if word.lower() in GROUP_NOUNS or word.lower() in PLURAL_PERSON_NOUNS:
            if first in SMALL and first not in {"zero", "one"}:
                # "Two officials", "Three senior senators": a count of people, no name (shown in lower
                # case, as a count inside a sentence is)
                return " ".join([first, *words[1:j], word])
            modified = first in _GROUP_ADJECTIVES or first.endswith(_ADJECTIVE_ONLY_ENDINGS) or any(w.islower() for w in words[1:j])
            return " ".join([*words[:j], word]) if modified else ""
        if not word.isalpha() or word != words[j] or word.lower() in STOPWORDS or LEADING_VERB.match(f" {word} ") or SPEECH_VERB.fullmatch(word) or word.endswith("ly"):
            return ""  # (not "Noting that his supporters": a participle and its clause)
    return ""


def capitalised_adjective(words: list[str]) -> bool:
    """The sentence opens with a common adjective before a lower-case noun ("Local news affiliate
    ABC 7 is reporting", "Regional broadcaster NDR 2 is reporting"): a capital that only starts
    the sentence, not a name ("Stern told", "Royal Mail said" keep theirs)."""
    first = words[0].lower()
    if len(words) < 2 or not words[1].islower() or not first.endswith(ADJECTIVE_ENDINGS) or not is_common_word(first):
        return False
    return not (SPEECH_VERB.match(words[1]) or LEADING_VERB.match(" " + words[1]) or words[1].endswith("ly"))


#: A name opening the text, then a lower-case word in -s and a capitalised word or "that": "Tom
#: Reyes admires Dan Lutz", "Kell believes Lutz will win", "Gov. Ann Lutz thinks that …".
_NAME_THEN_S_WORD = re.compile(
    rf"\s*(?:[A-Z][\w.{ABBREVIATION_DOT}-]*\s+){{0,3}}[A-Z][\w-]*[a-z.]\s+(?P<verb>[a-z]{{2,}}s)\s+(?=that\s|[A-Z])"
)
#: Words in -s that are no verb between two names: prepositions and particles of names ("Juan
#: dos Santos", "Reyes versus Lutz", "Reyes plus Lutz").
_NOT_VERBS = frozenset("plus minus versus vs thus whereas besides unless across towards dos das des los las".split())


#: The same name, then at most one adverb and a word in -s that ends the text, where the quote
#: the clause runs into opens: "Ann Weller blames “…”", "Kell also likes “…”".
_NAME_THEN_S_WORD_AT_END = re.compile(
    rf"\s*(?:[A-Z][\w.{ABBREVIATION_DOT}-]*\s+){{0,3}}[A-Z][\w-]*[a-z.]\s+(?:(?:also|still|now|often|[a-z]+ly)\s+)?"
    r"(?P<verb>[a-z]{2,}s)\s*$"
)
#: Words in -s after a name before a quote that are no verb of the subject's own words: a copula
#: or an auxiliary ("Kell is “…”": the quote is said of him), an adverb, and verbs whose object is
#: another's words, a work or a charge ("Kell reads “…”", "Kell sings “…”", "Kell faces “…”").
_NOT_OWN_WORDS = frozenset(
    "is was has does always perhaps sometimes nevertheless afterwards "
    "reads quotes cites recites hears sees watches sings plays wears faces lists names stars directs".split()
)


def present_verb_at_end(segment: str) -> int | None:
    """Where a present-tense verb in -s stands right after the name that opens ``segment`` and
    ends it: "Ann Weller blames" before "“…”". ``third_person_verb`` needs a name or "that" after
    the verb, so a clause running into a quote kept no subject when its verb was in no list ("Kell
    blamed “…”" had one, "Kell blames “…”" none)."""
    found = _NAME_THEN_S_WORD_AT_END.match(segment)
    if found is None:
        return None
    word = found.group("verb")
    if word in _NOT_OWN_WORDS or word.endswith(("ss", "us", "is")) or _plural_noun(word):
        return None
    return found.start("verb")


def _plural_noun(word: str) -> bool:
    """A word in -s after a name that is the plural of a person or a group ("Kell backers")."""
    if word in _NOT_VERBS or word in GROUP_NOUNS or word[:-1] in GROUP_NOUNS or role_noun(word) or role_noun(word[:-1]):
        return True
    return word.endswith("ies") and (role_noun(word[:-3] + "y") or word[:-3] + "y" in GROUP_NOUNS)


def third_person_verb(segment: str) -> int | None:
    """Where a present-tense verb in -s stands right after the name that opens ``segment``, when a
    name or "that" follows it: the verb lists do not hold every verb ("admires", "believes",
    "worries"), and without it the name after it, its object or its clause's subject, was read
    as the subject ("Tom Reyes admires Dan Lutz" gave Lutz, "Kell loves New York" New York). A
    plural noun after a name is no verb ("Google employees Ana Ruiz and …", "Kell supporters")."""
    found = _NAME_THEN_S_WORD.match(segment)
    if found is None:
        return None
    if _plural_noun(found.group("verb")):
        return None  # "Kell backers Ana Ruiz and …", "Acme employees Tom …": a plural noun
    return found.start("verb")


#: Auxiliaries and adverbs (stop words too) that may follow a group subject before its verb.
_GROUP_AUXILIARIES = frozenset("are were have had will would could should may might must can do did also still now then again".split())


def national_group(words: list[str]) -> str:
    """A nation's people as a group opening the sentence: "US officials", "British diplomats",
    "Senior Iraqi officials", "U.S. military commanders" (up to two lower-case modifiers before
    the plural of people, then the verb); "" otherwise. The nation's capital word read as the
    start of a name gave no subject, so a "they" after the sentence found no group: "US officials
    denied the damage. “…,” they said"."""
    at = 1 if len(words) > 3 and words[0].lower() in _GROUP_ADJECTIVES else 0
    nation = words[at].replace(ABBREVIATION_DOT, ".") if len(words) > at else ""  # "U.S." as masked
    if len(words) < at + 3 or not (is_demonym(nation) or is_country(nation)):
        return ""
    for j in range(at + 1, min(len(words) - 1, at + 4)):
        word = words[j]
        if word in GROUP_NOUNS or word in PLURAL_PERSON_NOUNS:
            after = words[j + 1]
            # the verb, an auxiliary or an adverb after the noun ("US officials also said"), not
            # a phrase going on ("US officials in Kabul", "British diplomats and aides")
            verb = after in _GROUP_AUXILIARIES or SPEECH_VERB.fullmatch(after) or after.isalpha() and after.islower() and after not in STOPWORDS
            return " ".join(words[: j + 1]) if verb else ""
        if not word.isalpha() or not word.islower() or word in STOPWORDS or LEADING_VERB.match(f" {word} ") or SPEECH_VERB.fullmatch(word):
            return ""
    return ""


def demonstrative_person(words: list[str]) -> str | None:
    """A demonstrative and a noun of a person opening a clause before its verb ("This writer has
    taken it upon himself …", "That reporter later wrote"): the person the text has just brought
    in, a sentence subject like "the writer" (``INTRO_WORDS`` hold "this" and "that" for "This
    week, …", "That night, …", whose noun is no one). The phrase with its demonstrative in lower
    case ("this writer"), its noun as written."""
    if len(words) < 3 or words[0].lower() not in {"this", "that"} or words[1].lower() not in PERSON_NOUNS:
        return None
    rest = " " + " ".join(words[2:])
    return f"{words[0].lower()} {words[1]}" if LEADING_VERB.match(rest) or SPEECH_VERB.match(rest, 1) else None
