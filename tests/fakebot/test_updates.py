"""Injected updates reach PTB: long polling, entities, documents, button presses, a real Application."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Conflict
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from fakebot import FakeBotServer

USER, GROUP = 2000, -4001


async def test_long_poll_returns_as_soon_as_an_update_is_injected(server: FakeBotServer, bot: telegram.Bot) -> None:
    loop = asyncio.get_running_loop()
    poll = asyncio.ensure_future(bot.get_updates(timeout=30))
    await server.wait_for_calls("getUpdates", 1)
    assert not poll.done()
    started = loop.time()
    await server.send_text(USER, "hello")
    updates = await asyncio.wait_for(poll, 5)
    assert loop.time() - started < 2  # woken by the injection, not by the 30 s poll timeout
    assert updates[0].message.text == "hello"


async def test_offset_confirms_updates_and_allowed_updates_filters(server: FakeBotServer, bot: telegram.Bot) -> None:
    await server.send_text(USER, "one")
    await server.send_edited_message(USER, 1, "one, edited")
    await server.send_text(USER, "two")
    first = await bot.get_updates(timeout=0)
    assert [u.update_id for u in first] == [1, 2, 3]
    assert first[1].edited_message.text == "one, edited"
    assert await bot.get_updates(offset=2, timeout=0, allowed_updates=["message"]) != ()
    again = await bot.get_updates(timeout=0)  # allowed_updates persists, update 1 is confirmed
    assert [u.message.text for u in again] == ["two"]
    assert await bot.get_updates(offset=4, timeout=0) == ()


async def test_command_entities_like_telegram(server: FakeBotServer, bot: telegram.Bot) -> None:
    await server.send_text(GROUP, "/latest@briefbot_test_bot 5 energy", user_id=USER, chat_title="Desk")
    await server.send_text(USER, "see https://example.com/a?b=1, then /help")
    group_message, private_message = (u.message for u in await bot.get_updates(timeout=0))
    assert group_message.chat.type == "group" and group_message.chat.title == "Desk"
    assert group_message.from_user.id == USER
    assert group_message.parse_entities(["bot_command"]) and list(
        group_message.parse_entities(["bot_command"]).values()
    ) == ["/latest@briefbot_test_bot"]
    assert list(private_message.parse_entities(["url"]).values()) == ["https://example.com/a?b=1"]
    assert list(private_message.parse_entities(["bot_command"]).values()) == ["/help"]


async def test_unusual_updates(server: FakeBotServer, bot: telegram.Bot) -> None:
    await server.send_channel_post(-1_009_999, "channel news", chat_title="News")
    await server.send_message(GROUP, with_from=False, extra={"new_chat_title": "Renamed"})
    await server.send_text(-1_001_234_567_890, "super", user_id=USER, reply_to_text="an earlier article text")
    post, service, reply = await bot.get_updates(timeout=0)
    assert post.channel_post.text == "channel news" and post.channel_post.from_user is None
    assert service.message.text is None and service.message.from_user is None
    assert reply.message.chat.type == "supergroup"
    assert reply.message.reply_to_message.text == "an earlier article text"


async def test_uploaded_document_can_be_downloaded(server: FakeBotServer, bot: telegram.Bot) -> None:
    body = "Headline\n\nBody with ünïcode.".encode()
    await server.send_document(USER, body, file_name="story.txt", caption="/add", mime_type="text/plain")
    (update,) = await bot.get_updates(timeout=0)
    document = update.message.document
    assert document.file_name == "story.txt" and document.file_size == len(body)
    assert update.message.caption == "/add" and update.message.caption_entities[0].type == "bot_command"
    telegram_file = await bot.get_file(document.file_id)
    assert bytes(await telegram_file.download_as_bytearray()) == body
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await bot.get_file("nope")


async def test_button_press_and_answer(server: FakeBotServer, bot: telegram.Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    sent = await bot.send_message(USER, "pick", reply_markup=markup)
    query_id = await server.press_button(USER, sent.message_id, "more:1")
    (update,) = await bot.get_updates(timeout=0)
    assert update.callback_query.data == "more:1" and update.callback_query.message.message_id == sent.message_id
    await update.callback_query.answer("Loading…")
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query_id)
    (answer,) = await server.wait_for_callback_answers(1)
    assert (answer.text, answer.data, answer.chat_id) == ("Loading…", "more:1", USER)
    with pytest.raises(ValueError, match="no button"):
        await server.press_button(USER, sent.message_id, "forged")


async def test_webhook_blocks_getupdates_until_deleted(server: FakeBotServer, bot: telegram.Bot) -> None:
    await bot.set_webhook("https://bot.example.com/hook")
    with pytest.raises(Conflict):
        await bot.get_updates(timeout=0)
    await bot.delete_webhook()
    assert await bot.get_updates(timeout=0) == ()


async def test_wait_for_messages_explains_what_arrived(server: FakeBotServer, bot: telegram.Bot) -> None:
    await bot.send_message(USER, "only one")
    with pytest.raises(AssertionError, match=r"received 1 message\(s\): \['only one'\]"):
        await server.wait_for_messages(USER, 2, timeout=0.2)


@pytest.fixture
async def echo_app(server: FakeBotServer) -> AsyncIterator[Application]:
    """A minimal PTB Application polling the fake, like briefbot's but with echo handlers."""

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ping", callback_data="ping")]])
        await update.effective_message.reply_html("<b>Hello</b>", reply_markup=markup)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(update.effective_message.text)

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer("pong")
        await update.callback_query.edit_message_text("<i>pressed</i>", parse_mode="HTML")

    app = Application.builder().token(server.token).base_url(server.api_url).base_file_url(server.file_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=5)
        yield app
        await app.updater.stop()
        await app.stop()


async def test_a_polling_application_round_trip(server: FakeBotServer, echo_app: Application) -> None:
    (hello,) = await server.ask(USER, "/start")
    assert hello.plain_text == "Hello" and hello.callback_data == ["ping"]
    (group_hello,) = await server.ask(GROUP, "/start@briefbot_test_bot", user_id=USER)
    assert group_hello.reply_to_message_id is not None
    (echoed,) = await server.ask(USER, "echo <me> & you")
    assert echoed.text == "echo <me> & you"
    await server.press_button(USER, hello.message_id, "ping")
    (answer,) = await server.wait_for_callback_answers(1)
    (edit,) = await server.wait_for_edits(USER, 1)
    assert answer.text == "pong" and edit.new_text == "<i>pressed</i>"
    assert server.messages(USER)[0].plain_text == "pressed"


async def test_a_second_poller_terminates_the_first_with_409(
    server: FakeBotServer, bot: telegram.Bot, http: httpx.AsyncClient
) -> None:
    first = asyncio.ensure_future(bot.get_updates(timeout=30))
    await server.wait_for_calls("getUpdates", 1)
    second = await http.post(f"/bot{server.token}/getUpdates", data={"timeout": "0"})  # "another instance"
    assert second.json() == {"ok": True, "result": []}
    with pytest.raises(Conflict, match="only one bot instance"):
        await asyncio.wait_for(first, 5)
