"""Broadcast: one new article to 2,000 subscribed private chats at Telegram's 30 msg/s cap.

The deliveries come from a real match (``bot.matching.match_new_articles`` over a temp SQLite
store seeded through the repositories) and go out through the real sender
(``bot.delivery.drain_outbox``) on the production Bot (``build_application``: rate limiter,
defaults) to ``fakebot`` on 127.0.0.1 with Telegram's limits (30/s overall, 1/s per private chat;
a 1-second sliding window that answers 429 + retry_after). The cap is NOT scaled: the sender's
pacing constant is calibrated on the real 30/s. Baseline, same fake and cap, in the same run: a
naive loop (``await bot.send_message`` per chat; on 429 sleep retry_after, then resend).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from telegram import Bot
from telegram.error import RetryAfter

import storage
from benchmarks.common import Section, save_plot
from benchmarks.synthetic import synthetic_briefing
from bot.app import build_application
from bot.delivery import drain_outbox, retry_after_seconds
from bot.matching import match_new_articles
from bot.progress import Progress
from bot.settings import Settings
from fakebot import FakeBotServer
from fakebot.policy import FloodLimits
from handlers.render import render_briefing

CHATS = 2_000
CAP_PER_SECOND = 30
NAIVE_CHATS = 300
"""The baseline sends to the first 300 chats only (~10 s): enough for a steady rate."""
TARGET_FRACTION = 0.95
TOKEN = "123456:BENCH-TOKEN"
FIRST_CHAT = 8_000_000


def _limits() -> FloodLimits:
    return FloodLimits(global_per_second=CAP_PER_SECOND, private_per_second=1, group_per_minute=20)


async def _seed(store: storage.Store, topic: str, chats: int) -> None:
    for c in Progress(range(chats), "broadcast seed chats"):
        await store.chats.upsert(FIRST_CHAT + c, type="private")
        await store.subscriptions.add(FIRST_CHAT + c, topic)


async def _progress(server: FakeBotServer, total: int, label: str, done: asyncio.Event) -> None:
    for n in Progress(range(total), label):
        while len(server.send_timestamps) <= n and not done.is_set():  # noqa: ASYNC110 (display refresh)
            await asyncio.sleep(0.1)


def _per_chat(server: FakeBotServer, chats: range) -> tuple[int, int, int]:
    """(chats with every message, lost chats, chats with a duplicated message)."""
    ok = lost = duplicated = 0
    for chat_id in chats:
        texts = Counter(m.text for m in server.messages(chat_id))
        if not texts:
            lost += 1
        elif max(texts.values()) > 1:
            duplicated += 1
        else:
            ok += 1
    return ok, lost, duplicated


def _gaps_ms(stamps: list[float]) -> tuple[float, float]:
    """(median, max) time between consecutive accepted sends: stalls show up in the max."""
    gaps = sorted(1000 * (b - a) for a, b in zip(stamps, stamps[1:], strict=False))
    return (gaps[len(gaps) // 2], gaps[-1]) if gaps else (float("nan"), float("nan"))


def _rate(stamps: list[float]) -> float:
    return (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else float("nan")


async def _real_sender(tmp: Path, chats: int, label: str) -> dict[str, object]:
    store = await storage.open_store(str(tmp / f"broadcast-{chats}.sqlite3"))
    briefing = synthetic_briefing(424_242)
    await _seed(store, briefing.topics[2], chats)  # the article's theme: every chat matches
    article = await store.articles.add(briefing, now=datetime.now(UTC))
    t0 = time.monotonic()
    created = await match_new_articles(store, now=datetime.now(UTC))
    match_s = time.monotonic() - t0
    chunks = len(render_briefing(article, matched=(briefing.topics[2],)))
    async with FakeBotServer(TOKEN, flood=_limits()) as server:
        settings = Settings(_env_file=None, bot_token=TOKEN, telegram_api_url=server.api_url,  # type: ignore[call-arg]
                            database_path=tmp / "unused.sqlite3")
        app = build_application(settings)
        await app.initialize()  # getMe; the app's own store (post_init) is not needed here
        done = asyncio.Event()
        monitor = asyncio.create_task(_progress(server, created * chunks, label, done))
        t0 = time.monotonic()
        stats = await drain_outbox(app.bot, store)
        wall = time.monotonic() - t0
        done.set()
        await monitor
        await app.shutdown()
        ok, lost, duplicated = _per_chat(server, range(FIRST_CHAT, FIRST_CHAT + chats))
        stamps = list(server.send_timestamps)
        rejections = server.flood_rejections
    counts = await store.deliveries.counts()
    await store.close()
    return {"created": created, "match_s": match_s, "chunks": chunks, "stamps": stamps, "wall": wall, "ok": ok, "lost": lost,
            "duplicated": duplicated, "rejections": rejections, "stats": stats, "outbox": counts}


async def _naive(text: str) -> dict[str, object]:
    async with FakeBotServer(TOKEN, flood=_limits()) as server:
        rejections = 0
        async with Bot(TOKEN, base_url=server.api_url) as bot:
            t0 = time.monotonic()
            for c in Progress(range(NAIVE_CHATS), "broadcast naive loop"):
                while True:
                    try:
                        await bot.send_message(FIRST_CHAT + c, text, parse_mode="HTML")
                        break
                    except RetryAfter as exc:
                        rejections += 1
                        await asyncio.sleep(retry_after_seconds(exc))
            wall = time.monotonic() - t0
        ok, lost, duplicated = _per_chat(server, range(FIRST_CHAT, FIRST_CHAT + NAIVE_CHATS))
        return {"stamps": list(server.send_timestamps), "wall": wall, "ok": ok, "lost": lost,
                "duplicated": duplicated, "rejections": rejections}


def _plot(series: dict[str, list[float]]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.2))
    for label, stamps in series.items():
        if stamps:
            ax.plot([s - stamps[0] for s in stamps], range(1, len(stamps) + 1), label=label)
    end = max((max(s[-1] - s[0] for s in series.values() if s)), 1)
    ax.plot([0, end], [0, CAP_PER_SECOND * end], color="red", linestyle="--", linewidth=1,
            label=f"cap {CAP_PER_SECOND} msg/s")
    ax.plot([0, end], [0, TARGET_FRACTION * CAP_PER_SECOND * end], color="grey", linestyle=":", linewidth=1,
            label=f"target {TARGET_FRACTION} × cap")
    ax.set_xlabel("seconds since first delivery")
    ax.set_ylabel("messages delivered (cumulative)")
    ax.set_title(f"Broadcast of one article to {CHATS:,} chats")
    ax.legend(fontsize=8)
    return save_plot(fig, "broadcast.png")


def run() -> Section:
    with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp:
        real = asyncio.run(_real_sender(Path(tmp), CHATS, "broadcast real sender"))
    sample = render_briefing(_article_for_naive(), matched=())[0]
    naive = asyncio.run(_naive(sample))
    rows = []
    for name, r in (("briefbot sender (`drain_outbox`)", real), ("naive sequential loop", naive)):
        stamps: list[float] = r["stamps"]  # type: ignore[assignment]
        rate = _rate(stamps)
        rows.append({"sender": name, "chats": r["ok"] + r["lost"] + r["duplicated"],  # type: ignore[operator]
                     "messages": len(stamps), "seconds": r["wall"], "msg/s": rate,
                     "fraction of cap": rate / CAP_PER_SECOND, "429s": r["rejections"],
                     "median gap ms": _gaps_ms(stamps)[0], "max gap ms": _gaps_ms(stamps)[1],
                     "lost": r["lost"], "duplicated": r["duplicated"]})
    fraction = rows[0]["fraction of cap"]
    met = fraction >= TARGET_FRACTION and real["lost"] == 0 and real["duplicated"] == 0  # type: ignore[operator]
    stats = real["stats"]
    how = (
        f"{CHATS:,} private chats subscribed via the storage layer; one new article matched by "
        f"`bot.matching.match_new_articles` ({real['created']:,} outbox rows in {1000 * real['match_s']:.0f} ms, "
        f"{real['chunks']} message(s) each), "
        f"sent by `bot.delivery.drain_outbox` on the production Bot (`build_application`) to `fakebot` on 127.0.0.1 "
        f"with Telegram's real limits ({CAP_PER_SECOND} msg/s overall sliding 1-s window, 1/s per private chat; "
        f"not scaled). msg/s = (messages − 1) / (last − first accepted send) from the fake's timestamps; lost / "
        f"duplicated from the fake's per-chat records. Sender stats: {stats.sent} sent, {stats.failed} failed, "  # type: ignore[attr-defined]
        f"{stats.retried} retried, {stats.flood_waits} flood waits; outbox after: {real['outbox']}. "  # type: ignore[attr-defined]
        f"Baseline: naive `await bot.send_message` loop (sleep retry_after on 429) to the first {NAIVE_CHATS} chats, "
        f"same fake and cap (over a short run its bursts of 30 straddle window edges, so its msg/s can read "
        f"above the cap; compare its 429s and gaps). Target ≥ {TARGET_FRACTION} of cap, 0 lost, 0 duplicated: "
        + ("**met**." if met else "**MISSED**.")
    )
    metrics = {"fraction_of_cap": fraction, "naive_fraction_of_cap": rows[1]["fraction of cap"], "match_seconds": real["match_s"],
               "lost": real["lost"], "duplicated": real["duplicated"], "429s": real["rejections"], "target_met": met}
    return Section(f"Broadcast to {CHATS:,} chats", how, rows, metrics,
                   [_plot({"briefbot sender (drain_outbox)": real["stamps"],  # type: ignore[dict-item]
                           f"naive loop ({NAIVE_CHATS} chats)": naive["stamps"]})])  # type: ignore[dict-item]


def _article_for_naive() -> storage.Article:
    """The same rendered briefing the real sender sent (the naive loop sends its first chunk)."""
    briefing = synthetic_briefing(424_242)
    return storage.Article(id=1, content_hash="x", title=briefing.title, added_at=datetime.now(UTC),
                           briefing=briefing, url=briefing.url, source=briefing.source)
