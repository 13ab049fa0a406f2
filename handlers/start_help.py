"""/start (with topic deep links), /help, /cancel and the hints for plain text and unknown
commands."""

from __future__ import annotations

from telegram import Update

from . import render
from .common import GROUP_ADMINS_ONLY, is_group, may_change_chat, register_chat, reply
from .context import BriefContext
from .conversation import take_pending
from .deeplinks import name_from_payload, topic_from_payload
from .i18n import N_, _
from .quotes import send_quotes
from .subscribe import subscribe_topic

HINT = N_("I work with commands — send /help to see them.")
UNKNOWN = N_("I don't know that command. Send /help to see what I can do.")


async def start(update: Update, context: BriefContext) -> None:
    """Welcome; a ``t.me/<bot>?start=<topic link>`` also subscribes (groups: admins only); a
    speaker link (``?start=q_…``) shows that person's quotes instead."""
    await register_chat(update, context)
    name = name_from_payload(context.args[0]) if context.args and len(context.args) == 1 else None
    if name is not None:
        await send_quotes(update, context, name)
        return
    user = update.effective_user
    text = render.welcome(user.first_name if user else None)
    topic = topic_from_payload(context.args[0]) if context.args and len(context.args) == 1 else None
    if topic is not None:
        allowed = await may_change_chat(update, context)
        text += "\n\n" + (await subscribe_topic(update, context, topic) if allowed else _(GROUP_ADMINS_ONLY))
    await reply(update, text)


async def help_command(update: Update, context: BriefContext) -> None:
    user = update.effective_user
    await reply(update, render.help_text(is_admin=context.is_admin(user.id if user else None)))


async def cancel(update: Update, context: BriefContext) -> None:
    pending = await take_pending(update, context)
    await reply(update, _("Cancelled.") if pending else _("Nothing to cancel."))


async def plain_text(update: Update, context: BriefContext) -> None:
    """Private chats get a hint; groups are left alone (people talk there)."""
    if not is_group(update):
        await reply(update, _(HINT))


async def unknown_command(update: Update, context: BriefContext) -> None:
    """Private chats always; groups only when the command is addressed to this bot."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    if is_group(update):
        command = message.text.split(maxsplit=1)[0]
        username = context.bot.username
        if not username or not command.lower().endswith("@" + username.lower()):
            return
    await reply(update, _(UNKNOWN))
