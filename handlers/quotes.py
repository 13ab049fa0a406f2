"""/quotes NAME: what someone said across all stored briefings; bare /quotes: the most quoted.

Pages turn with ◀ ▶ like /latest (``callback_data.PageQuery`` kind ``q``); a name button
(``q:<name>``) and a ``/brief`` speaker link (``?start=q_…``) open the first page.
"""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardMarkup, Update

from storage.models import Page, QuoteHit

from . import render_quotes
from .args import clean_query, text_after_command
from .callback_data import PageQuery, people_keyboard, quotes_keyboard, remember_query
from .common import reply
from .context import BriefContext

QUOTES_PAGE = 5
TOP_SHOWN = 10
CLOSE_SHOWN = 6


async def fetch_page(context: BriefContext, query: PageQuery, offset: int) -> Page[QuoteHit]:
    return await context.store.quotes.by_person(query.query, limit=query.size, offset=offset)


def page_message(query: PageQuery, page: Page[QuoteHit], token: str) -> tuple[str, InlineKeyboardMarkup | None]:
    return render_quotes.quotes_page(page, typed=query.query), quotes_keyboard(page, token)


async def quotes(update: Update, context: BriefContext) -> None:
    message = update.effective_message
    name = clean_query(text_after_command(message.text if message else ""))
    if name:
        await send_quotes(update, context, name)
        return
    since = context.now() - timedelta(days=render_quotes.TOP_DAYS)
    people = await context.store.quotes.top_people(since=since, limit=TOP_SHOWN)
    await reply(update, render_quotes.top_people(people), markup=people_keyboard(people))


async def send_quotes(update: Update, context: BriefContext, name: str) -> None:
    """The first page of ``name``'s quotes, or "no quotes from …" with close matches."""
    query = PageQuery("q", clean_query(name), QUOTES_PAGE)
    page = await fetch_page(context, query, 0)
    if not page.items:
        close = await context.store.quotes.close_matches(query.query, limit=CLOSE_SHOWN)
        await reply(update, render_quotes.no_quotes(query.query, close), markup=people_keyboard(close, counts=False))
        return
    token = remember_query(context.chat_data, query)
    text, markup = page_message(query, page, token)
    await reply(update, text, markup=markup)
