"""Store at scale: /latest, /latest <topic>, /search, /quotes, /story through the real handlers
at 1k/10k/100k.

The real ``bot.app.build_application`` (handlers, AIORateLimiter, Defaults) runs with an
in-process Bot API (``benchmarks.fake_request``), and each command is one ``Update`` fed to
``await app.process_update(update)``, timed end to end. Commands are interleaved (A, B, C, D,
A, …) and paced under 24 replies/s per app so the reply budget never holds a reply back (that cap is
the broadcast benchmark's subject). The sizes run one after another in this process; the
ratio 100k/1k of medians is the scaling figure. Subscription matching of a new article against
10k subscriptions (``subscriptions.match`` + one ``deliveries.enqueue`` per matched chat) is
timed in the same stores; beside it, interleaved on the same new articles, a twin copy of each
store where a third of those subscriptions have exclusions (``-word``, 1–3 each, drawn from the
articles' own vocabulary so they do hit) and a tenth of the chats a muted word, all written
through the real repository.
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
from telegram.ext import Application

import storage
from benchmarks.common import Section, median, percentile, save_plot
from benchmarks.fake_request import InProcessRequest
from benchmarks.gc_tracker import FullGcTracker
from benchmarks.store_build import (
    SIZES,
    SUBSCRIBED_CHATS,
    ensure_stores,
    private_copy,
    recorded_build,
    subscription_topics,
)
from benchmarks.synthetic import PEOPLE, PLACES, THEMES, synthetic_briefing
from bot.app import build_application, freeze_startup_heap
from bot.matching import MATCH_CURSOR_KEY, match_new_articles
from bot.progress import Progress
from bot.settings import Settings
from briefing.topics import topic_key
from storage.base import Store
from storage.models import Article
from storage.topic_rules import article_keys

TARGET_P99_MS = 20.0
TARGET_RATIO = 2.0
SAMPLES = 100
"""Per command per size: 7 commands × 103 × 3 sizes paced at 40/s ≈ 55 s of the 10-minute budget;
p99 of 100 is the 2nd-slowest sample, so one scheduler hiccup does not decide it."""
PACE_S = 1 / 40
"""Each size has its own app and reply budget: ~13 replies/s each, under its 24/s (``bot.ratelimit``)."""
MATCH_SAMPLES = 100
"""p99 of 100 is the 2nd-slowest sample; ~35 ms each with the enqueues: ~15 s over 3 sizes."""
USER_CHATS = 40
TOKEN = "123456:BENCH-TOKEN"
JOB_ROW = "matching job for it (match + get_many + enqueue_many)"
EXCLUDING_ROW = "match 1 article vs 10k subscriptions, a third with exclusions (+ mutes)"
EXCLUSION_WORDS = sorted({*PLACES, *(w for ws in THEMES.values() for w in ws)})
"""What exclusions and mutes name: the synthetic articles' own places and theme words."""
GC = FullGcTracker()
NOISE_FLOOR = "/help (no store: noise floor)"
"""Baseline side by side: the same PTB dispatch + reply without touching the store. Its p99 is
what this machine's scheduling noise adds to every command (2 shared cores)."""
TOPIC_QUERIES = [*THEMES, *PLACES[:6], *PEOPLE[:4]]
COMMON_SEARCHES = ["gas pipeline", "drone strike", "central bank rates", "Macron tariffs", "tariffs ports",
                   "heatwave emissions", "vaccine hospital", "parliament coalition"]
QUOTES_ROW = "/quotes <person>"
STORY_ROW = "/story <id>"
COMMANDS = ("/latest", "/latest <topic>", "/search <common words>", "/search <rare word>", QUOTES_ROW, STORY_ROW,
            NOISE_FLOOR)


def _command_text(kind: str, rng: random.Random, size: int) -> str:
    if kind == "/latest":
        return "/latest"
    if kind == NOISE_FLOOR:
        return "/help"
    if kind == "/latest <topic>":
        return f"/latest {rng.choice(TOPIC_QUERIES)}"
    if kind == "/search <common words>":
        return f"/search {rng.choice(COMMON_SEARCHES)}"
    if kind == QUOTES_ROW:  # each synthetic person is quoted in a tenth of all articles: the worst case
        return f"/quotes {rng.choice(PEOPLE).split()[-1]}"
    if kind == STORY_ROW:
        return f"/story {rng.randrange(1, size)}"
    return f"/search update {rng.randrange(1, size)}"  # the number is in one title (+ a few bodies)


