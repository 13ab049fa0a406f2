"""Tell the admins, once, that feeds keep failing — and once more when they work again.

Why a direct message and not the outbox: outbox rows are (chat, article) pushes matched from
subscriptions, retried and deduplicated per article; a feed-health note is operational text for
the bot's admins (who may never have subscribed to anything). One message per poll cycle lists
every feed that just crossed the threshold, so a network outage that breaks 5,000 feeds is one
message, not 5,000. The per-feed flag (``Feed.alerted``) is set only after an admin was reached
or turned out unreachable for good (never started the bot, blocked it); a network error leaves
it unset and the next cycle in which the feed is polled tries again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from handlers import render
from handlers.common import NO_PREVIEW
from storage.base import Store
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
    chunks = render.feed_health_text(failing, recovered, after=ALERT_AFTER_FAILURES)
    reached = retry = False
    for admin_id in sorted(admin_ids):
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
