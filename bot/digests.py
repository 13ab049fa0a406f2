"""Daily digests: one message per digest-mode chat at its HH:MM in its own time zone.

A single minute tick (``send_due_digests``) checks every digest chat against the injected clock
instead of one JobQueue job per chat: nothing to rebuild at start-up or reschedule when
/settings changes (the tick re-reads the settings), and tests drive it with a fake ``now``.
``meta["digest_last:<chat>"]`` is the last digest instant handled, written only after the
message went out, so a crash or an API error means the digest is retried at the next tick.

Forum topics: settings are per chat, so a group has one digest time, but each topic with
collected rows gets its own digest in that topic (rows marked sent topic by topic: a retry
never repeats a topic already served). A closed or deleted topic is paused and its rows fail.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError

from handlers.common import pause_topic, topic_gone
from handlers.htmlchunks import esc, pack
from handlers.i18n import SOURCE_LANGUAGE, _, ngettext, use_language
from storage.base import Store
from storage.errors import ChatNotFound
from storage.models import ArticleSummary, Chat, Delivery

from .chattime import last_digest_slot

log = logging.getLogger(__name__)

MAX_ITEMS = 50
"""A digest lists at most this many briefings (newest kept); more is noise, not a digest."""


def _key(chat_id: int) -> str:
    return f"digest_last:{chat_id}"


def render_digest(items: Sequence[ArticleSummary], topics: dict[int, Sequence[str]], *, total: int) -> list[str]:
    """Digest HTML chunks (≤ 4096 UTF-16 units each, split between items), in the current
    language (``use_language``)."""
    count = ngettext("{count} new briefing", "{count} new briefings", total)
    blocks = ["🗞 <b>" + _("Your digest") + "</b> · " + count]
    for item in items:
        title = esc(item.title or _("Untitled"), 200)
        if item.url and item.url.startswith(("http://", "https://")):
            title = f'<a href="{esc(item.url)}">{title}</a>'
        lines = [f"<b>{title}</b>" + (f" · {esc(item.source, 80)}" if item.source else "")]
        if item.lead:
            lines.append(esc(item.lead, 300))
        matched = topics.get(item.id) or ()
        tail = f"/brief {item.id}"
        if matched:
            tail += " · " + _("matched: {topics}", topics=esc(", ".join(matched), 120))
        lines.append(f"<i>{tail}</i>")
        blocks.append("\n".join(lines))
    if total > len(items):
        more = ngettext("…and {count} more: /latest", "…and {count} more: /latest", total - len(items))
        blocks.append(f"<i>{more}</i>")
    return pack(blocks)


async def send_due_digests(bot: Bot, store: Store, *, now: datetime) -> int:
    """Send every digest whose slot has passed since the last one; returns digests sent.

    A chat holding digest rows but no longer in digest mode switched to instant alerts (maybe
    while the bot was down): what its digest had collected is sent now instead of waiting forever.
    """
    sent = 0
    chats = await store.chats.with_mode("digest")
    in_digest_mode = {c.id for c in chats}
    for chat_id in await store.deliveries.chats_with_digest_rows():
        if chat_id in in_digest_mode:
            continue
        try:
            sent += await flush_digest(bot, store, chat_id, now=now)
        except Exception:
            log.exception("flushing the digest of chat %d failed", chat_id)
    for chat in chats:
        try:
            sent += await _maybe_send(bot, store, chat, now)
        except Exception:  # one chat's failure must not stop the others
            log.exception("digest for chat %d failed", chat.id)
    return sent


async def flush_digest(bot: Bot, store: Store, chat_id: int, *, now: datetime) -> int:
    """Send a chat's collected digest rows right away (it left digest mode); 1 if sent."""
    try:
        chat = await store.chats.get(chat_id)
    except ChatNotFound:
        return 0
    if not chat.active or chat.settings.mode == "digest":
        return 0
    rows = await store.deliveries.digest_pending(chat_id)
    if not rows:
        return 0
    sent_to = await _send_by_topic(bot, store, chat, rows)
    if sent_to is None:
        return 0
    await store.meta.set(_key(sent_to), now.isoformat())
    return 1


async def _maybe_send(bot: Bot, store: Store, chat: Chat, now: datetime) -> int:
    slot = last_digest_slot(chat.settings, now)
    last = await store.meta.get(_key(chat.id))
    if last is None:  # first time in digest mode: start counting from now
        await store.meta.set(_key(chat.id), now.isoformat())
        return 0
    if datetime.fromisoformat(last) >= slot:
        return 0
    rows = await store.deliveries.digest_pending(chat.id)
    chat_id = chat.id
    if rows:
        sent_to = await _send_by_topic(bot, store, chat, rows)
        if sent_to is None:
            return 0
        chat_id = sent_to
    await store.meta.set(_key(chat_id), now.isoformat())
    return 1 if rows else 0


async def _send_by_topic(bot: Bot, store: Store, chat: Chat, rows: list[Delivery]) -> int | None:
    """One digest per forum topic (None: the chat itself), each marked sent as it goes out.

    Returns the chat id they went to (it changes when the group was migrated), or None when
    one must be retried at the next tick (the topics already served are not sent again).
    """
    by_topic: dict[int | None, list[Delivery]] = {}
    for row in rows:
        by_topic.setdefault(row.thread_id, []).append(row)
    chat_id = chat.id
    for thread_id, topic_rows in by_topic.items():
        try:
            sent = await _send(bot, store, chat_id, topic_rows, thread_id, chat.settings.language or SOURCE_LANGUAGE)
        except BadRequest as exc:  # only a closed or deleted topic gets here
            await pause_topic(store, chat_id, thread_id, exc.message)
            for row in topic_rows:
                await store.deliveries.mark_failed(row.id, f"topic gone: {exc.message}")
            continue
        if sent is None:
            return None
        message_id, chat_id = sent
        await store.deliveries.mark_digest_sent([r.id for r in topic_rows], message_id)
    return chat_id


async def _send(
    bot: Bot, store: Store, chat_id: int, rows: list[Delivery], thread_id: int | None, language: str
) -> tuple[int | None, int] | None:
    """Send the digest; (last message id, chat id it went to) or None to retry next tick.
    Raises BadRequest when its forum topic is closed or deleted."""
    shown = rows[-MAX_ITEMS:]
    summaries = {s.id: s for s in await store.articles.summaries([r.article_id for r in shown])}
    items = [summaries[r.article_id] for r in shown if r.article_id in summaries]
    topics = {r.article_id: r.topics for r in shown}
    with use_language(language):
        chunks = render_digest(items, topics, total=len(rows))
    message_id = None
    try:
        for chunk in chunks:
            try:
                message = await _send_chunk(bot, chat_id, chunk, thread_id)
            except ChatMigrated as exc:
                await store.chats.migrate(chat_id, exc.new_chat_id)
                chat_id = exc.new_chat_id
                message = await _send_chunk(bot, chat_id, chunk, thread_id)
            message_id = message.message_id
    except Forbidden:
        await store.chats.set_active(chat_id, False)
        return None
    except BadRequest as exc:
        if thread_id is not None and topic_gone(exc):
            raise
        log.info("digest for chat %d postponed: %s", chat_id, type(exc).__name__)
        return None
    except TelegramError as exc:  # flood wait, network: the next minute tick retries
        log.info("digest for chat %d postponed: %s", chat_id, type(exc).__name__)
        return None
    return message_id, chat_id


async def _send_chunk(bot: Bot, chat_id: int, chunk: str, thread_id: int | None = None):
    return await bot.send_message(
        chat_id, chunk, parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True),
        message_thread_id=thread_id,
    )
