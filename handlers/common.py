"""Small helpers every journey shares: replying in chunks, chat registration, permission checks."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Sequence

from telegram import ChatMember, Document, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden

from storage.base import Store
from storage.models import Chat

from .context import BriefContext
from .i18n import N_, _, default_for

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
ADMINS_ONLY = N_("This command is for admins.")
GROUP_ADMINS_ONLY = N_("Only group admins can change this chat's subscriptions or settings.")

Handler = Callable[[Update, BriefContext], Awaitable[None]]
TOPIC_GONE = ("topic_closed", "topic_deleted", "message thread not found")
"""Telegram's answers (lower-cased) for a forum topic that is closed or deleted."""

log = logging.getLogger(__name__)


def thread_of(update: Update) -> int | None:
    """The forum topic the update happened in (None: not a forum topic, or a forum's General).

    Only ``is_topic_message`` counts: in a plain supergroup a reply chain also carries a
    ``message_thread_id``, and sending there fails. For a button press this is the pressed
    message's topic. (PTB's ``Message.reply_text`` applies the same rule since v21.1, but
    ``Chat.send_message``, which ``reply`` uses to send several chunks, does not.)
    """
    message = update.effective_message
    if message is None or not message.is_topic_message:
        return None
    return message.message_thread_id


def topic_gone(exc: BadRequest) -> bool:
    """True when a send failed because its forum topic is closed or deleted."""
    message = exc.message.lower()
    return any(reason in message for reason in TOPIC_GONE)


async def pause_topic(store: Store, chat_id: int, thread_id: int | None, reason: str) -> None:
    """Stop pushing to a closed or deleted forum topic; subscriptions are kept (logged once).

    Used by the sender and digests."""
    if thread_id is None:
        return
    if await store.subscriptions.pause_thread(chat_id, thread_id):
        log.info("forum topic %s of chat %s is gone (%s): its subscriptions are paused", thread_id, chat_id, reason)


async def reply(
    update: Update,
    chunks: str | Sequence[str],
    *,
    markup: InlineKeyboardMarkup | None = None,
    preview: bool = False,
) -> Message | None:
    """Send one or more HTML chunks to the update's chat (and forum topic); buttons go on the
    last chunk.

    A closed forum topic may still be written in by group admins while the bot may not post
    there: that reply is dropped with a log line (not an error; pushes pause on their own).
    """
    chat = update.effective_chat
    if chat is None:
        return None
    parts = [chunks] if isinstance(chunks, str) else [c for c in chunks if c]
    sent: Message | None = None
    thread = thread_of(update)
    for i, part in enumerate(parts):
        try:
            sent = await chat.send_message(
                part,
                reply_markup=markup if i == len(parts) - 1 else None,
                link_preview_options=None if preview else NO_PREVIEW,
                message_thread_id=thread,
            )
        except BadRequest as exc:
            if thread is None or not topic_gone(exc):
                raise
            log.info("could not reply in forum topic %s of chat %s: %s", thread, chat.id, exc.message)
            return None
    return sent


async def register_chat(update: Update, context: BriefContext) -> Chat | None:
    """Register or refresh the chat (re-activates a chat that had blocked the bot).

    A private chat's default language (its user's Telegram language) is stored the first
    time, so pushes, which have no user to ask, are written in it too.
    """
    chat = update.effective_chat
    if chat is None:
        return None
    title = chat.title or chat.full_name or chat.username
    stored = await context.store.chats.upsert(chat.id, type=chat.type, title=title)
    if stored.type == ChatType.PRIVATE and stored.settings.language is None:
        user = update.effective_user
        language = default_for(chat.type, user.language_code if user else None)
        stored = await context.store.chats.update_settings(
            chat.id, stored.settings.model_copy(update={"language": language})
        )
    return stored


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def may_change_chat(update: Update, context: BriefContext) -> bool:
    """Private chats: always. Groups: chat creator/administrators, incl. anonymous admins."""
    if not is_group(update):
        return True
    chat, user = update.effective_chat, update.effective_user
    message = update.effective_message
    if message is not None and message.sender_chat is not None and chat is not None:
        if message.sender_chat.id == chat.id:  # anonymous group admin posts as the group
            return True
    if chat is None or user is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except (BadRequest, Forbidden):
        return False
    return member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR)


def admin_only(func: Handler) -> Handler:
    """Bot admins (ADMIN_IDS) only; everyone else is told so and nothing else happens."""

    @functools.wraps(func)
    async def wrapper(update: Update, context: BriefContext) -> None:
        user = update.effective_user
        if not context.is_admin(user.id if user else None):
            await reply(update, _(ADMINS_ONLY))
            return
        await func(update, context)

    return wrapper


async def admin_upload(update: Update, context: BriefContext, *, refusal: str, caption: str) -> Document | None:
    """The uploaded document if it is meant for the bot and its sender is a bot admin.

    A non-admin is told ``refusal`` in a private chat and ignored in a group; in a group a file
    is for the bot only when captioned with the command ``caption`` (e.g. ``/add``).
    """
    message = update.effective_message
    user = update.effective_user
    if message is None or message.document is None:
        return None
    if not context.is_admin(user.id if user else None):
        if not is_group(update):
            await reply(update, refusal)
        return None
    if is_group(update) and not (message.caption or "").lstrip().lower().startswith(caption):
        return None
    return message.document


def group_admin_only(func: Handler) -> Handler:
    """Changes to a group's subscriptions/settings need a group admin."""

    @functools.wraps(func)
    async def wrapper(update: Update, context: BriefContext) -> None:
        if not await may_change_chat(update, context):
            if update.callback_query is not None:
                await update.callback_query.answer(_(GROUP_ADMINS_ONLY), show_alert=True)
            else:
                await reply(update, _(GROUP_ADMINS_ONLY))
            return
        await func(update, context)

    return wrapper


async def edit_or_send(update: Update, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """Edit the pressed button's message; if Telegram refuses (too old, not ours), send anew."""
    query = update.callback_query
    assert query is not None
    try:
        await query.edit_message_text(text, reply_markup=markup, link_preview_options=NO_PREVIEW)
    except BadRequest as exc:
        if "not modified" in str(exc).lower():  # the same button pressed twice
            return
        await reply(update, text, markup=markup)

