"""Whole-table reads and writes for ``store copy`` (``storage.bulk``) on SQLite."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ..bulk import Row, TableSpec
from .db import Database, fetch_all, fetch_one, from_ts, guarded, to_ts


def _key_after(table: TableSpec, placeholder: str = "?") -> str:
    keys = ", ".join(table.key)
    return f"({keys}) > ({', '.join(placeholder for _ in table.key)})"


def _excluded(table: TableSpec) -> str:
    if table.exclude_prefix is None:
        return "1"
    return f"substr({table.key[0]}, 1, {len(table.exclude_prefix)}) <> ?"


@guarded
class SqliteBulk:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _exclude_params(self, table: TableSpec) -> tuple[object, ...]:
        return () if table.exclude_prefix is None else (table.exclude_prefix,)

    async def count(self, table: TableSpec) -> int:
        sql = f"SELECT count(*) FROM {table.name} WHERE {_excluded(table)}"  # noqa: S608
        return int(await self._db.scalar(sql, self._exclude_params(table)))

    async def read(self, table: TableSpec, after: Row | None, limit: int) -> list[Row]:
        where = [_excluded(table)]
        params: list[object] = list(self._exclude_params(table))
        if after is not None:
            where.append(_key_after(table))
            params += after
        sql = (
            f"SELECT {', '.join(table.columns)} FROM {table.name} WHERE {' AND '.join(where)} "  # noqa: S608
            f"ORDER BY {', '.join(table.key)} LIMIT ?"
        )
        found = await self._db.all(sql, (*params, limit))
        return [self._neutral(table, tuple(row)) for row in found]

    async def last_key(self, table: TableSpec) -> Row | None:
        order = ", ".join(f"{k} DESC" for k in table.key)
        sql = f"SELECT {', '.join(table.key)} FROM {table.name} WHERE {_excluded(table)} ORDER BY {order} LIMIT 1"  # noqa: S608
        row = await self._db.one(sql, self._exclude_params(table))
        return None if row is None else tuple(row)

    async def write(self, table: TableSpec, rows: Sequence[Row]) -> None:
        columns = ", ".join(table.columns)
        values = ", ".join("?" for _ in table.columns)
        others = [c for c in table.columns if c not in table.key]
        if table.append_only or not others:
            conflict = "DO NOTHING"
        else:
            conflict = "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in others)
        sql = (
            f"INSERT INTO {table.name} ({columns}) VALUES ({values}) "  # noqa: S608
            f"ON CONFLICT ({', '.join(table.key)}) {conflict}"
        )
        async with self._db.write() as conn:
            await conn.executemany(sql, [self._stored(table, row) for row in rows])

    async def clear(self, table: TableSpec) -> None:
        async with self._db.write() as conn:
            await conn.execute(f"DELETE FROM {table.name}")  # noqa: S608 (a TABLES name)

    async def id_high_water(self, table: TableSpec) -> int:
        highest = int(await self._db.scalar(f"SELECT coalesce(max(id), 0) FROM {table.name}") or 0)  # noqa: S608
        if await self._autoincrement(table):
            seq = await self._db.scalar("SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,))
            highest = max(highest, int(seq or 0))
        return highest

    async def raise_id_high_water(self, table: TableSpec, value: int) -> None:
        """Only an AUTOINCREMENT table remembers ids above its current maximum."""
        if not await self._autoincrement(table):
            return
        async with self._db.write() as conn:
            if await fetch_one(conn, "SELECT 1 FROM sqlite_sequence WHERE name = ?", (table.name,)):
                await conn.execute(
                    "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (value, table.name)
                )
            else:
                await conn.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table.name, value)
                )

    async def _autoincrement(self, table: TableSpec) -> bool:
        found = await fetch_all(
            self._db.conn, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table.name,)
        )
        return bool(found) and "AUTOINCREMENT" in (found[0][0] or "").upper()

    @staticmethod
    def _neutral(table: TableSpec, row: Row) -> Row:
        out = list(row)
        for i, column in enumerate(table.columns):
            if column in table.times and out[i] is not None:
                out[i] = from_ts(float(out[i]))  # type: ignore[arg-type]
            elif column in table.booleans and out[i] is not None:
                out[i] = bool(out[i])
        return tuple(out)

    @staticmethod
    def _stored(table: TableSpec, row: Row) -> Row:
        out = list(row)
        for i, column in enumerate(table.columns):
            value = out[i]
            if column in table.times and isinstance(value, datetime):
                out[i] = to_ts(value)
            elif column in table.booleans and value is not None:
                out[i] = int(bool(value))
        return tuple(out)
