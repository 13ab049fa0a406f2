"""A quote under construction and its article's masked paragraphs: the two things every stage of
``find_quotes`` (collect, attribute, resolve) passes along.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .masking import mask_paragraph
from .mention import Mention
from .models import Block, SpeakerKind
from .quote_marks import MarkedSpan


@dataclass
class Found:
    """A quote under construction, with the raw speaker mention kept for evaluation."""

    paragraph: int
    span: MarkedSpan
    text: str
    start: int  # offset in the body
    mention: Mention | None = None
    speaker: str | None = None
    kind: SpeakerKind | None = None
    verb: str | None = None
    continues: bool = False  # continues an unclosed quote of the previous paragraph
    from_tail: bool = False  # attributed by the clause right after it ('"…," she said')
    signature: str | None = None  # "Jan Novak" of a pull quote signed inside its marks
    labelled: bool = False  # a transcript's turn, '"RAMOS: …': its speaker is the label
    mentioned_at: int | None = None  # where a pronoun mention read from an earlier sentence stands


def block_offsets(blocks: Sequence[Block]) -> list[int]:
    """Where each block starts in the body the quote stage reads (the blocks' texts joined by blank
    lines), and last where one more would start: a ``Found.start`` minus its paragraph's offset is
    an index into that paragraph."""
    offsets = [0]
    for block in blocks:
        offsets.append(offsets[-1] + len(block.text) + 2)
    return offsets


#: A list item's bullet or number right before the quote that opens it ("• “Safe staffing.”",
#: "2. “A pay rise.”"): page furniture, no words of the paragraph's own.
_BULLET_BEFORE_QUOTE = re.compile(r"^\s*(?:[•·▪►‣◦*-]|\d{1,2}[.)])\s+(?=[“\"])")


class Masks:
    """Each paragraph's text with its quotes masked (``mask_paragraph``), masked on first use:
    the rules read a quote's own paragraph and sometimes a neighbour, the pronoun index a few
    paragraphs back, so most paragraphs are never masked (~0.1 ms a page)."""

    def __init__(self, blocks: Sequence[Block], by_par: dict[int, list[Found]]) -> None:
        self._blocks = blocks
        self._by_par = by_par
        self._masked: dict[int, str] = {}

    def __getitem__(self, p: int) -> str:
        masked = self._masked.get(p)
        if masked is None:
            if not 0 <= p < len(self._blocks):
                raise KeyError(p)
            masked = mask_paragraph(self._blocks[p].text, [f.span for f in self._by_par.get(p, [])])
            # blanked, so an item of a list of quotes reads as a quote standing alone: the list's
            # colon introduction ("She listed her demands:") gives its speaker
            masked = _BULLET_BEFORE_QUOTE.sub(lambda m: " " * len(m.group()), masked)
            self._masked[p] = masked
        return masked

    def get(self, p: int) -> str | None:
        """The masked paragraph, or None where there is no paragraph ``p``."""
        return self[p] if 0 <= p < len(self._blocks) else None
