"""The miss profile sorts gold cues into the kinds the quality report counts quotes with no speaker by."""

from __future__ import annotations

from collections import Counter

import pytest

from evaluation.miss_profile import count, cue_kind, place_lines, profile_lines, speaker_place


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


def _item(text: str, speaker: str, content: str) -> dict[str, object]:
    s, c = text.index(speaker), text.index(content)
    return {"speaker_spans": [[s, s + len(speaker)]], "quote_spans": [[c, c + len(content)]]}


@pytest.mark.parametrize(
    ("text", "speaker", "content", "place"),
    [
        ("Kell believes “the vote was rigged from the start.”", "Kell", "“the vote was rigged from the start.”", "same_sentence"),
        ("Kell was blunt. “The vote was rigged from the start.”", "Kell", "“The vote was rigged from the start.”", "earlier_sentence"),
        ("“The vote was rigged from the start,” Kell said.", "Kell", "“The vote was rigged from the start,”", "after"),
        ("“The vote,” Kell said, “was rigged.”", "Kell", "“The vote,” Kell said, “was rigged.”", "inside"),
        ("Kell spoke.\n“The vote was rigged from the start.”", "Kell", "“The vote was rigged from the start.”", "elsewhere"),
    ],
)
def test_speaker_place(text: str, speaker: str, content: str, place: str) -> None:
    assert speaker_place(text, _item(text, speaker, content)) == place


def test_place_lines_count_only_pairs_with_a_place() -> None:
    tally: Counter[str] = Counter()
    count(tally, "said", no_speaker=True, place="same_sentence")
    count(tally, "said", no_speaker=False)
    assert speaker_place("x", {"speaker_spans": [], "quote_spans": [[0, 1]]}) is None
    lines = place_lines({"B": tally})
    assert lines[0].startswith("| split | before, same sentence: no speaker / pairs")
    assert lines[2] == "| B | 1 / 1 (100%) | 0 / 0 | 0 / 0 | 0 / 0 | 0 / 0 |"
