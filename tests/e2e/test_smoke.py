"""Smoke: /start → /help → /latest through the real Application, in private chats and groups.

The fake rejects invalid Telegram HTML, over-long texts and bad callback data with 400, so a
reply arriving at all already proves it was well-formed; these tests check what it says.
"""

from __future__ import annotations

import socket

from fakebot import FakeBotServer, SentMessage, parse_telegram_html
from handlers.commands import ADMIN_COMMANDS, USER_COMMANDS
from tests.e2e import ADMIN_ID, GROUP_ID, SUPERGROUP_ID, TOKEN, USER_ID

ARTICLE = """Harbour city opens its first tidal power station
The city of Portwell switched on a tidal power station on Monday, the first of its kind on the coast.
"This is the day the sea starts paying our electricity bills," said mayor Ana Ruiz at the opening.
The plant cost 120 million euros and is expected to supply 40,000 homes, about a third of the city.
Engineers said the turbines were tested for six months before the launch.
Environmental groups welcomed the project but asked for monitoring of fish populations near the barrage.
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def assert_html_reply(message: SentMessage) -> str:
    """The reply is Telegram HTML (the fake already enforced validity); returns its plain text."""
    assert message.parse_mode is not None and message.parse_mode.lower() == "html"
    plain = parse_telegram_html(message.text or "")
    assert plain.strip()
    return plain


def listed_commands(plain: str) -> set[str]:
    return {word.lstrip("/") for word in plain.split() if word.startswith("/")}


async def test_private_start_help_latest(fake_server: FakeBotServer, bot_app, app_errors) -> None:
    (start,) = await fake_server.ask(USER_ID, "/start", first_name="Olena")
    assert "/help" in assert_html_reply(start)

    (help_reply,) = await fake_server.ask(USER_ID, "/help")
    shown = listed_commands(assert_html_reply(help_reply))
    assert {c.name for c in USER_COMMANDS} <= shown
    assert not {c.name for c in ADMIN_COMMANDS} & shown  # not an admin

    latest = await fake_server.ask(USER_ID, "/latest")
    assert assert_html_reply(latest[0])
    assert app_errors.errors == []


async def test_admin_sees_admin_commands(fake_server: FakeBotServer, bot_app) -> None:
    (help_reply,) = await fake_server.ask(ADMIN_ID, "/help")
    assert {c.name for c in ADMIN_COMMANDS} <= listed_commands(assert_html_reply(help_reply))


async def test_command_menus_are_registered(fake_server: FakeBotServer, bot_app) -> None:
    default_menu = await fake_server.wait_for_commands()
    assert [c["command"] for c in default_menu] == [c.name for c in USER_COMMANDS]
    admin_menu = fake_server.commands_for({"type": "chat", "chat_id": ADMIN_ID})
    assert {c.name for c in ADMIN_COMMANDS} <= {c["command"] for c in admin_menu}


async def test_added_article_shows_in_latest(fake_server: FakeBotServer, bot_app, app_errors) -> None:
    added = await fake_server.ask(ADMIN_ID, "/add " + ARTICLE)
    assert "tidal" in assert_html_reply(added[-1]).lower()

    latest = await fake_server.ask(USER_ID, "/latest")
    plain = assert_html_reply(latest[-1])
    assert "tidal power station" in plain.lower()
    assert app_errors.errors == []


async def test_uploaded_document_is_added(fake_server: FakeBotServer, bot_app) -> None:
    before = len(fake_server.messages(ADMIN_ID))
    await fake_server.send_document(ADMIN_ID, ARTICLE.encode(), file_name="portwell.txt")
    replies = await fake_server.wait_for_messages(ADMIN_ID, before + 1, timeout=20)
    assert "tidal" in assert_html_reply(replies[-1]).lower()
    assert fake_server.calls["fileDownload"] == 1


async def test_group_commands_addressed_to_the_bot(fake_server: FakeBotServer, bot_app, app_errors) -> None:
    username = fake_server.bot_username
    (start,) = await fake_server.ask(GROUP_ID, f"/start@{username}", user_id=USER_ID, chat_title="Newsroom")
    assert "/help" in assert_html_reply(start)
    (help_reply,) = await fake_server.ask(GROUP_ID, "/help", user_id=USER_ID)
    assert {c.name for c in USER_COMMANDS} <= listed_commands(assert_html_reply(help_reply))
    latest = await fake_server.ask(SUPERGROUP_ID, f"/latest@{username}", user_id=USER_ID, chat_title="Big room")
    assert assert_html_reply(latest[0])
    assert app_errors.errors == []


async def test_group_ignores_commands_for_other_bots(fake_server: FakeBotServer, bot_app) -> None:
    await fake_server.send_text(GROUP_ID, "/start@some_other_bot", user_id=USER_ID)
    await fake_server.send_text(GROUP_ID, "just chatting about the news", user_id=USER_ID)
    (help_reply,) = await fake_server.ask(GROUP_ID, "/help", user_id=USER_ID)  # updates run in order
    assert fake_server.messages(GROUP_ID) == [help_reply]


async def test_briefbot_run_answers_and_never_logs_the_token(fake_server: FakeBotServer, briefbot_process) -> None:
    (start,) = await fake_server.ask(USER_ID, "/start", timeout=30)
    assert "/help" in assert_html_reply(start)
    assert await briefbot_process.stop() == 0
    logs = briefbot_process.stderr_text() + briefbot_process.stdout_text()
    assert TOKEN.split(":")[1] not in logs


async def test_briefbot_run_in_webhook_mode(fake_server: FakeBotServer, start_briefbot_process) -> None:
    port = free_port()
    process = await start_briefbot_process(
        WEBHOOK_URL=f"http://127.0.0.1:{port}", WEBHOOK_LISTEN=f"127.0.0.1:{port}", WEBHOOK_SECRET="hook-secret-1",
    )
    assert fake_server.webhook_url is not None and fake_server.webhook_url.startswith(f"http://127.0.0.1:{port}/")
    assert TOKEN not in fake_server.webhook_url and fake_server.webhook_secret == "hook-secret-1"
    (start,) = await fake_server.ask(USER_ID, "/start", timeout=30)
    assert "/help" in assert_html_reply(start)
    assert fake_server.webhook_errors == []
    assert await process.stop() == 0
    assert TOKEN.split(":")[1] not in process.stderr_text() + process.stdout_text()


async def test_restart_does_not_replay_handled_updates(fake_server: FakeBotServer, start_bot) -> None:
    first = await start_bot()
    await fake_server.ask(USER_ID, "/start")
    await start_bot.stop(first)
    await start_bot()  # same database file, fresh process state
    (help_reply,) = await fake_server.ask(USER_ID, "/help")
    assert [m.message_id for m in fake_server.messages(USER_ID)][-1] == help_reply.message_id
    assert len(fake_server.messages(USER_ID)) == 2  # /start was confirmed, not handled twice
