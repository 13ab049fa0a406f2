"""Injecting :class:`~tests.hardening.fuzzcases.Case` lists into the fake and checking replies."""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from typing import Any

from fakebot import FakeBotServer, parse_telegram_html
from tests.hardening.fuzzcases import Case

# What would betray internals in a reply (unless the user typed it and it is echoed back).
LEAK_PATTERNS = ("Traceback", "Exception", "Error:", 'File "', "/work/", "site-packages", ".py",
                 "sqlite3", "OperationalError", "SELECT ", "INSERT ", "aiosqlite", "telegram.error")
BARRIER_CHAT = 4_999_999
_LINE_NO = re.compile(r"line \d+, in ")


async def press_raw(server: FakeBotServer, data: str, *, user_id: int, message: dict | None) -> str:
    """A callback query the fake's ``press_button`` cannot make: on a message the bot never
    sent (``message`` is a user's message) or with no message at all (inline-style)."""
    query_id = f"9{len(server._callback_queries) + 1:09d}"
    chat_id = message["chat"]["id"] if message else None
    server._callback_queries[query_id] = {
        "answered": False, "chat_id": chat_id, "message_id": message["message_id"] if message else None, "data": data,
    }
    payload: dict[str, Any] = {"id": query_id, "from": server.user_json(user_id), "chat_instance": "77", "data": data}
    if message is None:
        payload["inline_message_id"] = "AAAAAHz3-fake"
    else:
        payload["message"] = message
    server._push_update("callback_query", payload)
    return query_id


async def inject(server: FakeBotServer, case: Case) -> None:
    o = case.options
    if case.kind == "text":
        await server.send_text(case.chat_id, case.text or "", user_id=case.user_id, **o)
    elif case.kind == "message":
        await server.send_message(case.chat_id, text=case.text, user_id=case.user_id, **o)
    elif case.kind == "edited":
        original = await server.send_text(case.chat_id, o.get("original", "hello"), user_id=case.user_id)
        await server.send_edited_message(case.chat_id, original["message_id"], case.text or "")
    elif case.kind == "channel":
        await server.send_channel_post(case.chat_id, case.text or "", chat_title="News channel")
    elif case.kind == "document" and o.get("declare_size") is False:
        stored = server.store_file(o["data"], file_name=o["file_name"], mime_type=o["mime_type"])
        document = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_name": o["file_name"]}
        await server.send_message(case.chat_id, user_id=case.user_id, extra={"document": document})
    elif case.kind == "document":
        await server.send_document(case.chat_id, user_id=case.user_id, **o)
    elif case.kind == "press":
        await server.press_button(case.chat_id, o["message_id"], case.text or "", user_id=case.user_id, check=False)
    elif case.kind == "raw_press":
        await press_raw(server, case.text or "", user_id=case.user_id or 1, message=o.get("message"))
    else:
        raise ValueError(case.kind)


async def run_cases(server: FakeBotServer, cases: list[Case], *, timeout: float = 60.0) -> float:  # noqa: ASYNC109
    """Inject everything at once (the fake queues it), then wait until the bot has handled it all.

    PTB handles updates in order, so the reply to a trailing /help in a fresh chat means every
    earlier update was processed. Returns the seconds taken.
    """
    started = time.monotonic()
    for case in cases:
        await inject(server, case)
    before = len(server.messages(BARRIER_CHAT))
    await server.send_text(BARRIER_CHAT, "/help")
    await server.wait_for(lambda: len(server.messages(BARRIER_CHAT)) > before, timeout=timeout,
                          describe="the bot did not get through the fuzz updates")
    return time.monotonic() - started


def check_replies(server: FakeBotServer, cases: list[Case]) -> list[str]:
    """Problems: a private command/text with no answer, invalid HTML, leaked internals."""
    problems: list[str] = []
    expected: Counter[int] = Counter(c.chat_id for c in cases if c.expects_reply)
    for chat_id, n in expected.items():
        got = len(server.messages(chat_id))
        if got < n:
            first = next(c for c in cases if c.chat_id == chat_id)
            problems.append(f"chat {chat_id}: {got} replies to {n} messages, e.g. {first.text!r:.80}")
    typed: dict[int, str] = defaultdict(str)
    for case in cases:
        typed[case.chat_id] += " " + (case.text or "") + " " + str(case.options.get("caption") or "")
    for message in server.sent:
        if message.text is None:
            continue
        try:
            parse_telegram_html(message.text)
        except ValueError as exc:
            problems.append(f"invalid HTML in chat {message.chat_id}: {exc}")
        leaks = [p for p in LEAK_PATTERNS if p in message.plain_text and p not in typed[message.chat_id]]
        if leaks or _LINE_NO.search(message.plain_text):
            problems.append(f"chat {message.chat_id} reply leaks {leaks}: {message.plain_text[:120]!r}")
    return problems
