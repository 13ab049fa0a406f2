"""Opening the configured store, with one readable line when it cannot be opened.

Start-up fails fast on a database that cannot be reached (``check_database``) — naming the
variable and the host, never the password — instead of a traceback from inside the bot's
event loop. Once running, a lost connection is the store's business: it reconnects, and
commands meanwhile get the polite "busy" answer (``StorageUnavailable``).
"""

from __future__ import annotations

import asyncio

import storage
from bot.settings import Settings
from storage.base import Store


class DatabaseUnavailable(Exception):
    """The configured database cannot be opened: one line, safe to print."""


def database_variable(settings: Settings) -> str:
    return "DATABASE_URL" if settings.database_url else "DATABASE_PATH"


async def open_configured_store(settings: Settings) -> Store:
    where = settings.database
    try:
        return await storage.open_store(where.target)
    except storage.StorageUnavailable as exc:
        raise DatabaseUnavailable(
            f"Cannot open the database ({database_variable(settings)}, {where.host}): {exc}"
        ) from None


def check_database(settings: Settings) -> None:
    """Open and close the store once (creating and migrating it): DatabaseUnavailable if not."""

    async def probe() -> None:
        store = await open_configured_store(settings)
        await store.close()

    asyncio.run(probe())
