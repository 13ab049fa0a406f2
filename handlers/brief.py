"""/brief ID: one full briefing."""

from __future__ import annotations

from telegram import Update

from storage.errors import ArticleNotFound

from . import render
from .args import parse_article_id
from .callback_data import story_keyboard
from .common import reply
from .context import BriefContext
from .i18n import N_, _

USAGE = N_("Send the briefing's number, e.g. <code>/brief 12</code> (numbers are in /latest).")


async def brief(update: Update, context: BriefContext) -> None:
    article_id = parse_article_id(context.args or [])
    if article_id is None:
        await reply(update, _(USAGE))
        return
    await send_briefing(update, context, article_id)


async def send_briefing(update: Update, context: BriefContext, article_id: int) -> None:
    try:
        article = await context.store.articles.get(article_id)
        size = await context.store.stories.size(article_id)
    except ArticleNotFound:
        await reply(update, _("No briefing #{id} — it may have been removed. Try /latest.", id=article_id))
        return
    chunks = render.render_briefing(article, bot_username=context.bot.username)
    await reply(update, chunks, markup=story_keyboard(article_id, size))
