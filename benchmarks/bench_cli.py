"""The command-line door: per-page cost of ``briefbot brief --json`` over many HTML files, beside
a plain trafilatura script over the same files, both as whole processes in the same run.

Start-up (imports, interpreter) is excluded by difference: each side runs once over all N files
and once over 1 file, and the per-page cost is (T(N) − T(1)) / (N − 1). Rounds alternate the
sides (ours N, theirs N, ours 1, theirs 1) so machine noise hits both alike; the median round is
reported. This is what a user running ``briefbot brief *.html`` pays per extra page: reading and
decoding the file, extraction, the whole briefing, JSON out.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Section, html_pages
from bot.progress import Progress

TARGET_RATIO = 1.5
ROUNDS = 3
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


def _seconds(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return elapsed


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
        _seconds([*ours, names[0]], folder)
        _seconds([*theirs, names[0]], folder)
        rounds: list[dict[str, float]] = []
        for _ in Progress(range(ROUNDS), "bench cli rounds"):
            times = {
                "ours_n": _seconds([*ours, *names], folder),
                "theirs_n": _seconds([*theirs, *names], folder),
                "ours_1": _seconds([*ours, names[0]], folder),
                "theirs_1": _seconds([*theirs, names[0]], folder),
            }
            rounds.append(times)
    n = len(names)
    per_page = {
        side: statistics.median((r[f"{side}_n"] - r[f"{side}_1"]) / (n - 1) for r in rounds) for side in ("ours", "theirs")
    }
    start = {side: statistics.median(r[f"{side}_1"] for r in rounds) for side in ("ours", "theirs")}
    ratio = per_page["ours"] / per_page["theirs"]
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    table = [
        {"process": "plain trafilatura script (read file, `trafilatura.extract`, JSON line)",
         "ms/page (start-up excluded)": 1000 * per_page["theirs"], "start-up + 1 page s": start["theirs"]},
        {"process": "`briefbot brief --json` (read, decode, extract, full briefing, JSON line)",
         "ms/page (start-up excluded)": 1000 * per_page["ours"], "start-up + 1 page s": start["ours"]},
    ]  # fmt: skip
    how = (
        f"{source} written as .html files; each side run as a whole process over all {n} files and "
        f"over 1 file, per page = (T(N) − T(1)) / (N − 1), median of {ROUNDS} alternating rounds "
        f"(`benchmarks/bench_cli.py`). Per-page ratio ours / trafilatura = **{ratio:.2f}×** "
        f"(target ≤ {TARGET_RATIO}×: {verdict})."
    )
    metrics = {"ratio": ratio, "target": TARGET_RATIO, "pages": n, "rounds": rounds}
    return Section("Command-line door speed", how, table, metrics)
