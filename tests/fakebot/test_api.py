"""Bot API surface of the fake, through PTB's Bot (what briefbot uses) and raw HTTP."""

from __future__ import annotations

import json

import httpx
import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, EndPointNotFound, InvalidToken
from telegram.request import HTTPXRequest

from fakebot import FakeBotServer

CHAT = 2000


async def test_wrong_token_is_401_and_unknown_method_404(server: FakeBotServer, http: httpx.AsyncClient) -> None:
    reply = await http.post("/bot999:WRONG/getMe")
    assert reply.status_code == 401
    assert reply.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    reply = await http.post(f"/bot{server.token}/sendCarrierPigeon")
    assert reply.status_code == 404 and reply.json()["description"] == "Not Found"


async def test_ptb_sees_401_as_invalid_token_and_404_as_endpoint_not_found(
    server: FakeBotServer, bot: telegram.Bot
) -> None:
    request = HTTPXRequest()
    try:
        with pytest.raises(InvalidToken):
            await telegram.Bot("999:WRONG", base_url=server.api_url, request=request).get_me()
    finally:
        await request.shutdown()
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendCarrierPigeon", api_kwargs={"chat_id": CHAT})


@pytest.mark.parametrize("method", ["sendMessage", "sendmessage", "SENDMESSAGE"])
async def test_method_names_are_case_insensitive(server: FakeBotServer, http: httpx.AsyncClient, method: str) -> None:
    reply = await http.post(f"/bot{server.token}/{method}", data={"chat_id": str(CHAT), "text": "hi"})
    assert reply.json()["ok"] is True
    assert server.calls["sendMessage"] == 1


async def test_json_query_and_form_bodies_are_all_understood(server: FakeBotServer, http: httpx.AsyncClient) -> None:
    markup = {"inline_keyboard": [[{"text": "More", "callback_data": "more:1"}]]}
    await http.post(f"/bot{server.token}/sendMessage", json={"chat_id": CHAT, "text": "json", "reply_markup": markup})
    await http.get(f"/bot{server.token}/sendMessage", params={"chat_id": CHAT, "text": "query"})
    await http.post(f"/bot{server.token}/sendMessage",
                    data={"chat_id": str(CHAT), "text": "form", "reply_markup": json.dumps(markup)})
    sent = server.messages(CHAT)
    assert [m.text for m in sent] == ["json", "query", "form"]
    assert sent[0].reply_markup == sent[2].reply_markup == markup
    assert [m.message_id for m in sent] == [1, 2, 3]


async def test_ptb_send_records_html_markup_and_preview_options(server: FakeBotServer, bot: telegram.Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Open", callback_data="open:7")]])
    message = await bot.send_message(
        CHAT, "<b>Title</b> &amp; more", parse_mode="HTML", reply_markup=markup,
        link_preview_options=telegram.LinkPreviewOptions(is_disabled=True),
    )
    assert message.text == "Title & more"
    assert message.entities[0].type == "bold"
    recorded = server.last_message(CHAT)
    assert recorded.text == "<b>Title</b> &amp; more" and recorded.plain_text == "Title & more"
    assert recorded.callback_data == ["open:7"] and recorded.preview_disabled
    assert server.send_timestamps and server.calls["sendMessage"] == 1


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("<p>para</p>", "Can't parse entities: unsupported start tag \"p\""),
        ("<b>unclosed", "Can't parse entities"),
        ("Q&A", "Can't parse entities"),
        ("", "Message text is empty"),
        ("<b> </b>", "Message text is empty"),
    ],
)
async def test_invalid_messages_are_400(server: FakeBotServer, bot: telegram.Bot, text: str, error: str) -> None:
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(CHAT, text, parse_mode="HTML")
    assert error.lower() in caught.value.message.lower()
    assert server.messages(CHAT) == []


async def test_length_limit_is_4096_utf16_units_after_parsing(server: FakeBotServer, bot: telegram.Bot) -> None:
    await bot.send_message(CHAT, "<b>" + "😀" * 2048 + "</b>", parse_mode="HTML")  # 4096 units, tags free
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(CHAT, "x" + "😀" * 2048)  # 4097 units
    await bot.send_message(CHAT, "&amp;" * 4096, parse_mode="HTML")  # 4096 characters once decoded
    assert len(server.messages(CHAT)) == 2


async def test_callback_data_must_be_1_to_64_bytes(
    server: FakeBotServer, bot: telegram.Bot, http: httpx.AsyncClient
) -> None:
    ok = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="é" * 32)]])  # 64 bytes
    await bot.send_message(CHAT, "fits", reply_markup=ok)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data="é" * 32 + "x")]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(CHAT, "65 bytes", reply_markup=too_long)
    empty = {"inline_keyboard": [[{"text": "b", "callback_data": ""}]]}
    reply = await http.post(f"/bot{server.token}/sendMessage", json={"chat_id": CHAT, "text": "t", "reply_markup": empty})
    assert reply.status_code == 400 and reply.json()["description"] == "Bad Request: BUTTON_DATA_INVALID"
    assert len(server.messages(CHAT)) == 1


