"""Matching job: turn newly stored articles into outbox rows, one per (chat, article).

The cursor (``meta["match_cursor"]``) is the last article id fully matched. It only moves after
that batch's rows are written, so a crash in between replays the batch and the UNIQUE
(chat, article) constraint makes the replay a no-op.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from storage.base import Store
from storage.models import Chat, Destination, NewDelivery

from .chattime import quiet_until

log = logging.getLogger(__name__)

MATCH_CURSOR_KEY = "match_cursor"
MAX_ARTICLE_AGE = timedelta(days=2)
"""Older articles are never pushed: a first start on an old database must not flood chats."""
BATCH = 100


async def match_new_articles(store: Store, *, now: datetime, batch: int = BATCH) -> int:
    """Enqueue deliveries for every article added since the cursor; returns rows created.

    Per article: one indexed match, one query for the matched chats, one transaction for all
    its outbox rows (a 2,000-chat broadcast is three statements, not 4,000). Each destination
    (a chat, or one forum topic of it) gets its own row.
    """
    cursor = int(await store.meta.get(MATCH_CURSOR_KEY) or 0)
    created = 0
    while True:
        articles = await store.articles.added_after(cursor, limit=batch)
        if not articles:
            return created
        for article in articles:
            if article.duplicate_of is not None or now - article.added_at > MAX_ARTICLE_AGE:
                continue
            matches = await store.subscriptions.match(article)
            if not matches:
                continue
            chats = await store.chats.get_many(list({d.chat_id for d in matches}))
            created += await store.deliveries.enqueue_many(
                [_delivery(chat, to, article.id, topics, now) for to, topics in matches.items()
                 if (chat := chats.get(to.chat_id)) is not None and chat.active]
            )
        cursor = articles[-1].id
        await store.meta.set(MATCH_CURSOR_KEY, str(cursor))
        log.debug("matched up to article #%d (%d new deliveries so far)", cursor, created)


def _delivery(chat: Chat, to: Destination, article_id: int, topics: list[str], now: datetime) -> NewDelivery:
    """Digest chats collect for their digest; instant chats wait out their quiet hours.

    Settings are per chat: every forum topic of a group shares the group's mode, digest time
    and quiet hours; each topic gets its own rows (``to.thread_id``) and so its own digest.
    """
    if chat.settings.mode == "digest":
        return NewDelivery(
            chat_id=chat.id, thread_id=to.thread_id, article_id=article_id, topics=tuple(topics), digest=True
        )
    return NewDelivery(
        chat_id=chat.id, thread_id=to.thread_id, article_id=article_id, topics=tuple(topics),
        not_before=quiet_until(chat.settings, now),
    )  # fmt: skip
