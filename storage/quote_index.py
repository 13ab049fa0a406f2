"""Backend-neutral parts of the quotes index: rows from a briefing, people from rows.

Every backend stores the same rows (``quote_rows``) and groups them into people with the same
rule (``people_from_groups``), so SQLite and PostgreSQL answer ``/quotes`` identically; only
the SQL differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from briefing.models import Briefing
from briefing.people import fold, owner, speaker_keys

from .models import Speaker

#: Speakers whose keys ``key_fingerprint`` watches: one of each form ``person_key`` reads
#: ("Doctors Without Borders", "S&P Global": organisations, no persons, since round 18; "Xi
#: Jinping" keyed on his family name, "Crown Prince" a title, "al-Baghdadi" a person, round 19).
KEY_PROBES = (
    "Defence Minister Rustem Umerov", "Mr. Umerov", "J. R. Smith", "Ursula von der Leyen",
    "Bashar al-Assad", "Łukasz Kowalski", "Russia's defence ministry", "the Kremlin", "SBU",
    "a spokesperson", "Martin Luther King Jr.", "the journalist Olivia Messer",
    "Ed Kline and Rosa Diaz", "Doctors Without Borders", "S&P Global",
    "Xi Jinping", "Saudi Crown Prince Mohammed bin Salman", "al-Baghdadi", "David and Jeanne Heidler",
)  # fmt: skip


def key_fingerprint() -> str:
    """Changes whenever ``speaker_keys`` would key the probe names differently: stored keys
    are then rebuilt at open (the same idea as the subscription-key fingerprint)."""
    keyed = (speaker_keys(p) for p in KEY_PROBES)
    return "|".join("+".join(f"{k.kind}:{k.surname}:{k.first}" for k in keys) or "-" for keys in keyed)


@dataclass(frozen=True)
class QuoteRow:
    """One row of the quotes index (the article id is bound by the backend)."""

    position: int
    slot: int
    """Which of a joint speaker's people the row is for (0 for a single speaker)."""
    text: str
    text_key: str
    speaker: str
    kind: str
    surname: str
    first_name: str
    said_at: datetime
    added_at: datetime


def article_date(published: str | None, added_at: datetime) -> datetime:
    """The day the article says it was published (midnight UTC), else when it was stored.

    A published day after the day it was stored (a typo, a time-zone edge) counts as stored.
    """
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return added_at
    published_at = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return published_at if published_at.date() <= added_at.date() else added_at


def text_key(text: str) -> str:
    """The words of a quote, folded: the same words with other quote marks or case match."""
    return " ".join(re.findall(r"\w+", fold(text)))


def quote_rows(briefing: Briefing, *, added_at: datetime) -> list[QuoteRow]:
    """The quotes worth looking up by speaker: attributed, not scare quotes, a keyable speaker.

    A joint speaker ("Ed Kline and Rosa Diaz") gives one row per person, each under that
    person's own name, so the quote is in both people's ``/quotes``."""
    said_at = article_date(briefing.published, added_at)
    rows = []
    for position, quote in enumerate(briefing.quotes):
        if quote.scare or not quote.text.strip():
            continue
        keys = speaker_keys(quote.speaker)
        shared = {k.surname for k in keys if sum(o.surname == k.surname for o in keys) > 1}
        for slot, key in enumerate(keys):
            # The same words under one surname are shown once (the newest: ``shown``); a couple
            # ("David and Jeanne Heidler") is two people of one surname, each to be shown
            twins = text_key(quote.text) + (f" {key.first}" if key.surname in shared else "")
            rows.append(
                QuoteRow(position, slot, quote.text, twins, key.name, key.kind,
                         key.surname, key.first, said_at, added_at)
            )  # fmt: skip
    return rows


@dataclass(frozen=True)
class NameGroup:
    """Rows of one stored name (kind, surname, first name) and how many there are."""

    kind: str
    surname: str
    first_name: str
    speaker: str
    """A display name among the group's rows."""
    quotes: int


def people_from_groups(groups: Iterable[NameGroup], names: Iterable[NameGroup]) -> list[Speaker]:
    """Merge counted names into people by the joining rule (``briefing.people.owner``).

    ``names`` are the stored names (every first name, store-wide) of the surnames in
    ``groups``: they decide who a bare "Umerov" is, and give the display name, so his bare-surname
    quotes count for "Rustem Umerov". Most quoted first.
    """
    known: dict[str, set[str]] = {}
    displays: dict[tuple[str, str, str], str] = {}
    for n in names:
        if n.kind == "person":
            known.setdefault(n.surname, set()).add(n.first_name)
        displays[(n.kind, n.surname, n.first_name)] = n.speaker
    counts: dict[tuple[str, str, str], int] = {}
    shown: dict[tuple[str, str, str], str] = {}
    for g in groups:
        first = owner(g.first_name, known.get(g.surname, set())) if g.kind == "person" else ""
        slot = (g.kind, g.surname, first)
        counts[slot] = counts.get(slot, 0) + g.quotes
        own = displays.get((g.kind, g.surname, g.first_name), g.speaker)
        shown.setdefault(slot, displays.get(slot) or own or g.surname)
    people = [Speaker(name=shown[slot], quotes=n) for slot, n in counts.items()]
    people.sort(key=lambda s: (-s.quotes, s.name.casefold()))
    return people
