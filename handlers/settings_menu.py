"""/settings: instant alerts or a daily digest, quiet hours and time zone, mostly by buttons.

Text forms for what buttons can't offer: ``/settings tz Europe/Kyiv``, ``/settings digest 07:30``,
``/settings instant``, ``/settings quiet 22:00 07:00`` / ``/settings quiet off``.

Settings are per chat: in a forum supergroup every topic shares them (one time zone, one digest
time); each topic with subscriptions gets its own digest of its own briefings at that time.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram import Update

from storage.models import ChatSettings

from . import render
from .callback_data import QUIET_PRESETS, settings_keyboard
from .common import (
    GROUP_ADMINS_ONLY,
    edit_or_send,
    group_admin_only,
    may_change_chat,
    register_chat,
    reply,
)
from .context import BriefContext
from .i18n import N_, _

_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")
USAGE = N_(
    "Usage: <code>/settings</code> (buttons), <code>/settings tz Europe/Kyiv</code>, "
    "<code>/settings digest 07:30</code>, <code>/settings instant</code>, "
    "<code>/settings quiet 22:00 07:00</code> or <code>/settings quiet off</code>."
)


FORUM_NOTE = N_("These settings apply to every topic of this group; each topic gets its own digest.")


def _text(update: Update, settings: ChatSettings) -> str:
    chat = update.effective_chat
    forum = chat is not None and bool(chat.is_forum)
    return render.settings_text(settings) + ("\n<i>" + _(FORUM_NOTE) + "</i>" if forum else "")


def _hhmm(text: str) -> str | None:
    match = _HHMM.fullmatch(text.strip())
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else None


def valid_timezone(name: str) -> bool:
    if not name or len(name) > 64 or ".." in name or name.startswith("/"):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def apply_change(current: ChatSettings, args: list[str]) -> ChatSettings | str:
    """New settings from text args, or an HTML error message for the user."""
    key = args[0].lower()
    rest = args[1:]
    if key in ("tz", "timezone") and len(rest) == 1:
        if not valid_timezone(rest[0]):
            return _("I don't know the time zone “{zone}”. Use a name like Europe/Kyiv.", zone=render.esc(rest[0], 64))
        return current.model_copy(update={"timezone": rest[0]})
    if key == "instant" and not rest:
        return current.model_copy(update={"mode": "instant"})
    if key == "digest" and len(rest) <= 1:
        time = _hhmm(rest[0]) if rest else current.digest_time
        if time is None:
            return _("Give the digest time as HH:MM, e.g. <code>/settings digest 07:30</code>.")
        return current.model_copy(update={"mode": "digest", "digest_time": time})
    if key == "quiet" and rest == ["off"]:
        return current.model_copy(update={"quiet_start": None, "quiet_end": None})
    if key == "quiet" and len(rest) == 2:
        start, end = _hhmm(rest[0]), _hhmm(rest[1])
        if start is None or end is None or start == end:
            return _("Give quiet hours as two different times, e.g. <code>/settings quiet 22:00 07:00</code>.")
        return current.model_copy(update={"quiet_start": start, "quiet_end": end})
    return _(USAGE)


def apply_button(current: ChatSettings, field: str, value: str) -> ChatSettings | None:
    """New settings for a settings button, or None when the payload isn't one we offer."""
    if field == "mode" and value in ("instant", "digest"):
        return current.model_copy(update={"mode": value})
    if field == "dt" and _hhmm(value) == value:
        return current.model_copy(update={"mode": "digest", "digest_time": value})
    if field == "q" and value in QUIET_PRESETS:
        start, end = QUIET_PRESETS[value]
        return current.model_copy(update={"quiet_start": start, "quiet_end": end})
    if field == "tz" and valid_timezone(value):
        return current.model_copy(update={"timezone": value})
    return None


async def settings(update: Update, context: BriefContext) -> None:
    chat = await register_chat(update, context)
    assert chat is not None
    args = context.args or []
    if args:
        if not await may_change_chat(update, context):
            await reply(update, _(GROUP_ADMINS_ONLY))
            return
        result = apply_change(chat.settings, args)
        if isinstance(result, str):
            await reply(update, result)
            return
        chat = await context.store.chats.update_settings(chat.id, result)
    await reply(update, _text(update, chat.settings), markup=settings_keyboard(chat.settings.mode))


@group_admin_only
async def settings_button(update: Update, context: BriefContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    _prefix, field, value = (query.data.split(":", 2) + ["", ""])[:3]
    chat = await register_chat(update, context)
    assert chat is not None
    new = apply_button(chat.settings, field, value)
    if new is None:
        await query.answer(_("This button has expired — send /settings again."))
        return
    chat = await context.store.chats.update_settings(chat.id, new)
    await query.answer(_("Saved."))
    await edit_or_send(update, _text(update, chat.settings), settings_keyboard(chat.settings.mode))
