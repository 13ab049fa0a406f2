"""Admins move feed lists in and out as OPML: an .opml upload (or /feeds_import as a reply to
one) adds every feed in it; /feeds_export sends the list back as an OPML 2.0 file."""

from __future__ import annotations

import asyncio

from telegram import Document, InputFile, Update

from briefing.opml import MAX_OPML_BYTES, FeedOutline, OpmlError, parse_opml, render_opml

from . import render
from .common import admin_only, admin_upload, reply
from .context import BriefContext
from .feedlist import import_feed_list

OPML_EXTENSION = "opml"
"""Uploads named *.opml come here (registered before the article-document handler)."""
PROGRESS_NOTE_FROM = 50
"""Lists this long get a "Checking N feeds…" note first: their address checks take a moment."""
USAGE = (
    "Send me an .opml file (the feed list any feed reader exports), or reply to one with "
    "/feeds_import. /feeds_export sends the current list the same way."
)


async def document(update: Update, context: BriefContext) -> None:
    """An .opml upload: admins' is imported; a non-admin is told in private, ignored in groups."""
    upload = await admin_upload(update, context, refusal="Only admins can import feed lists.", caption="/feeds_import")
    if upload is not None:
        await _import(update, context, upload)


@admin_only
async def feeds_import(update: Update, context: BriefContext) -> None:
    """``/feeds_import`` as a reply to an uploaded feed list."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    if replied is None or replied.document is None:
        await reply(update, USAGE)
        return
    await _import(update, context, replied.document)


async def _import(update: Update, context: BriefContext, upload: Document) -> None:
    too_large = f"I can't import that file: it is over {MAX_OPML_BYTES // (1024 * 1024)} MB. Nothing was added."
    if upload.file_size is not None and upload.file_size > MAX_OPML_BYTES:
        await reply(update, too_large)
        return
    data = bytes(await (await upload.get_file()).download_as_bytearray())
    try:
        outlines = await asyncio.to_thread(parse_opml, data)
    except OpmlError as exc:
        await reply(update, f"I can't import that file: {render.esc(str(exc), 300)} Nothing was added.")
        return
    if len(outlines) >= PROGRESS_NOTE_FROM:
        await reply(update, f"Checking {len(outlines):,} feeds…")
    user = update.effective_user
    report = await import_feed_list(
        context.store, context.fetcher, outlines, added_by=user.id if user else None
    )
    refused = [(r.url, r.reason) for r in report.refused]
    await reply(update, render.feed_import_text(len(report.added), len(report.present), refused))


@admin_only
async def feeds_export(update: Update, context: BriefContext) -> None:
    """The feed list as an OPML 2.0 document that any feed reader imports."""
    chat = update.effective_chat
    feeds = await context.store.feeds.list()
    if chat is None:
        return
    if not feeds:
        await reply(update, "No feeds to export yet. " + USAGE)
        return
    now = context.now()
    data = render_opml(
        [FeedOutline(url=f.url, title=f.title) for f in feeds], title="briefbot feeds", created=now
    )
    await chat.send_document(
        InputFile(data, filename=f"briefbot-feeds-{now:%Y-%m-%d}.opml"),
        caption=f"{len(feeds):,} feeds (OPML 2.0). Any feed reader can import this file.",
    )
