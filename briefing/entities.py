"""Candidate topics of a text: proper-name runs ("Donald Trump") and repeated content words.

Why heuristics and no tagger: topics must cost well under a millisecond per article and the
package has no NLP model dependency. Capitalisation is a strong signal for English news once
sentence-initial words, weekdays/months and honorifics are handled; the one thing a run of
capitals cannot tell us (is "Police" a name?) we settle by checking whether the same word is
also written in lower case somewhere in the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .languages.lexicons import stopwords
from .lexicon import words
from .quantity_forms import starting_with
from .stemming import stemmer
from .wordlists import is_common_word, place_names

_TOKEN = starting_with(
    r"[\w.!?;:,()\[\]\"“”‘’—–]|\s-",
    r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z][a-z])|[^\W\d_][\w'’.-]*[\w]|[^\W\d_]|\d[\d,.:]*|[.!?;:,()\[\]\"“”‘’—–]|\s-\s",
)
_SENTENCE_END = frozenset(".!?")
_ARTICLES = frozenset({"the", "a", "an"})
_OPENERS = frozenset("\"“‘'([")
#: The tokens that may change whether the next one opens a sentence; any other token means it does not.
_STATE_TOKENS = _SENTENCE_END | _OPENERS | {")"}
#: Abbreviated titles whose full stop ends no sentence ("Mr. Trump", "Gov. Christie").
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gov sen rep gen lt col capt sgt st prof".split())
_CONNECTORS = frozenset(
    {"of", "de", "del", "da", "di", "du", "la", "le", "van", "von", "der", "bin", "al"}
)
_HONORIFICS = frozenset(
    """mr mrs ms miss dr sir dame lord lady president vice prime minister chancellor secretary
    senator sen rep representative gov governor mayor general gen captain capt judge justice
    professor prof chief officer detective sergeant inspector coach manager boss chairman
    spokesman spokeswoman spokesperson st saint former foreign defence defense home interior
    director chairperson chairwoman executive ceo leader candidate nominee adviser advisor aide
    attorney ambassador commissioner correspondent anchor editor founder""".split()
)
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow""".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Verb forms among the frequent news words: after a noun they are its verb ("drones struck"),
#: not a noun it modifies.
VERB_FORMS = frozenset(
    """include includes used use using added asked called found show shows showed given give
    gave keep kept become help began begin start started want wanted need needed think know
    known look looked looking come came take took taken make makes making seen see told tell
    says said saying report reports reported believe click read share follow subscribe going
    went goes continued described expected appeared wrote write writes writing fell rose grew
    held sent spent paid sold bought brought thought fought caught taught fled struck stood
    broke drove flew wore chose sought slid sank swung""".split()
)
#: Frequent news words that are never a useful topic on their own (verbs, vague nouns).
GENERIC = VERB_FORMS | frozenset(
    """people time times week weeks day days month months hour hours minute minutes thing things
    way ways lot part number place case point left right back still good great big small large
    little long high low early late recent recently former latest first second third fourth
    including around another later earlier morning night evening afternoon every never always
    whether statement statements official officials spokesman spokeswoman spokesperson source
    sources comment comments news story stories article photo image images video videos
    picture pictures percent per cent million billion thousand hundred dozen dozens total group
    side sides end area areas top lead team yet far near next several whole able likely really
    actually often across must even much many more most less least something anything
    everything nothing someone anyone everyone there here where""".split()
)


@dataclass
class Candidates:
    """Counts and first positions of every candidate, keyed by its stemmed topic key."""

    names: Counter[str] = field(default_factory=Counter)
    words: Counter[str] = field(default_factory=Counter)
    phrases: Counter[str] = field(default_factory=Counter)
    display: dict[str, dict[str, int]] = field(default_factory=dict)
    """Surface forms of each key with their counts (plain dicts: one is made per key)."""
    first: dict[str, int] = field(default_factory=dict)
    modifying: dict[str, int] = field(default_factory=dict)
    """Uses of a common-word surface right before another content word ("regional" in
    "regional governors"): a word used only so is a modifier, not a subject."""
    in_title: Counter[str] = field(default_factory=Counter)
    scanning_title: bool = False
    """Occurrences inside the first text scanned (the title), to tell body counts apart."""
    language: str = "en"

    def add(self, kind: Counter[str], surface: str, position: int, weight: int = 1) -> None:
        self.add_keyed(kind, key_of(surface, self.language), surface, position, weight)

    def add_keyed(self, kind: Counter[str], key: str, surface: str, position: int, weight: int = 1) -> None:
        """``add`` with the surface's ``key_of`` already known (the scan's words and phrases)."""
        if not key:
            return
        # dict.get instead of ``+=``: Counter's missing-key hook is a Python call per new key
        kind[key] = kind.get(key, 0) + weight
        forms = self.display.get(key)
        if forms is None:
            self.display[key] = {surface: 1}
        else:
            forms[surface] = forms.get(surface, 0) + 1
        self.first.setdefault(key, position)
        if self.scanning_title:
            self.in_title[key] += weight


