"""Faults: a locked, full or read-only database; the Bot API down at start; kill -9 mid-ingest.

Disk full and read-only are simulated on the bot's own connection (``PRAGMA max_page_count`` /
``PRAGMA query_only``) because CI runs as root, where ``chmod`` does not stop writes.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import sqlite3
import sys
from pathlib import Path

import pytest

from fakebot import FakeBotServer
from handlers.errors import DB_BUSY, DB_UNAVAILABLE
from storage.sqlite import SqliteStore
from tests.e2e import ADMIN_ID, TOKEN, USER_ID
from tests.e2e.commands_helpers import article_text
from tests.e2e.conftest import REPO_ROOT, stop_process


def writes(n: int) -> list[tuple[int, str]]:
    """Three small writes by an admin and a user; ``n`` makes each round's writes new."""
    return [(ADMIN_ID, "/add " + article_text(n)), (USER_ID, f"/subscribe topic{n}"),
            (ADMIN_ID, f"/feed_add https://example.com/rss{n}")]


WRITES = writes(3)


async def _replies(server: FakeBotServer, round_: int = 3) -> list[str]:
    return [(await server.ask(chat, text))[0].plain_text for chat, text in writes(round_)]


async def _assert_writes_work_again(server: FakeBotServer, store) -> None:
    replies = await _replies(server, 10)
    assert replies[0].startswith("✅ Added") and "Subscribed" in replies[1] and "Added feed" in replies[2], replies
    assert await store.integrity_check() == "ok"


async def test_locked_database_says_busy_then_recovers(fake_server: FakeBotServer, bot_app, make_settings) -> None:
    path = str(make_settings().database_path)
    impatient = await SqliteStore.open(path, busy_timeout_ms=100)  # production waits 5 s; same code path
    original, bot_app.bot_data.store = bot_app.bot_data.store, impatient
    other_writer = sqlite3.connect(path, isolation_level=None)
    try:
        other_writer.execute("BEGIN IMMEDIATE")  # e.g. a CLI ingest holding the write lock
        assert await _replies(fake_server) == [DB_BUSY] * 3
        other_writer.execute("ROLLBACK")
        await _assert_writes_work_again(fake_server, impatient)
    finally:
        other_writer.close()
        bot_app.bot_data.store = original
        await impatient.close()


async def _fill_disk(conn) -> None:
    """Cap the file at its current size, then use up every free page: the next write that
    needs a page gets SQLITE_FULL, exactly as on a full disk."""
    await conn.execute("CREATE TABLE IF NOT EXISTS hardening_filler (x BLOB)")
    pages = (await (await conn.execute("PRAGMA page_count")).fetchone())[0]
    await conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for _ in range(1000):
            await conn.execute("INSERT INTO hardening_filler VALUES (randomblob(3000))")


@pytest.mark.parametrize("fault", ["disk full", "read-only"])
async def test_full_or_read_only_database_is_a_clear_error(fault: str, fake_server: FakeBotServer, bot_app, app_errors) -> None:
    store = bot_app.bot_data.store
    conn = store._conn  # test-only hook: the one connection the bot writes through
    big = "/add " + article_text(4) + "\n\n" + " ".join(article_text(i) for i in range(5, 9))  # needs new pages
    if fault == "disk full":
        await _fill_disk(conn)
    else:
        await conn.execute("PRAGMA query_only = ON")
    try:
        reply = (await fake_server.ask(ADMIN_ID, big))[0].plain_text
        others = [(await fake_server.ask(chat, text))[0].plain_text for chat, text in WRITES[1:]]
    finally:
        await conn.execute("PRAGMA max_page_count = 1073741823" if fault == "disk full" else "PRAGMA query_only = OFF")
    reason = "the disk is full" if fault == "disk full" else "the database is read-only"
    assert reply == DB_UNAVAILABLE.format(reason=reason)
    if fault == "read-only":  # every write is refused; on a "full disk" small rows may still fit a page
        assert others == [DB_UNAVAILABLE.format(reason=reason)] * 2
    assert all("Traceback" not in r and "sqlite" not in r.lower() for r in [reply, *others])
    assert await store.articles.count() == 0
    assert app_errors.errors and all(type(e).__name__ == "StorageUnavailable" for e in app_errors.errors)
    assert await store.integrity_check() == "ok"
    assert (await fake_server.ask(ADMIN_ID, big))[0].plain_text.startswith("✅ Added")
    await _assert_writes_work_again(fake_server, store)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "WEBHOOK_"))}
    return env | {"BOT_TOKEN": TOKEN, "DATABASE_PATH": str(tmp_path / "bot.sqlite3"), "ADMIN_IDS": str(ADMIN_ID),
                  "PYTHONPATH": str(REPO_ROOT), "PYTHONUNBUFFERED": "1", "LOG_LEVEL": "INFO"} | extra


