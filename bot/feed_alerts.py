"""Tell the admins, once, that feeds keep failing — and once more when they work again.

Why a direct message and not the outbox: outbox rows are (chat, article) pushes matched from
subscriptions, retried and deduplicated per article; a feed-health note is operational text for
the bot's admins (who may never have subscribed to anything). One message per poll cycle lists
every feed that just crossed the threshold, so a network outage that breaks 5,000 feeds is one
message, not 5,000. The per-feed flag (``Feed.alerted``) is set only after an admin was reached
or turned out unreachable for good (never started the bot, blocked it); a network error leaves
it unset and the next cycle in which the feed is polled tries again.

Each admin reads the note in the language of their private chat with the bot (English when
they never chose one or the database cannot say); it is rendered once per language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from handlers import render
from handlers.common import NO_PREVIEW
from handlers.i18n import SOURCE_LANGUAGE, use_language
from storage.base import Store
from storage.errors import StorageError
from storage.models import Feed

from .feed_polling import ALERT_AFTER_FAILURES

log = logging.getLogger(__name__)


async def tell_admins(
    bot: Bot, store: Store, admin_ids: Iterable[int], failing: Sequence[Feed], recovered: Sequence[Feed]
) -> None:
    if not failing and not recovered:
        return
    for feed in failing:
        log.warning("feed %s failed %d polls in a row: %s", feed.url, feed.errors, feed.last_error)
    for feed in recovered:
        log.info("feed %s works again", feed.url)
    admins = sorted(admin_ids)
    languages = await _languages(store, admins)
    rendered: dict[str, list[str]] = {}
    reached = retry = False
    for admin_id in admins:
        language = languages.get(admin_id, SOURCE_LANGUAGE)
        if language not in rendered:
            with use_language(language):
                rendered[language] = render.feed_health_text(failing, recovered, after=ALERT_AFTER_FAILURES)
        chunks = rendered[language]
        try:
            for chunk in chunks:
                await bot.send_message(admin_id, chunk, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
            reached = True
        except (Forbidden, BadRequest) as exc:  # never started the bot, or blocked it
            log.info("admin %s cannot be told about feeds: %s", admin_id, exc)
        except TelegramError as exc:
            log.warning("telling admin %s about feeds failed (%s); retried next cycle", admin_id, exc)
            retry = True
    if retry and not reached:
        return
    await store.feeds.set_alerted([f.id for f in failing], True)
    await store.feeds.set_alerted([f.id for f in recovered], False)


async def _languages(store: Store, admin_ids: list[int]) -> dict[int, str]:
    """Each admin's interface language: that of their private chat with the bot, when stored."""
    try:
        chats = await store.chats.get_many(admin_ids)
    except StorageError as exc:  # tell them in English rather than not at all
        log.warning("could not read the admins' languages: %s", exc)
        return {}
    return {chat_id: chat.settings.language for chat_id, chat in chats.items() if chat.settings.language}
