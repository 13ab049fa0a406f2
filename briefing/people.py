"""Who a quote's speaker is across articles: one key per person, whatever form names them.

Why: ``/quotes Umerov`` must find what Rustem Umerov said in every stored article, whether an
article wrote "Defence Minister Rustem Umerov", "Rustem Umerov", "Mr. Umerov" or "Umerov".
The pipeline already resolves a bare surname to the fullest name the same article gives, so
what is left to merge here is the *written form*: titles, honorifics, role words, initials,
middle names, suffixes, case and accents.

A person key is ``(surname, first)``:

- ``surname`` — the folded (lower case, no accents) last word of the name: particles and an
  Arabic article go ("Ursula von der Leyen" -> leyen, "Bashar al-Assad" -> assad, so the bare
  "von der Leyen" and "Assad" join them); middle names and suffixes (Jr., III) are dropped.
- ``first`` — the folded first name; a single letter when only an initial is known
  ("J. Smith"); empty when the name is a bare surname.
- A Chinese or Korean name written family name first (``name_cleaning.surname_first``) is
  keyed the other way round: "Xi Jinping" -> (xi, jinping), so "President Xi" joins him, and
  "Kim Jong-un" and "Kim Jong Un" are one given name, "jongun".

Joining across articles (``owner``, ``select_firsts``), for the rows of one surname:

- rows with the same full first name are one person ("Rustem Umerov" everywhere);
- a different full first name is a different person (John Smith ≠ Jane Smith);
- a bare-surname row ("Umerov") joins a person only when exactly one known person (a full
  first name) has that surname in the store; an initial ("J. Smith") joins only when exactly
  one known person's first name starts with it. Otherwise they stay apart, so a quote is
  never put in the mouth of the wrong Smith.

Organisations and documents as speakers ("the ministry", "Russia's defence ministry", "the
Kremlin") get a *group* key: the phrase itself, folded, without its leading article. Role-only
descriptions that name nobody ("a spokesperson", "officials", "the minister") get no key: they
cannot be looked up by name, and merging every "spokesperson" would be wrong.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .given_names import given_name_gender
from .name_cleaning import (
    PARTICLES,
    PERSON_TITLES,
    SHARED_SURNAME_COUPLE,
    TITLE_WORDS,
    surname_first,
)

PersonKind = Literal["person", "group"]

_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: Abbreviated titles the speaker lists may not spell out ("Lt. Gen.", "Atty. Gen.").
_EXTRA_TITLES = frozenset("atty hon supt insp cmdr sec amb pres sgt lt gen col mx messrs const cst coun ald".split())
_TITLES = TITLE_WORDS | _EXTRA_TITLES
#: Words after which a name starts ("Commission President Ursula von der Leyen", "AEMET
#: spokesman Rubén del Campo"): titles and roles, never words that also occur inside names.
_ROLES = (
    PERSON_TITLES
    | _EXTRA_TITLES
    | frozenset(
        "secretary spokesperson deputy chief executive adviser advisor officer official "
        "journalist lawyer researcher scientist expert coach candidate nominee leader head ceo "
        "chair mr mrs ms dr".split()
    )
) - frozenset("king queen prince princess lord lady sir dame major".split())
_ROYAL_TITLES = frozenset("prince princess duke duchess".split())
_DETERMINERS = frozenset("the a an one another".split())
#: Nouns that make a description an institution worth keying ("the ministry", "the court").
INSTITUTIONS = frozenset(
    "ministry ministries government office agency council commission committee court police army "
    "military navy force forces party union institute university company bank group association "
    "federation organisation organization authority authorities service services embassy "
    "foundation fund board bureau administration parliament senate congress cabinet kremlin "
    "pentagon campaign coalition alliance league corporation inc ltd corp plc llc network "
    "newspaper regulator watchdog prosecutors prosecutor secretariat presidency "
    "department directorate command headquarters house centre center school hospital society "
    "trust laboratory observatory".split()
)
#: Documents as speakers: keyed by their owner ("the ministry's statement" -> ministry).
_DOCUMENTS = frozenset(
    "statement statements filing filings report reports poll polls survey study document "
    "documents letter release memo note notice ruling order decision post tweet".split()
)
#: Prepositions written inside an organisation's name, in capitals or not ("Doctors Without
#: Borders", "Center for American Progress"); no person's name holds one.
_NAME_FUNCTION_WORDS = frozenset("for against without to on in at with by".split())
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
                       "’": "'", "‘": "'", "ʼ": "'", "`": "'"})  # fmt: skip
_PARENTHETICAL = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_TOKEN_STRIP = ",;:!?\"“”«»()[]{}—–"
_POSSESSIVE = re.compile(r"(?:'s|')$")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.-?)*[^\W\d_]\.?$")  # "J.", "J", "A.J.", "J.-P."
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an)-(?=\w)")  # "al-Assad" ~ "Assad"
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]+$")  # "SBU", "OPEC", "AEMET"
_HAS_LETTER = re.compile(r"[^\W\d_]")


def fold(text: str) -> str:
    """Lower case without accents or typographic apostrophes: "Łukasz O’Brien" -> "lukasz o'brien"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class PersonKey:
    """Who a speaker string names (see the module docstring for the rules)."""

    kind: PersonKind
    surname: str
    """Folded surname; for a group, the whole folded phrase."""
    first: str = ""
    """Folded first name, one letter for an initial, empty for a bare surname or a group."""
    name: str = ""
    """Display form, titles stripped: "Rustem Umerov", "Umerov", "the ministry"."""

    @property
    def key(self) -> str:
        """One string per key ("rustem umerov", "umerov", "group:ministry")."""
        if self.kind == "group":
            return "group:" + self.surname
        return f"{self.first} {self.surname}" if self.first else self.surname


