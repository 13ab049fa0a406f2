"""Fixtures for the storage contract suite.

Every test takes ``store``; it is parameterised over backends (``BACKENDS``): a real temporary
SQLite file, and a real PostgreSQL database in the session's throw-away cluster (one database,
migrated once and emptied before each test: fast, and ids restart at 1 as in a new file).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from briefing.models import Block, Briefing
from storage.base import Store
from tests.postgres import new_database, truncate_all

BACKENDS = ["sqlite", "postgresql"]
_contract_db: dict[str, str] = {}
"""The PostgreSQL database of the contract suite (created once per session)."""


async def open_backend(kind: str, tmp_path: Path, **options: object) -> Store:
    """A new store handle (a separate connection) on the test's database."""
    if kind == "sqlite":
        from storage.sqlite import SqliteStore

        return await SqliteStore.open(str(tmp_path / "briefbot.db"), **options)  # type: ignore[arg-type]
    if kind == "postgresql":
        from storage.postgres import PgStore

        return await PgStore.open(_contract_db["url"], **options)  # type: ignore[arg-type]
    raise ValueError(f"unknown backend {kind}")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        request.getfixturevalue("pg_cluster")
    return request.param


@pytest.fixture
async def store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Store]:
    if backend == "postgresql":
        if "url" not in _contract_db:
            _contract_db["url"] = await new_database(request.getfixturevalue("pg_cluster"), "contract")
            await (await open_backend(backend, tmp_path)).close()  # migrate once
        await truncate_all(_contract_db["url"])
    opened = await open_backend(backend, tmp_path)
    try:
        yield opened
    finally:
        await opened.close()


PARAGRAPHS = {
    "drones": (
        "Russia launched 296 drones and seven missiles at Ukraine overnight, the air force said on "
        "Sunday, in one of the largest aerial attacks since the start of the war. Air defence units "
        "shot down most of the drones over the Kyiv, Odesa and Kharkiv regions, officials said.",
        "A drone struck an apartment block in the capital, injuring four people, the mayor wrote "
        "on Telegram. Emergency crews worked through the night to clear debris from the upper floors "
        "while residents of neighbouring buildings were moved to shelters until the morning.",
    ),
    "rates": (
        "The central bank raised its benchmark interest rate by a quarter of a percentage point to "
        "4.5 percent on Thursday, the ninth increase in a row, as policymakers tried to bring "
        "inflation back towards their two percent target without tipping the economy into recession.",
        "Economists had expected the move after consumer prices rose faster than forecast in the "
        "spring. Mortgage lenders said they would pass the higher cost of borrowing on to customers "
        "within weeks, adding pressure on households already squeezed by energy bills.",
    ),
    "football": (
        "The home side came from two goals down to win the cup final in extra time on Saturday, "
        "with their captain scoring the decisive penalty in front of eighty thousand supporters. "
        "The manager called it the proudest night of his career and praised the young squad.",
    ),
    # A longer wire story: near-duplicate detection needs realistic length (SimHash over a
    # ninety-word text moves several bits per edited word).
    "wire": (
        "Flooding across the northern provinces has forced more than 12,000 people from their "
        "homes, the national disaster agency said on Tuesday, after three days of torrential rain "
        "swelled rivers beyond their banks and cut road links to dozens of villages.",
        "Rescue teams in boats reached isolated communities overnight, and the army deployed "
        "helicopters to drop food, drinking water and medicine where roads remained under water. "
        "At least nine people have died and four are missing, according to provincial officials.",
        "The prime minister visited an evacuation centre in the worst-hit town and promised "
        "emergency funds for families who had lost their homes. Engineers were checking two dams "
        "upstream, which the agency said were holding but would be monitored around the clock.",
        "Forecasters expect the rain to ease by the weekend, though they warned that river levels "
        "could keep rising for several days as water drains from the hills. Schools in the region "
        "will stay closed until Monday, and the railway operator suspended services on two lines.",
    ),
}


@pytest.fixture
def make_briefing() -> Callable[..., Briefing]:
    """Build a Briefing directly from the models: no dependency on the summariser."""

    def make(
        title: str = "Russia launches 296 drones at Ukraine",
        *,
        paragraphs: tuple[str, ...] | None = None,
        story: str = "drones",
        summary: tuple[str, ...] | None = None,
        topics: tuple[str, ...] = ("Ukraine", "Russia"),
        source: str | None = "Example News",
        url: str | None = None,
        published: str | None = "2026-11-20",
    ) -> Briefing:
        body = paragraphs if paragraphs is not None else PARAGRAPHS[story]
        return Briefing(
            title=title,
            source=source,
            url=url,
            published=published,
            blocks=tuple(Block(text=p) for p in body),
            summary=summary
            if summary is not None
            else (body[0].split(", ")[0] + ".",)
            if body
            else (),
            topics=topics,
        )

    return make
