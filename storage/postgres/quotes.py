"""The quotes index on PostgreSQL: the SQL steps of ``storage.quote_lookups``.

Rows are written by ``PgArticles.add`` in the article's own transaction (``insert_quotes``)
and deleted with it; ``quote_names`` and the ``shown`` flags are kept by triggers, as on
SQLite. Name columns compare bytes (``COLLATE "C"``), so ranges and order match SQLite's.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from briefing.models import Briefing

from ..models import QuoteHit
from ..quote_index import NameGroup, QuoteRow, key_fingerprint, quote_rows
from ..quote_lookups import BACKFILL_BATCH, KEY_META, QuoteLookups, Selection
from .db import Connection, Database, guarded, text

log = logging.getLogger("briefbot.storage")

_INSERT = """
INSERT INTO quotes (article_id, position, slot, text, text_key, speaker, kind, surname,
                    first_name, said_at, added_at)
SELECT $1, * FROM unnest($2::int[], $3::smallint[], $4::text[], $5::text[], $6::text[], $7::text[],
                         $8::text[], $9::text[], $10::timestamptz[], $11::timestamptz[])
ON CONFLICT DO NOTHING
"""
_SELECTED = "surname = $1 AND kind = $2 AND shown AND (kind = 'group' OR first_name = ANY($3::text[]))"
# Persons and organisations are two ordered index walks (quotes_by_person), each stopping after
# offset + limit rows; the page is the newest of both.
_PAGE = f"""
WITH hits AS (
    (SELECT article_id, position, text, speaker, said_at FROM quotes WHERE {_SELECTED}
     ORDER BY said_at DESC, article_id DESC, position LIMIT $7)
    UNION ALL
    (SELECT article_id, position, text, speaker, said_at FROM quotes
     WHERE {_SELECTED.replace("$1", "$4").replace("$2", "$5").replace("$3", "$6")}
     ORDER BY said_at DESC, article_id DESC, position LIMIT $7)
)
SELECT h.article_id, h.position, h.text, h.speaker, h.said_at, a.title, a.source, a.url
FROM hits AS h JOIN articles AS a ON a.id = h.article_id
ORDER BY h.said_at DESC, h.article_id DESC, h.position LIMIT $8 OFFSET $9
"""  # noqa: S608
_COUNT = f"""
SELECT (SELECT count(*) FROM quotes WHERE {_SELECTED})
     + (SELECT count(*) FROM quotes WHERE {_SELECTED.replace("$1", "$4").replace("$2", "$5").replace("$3", "$6")})
