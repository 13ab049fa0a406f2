"""``briefbot quotes [NAME]``: what someone said across the store, as /quotes shows it.

Readable lines on a terminal, JSON Lines with ``--json`` (one quote, or one person for the bare
command, per line) so the output pipes into ``jq`` and friends.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta

from storage.base import Store
from storage.models import QuoteHit, Speaker

TOP_DAYS = 7
PAGE = 50


async def print_quotes(store: Store, name: str, *, as_json: bool, limit: int) -> int:
    """Newest first, up to ``limit``; exit status 1 with close matches when there are none."""
    name = " ".join(name.split())
    hits: list[QuoteHit] = []
    while len(hits) < limit:
        page = await store.quotes.by_person(name, limit=min(PAGE, limit - len(hits)), offset=len(hits))
        hits += page.items
        if not page.items or len(hits) >= page.total:
            break
    if not hits:
        close = await store.quotes.close_matches(name)
        hint = f" Did you mean: {', '.join(s.name for s in close)}?" if close else ""
        print(f"No quotes from “{name}”.{hint}", file=sys.stderr)
        return 1
    for hit in hits:
        print(_json_quote(hit) if as_json else _readable_quote(hit), flush=True)
    return 0


async def print_top(store: Store, *, as_json: bool, limit: int) -> int:
    since = datetime.now(UTC) - timedelta(days=TOP_DAYS)
    people = await store.quotes.top_people(since=since, limit=limit)
    if not people and not as_json:
        print(f"Nobody was quoted in the last {TOP_DAYS} days.", file=sys.stderr)
    for person in people:
        print(_json_person(person) if as_json else f"{person.quotes:5d}  {person.name}", flush=True)
    return 0


def _readable_quote(hit: QuoteHit) -> str:
    where = " · ".join(x for x in (hit.title, hit.source) if x)
    return f"{hit.said_at.date().isoformat()}  #{hit.article_id}  {hit.speaker}: “{hit.text}”  ({where})"


def _json_quote(hit: QuoteHit) -> str:
    return json.dumps(
        {
            "article_id": hit.article_id, "date": hit.said_at.date().isoformat(),
            "speaker": hit.speaker, "text": hit.text, "title": hit.title,
            "source": hit.source, "url": hit.url,
        },
        ensure_ascii=False,
    )  # fmt: skip


def _json_person(person: Speaker) -> str:
    return json.dumps({"name": person.name, "quotes": person.quotes}, ensure_ascii=False)
