"""/latest [N] [topic] and /search WORDS: paginated lists with open-buttons.

Both share one page renderer so the ◀ ▶ callbacks (``callbacks.py``) re-render either kind.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update

from storage.models import ArticleSummary, Page

from . import render
from .args import clean_query, parse_latest, text_after_command
from .callback_data import PageQuery, list_keyboard
from .common import reply
from .context import BriefContext
from .conversation import remember_query
from .htmlchunks import trim
from .i18n import N_, _

SEARCH_PAGE = 5
SEARCH_USAGE = N_("Send words to search for, e.g. <code>/search drone attack</code>")


async def fetch_page(context: BriefContext, query: PageQuery, offset: int) -> Page[ArticleSummary]:
    articles = context.store.articles
    if query.kind == "s":
        return await articles.search(query.query, limit=query.size, offset=offset)
    return await articles.latest(limit=query.size, offset=offset, topic=query.query or None)


def page_message(
    context: BriefContext, query: PageQuery, page: Page[ArticleSummary], token: str
) -> tuple[str, InlineKeyboardMarkup | None]:
    if query.kind == "s":
        heading = _("Results for “{words}”", words=trim(query.query, 60))
    elif query.query:
        heading = _("Latest on “{topic}”", topic=trim(query.query, 60))
    else:
        heading = _("Latest briefings")
    text = render.render_list(page, heading=heading, now=context.now())
    return text, list_keyboard(page, query.kind, token)


async def _send_first_page(update: Update, context: BriefContext, query: PageQuery, empty: str) -> None:
    page = await fetch_page(context, query, 0)
    if not page.items:
        await reply(update, empty)
        return
    token = await remember_query(update, context, query)
    text, markup = page_message(context, query, page, token)
    await reply(update, text, markup=markup)


async def latest(update: Update, context: BriefContext) -> None:
    args = parse_latest(context.args or [])
    if args.note == "min":
        await reply(update, _("I can show at least 1 — here it is."))
    elif args.note == "max":
        await reply(update, _("I show at most {count} at once — here are the newest {count}.", count=args.count))
    query = PageQuery("l", args.topic or "", args.count)
    if args.topic:
        empty = _("No briefings on “{topic}” yet. Try /topics or /search.", topic=render.esc(args.topic, 80))
    else:
        empty = _("No briefings yet. Admins can add articles with /add.")
    await _send_first_page(update, context, query, empty)


async def search(update: Update, context: BriefContext) -> None:
    message = update.effective_message
    words = clean_query(text_after_command(message.text if message else ""))
    if not words:
        await reply(update, _(SEARCH_USAGE))
        return
    query = PageQuery("s", words, SEARCH_PAGE)
    await _send_first_page(update, context, query, _("Nothing found for “{words}”.", words=render.esc(words, 80)))
