"""Fixtures: a fake Bot API server, the real briefbot Application polling it, or the CLI process.

    async def test_x(fake_server, bot_app):
        replies = await fake_server.ask(USER_ID, "/start")       # inject, wait for the reply
        await fake_server.send_text(GROUP_ID, "/help", user_id=USER_ID)
        messages = await fake_server.wait_for_messages(GROUP_ID, 1)

Everything waits on conditions with timeouts; nothing sleeps for a fixed time.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, TOKEN

REPO_ROOT = Path(__file__).resolve().parents[2]
POLL_TIMEOUT_S = 5  # long-poll length; the fake answers at once when an update is injected
PROCESS_START_TIMEOUT_S = 60.0  # cold `python -m bot run` imports trafilatura etc. on a busy 2-core box
PROCESS_STOP_TIMEOUT_S = 15.0


@pytest.fixture
async def fake_server() -> AsyncIterator[FakeBotServer]:
    """A FakeBotServer on 127.0.0.1:<free port> with token ``TOKEN``; ``.api_url`` ends in /bot."""
    server = FakeBotServer(TOKEN)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def make_settings(fake_server: FakeBotServer, tmp_path: Path, database_url: str) -> Callable[..., Any]:
    """``make_settings(**overrides)`` → ``bot.settings.Settings`` pointing at the fake server.

    ``.env`` is ignored (``_env_file=None``) so a developer's real token never leaks into tests.
    The store is ``database_url``: a SQLite file, or PostgreSQL in modules that list it in
    ``DATABASE_BACKENDS``; a test that passes its own ``database_path`` gets that file.
    """

    def make(**overrides: Any) -> Any:
        from bot.settings import Settings

        values: dict[str, Any] = {
            "bot_token": TOKEN,
            "telegram_api_url": fake_server.api_url,
            "database_path": tmp_path / "bot.sqlite3",
            "database_url": None if "database_path" in overrides else database_url,
            "admin_ids": frozenset({ADMIN_ID}),
            "fetch_allow_private": True,
            "push_interval_seconds": 3600,
            "feed_poll_seconds": 3600,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)

    return make


@dataclass
class AppErrors:
    """Exceptions that reached PTB's error handlers while the app ran (tests may assert on them)."""

    errors: list[BaseException] = field(default_factory=list)


@pytest.fixture
def app_errors() -> AppErrors:
    return AppErrors()


class BotStarter:
    """``await start_bot(clock=None, **settings_overrides)`` → a running, polling Application.

    Runs the same lifecycle as ``Application.run_polling`` (initialize, post_init, start,
    polling; then the reverse) inside the test's event loop. ``await start_bot.stop(app)``
    shuts one down mid-test (restart scenarios); the rest are stopped at teardown.
    """

    def __init__(self, make_settings: Callable[..., Any], app_errors: AppErrors):
        self._make_settings = make_settings
        self._app_errors = app_errors
        self.running: list[Any] = []

    async def __call__(self, *, clock: Callable[[], datetime] | None = None, **overrides: Any) -> Any:
        from telegram import Update

        from bot.app import build_application  # lazily: wiring may not import in isolation

        app = build_application(self._make_settings(**overrides), clock=clock)
        errors = self._app_errors.errors

        async def record_error(update: object, context: Any) -> None:
            errors.append(context.error)

        app.add_error_handler(record_error)
        await app.initialize()
        self.running.append(app)
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        await app.updater.start_polling(
            poll_interval=0, timeout=POLL_TIMEOUT_S, allowed_updates=Update.ALL_TYPES, drop_pending_updates=False
        )
        return app

    async def stop(self, app: Any) -> None:
        if app not in self.running:
            return
        self.running.remove(app)
        try:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
                if app.post_stop is not None:
                    await app.post_stop(app)
        finally:
            await app.shutdown()
            if app.post_shutdown is not None:
                await app.post_shutdown(app)


