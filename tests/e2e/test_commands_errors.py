"""The one error handler: short polite replies, never exception text; the DB-busy message."""

from __future__ import annotations

import sqlite3

import asyncpg
import pytest

from fakebot import FakeBotServer
from storage.sqlite import SqliteStore
from tests.e2e import ADMIN_ID, USER_ID


async def test_database_busy_gets_its_own_message(fake_server: FakeBotServer, bot_app, make_settings) -> None:
    path = str(make_settings().database_path)
    impatient = await SqliteStore.open(path, busy_timeout_ms=50)
    original = bot_app.bot_data.store
    bot_app.bot_data.store = impatient
    lock = sqlite3.connect(path, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")  # another writer holds the database
        reply = (await fake_server.ask(USER_ID, "/subscribe energy"))[0].plain_text
        assert reply == "The database is busy right now, please try again in a moment."
    finally:
        lock.execute("ROLLBACK")
        lock.close()
        bot_app.bot_data.store = original
        await impatient.close()
    assert "Subscribed" in (await fake_server.ask(USER_ID, "/subscribe energy"))[0].plain_text


async def test_unexpected_error_is_generic_and_bot_keeps_working(fake_server: FakeBotServer, bot_app, app_errors) -> None:
    fetcher, bot_app.bot_data.fetcher = bot_app.bot_data.fetcher, None  # a wiring fault
    try:
        reply = (await fake_server.ask(ADMIN_ID, "/add https://example.com/news/1"))[0].plain_text
    finally:
        bot_app.bot_data.fetcher = fetcher
    assert reply == "Something went wrong, please try again."
    assert "/latest" in (await fake_server.ask(ADMIN_ID, "/start"))[0].plain_text
    assert any(isinstance(e, RuntimeError) for e in app_errors.errors)  # recorded, not shown


@pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)
async def test_lost_postgres_connection_gets_busy_then_recovers(fake_server: FakeBotServer, bot_app, database_url) -> None:
    """The server drops every connection of the bot and refuses new ones for a while (a restart,
    a failover): commands meanwhile get the polite busy answer, no traceback; once the server
    accepts connections again the same running bot works without a restart."""
    database = database_url.rsplit("/", 1)[1]
    admin = await asyncpg.connect(database_url.rsplit("/", 1)[0] + "/postgres")
    try:
        await admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", database
        )
        reply = (await fake_server.ask(USER_ID, "/subscribe energy", timeout=30))[0].plain_text
        assert reply == "The database is busy right now, please try again in a moment."
        await admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    finally:
        await admin.close()
    assert "Subscribed" in (await fake_server.ask(USER_ID, "/subscribe energy"))[0].plain_text
    assert "energy" in (await fake_server.ask(USER_ID, "/subscriptions"))[0].plain_text
