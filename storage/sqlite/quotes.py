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
from .db import Database, fetch_all, from_ts, guarded, to_ts

log = logging.getLogger("briefbot.storage")

_KEY_META = "quotes.key_fingerprint"
BACKFILL_BATCH = 200
"""Articles re-read per write transaction when the index is (re)built at open."""
CLOSE_CANDIDATES = 2000
"""Surnames sharing the query's first letters considered for near spellings."""

_INSERT = """
INSERT OR REPLACE INTO quotes (article_id, position, text, speaker, kind, surname, first_name,
                               said_at, added_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
_MATCH = """
kind = 'person' AND surname = ? AND first_name IN (SELECT value FROM json_each(?))
OR kind = 'group' AND surname = ?
"""
# Each quote once: the same words in two articles (a wire story, a repeated line) show the newer.
_KEPT = f"""
WITH matched AS (
    SELECT article_id, position, text, speaker, said_at, row_number() OVER (
        PARTITION BY lower(text) ORDER BY said_at DESC, article_id DESC, position
    ) AS copy
    FROM quotes WHERE {_MATCH}
)
"""  # noqa: S608
_PAGE = f"""{_KEPT}
SELECT m.article_id, m.position, m.text, m.speaker, m.said_at, a.title, a.source, a.url
FROM matched AS m JOIN articles AS a ON a.id = m.article_id
WHERE m.copy = 1
ORDER BY m.said_at DESC, m.article_id DESC, m.position LIMIT ? OFFSET ?
"""  # noqa: S608
_COUNT = f"{_KEPT} SELECT count(*) FROM matched WHERE copy = 1"  # noqa: S608
_FIRSTS = "SELECT DISTINCT first_name FROM quotes WHERE surname = ? AND kind = 'person'"
_GROUPS_SINCE = """
SELECT kind, surname, first_name, max(speaker) AS speaker, count(*) AS n
FROM quotes WHERE added_at >= ? GROUP BY kind, surname, first_name
"""
_PEOPLE_OF = """
SELECT kind, surname, first_name, max(speaker) AS speaker, count(*) AS n FROM quotes
WHERE kind = 'person' AND surname IN (SELECT value FROM json_each(?))
GROUP BY surname, first_name
"""
_SURNAMES_OF_FIRST = (
    "SELECT DISTINCT surname FROM quotes WHERE first_name = ? AND kind = 'person' LIMIT 50"
)
_SURNAMES_FROM = """
SELECT DISTINCT surname FROM quotes
WHERE surname >= ? AND surname < ? AND kind = 'person' LIMIT ?
"""
_GROUPS_LIKE = r"""
SELECT kind, surname, first_name, max(speaker) AS speaker, count(*) AS n FROM quotes
WHERE kind = 'group' AND surname LIKE ? ESCAPE '\' GROUP BY surname LIMIT 50
"""


def _params(row: QuoteRow, article_id: int) -> tuple[object, ...]:
    return (
        article_id, row.position, row.text, row.speaker, row.kind, row.surname, row.first_name,
        to_ts(row.said_at), to_ts(row.added_at),
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

    async def _selection(self, query: NameQuery) -> tuple[str, str, str]:
        """(surname, JSON list of first names, group phrase) for the ``_MATCH`` parameters."""
        surname, firsts = "", frozenset[str]()
        if query.person is not None:
            surname = query.person.surname
            known = {r[0] for r in await self._db.all(_FIRSTS, (surname,))}
            firsts = select_firsts(query.person, known)
        return surname, json.dumps(sorted(firsts)), query.group or ""

    async def by_person(self, name: str, *, limit: int = 5, offset: int = 0) -> Page[QuoteHit]:
        limit, offset = max(0, int(limit)), max(0, int(offset))
        query = parse_query(name or "")
        if query is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        match = await self._selection(query)
        found = await self._db.all(_PAGE, (*match, limit, offset))
        total = int(await self._db.scalar(_COUNT, match))
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
        """Merge groups into people, knowing every first name stored for their surnames."""
        surnames = sorted({g.surname for g in groups if g.kind == "person"})
        everyone = [_group(r) for r in await self._db.all(_PEOPLE_OF, (json.dumps(surnames),))]
        known: dict[str, set[str]] = {}
        for g in everyone:
            known.setdefault(g.surname, set()).add(g.first_name)
        displays = {(g.surname, g.first_name): g.speaker for g in everyone}
        return people_from_groups(groups, known, displays)

    async def top_people(self, *, since: datetime, limit: int = 10) -> list[Speaker]:
        if limit <= 0:
            return []
        groups = [_group(r) for r in await self._db.all(_GROUPS_SINCE, (to_ts(since),))]
        return (await self._people(groups))[:limit]

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
        people = await self._people(
            [_group(r) for r in await self._db.all(_PEOPLE_OF, (json.dumps(surnames),))]
        )
        if query.group:
            pattern = "%" + _escape_like(query.group) + "%"
            people += [_speaker(r) for r in await self._db.all(_GROUPS_LIKE, (pattern,))]
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
                    await conn.execute("DELETE FROM quotes")
                batch = await fetch_all(
                    conn,
                    "SELECT id, briefing, added_at FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                    (last, BACKFILL_BATCH),
                )
                for row in batch:
                    briefing = Briefing.model_validate_json(row["briefing"])
                    rows = quote_rows(briefing, added_at=from_ts(row["added_at"]))
                    await insert_quotes(conn, row["id"], rows)
                done += len(batch)
                if len(batch) < BACKFILL_BATCH:
                    await conn.execute(
                        "INSERT INTO meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (_KEY_META, fingerprint),
                    )
                    return done
                last = batch[-1]["id"]


def _speaker(row: sqlite3.Row) -> Speaker:
    return Speaker(name=row["speaker"], quotes=row["n"])


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
