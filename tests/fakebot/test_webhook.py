"""Webhook mode: after setWebhook the fake POSTs updates to the bot, as Telegram does."""

from __future__ import annotations

import socket

import pytest
import telegram
from telegram import Update
from telegram.error import BadRequest, Conflict
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from fakebot import FakeBotServer

USER = 2000
SECRET = "s3cret-token_1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_updates_are_posted_to_the_webhook_with_the_secret(server: FakeBotServer) -> None:
    app = Application.builder().token(server.token).base_url(server.api_url).build()

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text("echo: " + update.effective_message.text)

    app.add_handler(MessageHandler(filters.TEXT, echo))
    port = free_port()
    async with app:
        await app.start()
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="hook", webhook_url=f"http://127.0.0.1:{port}/hook",
            secret_token=SECRET,
        )
        try:
            assert server.webhook_url == f"http://127.0.0.1:{port}/hook" and server.webhook_secret == SECRET
            (reply,) = await server.ask(USER, "over the hook")
            assert reply.text == "echo: over the hook"
            assert server.calls["webhookDelivery"] == 1 and server.pending_updates == []
        finally:
            await app.updater.stop()
            await app.stop()


async def test_wrong_secret_is_retried_and_reported(server: FakeBotServer, bot: telegram.Bot) -> None:
    app = Application.builder().token(server.token).base_url(server.api_url).build()
    port = free_port()
    async with app:
        await app.start()
        await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="hook", secret_token=SECRET)
        try:
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="not-the-secret")
            await server.send_text(USER, "knock knock")
            await server.wait_for(lambda: len(server.webhook_errors) >= 2, timeout=10)
            assert server.webhook_errors[0] == "Wrong response from the webhook: 403"
            assert len(server.pending_updates) == 1  # kept until the bot accepts it
            assert (await bot.get_webhook_info()).last_error_message == server.webhook_errors[-1]
            with pytest.raises(Conflict):
                await bot.get_updates(timeout=0)
        finally:
            await bot.delete_webhook()
            await app.updater.stop()
            await app.stop()
    assert [u.message.text for u in await bot.get_updates(timeout=0)] == ["knock knock"]


async def test_public_webhooks_must_be_https(server: FakeBotServer, bot: telegram.Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)https url must be provided"):
        await bot.set_webhook("http://bot.example.com/hook")
