"""One feed poll: conditional GET → unchanged? stop → parse → entries not seen yet → fetched,
briefed, stored. The cycle over all due feeds (limits, backoff, alerts) is ``bot.feed_polling``.

Everything goes through the guarded fetcher (feedparser only ever parses bytes we fetched; it is
handed a BytesIO so it can never open a URL or a local path itself). New articles reach
subscribers through the matching job like any other article; near-duplicates (the same story
in two feeds) are stored with ``duplicate_of`` and never pushed.

Cheap when nothing changed: a 304 (ETag / Last-Modified) or a body identical to the last one
(servers that ignore conditional requests) ends the poll before any parsing.

An entry already seen is recognised by its GUID, then its link (tracking parameters and the
fragment dropped), then a fingerprint of its title and summary: feeds that mint a new GUID on
every request, or re-post an edited entry under a new GUID and link, do not re-push. Keys are
looked up for the whole document in one query and recorded once the entry is handled.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

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
"""A feed added with /feed_add contributes only its newest few entries: its back catalogue would
otherwise be pushed to every subscriber at once. Older entries are marked seen, never fetched.
A feed imported from a feed list takes none: thousands of back catalogues would flood everyone."""
FINGERPRINT_MIN_WORDS = 8
"""Title + summary shorter than this ("Live updates") are too generic to identify an entry."""
FINGERPRINT_WINDOW = timedelta(hours=20)
"""A fingerprint matches only an entry recorded this recently: re-posts of an edited entry come
within hours, while a daily item with the same title and blurb ("Morning briefing: …") is new
each day. Older re-posts are still caught as duplicates of the stored article, after a fetch."""
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|_ga)$", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
MAX_KEY_CHARS = 500
SEEN_KEPT = timedelta(days=30)
"""Entry keys are forgotten once their entry has left the feed's document and was recorded this
long ago (``store.feeds.prune_seen``), so ``feed_entries`` does not grow forever. An old entry that
a feed brings back after that is fetched again, and stops there if its article is still stored
(same URL) or is a near-duplicate of one."""


@dataclass
class FeedPollStats:
    feeds: int = 0
    added: int = 0
    duplicates: int = 0
    not_modified: int = 0
    """304 answers."""
    unchanged: int = 0
    """200 answers with the same body as last time (no parse)."""
    errors: int = 0
    postponed: int = 0
    """Not polled this cycle because their host asked us to wait (Retry-After)."""
    failing: list[Feed] = field(default_factory=list)
    """Feeds that just reached the alert threshold of consecutive failures (admins not told yet)."""
    recovered: list[Feed] = field(default_factory=list)
    """Feeds the admins were told about that worked again."""


@dataclass(frozen=True)
class EntryIdentity:
    guid: str | None
    link: str | None
    fingerprint: str | None

    @property
    def keys(self) -> list[str]:
        return [k for k in (self.guid, self.link, self.fingerprint) if k]

    def seen_in(self, seen: dict[str, datetime], now: datetime) -> bool:
        """GUID, then link, then a fingerprint recorded within ``FINGERPRINT_WINDOW``."""
        if (self.guid and self.guid in seen) or (self.link and self.link in seen):
            return True
        recorded = seen.get(self.fingerprint) if self.fingerprint else None
        return recorded is not None and now - recorded < FINGERPRINT_WINDOW


def entry_identity(entry: dict[str, Any], base: str) -> EntryIdentity:
    guid = str(entry.get("id") or "").strip()[:MAX_KEY_CHARS] or None
    link = entry.get("link")
    return EntryIdentity(
        guid=guid,
        link=link_key(urljoin(base, str(link))) if link else None,
        fingerprint=entry_fingerprint(str(entry.get("title") or ""), str(entry.get("summary") or "")),
    )


def link_key(url: str) -> str:
    """The link as an identity: no fragment, no tracking parameters (utm_*, fbclid …)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()[:MAX_KEY_CHARS]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(query), ""))[:MAX_KEY_CHARS]


def entry_fingerprint(title: str, summary: str) -> str | None:
    """``fp:`` + a hash of the title and summary as read (tags, entities, case, spacing ignored)."""
    words = html.unescape(_TAGS.sub(" ", f"{title}\n{summary}")).casefold().split()
    if len(words) < FINGERPRINT_MIN_WORDS:
        return None
    return "fp:" + hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]


def _conditional_headers(feed: Feed) -> dict[str, str]:
    headers = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    return headers


