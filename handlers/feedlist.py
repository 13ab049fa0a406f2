"""Which feed URLs the bot accepts, one at a time (/feed_add) or as a whole list (OPML import).

One rule for both: an http(s) address of sane length that the guarded fetcher would fetch
(scheme, host, and — with private addresses refused, the production default — every address
the host resolves to). Every poll re-checks, so a name that later resolves inside is still
refused then. An import checks every feed first and stores the accepted ones in ONE
transaction: a failure while storing leaves nothing half-added. No Telegram here: the CLI
(``briefbot feeds import``) uses the same function as the upload handler.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from briefing.opml import FeedOutline
from net.fetch import Fetcher, FetchError, InvalidURL
from storage.base import Store
from storage.models import Feed, NewFeed

MAX_FEED_URL_CHARS = 2000
CHECKS_AT_ONCE = 16
"""Concurrent address checks (DNS lookups) during an import: a 5,000-feed list takes seconds,
and the resolver's thread pool is not flooded."""

Track = Callable[[Iterable[Awaitable[None]]], Iterable[Awaitable[None]]]
"""Wraps the checks as they complete (the CLI passes a progress line)."""


@dataclass(frozen=True)
class RefusedFeed:
    url: str
    reason: str


@dataclass
class ImportReport:
    added: list[Feed] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    """URLs that were registered already."""
    refused: list[RefusedFeed] = field(default_factory=list)


async def checked_feed_url(fetcher: Fetcher, raw: str) -> str:
    """``raw`` as a feed URL the bot may poll; raises ``FetchError`` with a polite reason."""
    url = raw.strip()
    if not url or len(url) > MAX_FEED_URL_CHARS or any(c.isspace() for c in url):
        raise InvalidURL("That doesn't look like a valid web address.")
    await fetcher.check(url)
    return url


async def import_feed_list(
    store: Store,
    fetcher: Fetcher,
    outlines: Sequence[FeedOutline],
    *,
    added_by: int | None = None,
    track: Track | None = None,
) -> ImportReport:
    """Check every feed of the list, then add the accepted ones in one transaction."""
    gate = asyncio.Semaphore(CHECKS_AT_ONCE)
    verdicts: dict[int, str | None] = {}

    async def check(index: int, outline: FeedOutline) -> None:
        async with gate:
            try:
                await checked_feed_url(fetcher, outline.url)
                verdicts[index] = None
            except FetchError as exc:
                verdicts[index] = str(exc)

    checks: Iterator[Awaitable[None]] = asyncio.as_completed(
        [check(i, outline) for i, outline in enumerate(outlines)]
    )
    for done in track(checks) if track is not None else checks:
        await done
    report = ImportReport()
    accepted: list[NewFeed] = []
    for index, outline in enumerate(outlines):
        reason = verdicts[index]
        if reason is None:
            accepted.append(NewFeed(url=outline.url.strip(), title=outline.title))
        else:
            report.refused.append(RefusedFeed(outline.url, reason))
    report.added = await store.feeds.add_many(accepted, added_by=added_by)
    created = {feed.url for feed in report.added}
    report.present = [feed.url for feed in accepted if feed.url not in created]
    return report
