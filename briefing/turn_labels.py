"""A transcript's turn labels, for ``quote_attribution``: the label opening a quote
('"RAMOS: …', '"Q: …', a stage direction '“[applause]') and the label opening the turn a quote is
inside ('WELLER: No. I said last week that it was “…”').

A label opening the quote decides alone; inside a turn, the label's speaker is the one whose own
words ("I", an "A:" answer) the quote gives.
"""

from __future__ import annotations

import re

from .cue_vetoes import first_person_cue
from .masked_sentences import WORD
from .quote_reading import Reading
from .quote_signatures import signed_after
from .speaker_labels import (
    interviewee,
    is_speaker_label,
    label_mention,
    opening_label,
    qa_turn,
    turn_label,
)

#: Words that are all inside brackets or parentheses: a transcript's stage direction.
_BRACKETED_ONLY = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))\s*[.,]?\s*")
#: First-person subjects: in a transcript's turn, the label's speaker.
_FIRST_PERSON = frozenset({"i", "we"})


def read_transcript_label(r: Reading) -> bool:
    """A transcript's stage direction ('“[applause]') or turn label ('"RAMOS: …', '"Q: …')
    opening the quote: the label decides alone, so the quote is finished here (returns True) with
    ``f.labelled`` set, and the turn before does not run on through it."""
    f = r.f
    if _BRACKETED_ONLY.fullmatch(f.text):
        # '“[applause]' / '“(CROSSTALK)' between a transcript's turns: a stage direction, said
        # by nobody, and the turn before does not run on through it
        f.mention, f.verb, f.labelled = None, None, True
        return True
    label = (opening_label(f.text) or qa_turn(f.text)) if r.mention is None and (r.at_start or f.continues) else None
    if label is not None:
        labelled = label_mention(label, f.paragraph, r.blocks, r.body)
        if label == "A":
            labelled = interviewee(r.blocks, f.paragraph)  # '“A: Not while I sit …' after 'We spoke with …'
        if labelled is None and r.at_start and not WORD.search(r.masked) and f.paragraph + 1 < len(r.blocks) and "(@" in r.masks[f.paragraph + 1]:
            # '“BREAKING: …”' / '— Ann Weller (@annweller) May 9, 2016': an embedded post opening on a
            # label word is still signed by its account
            labelled = signed_after(" " + r.masks[f.paragraph + 1])
        if labelled is not None or not is_speaker_label(label):
            # a transcript's turn, '"RAMOS: Secretary Clinton, …': the label is the speaker;
            # '"Q: …' / '"VIDEO: …' is nobody's, and not the previous turn's speaker either
            f.mention, f.verb, f.labelled = labelled, None, True
            r.last = f if labelled is not None else r.last
            return True
    return False


def read_turn_label(r: Reading) -> None:
    """A quote inside a transcript's turn ('WELLER: No. I said last week that it was “…”'): the
    label's speaker when the turn quotes its own words ("I", an "A:" answer), also over a cue
    farther from the quote than the label's own "I think"."""
    f = r.f
    opening_turn = turn_label(r.blocks[f.paragraph].text) if not r.at_start else None
    turn_words = r.masked[opening_turn[1] : f.span.mark_start] if opening_turn is not None else ""
    own_cue = first_person_cue(turn_words)
    # 'CLINTON: He says that every time he is losing, and I think “…”': the cue nearest the
    # quote is the label's own "I think", not the "he says" before it
    own_nearer = own_cue and r.mention is not None and not f.from_tail and r.judge is None
    if (r.mention is None or own_nearer or r.mention.kind == "pronoun" and r.mention.text.lower() in _FIRST_PERSON) and not r.at_start:
        # 'WELLER: No. I said last week that it was “…”': the label quotes its own words, "I"
        # (not the turn before's speaker, whom the fallbacks would give); other quotes inside
        # a turn cite someone ('REYES: The memo calls it “…”'). A label right before the
        # quote is a headline's or a round-up's, read above.
        answering = opening_turn is not None and opening_turn[0] == "A"
        if opening_turn is not None and (own_cue or answering and not WORD.search(turn_words)):
            # an "A:" turn is the interviewee's ('We spoke with Ann Weller …' / 'Q: …' / 'A: …')
            answer = interviewee(r.blocks, f.paragraph) if answering else None
            r.mention = answer or label_mention(opening_turn[0], f.paragraph, r.blocks, r.body) or r.mention
