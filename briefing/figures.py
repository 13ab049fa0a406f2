"""Key figures: every quantity of the article, and the few worth showing in the briefing.

The scanning itself lives in ``quantities.py`` (rules over regexes, ~0.1 ms per sentence);
this module turns scanned quantities into ``Figure`` models and picks the key ones. A figure
is key when it says something on its own: a count of something named ("296 Ukrainian drones"),
money, a percentage or share, a measure. Figures in summary sentences and the lead get a bonus
because the reader sees those sentences anyway and the numbers anchor them, and each key figure
of a kind makes the next of that kind less attractive, so the five are varied. Dates, ordinals,
"one of" and bare numbers are never key unless the article has nothing else (then dates are).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

from .models import BriefingOptions, Figure, FigureKind
from .quantities import Quantity
from .quantities_intl import scan
from .sentences import Sentence

_HAS_DIGIT = re.compile(r"\d")
#: Sentences (non-heading) counted as the lead.
LEAD_SENTENCES = 3
#: How much a figure tells on its own, by kind; set by reading briefings of news samples,
#: not fitted. Counts without a counted noun ("to 13176") get the low bare-count weight.
KIND_WEIGHT = {
    "money": 3.0,
    "percent": 3.0,
    "fraction": 2.5,
    "count": 3.0,
    "measure": 2.0,
    "duration": 1.0,
    "rank": 0.5,
    "other": 0.2,
    "date": 0.0,
}
BARE_COUNT_WEIGHT = 0.5
#: Added to figures of summary and lead sentences: enough to beat any later figure of the same
#: or next-lower weight, not enough to promote a bare count or a date.
PLACE_BONUS = 2.0
#: Subtracted per key figure already chosen of the same kind, so five key figures are not five
#: counts when money and a percentage are on offer (less than the place bonus: lead still wins).
KIND_REPEAT_PENALTY = 0.75
#: Below this a figure is never key (unless nothing else qualifies and it is a date).
MIN_KEY_WEIGHT = 1.0


def _figure(sentence: str, q: Quantity) -> Figure | None:
    text = sentence[q.lead : q.end].strip()
    if not text:
        return None
    kind = cast(FigureKind, q.kind)  # one of FigureKind by construction; pydantic checks it too
    return Figure(text=text, value=q.value, unit=q.unit, what=q.what, kind=kind, sentence=sentence)


def extract_quantities(sentence: str, language: str = "en") -> list[Figure]:
    """All quantities of one sentence, in text order (the NewsQuant evaluation scores the same
    scan through ``scan_quantities``, which also keeps range ends and the comparison).

    Dates come back as ``kind="date"`` (value: the year, else the day), ordinals as "rank".
    Ranges ("10-20 people") keep the low end in ``value``; the text shows the whole range.
    """
    out = []
    for q in scan(sentence, language):
        fig = _figure(sentence, q)
        if fig is not None:
            out.append(fig)
    return out


def informativeness(fig: Figure) -> float:
    weight = KIND_WEIGHT.get(fig.kind, 0.0)
    if fig.kind == "count" and not fig.what:
        weight = BARE_COUNT_WEIGHT
    if fig.kind in ("count", "duration") and (
        fig.value in (0.0, 1.0) or (fig.value == 2.0 and not _HAS_DIGIT.search(fig.text))
    ):
        # "one of the best", "1 man", "the two sides", "two countries' leaders": true but not
        # a figure worth showing (a written "2 soldiers killed" keeps its weight)
        weight *= 0.2
    return weight


def _identity(fig: Figure) -> tuple[float, str, str]:
    return (round(fig.value, 6), (fig.unit or "").lower(), (fig.what or "").lower())


def _pick_keys(pool: list[tuple[float, int, Figure]], limit: int) -> list[Figure]:
    """Greedy: best score first, each pick of a kind making the next of that kind less attractive."""
    chosen: list[Figure] = []
    seen: set[tuple[float, str, str]] = set()
    per_kind: dict[str, int] = {}
    pool = [item for item in pool if informativeness(item[2]) >= MIN_KEY_WEIGHT]
    while pool and len(chosen) < limit:
        best = max(
            pool, key=lambda it: (it[0] - KIND_REPEAT_PENALTY * per_kind.get(it[2].kind, 0), -it[1])
        )
        pool.remove(best)
        fig = best[2]
        if _identity(fig) in seen:
            continue
        seen.add(_identity(fig))
        per_kind[fig.kind] = per_kind.get(fig.kind, 0) + 1
        chosen.append(fig)
    return chosen


def find_figures(
    sentences: Sequence[Sentence],
    *,
    summary: Sequence[str],
    options: BriefingOptions,
    language: str = "en",
) -> list[Figure]:
    """All figures of the article; the key ones first (in rank order), then the rest in text order."""
    summary_texts = [s.strip() for s in summary if s.strip()]
    lead_left = LEAD_SENTENCES
    pool: list[tuple[float, int, Figure]] = []
    everything: list[Figure] = []
    for position, sentence in enumerate(sentences):
        text = sentence.text.strip()
        if not text:
            continue
        in_summary = any(text in s or s in text for s in summary_texts)
        in_lead = not sentence.heading and lead_left > 0
        if not sentence.heading:
            lead_left -= 1
        for fig in extract_quantities(sentence.text, language):
            everything.append(fig)
            weight = informativeness(fig)
            pool.append((weight + (PLACE_BONUS if in_summary or in_lead else 0.0), position, fig))
    chosen = _pick_keys(pool, options.max_figures)
    if not chosen and options.max_figures:
        chosen = [f for f in everything if f.kind == "date"][: min(options.max_figures, 2)]
    chosen_ids = {id(f) for f in chosen}
    keys = [f.model_copy(update={"key": True}) for f in chosen]
    return keys + [f for f in everything if id(f) not in chosen_ids]
