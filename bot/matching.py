"""Matching job: turn newly stored articles into outbox rows, one per (chat, article).

The cursor (``meta["match_cursor"]``) is the last article id fully matched. It only moves after
that batch's rows are written, so a crash in between replays the batch and the UNIQUE
(chat, article) constraint makes the replay a no-op.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from storage.base import Store
from storage.errors import ChatNotFound
from storage.models import Chat

from .chattime import quiet_until

log = logging.getLogger(__name__)

MATCH_CURSOR_KEY = "match_cursor"
MAX_ARTICLE_AGE = timedelta(days=2)
"""Older articles are never pushed: a first start on an old database must not flood chats."""
BATCH = 100


async def match_new_articles(store: Store, *, now: datetime, batch: int = BATCH) -> int:
    """Enqueue deliveries for every article added since the cursor; returns rows created."""
    cursor = int(await store.meta.get(MATCH_CURSOR_KEY) or 0)
    created = 0
    chats: dict[int, Chat | None] = {}
    while True:
        articles = await store.articles.added_after(cursor, limit=batch)
        if not articles:
            return created
        for article in articles:
            if article.duplicate_of is not None or now - article.added_at > MAX_ARTICLE_AGE:
                continue
            matches = await store.subscriptions.match(article)
            for chat_id, topics in matches.items():
                chat = await _chat(store, chats, chat_id)
                if chat is None or not chat.active:
                    continue
                if chat.settings.mode == "digest":
                    created += await store.deliveries.enqueue(chat_id, article.id, topics, digest=True)
                else:
                    hold = quiet_until(chat.settings, now)
                    created += await store.deliveries.enqueue(chat_id, article.id, topics, not_before=hold)
        cursor = articles[-1].id
        await store.meta.set(MATCH_CURSOR_KEY, str(cursor))
        log.debug("matched up to article #%d (%d new deliveries so far)", cursor, created)


async def _chat(store: Store, cache: dict[int, Chat | None], chat_id: int) -> Chat | None:
    if chat_id not in cache:
        try:
            cache[chat_id] = await store.chats.get(chat_id)
        except ChatNotFound:
            cache[chat_id] = None
    return cache[chat_id]