"""  # noqa: S608
_FIRSTS = "SELECT first_name FROM quote_names WHERE surname = $1 AND kind = 'person'"
_COUNTED_SINCE = """
SELECT kind, surname, first_name, '' AS speaker, count(*) AS n FROM (
    SELECT kind, surname, first_name FROM quotes WHERE added_at >= $1 AND shown
    ORDER BY added_at DESC LIMIT $2
) AS newest GROUP BY kind, surname, first_name
"""
_NAMES_OF = """
SELECT kind, surname, first_name, speaker, quotes AS n FROM quote_names WHERE surname = ANY($1::text[])
"""
_SURNAMES_OF_FIRST = """
SELECT surname FROM quote_names WHERE first_name = $1 AND kind = 'person' ORDER BY surname LIMIT 50
"""
_SURNAMES_FROM = """
SELECT DISTINCT surname FROM quote_names
WHERE surname >= $1 AND surname < $2 AND kind = 'person' ORDER BY surname LIMIT $3
"""
_GROUPS_LIKE = r"""
SELECT kind, surname, first_name, speaker, quotes AS n FROM quote_names
WHERE kind = 'group' AND surname LIKE $1 ESCAPE '\' ORDER BY surname, first_name LIMIT 50
"""
# The JSON fields quotes need; the server's JSON reader skips the body.
_BACKFILL_BATCH = """
SELECT id, added_at, b ->> 'quotes' AS quotes, b ->> 'published' AS published
FROM articles, LATERAL (SELECT briefing::jsonb AS b) AS parsed WHERE id > $1 ORDER BY id LIMIT $2
"""


async def insert_quotes(conn: Connection, article_id: int, rows: Sequence[QuoteRow]) -> None:
    """Index an article's quotes inside the caller's transaction (one statement)."""
    if not rows:
        return
    columns: list[list[Any]] = [[] for _ in range(10)]
    for r in rows:
        values = (r.position, r.slot, text(r.text), r.text_key, text(r.speaker), r.kind, r.surname,
                  r.first_name, r.said_at, r.added_at)  # fmt: skip
        for column, value in zip(columns, values, strict=True):
            column.append(value)
    await conn.execute(_INSERT, article_id, *columns)


def _group(row: Any) -> NameGroup:
    return NameGroup(row["kind"], row["surname"], row["first_name"], row["speaker"], row["n"])


def _selected(selection: Selection) -> tuple[str, str, list[str]]:
    return text(selection.surname) or "", selection.kind, [text(f) or "" for f in selection.first_names]


@guarded
class PgQuotes(QuoteLookups):
    def __init__(self, db: Database) -> None:
        self._db = db

    async def _first_names(self, surname: str) -> set[str]:
        return {r[0] for r in await self._db.all(_FIRSTS, (text(surname),))}

    async def _page(self, person: Selection, group: Selection, limit: int, offset: int) -> list[QuoteHit]:
        found = await self._db.all(
            _PAGE, (*_selected(person), *_selected(group), offset + limit, limit, offset)
        )
        return [
            QuoteHit(
                article_id=r["article_id"], position=r["position"], text=r["text"],
                speaker=r["speaker"], said_at=r["said_at"], title=r["title"],
                source=r["source"], url=r["url"],
            )  # fmt: skip
            for r in found
        ]

    async def _count(self, person: Selection, group: Selection) -> int:
        return int(await self._db.scalar(_COUNT, (*_selected(person), *_selected(group))))

    async def _counted_since(self, since: datetime, newest: int) -> list[NameGroup]:
        return [_group(r) for r in await self._db.all(_COUNTED_SINCE, (since, newest))]

    async def _names_of(self, surnames: Sequence[str]) -> list[NameGroup]:
        return [_group(r) for r in await self._db.all(_NAMES_OF, ([text(s) or "" for s in surnames],))]

    async def _surnames_of_first(self, first_name: str) -> list[str]:
        return [r[0] for r in await self._db.all(_SURNAMES_OF_FIRST, (text(first_name),))]

    async def _surnames_from(self, low: str, high: str, limit: int) -> list[str]:
        return [r[0] for r in await self._db.all(_SURNAMES_FROM, (text(low), text(high), limit))]

    async def _groups_like(self, pattern: str) -> list[NameGroup]:
        return [_group(r) for r in await self._db.all(_GROUPS_LIKE, (text(pattern),))]

    async def refresh(self) -> int:
        fingerprint = key_fingerprint()
        if await self._db.scalar("SELECT value FROM meta WHERE key = $1", (KEY_META,)) == fingerprint:
            return 0
        total = int(await self._db.scalar("SELECT count(*) FROM articles"))
        if total:
            log.info("indexing the quotes of %d stored articles (once)", total)
        done, last = 0, 0
        while True:
            async with self._db.write() as conn:
                if last == 0:
                    await conn.execute("DELETE FROM quotes")  # its triggers empty quote_names
                batch = await conn.fetch(_BACKFILL_BATCH, last, BACKFILL_BATCH)
                for row in batch:
                    briefing = Briefing.model_validate(
                        {"published": row["published"], "quotes": json.loads(row["quotes"] or "[]")}
                    )
                    await insert_quotes(conn, row["id"], quote_rows(briefing, added_at=row["added_at"]))
                done += len(batch)
                if len(batch) < BACKFILL_BATCH:
                    await conn.execute(
                        "INSERT INTO meta (key, value) VALUES ($1, $2) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        KEY_META, fingerprint,
                    )
                    return done
                last = batch[-1]["id"]
