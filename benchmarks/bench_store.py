"""Store at scale: /latest, /latest <topic>, /search through the real handlers at 1k/10k/100k.

The real ``bot.app.build_application`` (handlers, AIORateLimiter, Defaults) runs with an
in-process Bot API (``benchmarks.fake_request``), and each command is one ``Update`` fed to
``await app.process_update(update)``, timed end to end. Commands are interleaved (A, B, C, D,
A, …) and paced under 30 replies/s so PTB's rate limiter never holds a reply back (that cap is
the broadcast benchmark's subject). The sizes run one after another in this process; the
ratio 100k/1k of medians is the scaling figure. Subscription matching of a new article against
10k subscriptions (``subscriptions.match`` + one ``deliveries.enqueue`` per matched chat) is
timed in the same stores.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from telegram import Update

from benchmarks.common import RESULTS, Section, median, percentile
from benchmarks.fake_request import InProcessRequest
from benchmarks.store_build import SIZES, ensure_stores, private_copy
from benchmarks.synthetic import PEOPLE, PLACES, THEMES, synthetic_briefing
from bot.app import build_application
from bot.progress import Progress
from bot.settings import Settings

TARGET_P99_MS = 20.0
TARGET_RATIO = 2.0
SAMPLES = 60
"""Per command per size: 4 commands × 60 × 3 sizes paced at 25/s ≈ 30 s of the 10-minute budget."""
PACE_S = 1 / 25
MATCH_SAMPLES = 20
USER_CHATS = 40
TOKEN = "123456:BENCH-TOKEN"
TOPIC_QUERIES = [*THEMES, *PLACES[:6], *PEOPLE[:4]]
COMMON_SEARCHES = ["gas pipeline", "drone strike", "central bank rates", "Macron partners", "tariffs ports",
                   "heatwave emissions", "vaccine hospital", "parliament coalition"]
COMMANDS = ("/latest", "/latest <topic>", "/search <common words>", "/search <rare word>")


def _command_text(kind: str, rng: random.Random, size: int) -> str:
    if kind == "/latest":
        return "/latest"
    if kind == "/latest <topic>":
        return f"/latest {rng.choice(TOPIC_QUERIES)}"
    if kind == "/search <common words>":
        return f"/search {rng.choice(COMMON_SEARCHES)}"
    return f"/search update {rng.randrange(1, size)}"  # the number is in one title (+ a few bodies)


def _update(bot: object, update_id: int, chat_id: int, text: str) -> Update:
    command = text.split()[0]
    user = {"id": chat_id, "is_bot": False, "first_name": "Bench"}
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "Bench"}, "from": user,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
    }}, bot)  # type: ignore[arg-type]


async def _measure(path: Path, size: int) -> dict[str, object]:
    settings = Settings(_env_file=None, bot_token=TOKEN, database_path=path)  # type: ignore[call-arg]
    request = InProcessRequest()
    app = build_application(settings, request=request)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    rng = random.Random(size)
    latencies: dict[str, list[float]] = {kind: [] for kind in COMMANDS}
    empty: dict[str, int] = dict.fromkeys(COMMANDS, 0)
    update_id = 0
    try:
        plan = [(k, i) for i in range(SAMPLES + 3) for k in COMMANDS]  # 3 warm-up rounds
        next_start = time.perf_counter()
        for kind, i in Progress(plan, f"store {size:,} commands"):
            update_id += 1
            chat_id = 7_000_000 + update_id % USER_CHATS
            update = _update(app.bot, update_id, chat_id, _command_text(kind, rng, size))
            await asyncio.sleep(max(0.0, next_start - time.perf_counter()))
            next_start = time.perf_counter() + PACE_S
            before = request.sent[chat_id]
            t0 = time.perf_counter()
            await app.process_update(update)
            elapsed = time.perf_counter() - t0
            if request.sent[chat_id] == before:
                raise RuntimeError(f"{kind} sent no reply at {size:,} articles")
            if i >= 3:
                latencies[kind].append(1000 * elapsed)
                text = request.last_text[chat_id]
                empty[kind] += text.startswith(("No briefings", "Nothing found"))
        match = await _measure_match(app.bot_data.store, size)
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
    return {"latencies": latencies, "empty": empty, **match}


async def _measure_match(store: object, size: int) -> dict[str, object]:
    """Add a new article (real add), then time match + enqueue, as the matching job does."""
    match_ms, enqueue_ms, matched = [], [], []
    now = datetime.now(UTC)
    for k in Progress(range(MATCH_SAMPLES), f"store {size:,} match"):
        article = await store.articles.add(synthetic_briefing(3_000_000 + k), now=now)  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        found = await store.subscriptions.match(article)  # type: ignore[attr-defined]
        t1 = time.perf_counter()
        for chat_id, topics in found.items():
            await store.deliveries.enqueue(chat_id, article.id, topics)  # type: ignore[attr-defined]
        t2 = time.perf_counter()
        match_ms.append(1000 * (t1 - t0))
        enqueue_ms.append(1000 * (t2 - t1))
        matched.append(len(found))
    return {"match_ms": match_ms, "enqueue_ms": enqueue_ms, "matched": matched}


def _explain(path: Path) -> dict[str, str]:
    """``EXPLAIN QUERY PLAN`` of the repository's own SQL (private constants, read on purpose)."""
    from storage.sqlite import article_queries as q
    from storage.sqlite import chats

    plans = {
        "/latest": (q._LATEST, (5, 0)),
        "/latest count": (q._COUNT_ALL, (1005,)),
        "/latest <topic>": (q._LATEST_TOPIC, ('{title summary topics} : "energy"', 5, 0)),
        "/search <common words>": (q._SEARCH, (*q.BM25_WEIGHTS, '"gas" "pipeline"', q.SEARCH_CANDIDATES, 5, 0)),
        "match": (chats._MATCH, ('["energi", "kyiv"]',)),
    }
    found = {}
    with sqlite3.connect(path) as conn:
        for name, (sql, params) in plans.items():
            rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            found[name] = "; ".join(row[-1] for row in rows)
    return found