async def poll_feed(
    store: Store,
    fetcher: Fetcher,
    feed: Feed,
    *,
    now: datetime,
    interval: float,
    options: BriefingOptions | None = None,
    stats: FeedPollStats | None = None,
    unchanged: list[int] | None = None,
) -> int:
    """Poll one feed; returns the number of articles stored. Raises on a feed-level failure.

    A poll that finds nothing new is recorded at once, or, when ``unchanged`` is given, its
    feed id is appended there for the caller to record with others in one write.
    """
    stats = stats if stats is not None else FeedPollStats()
    page = await fetcher.fetch(feed.url, headers=_conditional_headers(feed))
    next_poll = now + timedelta(seconds=interval)
    body = page.content or page.text.encode()
    body_hash = hashlib.sha256(body).hexdigest() if page.status != 304 else feed.body_hash
    if page.status == 304 or body_hash == feed.body_hash:
        if page.status == 304:
            stats.not_modified += 1
        else:
            stats.unchanged += 1
        if unchanged is not None:
            unchanged.append(feed.id)
        else:
            await store.feeds.record_unchanged([feed.id], now=now, next_poll_at=next_poll)
        return 0
    parsed = await asyncio.to_thread(feedparser.parse, io.BytesIO(body))
    if not parsed.entries and not parsed.feed.get("title"):
        raise FetchError("That address doesn't serve an RSS or Atom feed.")
    identities = [(entry_identity(entry, page.url), entry) for entry in parsed.entries]
    fresh, learned = await _unseen_entries(store, feed, identities, now=now)
    if feed.last_polled_at is None:
        keep = 0 if feed.imported else FIRST_POLL_ENTRIES
        learned += [key for identity, _ in fresh[keep:] for key in identity.keys]
        fresh = fresh[:keep]
    if learned:
        await store.feeds.mark_seen_many(feed.id, learned, now=now)
    pending = len(fresh) > ENTRIES_PER_POLL
    added = 0
    for identity, entry in fresh[:ENTRIES_PER_POLL][::-1]:  # oldest first: ids follow time
        outcome = await _ingest_entry(store, fetcher, entry, base=page.url, now=now, options=options, stats=stats)
        if outcome is None:
            pending = True  # retried next poll: it stays unseen
            continue
        added += outcome
        await store.feeds.mark_seen_many(feed.id, identity.keys, now=now)
    # Entries left for later need a full fetch next time, so no validators are kept then.
    await store.feeds.record_success(
        feed.id,
        etag=None if pending else page.headers.get("etag"),
        last_modified=None if pending else page.headers.get("last-modified"),
        title=parsed.feed.get("title") or None,
        now=now,
        next_poll_at=next_poll,
        body_hash=None if pending else body_hash,
    )
    in_document = [key for identity, _ in identities for key in identity.keys]
    if feed.last_polled_at is not None and in_document:  # an empty document says nothing of what left
        try:  # housekeeping: if it fails, nothing is lost; the keys go at the feed's next change
            await store.feeds.prune_seen(feed.id, keep=in_document, seen_before=now - SEEN_KEPT)
        except Exception:
            log.exception("could not prune the seen entries of feed %s", feed.url)
    stats.added += added
    return added


async def _unseen_entries(
    store: Store, feed: Feed, identities: list[tuple[EntryIdentity, dict[str, Any]]], *, now: datetime
) -> tuple[list[tuple[EntryIdentity, dict[str, Any]]], list[str]]:
    """(entries to ingest, newest first; keys to record now). Entries recognised by one key get
    their other keys recorded (a new GUID learnt through a known link); entries repeated within
    the document count once; entries without a link (nothing to fetch) are only recorded."""
    known = await store.feeds.seen_keys(feed.id, [k for identity, _ in identities for k in identity.keys])
    fresh: list[tuple[EntryIdentity, dict[str, Any]]] = []
    learned: list[str] = []
    for identity, entry in identities:
        if identity.seen_in(known, now) or identity.link is None:
            learned += [key for key in identity.keys if key not in known]
        else:
            fresh.append((identity, entry))
        for key in identity.keys:
            known.setdefault(key, now)
    return fresh, learned


async def _ingest_entry(store, fetcher, entry, *, base, now, options, stats: FeedPollStats) -> int | None:
    """1 if stored, 0 if handled without a new article, None to retry at the next poll."""
    url = urljoin(base, entry.get("link"))
    if await store.articles.get_by_url(url) is not None:
        return 0
    try:
        page = await fetcher.fetch(url)
    except (FetchTimeout, ConnectionFailed) as exc:
        log.info("feed entry %s not fetched (%s); retried next poll", url, exc)
        return None
    except FetchError as exc:  # blocked, too large, 404: it will not get better
        log.info("feed entry %s skipped: %s", url, exc)
        return 0
    try:
        briefing = await asyncio.to_thread(
            brief_page, page.text, url=page.url, is_html=page.is_html, options=options or DEFAULT_OPTIONS
        )
    except NotAnArticle as exc:  # an index page, a video page: nothing to brief, ever
        log.info("feed entry %s skipped: %s", url, exc)
        return 0
    try:
        await store.articles.add(briefing, url=url, now=now)
    except DuplicateArticle:
        stats.duplicates += 1
        return 0
    return 1
