"""Topics of an article, and the stemmed keys subscriptions are matched on.

Subscription matching contract (storage relies on it): a subscription with topic ``t``
matches an article when ``topic_key(t) in match_keys(title, summary, *topics)``. Both sides
go through the same tokeniser and stemmer, so "Drones" matches "drone" and "Trump's" matches
"trump"; keys are 1..4-word n-grams so phrases ("peace talks", "European Union") match too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .entities import Candidates, capitalised_inside, find_candidates, key_of
from .languages import SUPPORTED
from .lexicon import stem, words
from .models import Block, BriefingOptions
from .stemming import stemmer
from .topic_merges import merge_places, merge_surnames
from .wordlists import is_common_word

MAX_KEY_WORDS = 4
_WORD = re.compile(r"\w+", re.UNICODE)

# Salience weights, calibrated by eye on hand-written news paragraphs (no labelled topic data
# is available): names count more than common words, the title counts like several mentions,
# and an early first mention adds a little (news states its subject up front).
NAME_WEIGHT = 1.5
PHRASE_WEIGHT = 1.5
TITLE_BONUS = 2.0
EARLY_BONUS = 1.0
EARLY_SHARE = 0.2
"""First mention within this share of the article's tokens earns ``EARLY_BONUS``."""
HEADLINE_MAX_WORDS = 25
MIN_WORD_COUNT = 2
"""Common words and phrases must recur (or be in the title) to be a topic."""


def normalise_topic(topic: str) -> str:
    """What we store for a subscription: lower case, single spaces."""
    return " ".join(_WORD.findall(topic.lower()))


def topic_key(topic: str, language: str = "en") -> str:
    """Stemmed key of a subscription topic: "Drones" and "drone" share one key."""
    stem_word = stemmer(language)
    return " ".join(stem_word(w) for w in words(topic, language))


def topic_match_keys(topic: str) -> set[str]:
    """Every key a subscription matches by: its English key (``topic_key``) and, for each other
    supported language, its key in that language tagged "uk:", "de:"… The language a user
    subscribes in is unknown, so "тролейбуси" is stemmed as Ukrainian *and* Russian, "Drohnen"
    as German, French… and each form meets only articles of that language (``match_keys``)."""
    keys = {topic_key(topic)}
    for language in SUPPORTED[1:]:
        key = topic_key(topic, language)
        if key:
            keys.add(f"{language}:{key}")
    return keys


def match_keys(*texts: str, language: str = "en") -> set[str]:
    """Every stemmed 1..4-word n-gram of the texts: a subscription matches when its key is here.
    Articles in another supported language give keys tagged with it ("uk:тролейбус")."""
    keys: set[str] = set()
    tag = f"{language}:" if language != "en" and language in SUPPORTED else ""
    stem_word = stemmer(language if tag else "en")
    for text in texts:
        stems = [stem_word(w) for w in words(text, language)]
        for n in range(1, MAX_KEY_WORDS + 1):
            for i in range(len(stems) - n + 1):
                keys.add(tag + " ".join(stems[i : i + n]))
    return keys


def extract_topics(
    title: str, blocks: Sequence[Block], *, options: BriefingOptions, language: str = "en"
) -> list[str]:
    """3–8 display-ready topics ranked by salience: names whole, common words lower case."""
    raw_body = [b.text for b in blocks if b.text.strip()]
    raw_evidence = _CaseEvidence(raw_body)
    body = [raw_evidence.sentence_case(text, skip=i) for i, text in enumerate(raw_body)]
    # the title is judged against the sentence-cased body: the same texts unless a line changed
    title_evidence = raw_evidence if body == raw_body else _CaseEvidence(body)
    title = title_evidence.sentence_case(title)
    found = find_candidates(
        [title, *body] if title else body, has_title=bool(title), language=language
    )
    total = max(found.first.values(), default=1)
    title_keys = (
        {k.split(":", 1)[-1] for k in match_keys(title, language=language)} if title else set()
    )
    # places first: "European" is Europe, never the first name of "European Union" (the
    # demonym table is English)
    places = merge_places(found.names, found) if language == "en" else {}
    for demonym, place in places.items():
        if demonym in title_keys:
            title_keys.add(place)  # "Russian" in the title is "Russia" in the title
    merged = merge_surnames(found)
    # "regional governors": English puts modifiers first; French ("la guerre civile") does not
    modifiers = _modifiers_only(found) if language == "en" else set()
    _discount_phrase_words(found)
    # (rare, -score, first position, key); the display form depends on the key alone, so it is
    # looked up in ``_pick`` for the few topics shown rather than for every candidate.
    scored: list[tuple[bool, float, int, str]] = []
    early = EARLY_SHARE * total
    first, in_title_counts = found.first, found.in_title
    for kind, weight, min_count in (
        (merged, NAME_WEIGHT, 1),
        (found.phrases, PHRASE_WEIGHT, MIN_WORD_COUNT),
        (found.words, 1.0, MIN_WORD_COUNT),
    ):
        for key, count in kind.items():
            if key in modifiers:
                continue
            in_title = key in title_keys
            score = weight * count + (TITLE_BONUS if in_title else 0.0)
            position = first[key]
            if position <= early:
                score += EARLY_BONUS
            # recurring in the body itself (.get: no Counter missing-key call per candidate)
            rare = count - in_title_counts.get(key, 0) < min_count
            scored.append((rare, -score, position, key))
    # Recurring candidates first; one-off words only fill up to ``min_topics``.
    scored.sort()
    return _pick(scored, found, options)


def _sentence_case(title: str, body: Sequence[str]) -> str:
    """Headline Case Titles ("Russia Launches Record Drone Attack") would read as one long
    name; lower-case every title word the body never writes capitalised. Also applied to
    short title-cased lines inside the body (a repeated headline, a sub-heading)."""
    return _CaseEvidence(body).sentence_case(title)