def _plot(per_size: dict[int, dict[str, object]]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2))
    series = {kind: [per_size[s]["latencies"][kind] for s in SIZES] for kind in COMMANDS}  # type: ignore[index]
    series["match + enqueue"] = [
        [m + e for m, e in zip(per_size[s]["match_ms"], per_size[s]["enqueue_ms"], strict=True)] for s in SIZES  # type: ignore[arg-type]
    ]
    for kind, samples in series.items():
        line, = ax.plot(SIZES, [median(x) for x in samples], marker="o", label=f"{kind} p50")
        ax.plot(SIZES, [percentile(x, 99) for x in samples], marker="x", linestyle="--", color=line.get_color())
    ax.axhline(TARGET_P99_MS, color="red", linewidth=1, label=f"target p99 {TARGET_P99_MS:.0f} ms")
    ax.set_xscale("log")
    ax.set_xlabel("articles in store")
    ax.set_ylabel("ms per command (solid p50, dashed p99)")
    ax.set_title("Command latency vs store size")
    ax.legend(fontsize=7)
    fig.tight_layout()
    RESULTS.mkdir(parents=True, exist_ok=True)
    fig.savefig(RESULTS / "store_latency.png", dpi=110)
    plt.close(fig)
    return "store_latency.png"


def run() -> Section:
    build_s, version = ensure_stores()
    per_size: dict[int, dict[str, object]] = {}
    plans: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp:
        for size in SIZES:
            path = private_copy(size, Path(tmp))
            per_size[size] = asyncio.run(_measure(path, size))
            if size == SIZES[-1]:
                plans = _explain(path)
            path.unlink()
    table, misses = [], []
    series = {kind: {s: per_size[s]["latencies"][kind] for s in SIZES} for kind in COMMANDS}  # type: ignore[index]
    series["match 1 article vs 10k subscriptions"] = {s: per_size[s]["match_ms"] for s in SIZES}  # type: ignore[misc]
    series["…+ enqueue matched chats"] = {
        s: [m + e for m, e in zip(per_size[s]["match_ms"], per_size[s]["enqueue_ms"], strict=True)]  # type: ignore[arg-type]
        for s in SIZES
    }
    for kind, by_size in series.items():
        row: dict[str, object] = {"command": kind}
        for s in SIZES:
            row[f"{s // 1000}k p50 ms"] = median(by_size[s])
            row[f"{s // 1000}k p99 ms"] = percentile(by_size[s], 99)
        ratio = median(by_size[SIZES[-1]]) / median(by_size[SIZES[0]])
        worst = max(percentile(by_size[s], 99) for s in SIZES)
        row["100k/1k (p50)"] = ratio
        met = worst < TARGET_P99_MS and ratio <= TARGET_RATIO
        row["target"] = "met" if met else "**MISSED**"
        if not met:
            misses.append(f"{kind}: worst p99 {worst:.1f} ms, ratio {ratio:.2f}")
        table.append(row)
    matched = {s: sum(per_size[s]["matched"]) / MATCH_SAMPLES for s in SIZES}  # type: ignore[arg-type]
    empty = {s: per_size[s]["empty"] for s in SIZES}
    build = f"built in {build_s:.0f} s this run" if build_s is not None else "reused from benchmarks/.cache"
    how = (
        f"Stores of {', '.join(f'{s:,}' for s in SIZES)} synthetic articles + 2,000 chats × 5 topics = 10,000 "
        f"subscriptions, written through the real repositories (cache version `{version}`, {build}). "
        f"Each command is an `Update` fed to `app.process_update` of the real `build_application` app with an "
        f"in-process Bot API request (`benchmarks/fake_request.py`); {SAMPLES} timed samples per command per size "
        f"after 3 warm-up rounds, interleaved, paced at {1 / PACE_S:.0f}/s. Matching: {MATCH_SAMPLES} new "
        f"articles per size, each `subscriptions.match` then `deliveries.enqueue` per matched chat "
        f"(mean matched chats: {', '.join(f'{s // 1000}k: {matched[s]:.0f}' for s in SIZES)}). "
        f"Targets: p99 < {TARGET_P99_MS:.0f} ms at every size and 100k/1k ≤ {TARGET_RATIO}. "
        + ("All met." if not misses else "Missed: " + "; ".join(misses) + ".")
        + "\n\nQuery plans at 100k (`EXPLAIN QUERY PLAN`): "
        + "; ".join(f"{k}: `{v}`" for k, v in plans.items())
        + f"\n\nReplies that were empty-result messages (should be 0 for /latest): {empty}"
    )
    metrics = {
        "p99_ms": {k: {s: percentile(v[s], 99) for s in SIZES} for k, v in series.items()},
        "p50_ms": {k: {s: median(v[s]) for s in SIZES} for k, v in series.items()},
        "build_seconds": build_s, "cache_version": version, "matched_chats_mean": matched,
        "query_plans": plans, "misses": misses,
    }
    return Section("Store at scale", how, table, metrics, [_plot(per_size)])
