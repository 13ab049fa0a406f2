"""Numbered PostgreSQL migrations: ``storage/postgres/migrations/NNNN_name.sql``, applied at open.

Each migration runs in ONE transaction that also records it in ``schema_migrations``, under a
transaction-scoped advisory lock: two workers starting together queue on the lock, and the
second re-reads the recorded version inside its own transaction and skips what is done. A
failed step rolls back whole (PostgreSQL DDL is transactional), leaving the previous version.
"""

from __future__ import annotations

from ..migration_files import MigrationFile, read_migrations
from .db import Connection

MIGRATION_LOCK = 0x62726966  # "brif": the advisory lock id serialising migrations
MIGRATION_TIMEOUT_S = 3600.0
"""A migration that rewrites every article (0009) takes minutes on a large store, far over the
pool's command timeout and lock timeout; a worker that starts meanwhile waits for it this long."""

_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)
"""


def available_migrations() -> list[MigrationFile]:
    return read_migrations("storage.postgres", "migrations")


async def schema_version(conn: Connection) -> int:
    exists = await conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
    if not exists:
        return 0
    return int(await conn.fetchval("SELECT coalesce(max(version), 0) FROM schema_migrations"))


async def migrate(
    conn: Connection,
    *,
    target: int | None = None,
    migrations: list[MigrationFile] | None = None,
) -> int:
    """Apply pending migrations up to ``target`` (all by default); returns the final version."""
    migrations = migrations if migrations is not None else available_migrations()
    newest = migrations[-1].version
    target = newest if target is None else target
    current = await schema_version(conn)
    if current > newest:
        raise RuntimeError(
            f"database schema version {current} is newer than this code ({newest}); "
            "upgrade briefbot"
        )
    for migration in migrations:
        if migration.version <= current or migration.version > target:
            continue
        async with conn.transaction():
            await conn.execute(f"SET LOCAL lock_timeout = '{int(MIGRATION_TIMEOUT_S)}s'")
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK, timeout=MIGRATION_TIMEOUT_S)
            await conn.execute(_CREATE_TABLE)
            if await schema_version(conn) >= migration.version:
                continue  # another worker applied it while we waited for the lock
            # a multi-statement script, one transaction
            await conn.execute(migration.sql, timeout=MIGRATION_TIMEOUT_S)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                migration.version, migration.name,
            )
        current = migration.version
    return await schema_version(conn)
