"""Choosing the key quotes of a briefing among all quotes found (see ``quotes.find_quotes``)."""

from __future__ import annotations

from collections.abc import Callable

from .models import BriefingOptions, Quote


def pick_key_quotes(quotes: list[Quote], options: BriefingOptions) -> list[Quote]:
    """Substantive attributed quotes, one per speaker first, earlier first.

    Tiers, best first: whole quoted sentences of some length, then any quote of some length,
    then any attributed non-scare quote; each tier is tried with distinct speakers first.
    """
    chosen: set[int] = set()
    min_words = 2 * options.scare_quote_max_words
    tiers: list[Callable[[Quote], bool]] = [
        lambda q: len(q.text.split()) >= 2 * min_words and q.text[:1].isupper(),
        lambda q: len(q.text.split()) >= 2 * min_words,
        lambda q: len(q.text.split()) >= min_words,
        lambda q: True,
    ]
    for diverse in (True, False):
        for tier in tiers:
            speakers = {quotes[i].speaker for i in chosen}
            for i, q in enumerate(quotes):
                if len(chosen) >= options.max_quotes:
                    break
                if i in chosen or q.scare or not q.speaker or not tier(q):
                    continue
                if diverse and q.speaker in speakers:
                    continue
                chosen.add(i)
                speakers.add(q.speaker)
    return [q.model_copy(update={"key": True}) if i in chosen else q for i, q in enumerate(quotes)]
