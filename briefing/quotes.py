"""Quotes with speakers: find quoted spans, attribute them, flag scare quotes, pick key quotes.

Quote texts are slices of the clean body, so they are always exact substrings of it. A quote
that runs over several paragraphs (news style: no closing mark, next paragraph opens again)
becomes one ``Quote`` per paragraph part, all with the same speaker.

Stages, each in its own module: collect the marked spans (``quote_collection``), drop quotes
that are no one's speech (``not_speech``), attribute each quote from its sentence
(``quote_attribution``, with the sentence readers of ``attribution`` and its siblings, the vetoes
of ``cue_vetoes``, ``cueless_quotes`` for a quote no cue attributes, and ``speaker_turns`` for
carrying a speaker over), echo headline quotes (``headline_echo``), and resolve mentions to people
(``speaker_resolution``); here they run in order, and the found quotes become ``Quote``s, scare
quotes flagged and key quotes picked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .collection_leads import carry_collection_speakers
from .found_quotes import Found, block_offsets
from .headline_echo import echo_headline_speakers, echo_pull_quotes
from .key_quotes import pick_key_quotes
from .masked_sentences import (
    WORD,
)
from .models import Block, BriefingOptions, Quote
from .name_cleaning import (
    Nickname,
    mark_nicknames,
    unmark_nicknames,
)
from .names import NameRegistry
from .not_speech import (
    title_cased,
)
from .quote_attribution import attribute_quotes
from .quote_collection import collect_quotes
from .shouted_text import mixed_case_view, shouted_label, view_blocks
from .speaker_resolution import parse_speakers, resolve_speakers


def _blank_quotes(body: str, found: list[Found]) -> str:
    """The body with quoted words blanked: a "she" inside a quote says nothing of its speaker. A
    quote's closing period stays, so the sentence it ends still ends there: "Tom Kline, her
    opponent, said the race was “far from over.” She added: …" gives Kline no "she" vote."""
    parts, at = [], 0
    for f in found:
        kept = len(f.text) - len(f.text.rstrip(".!?"))
        parts += [body[at : f.start], " " * (len(f.text) - kept), f.text[len(f.text) - kept :]]
        at = f.start + len(f.text)
    return "".join([*parts, body[at:]])


def _read_capitals_as_mixed_case(blocks: Sequence[Block], body: str, found: list[Found]) -> tuple[Sequence[Block], str]:
    """The blocks and body the attribution rules read: text in capitals outside the quotes
    re-cased as mixed-case text writes it ("SEN. JOHN SMITH SAID" -> "Sen. John Smith said", see
    ``shouted_text``); the same objects when nothing is in capitals. Offsets and quote texts hold."""
    starts = block_offsets(blocks)
    quoted = [(starts[f.paragraph] + f.span.mark_start, starts[f.paragraph] + f.span.mark_end) for f in found]
    view = mixed_case_view(blocks, quoted)
    if view == body:
        return blocks, body
    return view_blocks(blocks, view), view


def _label_shouted_names(written: Sequence[Block], view: Sequence[Block], found: list[Found]) -> None:
    """A quote no rule attributed, after a name in capitals that is all its sentence ("JOHN SMITH
    “…”"): that name's (``shouted_label``)."""
    for f in found:
        if f.mention is None and not f.continues:
            mention = shouted_label(written[f.paragraph].text[: f.span.mark_start], view[f.paragraph].text[: f.span.mark_start])
            if mention is not None:
                f.mention = mention


def find_quotes_detailed(
    blocks: Sequence[Block], *, options: BriefingOptions
) -> list[tuple[Quote, str | None]]:
    """Quotes in text order with the raw speaker mention each was attributed from."""
    written = "\n\n".join(b.text for b in blocks)
    nicknames: list[Nickname] = []
    if any(mark in written for mark in "“\"‘'"):
        unmarked = []
        for block in blocks:  # 'Robert “Bobby” Scott said': a name, no quote (offsets kept)
            text, found_here = unmark_nicknames(block.text)
            nicknames += found_here
            unmarked.append(block if not found_here else Block(kind=block.kind, text=text))
        blocks = unmarked
    body, found = collect_quotes(blocks)
    if not found:
        return []
    written_blocks = blocks
    blocks, body = _read_capitals_as_mixed_case(blocks, body, found)
    registry = NameRegistry(body, [(f.start - 1, f.start + len(f.text) + 1) for f in found])
    masks = attribute_quotes(blocks, body, found, registry)
    carry_collection_speakers(body, found)  # 'Following is a collection of quotes from Ann Weller: On Taxes: “…”'
    if blocks is not written_blocks:
        _label_shouted_names(written_blocks, blocks, found)
    if options.parse_fallback:
        parse_speakers(blocks, found, options)
    for f in found:
        if f.mention is not None and f.mention.kind == "name" and registry.is_proper_name(f.mention.text, f.start):
            registry.add_person(registry.fullest(f.mention.text, f.start + 1))
    registry.learn_genders(_blank_quotes(body, found))
    resolve_speakers(blocks, found, masks, registry)
    echo_headline_speakers(blocks, found, registry, body)
    echo_pull_quotes(blocks, found)
    quotes: list[Quote] = []
    mentions: list[str | None] = []
    for f in found:
        par = blocks[f.paragraph].text
        words = len(WORD.findall(f.text))
        before = par[max(0, f.span.mark_start - 2) : f.span.mark_start]
        embedded = bool(re.search(r"[a-z]\s?$", before))  # 'was "playing with fire"'
        if title_cased(f.text) and f.mention is None:
            continue  # titles of works, slogans, nicknames
        # Scare quote: shorter than the option, or a fragment woven into the sentence right after
        # a lower-case word ('was "playing with fire"') shorter than twice the option.
        scare = words < options.scare_quote_max_words or (
            embedded and not f.continues and words < 2 * options.scare_quote_max_words
        )
        if nicknames:
            f.text = written[f.start : f.start + len(f.text)]  # a nickname quoted inside the quote keeps its marks
            f.speaker = mark_nicknames(f.speaker, nicknames) if f.speaker else f.speaker
        quotes.append(
            Quote(
                text=f.text,
                speaker=f.speaker,
                speaker_kind=f.kind,
                speaker_mention=mark_nicknames(f.mention.text, nicknames) if f.mention is not None and f.speaker else None,
                verb=f.verb,
                scare=scare,
                paragraph=f.paragraph,
            )
        )
        mentions.append(mark_nicknames(f.mention.text, nicknames) if f.mention else None)
    return list(zip(pick_key_quotes(quotes, options), mentions, strict=True))


def find_quotes(blocks: Sequence[Block], *, options: BriefingOptions) -> list[Quote]:
    """Every quote of the body in text order; up to ``options.max_quotes`` flagged ``key``.

    Never raises: a failure on odd input yields no quotes rather than a broken briefing.
    """
    try:
        return [q for q, _ in find_quotes_detailed(blocks, options=options)]
    except Exception:
        return []
