"""Hardening fixtures: the e2e fixtures (imported explicitly — ``pytest_plugins`` is only
allowed in the root conftest), plus an unthrottled bot, a hermetic fetcher and DB snapshots.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from net.fetch import Fetcher
from tests.e2e.conftest import (  # noqa: F401 - fixtures are found by name in this module
    app_errors,
    bot_app,
    briefbot_process,
    fake_server,
    make_settings,
    start_bot,
    start_briefbot_process,
)

PUBLIC_IP = "93.184.216.34"
# Host name → addresses, for the injected resolver: names that *look* public but point inside.
DNS: dict[str, list[str]] = {
    "news.test": [PUBLIC_IP],
    "localhost": ["127.0.0.1", "::1"],
    "rebind.test": [PUBLIC_IP, "127.0.0.1"],
    "intranet.test": ["10.1.2.3"],
    "router.test": ["192.168.0.1"],
    "docker.test": ["172.17.0.1"],
    "metadata.test": ["169.254.169.254"],
    "v6loop.test": ["::1"],
    "v6ula.test": ["fd12:3456::1"],
    "v6link.test": ["fe80::1"],
    "mapped.test": ["::ffff:127.0.0.1"],
}
NEWS_PAGE = (
    "<html><head><title>Port strike halts grain exports</title></head><body><article>"
    "<h1>Port strike halts grain exports</h1>"
    "<p>Dock workers in Odesa walked out on Monday, halting grain exports for a third day, "
    "the port authority said. About 40 ships were waiting at anchor.</p>"
    "<p>\"We cannot load a single vessel,\" said port director Ivan Petrenko. Exports fell 12% "
    "in May compared with a year earlier, according to ministry figures.</p>"
    "<p>Traders said wheat prices in Europe rose 3% on the news.</p></article></body></html>"
)


async def fake_resolver(host: str, port: int) -> list[str]:
    if host not in DNS:
        raise OSError("name does not resolve")
    return DNS[host]


def serve_news(request: httpx.Request) -> httpx.Response:
    """What the 'internet' answers: a news page for news.test; redirects when asked to."""
    target = request.url.params.get("to")
    if target:
        return httpx.Response(302, headers={"location": target})
    return httpx.Response(200, text=NEWS_PAGE, headers={"content-type": "text/html"})


def hermetic_fetcher(requests: list[httpx.Request] | None = None) -> Fetcher:
    """The production guard (allow_private=False) over a fake resolver and an in-memory web."""

    def handler(request: httpx.Request) -> httpx.Response:
        if requests is not None:
            requests.append(request)
        return serve_news(request)

    return Fetcher(allow_private=False, resolver=fake_resolver, transport=httpx.MockTransport(handler))


async def use_fetcher(app: Any, fetcher: Fetcher) -> None:
    """Swap the running app's fetcher (the old one is closed; the app closes the new one)."""
    old, app.bot_data.fetcher = app.bot_data.fetcher, fetcher
    if old is not None:
        await old.aclose()


@pytest.fixture
def unthrottled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rate limiter without its 30 msg/s and 20 msg/min/group buckets, and without the
    reply budget all workers share through the database (24/s, ``meta.reserve_rate_slot``).

    The fuzz run sends >1,000 replies; at 24-30/s that alone is 35-40 s of waiting that tests
    nothing about hostile input (flood behaviour is covered by tests/delivery, the shared
    budget by tests/bot/test_ratelimit.py). Retries on 429 stay as in production.
    """
    import bot.app
    from bot.ratelimit import MessageRateLimiter

    class Unthrottled(MessageRateLimiter):
        async def _wait_for_shared_budget(self) -> None:
            return None

    def no_buckets(max_retries: int = 0) -> MessageRateLimiter:
        return Unthrottled(overall_max_rate=0, group_max_rate=0, max_retries=max_retries)

    monkeypatch.setattr(bot.app, "MessageRateLimiter", no_buckets)


def snapshot(db_path: Path) -> dict[str, list[tuple]]:
    """Every row that hostile input must not change (read through a separate connection)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return {
            "articles": conn.execute("SELECT id, url, content_hash, title, added_by FROM articles ORDER BY id").fetchall(),
            "feeds": conn.execute("SELECT id, url, added_by FROM feeds ORDER BY id").fetchall(),
            "subscriptions": conn.execute(
                "SELECT chat_id, key, thread_id, exclude_keys, paused FROM subscriptions ORDER BY chat_id, thread_id, key"
            ).fetchall(),
            "mutes": conn.execute("SELECT chat_id, key FROM chat_mutes ORDER BY chat_id, key").fetchall(),
            "chats": conn.execute("SELECT id, type, active, settings FROM chats ORDER BY id").fetchall(),
        }
    finally:
        conn.close()
