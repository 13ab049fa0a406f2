"""The bot token never reaches a log line, even from a library that logs full URLs."""

from __future__ import annotations

import io
import logging

from bot.logs import RedactToken, configure_logging
from bot.settings import Settings

TOKEN = "987654:SECRET-token_value"


def test_filter_redacts_token_in_message_args_and_traceback() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactToken([TOKEN, f"bot{TOKEN}"]))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("GET https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise ValueError(f"bad url /bot{TOKEN}/x")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert TOKEN not in out and "***" in out and "ValueError" in out


def test_configure_logging_silences_httpx_and_is_idempotent() -> None:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    stream = io.StringIO()
    root.handlers = [logging.StreamHandler(stream)]
    try:
        settings = Settings(_env_file=None, bot_token=TOKEN)
        configure_logging(settings)
        configure_logging(settings)
        assert logging.getLogger("httpx").level == logging.WARNING
        assert sum(isinstance(f, RedactToken) for f in root.handlers[0].filters) == 1
        logging.getLogger("some.lib").warning("token=%s", TOKEN)
        assert TOKEN not in stream.getvalue()
    finally:
        root.handlers, root.level = saved_handlers, saved_level
