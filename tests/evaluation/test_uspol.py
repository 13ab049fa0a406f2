"""The US-politics samples: the pool builder on invented sources, and the section's wiring."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

from evaluation import labelled_spans, uspol, uspol_pool

CAMPAIGN = "The senator toured three counties on Tuesday and spoke to farmers about water rights and grain prices."
POLNEAR_TEXT = "A governor signed the budget late on Friday after a long fight with the legislature over school funding."


@pytest.fixture
def sources(tmp_path: Path) -> tuple[Path, Path, Path]:
    tji = tmp_path / "tji"
    for folder in uspol_pool._FOLDERS.values():
        (tji / folder).mkdir(parents=True)
    real = tji / uspol_pool._FOLDERS["bf"]
    (real / "1_Real.txt").write_bytes(
        ("Farm tour\r\n\r\n" + CAMPAIGN + " “We need rain,” he said.").encode("cp1252")
    )
    (real / "2_Real.txt").write_text(POLNEAR_TEXT, encoding="utf-8")  # shares its text with PolNeAR
    (tji / uspol_pool._FOLDERS["rnd"] / "7_Real.txt").write_text(
        "Copy of the tour. " + CAMPAIGN, encoding="utf-8"
    )
    table = tmp_path / "forn.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "title", "text", "label"])
        writer.writerow(
            [
                "31",
                "Port vote",
                "The harbour board voted to widen the channel for larger ships next spring.",
                "REAL",
            ]
        )
        writer.writerow(
            [
                "32",
                "Aliens",
                "Aliens landed in the city last night, a blog said without any evidence at all.",
                "FAKE",
            ]
        )
    polnear = tmp_path / "polnear.jsonl"
    polnear.write_text(
        json.dumps({"id": 1, "text": "Intro. " + POLNEAR_TEXT}) + "\n", encoding="utf-8"
    )
    return tji, table, polnear


def test_builds_the_pool_leaving_out_polnear_text_and_duplicates(
    sources: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "pool"
    kept, from_polnear, duplicates = uspol_pool.build(*sources, out)
    assert (kept, from_polnear, duplicates) == (2, 1, 1)
    names = (out / "T.list").read_text().split() + (out / "H.list").read_text().split()
    assert sorted(names) == ["forn_31.txt", "tji_bf_1_Real.txt"]
    for name in names:
        assert (
            name
            in (
                out / ("T.list", "H.list")[int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2]
            ).read_text()
        )
    # cp1252 curly marks decoded, CRLF made LF; a fake row is not taken.
    assert (out / "tji_bf_1_Real.txt").read_text(encoding="utf-8").startswith("Farm tour\n\n")
    assert "“We need rain,” he said." in (out / "tji_bf_1_Real.txt").read_text(encoding="utf-8")
    assert (
        (out / "forn_31.txt")
        .read_text(encoding="utf-8")
        .startswith("Port vote\n\nThe harbour board")
    )


def test_section_says_when_the_pool_is_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFBOT_USPOL_DIR", str(tmp_path))
    section = uspol.evaluate(tmp_path)
    assert section.markdown.startswith("Not run") and not section.metrics


@pytest.mark.parametrize("half", sorted(uspol.HALVES))
def test_the_committed_labels_are_well_formed(half: str) -> None:
    labels = labelled_spans.read_labels(uspol.HALVES[half])
    assert len(labels) == 180
    assert {label.kind for label in labels} <= set(labelled_spans.KINDS)
    assert all(label.accepted() for label in labels if label.kind in labelled_spans.SCORED)
    assert all(not label.speaker for label in labels if label.kind not in labelled_spans.SCORED)
    assert len({(label.path, label.start) for label in labels}) == len(labels)
    assert all(
        label.path.startswith(("tji_", "forn_")) and label.path.endswith(".txt") for label in labels
    )
