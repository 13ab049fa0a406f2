"""Memory: peak RSS of ``python -m bot run`` on the 100k-article store after 1,000 commands.

A ``fakebot`` server runs in this process; the bot is a real subprocess polling it
(BOT_TOKEN, TELEGRAM_API_URL, DATABASE_PATH → a private copy of the cached 100k store, its
matching cursor set to the newest article as in a bot that has been running). 50 users each
send 20 commands (a fixed mix of /latest, /latest topic, /search, /brief ID, /topics,
/subscribe), one at a time per user, every reply awaited. Peak RSS is ``VmHWM`` from
``/proc/<pid>/status`` just before the process is stopped. Baseline, same fake and messages: a
bare PTB Application with an echo handler (``benchmarks/echo_bot.py``).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
import tempfile
from pathlib import Path

import storage
from benchmarks.common import Section
from benchmarks.store_build import SIZES, ensure_stores, private_copy
from benchmarks.synthetic import PEOPLE, PLACES, THEMES
from bot.matching import MATCH_CURSOR_KEY
from bot.progress import Progress
from fakebot import FakeBotServer

TARGET_MB = 200.0
USERS = 50
COMMANDS_PER_USER = 20
TOKEN = "123456:BENCH-TOKEN"
START_TIMEOUT_S = 90.0
REPLY_TIMEOUT_S = 60.0
REPO = Path(__file__).resolve().parents[1]
SEARCHES = ["gas pipeline", "drone strike", "inflation rates", "Zelensky partners", "tariffs", "vaccine"]


def commands(user: int, articles: int) -> list[str]:
    rng = random.Random(user)
    topics = [*THEMES, *PLACES, *PEOPLE]
    mix = [
        lambda: "/latest",
        lambda: f"/latest {rng.choice(topics)}",
        lambda: f"/search {rng.choice(SEARCHES)}",
        lambda: f"/brief {rng.randint(1, articles)}",
        lambda: "/topics",
        lambda: f"/subscribe {rng.choice(topics)}",
    ]
    return [mix[(user + i) % len(mix)]() for i in range(COMMANDS_PER_USER)]


def peak_rss_mb(pid: int) -> tuple[float, float]:
    """(VmHWM, VmRSS) in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmHWM:", "VmRSS:")):
            key, value = line.split(":", 1)
            values[key] = int(value.split()[0]) / 1024
    return values["VmHWM"], values["VmRSS"]


async def _serve(argv: list[str], env_extra: dict[str, str], tmp: Path, label: str, articles: int) -> dict[str, float]:
    async with FakeBotServer(TOKEN) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "WEBHOOK_", "DATABASE_"))}
        env |= {"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": server.api_url, "LOG_LEVEL": "WARNING",
                "PYTHONPATH": str(REPO), **env_extra}
        with (tmp / f"{label}.stderr").open("wb") as err:
            proc = await asyncio.create_subprocess_exec(*argv, cwd=tmp, env=env, stdout=asyncio.subprocess.DEVNULL,
                                                        stderr=err, stdin=asyncio.subprocess.DEVNULL)
        try:
            await server.wait_for_calls("getUpdates", 1, timeout=START_TIMEOUT_S)
            idle_hwm, _ = peak_rss_mb(proc.pid)
            queue = [(u, text) for u in range(USERS) for text in commands(u, articles)]
            per_user = {u: [t for uu, t in queue if uu == u] for u in range(USERS)}
            done = asyncio.Queue[int]()

            async def user(u: int) -> None:
                chat_id = 9_000_000 + u
                for text in per_user[u]:
                    await server.ask(chat_id, text, timeout=REPLY_TIMEOUT_S)
                    done.put_nowait(1)

            tasks = [asyncio.create_task(user(u)) for u in range(USERS)]
            for _ in Progress(range(len(queue)), f"memory {label} commands"):
                await done.get()
            await asyncio.gather(*tasks)
            hwm, rss = peak_rss_mb(proc.pid)
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), 20)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
        return {"idle_hwm": idle_hwm, "hwm": hwm, "rss": rss, "replies": float(len(server.sent)),
                "commands": float(len(queue))}


async def _set_cursor(path: Path) -> int:
    store = await storage.open_store(str(path))
    try:
        newest = (await store.articles.latest(limit=1)).items[0].id
        await store.meta.set(MATCH_CURSOR_KEY, str(newest))
        return await store.articles.count()
    finally:
        await store.close()


def run() -> Section:
    ensure_stores()
    with tempfile.TemporaryDirectory(prefix="briefbot-bench-") as tmp_name:
        tmp = Path(tmp_name)
        db = private_copy(SIZES[-1], tmp)
        articles = asyncio.run(_set_cursor(db))
        bot = asyncio.run(_serve([sys.executable, "-m", "bot", "run"], {"DATABASE_PATH": str(db)}, tmp, "briefbot",
                                 articles))
        echo = asyncio.run(_serve([sys.executable, "-m", "benchmarks.echo_bot"], {}, tmp, "bare PTB echo", articles))
    table = [
        {"process": f"`python -m bot run` ({articles:,}-article store)", "commands": int(bot["commands"]),
         "replies": int(bot["replies"]), "peak RSS MB (VmHWM)": bot["hwm"], "RSS at end MB": bot["rss"],
         "peak RSS idle MB": bot["idle_hwm"]},
        {"process": "bare PTB Application, echo handler, no store", "commands": int(echo["commands"]),
         "replies": int(echo["replies"]), "peak RSS MB (VmHWM)": echo["hwm"], "RSS at end MB": echo["rss"],
         "peak RSS idle MB": echo["idle_hwm"]},
    ]
    met = bot["hwm"] < TARGET_MB
    how = (
        f"{USERS} users × {COMMANDS_PER_USER} commands injected through `fakebot` (in the benchmark process), "
        f"each reply awaited before that user's next command. Difference briefbot − bare PTB: "
        f"**{bot['hwm'] - echo['hwm']:.0f} MB** peak. Target peak < {TARGET_MB:.0f} MB: "
        + ("**met**." if met else "**MISSED**.")
    )
    metrics = {"briefbot_peak_mb": bot["hwm"], "baseline_peak_mb": echo["hwm"],
               "difference_mb": bot["hwm"] - echo["hwm"], "target_mb": TARGET_MB, "target_met": met}
    return Section("Memory (peak RSS)", how, table, metrics)
