"""The quotes index on SQLite: the SQL steps of /quotes NAME lookups, most-quoted people and
close matches (``storage.quote_lookups``).

Rows are written by ``SqliteArticles.add`` in the article's own transaction
(``insert_quotes``) and deleted with it (ON DELETE CASCADE). A lookup reads one surname's rows
through the ``quotes_person`` index: cost grows with how often that person is quoted, never
with the size of the store.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from briefing.models import Briefing

from ..models import QuoteHit
from ..quote_index import NameGroup, QuoteRow, key_fingerprint, quote_rows
from ..quote_lookups import BACKFILL_BATCH, KEY_META, QuoteLookups, Selection
from .db import Database, fetch_all, from_ts, guarded, put_meta, to_ts

log = logging.getLogger("briefbot.storage")

_BACKFILL_BATCH = """
SELECT id, added_at, json_extract(briefing, '$.quotes') AS quotes,
       json_extract(briefing, '$.published') AS published
FROM articles WHERE id > ? ORDER BY id LIMIT ?
"""
_INSERT = """
INSERT INTO quotes (article_id, position, slot, text, text_key, speaker, kind, surname,
                    first_name, said_at, added_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
"""
# Persons and organisations are two ordered index walks (quotes_by_person), each stopping after
# offset + limit rows; the page is the newest of both.
_NEWEST = """
SELECT article_id, position, text, speaker, said_at FROM quotes
WHERE surname = ? AND kind = ? AND shown = 1 AND (kind = 'group' OR first_name IN (SELECT value FROM json_each(?)))
ORDER BY said_at DESC, article_id DESC, position LIMIT ?
"""
_PAGE = f"""
WITH hits AS (
    SELECT * FROM ({_NEWEST}) UNION ALL SELECT * FROM ({_NEWEST})
)
SELECT h.article_id, h.position, h.text, h.speaker, h.said_at, a.title, a.source, a.url
FROM hits AS h JOIN articles AS a ON a.id = h.article_id
ORDER BY h.said_at DESC, h.article_id DESC, h.position LIMIT ? OFFSET ?
"""  # noqa: S608
_COUNT_ONE = """
SELECT count(*) FROM quotes
WHERE surname = ? AND kind = ? AND shown = 1 AND (kind = 'group' OR first_name IN (SELECT value FROM json_each(?)))
"""
_COUNT = f"SELECT ({_COUNT_ONE}) + ({_COUNT_ONE})"
_FIRSTS = "SELECT first_name FROM quote_names WHERE surname = ? AND kind = 'person'"
_COUNTED_SINCE = """
SELECT kind, surname, first_name, '' AS speaker, count(*) AS n FROM (
    SELECT kind, surname, first_name FROM quotes WHERE added_at >= ? AND shown = 1
    ORDER BY added_at DESC LIMIT ?
) GROUP BY kind, surname, first_name
"""
_NAMES_OF = """
SELECT kind, surname, first_name, speaker, quotes AS n FROM quote_names
WHERE surname IN (SELECT value FROM json_each(?))
"""
_SURNAMES_OF_FIRST = "SELECT surname FROM quote_names WHERE first_name = ? AND kind = 'person' LIMIT 50"
_SURNAMES_FROM = """
SELECT DISTINCT surname FROM quote_names
WHERE surname >= ? AND surname < ? AND kind = 'person' LIMIT ?
"""
_GROUPS_LIKE = r"""
SELECT kind, surname, first_name, speaker, quotes AS n FROM quote_names
WHERE kind = 'group' AND surname LIKE ? ESCAPE '\' LIMIT 50
"""


def _params(row: QuoteRow, article_id: int) -> tuple[object, ...]:
    return (
        article_id, row.position, row.slot, row.text, row.text_key, row.speaker, row.kind,
        row.surname, row.first_name, to_ts(row.said_at), to_ts(row.added_at),
    )  # fmt: skip


async def insert_quotes(
    conn: aiosqlite.Connection, article_id: int, rows: Sequence[QuoteRow]
) -> None:
    """Index an article's quotes inside the caller's write transaction."""
    await conn.executemany(_INSERT, [_params(r, article_id) for r in rows])


def _group(row: sqlite3.Row) -> NameGroup:
    return NameGroup(row["kind"], row["surname"], row["first_name"], row["speaker"], row["n"])


def _selected(selection: Selection) -> tuple[str, str, str]:
    """``_NEWEST``/``_COUNT_ONE`` parameters of one selection."""
    return selection.surname, selection.kind, json.dumps(list(selection.first_names))


@guarded
class SqliteQuotes(QuoteLookups):
    def __init__(self, db: Database) -> None:
        self._db = db

    async def _first_names(self, surname: str) -> set[str]:
        return {r[0] for r in await self._db.all(_FIRSTS, (surname,))}

    async def _page(self, person: Selection, group: Selection, limit: int, offset: int) -> list[QuoteHit]:
        window = offset + limit
        found = await self._db.all(
            _PAGE, (*_selected(person), window, *_selected(group), window, limit, offset)
        )
        return [
            QuoteHit(
                article_id=r["article_id"], position=r["position"], text=r["text"],
                speaker=r["speaker"], said_at=from_ts(r["said_at"]), title=r["title"],
                source=r["source"], url=r["url"],
            )  # fmt: skip
            for r in found
        ]

    async def _count(self, person: Selection, group: Selection) -> int:
        return int(await self._db.scalar(_COUNT, (*_selected(person), *_selected(group))))

    async def _counted_since(self, since: datetime, newest: int) -> list[NameGroup]:
        return [_group(r) for r in await self._db.all(_COUNTED_SINCE, (to_ts(since), newest))]

    async def _names_of(self, surnames: Sequence[str]) -> list[NameGroup]:
        return [_group(r) for r in await self._db.all(_NAMES_OF, (json.dumps(list(surnames)),))]

    async def _surnames_of_first(self, first_name: str) -> list[str]:
        return [r[0] for r in await self._db.all(_SURNAMES_OF_FIRST, (first_name,))]

    async def _surnames_from(self, low: str, high: str, limit: int) -> list[str]:
        return [r[0] for r in await self._db.all(_SURNAMES_FROM, (low, high, limit))]

    async def _groups_like(self, pattern: str) -> list[NameGroup]:
        return [_group(r) for r in await self._db.all(_GROUPS_LIKE, (pattern,))]

    async def refresh(self) -> int:
        fingerprint = key_fingerprint()
        if await self._db.scalar("SELECT value FROM meta WHERE key = ?", (KEY_META,)) == fingerprint:
            return 0
        total = int(await self._db.scalar("SELECT count(*) FROM articles"))
        if total:
            log.info("indexing the quotes of %d stored articles (once)", total)
        done, last = 0, 0
        while True:
            async with self._db.write() as conn:
                if last == 0:
                    await conn.execute("DELETE FROM quotes")  # its triggers empty quote_names
                batch = await fetch_all(conn, _BACKFILL_BATCH, (last, BACKFILL_BATCH))
                params = []
                for row in batch:
                    # only the parts quotes need: SQLite's JSON reader skips the article body
                    briefing = Briefing.model_validate(
                        {"published": row["published"], "quotes": json.loads(row["quotes"] or "[]")}
                    )
                    rows = quote_rows(briefing, added_at=from_ts(row["added_at"]))
                    params += [_params(r, row["id"]) for r in rows]
                await conn.executemany(_INSERT, params)  # one trip to SQLite's thread per batch
                done += len(batch)
                if len(batch) < BACKFILL_BATCH:
                    await put_meta(conn, KEY_META, fingerprint)
                    return done
                last = batch[-1]["id"]
