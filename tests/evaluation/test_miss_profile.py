"""The miss profile sorts gold cues into the kinds the quality report counts quotes with no speaker by."""

from __future__ import annotations

from collections import Counter

import pytest

from evaluation.miss_profile import count, cue_kind, profile_lines


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("said", "speech"),
        ("told reporters", "speech"),
        ("according to", "speech"),
        ("called", "speech"),  # a naming verb counts as speech: its subject speaks
        ("believes", "other"),
        ("wants", "other"),
        ("In", "other"),
        (":", "label"),
        (" — ", "label"),
    ],
)
def test_cue_kind(cue: str, kind: str) -> None:
    assert cue_kind(cue) == kind


def test_profile_lines_count_pairs_and_misses_per_kind() -> None:
    tally: Counter[str] = Counter()
    count(tally, "said", no_speaker=False)
    count(tally, "said", no_speaker=True)
    count(tally, "believes", no_speaker=True)
    lines = profile_lines({"tuning": tally})
    assert lines[0].startswith("| split | speech verb or phrase: no speaker / pairs")
    assert lines[2] == "| tuning | 1 / 2 (50%) | 1 / 1 (100%) | 0 / 0 |"
