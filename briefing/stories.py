"""Which articles tell the same story, and what each new article of a story adds.

A story is a near-duplicate cluster (the same text from two outlets, found by SimHash in
storage) plus follow-ups: a later article that shares the story's *specific* people, places and
subjects within a few days ("Istanbul", "talks", "Umerov" — not just "Ukraine"). Storage keeps
each article's features in an inverted index and asks ``same_story`` about the few recent
articles that share some; the rule itself is pure and lives here.

Features of an article (``story_features``): its topics, the content words of its title and
lead sentence, and the surnames of the people it quotes, each reduced to stems; named ones
(capitalised topics, people) are marked. Broad features say little about *which* story:
countries, their peoples and capitals, blocs (``BROAD``), and, in a store big enough to tell,
anything a large share of the recent articles carries (``broad_features``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .lexicon import content_stems, stem
from .models import Briefing, Figure, Quote
from .people import fold, speaker_keys

NAME = "n"
WORD = "w"

MIN_SHARED = 3
"""Specific features two articles must share to be one story…"""
MIN_SHARED_NAMES = 1
"""…at least one of them a name (person, place, organisation): two articles sharing only
common words ("talks", "second", "round") are not one story…"""
MIN_EVIDENCE = 5
"""…and shared features + shared names must reach this: three shared with two names (the talks'
city and negotiator, "talks"), or four with one. Calibrated on hand-written follow-ups against
same-week articles on the same conflict, which share the war's weapon, an operation and the
head of state everyone quotes (3 + 1: apart)."""
BROAD_SHARE = 0.1
"""In a window of at least ``BROAD_MIN_WINDOW`` articles, a feature carried by more than this
share of them is broad (the president everyone quotes, the war every article mentions)."""
BROAD_MIN_WINDOW = 30

_BROAD_PHRASES = ("united states", "united kingdom", "united nations", "european union",
                  "white house", "middle east", "south korea", "north korea", "saudi arabia")
_BROAD_WORDS = """
ukraine ukrainian ukrainians kyiv kiev russia russian russians moscow kremlin america american
americans us usa u.s washington china chinese beijing europe european europeans
eu brussels uk britain british london england english france french paris germany german
berlin italy italian rome spain spanish madrid poland polish warsaw turkey turkish ankara
israel israeli israelis jerusalem gaza palestinian palestinians iran iranian tehran iraq
iraqi syria syrian india indian delhi pakistan pakistani japan japanese tokyo korea korean
seoul canada canadian ottawa mexico mexican brazil brazilian australia australian africa
african asia asian west western nato un g7 g20 world global
international government country countries nation national state states city week day
today monday tuesday wednesday thursday friday saturday sunday news report officials
""".split()


def _stems(phrase: str) -> str:
    """Folded, stemmed words: "Federal Reserve" -> "feder reserv", "Zelensky" -> "zelenski"."""
    return " ".join(stem(w) for w in fold(phrase).split())


BROAD = frozenset(_stems(w) for w in (*_BROAD_WORDS, *_BROAD_PHRASES))


def story_features(briefing: Briefing) -> dict[str, str]:
    """Feature → ``NAME`` or ``WORD``, from topics, title and lead words, quoted people.

    A name topic is one feature (its stemmed words), except a person this article quotes: the
    topic "Rustem Umerov" and a quote by "Umerov" (here or in a follow-up) both key on the surname.
    """
    speakers = set()
    for quote in briefing.quotes:
        for key in () if quote.scare else speaker_keys(quote.speaker):
            if key.kind == "person":
                speakers.add(stem(key.surname))
    features: dict[str, str] = {}
    lead = briefing.summary[0] if briefing.summary else ""
    for word in content_stems(f"{briefing.title}\n{lead}"):
        features.setdefault(word, WORD)
    for topic in briefing.topics:
        if topic[:1].isupper():
            name = _stems(topic)
            last = name.rsplit(" ", 1)[-1]
            features[last if last in speakers else name] = NAME
        else:
            for word in content_stems(topic):
                features.setdefault(word, WORD)
    for surname in speakers:
        features[surname] = NAME
    return {f: kind for f, kind in features.items() if f and f not in BROAD}


def broad_features(carried_by: Mapping[str, int], window: int) -> frozenset[str]:
    """Features too common in the recent ``window`` articles to tell stories apart."""
    if window < BROAD_MIN_WINDOW:
        return frozenset()
    return frozenset(f for f, n in carried_by.items() if n > BROAD_SHARE * window)


def shared_evidence(
    new: Mapping[str, str], old: Mapping[str, str], broad: Iterable[str] = ()
) -> int:
    """How many specific features the two share (0 when that is not enough for one story)."""
    shared = (new.keys() & old.keys()) - set(broad)
    names = [f for f in shared if NAME in (new[f], old[f])]
    evidence = len(shared) + len(names)
    if len(shared) < MIN_SHARED or len(names) < MIN_SHARED_NAMES or evidence < MIN_EVIDENCE:
        return 0
    return evidence


def same_story(new: Mapping[str, str], old: Mapping[str, str], broad: Iterable[str] = ()) -> bool:
    return shared_evidence(new, old, broad) > 0


@dataclass(frozen=True)
class StoryStep:
    """What one article added to its story: quotes and key figures no earlier article had."""

    new_quotes: tuple[Quote, ...]
    new_figures: tuple[Figure, ...]


def _quote_key(quote: Quote) -> str:
    return " ".join(content_stems(quote.text))


def _figure_keys(figure: Figure) -> set[str]:
    return {fold(figure.text), f"{figure.value:g}|{fold(figure.what or '')}"}


def story_steps(briefings: Sequence[Briefing]) -> list[StoryStep]:
    """For each article, oldest first, what it adds to all the earlier ones of its story."""
    seen_quotes: set[str] = set()
    seen_figures: set[str] = set()
    steps = []
    for briefing in briefings:
        quotes = [q for q in briefing.quotes if not q.scare and q.speaker]
        new_quotes = tuple(q for q in quotes if _quote_key(q) not in seen_quotes)
        figures = list(briefing.key_figures or briefing.figures)
        new_figures = tuple(f for f in figures if not _figure_keys(f) & seen_figures)
        seen_quotes |= {_quote_key(q) for q in quotes}
        for figure in figures:
            seen_figures |= _figure_keys(figure)
        steps.append(StoryStep(new_quotes, new_figures))
    return steps
