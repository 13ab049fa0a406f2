"""Synthetic stores of 1k / 10k / 100k articles (+ 10k subscriptions), cached between runs.

Built through the real repositories (``store.articles.add``: dedup checks, SimHash bands, FTS
triggers, topic rows; ``chats.upsert`` + ``subscriptions.add``), so what the benchmarks query is
exactly what production would have written. One chain builds all sizes: 1k is copied out, the
same file grows to 10k, then 100k. The files live under ``benchmarks/.cache/`` (gitignored) and
are keyed by a version hash of everything that shapes them (migrations, synthetic data, this
module), so a schema change rebuilds and a repeat run reuses them. Callers get a private copy.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import storage
from benchmarks.common import CACHE
from benchmarks.synthetic import PEOPLE, PLACES, THEMES, synthetic_briefing
from bot.progress import Progress

SIZES = (1_000, 10_000, 100_000)
SUBSCRIBED_CHATS = 2_000
TOPICS_PER_CHAT = 5
"""2,000 chats × 5 topics = 10,000 subscriptions in every store."""
LONG_TAIL_TOPICS = 1_000
"""Topics nobody writes about in the synthetic news (other cities, firms, hobbies): real
subscription lists are a long tail, so one article matches a minority of chats."""
BUILD_CONCURRENCY = 8
"""Adds in flight: SimHash/JSON work of one overlaps another's SQLite write (the write itself
is serialised by the store's lock). Measured ~1.4× faster than one at a time on 2 cores."""
BUILDER_VERSION = "1"
"""Bump when this module changes what it writes (sizes, chats, topics, timestamps)."""
REPO = Path(__file__).resolve().parents[1]


def cache_version() -> str:
    """Hash of the schema, the synthetic data and BUILDER_VERSION: a change means a rebuild."""
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    for path in sorted((REPO / "storage" / "migrations").glob("*.sql")):
        digest.update(path.read_bytes())
    digest.update((REPO / "benchmarks" / "synthetic.py").read_bytes())
    return digest.hexdigest()[:12]


def cached_path(size: int) -> Path:
    return CACHE / f"store-{cache_version()}-{size}.sqlite3"


def subscription_topics(chat_index: int) -> list[str]:
    """Five topics per chat: a third from the news vocabulary (Zipf-ish), the rest long tail."""
    rng = random.Random(10_000 + chat_index)
    vocabulary = PLACES + PEOPLE + list(THEMES) + sorted({w for ws in THEMES.values() for w in ws})
    tail = [f"{a} {b}" for a in ("port", "club", "valley", "festival", "league") for b in range(LONG_TAIL_TOPICS // 5)]
    chosen: list[str] = []
    while len(chosen) < TOPICS_PER_CHAT:
        if rng.random() < 1 / 3:
            topic = vocabulary[min(len(vocabulary) - 1, int(rng.paretovariate(1.2)) - 1)]
        else:
            topic = rng.choice(tail)
        if topic not in chosen:
            chosen.append(topic)
    return chosen


def base_time() -> datetime:
    """Articles are spread over the past 60 days (older than the near-duplicate window)."""
    return datetime(2026, 9, 1, tzinfo=UTC)


async def _add_articles(store: storage.Store, start: int, stop: int, label: str) -> None:
    t0 = base_time()
    span = 60 * 24 * 3600 / SIZES[-1]

    async def add(i: int) -> None:
        try:
            await store.articles.add(synthetic_briefing(i), now=t0 + timedelta(seconds=i * span))
        except storage.DuplicateArticle:
            pass  # cannot happen with unique synthetic bodies; tolerated rather than aborting

    for batch in Progress(range(start, stop, BUILD_CONCURRENCY), label, total=(stop - start) // BUILD_CONCURRENCY):
        await asyncio.gather(*(add(i) for i in range(batch, min(stop, batch + BUILD_CONCURRENCY))))


async def seed_subscriptions(store: storage.Store, chats: int = SUBSCRIBED_CHATS) -> None:
    for c in Progress(range(chats), "seed subscriptions"):
        chat_id = 5_000_000 + c
        await store.chats.upsert(chat_id, type="private")
        for topic in subscription_topics(c):
            await store.subscriptions.add(chat_id, topic)


async def _build_all() -> float:
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob("store-*"):
        if cache_version() not in old.name:
            old.unlink()  # a stale version: free the disk (the 100k file is ~0.7 GB)
    work = CACHE / f"building-{cache_version()}.sqlite3"
    for leftover in CACHE.glob(work.name + "*"):
        leftover.unlink()
    started = time.monotonic()
    store = await storage.open_store(str(work))
    await seed_subscriptions(store)
    done = 0
    for size in SIZES:
        await _add_articles(store, done, size, f"build store {size:,}")
        done = size
        await store.close()  # checkpoints the WAL into the main file
        shutil.copyfile(work, cached_path(size))
        store = await storage.open_store(str(work))
    await store.close()
    for leftover in CACHE.glob(work.name + "*"):
        leftover.unlink()
    seconds = time.monotonic() - started
    _build_record().write_text(json.dumps({"seconds": seconds, "built": datetime.now(UTC).isoformat()}))
    return seconds


def _build_record(version: str | None = None) -> Path:
    return CACHE / f"store-{version or cache_version()}-build.json"


def recorded_build(version: str) -> dict[str, object]:
    """How long the cached stores of ``version`` took to build, and when (empty if unknown)."""
    try:
        return json.loads(_build_record(version).read_text())
    except (OSError, ValueError):
        return {}


def ensure_stores() -> tuple[float | None, str]:
    """Build the cached stores if missing; (build seconds or None when reused, version)."""
    if all(cached_path(size).exists() for size in SIZES):
        return None, cache_version()
    return asyncio.run(_build_all()), cache_version()


def private_copy(size: int, directory: Path) -> Path:
    """A copy the caller may write to (commands register chats, matching enqueues rows)."""
    target = directory / f"store-{size}.sqlite3"
    shutil.copyfile(cached_path(size), target)
    return target
