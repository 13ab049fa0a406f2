"""``/quotes`` lookups every backend answers alike: which rows a name selects, who the close
matches are, how the most quoted are counted. A backend supplies the SQL steps (``QuoteSql``);
the rules (``briefing.people``, ``storage.quote_index``) are applied here once.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from briefing.people import NameQuery, close_names, fold, parse_query, select_firsts

from .models import Page, QuoteHit, Speaker
from .quote_index import NameGroup, people_from_groups

KEY_META = "quotes.key_fingerprint"
BACKFILL_BATCH = 200
"""Articles re-read per write transaction when the index is (re)built at open."""
CLOSE_CANDIDATES = 2000
"""Surnames sharing the query's first letters considered for near spellings."""
TOP_WINDOW_QUOTES = 5000
"""Bare /quotes counts at most the newest this-many quotes of its window (a busy week of a
multi-feed bot); the ranking of the most quoted is settled long before that."""


@dataclass(frozen=True)
class Selection:
    """The rows one lookup reads: a surname's rows of one kind, persons restricted to some
    first names (``briefing.people.select_firsts``)."""

    surname: str
    kind: str
    first_names: tuple[str, ...] = ()


class QuoteLookups(ABC):
    """The public ``QuoteRepository`` reads, on top of a backend's SQL steps."""

    @abstractmethod
    async def _first_names(self, surname: str) -> set[str]:
        """Every first name stored with this person surname ('' for the bare surname)."""

    @abstractmethod
    async def _page(self, person: Selection, group: Selection, limit: int, offset: int) -> list[QuoteHit]:
        """The shown rows of both selections, newest first (said_at, article id, position)."""

    @abstractmethod
    async def _count(self, person: Selection, group: Selection) -> int: ...

    @abstractmethod
    async def _counted_since(self, since: datetime, newest: int) -> list[NameGroup]:
        """Shown rows stored since ``since`` (at most the ``newest`` of them), counted per name."""

    @abstractmethod
    async def _names_of(self, surnames: Sequence[str]) -> list[NameGroup]:
        """The stored names (``quote_names``) of these surnames, any kind."""

    @abstractmethod
    async def _surnames_of_first(self, first_name: str) -> list[str]: ...

    @abstractmethod
    async def _surnames_from(self, low: str, high: str, limit: int) -> list[str]:
        """Person surnames in [low, high) in byte order."""

    @abstractmethod
    async def _groups_like(self, pattern: str) -> list[NameGroup]:
        """Organisation names matching a LIKE ``pattern`` (escape character ``\\``)."""

    async def _selection(self, query: NameQuery) -> tuple[Selection, Selection]:
        """The person's rows and the organisation's rows a name stands for."""
        surname, firsts = "", frozenset[str]()
        if query.person is not None:
            surname = query.person.surname
            firsts = select_firsts(query.person, await self._first_names(surname))
        return Selection(surname, "person", tuple(sorted(firsts))), Selection(query.group or "", "group")

    async def by_person(self, name: str, *, limit: int = 5, offset: int = 0) -> Page[QuoteHit]:
        limit, offset = max(0, int(limit)), max(0, int(offset))
        query = parse_query(name or "")
        if query is None:
            return Page(items=[], total=0, offset=offset, limit=limit)
        person, group = await self._selection(query)
        items = await self._page(person, group, limit, offset)
        return Page(items=items, total=await self._count(person, group), offset=offset, limit=limit)

    async def _people(self, groups: list[NameGroup]) -> list[Speaker]:
        """Merge counted names into people, knowing every name stored for their surnames."""
        names = await self._names_of(sorted({g.surname for g in groups}))
        return people_from_groups(groups, names)

    async def top_people(self, *, since: datetime, limit: int = 10) -> list[Speaker]:
        if limit <= 0:
            return []
        return (await self._people(await self._counted_since(since, TOP_WINDOW_QUOTES)))[:limit]

    async def close_matches(self, name: str, *, limit: int = 5) -> list[Speaker]:
        query = parse_query(name or "")
        if query is None or limit <= 0:
            return []
        surnames: list[str] = []
        if query.person is not None:
            person = query.person
            surnames.append(person.surname)  # the same surname, any first name
            surnames += await self._surnames_of_first(person.first or person.surname)
            prefix = person.surname[:2]
            nearby = await self._surnames_from(prefix, prefix + "\U0010ffff", CLOSE_CANDIDATES)
            surnames += close_names(person.surname, nearby, limit=limit)
        names = await self._names_of(surnames)
        people = people_from_groups([n for n in names if n.kind == "person"], names)
        if query.group:
            groups = await self._groups_like("%" + escape_like(query.group) + "%")
            people += people_from_groups(groups, groups)
        return rank(people, query.text)[:limit]


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def rank(people: list[Speaker], text: str) -> list[Speaker]:
    """Distinct names, the closest spelling first, then the most quoted."""
    unique = {p.name: p for p in people}
    order = {name: i for i, name in enumerate(close_names(text, unique, limit=len(unique)))}
    wanted = fold(text)
    return sorted(
        unique.values(),
        key=lambda p: (fold(p.name) == wanted, order.get(p.name, len(order)), -p.quotes),
    )
