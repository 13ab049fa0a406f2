"""The quotes index on SQLite: /quotes NAME lookups, most-quoted people, close matches.

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
from briefing.people import NameQuery, close_names, fold, parse_query, select_firsts

from ..models import Page, QuoteHit, Speaker
from ..quote_index import NameGroup, QuoteRow, key_fingerprint, people_from_groups, quote_rows
from .db import Database, fetch_all, from_ts, guarded, put_meta, to_ts

log = logging.getLogger("briefbot.storage")

_KEY_META = "quotes.key_fingerprint"
BACKFILL_BATCH = 200
"""Articles re-read per write transaction when the index is (re)built at open."""
CLOSE_CANDIDATES = 2000
"""Surnames sharing the query's first letters considered for near spellings."""
TOP_WINDOW_QUOTES = 5000
"""Bare /quotes counts at most the newest this-many quotes of its window (a busy week of a
multi-feed bot); the ranking of the most quoted is settled long before that."""

_BACKFILL_BATCH = """
SELECT id, added_at, json_extract(briefing, '$.quotes') AS quotes,
       json_extract(briefing, '$.published') AS published
FROM articles WHERE id > ? ORDER BY id LIMIT ?
"""
_INSERT = """
INSERT INTO quotes (article_id, position, text, text_key, speaker, kind, surname, first_name,
                    said_at, added_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
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
        article_id, row.position, row.text, row.text_key, row.speaker, row.kind, row.surname,
        row.first_name, to_ts(row.said_at), to_ts(row.added_at),
    )  # fmt: skip


async def insert_quotes(
    conn: aiosqlite.Connection, article_id: int, rows: Sequence[QuoteRow]
) -> None:
    """Index an article's quotes inside the caller's write transaction."""
    await conn.executemany(_INSERT, [_params(r, article_id) for r in rows])


def _group(row: sqlite3.Row) -> NameGroup:
    return NameGroup(row["kind"], row["surname"], row["first_name"], row["speaker"], row["n"])


@guarded
class SqliteQuotes:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def _selection(self, query: NameQuery) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
        """``_NEWEST``/``_COUNT_ONE`` parameters: the person's rows, the organisation's rows."""
        surname, firsts = "", frozenset[str]()
        if query.person is not None:
            surname = query.person.surname
            known = {r[0] for r in await self._db.all(_FIRSTS, (surname,))}
            firsts = select_firsts(query.person, known)
        return (surname, "person", json.dumps(sorted(firsts))), (query.group or "", "group", "[]")

    async def by_person(self, name: str, *, limit: int = 5, offset: int = 0) -> Page[QuoteHit]:
        limit, offset = max(0, int(limit)), max(0, int(offset))
        query = parse_query(name or "")
        if query is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        person, group = await self._selection(query)
        window = offset + limit
        found = await self._db.all(_PAGE, (*person, window, *group, window, limit, offset))
        total = int(await self._db.scalar(_COUNT, (*person, *group)))
        items = [
            QuoteHit(
                article_id=r["article_id"], position=r["position"], text=r["text"],
                speaker=r["speaker"], said_at=from_ts(r["said_at"]), title=r["title"],
                source=r["source"], url=r["url"],
            )  # fmt: skip
            for r in found
        ]
        return Page(items=items, total=total, offset=offset, limit=limit)

    async def _people(self, groups: list[NameGroup]) -> list[Speaker]:
        """Merge counted names into people, knowing every name stored for their surnames."""
        surnames = json.dumps(sorted({g.surname for g in groups}))
        names = [_group(r) for r in await self._db.all(_NAMES_OF, (surnames,))]
        return people_from_groups(groups, names)

    async def top_people(self, *, since: datetime, limit: int = 10) -> list[Speaker]:
        if limit <= 0:
            return []
        counted = await self._db.all(_COUNTED_SINCE, (to_ts(since), TOP_WINDOW_QUOTES))
        return (await self._people([_group(r) for r in counted]))[:limit]

    async def close_matches(self, name: str, *, limit: int = 5) -> list[Speaker]:
        query = parse_query(name or "")
        if query is None or limit <= 0:
            return []
        surnames: list[str] = []
        if query.person is not None:
            person = query.person
            surnames.append(person.surname)  # the same surname, any first name
            token = person.first or person.surname
            surnames += [r[0] for r in await self._db.all(_SURNAMES_OF_FIRST, (token,))]
            prefix = person.surname[:2]
            nearby = await self._db.all(
                _SURNAMES_FROM, (prefix, prefix + "\U0010ffff", CLOSE_CANDIDATES)
            )
            surnames += close_names(person.surname, [r[0] for r in nearby], limit=limit)
        names = [_group(r) for r in await self._db.all(_NAMES_OF, (json.dumps(surnames),))]
        people = people_from_groups([n for n in names if n.kind == "person"], names)
        if query.group:
            pattern = "%" + _escape_like(query.group) + "%"
            groups = [_group(r) for r in await self._db.all(_GROUPS_LIKE, (pattern,))]
            people += people_from_groups(groups, groups)
        return _rank(people, query.text)[:limit]

    async def refresh(self) -> int:
        fingerprint = key_fingerprint()
        if await self._db.scalar("SELECT value FROM meta WHERE key = ?", (_KEY_META,)) == fingerprint:
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
                    await put_meta(conn, _KEY_META, fingerprint)
                    return done
                last = batch[-1]["id"]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _rank(people: list[Speaker], text: str) -> list[Speaker]:
    """Distinct names, the closest spelling first, then the most quoted."""
    unique = {p.name: p for p in people}
    order = {name: i for i, name in enumerate(close_names(text, unique, limit=len(unique)))}
    wanted = fold(text)
    return sorted(
        unique.values(),
        key=lambda p: (fold(p.name) == wanted, order.get(p.name, len(order)), -p.quotes),
    )
