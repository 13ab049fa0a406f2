"""The chat's interface language: chosen with /language (buttons or ``/language uk``), else the
Telegram user's ``language_code`` in a private chat, else English; stored in ``ChatSettings``.

``apply_chat_language`` runs before every handler (group -1, see ``handlers.register``) and makes
the chat's language current (``i18n.set_language``). It reads the stored choice for every update
(one primary-key read) rather than caching it in ``chat_data``: behind a load balancer the next
update may reach another worker, which must answer in the language just chosen (the same rule
as ``handlers.conversation``). In groups only group admins change the language, like the other
settings.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from storage.errors import ChatNotFound, StorageError

from .common import (
    GROUP_ADMINS_ONLY,
    edit_or_send,
    group_admin_only,
    may_change_chat,
    register_chat,
    reply,
)
from .context import BriefContext
from .i18n import (
    LANGUAGES,
    N_,
    NATIVE_NAMES,
    _,
    current_language,
    default_for,
    set_language,
    supported_language,
)

log = logging.getLogger(__name__)

BUTTON_PREFIX = "lang:"
USAGE = N_(
    "I speak English, Ukrainian, German and Russian: tap a button, or send "
    "<code>/language en</code>, <code>/language uk</code>, <code>/language de</code> or "
    "<code>/language ru</code>."
)


def default_language(update: Update) -> str:
    """Without a stored choice: the user's Telegram language in a private chat, else English."""
    chat, user = update.effective_chat, update.effective_user
    return default_for(chat.type if chat else None, user.language_code if user else None)


async def chat_language(update: Update, context: BriefContext) -> str:
    """The language to answer this update in: the chat's stored choice, else the default."""
    chat = update.effective_chat
    if chat is None:
        return default_language(update)
    stored = None
    try:
        stored = (await context.store.chats.get(chat.id)).settings.language
    except ChatNotFound:
        pass
    except StorageError as exc:  # answer in the default language rather than not at all
        log.warning("could not read the language of chat %s: %s", chat.id, type(exc).__name__)
    return supported_language(stored) or default_language(update)


async def apply_chat_language(update: object, context: BriefContext) -> None:
    """Group -1 handler: every update is answered in its chat's language."""
    if isinstance(update, Update):
        set_language(await chat_language(update, context))


def language_keyboard(current: str) -> InlineKeyboardMarkup:
    """One button per language, named in itself; the current one is ticked."""
    buttons = [
        InlineKeyboardButton(("✓ " if code == current else "") + NATIVE_NAMES[code], callback_data=BUTTON_PREFIX + code)
        for code in LANGUAGES
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


def _menu_text() -> str:
    return _("This chat's language is {language}.", language=NATIVE_NAMES[current_language()]) + "\n" + _(USAGE)


async def language(update: Update, context: BriefContext) -> None:
    """/language: the current language and buttons; ``/language uk`` switches (groups: admins)."""
    words = context.args or []
    if not words:
        await reply(update, _menu_text(), markup=language_keyboard(current_language()))
        return
    code = supported_language(" ".join(words)) if len(words) == 1 else None
    if code is None:
        await reply(update, _("I don't speak that language yet.") + " " + _(USAGE))
        return
    if not await may_change_chat(update, context):
        await reply(update, _(GROUP_ADMINS_ONLY))
        return
    await reply(update, await _switch(update, context, code))


@group_admin_only
async def language_button(update: Update, context: BriefContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    code = supported_language(query.data.removeprefix(BUTTON_PREFIX))
    if code is None:
        await query.answer(_("This button has expired — send /language again."))
        return
    done = await _switch(update, context, code)
    await query.answer()
    await edit_or_send(update, done, language_keyboard(code))


async def _switch(update: Update, context: BriefContext, code: str) -> str:
    """Store the chat's language and answer in it from now on (this reply included)."""
    chat = await register_chat(update, context)
    assert chat is not None
    await context.store.chats.update_settings(chat.id, chat.settings.model_copy(update={"language": code}))
    set_language(code)
    # TRANSLATORS: said in the language just chosen: name your own language here.
    return _("Done: I'll write to this chat in English from now on.")