#: A nickname in quote marks between a given name and a surname ('Robert “Bobby” Scott'): no part
#: of the name's key or its display ("Robert Scott", not "Robert Bobby Scott").
_NICKNAME = re.compile(r"(?<=\w\.|\w\s)\s*(?:“[^“”]{1,40}”|\"[^\"]{1,40}\"|‘[^‘’]{1,40}’|'[^']{1,40}')(?=\s+\w)")


def _tokens(text: str) -> list[str]:
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")  # bidi, zero-width marks
    text = _NICKNAME.sub("", text)
    text = _PARENTHETICAL.sub(" ", text)  # "Sen. Ron Wyden (D-Ore.)" -> "Sen. Ron Wyden"
    text = re.split(r",\s*(?:who|the|a|an)\b", text, maxsplit=1)[0]  # an appositive tail
    out = []
    for raw in text.replace("’", "'").split():
        token = raw.strip(_TOKEN_STRIP)
        if not _INITIAL.match(token):
            token = token.strip(".")  # "Mr." and "said Umerov." lose it, "J." keeps it
        if token and _HAS_LETTER.search(token):
            out.append(token)
    return out


def _royal_title(tokens: list[str], i: int) -> bool:
    """ "Prince" after "Crown" ("Saudi Crown Prince Mohammed bin Salman"): a title, though "Prince"
    alone may open a name."""
    return i > 0 and fold(tokens[i]) in _ROYAL_TITLES and fold(tokens[i - 1]) in {"crown", "grand"}


def _strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading titles and role words while a name remains; drop trailing suffixes."""
    while len(tokens) > 1 and fold(tokens[-1]).rstrip(".") in _SUFFIXES:
        tokens = tokens[:-1]
    while len(tokens) > 1 and fold(tokens[0]).rstrip(".") in _TITLES:
        tokens = tokens[1:]
    if len(tokens) == 1 and fold(tokens[0]).rstrip(".") in _TITLES - {"the", "a", "an"}:
        return []  # "Minister" alone names nobody
    return tokens


def _person(tokens: list[str]) -> PersonKey:
    name = " ".join(tokens)
    # "von der Leyen", "de Gaulle": leading particles belong to the surname, which is keyed by
    # its last word ("Campo" joins "Rubén del Campo"). "Al Gore", "Van Morrison": a capital
    # particle before a single word is a first name.
    while len(tokens) > 1 and fold(tokens[0]) in PARTICLES and (
        tokens[0].islower() or fold(tokens[1]) in PARTICLES
    ):
        tokens = tokens[1:]
    if surname_first([t[:1].upper() + t[1:] for t in tokens]):  # typed queries may be lower case
        # "Xi Jinping", "Kim Jong Un": the family name comes first, so "President Xi" joins him;
        # the given name's parts as one word ("Kim Jong-un" is "Kim Jong Un")
        return PersonKey("person", fold(tokens[0]), "".join(fold(t) for t in tokens[1:]).replace("-", ""), name)
    folded = [fold(t)[0] if _INITIAL.match(t) else fold(t) for t in tokens]
    surname = _ARABIC_ARTICLE.sub("", folded[-1])
    return PersonKey("person", surname, folded[0] if len(folded) > 1 else "", name)


def _capitalised(token: str) -> bool:
    """A capital opens the word or its surname after an Arabic article ("al-Baghdadi")."""
    return token[:1].isupper() or bool(_ARABIC_ARTICLE.match(token) and token[3:4].isupper())


def _is_name_token(token: str) -> bool:
    folded = fold(token).rstrip(".")
    return (
        token[:1].isupper()
        or folded in PARTICLES
        or bool(_ARABIC_ARTICLE.match(folded))  # "al-Assad"
        or bool(_INITIAL.match(token))
    )


def _group(tokens: list[str], name: str = "") -> PersonKey | None:
    """A description: keyed when it names an institution or carries a capitalised word."""
    while tokens and fold(tokens[0]) in _DETERMINERS:
        tokens = tokens[1:]
    while len(tokens) > 1 and fold(tokens[-1]) in _DOCUMENTS:
        tokens = tokens[:-1]  # "the ministry's statement" -> the ministry's
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
    words = [fold(t) for t in tokens if t]
    identity = any(w in INSTITUTIONS for w in words) or any(t[:1].isupper() for t in tokens)
    if not words or not identity or words[-1] in _DOCUMENTS:
        return None
    return PersonKey("group", " ".join(words), "", name or " ".join(tokens))


def _trailing_name(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split into (words before, the run of name tokens ending the phrase)."""
    start = len(tokens)
    while start > 0 and _is_name_token(tokens[start - 1]):
        start -= 1
    run = tokens[start:]
    if not any(_capitalised(t) for t in run):
        return tokens, []  # particles alone ("de") are no name
    return tokens[:start], run


