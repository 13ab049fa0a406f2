"""/mute WORD, /unmute WORD, /mutes: words or phrases no briefing may contain to be sent to this
chat, whatever subscription it matched (every forum topic of a group included).

Same matching as exclusions: stemmed, case-insensitive, checked in the title, summary and topics.
"""

from __future__ import annotations

from telegram import Update

from storage.errors import InvalidTopic, TooManyMutes
from storage.topic_rules import MAX_MUTES_PER_CHAT

from . import render
from .args import parse_subscription, text_after_command
from .common import group_admin_only, register_chat, reply
from .context import BriefContext
from .i18n import N_, _, ngettext

MUTE_USAGE = N_(
    "Mute a word or phrase in all of this chat's subscriptions: <code>/mute football</code> or "
    "<code>/mute transfer window</code>. /mutes lists them, /unmute WORD removes one."
)
UNMUTE_USAGE = N_("Which word? e.g. <code>/unmute football</code> — /mutes lists them.")
BAD_WORD = N_(
    "A muted word is one to four words with letters or digits (at most 64 characters), "
    "e.g. <code>/mute football</code>."
)


def _word(update: Update) -> str:
    """The phrase after the command; quotes and a leading minus are accepted and dropped."""
    message = update.effective_message
    args = parse_subscription(text_after_command(message.text if message else ""))
    return " ".join((args.topic, *args.exclude)).strip()


@group_admin_only
async def mute(update: Update, context: BriefContext) -> None:
    word = _word(update)
    chat = update.effective_chat
    assert chat is not None
    if not word:
        mutes = await context.store.subscriptions.mutes(chat.id)
        await reply(update, render.mutes_list(mutes, MAX_MUTES_PER_CHAT) + "\n\n" + _(MUTE_USAGE))
        return
    await register_chat(update, context)
    try:
        added = await context.store.subscriptions.mute(chat.id, word)
    except InvalidTopic:
        await reply(update, _(BAD_WORD))
        return
    except TooManyMutes as exc:
        await reply(update, ngettext(
            "This chat already mutes {count} word, the most I keep. /unmute it first.",
            "This chat already mutes {count} words, the most I keep. /unmute one first.",
            exc.limit,
        ))
        return
    shown = render.esc(word, 64)
    if not added:
        await reply(update, _("“{word}” is already muted. /mutes lists them.", word=shown))
        return
    if chat.is_forum:
        done = _(
            "Muted “{word}” in this group, in every topic: briefings with it in the title, summary or "
            "topics won't be sent, whatever they matched. /unmute to undo.",
            word=shown,
        )
    else:
        done = _(
            "Muted “{word}” in this chat: briefings with it in the title, summary or topics won't be "
            "sent, whatever they matched. /unmute to undo.",
            word=shown,
        )
    await reply(update, done)


@group_admin_only
async def unmute(update: Update, context: BriefContext) -> None:
    word = _word(update)
    if not word:
        await reply(update, _(UNMUTE_USAGE))
        return
    chat = update.effective_chat
    assert chat is not None
    removed = await context.store.subscriptions.unmute(chat.id, word)
    shown = render.esc(word, 64)
    if removed:
        await reply(update, _("Unmuted “{word}”.", word=shown))
    else:
        await reply(update, _("“{word}” isn't muted here. /mutes lists them.", word=shown))


async def mutes(update: Update, context: BriefContext) -> None:
    chat = update.effective_chat
    assert chat is not None
    await reply(update, render.mutes_list(await context.store.subscriptions.mutes(chat.id), MAX_MUTES_PER_CHAT))
