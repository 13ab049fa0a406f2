"""Feeds at scale: one poll cycle over 5,000 feeds served by a local web (``feed_site``).

The feeds are imported like an OPML upload (``store.feeds.add_many``) into a temp SQLite store
and polled by the real cycle (``bot.feed_polling.poll_feeds``, default limits) through the
production fetcher (SSRF checks, 15 s read timeout, 30 s deadline; every host name resolves to
127.0.0.1, private addresses allowed for the bench). The site runs in its own process, so the
CPU seconds and peak RSS are the bot's alone.

1. First cycle after the import: every feed answers 200 with 20 entries; each is parsed and its
   back catalogue marked seen (nothing briefed).
2. Steady cycle, ``FEED_POLL_SECONDS`` later: the realistic mix of ``feed_site.KINDS`` — 81% 304,
   6% the same body without validators, 5% with two new entries (fetched, briefed, stored), 3%
   slow (2–6 s), 6% failing (500, 404, 429 + Retry-After, an HTML page, 20 s of silence).

Peak RSS is the process's high-water mark (``VmHWM``), reset before each cycle
(``/proc/self/clear_refs``). Starved = feeds still due after the cycle.
"""

from __future__ import annotations

import asyncio
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

import storage
from benchmarks.common import Section, save_plot
from bot.feed_polling import PollLimits, poll_feeds
from bot.feeds import FeedPollStats
from net.fetch import Fetcher
from storage.models import NewFeed

FEEDS = 5_000
SEED = 16
INTERVAL = 900.0
TARGET_SECONDS = 60.0
TARGET_RSS_MB = 250.0
START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


async def _loopback(host: str, port: int) -> list[str]:
    return ["127.0.0.1"]


def _rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _sample(samples: list[tuple[float, float, float]], t0: float, cpu0: float, done: asyncio.Event) -> None:
    while not done.is_set():
        samples.append((time.monotonic() - t0, _rss_mb("VmRSS"), _cpu() - cpu0))
        try:
            await asyncio.wait_for(done.wait(), 0.25)
        except TimeoutError:
            pass


async def _cycle(store: storage.Store, fetcher: Fetcher, now: datetime) -> tuple[dict[str, object], list, FeedPollStats]:
    reset = _reset_peak()
    samples: list[tuple[float, float, float]] = []
    done = asyncio.Event()
    t0, cpu0 = time.monotonic(), _cpu()
    sampler = asyncio.create_task(_sample(samples, t0, cpu0, done))
    stats = await poll_feeds(store, fetcher, now=now, interval=INTERVAL, limits=PollLimits())
    wall, cpu = time.monotonic() - t0, _cpu() - cpu0
    done.set()
    await sampler
    starved = len(await store.feeds.due(now=now, limit=FEEDS))
    row = {
        "wall s": round(wall, 1),
        "CPU s": round(cpu, 1),
        "peak RSS MB": round(_rss_mb("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "feeds": stats.feeds,
        "304": stats.not_modified,
        "same body": stats.unchanged,
        "new articles": stats.added,
        "errors": stats.errors,
        "postponed": stats.postponed,
        "starved": starved,
    }
    return row, samples, stats


async def _run() -> tuple[list[dict[str, object]], dict[str, object], list]:
    site = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.feed_site", str(FEEDS), str(SEED), stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert site.stdout is not None
        port = int((await site.stdout.readline()).decode())
        from benchmarks.feed_site import feed_hosts

        hosts = feed_hosts(FEEDS, SEED)
        with tempfile.TemporaryDirectory(prefix="briefbot-bench-feeds-") as tmp:
            store = await storage.open_store(str(Path(tmp) / "feeds.sqlite3"))
            fetcher = Fetcher(allow_private=True, resolver=_loopback)
            try:
                await store.feeds.add_many(
                    [NewFeed(url=f"http://{hosts[i]}:{port}/feeds/{i}", title=f"Bench feed {i}") for i in range(FEEDS)]
                )
                print("   first cycle after importing 5,000 feeds…", file=sys.stderr, flush=True)
                first, first_samples, _ = await _cycle(store, fetcher, START)
                async with httpx.AsyncClient() as client:
                    await client.get(f"http://127.0.0.1:{port}/_phase/2")
                print("   steady cycle…", file=sys.stderr, flush=True)
                steady, steady_samples, _ = await _cycle(store, fetcher, START + timedelta(seconds=INTERVAL))
            finally:
                await fetcher.aclose()
                await store.close()
        rows = [{"cycle": "first after a 5,000-feed import (all 200, parsed)", **first},
                {"cycle": "steady (realistic mix)", **steady}]
        return rows, steady, [("first", first_samples), ("steady", steady_samples)]
    finally:
        site.kill()
        await site.wait()


def _plot(series: list) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (rss_ax, cpu_ax) = plt.subplots(1, 2, figsize=(10, 3.6))
    for label, samples in series:
        t = [s[0] for s in samples]
        rss_ax.plot(t, [s[1] for s in samples], label=label)
        cpu_ax.plot(t, [s[2] for s in samples], label=label)
    rss_ax.axhline(TARGET_RSS_MB, color="grey", linestyle="--", linewidth=1, label="RSS target")
    rss_ax.set(xlabel="seconds into the cycle", ylabel="RSS (MB)", title="Memory during a 5,000-feed cycle")
    cpu_ax.plot([0, TARGET_SECONDS], [0, TARGET_SECONDS], color="grey", linestyle=":", linewidth=1, label="one full core")
    cpu_ax.set(xlabel="seconds into the cycle", ylabel="CPU seconds used", title="CPU during the cycle")
    for ax in (rss_ax, cpu_ax):
        ax.legend(fontsize=8)
    return save_plot(fig, "feeds_cycle.png")


def run() -> Section:
    rows, steady, series = asyncio.run(_run())
    met = (steady["wall s"] <= TARGET_SECONDS and steady["peak RSS MB"] < TARGET_RSS_MB  # type: ignore[operator]
           and steady["starved"] == 0)
    how = (
        __doc__.split("\n\n", 1)[1].strip()  # type: ignore[union-attr]
        + f"\n\nTargets (steady cycle): wall ≤ {TARGET_SECONDS:.0f} s, peak RSS < {TARGET_RSS_MB:.0f} MB, "
        f"0 starved — **{'met' if met else 'NOT met'}**. Limits: {PollLimits().at_once} feeds at once, "
        f"{PollLimits().per_host} per host."
    )
    return Section("Feeds at scale: a 5,000-feed poll cycle", how, rows, metrics={"steady": steady, "targets_met": met},
                   plots=[_plot(series)])