def _name_or_none(tokens: list[str]) -> list[str] | None:
    """``tokens`` as a person's name (titles stripped), or None when they are not one."""
    name = _strip_titles(tokens)
    folded = [fold(t) for t in name]
    if (
        not name
        or len(name) > 5
        or not all(_is_name_token(t) for t in name)
        or not any(_capitalised(t) for t in name)
        or any(w in INSTITUTIONS or _POSSESSIVE.search(w) for w in folded)
        or (len(name) == 1 and _ACRONYM.match(name[0]))  # "SBU", "OPEC": an organisation
    ):
        return None
    return name


@lru_cache(maxsize=8192)
def person_key(speaker: str | None) -> PersonKey | None:
    """The key of a speaker string as the pipeline writes it; None when it names nobody.

    Cached: the same speakers recur across articles (a backfill keys every stored quote)."""
    if not speaker:
        return None
    cleaned = " ".join(speaker.split())[:200]
    tokens = _tokens(cleaned)
    while tokens and fold(tokens[0]) in _DETERMINERS:
        tokens = tokens[1:]  # "the Rev. Al Sharpton", "the journalist Olivia Messer"
    if not tokens:
        return None
    if " & " in cleaned:
        return _group(tokens, cleaned)  # "Procter & Gamble": a firm's name, never Mr. Gamble
    roles = [i for i, t in enumerate(tokens) if fold(t).rstrip(".") in _ROLES or _royal_title(tokens, i)]
    if roles:  # the name follows the last title or role: "Ukraine's defence minister X"
        after = tokens[roles[-1] + 1 :]
        name = _name_or_none(after)
        if name is not None:
            return _person(name)
        if not _strip_titles(after):
            return None  # "the minister", "a spokesperson": a role that names nobody
        return _group(tokens, cleaned)
    if any(fold(t) in _NAME_FUNCTION_WORDS for t in tokens[1:-1]) or any(re.search(r"[A-Z]&[A-Z]", t) for t in tokens):
        # "Doctors Without Borders", "Mothers Against Drunk Driving", "Americans for Prosperity":
        # a preposition inside a run of capitals names an organisation, never Mr. Borders; so
        # do capitals joined by "&" ("S&P Global", "Texas A&M University")
        return _group(tokens, cleaned)
    before, run = _trailing_name(tokens)
    name = _name_or_none(run)
    # "the journalist Olivia Messer"; a lone capital after other words may be a place or brand
    if name is not None and all(w[:1].islower() for w in before) and (len(name) > 1 or not before):
        return _person(name)
    return _group(tokens, cleaned)


_LIST_AND = re.compile(r"\s+and\s+|\s*,\s*(?:and\s+)?")


