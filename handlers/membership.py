"""Chat lifecycle: the bot blocked/kicked/re-added, groups upgraded to supergroups, and forum
topics closed or reopened.

Delivery also learns about these from send errors; handling the service updates here keeps
the chat table right even when nothing is being sent.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, Update

from storage.errors import ChatNotFound, StorageError

from .common import thread_of
from .context import BriefContext

log = logging.getLogger(__name__)
_GONE = (ChatMember.BANNED, ChatMember.LEFT)


async def my_chat_member(update: Update, context: BriefContext) -> None:
    change = update.my_chat_member
    if change is None:
        return
    chat = change.chat
    if change.new_chat_member.status in _GONE:
        try:
            await context.store.chats.set_active(chat.id, False)
        except ChatNotFound:
            pass
        return
    title = chat.title or chat.full_name or chat.username
    await context.store.chats.upsert(chat.id, type=chat.type, title=title)


async def migrated(update: Update, context: BriefContext) -> None:
    message = update.effective_message
    if message is None or message.migrate_to_chat_id is None:
        return
    try:
        await context.store.chats.migrate(message.chat.id, message.migrate_to_chat_id)
    except (ChatNotFound, StorageError) as exc:  # already moved by the sender, or never registered
        log.info("chat %s migration not applied: %s", message.chat.id, type(exc).__name__)


async def forum_topic_changed(update: Update, context: BriefContext) -> None:
    """A forum topic was closed (its subscriptions pause, kept) or reopened (they resume).

    A topic deleted outright sends no update; delivery pauses it on "message thread not found".
    """
    message = update.effective_message
    thread = thread_of(update)
    if message is None or thread is None:
        return
    if message.forum_topic_closed is not None:
        changed = await context.store.subscriptions.pause_thread(message.chat.id, thread)
        verb = "closed: paused"
    else:
        changed = await context.store.subscriptions.resume_thread(message.chat.id, thread)
        verb = "reopened: resumed"
    if changed:
        log.info("forum topic %s of chat %s %s %d subscription(s)", thread, message.chat.id, verb, changed)
