"""Ingest speed: the full briefing pipeline vs ``trafilatura.extract`` alone on the same pages.

Both run in the same process, interleaved page by page (A, B, A, B …) over several rounds so
machine noise hits both sides alike; the ratio is what we report and compare to the target.
"""

from __future__ import annotations

import time

import trafilatura

from benchmarks.common import Section, html_pages
from bot.progress import Progress
from briefing import brief_html

TARGET_RATIO = 1.5
ROUNDS = 3


def run() -> Section:
    pages, source = html_pages()
    # Warm-up: imports, regex compilation, trafilatura's caches.
    for page in pages[:3]:
        brief_html(page)
        trafilatura.extract(page)
    ours = baseline = 0.0
    for _ in Progress(range(ROUNDS), "bench ingest rounds"):
        for page in pages:
            t0 = time.perf_counter()
            trafilatura.extract(page)
            t1 = time.perf_counter()
            brief_html(page)
            t2 = time.perf_counter()
            baseline += t1 - t0
            ours += t2 - t1
    n = len(pages) * ROUNDS
    ratio = ours / baseline
    table = [
        {"pipeline": "trafilatura.extract alone", "pages/s": n / baseline, "ms/page": 1000 * baseline / n},
        {"pipeline": "briefbot full briefing (extract + clean + summary + quotes + figures + topics)",
         "pages/s": n / ours, "ms/page": 1000 * ours / n},
    ]
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    how = (
        f"{source}, {ROUNDS} rounds, interleaved per page in one process "
        f"(`benchmarks/bench_ingest.py`). Time ratio ours / trafilatura = **{ratio:.2f}×** "
        f"(target ≤ {TARGET_RATIO}×: {verdict})."
    )
    return Section("Ingest speed", how, table, {"ratio": ratio, "target": TARGET_RATIO, "pages": len(pages)})
