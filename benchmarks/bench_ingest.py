"""Ingest speed: the full briefing pipeline vs ``trafilatura.extract`` alone on the same pages.

Both run in the same process, interleaved page by page (A, B, A, B …) over several rounds so
machine noise hits both sides alike; the ratio is what we report and compare to the target.
Before each round both sides forget what their bounded caches learned about the pages (stems,
name keys, sentence answers): a bot never briefs the same page twice, so a later round must not
be served from answers about the same pages. Unbounded caches (compiled patterns, word lists,
extractor settings) are set-up a running bot keeps, and stay.

When spaCy and its English model are installed, a third side runs the same pages with
``PARSE_FALLBACK`` on, so the cost of the optional parse last resort is measured in the same run
(the loaded model is set-up, like the word lists).
"""

from __future__ import annotations

import functools
import sys
import time

import trafilatura

from benchmarks.common import Section, html_pages
from bot.progress import Progress
from briefing import brief_html
from briefing.models import BriefingOptions
from briefing.parse_fallback import load_parser

TARGET_RATIO = 1.5
ROUNDS = 3
#: Top-level packages whose bounded caches are emptied before each round: ours and trafilatura's.
CACHED_PACKAGES = frozenset({"briefing", "trafilatura", "courlan", "htmldate", "justext"})
#: Bounded caches that hold set-up, not answers about pages: a language's stop list, date formats.
SET_UP_CACHES = frozenset(
    {"justext.core.define_stoplist", "htmldate.validators.is_valid_format", "briefing.parse_fallback.load_parser"}
)
WITH_PARSE = BriefingOptions(parse_fallback=True)


def page_caches(packages: frozenset[str] = CACHED_PACKAGES) -> list[functools._lru_cache_wrapper[object]]:
    """The module-level ``lru_cache(maxsize=N)`` functions of ``packages`` (already imported)."""
    found: dict[int, functools._lru_cache_wrapper[object]] = {}
    for name, module in list(sys.modules.items()):
        if module is None or name.partition(".")[0] not in packages:
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            owner = getattr(value, "__module__", None) or ""
            qualified = f"{owner}.{getattr(value, '__qualname__', '')}"
            if (callable(info) and owner.partition(".")[0] in packages and info().maxsize is not None
                    and qualified not in SET_UP_CACHES):
                found[id(value)] = value
    return list(found.values())


def run() -> Section:
    pages, source = html_pages()
    parse = load_parser() is not None
    # Warm-up: imports, regex compilation, trafilatura's caches, the parser model.
    for page in pages[:3]:
        brief_html(page)
        trafilatura.extract(page)
        if parse:
            brief_html(page, options=WITH_PARSE)
    caches = page_caches()
    ours = baseline = with_parse = 0.0
    for _ in Progress(range(ROUNDS), "bench ingest rounds"):
        for cache in caches:
            cache.cache_clear()
        for page in pages:
            t0 = time.perf_counter()
            trafilatura.extract(page)
            t1 = time.perf_counter()
            brief_html(page)
            t2 = time.perf_counter()
            baseline += t1 - t0
            ours += t2 - t1
            if parse:
                t3 = time.perf_counter()
                brief_html(page, options=WITH_PARSE)
                with_parse += time.perf_counter() - t3
    n = len(pages) * ROUNDS
    ratio = ours / baseline
    table = [
        {"pipeline": "trafilatura.extract alone", "pages/s": n / baseline, "ms/page": 1000 * baseline / n},
        {"pipeline": "briefbot full briefing (extract + clean + summary + quotes + figures + topics)",
         "pages/s": n / ours, "ms/page": 1000 * ours / n},
    ]
    metrics: dict[str, object] = {"ratio": ratio, "target": TARGET_RATIO, "pages": len(pages), "caches_cleared": len(caches)}
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    how = (
        f"{source}, {ROUNDS} rounds, interleaved per page in one process "
        f"(`benchmarks/bench_ingest.py`); before each round both sides' bounded caches "
        f"({len(caches)} functions: stems, name keys, sentence answers) are emptied, so no round "
        f"reuses answers about the same pages. Time ratio ours / trafilatura = **{ratio:.2f}×** "
        f"(target ≤ {TARGET_RATIO}×: {verdict})."
    )
    if parse:
        parse_ratio = with_parse / baseline
        table.append({"pipeline": "the same with PARSE_FALLBACK=true (spaCy parse for quotes without a speaker)",
                      "pages/s": n / with_parse, "ms/page": 1000 * with_parse / n})
        metrics["parse_fallback_ratio"] = parse_ratio
        how += f" With the optional PARSE_FALLBACK on: **{parse_ratio:.2f}×** (model loaded before timing)."
    return Section("Ingest speed", how, table, metrics)
