"""Extractive summary. (SCAFFOLD: lead-N until the summariser lands.)"""

from __future__ import annotations

from collections.abc import Sequence

from .sentences import Sentence


def summarize(sentences: Sequence[Sentence], *, title: str = "", n: int = 3) -> list[str]:
    return [s.text for s in sentences if not s.heading][:n]
