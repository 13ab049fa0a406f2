"""/subscribe, /unsubscribe, /subscriptions (/mysubs), and the subscribe buttons of /topics."""

from __future__ import annotations

from telegram import Update

from storage.base import MAX_SUBSCRIPTIONS_PER_CHAT
from storage.errors import InvalidTopic, TooManySubscriptions

from . import render
from .args import clean_query, text_after_command
from .common import group_admin_only, register_chat, reply
from .context import BriefContext
from .deeplinks import subscribe_link

SUB_USAGE = "Which topic? e.g. <code>/subscribe energy</code> — see /topics for ideas."
UNSUB_USAGE = "Which topic? e.g. <code>/unsubscribe energy</code> — see /subscriptions."
MAX_TOPIC_CHARS = 100


def _topic(update: Update) -> str:
    message = update.effective_message
    return clean_query(text_after_command(message.text if message else ""))


async def subscribe_topic(update: Update, context: BriefContext, topic: str) -> str:
    """Subscribe and return the (HTML) answer; shared by the command and the /topics buttons."""
    if len(topic) > MAX_TOPIC_CHARS:
        return f"That topic is too long — keep it under {MAX_TOPIC_CHARS} characters."
    chat = update.effective_chat
    assert chat is not None
    await register_chat(update, context)
    try:
        added = await context.store.subscriptions.add(chat.id, topic)
    except InvalidTopic:
        return "A topic is one to four words, e.g. <code>/subscribe energy</code> or <code>/subscribe peace talks</code>."
    except TooManySubscriptions as exc:
        return f"This chat already has {exc.limit} subscriptions, the most I keep. Remove one with /unsubscribe first."
    shown = render.esc(topic, 100)
    if not added:
        return f"Already subscribed to “{shown}”."
    answer = f"Subscribed to “{shown}”. New briefings on it will arrive here. /subscriptions lists them."
    link = subscribe_link(context.bot.username, topic)
    return answer if link is None else f"{answer}\nShare it: {render.esc(link)}"


@group_admin_only
async def subscribe(update: Update, context: BriefContext) -> None:
    topic = _topic(update)
    if not topic:
        await reply(update, SUB_USAGE)
        return
    await reply(update, await subscribe_topic(update, context, topic))


@group_admin_only
async def unsubscribe(update: Update, context: BriefContext) -> None:
    topic = _topic(update)
    if not topic:
        await reply(update, UNSUB_USAGE)
        return
    chat = update.effective_chat
    assert chat is not None
    try:
        removed = await context.store.subscriptions.remove(chat.id, topic)
    except InvalidTopic:
        removed = False
    shown = render.esc(topic, 100)
    await reply(update, f"Unsubscribed from “{shown}”." if removed else f"This chat isn't subscribed to “{shown}”.")


async def subscriptions(update: Update, context: BriefContext) -> None:
    chat = update.effective_chat
    assert chat is not None
    subs = await context.store.subscriptions.for_chat(chat.id)
    await reply(update, render.subscriptions_list(subs, MAX_SUBSCRIPTIONS_PER_CHAT))
