"""Conversation state that survives a switch of worker (``store.conversations``).

Behind a load balancer a chat's next update may reach another worker, so nothing a later
update needs lives in one process's ``chat_data``: the query behind a message's ◀ ▶ buttons
(``remember_query``/``recall_query``) and a pending bare /add (``set_pending``/``take_pending``)
are kept in the store with an expiry. One indexed write per paginated reply, one read per
press: cheap next to the command itself.
"""

from __future__ import annotations

import json
import secrets
from datetime import timedelta

from telegram import Update

from .callback_data import PageQuery
from .context import BriefContext

PAGE_TTL = timedelta(days=2)
"""◀ ▶ buttons work this long after the reply (then "This button has expired")."""
PENDING_TTL = timedelta(hours=1)
"""A bare /add waits this long for the article's text."""
PENDING_KEY = "pending"
_PAGE_PREFIX = "page:"


def _chat_id(update: Update) -> int:
    chat = update.effective_chat
    if chat is None:
        raise ValueError("conversation state needs a chat")
    return chat.id


async def remember_query(update: Update, context: BriefContext, query: PageQuery) -> str:
    """Store the query behind a reply's ◀ ▶ buttons; returns its token (12 hex digits, random:
    any worker may issue one, and a token of another chat finds nothing in this one)."""
    token = secrets.token_hex(6)
    value = json.dumps({"kind": query.kind, "query": query.query, "size": query.size})
    await context.store.conversations.put(
        _chat_id(update), _PAGE_PREFIX + token, value, ttl=PAGE_TTL, now=context.now()
    )
    return token


async def recall_query(update: Update, context: BriefContext, token: str) -> PageQuery | None:
    """The query of a page button pressed in this chat, or None (expired, forged, other chat)."""
    value = await context.store.conversations.get(_chat_id(update), _PAGE_PREFIX + token, now=context.now())
    if value is None:
        return None
    stored = json.loads(value)
    return PageQuery(str(stored["kind"]), str(stored["query"]), int(stored["size"]))


async def set_pending(update: Update, context: BriefContext, step: str) -> None:
    await context.store.conversations.put(_chat_id(update), PENDING_KEY, step, ttl=PENDING_TTL, now=context.now())


async def pending_step(update: Update, context: BriefContext) -> str | None:
    return await context.store.conversations.get(_chat_id(update), PENDING_KEY, now=context.now())


async def take_pending(update: Update, context: BriefContext) -> str | None:
    """Clear the chat's pending step; returns it (None if there was none)."""
    if update.effective_chat is None:
        return None
    return await context.store.conversations.take(_chat_id(update), PENDING_KEY, now=context.now())
