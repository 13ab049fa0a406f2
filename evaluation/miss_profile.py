"""Where the quotes left without a speaker are, by the kind of cue the annotators marked: a verb
or phrase of our speech lexicon, another cue (a verb of a view or a wish, a noun, a preposition),
or a bare colon or dash (a transcript's or a round-up's label).

Counts only: the held-out quarter is profiled like the others without reading a text of it. Session
21 found this way that its misses differ from the quarters read for errors not in number of
constructions but in mix: half its quotes with no speaker have a cue that is no speech verb.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.speech_lexicon import DOCUMENT_VERBS, JUDGING_VERBS, SPEECH_PHRASES, SPEECH_VERBS

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


def count(tally: Counter[str], cue: str, no_speaker: bool) -> None:
    """Count one judged pair with a known gold speaker under its cue's kind."""
    kind = cue_kind(cue)
    tally[f"cue_{kind}_known"] += 1
    tally[f"cue_{kind}_none"] += no_speaker


def profile_lines(tallies: dict[str, Counter[str]]) -> list[str]:
    """A markdown table: per split, pairs and quotes with no speaker by cue kind."""
    lines = [
        "| split | " + " | ".join(f"{label}: no speaker / pairs" for _, label in CUE_KINDS) + " |",
        "|---|" + "---|" * len(CUE_KINDS),
    ]
    for name, tally in tallies.items():
        cells = []
        for kind, _ in CUE_KINDS:
            known, none = tally[f"cue_{kind}_known"], tally[f"cue_{kind}_none"]
            cells.append(f"{none} / {known} ({none / known:.0%})" if known else "0 / 0")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines
