"""One hand-written attribution case and how the suite runs it (``attribution_cases.py`` and
the modules it gathers cases from)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.models import Block, BriefingOptions, Quote
from briefing.quotes import find_quotes

Accepted = str | None | tuple[str | None, ...]


@dataclass(frozen=True)
class Case:
    pattern: str
    text: str
    quote: str
    """The first words of the quote (its text starts with them)."""
    speaker: Accepted
    kind: str | None = None

    @property
    def accepted(self) -> tuple[str | None, ...]:
        return self.speaker if isinstance(self.speaker, tuple) else (self.speaker,)


def cases(pattern: str, rows: list[tuple[str, str, Accepted] | tuple[str, str, Accepted, str]]) -> list[Case]:
    """Cases of one pattern from rows of (text, start of the quote, accepted speakers[, kind])."""
    return [Case(pattern, text.strip(), quote, speaker, *rest) for text, quote, speaker, *rest in rows]


def predict(case: Case) -> Quote | None:
    """Our quote for ``case`` (the one whose text starts with ``case.quote``), if we find it."""
    blocks = [Block(text=p.strip()) for p in case.text.split("\n\n") if p.strip()]
    quotes = find_quotes(blocks, options=BriefingOptions())
    return next((q for q in quotes if q.text.startswith(case.quote)), None)
