"""Admins add articles: /add URL, /add + pasted text, /add as a reply, or a document upload.

Briefing is CPU work (extraction, sentence splitting), so it runs in a worker thread
(``asyncio.to_thread``) and the bot keeps answering other chats meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from telegram import Update
from telegram.constants import ChatAction

from briefing.documents import UnreadableDocument, is_accepted
from briefing.intake import NotAnArticle
from briefing.models import Briefing
from briefing.pipeline import brief_document, brief_page, brief_text
from net.fetch import FetchError
from storage.errors import DuplicateArticle

from . import render
from .args import parse_url, text_after_command
from .common import ADMINS_ONLY, is_group, reply
from .context import BriefContext
from .conversation import pending_step, set_pending, take_pending
from .i18n import N_, _
from .reasons import reason_text

ASK_FOR_TEXT = N_(
    "Send me the article now: a URL, or the text (a title on the first line if it has one). "
    "You can also send a .txt/.html/.md file. /cancel to stop."
)
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
"""Telegram bots may download up to 20 MB; an article file is far smaller than 5 MB."""
NO_ARTICLE = N_(
    "I couldn't find article text there — nothing was added. Send a URL, or the article's "
    "text (its title on the first line if it has one)."
)
TOO_LARGE = N_("That file is over 5 MB — too large for an article.")


async def add(update: Update, context: BriefContext) -> None:
    user = update.effective_user
    message = update.effective_message
    if message is None or not context.is_admin(user.id if user else None):
        await reply(update, _(ADMINS_ONLY))
        return
    body = text_after_command(message.text)
    replied = message.reply_to_message
    if not body and replied is not None:
        body = replied.text or replied.caption or ""
    if not body and is_group(update):
        await reply(update, _("In a group, send <code>/add URL</code> or reply to a message with /add."))
        return
    if not body:
        await set_pending(update, context, "add")
        await reply(update, _(ASK_FOR_TEXT))
        return
    await add_from_input(update, context, body)


async def pending_text(update: Update, context: BriefContext) -> bool:
    """A private message after a bare /add: treat it as the article. True when consumed."""
    message = update.effective_message
    user = update.effective_user
    if message is None or not message.text or not context.is_admin(user.id if user else None):
        return False
    # a read first (most messages find nothing pending), then taken once: a message another
    # worker is handling at the same moment cannot both be added
    if await pending_step(update, context) != "add" or await take_pending(update, context) != "add":
        return False
    await add_from_input(update, context, message.text)
    return True


async def add_from_input(update: Update, context: BriefContext, body: str) -> None:
    words = body.split()
    # "/add URL" (maybe followed by a remark on the same line) fetches; anything else is text.
    url = parse_url(words[0]) if words and "\n" not in body.strip() else None
    await _typing(update)
    if url is not None:
        await _add_url(update, context, url)
    else:
        await _store(update, context, lambda: brief_text(body, options=context.bot_data.options), url=None)


async def _typing(update: Update) -> None:
    chat = update.effective_chat
    if chat is not None:
        await chat.send_action(ChatAction.TYPING)


async def _add_url(update: Update, context: BriefContext, url: str) -> None:
    existing = await context.store.articles.get_by_url(url)
    if existing is not None:
        await reply(update, _("Already have it as #{id} — /brief {id}", id=existing.id))
        return
    try:
        page = await context.fetcher.fetch(url)
    except FetchError as exc:
        await reply(update, _("Couldn't fetch that page: {reason}", reason=render.esc(reason_text(str(exc)), 300)))
        return
    options = context.bot_data.options
    await _store(update, context, lambda: brief_page(page.text, url=page.url, is_html=page.is_html, options=options), url=page.url)


async def _store(
    update: Update, context: BriefContext, make_briefing: Callable[[], Briefing], *, url: str | None
) -> None:
    """Brief (in a worker thread: CPU work) and store; every door's refusals end here alike."""
    try:
        briefing = await asyncio.to_thread(make_briefing)
    except NotAnArticle:
        await reply(update, _(NO_ARTICLE))
        return
    except UnreadableDocument as exc:
        await reply(update, _("I can't add that file: {reason}.", reason=render.esc(reason_text(str(exc)), 200)))
        return
    user = update.effective_user
    try:
        article = await context.store.articles.add(
            briefing, url=url, added_by=user.id if user else None, now=context.now()
        )
    except DuplicateArticle as exc:
        await reply(update, _("Already have it as #{id} — /brief {id}", id=exc.existing_id))
        return
    await reply(update, render.added_text(article, bot_username=context.bot.username))
    _match_soon(context)


MATCH_JOB_NAME = "match"
"""The scheduled matching job (``bot.jobs``); looked up by name so handlers never import bot/."""


def _match_soon(context: BriefContext) -> None:
    """Run matching now instead of at the next interval, so subscribers get the new article fast.

    Matching is idempotent (a persisted cursor, one delivery row per chat and article), so an
    extra run next to the scheduled one is harmless.
    """
    queue = context.job_queue
    if queue is None:
        return
    for job in queue.get_jobs_by_name(MATCH_JOB_NAME):
        queue.run_once(job.callback, when=0, name=f"{MATCH_JOB_NAME}-now")
        return


async def document(update: Update, context: BriefContext) -> None:
    """Admins' .txt/.html/.htm/.md uploads (≤ 5 MB) are added; others are refused or ignored."""
    message = update.effective_message
    user = update.effective_user
    if message is None or message.document is None:
        return
    if not context.is_admin(user.id if user else None):
        if not is_group(update):
            await reply(update, _("Only admins can add articles from files."))
        return
    if is_group(update) and not (message.caption or "").lstrip().lower().startswith("/add"):
        return  # files shared in a group are not meant for the bot unless captioned /add
    doc = message.document
    name = doc.file_name or "upload.txt"
    if not is_accepted(name):
        await reply(update, _("I can add .txt, .html, .htm or .md files only."))
        return
    if doc.file_size is not None and doc.file_size > MAX_DOCUMENT_BYTES:
        await reply(update, _(TOO_LARGE))
        return
    await _typing(update)
    file = await doc.get_file()
    data = bytes(await file.download_as_bytearray())
    if len(data) > MAX_DOCUMENT_BYTES:
        await reply(update, _(TOO_LARGE))
        return
    await take_pending(update, context)  # a document answers a pending bare /add too
    await _store(update, context, lambda: brief_document(data, name, options=context.bot_data.options), url=None)
