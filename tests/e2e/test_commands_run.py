"""``python -m bot run`` (bot.app.run): real process, polling the fake; start-up retry; no token in logs."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from pathlib import Path

from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, TOKEN, USER_ID

REPO_ROOT = Path(__file__).resolve().parents[2]


async def test_run_polls_answers_and_never_logs_token(fake_server: FakeBotServer, briefbot_process) -> None:
    reply = await fake_server.ask(USER_ID, "/start", timeout=30)
    assert "/latest" in reply[0].plain_text
    admin_menu = await fake_server.wait_for_commands({"type": "chat", "chat_id": ADMIN_ID}, timeout=30)
    assert "add" in [c["command"] for c in admin_menu]
    await briefbot_process.stop()
    logs = briefbot_process.stderr_text() + briefbot_process.stdout_text()
    assert TOKEN not in logs and TOKEN.split(":")[1] not in logs


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _read(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


async def _wait_for_text(path: Path, needle: str, timeout: float) -> str:  # noqa: ASYNC109
    """Poll a child's log file (a condition with a deadline, not a fixed sleep)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        text = await asyncio.to_thread(_read, path)
        if needle in text:
            return text
        await asyncio.sleep(0.1)
    raise AssertionError(f"{needle!r} not in {path}: {_read(path)[-2000:]}")


async def test_run_retries_until_the_api_comes_up(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "WEBHOOK_", "ADMIN_"))}
    env |= {"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": f"http://127.0.0.1:{port}/bot",
            "DATABASE_PATH": str(tmp_path / "db.sqlite3"), "PYTHONPATH": str(REPO_ROOT), "LOG_LEVEL": "INFO"}
    stderr_path = tmp_path / "stderr.log"
    with stderr_path.open("wb") as err:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdout=err, stderr=err,
            stdin=asyncio.subprocess.DEVNULL,
        )
    try:
        await _wait_for_text(stderr_path, "unreachable", 60)
        async with FakeBotServer(TOKEN, port=port) as server:
            reply = await server.ask(USER_ID, "/start", timeout=60)
            assert "/latest" in reply[0].plain_text
            proc.terminate()  # while the API is still up, so shutdown is clean
            assert await asyncio.wait_for(proc.wait(), 20) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    logs = stderr_path.read_text(errors="replace")
    assert TOKEN.split(":")[1] not in logs and "Traceback" not in logs


async def test_run_webhook_mode_uses_secret_and_hashed_path(fake_server: FakeBotServer, start_briefbot_process) -> None:
    from bot.app import webhook_path

    port = _free_port()
    process = await start_briefbot_process(
        WEBHOOK_URL=f"http://127.0.0.1:{port}/", WEBHOOK_LISTEN=f"127.0.0.1:{port}", WEBHOOK_SECRET="s3cret-value"
    )
    assert fake_server.webhook_url == f"http://127.0.0.1:{port}/{webhook_path(TOKEN)}"
    assert fake_server.webhook_secret == "s3cret-value"
    reply = await fake_server.ask(USER_ID, "/start", timeout=30)
    assert "/latest" in reply[0].plain_text
    assert await process.stop() == 0
    logs = process.stderr_text() + process.stdout_text()
    assert TOKEN.split(":")[1] not in logs and "s3cret-value" not in logs
