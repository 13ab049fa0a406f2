"""The command-line door: per-page cost of ``briefbot brief --json`` over many HTML files, beside
a plain trafilatura script over the same files, both as whole processes in the same run.

Start-up (imports, interpreter) is excluded by difference: each side runs once over all N files
and once over 1 file, and the per-page cost is (T(N) − T(1)) / (N − 1). T is the child's CPU
time (user + system, from ``wait4``); wall time is reported beside it. Rounds alternate the sides
(ours N, theirs N, ours 1, theirs 1) so what noise remains hits both alike, and the ratio is the
median of the rounds' own ratios: on a shared machine the CPU time of the same work still moves
from round to round (our 94 files took 5.9, 7.6 and 7.8 s of CPU in three rounds of one run while
trafilatura's moved less), so each round's pair is compared with itself, over five rounds.
This is what a user running ``briefbot brief *.html`` pays per extra page: reading and decoding
the file, extraction, the whole briefing, JSON out.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from benchmarks.common import Section, html_pages
from bot.progress import Progress

TARGET_RATIO = 1.5
ROUNDS = 5
REPO = Path(__file__).resolve().parents[1]

#: The baseline: what someone would write to get article text out of the same files.
PLAIN_TRAFILATURA = """\
import json, sys
import trafilatura
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        html = f.read()
    print(json.dumps({"path": path, "text": trafilatura.extract(html)}, ensure_ascii=False))
"""


class Timing(NamedTuple):
    cpu: float
    wall: float


def _run(command: list[str], cwd: Path) -> Timing:
    """CPU (user + system) and wall seconds of one child process."""
    started = time.perf_counter()
    with subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as child:
        assert child.stderr is not None
        err = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {child.returncode}: {err.decode()[-500:]}")
    return Timing(usage.ru_utime + usage.ru_stime, wall)


def run() -> Section:
    pages, source = html_pages()
    with tempfile.TemporaryDirectory(prefix="briefbot-cli-bench-") as tmp:
        folder = Path(tmp)
        names = []
        for i, page in enumerate(pages):
            name = f"page{i:04d}.html"
            (folder / name).write_text(page, encoding="utf-8")
            names.append(name)
        (folder / "plain_trafilatura.py").write_text(PLAIN_TRAFILATURA, encoding="utf-8")
        ours = [sys.executable, "-m", "bot", "brief", "--json"]
        theirs = [sys.executable, str(folder / "plain_trafilatura.py")]
        # warm the OS file cache and Python's bytecode caches for both sides
        _run([*ours, names[0]], folder)
        _run([*theirs, names[0]], folder)
        rounds: list[dict[str, Timing]] = []
        for _ in Progress(range(ROUNDS), "bench cli rounds"):
            rounds.append({
                "ours_n": _run([*ours, *names], folder),
                "theirs_n": _run([*theirs, *names], folder),
                "ours_1": _run([*ours, names[0]], folder),
                "theirs_1": _run([*theirs, names[0]], folder),
            })  # fmt: skip
    n = len(names)

    def per_page(side: str, clock: str) -> float:
        return statistics.median(
            (getattr(r[f"{side}_n"], clock) - getattr(r[f"{side}_1"], clock)) / (n - 1) for r in rounds
        )

    def start(side: str) -> float:
        return statistics.median(r[f"{side}_1"].cpu for r in rounds)

    def round_ratio(r: dict[str, Timing], clock: str) -> float:
        return (getattr(r["ours_n"], clock) - getattr(r["ours_1"], clock)) / (
            getattr(r["theirs_n"], clock) - getattr(r["theirs_1"], clock)
        )

    ratios = [round_ratio(r, "cpu") for r in rounds]
    ratio = statistics.median(ratios)
    wall_ratio = statistics.median(round_ratio(r, "wall") for r in rounds)
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    table = [
        {"process": "plain trafilatura script (read file, `trafilatura.extract`, JSON line)",
         "CPU ms/page": 1000 * per_page("theirs", "cpu"), "wall ms/page": 1000 * per_page("theirs", "wall"),
         "start-up + 1 page, CPU s": start("theirs")},
        {"process": "`briefbot brief --json` (read, decode, extract, full briefing, JSON line)",
         "CPU ms/page": 1000 * per_page("ours", "cpu"), "wall ms/page": 1000 * per_page("ours", "wall"),
         "start-up + 1 page, CPU s": start("ours")},
    ]  # fmt: skip
    how = (
        f"{source} written as .html files; each side run as a whole process over all {n} files and "
        f"over 1 file, per page = (T(N) − T(1)) / (N − 1) with T the child's CPU time, median of "
        f"{ROUNDS} alternating rounds (`benchmarks/bench_cli.py`). Per-page ratio ours / trafilatura, "
        f"median of the rounds' own ratios = **{ratio:.2f}×** CPU (wall {wall_ratio:.2f}×; target ≤ "
        f"{TARGET_RATIO}×: {verdict}); rounds: {', '.join(f'{r:.2f}' for r in ratios)}."
    )
    metrics = {
        "ratio": ratio, "round_ratios": ratios, "wall_ratio": wall_ratio, "target": TARGET_RATIO, "pages": n,
        "rounds": [{k: t._asdict() for k, t in r.items()} for r in rounds],
    }  # fmt: skip
    return Section("Command-line door speed", how, table, metrics)
