"""Every inline-button press lands here and is answered (answerCallbackQuery), whatever it is.

Payload formats are documented in ``callback_data.py``; anything unknown, stale or forged is
answered "This button has expired" and changes nothing.
"""

from __future__ import annotations

import re

from telegram import Update

from . import latest, quotes, story
from .brief import send_briefing
from .common import edit_or_send, group_admin_only, reply
from .context import BriefContext
from .conversation import recall_query
from .i18n import N_, _
from .language import BUTTON_PREFIX as LANGUAGE_PREFIX
from .language import language_button
from .settings_menu import settings_button
from .subscribe import subscribe_topic

EXPIRED = N_("This button has expired — send the command again.")
_PAGE = re.compile(r"p:([lsq]):([0-9a-f]{1,12}):(\d{1,6})")
_OPEN = re.compile(r"b:(\d{1,12})")
_STORY = re.compile(r"st:(\d{1,12})")


async def on_button(update: Update, context: BriefContext) -> None:
    query = update.callback_query
    if query is None:
        return
    data = query.data if isinstance(query.data, str) else ""
    if update.effective_chat is None:  # inline-mode press: no chat to act on (we post none)
        await query.answer(_(EXPIRED))
    elif data == "noop":
        await query.answer()
    elif match := _OPEN.fullmatch(data):
        await query.answer()
        await send_briefing(update, context, int(match.group(1)))
    elif match := _STORY.fullmatch(data):
        await query.answer()
        await story.send_story(update, context, int(match.group(1)))
    elif match := _PAGE.fullmatch(data):
        await _turn_page(update, context, match.group(1), match.group(2), int(match.group(3)))
    elif data.startswith("t:") and len(data) > 2:
        await _subscribe_button(update, context)
    elif data.startswith("q:") and len(data) > 2:
        await query.answer()
        await quotes.send_quotes(update, context, data[2:])
    elif data.startswith("s:"):
        await settings_button(update, context)
    elif data.startswith(LANGUAGE_PREFIX):
        await language_button(update, context)
    else:
        await query.answer(_(EXPIRED))


async def _turn_page(update: Update, context: BriefContext, kind: str, token: str, offset: int) -> None:
    query = update.callback_query
    assert query is not None
    stored = await recall_query(update, context, token)
    if stored is None or stored.kind != kind:
        await query.answer(_(EXPIRED))
        return
    if kind == "q":
        quote_page = await quotes.fetch_page(context, stored, offset)
        message = quotes.page_message(stored, quote_page, token) if quote_page.items else None
    else:
        page = await latest.fetch_page(context, stored, offset)
        message = latest.page_message(context, stored, page, token) if page.items else None
    if message is None:
        await query.answer(_("Nothing more here — send the command again for fresh results."))
        return
    text, markup = message
    await query.answer()
    await edit_or_send(update, text, markup)  # falls back to a new message if it can't edit


@group_admin_only
async def _subscribe_button(update: Update, context: BriefContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    answer = await subscribe_topic(update, context, query.data[2:])
    await query.answer()
    await reply(update, answer)
