"""Speech verbs as patterns: every form of the lexicon's verbs, and where the first or last one of
a clause stands.

Built once from ``speech_lexicon``'s word lists; a verb found here is only a candidate (a noun
of the same form is ``speech_nouns``' question).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .coordinate_adjectives import (
    ADJECTIVE_BEFORE,
    AGENT_BEFORE,
    AGENT_NOUN_AFTER,
    AGENT_PARTICIPLES,
    NOUN_AFTER,
)
from .name_cleaning import (
    UPPER,
)
from .speech_lexicon import (
    AMBIGUOUS_BASE_FORMS,
    AMBIGUOUS_THIRD_PERSON,
    JUDGING_VERBS,
    NAMING_VERBS,
    NOT_PAST_ED,
    SPEECH_PHRASES,
    SPEECH_VERBS,
)


def _by_first_letter(words: list[str]) -> str:
    """``a|b|...`` regrouped by first letter: re tries one branch per position, not hundreds."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


#: Capitalised, these are names or nouns far more often than verbs ("United States", "Posts").
_NOT_CAPITALISED = {"states", "state", "reports", "notes", "posts", "claims", "answers", "comments", "charges", "quotes"}
_VERB_FORMS = sorted((SPEECH_VERBS | NAMING_VERBS) - AMBIGUOUS_BASE_FORMS - AMBIGUOUS_THIRD_PERSON - {"continue", "continues", "continued", "continuing"})
#: "went on" / "goes on" speak only before punctuation or "to say" ('"…," he went on.'), not in
#: "the Senate goes on recess".
_GOES_ON = {"went on", "goes on"}
#: So they do before the channel of the words set off ('The actress went on in her statement, “…”',
#: '"…," he went on in the interview.').
_WENT_ON = (
    r"(?:went|goes) on(?=\s*(?:[,.:;!?“”\"·]|to\s+(?:say|add|argue|note|explain|tell|write|insist|warn)\b|$)"
    r"|\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:statement|interview|letter|post|speech|note|email|message|"
    r"remarks|essay|column|op-ed|testimony|video|podcast|address)\s*(?:[,.:;!?“”\"·]|$))|"
)
#: "wrapped up" / "signed off" end a speech only right before the words they close on, set off
#: by a dash or a colon ('When Kell finally wrapped up — “I will win for you!” — the balloons
#: came down'), not "wrapped up a tour of Iowa" nor "signed off on the bill".
_WRAPPED_UP = r"(?:wrapped|wraps|signed|signs) (?:up|off)(?=\s*(?:[—–:]|--))|"
#: "per" as "according to" ('“…,” per a statement from Weller's lawyer', 'per Reuters'): before a
#: determiner, a possessive pronoun or a capitalised source, never in "per cent", "$5 per gallon"
#: or a name ("Per Olsen": capitalised only before a determiner, opening a sentence).
_PER = rf"(?:(?:as )?per(?=\s+(?:(?:a|an|the|his|her|its|their|our)\s|[{UPPER}]))|Per(?=\s+(?:a|an|the|his|her|its|their|our)\s))|"
_PHRASES = [p for p in SPEECH_PHRASES if p not in _GOES_ON]
#: "continue" speaks on its own ('“…,” she continued', 'Reyes continued: “…”'), not as an aspect
#: verb before "to" and a verb or before an -ing form that is no speech or naming verb ('Kell said
#: the firm will continue to provide “…”', 'the group continues fighting for “…”'): there the quote
#: is the other verb's object, not words the subject goes on to say ("continued to insist",
#: "continues to call it" still speak).
_SPOKEN_BASES = sorted({w for w in SPEECH_VERBS | JUDGING_VERBS if " " not in w and not w.endswith(("s", "ed", "ing"))} | {"say", "press", "stress", "tell", "write", "speak", "swear", "sing"})
_SPOKEN_INGS = sorted(w for w in SPEECH_VERBS | JUDGING_VERBS if w.endswith("ing") and " " not in w)
_CONTINUES = (
    r"[Cc]ontinu(?:es?|ed|ing)(?!\s+(?:to\s+(?!(?:"
    + "|".join(_SPOKEN_BASES)
    + r")\b)[a-z]|(?!(?:"
    + "|".join(_SPOKEN_INGS)
    + r")\b)[a-z]+ing\b))|"
)
#: Every alternative opens on an ASCII letter, the lower-case forms (and "went on", "wrapped up")
#: on a lower-case one, the capitalised forms on a capital: each case's alternatives come after a
#: lookahead for it, in the order they had, so a word is tried against its own case's branches only
#: (~15% faster on the dev pages) and the first alternative that matches is the same one.
SPEECH_VERB = re.compile(
    r"(?<![\w’'-])(?:(?=[a-z])(?:"
    + _WENT_ON
    + _WRAPPED_UP
    + _CONTINUES
    + _PER
    + _by_first_letter([*_VERB_FORMS, *_PHRASES])
    + r")|(?=[A-Z])"
    # after a determiner a capitalised form opens a name, never a verb ("The Tell City mayor", "a
    # Say Yes campaign", "the Call Center"); title-case headlines ("Kell Tells Voters") keep theirs
    + r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]his )(?<!\b[Tt]hat )(?:"
    + _CONTINUES
    + _PER
    + _by_first_letter([w.capitalize() for w in [*_VERB_FORMS, *_PHRASES] if w not in _NOT_CAPITALISED])
    + r"))(?![\w’'-])"
)


