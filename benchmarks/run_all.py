"""``make bench``: run every benchmark and write benchmarks/results/latest.md (+ latest.json).

Usage: python -m benchmarks.run_all [NAME ...]   (names: ingest store broadcast memory quality)
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from datetime import UTC, datetime

from benchmarks.common import Section, environment, write_report

BENCHMARKS = ("ingest", "store", "broadcast", "memory", "quality")


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
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
        try:
            sections.append(importlib.import_module(f"benchmarks.bench_{name}").run())
        except Exception:  # a broken benchmark is reported, the others still run
            failed = True
            sections.append(Section(name, "FAILED:\n\n```\n" + traceback.format_exc() + "```", []))
        print(f"   {name}: {time.monotonic() - t:.0f} s", file=sys.stderr, flush=True)
    out = write_report(sections, environment(), started, time.monotonic() - t0)
    print(out.read_text(encoding="utf-8"))
    print(f"saved {out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
