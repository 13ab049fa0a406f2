"""``make bench``: run every benchmark and write benchmarks/results/latest.md (+ latest.json).

Usage: python -m benchmarks.run_all [--fresh] [NAME ...]   (names: ingest cli store postgres broadcast memory quality feeds)

With names, only those sections of the saved report are replaced (and the report says so); with
``--fresh`` or when no report exists, the report holds just the sections run.

Each benchmark runs in a fresh Python process: one benchmark's leftovers (parsed pages, loaded
libraries, a large heap) would otherwise make the next one's garbage collections slower and
show up in its latency percentiles.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import RESULTS, Section, environment, update_report, write_report

BENCHMARKS = ("ingest", "cli", "store", "postgres", "broadcast", "memory", "quality", "feeds")


def _run_here(name: str, out: Path) -> int:
    """Child process: run one benchmark and write its Section (or the failure) as JSON."""
    try:
        section, code = importlib.import_module(f"benchmarks.bench_{name}").run(), 0
    except Exception:  # a broken benchmark is reported, the others still run
        section, code = Section(name, "FAILED:\n\n```\n" + traceback.format_exc() + "```", []), 1
    out.write_text(json.dumps(dataclasses.asdict(section), default=str), encoding="utf-8")
    return code


def _run_isolated(name: str) -> tuple[Section, bool]:
    with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp:
        out = Path(tmp) / "section.json"
        child = subprocess.run([sys.executable, "-m", "benchmarks.run_all", "--one", name, str(out)], check=False)
        if not out.exists():
            return Section(name, f"FAILED: the benchmark process exited with {child.returncode}.", []), True
        return Section(**json.loads(out.read_text(encoding="utf-8"))), child.returncode != 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"] and len(argv) == 3:
        return _run_here(argv[1], Path(argv[2]))
    fresh = "--fresh" in argv
    names = [a for a in argv if a != "--fresh"] or list(BENCHMARKS)
    unknown = set(names) - set(BENCHMARKS)
    if unknown:
        print(f"unknown benchmark(s): {', '.join(sorted(unknown))}; choose from {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    t0 = time.monotonic()
    sections: list[Section] = []
    failed = False
    for name in names:
        print(f"== {name}", file=sys.stderr, flush=True)
        t = time.monotonic()
        section, section_failed = _run_isolated(name)
        sections.append(section)
        failed |= section_failed
        print(f"   {name}: {time.monotonic() - t:.0f} s", file=sys.stderr, flush=True)
    partial = set(names) != set(BENCHMARKS) and not fresh and (RESULTS / "latest.json").exists()
    if partial:
        out = update_report(sections, started, "python -m benchmarks.run_all " + " ".join(names))
    else:
        out = write_report(sections, environment(), started, time.monotonic() - t0)
    print(out.read_text(encoding="utf-8"))
    print(f"saved {out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
