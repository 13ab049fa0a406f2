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
    "articles, article_topics, chats, subscriptions, deliveries, feeds, feed_entries, meta, leases, "
    "topic_keys, quotes, quote_names, story_members, story_features, chat_mutes, conversations"
)


MEMORY_DIR = "/dev/shm"
MEMORY_MIN_FREE = 2 * 1024**3
"""The whole suite leaves ~60 databases (each a copy of ``template1``), ~0.7 GB in all."""


def cluster_parent() -> str | None:
    """Where the throw-away cluster lives: memory-backed ``/dev/shm`` when it is there, writable
    and roomy, else the system temp dir.

    Durability is already off (``TEST_SETTINGS``), yet on disk the kernel still writes every
    database copy and WAL segment back, and deleting the cluster at the end of the session took
    ~30 s; in memory the PostgreSQL tests ran in about half the time (133 s → 74 s measured).
    """
    try:
        free = os.statvfs(MEMORY_DIR)
    except OSError:
        return None
    if free.f_bavail * free.f_frsize < MEMORY_MIN_FREE or not os.access(MEMORY_DIR, os.W_OK | os.X_OK):
        return None
    return MEMORY_DIR


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[ThrowawayCluster]:
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: PostgreSQL tests skipped (local development only)")
    try:
        cluster = ThrowawayCluster.start(parent=cluster_parent())
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


def parametrize_backends(metafunc: pytest.Metafunc) -> None:
    """Run a module's tests on every backend it lists in ``DATABASE_BACKENDS``."""
    backends = getattr(metafunc.module, "DATABASE_BACKENDS", None)
    if backends and "database_backend" in metafunc.fixturenames:
        metafunc.parametrize("database_backend", backends, indirect=True)


@pytest.fixture
def database_backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" unless the module asks for more (``DATABASE_BACKENDS``)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
async def database_url(database_backend: str, tmp_path: os.PathLike[str], request: pytest.FixtureRequest) -> str:
    """Where this test's bot keeps its data: a SQLite file, or a fresh PostgreSQL database."""
    if database_backend == "postgresql":
        return await new_database(request.getfixturevalue("pg_cluster"))
    return os.path.join(tmp_path, "bot.sqlite3")


async def lead_table_out_of_step(url: str) -> int:
    """Articles whose row in ``article_lead`` (migration 0010) is missing or differs, plus rows
    left there without their article: 0 when the two are in step."""
    conn = await asyncpg.connect(url)
    try:
        return int(await conn.fetchval(
            "SELECT count(*) FROM articles AS a FULL JOIN article_lead AS l USING (id) "
            "WHERE a.id IS NULL OR l.id IS NULL OR a.lead_tsv <> l.lead_tsv"
        ))  # fmt: skip
    finally:
        await conn.close()
