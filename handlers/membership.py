"""Chat lifecycle: the bot blocked/kicked/re-added, and groups upgraded to supergroups.

Delivery also learns about these from send errors; handling the service updates here keeps
the chat table right even when nothing is being sent.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, Update

from storage.errors import ChatNotFound, StorageError

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
