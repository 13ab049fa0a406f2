"""Quotes with speakers. (SCAFFOLD: to be completed.)"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Block, BriefingOptions, Quote


def find_quotes(blocks: Sequence[Block], *, options: BriefingOptions) -> list[Quote]:
    return []
