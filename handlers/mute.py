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

MUTE_USAGE = (
    "Mute a word or phrase in all of this chat's subscriptions: <code>/mute football</code> or "
    "<code>/mute transfer window</code>. /mutes lists them, /unmute WORD removes one."
)
UNMUTE_USAGE = "Which word? e.g. <code>/unmute football</code> — /mutes lists them."
BAD_WORD = (
    "A muted word is one to four words with letters or digits (at most 64 characters), "
    "e.g. <code>/mute football</code>."
)


def _word(update: Update) -> str:
    """The phrase after the command; quotes and a leading minus are accepted and dropped."""
    message = update.effective_message
    args = parse_subscription(text_after_command(message.text if message else ""))
    return " ".join((args.topic, *args.exclude)).strip()


def _scope(update: Update) -> str:
    chat = update.effective_chat
    return "this group, in every topic" if chat is not None and chat.is_forum else "this chat"


@group_admin_only
async def mute(update: Update, context: BriefContext) -> None:
    word = _word(update)
    chat = update.effective_chat
    assert chat is not None
    if not word:
        mutes = await context.store.subscriptions.mutes(chat.id)
        await reply(update, render.mutes_list(mutes, MAX_MUTES_PER_CHAT) + "\n\n" + MUTE_USAGE)
        return
    await register_chat(update, context)
    try:
        added = await context.store.subscriptions.mute(chat.id, word)
    except InvalidTopic:
        await reply(update, BAD_WORD)
        return
    except TooManyMutes as exc:
        await reply(update, f"This chat already mutes {exc.limit} words, the most I keep. /unmute one first.")
        return
    shown = render.esc(word, 64)
    if not added:
        await reply(update, f"“{shown}” is already muted. /mutes lists them.")
        return
    await reply(
        update,
        f"Muted “{shown}” in {_scope(update)}: briefings with it in the title, summary or topics "
        "won't be sent, whatever they matched. /unmute to undo.",
    )


@group_admin_only
async def unmute(update: Update, context: BriefContext) -> None:
    word = _word(update)
    if not word:
        await reply(update, UNMUTE_USAGE)
        return
    chat = update.effective_chat
    assert chat is not None
    removed = await context.store.subscriptions.unmute(chat.id, word)
    shown = render.esc(word, 64)
    await reply(update, f"Unmuted “{shown}”." if removed else f"“{shown}” isn't muted here. /mutes lists them.")


async def mutes(update: Update, context: BriefContext) -> None:
    chat = update.effective_chat
    assert chat is not None
    await reply(update, render.mutes_list(await context.store.subscriptions.mutes(chat.id), MAX_MUTES_PER_CHAT))
