"""/story ID: the articles of one story, newest first, with what each one added."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from storage.errors import ArticleNotFound

from . import render_story
from .args import parse_article_id
from .callback_data import open_data
from .common import reply
from .context import BriefContext
from .htmlchunks import trim
from .i18n import _

OPEN_BUTTONS = 8


async def story(update: Update, context: BriefContext) -> None:
    article_id = parse_article_id(context.args or [])
    if article_id is None:
        await reply(update, _(render_story.STORY_USAGE))
        return
    await send_story(update, context, article_id)


async def send_story(update: Update, context: BriefContext, article_id: int) -> None:
    try:
        articles = await context.store.stories.of(article_id)
        total = await context.store.stories.size(article_id)
    except ArticleNotFound:
        await reply(update, _("No article #{id} — it may have been removed. Try /latest.", id=article_id))
        return
    text = render_story.story_timeline(articles, asked=article_id, total=total, now=context.now())
    alone = len(articles) <= 1
    buttons = [
        [InlineKeyboardButton(f"#{a.id} {trim(a.title, 40)}", callback_data=open_data(a.id))]
        for a in ([] if alone else articles[:OPEN_BUTTONS])
    ]
    await reply(update, text, markup=InlineKeyboardMarkup(buttons) if buttons else None)
