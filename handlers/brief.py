"""/brief ID: one full briefing."""

from __future__ import annotations

from telegram import Update

from storage.errors import ArticleNotFound

from . import render
from .args import parse_article_id
from .callback_data import story_keyboard
from .common import reply
from .context import BriefContext

USAGE = "Send the briefing's number, e.g. <code>/brief 12</code> (numbers are in /latest)."


async def brief(update: Update, context: BriefContext) -> None:
    article_id = parse_article_id(context.args or [])
    if article_id is None:
        await reply(update, USAGE)
        return
    await send_briefing(update, context, article_id)


async def send_briefing(update: Update, context: BriefContext, article_id: int) -> None:
    try:
        article = await context.store.articles.get(article_id)
        size = await context.store.stories.size(article_id)
    except ArticleNotFound:
        await reply(update, f"No briefing #{article_id} — it may have been removed. Try /latest.")
        return
    chunks = render.render_briefing(article, bot_username=context.bot.username)
    await reply(update, chunks, markup=story_keyboard(article_id, size))
