"""Delivery fixtures: a real temp SQLite store, the fake Bot API, a PTB Bot talking to it,
a settable clock, and small realistic stories to brief/store.

The e2e fixtures (``fake_server``, ``make_settings``, ``start_bot`` …) are re-exported so the
delivery tests run against the same fake and application wiring as the end-to-end suite.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from briefing.models import Block, Briefing
from net.fetch import Fetcher
from storage import open_store
from storage.base import Store
from tests.delivery.newssite import site  # noqa: F401 - the local news site fixture
from tests.e2e import TOKEN
from tests.e2e.conftest import app_errors, fake_server, make_settings, start_bot  # noqa: F401

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

STORIES = {
    "drones": (
        "Drones hit Kyiv in overnight attack on Ukraine",
        (
            "Russia launched 296 drones and seven missiles at Ukraine overnight, the air force said on "
            "Sunday, in one of the largest aerial attacks since the start of the war.",
            "A drone struck an apartment block in Kyiv, injuring four people, the mayor said. "
            "\"We worked all night to reach the upper floors,\" said rescuer Olena Koval.",
        ),
        ("Ukraine", "Russia", "drones"),
    ),
    "rates": (
        "Central bank raises interest rates to 4.5 percent",
        (
            "The central bank raised its benchmark interest rate by a quarter point to 4.5 percent on "
            "Thursday, the ninth increase in a row, as policymakers fought inflation.",
            "Mortgage lenders said they would pass the higher cost of borrowing on to customers within weeks.",
        ),
        ("interest rates", "inflation", "central bank"),
    ),
}


class Clock:
    """A settable UTC clock for the sender, matching, digests and feeds."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(str(tmp_path / "delivery.sqlite3"))
    try:
        yield opened
    finally:
        await opened.close()


def briefing(story: str = "drones", *, title: str | None = None, url: str | None = None) -> Briefing:
    default_title, paragraphs, topics = STORIES[story]
    return Briefing(
        title=title or default_title,
        source="Example News",
        url=url,
        blocks=tuple(Block(text=p) for p in paragraphs),
        summary=(paragraphs[0],),
        topics=topics,
    )


@pytest.fixture
def add_article(store: Store, clock: Clock) -> Callable:
    async def add(story: str = "drones", **kwargs):
        return await store.articles.add(briefing(story, **kwargs), now=clock())

    return add


@pytest.fixture
def subscribe(store: Store) -> Callable:
    async def sub(chat_ids, topic: str = "ukraine", *, type: str | None = None):
        for chat_id in chat_ids:
            await store.chats.upsert(chat_id, type=type or ("private" if chat_id > 0 else "group"))
            await store.subscriptions.add(chat_id, topic)

    return sub


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    """The guarded fetcher allowed onto loopback (where the test sites run)."""
    client = Fetcher(allow_private=True, timeout=5, deadline=10)
    yield client
    await client.aclose()


@pytest.fixture
async def bot(fake_server) -> AsyncIterator[Bot]:  # noqa: F811
    """A plain PTB Bot (no rate limiter: the fake's flood limits answer 429 themselves)."""
    request = HTTPXRequest(connection_pool_size=64, read_timeout=1.0, write_timeout=1.0, connect_timeout=1.0)
    async with Bot(TOKEN, base_url=fake_server.api_url, request=request) as client:
        yield client


async def eventually(predicate: Callable[[], Awaitable[bool]], timeout: float = 10.0, step: float = 0.05) -> None:  # noqa: ASYNC109
    """Wait for a database condition (the fake's own waiters cover Bot API conditions)."""
    for _ in range(int(timeout / step) + 1):
        if await predicate():
            return
        await asyncio.sleep(step)
    raise AssertionError(f"condition {predicate.__qualname__} not met within {timeout}s")
