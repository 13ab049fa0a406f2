"""``briefbot store copy``: every table of one store into another, any backend to any backend.

Ids are kept (and each id sequence carried past the source's high-water mark, so an id is
never handed out twice). Safe to re-run: the target remembers its source (``meta``
``store_copy.source``); a re-run with the same source resumes — append-only tables after
their last copied key, small indexes the source prunes replaced whole, the others re-written
so later changes arrive — and a target holding anything else is refused. Counts are verified
at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from .base import Store
from .bulk import COPY_META_PREFIX, TABLES, TableSpec

SOURCE_KEY = COPY_META_PREFIX + "source"
DONE_KEY = COPY_META_PREFIX + "verified_at"
BATCH_ROWS = 500


class CopyRefused(Exception):
    """The target holds data that did not come from this source: nothing was written."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int

    @property
    def ok(self) -> bool:
        return self.source == self.target


Progress = Callable[[str, int, int], None]
"""``progress(table, rows_done, rows_total)`` after each batch."""


async def copy_store(
    source: Store,
    target: Store,
    *,
    source_name: str,
    progress: Progress | None = None,
    batch: int = BATCH_ROWS,
) -> list[TableCount]:
    """Copy every table (``storage.bulk.TABLES``); returns the verified counts per table."""
    if await target.meta.get(SOURCE_KEY) != source_name:
        # meta is not data: every freshly opened store writes its own bookkeeping there
        held = [t.name for t in TABLES if t.name != "meta" and await target.bulk.count(t)]
        if held:
            raise CopyRefused(
                f"the target already holds data ({', '.join(held)}) that was not copied from "
                f"{source_name}; copy into an empty database"
            )
        await target.meta.set(SOURCE_KEY, source_name)
    for table in TABLES:
        await _copy_table(source, target, table, progress, batch)
    counts = [
        TableCount(t.name, await source.bulk.count(t), await target.bulk.count(t)) for t in TABLES
    ]
    if all(c.ok for c in counts):
        await target.meta.set(DONE_KEY, datetime.now(UTC).isoformat())
    return counts


async def _copy_table(
    source: Store, target: Store, table: TableSpec, progress: Progress | None, batch: int
) -> None:
    total = await source.bulk.count(table)
    if table.replace:
        await target.bulk.clear(table)
    after = await target.bulk.last_key(table) if table.append_only else None
    done = 0 if after is None else min(total, await target.bulk.count(table))
    if progress is not None:
        progress(table.name, done, total)
    while rows := await source.bulk.read(table, after, batch):
        await target.bulk.write(table, rows)
        after = tuple(rows[-1][table.columns.index(k)] for k in table.key)
        done += len(rows)
        if progress is not None:
            progress(table.name, min(done, total), total)
    if table.generated_id:
        await target.bulk.raise_id_high_water(table, await source.bulk.id_high_water(table))
