"""An in-process Bot API for timing handlers: PTB's own request layer, no socket.

Like the ``OfflineRequest`` of python-telegram-bot's test suite: a ``BaseRequest`` whose
``do_request`` answers every call with canned successful JSON. Timing ``/latest`` through it
measures PTB dispatch + our handler + the store, not an HTTP round trip (the broadcast and
memory benchmarks use the real HTTP fake, ``fakebot``).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 123456, "is_bot": True, "first_name": "BriefBot", "username": "briefbot_bench_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}


class InProcessRequest(BaseRequest):
    """Answers getMe, sendMessage, editMessageText …; counts messages per chat."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.sent: Counter[int] = Counter()
        self.last_text: dict[int, str] = {}
        self._message_id = 0

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None, connect_timeout: Any = None,
                         pool_timeout: Any = None) -> tuple[int, bytes]:
        endpoint = url.rsplit("/", 1)[-1]
        self.calls[endpoint] += 1
        params = request_data.parameters if request_data is not None else {}
        if endpoint == "getMe":
            result: object = BOT_USER
        elif endpoint in {"sendMessage", "editMessageText"}:
            chat_id = int(params.get("chat_id", 0))
            self._message_id += 1
            self.sent[chat_id] += 1
            self.last_text[chat_id] = str(params.get("text", ""))
            result = {"message_id": self._message_id, "date": int(time.time()), "text": params.get("text", ""),
                      "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"}, "from": BOT_USER}
        else:
            result = True  # setMyCommands, answerCallbackQuery, sendChatAction …
        return 200, json.dumps({"ok": True, "result": result}).encode()