#: Words opening on a finite verb that goes on with a clause whose subject stands before them,
#: maybe after an adverb ("is a Democrat", "has no plan", "never returned", "wants to …"): a
#: quote so opened after its subject is the clause's predicate.
FINITE_OPENING = re.compile(
    r"(?:(?:never|still|also|just|not|only|[a-z]+ly)\s+)?"
    r"(?:is|are|was|were|has|have|had|does|did|will|would|can|could|may|might|must|should|shall"
    r"|[a-z]+n[’']t|[a-z]{2,}ed|[a-z]+[^su\W’']s)(?![\w’'-])"
)


#: Irregular past forms and auxiliaries that ``LEADING_VERB`` reads as verbs.
_LEADING_VERB_WORDS = (
    "took made gave went came got met held led won sent spent brought bought built began became saw kept ran "
    "sold fell rose struck flew stood sat knew thought felt read reads "
    "drew broke found chose drove threw grew fought sought shook stole froze "  # "the plan drew fire", "broke down"
    "laid wept fled slept swept dealt meant lent bled dug sank swam wore tore woke forgot forgave hid "  # "The firm laid off 200 staff"
    "hung clung swung "  # "The banner hung over Main Street—saying “…”": the banner, not a phrase up to "Street"
    "is was were has had have did does will would could should can may might must"
    " remain remains become becomes"  # "Kell remains convinced that": a copula before its adjective
).split()
#: Every alternative matches a whole word (word characters up to the first character no word
#: takes), so all that match at a place match the same span: grouping the words by first letter
#: (``_by_first_letter``) changes no match, and re tries one branch per letter, not sixty at each
#: space of the text.
LEADING_VERB = re.compile(
    rf"\s(?:{NOT_PAST_ED}[a-z]\w*ed|{_by_first_letter(_LEADING_VERB_WORDS)}|\w+n[’']t)(?![\w’'-])"
)


@lru_cache(maxsize=256)  # a page's worth: a third of the calls ask again about the same text
def first_verb(text: str) -> re.Match[str] | None:
    """The first ``LEADING_VERB`` of ``text`` that is a verb: not an -ed word after a possessive or
    a determiner ("Donald Trump’s fired campaign manager", "the bespectacled diplomat", "a retired
    worker", "his remains")."""
    for m in LEADING_VERB.finditer(text):
        if not (_modifier_form(m.group()) and _modifier_before(text, m)):
            return m
    return None


def _modifier_form(verb: str) -> bool:
    """A verb form that is also a noun's modifier after a determiner ("the retired worker", "a
    hung jury")."""
    return verb.endswith("ed") or verb in {" hung", " remains"}  # "his remains", "the remains": a noun


def last_verb(text: str) -> re.Match[str] | None:
    """The last ``LEADING_VERB`` of ``text`` that is a verb (see ``first_verb``)."""
    verbs = [m for m in LEADING_VERB.finditer(text) if not (_modifier_form(m.group()) and _modifier_before(text, m))]
    return verbs[-1] if verbs else None


def _modifier_before(text: str, verb: re.Match[str]) -> bool:
    """What comes before ``verb`` makes it a noun's modifier: a possessive or a determiner ("the
    retired worker"), a determiner and a coordinate adjective with a noun after the verb ("a
    tall, bearded lawyer", "the brief unsigned statement"), or a determiner and the noun of an
    agent's compound with a noun after it ("the state controlled newspaper")."""
    before = text[: verb.start()]
    if _MODIFIER_BEFORE.search(before):
        return True
    if verb.group().strip() in AGENT_PARTICIPLES and AGENT_BEFORE.search(before) and AGENT_NOUN_AFTER.match(text, verb.end()):
        return True  # "the state controlled newspaper": the agent's compound, written without its hyphen
    return ADJECTIVE_BEFORE.search(before) is not None and NOUN_AFTER.match(text, verb.end()) is not None


_MODIFIER_BEFORE = re.compile(r"(?:[’']s?|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne))$")
