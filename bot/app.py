"""Application wiring: one ``build_application`` used by production, tests and the console.

``run(settings)`` blocks: long polling, or a webhook when ``WEBHOOK_URL`` is set.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import logging
import time
from collections.abc import Callable
from datetime import datetime

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

import handlers
from bot import jobs
from bot.database import check_database, open_configured_store
from bot.logs import configure_logging
from bot.ratelimit import MessageRateLimiter
from bot.settings import Settings
from handlers.commands import ADMIN_COMMANDS, USER_COMMANDS, Command
from handlers.context import BotData, BriefContext, utc_now
from handlers.i18n import LANGUAGES, SOURCE_LANGUAGE, _, use_language
from net.fetch import Fetcher

log = logging.getLogger("briefbot")

# Retries after a 429 beyond what the rate limiter's throttling avoids; 3 keeps a flood from
# piling up behind one chat (PTB's default is 0: give up at once).
RATE_LIMIT_RETRIES = 3
BACKOFF_START_S = 1.0
BACKOFF_MAX_S = 60.0


def build_application(
    settings: Settings,
    *,
    clock: Callable[[], datetime] | None = None,
    request: BaseRequest | None = None,
) -> Application:
    """``request``: an alternative Bot API transport (benchmarks pass an in-process one)."""
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is not set")
    limiter = MessageRateLimiter(max_retries=RATE_LIMIT_RETRIES)

    async def post_init(app: Application) -> None:
        data: BotData = app.bot_data
        data.admin_ids = frozenset(settings.admin_ids)
        data.default_timezone = settings.timezone
        data.clock = clock or utc_now
        data.options = settings.briefing_options()
        data.store = await open_configured_store(settings)
        limiter.shared_budget = data.store.meta
        data.fetcher = Fetcher(allow_private=settings.fetch_allow_private)
        await _set_commands(app, settings)
        jobs.schedule_jobs(app, settings)

    async def post_shutdown(app: Application) -> None:
        data: BotData = app.bot_data
        try:
            await jobs.on_shutdown(app)
        finally:
            if data.fetcher is not None:
                await data.fetcher.aclose()
                data.fetcher = None
            if data.store is not None:
                limiter.shared_budget = None
                await data.store.close()
                data.store = None

    builder = ApplicationBuilder()
    if request is not None:
        builder = builder.request(request)
    application = (
        builder
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(limiter)
        .context_types(ContextTypes(context=BriefContext, bot_data=BotData))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    handlers.register(application)
    return application


def _menu(commands: tuple[Command, ...], language: str) -> list[BotCommand]:
    with use_language(language):
        return [BotCommand(c.name, _(c.description)) for c in commands]


async def _set_commands(app: Application, settings: Settings) -> None:
    """The same list /help shows, in each interface language; admins see the admin commands
    too, in their own chat.

    English is the list without a ``language_code`` (Telegram shows it to every user whose app
    language has no list of its own); the others are registered with theirs. Telegram prefers a
    chat scope over any language of the default scope, so an admin's chat gets every language.
    """
    menus = {language: (_menu(USER_COMMANDS, language), _menu(ADMIN_COMMANDS, language)) for language in LANGUAGES}
    for language, (user, _admin) in menus.items():
        try:
            await app.bot.set_my_commands(user, scope=BotCommandScopeDefault(), language_code=_code(language))
        except TelegramError as exc:
            log.warning("could not set the %s command menu: %s", language, type(exc).__name__)
    for admin_id in sorted(settings.admin_ids):
        for language, (user, admin) in menus.items():
            try:
                await app.bot.set_my_commands(
                    user + admin, scope=BotCommandScopeChat(admin_id), language_code=_code(language)
                )
            except TelegramError as exc:  # "chat not found" until that admin has started the bot
                log.info("admin %s has no chat with the bot yet (%s); menu set later", admin_id, type(exc).__name__)
                break


def _code(language: str) -> str | None:
    return None if language == SOURCE_LANGUAGE else language


def webhook_path(token: str) -> str:
    """A URL path segment that is unguessable but is not the token itself (paths end up in logs)."""
    return hashlib.sha256(token.encode()).hexdigest()[:32]


def webhook_route(public_url: str, token: str) -> tuple[str, str]:
    """(path the worker listens on, URL registered with Telegram) for ``WEBHOOK_URL``.

    Both end in the same secret segment, and the worker listens on the public URL's whole path
    (``https://bot.example/tg`` → ``/tg/<segment>``): a reverse proxy that passes the path on
    unchanged — the default of most — reaches it, as does one that strips nothing at all.
    """
    from urllib.parse import urlsplit

    base = public_url.rstrip("/")
    segment = webhook_path(token)
    prefix = urlsplit(base).path.strip("/")
    return (f"{prefix}/{segment}" if prefix else segment), f"{base}/{segment}"


def _wait_for_bot_api(settings: Settings) -> None:
    """Block until getMe succeeds: an unreachable API means retry with backoff, not crash-loop."""
    from telegram import Bot

    assert settings.bot_token is not None
    delay = BACKOFF_START_S
    while True:
        bot = Bot(settings.bot_token.get_secret_value(), base_url=settings.telegram_api_url)
        try:
            me = asyncio.run(_get_me(bot))
        except InvalidToken:
            raise SystemExit("Telegram rejected BOT_TOKEN (401 Unauthorized): check the token from @BotFather.") from None
        except (NetworkError, OSError, TelegramError) as exc:  # incl. RetryAfter, 5xx
            log.warning(
                "Telegram Bot API at %s unreachable (%s); retrying in %.0f s",
                _api_host(settings.telegram_api_url), type(exc).__name__, delay,
            )
            time.sleep(delay)
            delay = min(delay * 2, BACKOFF_MAX_S)
            continue
        log.info("connected to Telegram as @%s", me)
        return


async def _get_me(bot: object) -> str:
    from telegram import Bot

    assert isinstance(bot, Bot)
    async with bot:
        return bot.username


def _api_host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or "?"


def freeze_startup_heap() -> None:
    """Exclude everything alive now (modules, classes, the app) from future garbage collections.

    Why: a full collection walks every tracked object, and a built bot holds ~78k of them that
    live as long as the process; each walk stalled the event loop ~10 ms, often inside a command
    or a matching run (benchmark: matching-job p99 80 → 30 ms). Objects created later are
    collected as usual.
    """
    gc.collect()
    gc.freeze()


def run(settings: Settings) -> None:
    """Run the bot until Ctrl-C / SIGTERM (blocking)."""
    configure_logging(settings)
    check_database(settings)
    _wait_for_bot_api(settings)
    application = build_application(settings)
    freeze_startup_heap()
    if settings.webhook_url:
        host, _sep, port = settings.webhook_listen.rpartition(":")
        assert settings.bot_token is not None
        path, public_url = webhook_route(settings.webhook_url, settings.bot_token.get_secret_value())
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        log.info("starting webhook on %s (public URL %s/…)", settings.webhook_listen, settings.webhook_url.rstrip("/"))
        application.run_webhook(
            listen=host or "127.0.0.1",
            port=int(port or 8443),
            url_path=path,
            webhook_url=public_url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
            drop_pending_updates=False,
            bootstrap_retries=-1,
        )
    else:
        log.info("starting long polling")
        application.run_polling(
            allowed_updates=Update.ALL_TYPES, drop_pending_updates=False, bootstrap_retries=-1
        )
