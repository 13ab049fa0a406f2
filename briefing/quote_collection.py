"""Collecting a body's quotes for ``quotes``: the spans inside quote marks, paragraph by
paragraph, with the words they hold and the pull quotes' signatures.

A quote left open at its paragraph's end goes on in the next paragraph when that one opens with a
quote (``Found.continues``); a pull quote may be signed inside its marks ('“…. – Jan Novak”') or in
a paragraph of its own that closes it ('Jan Novak, NGO.”'), and the signer is its speaker when the
signature reads as a name (``can_sign``). Offsets are the body's, paragraphs joined by two
characters, so every quote is an exact slice of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found_quotes import Found
from .masked_sentences import WORD
from .models import Block
from .name_cleaning import (
    PARTICLES,
    UPPER,
)
from .quote_marks import close_before_attribution, find_marked_spans, quoted_words

#: The period of an abbreviation inside a signature ("S.C. Rep. Jim Clyburn"): after one to three
#: letters that open with a capital.
_ABBREVIATION_PERIOD = r"(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\."
#: Who signs a quote: a capital, then up to 80 characters with no sentence end or quote mark.
_SIGNER = rf"([A-Z](?:[^.!?\n“”\"]|{_ABBREVIATION_PERIOD}){{2,80}}?)"
#: A signature closing a pull quote inside its marks: ". – Volodymyr Koval", ".\nBen Jealous, NAACP."
#: A hyphen signs only set off by a space or doubled: "the U.S.-Mexico border" is no "U.S." and a
#: signer "Mexico border …".
_SIGNATURE = re.compile(rf"[.!?](?:\s*[–—]\s*|\s+--?\s*|--\s*|\s*\n){_SIGNER}\.?\s*$")
#: A signature with abbreviations in it: capitalised words, initials and titles only ("S.C. Rep.
#: Jim Clyburn"), not a sentence that happens to end the quote ("Thanks to Mr. Park").
_SIGNED_NAME = re.compile(rf"\s*[{UPPER}][\w.’'-]*(?:\s+(?:[{UPPER}][\w.’'-]*|{'|'.join(sorted(PARTICLES))}))*\s*")
#: A paragraph that only signs and closes the quote left open before it: 'Charles Dunmore,
#: Citizens for Clean Water."' (a name, perhaps an affiliation, and the closing mark).
_SIGNATURE_PARAGRAPH = re.compile(rf"\s*{_SIGNER}\.?\s*[”\"]\s*$")
#: Any quote mark at all: most paragraphs have none and skip the span search.
_ANY_MARK = re.compile("[\"'“”„«»‘’]")


def can_sign(signature: str) -> bool:
    """``signature`` (before its first comma) can sign a quote: any phrase without a period
    ("Former NAACP president Ben Jealous"), one with abbreviations only if all name-like."""
    return "." not in signature or _SIGNED_NAME.fullmatch(signature) is not None


def collect_quotes(blocks: Sequence[Block]) -> tuple[str, list[Found]]:
    texts = [b.text for b in blocks]
    body = "\n\n".join(texts)
    found: list[Found] = []
    offset = 0
    prev_open = False
    for pi, block in enumerate(blocks):
        par = block.text
        if block.kind == "paragraph" and _ANY_MARK.search(par):
            spans = find_marked_spans(par, nested=True)
            if spans:
                spans[-1] = close_before_attribution(par, spans[-1])  # '"…, said Kessel, whose …'
            for si, span in enumerate(spans):
                a, b = quoted_words(par, span)
                if not WORD.search(par[a:b]):
                    continue
                cont = si == 0 and prev_open and not par[: span.mark_start].strip()
                signed = _SIGNATURE.search(par, a, b)
                if signed is not None:  # a pull quote signed inside its marks: "…. – Jan Novak"
                    b = signed.start() + 1
                quote = Found(pi, span, par[a:b], offset + a, continues=cont)
                quote.signature = signed.group(1) if signed is not None else None
                if not span.closed and si + 1 == len(spans) and pi + 1 < len(blocks):
                    closing = _SIGNATURE_PARAGRAPH.match(blocks[pi + 1].text)  # '…\n\nJan Novak, NGO."'
                    quote.signature = closing.group(1) if closing is not None else quote.signature
                found.append(quote)
            prev_open = bool(spans) and not spans[-1].closed
        else:
            prev_open = False
        offset += len(par) + 2
    return body, found
