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
from .i18n import N_, _, ngettext
from .reasons import reason_text

SUB_USAGE = N_(
    "Which topic? e.g. <code>/subscribe energy</code> — see /topics for ideas. Exclude words with a minus: "
    "<code>/subscribe ukraine -football -\"transfer window\"</code>."
)
UNSUB_USAGE = N_("Which topic? e.g. <code>/unsubscribe energy</code> — see /subscriptions.")
ONLY_EXCLUSIONS = N_("Which topic should leave those out? e.g. <code>/subscribe ukraine -football</code>.")
TOPIC_HELP = N_(
    "A topic is one to four words, e.g. <code>/subscribe energy</code> or <code>/subscribe peace talks</code>."
)
MAX_TOPIC_CHARS = 100


def _args(update: Update) -> SubscriptionArgs:
    message = update.effective_message
    return parse_subscription(text_after_command(message.text if message else ""))


async def subscribe_topic(
    update: Update, context: BriefContext, topic: str, exclude: Sequence[str] | None = None
) -> str:
    """Subscribe and return the (HTML) answer; shared by the command, the /topics buttons and
    deep links. ``exclude`` None keeps an existing subscription's exclusions; a list replaces them."""
    if len(topic) > MAX_TOPIC_CHARS:
        return ngettext(
            "That topic is too long — keep it under {count} character.",
            "That topic is too long — keep it under {count} characters.",
            MAX_TOPIC_CHARS,
        )
    problem = _exclusion_problem(exclude or ())
    if problem:
        return problem
    chat = update.effective_chat
    assert chat is not None
    await register_chat(update, context)
    thread = thread_of(update)
    subs_here = await context.store.subscriptions.for_chat(chat.id, thread_id=thread) if thread is not None else []
    resumed = " " + _("This topic's paused subscriptions are resumed.") if any(s.paused for s in subs_here) else ""
    try:
        added = await context.store.subscriptions.add(chat.id, topic, thread_id=thread, exclude=exclude)
    except InvalidTopic as exc:
        if not exclude:
            return _(TOPIC_HELP)
        return _("That doesn't work: {reason}.", reason=render.esc(reason_text(str(exc)), 200))
    except TooManySubscriptions as exc:
        return ngettext(
            "This chat already has {count} subscription, the most I keep. Remove it with /unsubscribe first.",
            "This chat already has {count} subscriptions, the most I keep. Remove one with /unsubscribe first.",
            exc.limit,
        )
    shown = render.esc(topic, 100)
    in_topic = thread is not None
    if not added:
        if exclude:
            return _("Updated “{topic}”: now excluding {words}.", topic=shown, words=render.exclusions_text(exclude)) + resumed
        if in_topic:
            return _("Already subscribed to “{topic}” in this topic. /subscriptions shows its exclusions.", topic=shown) + resumed
        return _("Already subscribed to “{topic}” here. /subscriptions shows its exclusions.", topic=shown) + resumed
    answer = _subscribed_text(shown, render.exclusions_text(exclude) if exclude else None, in_topic) + resumed
    link = subscribe_link(context.bot.username, topic)
    return answer if link is None else answer + "\n" + _("Share it: {link}", link=render.esc(link))


def _subscribed_text(topic: str, excluded: str | None, in_topic: bool) -> str:
    """The confirmation, as one whole sentence for each case (translations need whole sentences)."""
    if excluded and in_topic:
        return _(
            "Subscribed to “{topic}” (except {words}). New briefings on it will arrive in this topic. "
            "/subscriptions lists them.",
            topic=topic, words=excluded,
        )
    if excluded:
        return _(
            "Subscribed to “{topic}” (except {words}). New briefings on it will arrive here. /subscriptions lists them.",
            topic=topic, words=excluded,
        )
    if in_topic:
        return _(
            "Subscribed to “{topic}”. New briefings on it will arrive in this topic. /subscriptions lists them.",
            topic=topic,
        )
    return _("Subscribed to “{topic}”. New briefings on it will arrive here. /subscriptions lists them.", topic=topic)


def _exclusion_problem(exclude: Sequence[str]) -> str | None:
    """A polite answer naming the first unusable exclusion, or None when all are fine."""
    if len(exclude) > MAX_EXCLUSIONS_PER_SUBSCRIPTION:
        return ngettext(
            "That's {count} exclusion — a subscription can have at most {limit}.",
            "That's {count} exclusions — a subscription can have at most {limit}.",
            len(exclude),
            limit=MAX_EXCLUSIONS_PER_SUBSCRIPTION,
        )
    for word in exclude:
        try:
            validated_topic(word)
        except InvalidTopic:
            return _(
                "I can't exclude “{word}”: an exclusion is one to four words with letters or digits, "
                "e.g. <code>-football</code> or <code>-\"transfer window\"</code>.",
                word=render.esc(word, 64),
            )
    return None


@group_admin_only
async def subscribe(update: Update, context: BriefContext) -> None:
    args = _args(update)
    if not args.topic:
        await reply(update, _(ONLY_EXCLUSIONS) if args.exclude else _(SUB_USAGE))
        return
    await reply(update, await subscribe_topic(update, context, args.topic, args.exclude or None))


@group_admin_only
async def unsubscribe(update: Update, context: BriefContext) -> None:
    """Removes the whole subscription, exclusions included (any "-word" typed is ignored)."""
    topic = _args(update).topic
    if not topic:
        await reply(update, _(UNSUB_USAGE))
        return
    chat = update.effective_chat
    assert chat is not None
    try:
        removed = await context.store.subscriptions.remove(chat.id, topic, thread_id=thread_of(update))
    except InvalidTopic:
        removed = False
    shown = render.esc(topic, 100)
    if removed:
        await reply(update, _("Unsubscribed from “{topic}”.", topic=shown))
    elif thread_of(update) is not None:
        await reply(update, _("This topic isn't subscribed to “{topic}”.", topic=shown))
    else:
        await reply(update, _("This chat isn't subscribed to “{topic}”.", topic=shown))


async def subscriptions(update: Update, context: BriefContext) -> None:
    chat = update.effective_chat
    assert chat is not None
    thread = thread_of(update)
    subs = await context.store.subscriptions.for_chat(chat.id, thread_id=thread)
    mutes = await context.store.subscriptions.mutes(chat.id)
    paused = await context.store.subscriptions.paused_in_topics(chat.id) if thread is None and chat.is_forum else 0
    await reply(
        update,
        render.subscriptions_list(
            subs, MAX_SUBSCRIPTIONS_PER_CHAT, mutes=mutes, in_topic=thread is not None, paused_in_topics=paused
        ),
    )
