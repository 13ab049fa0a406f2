"""Whole-table reads and writes for ``store copy`` (``storage.bulk``) on PostgreSQL.

Articles written here get their search vectors computed exactly as ``articles.add`` computes
them; text loses NUL characters (PostgreSQL text cannot hold them, SQLite's can).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..bulk import Row, TableSpec
from . import text_search
from .db import Database, guarded, text

_TSV_COLUMNS = ("lead_tsv", "search_tsv")


def _where(table: TableSpec, after: Row | None, first_param: int) -> tuple[str, list[object]]:
    clauses: list[str] = ["true"]
    params: list[object] = []
    n = first_param
    if table.exclude_prefix is not None:
        clauses.append(f"left({table.key[0]}, {len(table.exclude_prefix)}) <> ${n}")
        params.append(table.exclude_prefix)
        n += 1
    if after is not None:
        marks = ", ".join(f"${n + i}" for i in range(len(table.key)))
        clauses.append(f"({', '.join(table.key)}) > ({marks})")
        params += after
    return " AND ".join(clauses), params


@guarded
class PgBulk:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def count(self, table: TableSpec) -> int:
        where, params = _where(table, None, 1)
        return int(await self._db.scalar(f"SELECT count(*) FROM {table.name} WHERE {where}", params))  # noqa: S608

    async def read(self, table: TableSpec, after: Row | None, limit: int) -> list[Row]:
        where, params = _where(table, after, 1)
        sql = (
            f"SELECT {', '.join(table.columns)} FROM {table.name} WHERE {where} "  # noqa: S608
            f"ORDER BY {', '.join(table.key)} LIMIT ${len(params) + 1}"
        )
        return [tuple(r) for r in await self._db.all(sql, (*params, limit))]

    async def last_key(self, table: TableSpec) -> Row | None:
        where, params = _where(table, None, 1)
        order = ", ".join(f"{k} DESC" for k in table.key)
        sql = f"SELECT {', '.join(table.key)} FROM {table.name} WHERE {where} ORDER BY {order} LIMIT 1"  # noqa: S608
        row = await self._db.one(sql, params)
        return None if row is None else tuple(row)

    async def write(self, table: TableSpec, rows: Sequence[Row]) -> None:
        columns = list(table.columns)
        marks = [f"${i + 1}" for i in range(len(columns))]
        articles = table.name == "articles"
        if articles:  # derived: the search vectors (see text_search)
            columns += _TSV_COLUMNS
            marks += [f"${len(marks) + 1}::text::tsvector", f"array_to_tsvector(string_to_array(${len(marks) + 2}, ' '))"]
        others = [c for c in table.columns if c not in table.key]
        if table.append_only or not others:
            conflict = "DO NOTHING"
        else:
            conflict = "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in others)
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join(marks)}) "  # noqa: S608
            f"ON CONFLICT ({', '.join(table.key)}) {conflict}"
        )
        values = [self._stored(table, row) for row in rows]
        if articles:
            at = {c: i for i, c in enumerate(table.columns)}
            values = [
                (*row, text_search.lead_document(*(str(row[at[c]] or "") for c in ("title", "summary", "topics"))),
                 text_search.search_document(
                     *(str(row[at[c]] or "") for c in ("title", "summary", "topics", "body"))))
                for row in values
            ]
        async with self._db.write() as conn:
            await conn.executemany(sql, values)

    async def clear(self, table: TableSpec) -> None:
        await self._db.execute(f"DELETE FROM {table.name}")  # noqa: S608 (a TABLES name)

    async def id_high_water(self, table: TableSpec) -> int:
        value = await self._db.scalar(
            f"SELECT greatest(coalesce(max(id), 0), coalesce(pg_sequence_last_value("  # noqa: S608
            f"pg_get_serial_sequence('{table.name}', 'id')::regclass), 0)) FROM {table.name}"
        )
        return int(value or 0)

    async def raise_id_high_water(self, table: TableSpec, value: int) -> None:
        """The sequence moves past ``value`` and every copied id (rows written with explicit
        ids never advance it)."""
        highest = max(value, await self.id_high_water(table))
        if highest > 0:
            await self._db.execute(
                "SELECT setval(pg_get_serial_sequence($1, 'id'), $2)", (table.name, highest)
            )

    @staticmethod
    def _stored(table: TableSpec, row: Row) -> Row:
        return tuple(text(v) if isinstance(v, str) else v for v in row)