@pytest.fixture
async def start_bot(make_settings: Callable[..., Any], app_errors: AppErrors) -> AsyncIterator[BotStarter]:
    """A :class:`BotStarter`: ``app = await start_bot(**overrides)``, ``await start_bot.stop(app)``."""
    starter = BotStarter(make_settings, app_errors)
    try:
        yield starter
    finally:
        for app in reversed(list(starter.running)):
            await starter.stop(app)


@pytest.fixture
async def bot_app(start_bot: BotStarter) -> Any:
    """The real briefbot Application (``bot.app.build_application``) polling ``fake_server``."""
    return await start_bot()


async def stop_process(proc: asyncio.subprocess.Process) -> int:
    """SIGTERM (a graceful shutdown), then SIGKILL if it does not exit in time; the exit code."""
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), PROCESS_STOP_TIMEOUT_S)
        except TimeoutError:
            proc.kill()
            await proc.wait()
    return proc.returncode if proc.returncode is not None else -1


@dataclass
class BriefbotProcess:
    """``briefbot run`` as a child process; its stdout/stderr go to files for later assertions."""

    proc: asyncio.subprocess.Process
    stdout_path: Path
    stderr_path: Path
    env: dict[str, str]

    def stderr_text(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def stdout_text(self) -> str:
        return self.stdout_path.read_text(encoding="utf-8", errors="replace")

    async def stop(self) -> int:
        """SIGTERM, then SIGKILL if it does not exit in time; returns the exit code."""
        return await stop_process(self.proc)


@pytest.fixture
async def start_briefbot_process(
    fake_server: FakeBotServer, tmp_path: Path
) -> AsyncIterator[Callable[..., Awaitable[BriefbotProcess]]]:
    """``await start_briefbot_process(**env)`` → ``python -m bot run`` against the fake, ready.

    Ready means polling (first getUpdates) or, with WEBHOOK_URL in ``env``, the webhook set.
    Every process started is stopped (SIGTERM, then SIGKILL) at teardown.
    """
    started: list[BriefbotProcess] = []

    async def start(**env_overrides: str) -> BriefbotProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "WEBHOOK_"))}
        env |= {
            "BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": fake_server.api_url,
            "DATABASE_PATH": str(tmp_path / "proc.sqlite3"),
            "ADMIN_IDS": str(ADMIN_ID),
            "FETCH_ALLOW_PRIVATE": "true",
            "LOG_LEVEL": "INFO",
            "PYTHONPATH": str(REPO_ROOT),
            "PYTHONUNBUFFERED": "1",
        }
        env |= env_overrides
        n = len(started)
        stdout_path, stderr_path = tmp_path / f"briefbot{n}.stdout", tmp_path / f"briefbot{n}.stderr"
        webhook = bool(env.get("WEBHOOK_URL"))
        ready_method = "setWebhook" if webhook else "getUpdates"
        calls_before = fake_server.calls["getUpdates"]

        def is_ready() -> bool:
            if webhook:
                return fake_server.webhook_url is not None
            return fake_server.calls["getUpdates"] > calls_before

        with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdout=out, stderr=err,
                stdin=asyncio.subprocess.DEVNULL,
            )
        process = BriefbotProcess(proc, stdout_path, stderr_path, env)
        started.append(process)
        ready = asyncio.ensure_future(
            fake_server.wait_for(is_ready, timeout=PROCESS_START_TIMEOUT_S, describe=f"no {ready_method} call")
        )
        exited = asyncio.ensure_future(proc.wait())
        await asyncio.wait({ready, exited}, return_when=asyncio.FIRST_COMPLETED)
        exited.cancel()
        if not ready.done():
            ready.cancel()
            raise AssertionError(f"briefbot exited with {proc.returncode} before {ready_method}:\n{process.stderr_text()}")
        if ready.exception() is not None:
            raise AssertionError(f"briefbot never called {ready_method}:\n{process.stderr_text()}") from ready.exception()
        return process

    try:
        yield start
    finally:
        for process in reversed(started):
            await process.stop()


@pytest.fixture
async def briefbot_process(start_briefbot_process: Callable[..., Awaitable[BriefbotProcess]]) -> BriefbotProcess:
    """``python -m bot run`` against the fake, started and polling (first getUpdates seen)."""
    return await start_briefbot_process()
