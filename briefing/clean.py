"""Cleanup of extracted or pasted text into blocks. (SCAFFOLD: to be completed.)"""

from __future__ import annotations

import re

from .models import Block


def clean_blocks(text: str) -> list[Block]:
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text or "")]
    return [Block(text=p) for p in paras if p]
