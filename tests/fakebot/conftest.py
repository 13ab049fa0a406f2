"""Fixtures for testing the fake itself: a started server, a PTB Bot and a raw httpx client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import telegram

from fakebot import FakeBotServer


class ManualClock:
    """A monotonic clock the test moves by hand, so flood windows are exact."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def server(clock: ManualClock) -> AsyncIterator[FakeBotServer]:
    async with FakeBotServer("123456:TEST-TOKEN", clock=clock) as running:
        yield running


@pytest.fixture
async def bot(server: FakeBotServer) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(server.token, base_url=server.api_url, base_file_url=server.file_url) as client:
        yield client


@pytest.fixture
async def http(server: FakeBotServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as client:
        yield client