def _update(bot: object, update_id: int, chat_id: int, text: str) -> Update:
    command = text.split()[0]
    user = {"id": chat_id, "is_bot": False, "first_name": "Bench"}
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "Bench"}, "from": user,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
    }}, bot)  # type: ignore[arg-type]


async def _open(database: Path | str) -> tuple[Application, InProcessRequest]:
    """The real app on ``database``: a SQLite file, or a PostgreSQL URL (``bench_postgres``)."""
    settings = Settings(_env_file=None, bot_token=TOKEN, database_url=str(database))  # type: ignore[call-arg]
    request = InProcessRequest()
    app = build_application(settings, request=request)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)  # opens the store, sets the command menu (jobs never start)
    return app, request


async def _close(app: Application) -> None:
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


async def _measure(
    paths: dict[int, Path] | dict[int, str], twins: dict[int, Path] | dict[int, str]
) -> dict[int, dict[str, object]]:
    """All sizes open at once; samples interleaved over (size, command) so noise hits all alike.
    ``twins``: second copies of the stores, given exclusions and mutes for the matching rows."""
    apps = {size: await _open(path) for size, path in paths.items()}
    excluding = {size: await storage.open_store(str(path)) for size, path in twins.items()}
    freeze_startup_heap()  # as ``bot.app.run`` does once the app is built
    rngs = {size: random.Random(size) for size in paths}
    latencies = {size: {kind: [] for kind in COMMANDS} for size in paths}
    gc_hits = {size: {kind: [] for kind in COMMANDS} for size in paths}
    empty = {size: dict.fromkeys(COMMANDS, 0) for size in paths}
    update_id = 0
    try:
        # Sizes alternate from one request to the next, so each app (and its 24/s reply budget,
        # ``bot.ratelimit``) sees one request every 3 × PACE_S: commands of one size back to back
        # at 40/s made every round's 4th+ reply wait for a slot, and that wait was timed as latency.
        plan = [(i, size, kind) for i in range(SAMPLES + 3) for kind in COMMANDS for size in paths]
        next_start = time.perf_counter()
        for i, size, kind in Progress(plan, "store commands"):
            app, request = apps[size]
            update_id += 1
            chat_id = 7_000_000 + update_id % USER_CHATS
            update = _update(app.bot, update_id, chat_id, _command_text(kind, rngs[size], size))
            await asyncio.sleep(max(0.0, next_start - time.perf_counter()))
            next_start = time.perf_counter() + PACE_S
            before = request.sent[chat_id]
            t0 = time.perf_counter()
            await app.process_update(update)
            elapsed = time.perf_counter() - t0
            if request.sent[chat_id] == before:
                raise RuntimeError(f"{kind} sent no reply at {size:,} articles")
            if i >= 3:  # the first 3 rounds warm caches and PTB
                latencies[size][kind].append(1000 * elapsed)
                gc_hits[size][kind].append(GC.hit(t0, t0 + elapsed))
                empty[size][kind] += request.last_text[chat_id].startswith(("No briefings", "Nothing found"))
        match = await _measure_match({size: app.bot_data.store for size, (app, _) in apps.items()}, excluding)
    finally:
        for app, _ in apps.values():
            await _close(app)
        for store in excluding.values():
            await store.close()
    return {size: {"latencies": latencies[size], "gc_hits": gc_hits[size], "empty": empty[size], **match[size]}
            for size in paths}


