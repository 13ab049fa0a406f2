"""Deterministic synthetic news for benchmarks: Briefing objects at scale and HTML pages."""

from __future__ import annotations

import itertools
import random
from html import escape

from briefing.models import Block, Briefing, Figure, Quote

PLACES = ["Ukraine", "Kyiv", "Moscow", "Brussels", "Washington", "Beijing", "Berlin", "Paris",
          "London", "Warsaw", "Ankara", "Tokyo", "Delhi", "Nairobi", "Brasilia", "Ottawa"]
PEOPLE = ["Donald Trump", "Volodymyr Zelensky", "Rustem Umerov", "Ursula von der Leyen", "Olaf Scholz",
          "Emmanuel Macron", "Keir Starmer", "Xi Jinping", "Narendra Modi", "Jens Stoltenberg"]
THEMES = {
    "energy": ["gas", "pipeline", "electricity", "grid", "oil", "prices", "renewables"],
    "drones": ["drone", "strike", "air defence", "missiles", "airfield", "interceptors"],
    "economy": ["inflation", "rates", "central bank", "growth", "jobs", "exports"],
    "climate": ["emissions", "heatwave", "floods", "carbon", "targets", "coal"],
    "technology": ["chips", "artificial intelligence", "startups", "regulation", "data centres"],
    "elections": ["vote", "polls", "campaign", "parliament", "coalition", "ballots"],
    "health": ["hospital", "vaccine", "doctors", "outbreak", "funding"],
    "trade": ["tariffs", "exports", "shipping", "ports", "sanctions"],
}
VERBS = ["said", "announced", "warned", "reported", "confirmed", "told reporters"]

_FUNCTION_WORDS = ("the of and to a in that is for on was with he it as said at by from his an be "
                   "has have are but not were which this after who they had their been will more "
                   "its also two new than over year first last when would about").split()
_SYLLABLES = ["ka", "lo", "mer", "tis", "van", "dor", "pel", "rin", "sa", "bu", "cor", "den",
              "fa", "gil", "hom", "ja", "ket", "lun", "mo", "nor", "pra", "qui", "ros", "tel"]
VOCABULARY_SIZE = 8_000
"""Body words are drawn with Zipf frequencies (English function words at the head, invented
words below). Real news bodies share little beyond function words; an earlier fixed sentence
template made the synthetic bodies look-alikes (half of all pairs shared a SimHash band and 91%
of a 100k store was flagged near-duplicate, while CNN/DailyMail article pairs share a band ~3%
of the time, ~32 bits apart), so near-duplicate lookups and posting lists were unlike a real
store's."""
_VOCABULARY = _FUNCTION_WORDS + [a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES][
    : VOCABULARY_SIZE - len(_FUNCTION_WORDS)
]
_ZIPF = list(itertools.accumulate(1 / rank for rank in range(1, len(_VOCABULARY) + 1)))


def _sentence(rng: random.Random, theme: str) -> str:
    """12–28 Zipf words with the story's entities and theme words at random places."""
    words = rng.choices(_VOCABULARY, cum_weights=_ZIPF, k=rng.randint(12, 28))
    for insert in (rng.choice(THEMES[theme]), rng.choice(THEMES[theme]), rng.choice(PLACES),
                   rng.choice(PEOPLE), f"{rng.randint(2, 900)} {rng.choice(THEMES[theme])}"):
        if rng.random() < 0.7:
            words.insert(rng.randrange(len(words) + 1), insert)
    words.insert(rng.randrange(len(words) // 2 + 1), rng.choice(VERBS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def synthetic_briefing(i: int, rng: random.Random | None = None) -> Briefing:
    """One realistic-shaped briefing; ``i`` makes the title and body unique."""
    rng = rng or random.Random(i)
    theme = rng.choice(list(THEMES))
    place, person = rng.choice(PLACES), rng.choice(PEOPLE)
    title = f"{place} {theme} update {i}: {person} on {rng.choice(THEMES[theme])}"
    paragraphs = [_sentence(rng, theme) + " " + _sentence(rng, theme) for _ in range(rng.randint(5, 9))]
    paragraphs[0] += f" Story reference {i}-{rng.getrandbits(32)}."
    summary = tuple(p.split(". ")[0] + "." for p in paragraphs[:3])
    quote = Quote(text=f"We will keep working on {theme}", speaker=person, verb="said", key=True)
    figure = Figure(text=f"{i % 997 + 3} projects", value=float(i % 997 + 3), what="projects", kind="count", key=True)
    return Briefing(
        title=title,
        source=rng.choice(["Example Wire", "Daily Ledger", "Metro Times", "Global Post"]),
        url=f"https://news.example/{theme}/{i}",
        published="2026-11-01",
        blocks=tuple(Block(text=p) for p in paragraphs),
        summary=summary,
        quotes=(quote,),
        figures=(figure,),
        topics=(place, person, theme, rng.choice(THEMES[theme])),
    )


def synthetic_html_pages(n: int) -> list[str]:
    pages = []
    for i in range(n):
        b = synthetic_briefing(i)
        body = "".join(f"<p>{escape(p)}</p>" for p in b.paragraphs)
        pages.append(
            f"<!doctype html><html><head><title>{escape(b.title)}</title></head><body>"
            f"<nav>Home · World · Business · Sport</nav><article><h1>{escape(b.title)}</h1>{body}</article>"
            f"<aside>Most read</aside><footer>Cookie settings · Privacy</footer></body></html>"
        )
    return pages
