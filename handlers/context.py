"""Typed bot context: handlers read ``context.store`` instead of ``bot_data["db"]`` + casts.

It lives in ``handlers/`` (not ``bot/``) so handlers never import the wiring layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from telegram.ext import Application, CallbackContext, ExtBot

from briefing.models import BriefingOptions
from net.fetch import Fetcher
from storage.base import Store


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class BotData:
    """Everything handlers and jobs share; built once by ``bot.app.build_application``."""

    store: Store | None = None
    fetcher: Fetcher | None = None
    admin_ids: frozenset[int] = frozenset()
    options: BriefingOptions = field(default_factory=BriefingOptions)
    default_timezone: str = "UTC"
    clock: Callable[[], datetime] = utc_now
    """Injectable clock (tests drive digests and quiet hours with a fake one)."""


class BriefContext(CallbackContext[ExtBot, dict, dict, BotData]):
    """``CallbackContext`` with typed access to the shared ``BotData``."""

    def __init__(self, application: Application, chat_id: int | None = None, user_id: int | None = None):
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def store(self) -> Store:
        store = self.bot_data.store
        if store is None:
            raise RuntimeError("store is not open (post_init has not run)")
        return store

    @property
    def fetcher(self) -> Fetcher:
        fetcher = self.bot_data.fetcher
        if fetcher is None:
            raise RuntimeError("fetcher is not configured")
        return fetcher

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.bot_data.admin_ids

    def now(self) -> datetime:
        return self.bot_data.clock()
