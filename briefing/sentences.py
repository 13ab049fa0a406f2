"""Sentence splitting. (SCAFFOLD: to be completed.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from .models import Block


class Sentence(BaseModel):
    model_config = ConfigDict(frozen=True)
    text: str
    block: int
    """Index of the block (paragraph or heading) the sentence is in."""
    index: int
    """Position of the sentence in the whole article (0-based)."""
    heading: bool = False


def split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.strip()) if s]


def split_blocks(blocks: Sequence[Block]) -> list[Sentence]:
    out: list[Sentence] = []
    for bi, block in enumerate(blocks):
        for s in split_sentences(block.text):
            out.append(Sentence(text=s, block=bi, index=len(out), heading=block.kind == "heading"))
    return out
