"""The ONE error handler: log with ids (never the token), tell the user something short."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError

from storage.errors import StorageUnavailable

from .common import reply
from .context import BriefContext
from .i18n import N_, _
from .reasons import reason_text

log = logging.getLogger("briefbot.errors")

GENERIC = N_("Something went wrong, please try again.")
DB_BUSY = N_("The database is busy right now, please try again in a moment.")
DB_UNAVAILABLE = N_(
    "I can't save anything right now: {reason}. Nothing was changed — please tell the bot's admin."
)


def _unavailable_text(error: StorageUnavailable) -> str:
    """Busy is transient ("try again"); full/read-only/I-O needs the operator. The reason is one
    of storage's fixed, SQL-free phrases (storage/sqlite/db.py, translated by ``reasons``), so
    it is safe to show."""
    reason = str(error)
    return _(DB_BUSY) if "busy" in reason else _(DB_UNAVAILABLE, reason=reason_text(reason))


async def on_error(update: object, context: BriefContext) -> None:
    error = context.error
    update_id = chat_id = None
    if isinstance(update, Update):
        update_id = update.update_id
        chat_id = update.effective_chat.id if update.effective_chat else None
    if isinstance(error, NetworkError) and not isinstance(update, Update):
        log.warning("network problem talking to Telegram: %s", type(error).__name__)
        return
    log.error(
        "error handling update %s (chat %s): %s", update_id, chat_id, type(error).__name__, exc_info=error
    )
    if not isinstance(update, Update) or update.effective_chat is None or isinstance(error, Forbidden):
        return
    text = _unavailable_text(error) if isinstance(error, StorageUnavailable) else _(GENERIC)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text)
        else:
            await reply(update, text)  # in the forum topic it came from
    except Exception:  # the error may be that Telegram is unreachable: nothing more to do
        log.warning("could not tell chat %s about the error", chat_id)
