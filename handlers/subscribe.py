"""/subscribe (with -exclusions), /unsubscribe, /subscriptions (/mysubs), and the subscribe
buttons of /topics.

In a forum supergroup a subscription made inside a topic belongs to that topic: its briefings
are posted there, and /subscriptions or /unsubscribe sent there see that topic's own. Settings
(digest, quiet hours) and mutes stay per chat.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import Update

from storage.base import MAX_SUBSCRIPTIONS_PER_CHAT
from storage.errors import InvalidTopic, TooManySubscriptions
from storage.topic_rules import MAX_EXCLUSIONS_PER_SUBSCRIPTION, validated_topic

from . import render
from .args import SubscriptionArgs, parse_subscription, text_after_command
from .common import group_admin_only, register_chat, reply, thread_of
from .context import BriefContext
from .deeplinks import subscribe_link

SUB_USAGE = (
    "Which topic? e.g. <code>/subscribe energy</code> — see /topics for ideas. Exclude words with a minus: "
    "<code>/subscribe ukraine -football -\"transfer window\"</code>."
)
UNSUB_USAGE = "Which topic? e.g. <code>/unsubscribe energy</code> — see /subscriptions."
ONLY_EXCLUSIONS = "Which topic should leave those out? e.g. <code>/subscribe ukraine -football</code>."
TOPIC_HELP = "A topic is one to four words, e.g. <code>/subscribe energy</code> or <code>/subscribe peace talks</code>."
MAX_TOPIC_CHARS = 100


def _args(update: Update) -> SubscriptionArgs:
    message = update.effective_message
    return parse_subscription(text_after_command(message.text if message else ""))


def _here(update: Update) -> str:
    return "in this topic" if thread_of(update) is not None else "here"


async def subscribe_topic(
    update: Update, context: BriefContext, topic: str, exclude: Sequence[str] | None = None
) -> str:
    """Subscribe and return the (HTML) answer; shared by the command, the /topics buttons and
    deep links. ``exclude`` None keeps an existing subscription's exclusions; a list replaces them."""
    if len(topic) > MAX_TOPIC_CHARS:
        return f"That topic is too long — keep it under {MAX_TOPIC_CHARS} characters."
    problem = _exclusion_problem(exclude or ())
    if problem:
        return problem
    chat = update.effective_chat
    assert chat is not None
    await register_chat(update, context)
    try:
        added = await context.store.subscriptions.add(chat.id, topic, thread_id=thread_of(update), exclude=exclude)
    except InvalidTopic as exc:
        return f"That doesn't work: {render.esc(str(exc), 200)}." if exclude else TOPIC_HELP
    except TooManySubscriptions as exc:
        return f"This chat already has {exc.limit} subscriptions, the most I keep. Remove one with /unsubscribe first."
    shown = render.esc(topic, 100)
    except_text = f" (except {render.exclusions_text(exclude)})" if exclude else ""
    if not added:
        if exclude:
            return f"Updated “{shown}”: now excluding {render.exclusions_text(exclude)}."
        return f"Already subscribed to “{shown}” {_here(update)}. /subscriptions shows its exclusions."
    answer = (
        f"Subscribed to “{shown}”{except_text}. New briefings on it will arrive {_here(update)}. "
        "/subscriptions lists them."
    )
    link = subscribe_link(context.bot.username, topic)
    return answer if link is None else f"{answer}\nShare it: {render.esc(link)}"


def _exclusion_problem(exclude: Sequence[str]) -> str | None:
    """A polite answer naming the first unusable exclusion, or None when all are fine."""
    if len(exclude) > MAX_EXCLUSIONS_PER_SUBSCRIPTION:
        return f"That's {len(exclude)} exclusions — a subscription can have at most {MAX_EXCLUSIONS_PER_SUBSCRIPTION}."
    for word in exclude:
        try:
            validated_topic(word)
        except InvalidTopic:
            return (
                f"I can't exclude “{render.esc(word, 64)}”: an exclusion is one to four words with letters "
                "or digits, e.g. <code>-football</code> or <code>-\"transfer window\"</code>."
            )
    return None


@group_admin_only
async def subscribe(update: Update, context: BriefContext) -> None:
    args = _args(update)
    if not args.topic:
        await reply(update, ONLY_EXCLUSIONS if args.exclude else SUB_USAGE)
        return
    await reply(update, await subscribe_topic(update, context, args.topic, args.exclude or None))


@group_admin_only
async def unsubscribe(update: Update, context: BriefContext) -> None:
    """Removes the whole subscription, exclusions included (any "-word" typed is ignored)."""
    topic = _args(update).topic
    if not topic:
        await reply(update, UNSUB_USAGE)
        return
    chat = update.effective_chat
    assert chat is not None
    try:
        removed = await context.store.subscriptions.remove(chat.id, topic, thread_id=thread_of(update))
    except InvalidTopic:
        removed = False
    shown = render.esc(topic, 100)
    where = "This topic" if thread_of(update) is not None else "This chat"
    await reply(update, f"Unsubscribed from “{shown}”." if removed else f"{where} isn't subscribed to “{shown}”.")


async def subscriptions(update: Update, context: BriefContext) -> None:
    chat = update.effective_chat
    assert chat is not None
    thread = thread_of(update)
    subs = await context.store.subscriptions.for_chat(chat.id, thread_id=thread)
    mutes = await context.store.subscriptions.mutes(chat.id)
    await reply(
        update,
        render.subscriptions_list(subs, MAX_SUBSCRIPTIONS_PER_CHAT, mutes=mutes, in_topic=thread is not None),
    )
