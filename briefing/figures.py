"""Key figures. (SCAFFOLD: to be completed.)"""

from __future__ import annotations

from collections.abc import Sequence

from .models import BriefingOptions, Figure
from .sentences import Sentence


def find_figures(sentences: Sequence[Sentence], *, summary: Sequence[str], options: BriefingOptions) -> list[Figure]:
    return []


def extract_quantities(sentence: str) -> list[Figure]:
    """All quantities of one sentence (used by the pipeline and by the NewsQuant evaluation)."""
    return []
