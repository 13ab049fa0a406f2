"""/topics: what recent articles are about, each with a subscribe button."""

from __future__ import annotations

from telegram import Update

from . import render
from .callback_data import topics_keyboard
from .common import reply
from .context import BriefContext

TOPICS_SHOWN = 20


async def topics(update: Update, context: BriefContext) -> None:
    counts = await context.store.articles.topic_counts(limit=TOPICS_SHOWN)
    await reply(update, render.topics_list(counts), markup=topics_keyboard([t for t, _ in counts]))
