"""Attributing each quote of a body from its own sentence first, then from what stands around it,
for ``quotes.find_quotes_detailed``.

A quote's cue is read where a reader looks for it: a transcript's label, the attribution clause
before the quote (``attribution``) or after it (``tail_attribution``), a colon introduction, a
signature, then the paragraphs around it (``cueless_quotes``); tests on the words around the quote
overrule a cue that is not the speaker's (``cue_vetoes``), and the quotes of one speaker's turn
carry that speaker over (``speaker_turns``). ``attribute_quotes`` sets each ``Found``'s raw
mention and verb; resolving them to people is ``speaker_resolution``'s.

``attribute_quotes`` runs the stages in their order, which is part of the rules: each stage only
reads on when the ones before found no speaker, or overrules them. The stages live by theme:
the cue after the quote (``tail_cues``), a judge or a signature (``judges_and_signers``), a
transcript's labels (``turn_labels``), the quote's own sentence (``sentence_cues``), the lines and
paragraphs around a bare quote (``paragraph_cues``), the last speaker's turn carried over
(``turn_carrying``), entry labels and headings (``entry_headings``), and the final checks on the
speaker found (``mention_checks``); ``quote_reading`` holds what they read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .cue_vetoes import names_no_words
from .entry_headings import read_entry, read_heading
from .found_quotes import Found, Masks
from .judges_and_signers import read_judge, read_signature
from .mention import Mention
from .mention_checks import check_mention
from .models import Block
from .names import NameRegistry
from .not_speech import listed_titles, title_cased
from .paragraph_cues import read_introducing_paragraph, read_lines_around, read_previous_paragraph
from .quote_reading import Reading, read_quote
from .sentence_cues import read_late_cues, read_sentence_before, read_sentence_cue
from .speaker_labels import opening_label
from .tail_cues import read_tail_cue
from .turn_carrying import (
    carry_into_bare_quote,
    carry_last_turn,
    carry_through_narration,
    carry_within_paragraph,
)
from .turn_labels import read_transcript_label, read_turn_label


def attribute_quotes(blocks: Sequence[Block], body: str, found: list[Found], registry: NameRegistry) -> Masks:
    """Set each quote's raw speaker mention and verb (``Found.mention``, ``Found.verb``), reading
    the quotes in order so that a turn can carry over; returns the paragraphs' masks. The stages
    below run in this order for every quote; then the whole body's passes drop titles in a list
    and words no one says, and give an open quote the speaker of the run it opens."""
    by_par: dict[int, list[Found]] = {}
    for f in found:
        by_par.setdefault(f.paragraph, []).append(f)
    masks = Masks(blocks, by_par)
    last: Found | None = None
    unnamed_runs: set[int] = set()  # parts of a run whose introduced speaker we could not name
    seen: dict[int, int] = {}
    index_in_par = []
    for f in found:
        index_in_par.append(seen.get(f.paragraph, 0))
        seen[f.paragraph] = index_in_par[-1] + 1
    inside_attribution: set[int] = set()
    inherited: set[int] = set()  # quotes whose speaker is the last turn's, carried over
    for fi, f in enumerate(found):
        if id(f) in inside_attribution:
            continue  # the "Ted Cruz" of '"…," Bill Eastland, wearing a "Ted Cruz" pin, said': nobody's words
        r = read_quote(blocks, body, found, registry, masks, by_par, fi, index_in_par[fi], last, unnamed_runs, inside_attribution)
        read_entry(r)
        read_tail_cue(r)
        read_judge(r)
        read_signature(r)
        if read_transcript_label(r):
            last = r.last
            continue
        if read_sentence_cue(r):
            continue
        read_sentence_before(r)
        carried = _carry(carry_within_paragraph, r)
        read_lines_around(r)
        read_previous_paragraph(r)
        carried = _carry(carry_last_turn, r) or carried
        read_introducing_paragraph(r)
        read_heading(r)
        read_turn_label(r)
        read_late_cues(r)
        carried = _carry(carry_into_bare_quote, r) or carried
        carried = _carry(carry_through_narration, r) or carried
        check_mention(r)
        f.mention, f.verb = r.mention, r.verb
        if carried is not None and f.mention is carried:
            inherited.add(id(f))
        if f.mention is not None:
            last = f
    by_paragraph: dict[int, list[Found]] = {}
    for f in found:
        by_paragraph.setdefault(f.paragraph, []).append(f)
    for p, quotes in by_paragraph.items():
        for run in listed_titles(masks[p], quotes) if len(quotes) >= 3 else []:
            titles = [quotes[k] for k in run]
            if not any(q.from_tail or _CROWD_VOICE.match(q.verb or "") for q in titles):
                # 'According to the promoter, expect hits including “Blue River,” “Paper Moon,”
                # “Dancing Alone” and others': titles the sentence lists, not the source's words (a
                # name and verb right after the list, '…,” Lena Hart said', keep them: she named
                # them; 'chanted' makes them slogans)
                for q in titles:
                    q.mention, q.verb = None, None
    for f in found:
        if f.mention is not None and names_no_words(blocks[f.paragraph].text, masks[f.paragraph], f):
            f.mention, f.verb = None, None
    _open_quotes_take_their_end(found, inherited)
    return masks



def _carry(stage: Callable[[Reading], None], r: Reading) -> Mention | None:
    """Run a stage that carries a turn over; the mention it carried to a quote that had none."""
    before = r.mention
    stage(r)
    return r.mention if before is None else None


#: Verbs of a crowd's voice: title-case quotes in a list after one are slogans, not titles.
_CROWD_VOICE = re.compile(r"(?i)(?:chant|shout|yell|scream|cr[yi]|roar|sing|sang|sung|chorus)")


def _open_quotes_take_their_end(found: list[Found], inherited: set[int]) -> None:
    """A quote left open at its paragraph's end runs on into the next paragraph, so it is the
    speaker's whose cue closes the run: '“I never wanted to run.' / '“But my neighbors asked me
    to,” said Lou Grant.' -> Grant for both (back over several paragraphs). Only a speaker the
    continuation read for itself: one it merely inherited from a quote before the run would be
    a guess over an unattributed quote."""
    for k in range(len(found) - 2, -1, -1):
        f, nxt = found[k], found[k + 1]
        if f.mention is not None or f.span.closed or not nxt.continues or nxt.paragraph != f.paragraph + 1:
            continue
        if f.labelled or nxt.labelled or opening_label(f.text) is not None:
            continue  # a transcript's turns ('"VIDEO: …' / '"PRUITT: …"'): each line has its own
        if nxt.mention is not None and id(nxt) not in inherited and not title_cased(f.text):
            f.mention, f.verb = nxt.mention, nxt.verb