async def _wait_for_lines(path: Path, needle: str, n: int, proc: asyncio.subprocess.Process, limit_s: float = 60) -> str:
    async with asyncio.timeout(limit_s):
        while True:
            text = await asyncio.to_thread(path.read_text, errors="replace")
            if text.count(needle) >= n:
                return text
            assert proc.returncode is None, f"exited {proc.returncode}:\n{text[-2000:]}"
            await asyncio.sleep(0.01)  # polling a file written by another process; not a fixed wait


async def test_bot_api_down_at_start_retries_with_backoff_then_connects(tmp_path: Path) -> None:
    port = _free_port()
    env = _env(tmp_path, TELEGRAM_API_URL=f"http://127.0.0.1:{port}/bot")
    err = tmp_path / "stderr"
    with err.open("wb") as stderr:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
                                                    stdout=asyncio.subprocess.DEVNULL, stderr=stderr,
                                                    stdin=asyncio.subprocess.DEVNULL)
    server = FakeBotServer(TOKEN, port=port)
    try:
        text = await _wait_for_lines(err, "unreachable", 2, proc)
        assert "retrying in 1 s" in text and "retrying in 2 s" in text  # exponential backoff
        assert proc.returncode is None and "Traceback" not in text and TOKEN.split(":")[1] not in text
        await server.start()  # the API comes back on the same port
        await server.wait_for(lambda: server.calls["getUpdates"] > 0, timeout=30, describe="never started polling")
        assert "Hi" in (await server.ask(USER_ID, "/start", timeout=20))[0].plain_text
    finally:
        await stop_process(proc)
        await server.stop()
    assert proc.returncode == 0


def _articles(n: int, folder: Path) -> list[str]:
    """n distinct small articles (random vocabulary, so no two are near-duplicates)."""
    rng = random.Random(9)
    words = "grain port strike minister budget storm harbour council election drought vaccine rail bridge".split()
    specs = []
    for i in range(n):
        body = " ".join(f"{rng.choice(words).capitalize()} {' '.join(rng.choices(words, k=12))} rose {rng.randint(2, 90)}%."
                        for _ in range(8))
        path = folder / f"a{i:03d}.txt"
        path.write_text(f"Report {i}: {rng.choice(words)} {rng.choice(words)} update\n\n{body}\n", encoding="utf-8")
        specs.append(str(path))
    return specs


async def test_kill_9_mid_ingest_leaves_a_sound_database_and_rerun_completes(tmp_path: Path) -> None:
    specs = _articles(300, tmp_path)
    env = _env(tmp_path)
    out1 = tmp_path / "ingest1.out"
    with out1.open("wb") as stdout:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "ingest", *specs, cwd=tmp_path, env=env,
                                                    stdout=stdout, stderr=asyncio.subprocess.DEVNULL)
    await _wait_for_lines(out1, "added\t", 10, proc)
    proc.kill()  # SIGKILL: no cleanup, possibly mid-transaction
    await proc.wait()
    first = out1.read_text().count("added\t")
    assert first < len(specs), "ingest finished before the kill; nothing was tested"

    db = tmp_path / "bot.sqlite3"
    store = await SqliteStore.open(str(db))
    try:
        assert await store.integrity_check() == "ok"
        killed_at = await store.articles.count()
    finally:
        await store.close()
    rerun = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "ingest", *specs, cwd=tmp_path, env=env,
                                                 stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(rerun.communicate(), 120)
    lines = out.decode().splitlines()
    assert rerun.returncode == 0, err.decode()[-2000:]
    assert sum(line.startswith("duplicate\t") for line in lines) == killed_at
    conn = sqlite3.connect(db)
    try:
        total, hashes, urls = conn.execute("SELECT count(*), count(DISTINCT content_hash), count(DISTINCT title) FROM articles").fetchone()
    finally:
        conn.close()
    assert total == hashes == urls == len(specs)
    print(f"\nkill -9 after {first} printed / {killed_at} stored of {len(specs)}; rerun completed, {total} articles, 0 duplicates")
