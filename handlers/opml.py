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
from .i18n import N_, _, ngettext
from .reasons import reason_text

OPML_EXTENSION = "opml"
"""Uploads named *.opml come here (registered before the article-document handler)."""
XML_EXTENSION = "xml"
"""Many feed readers export their list as *.xml: such uploads are checked for OPML here."""
PROGRESS_NOTE_FROM = 50
"""Lists this long get a "Checking N feeds…" note first: their address checks take a moment."""
USAGE = N_(
    "Send me an .opml file (the feed list any feed reader exports), or reply to one with "
    "/feeds_import. /feeds_export sends the current list the same way."
)


async def document(update: Update, context: BriefContext) -> None:
    """An .opml upload: admins' is imported; a non-admin is told in private, ignored in groups."""
    upload = await admin_upload(update, context, refusal=_("Only admins can import feed lists."), caption="/feeds_import")
    if upload is not None:
        await _import(update, context, upload)


async def xml_document(update: Update, context: BriefContext) -> None:
    """An .xml upload: captioned /feeds_import it is imported; otherwise a feed list is named as
    such with the way to import it (an .xml may be anything, so it is not imported unasked)."""
    upload = await admin_upload(update, context, refusal=_("Only admins can add articles or feed lists from files."), caption="/")
    message = update.effective_message
    if upload is None or message is None:
        return
    if (message.caption or "").lstrip().lower().startswith("/feeds_import"):
        await _import(update, context, upload)
        return
    not_a_list = _(
        "I can add articles from .txt, .html, .htm or .md files, and this .xml file isn't an OPML "
        "feed list either (a feed list is imported with /feeds_import). Nothing was added."
    )
    try:
        outlines = await _outlines(upload)
    except OpmlError:
        await reply(update, not_a_list)
        return
    await reply(
        update,
        ngettext(
            "This .xml file is a feed list (OPML) with {count} feed. Nothing was added yet: "
            "reply to it with /feeds_import to add it.",
            "This .xml file is a feed list (OPML) with {count} feeds. Nothing was added yet: "
            "reply to it with /feeds_import to add them.",
            len(outlines),
        ),
    )


@admin_only
async def feeds_import(update: Update, context: BriefContext) -> None:
    """``/feeds_import`` as a reply to an uploaded feed list."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    if replied is None or replied.document is None:
        await reply(update, _(USAGE))
        return
    await _import(update, context, replied.document)


async def _outlines(upload: Document) -> list[FeedOutline]:
    """The feeds of an uploaded list; OpmlError says why not (too large: before downloading)."""
    if upload.file_size is not None and upload.file_size > MAX_OPML_BYTES:
        raise OpmlError(f"it is over {MAX_OPML_BYTES // (1024 * 1024)} MB.")
    data = bytes(await (await upload.get_file()).download_as_bytearray())
    return await asyncio.to_thread(parse_opml, data)


async def _import(update: Update, context: BriefContext, upload: Document) -> None:
    try:
        outlines = await _outlines(upload)
    except OpmlError as exc:
        reason = render.esc(reason_text(str(exc)), 300)
        await reply(update, _("I can't import that file: {reason} Nothing was added.", reason=reason))
        return
    if len(outlines) >= PROGRESS_NOTE_FROM:
        await reply(update, ngettext("Checking {count} feed…", "Checking {count} feeds…", len(outlines)))
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
        await reply(update, _("No feeds to export yet.") + " " + _(USAGE))
        return
    now = context.now()
    data = render_opml(
        [FeedOutline(url=f.url, title=f.title) for f in feeds], title=_("briefbot feeds"), created=now
    )
    await chat.send_document(
        InputFile(data, filename=f"briefbot-feeds-{now:%Y-%m-%d}.opml"),
        caption=ngettext(
            "{count} feed (OPML 2.0). Any feed reader can import this file.",
            "{count} feeds (OPML 2.0). Any feed reader can import this file.",
            len(feeds),
        ),
    )