async def _measure_match(stores: dict[int, Store], excluding: dict[int, Store]) -> dict[int, dict[str, list[float]]]:
    """Add a new article (real add); time ``subscriptions.match`` alone, then the matching job
    (``match_new_articles``: match, one chat lookup, one ``enqueue_many``) for that article.
    The same article goes into the twin store with exclusions and mutes, whose
    ``subscriptions.match`` is timed right before or after (alternating) the plain one."""
    found_by_size: dict[int, dict[str, list[float]]] = {
        size: {"match_ms": [], "enqueue_ms": [], "matched": [], "match_gc": [], "enqueue_gc": [],
               "excluding_ms": [], "excluding_gc": [], "matched_excluding": [], "matched_plain": []}
        for size in stores
    }
    subscribers = {size: await _add_exclusions(store) for size, store in excluding.items()}
    now = datetime.now(UTC)
    plan = [(k, size) for k in range(MATCH_SAMPLES) for size in stores]
    for k, size in Progress(plan, "store match + enqueue"):
        store, twin, out = stores[size], excluding[size], found_by_size[size]
        briefing = synthetic_briefing(3_000_000 + k)
        article = await store.articles.add(briefing, now=now)
        twin_article = await twin.articles.add(briefing, now=now)
        await store.meta.set(MATCH_CURSOR_KEY, str(article.id - 1))
        if k % 2:
            await _time_excluding(twin, twin_article, out, subscribers[size])
        t0 = time.perf_counter()
        await store.subscriptions.match(article)
        t1 = time.perf_counter()
        created = await match_new_articles(store, now=now)
        t2 = time.perf_counter()
        if not k % 2:
            await _time_excluding(twin, twin_article, out, subscribers[size])
        out["match_ms"].append(1000 * (t1 - t0))
        out["enqueue_ms"].append(1000 * (t2 - t1))
        out["matched"].append(created)
        out["match_gc"].append(GC.hit(t0, t1))
        out["enqueue_gc"].append(GC.hit(t1, t2))
    return found_by_size


async def _time_excluding(store: Store, article: Article, out: dict[str, list[float]],
                          subscribers: dict[str, set[int]]) -> None:
    t0 = time.perf_counter()
    matched = await store.subscriptions.match(article)
    t1 = time.perf_counter()
    out["excluding_ms"].append(1000 * (t1 - t0))
    out["excluding_gc"].append(GC.hit(t0, t1))
    out["matched_excluding"].append(len(matched))
    out["matched_plain"].append(_plain_matches(article, subscribers))


async def _add_exclusions(store: Store) -> dict[str, set[int]]:
    """A third of the 10k subscriptions get 1–3 exclusions, a tenth of the chats one mute (real
    repository calls); returns topic key → subscribers, to count matches without them."""
    rng = random.Random(77)
    subscribers: dict[str, set[int]] = {}
    n = 0
    for c in range(SUBSCRIBED_CHATS):
        chat_id = 5_000_000 + c
        for topic in subscription_topics(c):
            subscribers.setdefault(topic_key(topic), set()).add(chat_id)
            n += 1
            if n % 3 == 0:
                words = [w for w in rng.sample(EXCLUSION_WORDS, 3)[: rng.randint(1, 3)] if w.lower() != topic.lower()]
                await store.subscriptions.add(chat_id, topic, exclude=words)
        if c % 10 == 0:
            await store.subscriptions.mute(chat_id, rng.choice(EXCLUSION_WORDS))
    return subscribers


def _plain_matches(article: Article, subscribers: dict[str, set[int]]) -> int:
    """Chats the article would reach without exclusions and mutes (the same rule as ``match``)."""
    if article.duplicate_of is not None:
        return 0
    keys = article_keys(article)
    return len({chat for key, chats in subscribers.items() if key in keys for chat in chats})