async def test_edits_keep_history_and_reject_no_op_edits(server: FakeBotServer, bot: telegram.Bot) -> None:
    first = await bot.send_message(CHAT, "v1")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("next", callback_data="n")]])
    await bot.edit_message_text("<i>v2</i>", CHAT, first.message_id, parse_mode="HTML", reply_markup=markup)
    await bot.edit_message_reply_markup(CHAT, first.message_id, reply_markup=None)
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_reply_markup(CHAT, first.message_id, reply_markup=None)
    with pytest.raises(BadRequest, match="not found"):
        await bot.edit_message_text("x", CHAT, 999)
    recorded = server.last_message(CHAT)
    assert recorded.plain_text == "v2" and recorded.reply_markup is None
    assert [v.text for v in recorded.history] == ["v1", "<i>v2</i>"]
    assert [e.method for e in server.edits_in(CHAT)] == ["editMessageText", "editMessageReplyMarkup"]


async def test_delete_message(server: FakeBotServer, bot: telegram.Bot) -> None:
    message = await bot.send_message(CHAT, "gone soon")
    assert await bot.delete_message(CHAT, message.message_id)
    with pytest.raises(BadRequest, match="not found"):
        await bot.delete_message(CHAT, message.message_id)
    assert server.messages(CHAT, include_deleted=False) == []


async def test_commands_are_stored_per_scope_and_language(server: FakeBotServer, bot: telegram.Bot) -> None:
    await bot.set_my_commands([("start", "Start"), ("help", "Help")])
    await bot.set_my_commands([("add", "Add")], scope=telegram.BotCommandScopeChat(1000))
    await bot.set_my_commands([("start", "Anfang")], language_code="de")
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert server.commands_for({"type": "chat", "chat_id": 1000}) == [{"command": "add", "description": "Add"}]
    assert server.commands_for(language_code="de")[0]["description"] == "Anfang"
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Bad-Name", "x")])


async def test_chat_member_status_follows_configured_admins(server: FakeBotServer, bot: telegram.Bot) -> None:
    server.set_admins(-500, {1000, 1001}, creator_id=1001, chat_title="Newsroom")
    assert (await bot.get_chat_member(-500, 1000)).status == "administrator"
    assert (await bot.get_chat_member(-500, 1001)).status == "creator"
    assert (await bot.get_chat_member(-500, 2000)).status == "member"
    chat = await bot.get_chat(-500)
    assert chat.title == "Newsroom" and chat.type == "group"
    assert {m.user.id for m in await bot.get_chat_administrators(-500)} == {1000, 1001}


async def test_chat_actions_are_recorded(server: FakeBotServer, bot: telegram.Bot) -> None:
    await bot.send_chat_action(CHAT, "typing")
    assert [(a.chat_id, a.action) for a in server.chat_actions] == [(CHAT, "typing")]
    with pytest.raises(BadRequest):
        await bot.send_chat_action(CHAT, "dancing")


async def test_send_document_with_caption_is_stored_and_served(server: FakeBotServer, bot: telegram.Bot) -> None:
    body = b"title,value\nexports,42\n"
    message = await bot.send_document(CHAT, body, filename="figures.csv", caption="<b>Figures</b>", parse_mode="HTML")
    assert message.caption == "Figures" and message.document.file_name == "figures.csv"
    recorded = server.last_message(CHAT)
    assert recorded.method == "sendDocument" and recorded.document["file_size"] == len(body)
    downloaded = await (await bot.get_file(message.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == body
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_document(CHAT, body, filename="x.csv", caption="c" * 1025)


async def test_strict_chats_refuses_chats_never_seen(clock) -> None:
    async with FakeBotServer(strict_chats=True, clock=clock) as strict:
        async with telegram.Bot(strict.token, base_url=strict.api_url) as client:
            with pytest.raises(BadRequest, match="Chat not found"):
                await client.send_message(777, "who are you?")
            await strict.send_text(777, "/start")
            await client.send_message(777, "now I know you")
        assert [m.text for m in strict.messages(777)] == ["now I know you"]


async def test_inline_keyboard_is_capped_at_100_buttons(server: FakeBotServer, bot: telegram.Bot) -> None:
    def keyboard(n: int) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton(str(i), callback_data=str(i))] for i in range(n)])

    await bot.send_message(CHAT, "hundred", reply_markup=keyboard(100))
    with pytest.raises(BadRequest, match="(?i)reply markup is too long"):
        await bot.send_message(CHAT, "too many", reply_markup=keyboard(101))
