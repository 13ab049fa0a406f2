"""Re-running one benchmark replaces its section of the saved report and keeps the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import common
from benchmarks.common import Section, update_report, write_report


def _section(title: str, figure: float) -> Section:
    return Section(title, f"How {title} was measured.", [{"what": title, "ms": figure}], {"ms": figure})


def test_a_rerun_replaces_only_its_section_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "RESULTS", tmp_path)
    env = {"cpu": "test cpu", "cores": "2", "python": "3.11", "platform": "linux"}
    write_report([_section("Ingest speed", 1.0), _section("Feeds", 2.0), _section("Quality", 3.0)], env, "day 1", 60.0)

    out = update_report([_section("Feeds", 9.5)], "day 2", "python -m benchmarks.run_all feeds")

    md = out.read_text(encoding="utf-8")
    assert [line for line in md.splitlines() if line.startswith("## ")] == ["## Ingest speed", "## Feeds", "## Quality"]
    assert "| Feeds | 9.5 |" in md and "| Feeds | 2 |" not in md
    assert "| Ingest speed | 1 |" in md and "| Quality | 3 |" in md
    assert "Re-run alone day 2: *Feeds* (`python -m benchmarks.run_all feeds`)." in md
    assert md.index("Re-run alone") < md.index("## Ingest speed")
    report = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert report["date"] == "day 1"
    assert report["benchmarks"]["Feeds"]["metrics"] == {"ms": 9.5}
    assert report["benchmarks"]["Quality"]["metrics"] == {"ms": 3.0}
    assert report["reruns"] == [{"date": "day 2", "sections": ["Feeds"], "command": "python -m benchmarks.run_all feeds"}]


def test_a_section_the_report_lacked_is_appended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "RESULTS", tmp_path)
    write_report([_section("Ingest speed", 1.0)], {"cpu": "c", "cores": "2", "python": "3.11", "platform": "p"}, "d1", 1.0)

    md = update_report([_section("PostgreSQL backend", 4.0)], "d2", "python -m benchmarks.run_all postgres").read_text(encoding="utf-8")

    assert [line for line in md.splitlines() if line.startswith("## ")] == ["## Ingest speed", "## PostgreSQL backend"]