def _explain(path: Path) -> dict[str, str]:
    """``EXPLAIN QUERY PLAN`` of the repository's own SQL (private constants, read on purpose)."""
    from storage.sqlite import article_queries as q
    from storage.sqlite import subscriptions

    plans = {
        "/latest": (q._LATEST, (5, 0)),
        "/latest count": (q._COUNT_ALL, (1005,)),
        "/latest <topic>": (q._LATEST_TOPIC, ('{title summary topics} : "energy"', 5, 0)),
        "/search <common words>": (q._SEARCH, q.search_params('"gas" "pipeline"', 5, 0)),
        "match (+ exclusions, mutes)": (subscriptions._MATCH, ('["energi", "kyiv"]',)),
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
    series["match (index lookup)"] = [per_size[s]["match_ms"] for s in SIZES]  # type: ignore[misc]
    series["matching job, 1 article"] = [per_size[s]["enqueue_ms"] for s in SIZES]  # type: ignore[misc]
    series["match with exclusions"] = [per_size[s]["excluding_ms"] for s in SIZES]  # type: ignore[misc]
    for kind, samples in series.items():
        line, = ax.plot(SIZES, [median(x) for x in samples], marker="o", label=f"{kind} p50")
        ax.plot(SIZES, [percentile(x, 99) for x in samples], marker="x", linestyle="--", color=line.get_color())
    ax.axhline(TARGET_P99_MS, color="red", linewidth=1, label=f"target p99 {TARGET_P99_MS:.0f} ms")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("articles in store")
    ax.set_ylabel("ms per command (solid p50, dashed p99)")
    ax.set_title("Command latency vs store size")
    ax.legend(fontsize=7)
    return save_plot(fig, "store_latency.png")


def summarise(per_size: dict[int, dict[str, object]]) -> tuple[list[dict[str, object]], list[str], dict]:
    """(table rows, missed targets, samples per row and size) — also for ``bench_postgres``."""
    table, misses = [], []
    series = {kind: {s: per_size[s]["latencies"][kind] for s in SIZES} for kind in COMMANDS}  # type: ignore[index]
    series["match 1 article vs 10k subscriptions"] = {s: per_size[s]["match_ms"] for s in SIZES}  # type: ignore[misc]
    series[JOB_ROW] = {s: per_size[s]["enqueue_ms"] for s in SIZES}  # type: ignore[misc]
    series[EXCLUDING_ROW] = {s: per_size[s]["excluding_ms"] for s in SIZES}  # type: ignore[misc]
    hits = {kind: {s: per_size[s]["gc_hits"][kind] for s in SIZES} for kind in COMMANDS}  # type: ignore[index]
    hits["match 1 article vs 10k subscriptions"] = {s: per_size[s]["match_gc"] for s in SIZES}  # type: ignore[misc]
    hits[JOB_ROW] = {s: per_size[s]["enqueue_gc"] for s in SIZES}  # type: ignore[misc]
    hits[EXCLUDING_ROW] = {s: per_size[s]["excluding_gc"] for s in SIZES}  # type: ignore[misc]
    for kind, by_size in series.items():
        row: dict[str, object] = {"command": kind}
        for s in SIZES:
            row[f"{s // 1000}k p50 ms"] = median(by_size[s])
            row[f"{s // 1000}k p99 ms"] = percentile(by_size[s], 99)
        ratio = median(by_size[SIZES[-1]]) / median(by_size[SIZES[0]])
        worst = max(percentile(by_size[s], 99) for s in SIZES)
        row["100k/1k (p50)"] = ratio
        # The job row writes hundreds of outbox rows per article: its absolute time follows the
        # fan-out, not the store; the p99 target is for commands and the match. Only
        # its independence of store size (the ratio) is held to the target.
        fan_out = kind == JOB_ROW
        met = ratio <= TARGET_RATIO and (fan_out or worst < TARGET_P99_MS)
        row["target"] = (
            "baseline" if kind == NOISE_FLOOR
            else ("ratio met (p99 follows fan-out)" if met else "**MISSED**") if fan_out
            else "met" if met else "**MISSED**"
        )
        if not met and kind != NOISE_FLOOR:
            clean = max(percentile([x for x, h in zip(by_size[s], hits[kind][s], strict=True) if not h], 99)
                        for s in SIZES)
            n_hit = sum(sum(hits[kind][s]) for s in SIZES)
            misses.append(f"{kind}: worst p99 {worst:.1f} ms ({clean:.1f} ms without the {n_hit} samples a "
                          f"full GC ran inside), ratio {ratio:.2f}")
        table.append(row)
    return table, misses, series


def run() -> Section:
    build_s, version = ensure_stores()
    plans: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp:
        paths = {size: private_copy(size, Path(tmp)) for size in SIZES}
        (Path(tmp) / "twins").mkdir()
        twins = {size: private_copy(size, Path(tmp) / "twins") for size in SIZES}
        with GC:
            per_size = asyncio.run(_measure(paths, twins))
        plans = _explain(paths[SIZES[-1]])
    table, misses, series = summarise(per_size)
    matched = {s: sum(per_size[s]["matched"]) / MATCH_SAMPLES for s in SIZES}  # type: ignore[arg-type]
    excluded_share = {
        s: 1 - sum(per_size[s]["matched_excluding"]) / max(1, sum(per_size[s]["matched_plain"]))  # type: ignore[arg-type]
        for s in SIZES
    }
    per_row = {s: sum(per_size[s]["enqueue_ms"]) / max(1, sum(per_size[s]["matched"])) for s in SIZES}  # type: ignore[arg-type]
    floor = max(percentile(series[NOISE_FLOOR][s], 99) for s in SIZES)
    empty = sum(n for s in SIZES for n in per_size[s]["empty"].values())  # type: ignore[attr-defined]
    record = recorded_build(version)
    if build_s is not None:
        build = f"built in {build_s:.0f} s this run"
    else:
        build = f"reused from benchmarks/.cache; they took {float(record.get('seconds', float('nan'))):.0f} s to build"
    how = (
        f"Stores of {', '.join(f'{s:,}' for s in SIZES)} synthetic articles + 2,000 chats × 5 topics = 10,000 "
        f"subscriptions, written through the real repositories (cache version `{version}`, {build}). "
        f"Each command is an `Update` fed to `app.process_update` of the real `build_application` app with an "
        f"in-process Bot API request (`benchmarks/fake_request.py`); {SAMPLES} timed samples per command per size "
        f"after 3 warm-up rounds, all sizes open at once and interleaved (size × command), paced at "
        f"{1 / PACE_S:.0f}/s; the heap alive after start-up is frozen out of garbage collection "
        f"(`bot.app.freeze_startup_heap`), as `python -m bot run` does. Matching: {MATCH_SAMPLES} new "
        f"articles per size: `subscriptions.match` alone, then the matching job (`bot.matching.match_new_articles`: "
        f"match, `chats.get_many`, one `deliveries.enqueue_many`) for that article (mean outbox rows: "
        f"{', '.join(f'{s // 1000}k: {matched[s]:.0f}' for s in SIZES)}; job "
        f"{', '.join(f'{s // 1000}k: {per_row[s]:.3f}' for s in SIZES)} ms per row). "
        f"With exclusions: a twin copy of each store where 3,333 of the 10,000 subscriptions have 1–3 "
        f"`-word` exclusions and 200 chats a `/mute` word, drawn from the articles' own places and theme "
        f"words; the same new articles, its `subscriptions.match` timed right before or after the plain "
        f"one (alternating); exclusions and mutes removed "
        f"{', '.join(f'{s // 1000}k: {100 * excluded_share[s]:.0f}%' for s in SIZES)} of the chats they would "
        f"otherwise reach. "
        f"Noise floor (/help, no store) worst p99: {floor:.1f} ms. "
        f"Targets: p99 < {TARGET_P99_MS:.0f} ms at every size and 100k/1k ≤ {TARGET_RATIO}. "
        + ("All met." if not misses else "Missed: " + "; ".join(misses) + ".")
        + "\n\nQuery plans at 100k (`EXPLAIN QUERY PLAN`): "
        + "; ".join(f"{k}: `{v}`" for k, v in plans.items())
        + f"\n\nReplies that said “no briefings / nothing found” (expected 0 on these stores): {empty}."
    )
    metrics = {
        "p99_ms": {k: {s: percentile(v[s], 99) for s in SIZES} for k, v in series.items()},
        "p50_ms": {k: {s: median(v[s]) for s in SIZES} for k, v in series.items()},
        "build_seconds": build_s if build_s is not None else record.get("seconds"), "cache_version": version,
        "matched_chats_mean": matched,
        "query_plans": plans, "misses": misses,
        "enqueue_ms_per_row": per_row, "noise_floor_p99_ms": floor, "excluded_share": excluded_share,
    }
    return Section("Store at scale", how, table, metrics, [_plot(per_size)])
