"""Where the quotes left without a speaker are, by the kind of cue the annotators marked: a verb
or phrase of our speech lexicon, another cue (a verb of a view or a wish, a noun, a preposition),
or a bare colon or dash (a transcript's or a round-up's label).

Also where the annotated speaker stands against the quote (``speaker_place``): before it in the
same sentence, in an earlier sentence of its paragraph, after it in the paragraph, inside the
annotated content, or in another paragraph.

Counts only: the held-out quarter is profiled like the others without reading a text of it. Session
21 found this way that its misses differ from the quarters read for errors not in number of
constructions but in mix: half its quotes with no speaker have a cue that is no speech verb.
Session 33 found by place that 42 of its 58 have the speaker written before the quote in
the quote's own sentence, where the quarters read for errors miss far fewer.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.speech_lexicon import DOCUMENT_VERBS, JUDGING_VERBS, SPEECH_PHRASES, SPEECH_VERBS

#: Where the annotated speaker stands, in the order the table shows them.
PLACES = (
    ("same_sentence", "before, same sentence"),
    ("earlier_sentence", "before, earlier sentence of the paragraph"),
    ("after", "after, same paragraph"),
    ("inside", "inside the content"),
    ("elsewhere", "another paragraph"),
)
#: A sentence end between speaker and quote: a stop, then a capital or an opening quote mark.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
#: The cue kinds, in the order the table shows them.
CUE_KINDS = (("speech", "speech verb or phrase"), ("other", "other cue"), ("label", "colon or dash label"))
_LEXICON = SPEECH_VERBS | JUDGING_VERBS | DOCUMENT_VERBS


def cue_kind(cue: str) -> str:
    """``speech``, ``other`` or ``label`` for a gold cue ("told" / "believes" / ":")."""
    low = cue.lower().strip()
    if low in {":", "-", "—", "–"}:
        return "label"
    if any(w in _LEXICON for w in re.findall(r"[a-z]+", low)) or any(p in low for p in SPEECH_PHRASES):
        return "speech"
    return "other"


def speaker_place(text: str, item: dict[str, object]) -> str | None:
    """Where a gold item's speaker mention stands against its content (a key of ``PLACES``);
    None when the item has no speaker span."""
    spans = item.get("speaker_spans") or []
    contents = item.get("quote_spans") or []
    if not spans or not contents:
        return None
    speaker_start, speaker_end = spans[0][0], spans[-1][1]  # type: ignore[index]
    start, end = contents[0][0], contents[-1][1]  # type: ignore[index]
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    if start <= speaker_start < end:
        return "inside"
    if paragraph_start <= speaker_start < start:
        gap = text[min(speaker_end, start) : start + 2]  # the opening mark and first letter close a sentence end
        return "earlier_sentence" if _SENTENCE_END.search(gap) else "same_sentence"
    if end <= speaker_start and (paragraph_end < 0 or speaker_start < paragraph_end):
        return "after"
    return "elsewhere"


def count(tally: Counter[str], cue: str, no_speaker: bool, place: str | None = None) -> None:
    """Count one judged pair with a known gold speaker under its cue's kind and its speaker's place."""
    kind = cue_kind(cue)
    tally[f"cue_{kind}_known"] += 1
    tally[f"cue_{kind}_none"] += no_speaker
    if place:
        tally[f"place_{place}_known"] += 1
        tally[f"place_{place}_none"] += no_speaker


def profile_lines(tallies: dict[str, Counter[str]]) -> list[str]:
    """A markdown table: per split, pairs and quotes with no speaker by cue kind."""
    return _table(tallies, "cue", CUE_KINDS)


def place_lines(tallies: dict[str, Counter[str]]) -> list[str]:
    """A markdown table: per split, pairs and quotes with no speaker by the speaker's place."""
    return _table(tallies, "place", PLACES)


def _table(tallies: dict[str, Counter[str]], prefix: str, columns: tuple[tuple[str, str], ...]) -> list[str]:
    lines = [
        "| split | " + " | ".join(f"{label}: no speaker / pairs" for _, label in columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    for name, tally in tallies.items():
        cells = []
        for kind, _ in columns:
            known, none = tally[f"{prefix}_{kind}_known"], tally[f"{prefix}_{kind}_none"]
            cells.append(f"{none} / {known} ({none / known:.0%})" if known else "0 / 0")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines
