"""Numbered schema migrations: ``storage/migrations/NNNN_name.sql`` applied in order at open.

Each migration runs in ONE ``BEGIN IMMEDIATE`` transaction that also sets ``PRAGMA
user_version`` to its number, so a crash leaves the database at the previous version and
two processes opening an old file at once cannot both apply the same step (the second
re-reads ``user_version`` inside its own transaction and skips it).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import aiosqlite

from ..migration_files import MigrationFile, read_migrations


@dataclass(frozen=True)
class Migration(MigrationFile):
    def statements(self) -> list[str]:
        """Split the script into complete statements (trigger bodies contain ``;`` too)."""
        out: list[str] = []
        buffer = ""
        for piece in self.sql.split(";"):
            buffer += piece + ";"
            if sqlite3.complete_statement(buffer):
                stripped = _strip_comments(buffer)
                if stripped:
                    out.append(buffer.strip())
                buffer = ""
        return out


def _strip_comments(sql: str) -> str:
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return "\n".join(lines).strip().strip(";").strip()


def available_migrations() -> list[Migration]:
    """Every bundled SQLite migration (``storage/migrations``), ordered by number."""
    return [Migration(m.version, m.name, m.sql) for m in read_migrations("storage", "migrations")]


async def user_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(
    conn: aiosqlite.Connection,
    *,
    target: int | None = None,
    migrations: list[Migration] | None = None,
) -> int:
    """Apply pending migrations up to ``target`` (all by default); returns the final version.

    ``target`` exists so tests can build a database "as an older release left it";
    ``migrations`` lets tests run a deliberately broken step.
    """
    migrations = migrations if migrations is not None else available_migrations()
    if target is None:
        target = migrations[-1].version
    current = await user_version(conn)
    if current > migrations[-1].version:
        raise RuntimeError(
            f"database schema version {current} is newer than this code "
            f"({migrations[-1].version}); upgrade briefbot"
        )
    for migration in migrations:
        if migration.version <= current or migration.version > target:
            continue
        await conn.execute("BEGIN IMMEDIATE")
        try:
            if await user_version(conn) >= migration.version:  # another process got there first
                await conn.execute("ROLLBACK")
                continue
            for statement in migration.statements():
                await conn.execute(statement)
            # PRAGMA takes no parameters; the value is an int parsed from the file name.
            await conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            await conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            raise
        current = migration.version
    return await user_version(conn)
