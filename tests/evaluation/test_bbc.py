"""The BBC held-sample reader and scorer on two invented articles (the pool is not shipped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import bbc, labelled_spans

BRIDGE = (
    "Council backs new bridge\n\nThe council approved the plan for the river crossing on Monday.\n\n"
    '"We have waited ten years for this crossing," said Nora Blake, the council leader. '
    '"It will cut every journey in half. "Traffic in the old town will finally ease for everyone," she added.\n\n'
    "The works start in spring."
)
HARBOUR = (
    "Harbour club loses again\n\nThe Harbour club lost 2-0 at home on Saturday.\n\n"
    'Coach Ivo Marsh was gloomy after the game. "We made the same mistakes again and again in the first half," he said.\n\n'
    'Fans held up a banner reading "our club is not for sale today".\n\n'
    'A club spokesman said: "The board will meet the coach next week to talk about the season."'
)
LABELS = [
    ("politics/001.txt", BRIDGE, "We have waited ten years for", "name", "Nora Blake"),
    # An invented wrong gold, so that the scorer's "wrong" is exercised.
    ("politics/001.txt", BRIDGE, "It will cut every journey in", "name", "Ivo Marsh|the coach"),
    # The third sentence of a reopened quotation; the pipeline's quote does not hold it.
    ("politics/001.txt", BRIDGE, "Traffic in the old town will", "pronoun", "Nora Blake"),
    ("sport/002.txt", HARBOUR, "We made the same mistakes again", "pronoun", "Ivo Marsh"),
    ("sport/002.txt", HARBOUR, "our club is not for sale", "notquote", ""),
    ("sport/002.txt", HARBOUR, "The board will meet the coach", "description", "a club spokesman"),
]


@pytest.fixture
def pool(tmp_path: Path) -> tuple[Path, Path]:
    for folder, text in (("politics/001.txt", BRIDGE), ("sport/002.txt", HARBOUR)):
        (tmp_path / folder).parent.mkdir(exist_ok=True)
        (tmp_path / folder).write_text(text, encoding="utf-8")
    rows = ["path\tquote_start\tquote_head\tkind\tspeaker"]
    rows += [f"{path}\t{text.index(head)}\t{head}\t{kind}\t{who}" for path, text, head, kind, who in LABELS]
    table = tmp_path / "labels.tsv"
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path, table


def test_reads_labels_with_alternatives(pool: tuple[Path, Path]) -> None:
    labels = labelled_spans.read_labels(pool[1])
    assert [label.kind for label in labels] == ["name", "name", "pronoun", "pronoun", "notquote", "description"]
    assert labels[0].start == BRIDGE.index("We have waited") and labels[4].speaker == ""
    assert labels[1].accepted() == ("Ivo Marsh", "the coach")


def test_a_reopened_sentence_belongs_to_its_whole_quotation() -> None:
    start = BRIDGE.index("Traffic in")
    first, end = labelled_spans.quotation_at(BRIDGE, start)
    assert BRIDGE[first:end] == 'It will cut every journey in half. "Traffic in the old town will finally ease for everyone,'
    first, end = labelled_spans.quotation_at(BRIDGE, BRIDGE.index("We have"))
    assert BRIDGE[first:end] == "We have waited ten years for this crossing,"


def test_scores_found_labels_and_counts_the_missed(pool: tuple[Path, Path]) -> None:
    directory, table = pool
    scored = labelled_spans.score(directory, labelled_spans.read_labels(table))
    verdicts = {v.label.head: v.verdict for _, vs in scored for v in vs}
    assert verdicts["We have waited ten years for"] == "ok"
    assert verdicts["It will cut every journey in"] == "wrong"
    assert verdicts["We made the same mistakes again"] == "ok"  # "he" -> Ivo Marsh
    assert verdicts["The board will meet the coach"] == "ok"
    assert "our club is not for sale" not in verdicts  # not a quotation: not scored
    row = labelled_spans.row(scored)
    assert row["labelled"] == 5 and row["recall"] == len(verdicts) / 5
    assert row["speaker_pairs"] == 3 and row["speaker_wrong"] == pytest.approx(1 / 3)


def test_a_label_that_does_not_fit_its_text_is_an_error(pool: tuple[Path, Path]) -> None:
    directory, table = pool
    label = labelled_spans.read_labels(table)[0]
    with pytest.raises(ValueError):
        labelled_spans.score_text(HARBOUR, [label])


def test_section_says_when_the_data_is_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_BBC_DIR", str(tmp_path))
    section = bbc.evaluate(tmp_path)
    assert section.markdown.startswith("Not run") and not section.metrics


def test_the_committed_labels_are_well_formed() -> None:
    labels = labelled_spans.read_labels(bbc.LABELS)
    assert len(labels) >= 120
    assert {label.kind for label in labels} <= {*labelled_spans.SCORED, "none", "notquote", "unsure"}
    assert all(label.accepted() for label in labels if label.kind in labelled_spans.SCORED)
    assert len({(label.path, label.start) for label in labels}) == len(labels)
