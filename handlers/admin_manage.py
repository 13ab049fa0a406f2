"""Admin upkeep: /remove ID, /stats, /feeds, /feed_add URL, /feed_remove URL."""

from __future__ import annotations

from telegram import Update

from net.fetch import FetchError
from storage.errors import ArticleNotFound, DuplicateFeed

from . import render
from .args import parse_article_id, parse_url
from .common import admin_only, reply
from .context import BriefContext
from .feedlist import checked_feed_url
from .i18n import _
from .reasons import reason_text


@admin_only
async def remove(update: Update, context: BriefContext) -> None:
    article_id = parse_article_id(context.args or [])
    if article_id is None:
        await reply(update, _("Usage: <code>/remove 12</code>"))
        return
    try:
        await context.store.articles.remove(article_id)
    except ArticleNotFound:
        await reply(update, _("No briefing #{id}.", id=article_id))
        return
    await reply(update, _("Removed #{id}.", id=article_id))


@admin_only
async def stats(update: Update, context: BriefContext) -> None:
    await reply(update, render.stats_text(await context.store.stats()))


@admin_only
async def feeds(update: Update, context: BriefContext) -> None:
    await reply(update, render.feeds_list(await context.store.feeds.list()))


def _feed_url(context: BriefContext) -> str | None:
    args = context.args or []
    return parse_url(args[0]) if len(args) == 1 else None


@admin_only
async def feed_add(update: Update, context: BriefContext) -> None:
    url = _feed_url(context)
    if url is None:
        await reply(update, _("Usage: <code>/feed_add https://example.com/rss</code> (an http or https URL)"))
        return
    user = update.effective_user
    try:
        url = await checked_feed_url(context.fetcher, url)
        await context.store.feeds.add(url, added_by=user.id if user else None)
    except FetchError as exc:
        await reply(update, _("I can't add that feed: {reason}", reason=render.esc(reason_text(str(exc)), 200)))
        return
    except DuplicateFeed:
        await reply(update, _("That feed is already registered. /feeds lists them."))
        return
    await reply(update, _("Added feed {url}. I'll poll it for new articles.", url=render.esc(url)))


@admin_only
async def feed_remove(update: Update, context: BriefContext) -> None:
    url = _feed_url(context)
    if url is None:
        await reply(update, _("Usage: <code>/feed_remove https://example.com/rss</code>"))
        return
    removed = await context.store.feeds.remove(url)
    await reply(update, _("Feed removed.") if removed else _("No such feed. /feeds lists them."))