_LOWER_WORD = re.compile(r"\b[a-z][a-z-]*")
#: ``\b[A-Z][\w-]*`` written capital first (the boundary as "no word character before it"), so
#: the regex engine skips to the next capital instead of trying every position: 3x faster.
_CAP_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]*")
_APOSTROPHE = re.compile(r"['’]")


def _headline_cased(tokens: Sequence[str]) -> bool:
    if len(tokens) < 4 or len(tokens) > HEADLINE_MAX_WORDS:
        return False
    capitalised = [t for t in tokens if t.lstrip("\"'‘“(")[:1].isupper()]
    return len(capitalised) >= 0.7 * len(tokens)


class _CaseEvidence:
    """Which stems each text writes in lower case and capitalised, and in how many texts.

    Why counts per text: every headline-cased block is judged against all *other* blocks, and
    subtracting its own contribution from shared counts avoids rescanning the whole body per
    block (quadratic on pages with many short title-cased lines). Built lazily: most articles
    have no headline-cased block at all."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._inside: set[str] | None = None
        self._lower: list[set[str]] | None = None
        self._cap: list[set[str]] = []
        self._lower_count: Counter[str] = Counter()
        self._cap_count: Counter[str] = Counter()

    def _scan(self) -> list[set[str]]:
        if self._lower is None:
            # the stems mapped in C: every distinct word of every block (a block's repeats,
            # "the", "said", are stemmed once)
            self._lower = [set(map(stem, set(_LOWER_WORD.findall(t)))) for t in self._texts]
            self._cap = [set(map(stem, set(map(str.lower, _CAP_WORD.findall(t))))) for t in self._texts]
            for stems in self._lower:
                self._lower_count.update(stems)
            for stems in self._cap:
                self._cap_count.update(stems)
        return self._lower

    def sentence_case(self, line: str, skip: int | None = None) -> str:
        """``line`` sentence-cased against every text but the one at index ``skip``."""
        tokens = line.split(None, HEADLINE_MAX_WORDS)  # a longer line is no headline: not split further
        if not _headline_cased(tokens):
            return line
        lower = self._scan()

        def keeps_capital(token: str) -> bool:
            bare = _APOSTROPHE.split(token.strip(".,:;!?\"'‘“”"))[0]
            key = stem(bare.lower())
            cap = self._cap_count[key] - (skip is not None and key in self._cap[skip])
            if cap <= 0:
                return False
            low = self._lower_count[key] - (skip is not None and key in lower[skip])
            return low <= 0 and not self._opens_only(bare)

        return " ".join(t if keeps_capital(t) else t.lower() for t in tokens)

    def _opens_only(self, word: str) -> bool:
        """The body capitalises this common word only where it opens a sentence ("Heavy")."""
        if self._inside is None:
            self._inside = capitalised_inside(self._texts)
        return word not in self._inside and is_common_word(word)


def _modifiers_only(found: Candidates) -> set[str]:
    """Common words only ever used right before another content word ("regional" in "regional
    governors", "heavy" in "heavy losses"): modifiers, never the subject of a story. A noun
    that is a topic is also written on its own somewhere ("the drones", "for peace").

    Walks the few forms used as modifiers rather than every form of every word: each of them
    was counted as a word under its own key, so summing them per key gives the same uses."""
    uses: dict[str, int] = {}
    for form, count in found.modifying.items():
        key = key_of(form, found.language)
        uses[key] = uses.get(key, 0) + count
    words = found.words
    return {key for key, count in uses.items() if key in words and count >= words[key]}


def _discount_phrase_words(found: Candidates) -> None:
    """Uses of "talks" inside a recurring "peace talks" belong to the phrase, not the word."""
    for phrase, count in list(found.phrases.items()):
        if count < MIN_WORD_COUNT:
            del found.phrases[phrase]
            continue
        for part in phrase.split():
            found.words[part] = max(0, found.words[part] - count)


def _display(found: Candidates, key: str) -> str:
    forms = found.display[key]
    modifying = found.modifying

    def preference(item: tuple[str, int]) -> tuple[int, int, bool, int]:
        # the form most used as a head ("region" over "regional" of "regional governors"); then
        # the most used; on a tie a capitalised one (a name), then the longer ("drones")
        form, count = item
        return (count - modifying.get(form, 0), count, form[:1].isupper(), len(form))

    best = max(forms.items(), key=preference)[0]
    return best if best[:1].isupper() else best.lower()


def _pick(
    scored: list[tuple[bool, float, int, str]], found: Candidates, options: BriefingOptions
) -> list[str]:
    """Top topics, skipping a key already covered: a longer name around a chosen one, or a word
    inside a chosen phrase or name ("talks" after "peace talks") when the longer topic accounts
    for most of its uses."""
    chosen: list[str] = []
    chosen_keys: list[str] = []
    for rare, _score, _first, key in scored:
        if len(chosen) >= options.max_topics or (rare and len(chosen) >= options.min_topics):
            break
        if any(key == k or _covered(key, k, found) for k in chosen_keys):
            continue
        if key.count(" ") >= MAX_KEY_WORDS:
            continue  # a topic longer than the matched phrases could never be subscribed to
        chosen.append(_display(found, key))
        chosen_keys.append(key)
    return chosen


def _covered(key: str, longer: str, found: Candidates) -> bool:
    if f" {longer} " in f" {key} ":  # "army spc caleb barn" after "caleb barn"
        return True
    if f" {key} " not in f" {longer} ":
        return False
    own = found.words.get(key, 0) + found.names.get(key, 0)
    outer = found.phrases.get(longer, 0) + found.names.get(longer, 0)
    return own <= 1.5 * outer
