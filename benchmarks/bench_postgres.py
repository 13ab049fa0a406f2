"""PostgreSQL beside SQLite: the store commands at 1k / 10k / 100k, the bulk load, and a
broadcast at the cap by two workers sharing the database.

Stores: the SQLite benchmark stores (``store_build``, the same cached files ``bench_store``
measures) copied into a throw-away PostgreSQL cluster by ``briefbot store copy``'s code
(``storage.copy.copy_store``) — the bulk-load time. Commands and matching are then timed exactly
as in ``bench_store`` (same app, samples, pacing, targets). Broadcast: two real ``python -m bot
run`` webhook workers on one PostgreSQL database and ``fakebot`` with Telegram's limits; only
the lease holder sends. Without PostgreSQL server binaries the section says so and the rest of
``make bench`` is unaffected.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

import storage
from benchmarks.bench_broadcast import (
    CAP_PER_SECOND,
    FIRST_CHAT,
    TARGET_FRACTION,
    _limits,
    _rate,
    _seed,
)
from benchmarks.bench_store import (
    GC,
    MATCH_SAMPLES,
    SAMPLES,
    TARGET_P99_MS,
    TARGET_RATIO,
    _measure,
    summarise,
)
from benchmarks.common import Section
from benchmarks.store_build import SIZES, cached_path, ensure_stores
from benchmarks.synthetic import synthetic_briefing
from bot.progress import Progress
from fakebot import FakeBotServer
from storage.copy import copy_store
from storage.postgres.throwaway import (
    BENCH_SETTINGS,
    PostgresUnavailable,
    ThrowawayCluster,
    free_port,
)

TITLE = "PostgreSQL backend"
BROADCAST_CHATS = 2_000
TOKEN = "123456:BENCH-TOKEN"
REPO = Path(__file__).resolve().parents[1]


async def _new_database(cluster: ThrowawayCluster, name: str, template: str | None = None) -> str:
    conn = await asyncpg.connect(cluster.url())
    try:
        await conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    finally:
        await conn.close()
    return cluster.url(name)


async def _load(cluster: ThrowawayCluster) -> dict[int, tuple[str, float]]:
    """Each cached SQLite store copied into its own database: (URL, seconds)."""
    loaded = {}
    for size in SIZES:
        url = await _new_database(cluster, f"bench{size}")
        source, target = await storage.open_store(str(cached_path(size))), await storage.open_store(url)
        bar = Progress((), f"load PostgreSQL {size:,}", total=size)

        def progress(table: str, done: int, total: int, bar: Progress = bar) -> None:
            if table == "articles":
                bar.report(done, final=done >= total)

        try:
            t0 = time.monotonic()
            await copy_store(source, target, source_name=f"bench {size}", batch=1000, progress=progress)
            loaded[size] = (url, time.monotonic() - t0)
        finally:
            await source.close()
            await target.close()
        conn = await asyncpg.connect(url)
        try:
            await conn.execute("VACUUM ANALYZE")  # what an operator runs after a bulk load
        finally:
            await conn.close()
    return loaded


async def _twins(cluster: ThrowawayCluster) -> dict[int, str]:
    """A file-level copy of each loaded database: ``bench_store``'s matching with exclusions
    writes its exclusions and mutes into this twin, as it does into a twin SQLite file."""
    return {size: await _new_database(cluster, f"twin{size}", template=f"bench{size}") for size in SIZES}


async def _two_workers(cluster: ThrowawayCluster, tmp: Path) -> dict[str, object]:
    url = await _new_database(cluster, "broadcast")
    store = await storage.open_store(url)
    briefing = synthetic_briefing(424_242)
    await _seed(store, briefing.topics[2], BROADCAST_CHATS)
    async with FakeBotServer(TOKEN, flood=_limits()) as server:
        procs = []
        for n in range(2):
            env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "WEBHOOK_", "DATABASE_"))}
            env |= {"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": server.api_url, "DATABASE_URL": url,
                    "WEBHOOK_URL": f"http://127.0.0.1:{free_port()}/tg", "WEBHOOK_LISTEN": f"127.0.0.1:{free_port()}",
                    "PUSH_INTERVAL_SECONDS": "1", "FEED_POLL_SECONDS": "3600", "LOG_LEVEL": "WARNING",
                    "PYTHONPATH": str(REPO)}
            with (tmp / f"worker{n}.log").open("wb") as log:
                procs.append(await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", "run", env=env, cwd=tmp, stdout=log, stderr=log,
                    stdin=asyncio.subprocess.DEVNULL))
        try:
            await server.wait_for(lambda: server.calls["setWebhook"] >= 2, timeout=120, describe="workers never started")
            await store.articles.add(briefing, now=datetime.now(UTC))  # both workers' matching sees it
            chats = range(FIRST_CHAT, FIRST_CHAT + BROADCAST_CHATS)
            for n in Progress(range(BROADCAST_CHATS), "broadcast by two workers"):
                await server.wait_for(lambda n=n: len(server.send_timestamps) > n, timeout=120,
                                      describe=lambda: (tmp / "worker0.log").read_text()[-2000:])
            await asyncio.sleep(2)  # anything sent twice would arrive now
            per_chat = Counter(m.chat_id for m in server.sent if m.chat_id in chats)
            stamps, rejections = list(server.send_timestamps), server.flood_rejections
        finally:
            for proc in procs:
                proc.terminate()
                await proc.wait()
    counts = await store.deliveries.counts()
    await store.close()
    lost = sum(1 for c in chats if per_chat[c] == 0)
    duplicated = sum(1 for c in chats if per_chat[c] > 1)
    return {"stamps": stamps, "rejections": rejections, "lost": lost, "duplicated": duplicated, "outbox": counts}


def run() -> Section:
    ensure_stores()
    try:
        cluster = ThrowawayCluster.start(settings=BENCH_SETTINGS)
    except PostgresUnavailable as exc:
        return Section(TITLE, f"**PostgreSQL not measured**: {exc}. The SQLite figures above are complete; "
                       "install the `postgresql` package to add these rows.", [], {"available": False})
    try:
        loaded = asyncio.run(_load(cluster))
        with GC:
            twins = asyncio.run(_twins(cluster))
            per_size = asyncio.run(_measure({size: url for size, (url, _) in loaded.items()}, twins))
        with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp:
            broadcast = asyncio.run(_two_workers(cluster, Path(tmp)))
    finally:
        cluster.stop()
    table, misses, _series = summarise(per_size)
    rate = _rate(broadcast["stamps"])  # type: ignore[arg-type]
    fraction = rate / CAP_PER_SECOND
    broadcast_met = fraction >= TARGET_FRACTION and broadcast["lost"] == broadcast["duplicated"] == 0
    load_rows = " | ".join(f"{size:,}: {seconds:.0f} s ({size / seconds:,.0f} articles/s)"
                           for size, (_, seconds) in loaded.items())
    how = (
        f"The benchmark stores above ({', '.join(f'{s:,}' for s in SIZES)} articles, 10,000 subscriptions) copied "
        f"into a throw-away PostgreSQL cluster (`storage.postgres.throwaway`, `synchronous_commit=off` like SQLite's "
        f"WAL + `synchronous=NORMAL`) with `storage.copy.copy_store` — what `briefbot store copy` runs — then "
        f"`VACUUM ANALYZE`. **Bulk load** (every table, search vectors computed from FTS5's own terms): {load_rows}.\n\n"
        f"Commands and matching timed exactly as in *Store at scale* ({SAMPLES} samples per command per size, "
        f"{MATCH_SAMPLES} matching samples). Targets: p99 < {TARGET_P99_MS:.0f} ms, 100k/1k ≤ {TARGET_RATIO}. "
        + ("All met." if not misses else "Missed: " + "; ".join(misses) + ".")
        + f"\n\n**Broadcast by two workers** (two `python -m bot run` webhook processes, one PostgreSQL database, "
        f"{BROADCAST_CHATS:,} subscribed chats, `fakebot` at Telegram's {CAP_PER_SECOND} msg/s): "
        f"{rate:.2f} msg/s = **{fraction:.3f} of the cap**, {broadcast['rejections']} × 429, "
        f"{broadcast['lost']} lost, {broadcast['duplicated']} duplicated; outbox after: {broadcast['outbox']}. "
        f"Target ≥ {TARGET_FRACTION} of cap, 0 lost, 0 duplicated: " + ("**met**." if broadcast_met else "**MISSED**.")
    )
    metrics = {
        "available": True, "misses": misses,
        "load_seconds": {size: seconds for size, (_, seconds) in loaded.items()},
        "broadcast_fraction_of_cap": fraction, "broadcast_429s": broadcast["rejections"],
        "broadcast_lost": broadcast["lost"], "broadcast_duplicated": broadcast["duplicated"],
    }
    return Section(TITLE, how, table, metrics)
