"""Logging is configured here and only here; the bot token never reaches a log line.

httpx logs every request URL at INFO, and Bot API URLs contain the token, so httpx is set to
WARNING — and, as defence in depth, a filter on the root handlers rewrites any record that
still contains the token (or ``bot<token>``) to ``***``.
"""

from __future__ import annotations

import logging
import sys

from bot.settings import Settings


class RedactToken(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        # longest first so "bot<token>" is replaced whole before the bare token
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = self._redact(message)
        if record.exc_info and record.exc_text is None:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True

    def _redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text


def configure_logging(settings: Settings, *, stream: object = None) -> None:
    """Idempotent: calling it twice does not duplicate handlers."""
    root = logging.getLogger()
    root.setLevel(settings.log_level)
    if not root.handlers:
        handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    secrets = [token, f"bot{token}"] if token else []
    if settings.webhook_secret:
        secrets.append(settings.webhook_secret.get_secret_value())
    for handler in root.handlers:
        for old in [f for f in handler.filters if isinstance(f, RedactToken)]:
            handler.removeFilter(old)
        handler.addFilter(RedactToken(secrets))
    # aiosqlite logs every statement with its parameters at DEBUG: article text and chat ids,
    # which even a DEBUG log shared in a bug report should not carry.
    for noisy in ("httpx", "httpcore", "aiosqlite"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
