"""Feed polling: due feeds → conditional GET → new entries → fetched, briefed, stored.

Everything goes through the guarded fetcher (feedparser only ever parses bytes we fetched; it is
handed a BytesIO so it can never open a URL or a local path itself). One broken feed never
blocks the others: each feed runs isolated, a few at a time, with exponential backoff on
errors. New articles reach subscribers through the matching job like any other article;
near-duplicates (the same story in two feeds) are stored with ``duplicate_of`` and never pushed.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urljoin

import feedparser

from briefing.intake import NotAnArticle
from briefing.models import BriefingOptions
from briefing.pipeline import DEFAULT_OPTIONS, brief_page
from net.fetch import ConnectionFailed, Fetcher, FetchError, FetchTimeout
from storage.base import Store
from storage.errors import DuplicateArticle
from storage.models import Feed

log = logging.getLogger(__name__)

ENTRIES_PER_POLL = 20
"""New entries briefed per feed per poll; the rest wait for the next poll (they stay unseen)."""
FIRST_POLL_ENTRIES = 5
"""A newly added feed contributes only its newest few entries: its back catalogue would otherwise
be pushed to every subscriber at once. Older entries are marked seen, never fetched."""
PARALLEL_FEEDS = 4
FEEDS_PER_POLL = 20
MAX_BACKOFF = timedelta(hours=24)


@dataclass
class FeedPollStats:
    feeds: int = 0
    added: int = 0
    duplicates: int = 0
    not_modified: int = 0
    errors: int = 0


async def poll_feeds(
    store: Store,
    fetcher: Fetcher,
    *,
    now: datetime,
    interval: float,
    options: BriefingOptions | None = None,
) -> FeedPollStats:
    """Poll every due feed once; each feed's next poll is ``interval`` later (or backed off)."""
    stats = FeedPollStats()
    feeds = await store.feeds.due(now=now, limit=FEEDS_PER_POLL)
    stats.feeds = len(feeds)
    gate = asyncio.Semaphore(PARALLEL_FEEDS)

    async def isolated(feed: Feed) -> None:
        async with gate:
            try:
                await poll_feed(store, fetcher, feed, now=now, interval=interval, options=options, stats=stats)
            except Exception as exc:  # any failure is this feed's alone
                stats.errors += 1
                reason = str(exc) if isinstance(exc, FetchError) else f"{type(exc).__name__}: {exc}"
                backoff = min(MAX_BACKOFF, timedelta(seconds=interval * 2 ** min(feed.errors + 1, 16)))
                log.info("feed %s failed (%s); next try in %s", feed.url, reason, backoff)
                await store.feeds.record_error(feed.id, reason, now=now, next_poll_at=now + backoff)

    await asyncio.gather(*(isolated(f) for f in feeds))
    return stats


async def poll_feed(
    store: Store,
    fetcher: Fetcher,
    feed: Feed,
    *,
    now: datetime,
    interval: float,
    options: BriefingOptions | None = None,
    stats: FeedPollStats | None = None,
) -> int:
    """Poll one feed; returns the number of articles stored. Raises on a feed-level failure."""
    stats = stats if stats is not None else FeedPollStats()
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    page = await fetcher.fetch(feed.url, headers=headers)
    next_poll = now + timedelta(seconds=interval)
    if page.status == 304:
        stats.not_modified += 1
        await store.feeds.record_success(
            feed.id, etag=feed.etag, last_modified=feed.last_modified, title=feed.title,
            now=now, next_poll_at=next_poll,
        )
        return 0
    parsed = await asyncio.to_thread(feedparser.parse, io.BytesIO(page.content or page.text.encode()))
    if not parsed.entries and not parsed.feed.get("title"):
        raise FetchError("That address doesn't serve an RSS or Atom feed.")
    added = 0
    entries = list(parsed.entries)
    if feed.last_polled_at is None:
        for old in entries[FIRST_POLL_ENTRIES:]:
            key = entry_key(old)
            if key is not None:
                await store.feeds.mark_seen(feed.id, key)
        entries = entries[:FIRST_POLL_ENTRIES]
    for entry in entries[:ENTRIES_PER_POLL][::-1]:  # oldest first: ids follow time
        added += await _ingest_entry(store, fetcher, feed, entry, base=page.url, now=now, options=options, stats=stats)
    await store.feeds.record_success(
        feed.id,
        etag=page.headers.get("etag"),
        last_modified=page.headers.get("last-modified"),
        title=parsed.feed.get("title") or feed.title,
        now=now,
        next_poll_at=next_poll,
    )
    stats.added += added
    return added


def entry_key(entry: dict) -> str | None:
    """Stable identity of an entry: its id/guid, else its link, else a hash of its title."""
    for field in ("id", "link"):
        value = entry.get(field)
        if value:
            return str(value)[:500]
    title = entry.get("title")
    return "title:" + hashlib.sha256(title.encode()).hexdigest() if title else None


async def _ingest_entry(store, fetcher, feed, entry, *, base, now, options, stats: FeedPollStats) -> int:
    key = entry_key(entry)
    if key is None or await store.feeds.seen(feed.id, key):
        return 0
    link = entry.get("link")
    if not link:
        await store.feeds.mark_seen(feed.id, key)
        return 0
    url = urljoin(base, link)
    if await store.articles.get_by_url(url) is not None:
        await store.feeds.mark_seen(feed.id, key)
        return 0
    try:
        page = await fetcher.fetch(url)
    except (FetchTimeout, ConnectionFailed) as exc:
        log.info("feed entry %s not fetched (%s); retried next poll", url, exc)
        return 0
    except FetchError as exc:  # blocked, too large, 404: it will not get better
        log.info("feed entry %s skipped: %s", url, exc)
        await store.feeds.mark_seen(feed.id, key)
        return 0
    created = 0
    try:
        briefing = await asyncio.to_thread(
            brief_page, page.text, url=page.url, is_html=page.is_html, options=options or DEFAULT_OPTIONS
        )
        await store.articles.add(briefing, url=url, now=now)
        created = 1
    except NotAnArticle as exc:  # an index page, a video page: nothing to brief, ever
        log.info("feed entry %s skipped: %s", url, exc)
    except DuplicateArticle:
        stats.duplicates += 1
    await store.feeds.mark_seen(feed.id, key)
    return created