@lru_cache(maxsize=65536)
def key_of(surface: str, language: str = "en") -> str:
    """The same key ``topics.topic_key`` gives, so de-duplication agrees with matching.
    Cached: the same surfaces recur within and across articles, and this is called per token."""
    stem_word = stemmer(language)
    return " ".join(stem_word(w) for w in words(surface, language))


def tokenize(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    # only the spaced dash (" - ") carries spaces to strip: no list copy for texts without one
    return list(map(str.strip, tokens)) if "-" in text else tokens


def _is_cap(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha()


_CLITIC = re.compile(r"['’](s|ve|ll|re|d|m|t)?$", re.IGNORECASE)


def _bare(token: str) -> str:
    """Drop a possessive or contracted tail: "Trump's" → "Trump", "I’ve" → "I" ("O'Neill" stays)."""
    return _CLITIC.sub("", token) if "'" in token or "’" in token else token


def find_candidates(
    texts: list[str], *, has_title: bool = False, language: str = "en"
) -> Candidates:
    """Scan ``texts`` (the title first when ``has_title``) for name runs and content words.
    The common-word and place tables are English: other languages keep the plain rules."""
    tokens_per_text = [tokenize(t) for t in texts]
    # distinct tokens first (a C-level union, with the "." each text's scan ends on), then one
    # cached lookup of each one's shape: the scan reads a plain dict per token (~100,000 tokens a
    # 94-page round), not the cache with its (token, language) key
    distinct: set[str] = set().union(*tokens_per_text, ["."])
    shapes = {t: _token_shape(t, language) for t in distinct}
    # a topical word is lower-case letters only, so its key is its stem and a two-word phrase's
    # key is the two stems: no ``key_of`` per distinct phrase (~0.1 s on a cold 94-page round)
    stem_word = stemmer(language)
    # the stems of the lower-case tokens without a possessive tail: what a lower-case use of a
    # word tells ``_common_initial``
    lower_seen = {stem_word(shape[0]) for t, shape in shapes.items() if t[:1].islower()}
    found = Candidates(language=language)
    english = language == "en"
    inside: set[str] = set()  # capitalised words seen inside a sentence
    openers: list[tuple[str, int, bool]] = []  # common words held back at sentence starts
    word_counts, display, first, modifying = found.words, found.display, found.first, found.modifying
    position = 0
    for number, tokens in enumerate(tokens_per_text):
        scanning_title = found.scanning_title = has_title and number == 0
        title_counts = found.in_title
        initial, bracket_opens = True, False
        run: list[str] = []
        previous = previous_key = ""  # the topical lower-case word just before (and its key), for two-word phrases
        for index, token in enumerate([*tokens, "."]):
            position += 1
            bare, capitalised, lower, topical, content, clipped, marks = shapes[token]
            named = False
            if capitalised:
                if not initial:
                    inside.add(bare)
                    named = True
                elif _common_initial(bare, lower_seen, language):
                    pass
                elif english and is_common_word(bare) and not _name_follows(tokens, index + 1):
                    # "Heavy rain fell", "Opponents said": no subject, and a name only if the
                    # article writes it capitalised inside a sentence too (known at the end)
                    openers.append((bare, position, scanning_title))
                    topical = False
                else:
                    named = True
            if named:
                run.append(bare)
                if clipped:  # a possessive ends the name
                    _flush(run, found, position)
                previous = previous_key = ""
            elif run and lower in _CONNECTORS:
                run.append(lower)
                previous = previous_key = ""
            else:
                if run:
                    _flush(run, found, position)
                if previous and content:  # "regional air defences": "regional" modifies
                    modifying[previous] = modifying.get(previous, 0) + 1
                if topical:
                    key = stem_word(lower)  # == key_of(lower): see ``stem_word`` above
                    if key:  # ``Candidates.add_keyed`` written out: ~21,000 words a 94-page round
                        word_counts[key] = word_counts.get(key, 0) + 1
                        forms = display.get(key)
                        if forms is None:
                            display[key] = {lower: 1}
                        else:
                            forms[lower] = forms.get(lower, 0) + 1
                        if key not in first:
                            first[key] = position
                        if scanning_title:
                            title_counts[key] += 1
                    if previous:
                        found.add_keyed(found.phrases, f"{previous_key} {key}", f"{previous} {lower}", position)
                    if clipped:
                        previous = previous_key = ""
                    else:
                        previous, previous_key = lower, key
                else:
                    previous = previous_key = ""
            # the state for the next token: does it open a sentence?
            if not marks:  # most tokens: no mark, so the next one is inside a sentence
                initial = False
            elif token in _SENTENCE_END:  # not the full stop of "Mr." or "Gov."
                initial = index == 0 or tokens[index - 1].lower() not in _TITLE_ABBREVIATIONS
            elif token == ")" and bracket_opens:  # "(CNN) Deputies rushed in": a dateline
                initial, bracket_opens = True, False
            elif token not in _OPENERS:
                initial = False
            elif token == "(":
                bracket_opens = initial
        _flush(run, found, position)
    for bare, at, in_title in openers:
        if bare in inside:  # "Apple said …" and later "… shares of Apple": a name after all
            found.scanning_title = in_title
            found.add(found.names, bare, at)
    found.scanning_title = False
    return found


def _name_follows(tokens: list[str], at: int) -> bool:
    """A capitalised word other than a demonym comes next, perhaps after a connector: "Rick
    Snyder", "Bank of England" are names though "rick" and "bank" are common words; "Heavy
    Russian shelling" is not."""
    if at < len(tokens) - 1 and tokens[at] in _CONNECTORS:
        at += 1
    if at >= len(tokens):
        return False
    bare, capitalised, *_ = _token_shape(tokens[at])
    return capitalised and not place_names(key_of(bare))


def capitalised_inside(texts: Sequence[str]) -> set[str]:
    """Capitalised words the texts write inside a sentence (after a word, a comma, "Mr." or an
    initial): what ``find_candidates`` collects as it scans, for lines it does not scan."""
    return {m for text in texts for m in _CAPITALISED_INSIDE.findall(text)}


#: A capitalised word after a word, a comma or bracket, "Mr." or an initial ("Donald J. Trump").
#: The lookahead comes first: most positions are not before a space or a quote.
_CAPITALISED_INSIDE = re.compile(
    r"(?=[ \"“‘'(])(?:(?<=[\w,;:)])|(?<=\b[A-Z]\.)|(?<=\b[A-Z][a-z]\.)|(?<=\b[A-Z][a-z]{2}\.))"
    r"[ \"“‘'(]+([A-Z][\w-]*?)(?=['’]s\b|[^\w'’-]|$)"
)


def _common_initial(word: str, lower_seen: set[str], language: str = "en") -> bool:
    """A sentence-initial capital is an ordinary word when the article also writes it in lower
    case, or it is a stopword/calendar/generic word ("The", "However", "Monday", "Police"), or
    a participle opening the sentence ("Depending on …")."""
    lower = word.lower()
    if len(lower) > 5 and lower.endswith("ing"):
        return True
    return (
        stemmer(language)(lower) in lower_seen
        or lower in stopwords(language)
        or lower in CALENDAR
        or lower in GENERIC
    )


@lru_cache(maxsize=65536)
def _token_shape(token: str, language: str = "en") -> tuple[str, bool, str, bool, bool, bool, bool]:
    """What the scan needs to know of a token, computed once per distinct token (the scan
    runs per token of the article, and news vocabulary repeats): the token without its
    possessive tail, whether that starts with a capital letter, its lower case, whether that
    lower case can be a topic word on its own, whether it is a content word at all (short
    ones too: "air" in "regional air defences" shows "regional" modifying a noun), whether a
    possessive tail came off, and whether the token may change whether the next one opens a
    sentence (a full stop, a bracket, a quote mark): the scan's per-token tests, answered once."""
    bare = _bare(token)
    lower = bare.lower()
    topical = content = False
    if len(lower) > 2 and lower.isalpha():  # the topic and content tests share their table lookups
        common = lower in stopwords(language) or lower in CALENDAR
        topical = len(lower) > 3 and not common and lower not in GENERIC and not lower.endswith(("ly", "ed"))
        content = not common and lower not in VERB_FORMS and not lower.endswith(("ed", "ly", "ing"))
    return bare, _is_cap(bare), lower, topical, content, bare != token, token in _STATE_TOKENS


def _flush(run: list[str], found: Candidates, position: int) -> None:
    """Turn a run of capitalised tokens into a name (see ``_name_of_run``) and count it."""
    if not run:
        return
    name, key = _name_of_run(tuple(run), found.language)
    run.clear()
    if name:
        found.add_keyed(found.names, key, name, position)


@lru_cache(maxsize=65536)
def _name_of_run(words_run: tuple[str, ...], language: str) -> tuple[str, str]:
    """The name a run of capitalised tokens stands for and its ``key_of`` ("" for none): strip honorifics,
    connectors at the edges, calendar words and stopwords; keep what is left whole.
    Cached: the same runs ("Donald Trump", "The") recur through an article and across articles,
    and the answer depends on the run's words only."""
    words = list(words_run)
    while words and (
        words[0].lower() in _ARTICLES
        or (language != "en" and words[0].lower() in stopwords(language))
        or words[0].lower() in CALENDAR
        or words[0].lower() in _CONNECTORS
    ):
        words.pop(0)
    titles = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _HONORIFICS]
    if titles:  # "Russian President Vladimir Putin", "FBI Director James Comey" → the person
        words = words[titles[-1] + 1 :]
    while words and (
        words[-1].lower() in _CONNECTORS
        or words[-1].lower() in _WEEKDAYS
        or words[-1].lower() in GENERIC
    ):
        words.pop()
    if not words:
        return "", ""
    lower = words[0].lower().rstrip(".")
    if len(words) == 1 and (
        lower in _HONORIFICS
        or lower in stopwords(language)
        or lower in GENERIC
        or len(lower) < 2
    ):
        return "", ""
    name = " ".join(words)
    return name, key_of(name, language)