@lru_cache(maxsize=8192)
def speaker_keys(speaker: str | None) -> tuple[PersonKey, ...]:
    """Everyone a speaker string names: one key, or one per person of a joint speaker.

    Why: "Ed Kline and Rosa Diaz said in a joint statement" is something each of them said,
    so ``/quotes Kline`` must list it. A list splits only when it holds "and" and every part is
    a person with a first name: "Marks and Spencer", "Johnson and Johnson" (firms), "Kline and
    Diaz" (bare surnames may be firm names) and "Ed Kline and his wife" keep one key. Two first
    names before one surname ("Bill and Melinda Gates") are two people of that surname.
    """
    key = person_key(speaker)
    if not speaker or key is None or " and " not in speaker:
        return () if key is None else (key,)
    couple = SHARED_SURNAME_COUPLE.fullmatch(" ".join(speaker.split()))
    if couple is not None:  # "David and Jeanne Heidler": David Heidler and Jeanne Heidler
        first, second, initial, surname = couple.groups()
        pair = [person_key(f"{first} {surname}"), person_key(" ".join(filter(None, (second, initial, surname))))]
        given = all(given_name_gender(f"{name} {surname}") for name in (first, second))  # not "Procter and Gamble Co"
        if given and all(p is not None and p.kind == "person" for p in pair):
            return tuple(p for p in pair if p is not None)
    parts = [person_key(part) for part in _LIST_AND.split(" ".join(speaker.split()))]
    people = [p for p in parts if p is not None and p.kind == "person" and p.first]
    if len(parts) < 2 or len(people) < len(parts):
        return (key,)
    return tuple(dict.fromkeys(people))


@dataclass(frozen=True)
class NameQuery:
    """What a user typed after ``/quotes``, read both as a person and as a group."""

    person: PersonKey | None
    group: str | None
    """Folded group phrase ("ministry" for "the Ministry")."""
    text: str
    """The input, whitespace-normalised (for messages)."""


def parse_query(text: str) -> NameQuery | None:
    """Read user input as a name; None when nothing name-like is left (emoji, punctuation).

    Case-insensitive: users type "umerov" as often as "Umerov", so every token counts as a
    name token here, and lower-case titles are stripped too ("defence minister umerov").
    """
    cleaned = " ".join(text.split())[:200]
    tokens = _tokens(cleaned)
    if not tokens:
        return None
    group = _group(list(tokens))
    group_phrase = group.surname if group is not None else " ".join(fold(t) for t in tokens)
    person_tokens = _strip_titles([t for t in tokens if not _POSSESSIVE.search(fold(t))])
    person = _person(person_tokens) if 0 < len(person_tokens) <= 5 else None
    return NameQuery(person=person, group=group_phrase or None, text=cleaned)


def owner(first: str, known: Iterable[str]) -> str:
    """Whose rows a stored ``first`` value of one surname are: the full first name of the person.

    ``known`` holds every ``first`` value stored for that surname. A full first name owns
    itself; a bare surname ("") belongs to the only person of that surname, an initial to the
    only person whose first name starts with it; otherwise they stay on their own.
    """
    if len(first) > 1:
        return first
    people = {f for f in known if len(f) > 1}
    compatible = [p for p in people if p.startswith(first)]  # every person for ""
    return compatible[0] if len(compatible) == 1 else first


def select_firsts(query: PersonKey, known: Iterable[str]) -> frozenset[str]:
    """The stored ``first`` values of ``query.surname`` whose rows the query asks for.

    A name or an initial asks for its owner's rows. A bare surname asks for all of them when
    they belong to one owner, else only for the bare-surname rows: "Smith" with John and Jane
    Smith stored is neither of them (the caller offers both as close matches).
    """
    known = set(known)
    owners = {f: owner(f, known) for f in known}
    if query.first:
        wanted = owner(query.first, known)
        return frozenset({query.first} | {f for f, o in owners.items() if o == wanted})
    if len(set(owners.values())) <= 1:
        return frozenset(known | {""})
    return frozenset({f for f, o in owners.items() if o == ""} | {""})


def close_names(query: str, names: Iterable[str], *, limit: int = 5) -> list[str]:
    """Names that look like ``query`` (typos, a prefix, one of its words), best first."""
    wanted = fold(" ".join(query.split()))
    if not wanted:
        return []
    scored: list[tuple[float, str]] = []
    for name in names:
        folded = fold(name)
        words = folded.split()
        if wanted in words or any(w.startswith(wanted) for w in words) or folded.startswith(wanted):
            score = 1.0
        else:
            ratio = difflib.SequenceMatcher(None, wanted, folded).ratio()
            best_word = max(
                (difflib.SequenceMatcher(None, wanted, w).ratio() for w in words), default=0.0
            )
            score = max(ratio, best_word)
        if score >= 0.75:
            scored.append((score, name))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [name for _, name in scored[:limit]]
