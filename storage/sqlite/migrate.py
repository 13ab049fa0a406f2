"""Numbered schema migrations: ``storage/migrations/NNNN_name.sql`` applied in order at open.

Each migration runs in ONE ``BEGIN IMMEDIATE`` transaction that also sets ``PRAGMA
user_version`` to its number, so a crash leaves the database at the previous version and
two processes opening an old file at once cannot both apply the same step (the second
re-reads ``user_version`` inside its own transaction and skips it).

Foreign-key enforcement is off while migrations run and ``PRAGMA foreign_key_check`` must come
back empty before each COMMIT: SQLite's documented way to rebuild a table (create, copy, drop,
rename), since dropping a referenced table with enforcement on would first delete its rows and
cascade into the tables that point at it. The pragma cannot change inside a transaction, hence
here around the loop rather than in a migration file.
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
    return await _pragma(conn, "user_version")


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
    pending = [m for m in migrations if current < m.version <= target]
    if not pending:
        return current
    enforced = await _pragma(conn, "foreign_keys")
    if enforced:
        await conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for migration in pending:
            await _apply(conn, migration)
    finally:
        if enforced:
            await conn.execute("PRAGMA foreign_keys = ON")
    return await user_version(conn)


async def _apply(conn: aiosqlite.Connection, migration: Migration) -> None:
    await conn.execute("BEGIN IMMEDIATE")
    try:
        if await user_version(conn) >= migration.version:  # another process got there first
            await conn.execute("ROLLBACK")
            return
        for statement in migration.statements():
            await conn.execute(statement)
        broken = list(await conn.execute_fetchall("PRAGMA foreign_key_check"))
        if broken:
            table, rowid, parent = broken[0][0], broken[0][1], broken[0][2]
            raise RuntimeError(
                f"migration {migration.name} left {len(broken)} broken foreign key(s), "
                f"e.g. {table} row {rowid} → {parent}"
            )
        # PRAGMA takes no parameters; the value is an int parsed from the file name.
        await conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        await conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            await conn.execute("ROLLBACK")
        raise


async def _pragma(conn: aiosqlite.Connection, name: str) -> int:
    async with conn.execute(f"PRAGMA {name}") as cursor:  # a fixed name from this module
        row = await cursor.fetchone()
    return int(row[0]) if row else 0
