"""The bot token never reaches logs, error messages or replies — at DEBUG, through errors and
Bot API faults — in the real ``python -m bot run`` process and in-process."""

from __future__ import annotations

import logging

from bot.logs import configure_logging
from fakebot import FakeBotServer
from handlers.errors import GENERIC
from tests.e2e import ADMIN_ID, TOKEN, USER_ID
from tests.e2e.commands_helpers import article_text

SECRET_PART = TOKEN.split(":", 1)[1]  # "TEST-TOKEN": catches the token even if split or re-quoted


async def _exercise(server: FakeBotServer) -> None:
    """Commands, a handler error caused by a Bot API fault, a lost reply, a polling 502, a file."""
    for chat, text in ((ADMIN_ID, "/start"), (ADMIN_ID, "/stats"), (USER_ID, "/latest"), (USER_ID, "/search x"),
                       (ADMIN_ID, "/add " + article_text(1)), (ADMIN_ID, "/add http://127.0.0.1:9/nothing"),
                       (ADMIN_ID, "/feeds")):
        await server.ask(chat, text, timeout=20)
    server.faults.fail_next(1, "error", method="sendMessage", status=500)
    await server.send_text(USER_ID, "/help")  # the reply fails → error handler → GENERIC
    await server.wait_for(lambda: any(m.plain_text == GENERIC for m in server.messages(USER_ID)), timeout=20,
                          describe="no generic error reply")
    server.faults.fail_next(1, "lost_reply", method="sendMessage")
    await server.send_text(USER_ID, "/topics")
    server.faults.fail_next(1, "error", method="getUpdates", status=502)
    await server.send_document(ADMIN_ID, article_text(2).encode(), file_name="wire.txt")
    await server.wait_for(lambda: any("Added" in m.plain_text for m in server.messages(ADMIN_ID)[-2:]), timeout=20,
                          describe="the document was not added after the faults")
    assert len(server.faults.fired) == 3


def _assert_clean(text: str, where: str) -> None:
    assert SECRET_PART not in text, f"token in {where}"
    assert f"bot{TOKEN}" not in text


async def test_token_absent_from_process_output_at_debug(fake_server: FakeBotServer, start_briefbot_process) -> None:
    proc = await start_briefbot_process(LOG_LEVEL="DEBUG")
    await _exercise(fake_server)
    await proc.stop()
    stderr, stdout = proc.stderr_text(), proc.stdout_text()
    assert " DEBUG " in stderr and " ERROR briefbot.errors" in stderr  # DEBUG really on; the error was logged
    assert "network problem talking to Telegram" in stderr  # the polling 502 was seen and logged
    _assert_clean(stderr, "stderr")
    _assert_clean(stdout, "stdout")
    assert " DEBUG aiosqlite" not in stderr  # no SQL statements with their parameters
    for message in fake_server.sent:
        _assert_clean(message.text or "", f"a reply in chat {message.chat_id}")
    print(f"\nprocess at DEBUG: {len(stderr.splitlines())} stderr lines, {len(fake_server.sent)} replies, token-free")


async def test_token_absent_from_in_process_records_at_debug(fake_server: FakeBotServer, start_bot, make_settings, caplog) -> None:
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "aiosqlite", "apscheduler")}
    root_level = logging.getLogger().level
    caplog.set_level(logging.DEBUG)
    configure_logging(make_settings(log_level="DEBUG"))  # what `briefbot run` does first
    try:
        await start_bot()
        await _exercise(fake_server)
    finally:
        for name, level in noisy.items():
            logging.getLogger(name).setLevel(level)
        logging.getLogger().setLevel(root_level)
    assert len(caplog.records) > 100
    assert any(r.levelno >= logging.ERROR and r.exc_info for r in caplog.records)
    _assert_clean(caplog.text, "captured log text (with tracebacks)")
