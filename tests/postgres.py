"""The throw-away PostgreSQL cluster shared by the whole test session, and fresh databases in it.

PostgreSQL tests never skip silently: without server binaries the cluster fixture fails with
the reason. Set ``BRIEFBOT_SKIP_POSTGRES=1`` (local development only, never in CI) to skip them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import asyncpg
import pytest

from storage.postgres.throwaway import PostgresUnavailable, ThrowawayCluster

SKIP_ENV = "BRIEFBOT_SKIP_POSTGRES"
_numbers = itertools.count(1)
TABLES = (
    "articles, article_topics, chats, subscriptions, deliveries, feeds, feed_entries, meta, leases"
)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: PostgreSQL tests skipped (local development only)")
    try:
        cluster = ThrowawayCluster.start()
    except PostgresUnavailable as exc:
        pytest.fail(f"PostgreSQL is required for these tests: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


async def new_database(cluster: ThrowawayCluster, prefix: str = "t") -> str:
    """An empty database in the cluster; its URL."""
    name = f"{prefix}{next(_numbers)}"
    conn = await asyncpg.connect(cluster.url())
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return cluster.url(name)


async def truncate_all(url: str) -> None:
    """Empty every table of a migrated database and restart its id sequences."""
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE")
    finally:
        await conn.close()


@pytest.fixture
async def pg_url(pg_cluster: ThrowawayCluster) -> str:
    """A fresh, empty database for this test (migrated when a store first opens it)."""
    return await new_database(pg_cluster)
