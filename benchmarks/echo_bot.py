"""Memory baseline: a bare python-telegram-bot Application (echo handler, no store, no jobs).

Run as ``python -m benchmarks.echo_bot`` with BOT_TOKEN and TELEGRAM_API_URL (the fakebot URL);
``bench_memory`` compares its peak RSS with ``python -m bot run`` serving the same messages.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def build() -> Application:
    app = ApplicationBuilder().token(os.environ["BOT_TOKEN"]).base_url(os.environ["TELEGRAM_API_URL"]).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


if __name__ == "__main__":
    build().run_polling(allowed_updates=Update.ALL_TYPES)
