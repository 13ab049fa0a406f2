"""State shared by the HTTP layer, the Bot API methods and the test control API.

Every state change calls ``_notify()``, which wakes all condition waiters (long-polling
getUpdates and the tests' ``wait_for_*``). Waiters re-check their predicate, so there are
no fixed sleeps anywhere and no lost wake-ups (everything runs on one event loop).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

from fakebot.policy import FaultInjector, FloodGate, FloodLimits
from fakebot.records import (
    ApiError,
    CallbackAnswer,
    ChatAction,
    ChatState,
    EditEvent,
    SentMessage,
    StoredFile,
    bad_request,
)

T = TypeVar("T")

DEFAULT_TOKEN = "123456:TEST-TOKEN"
SUPERGROUP_ID_BELOW = -1_000_000_000_000


def default_chat_type(chat_id: int) -> str:
    """Telegram's id ranges: users > 0, basic groups < 0, supergroups/channels -100…"""
    if chat_id > 0:
        return "private"
    return "supergroup" if chat_id <= SUPERGROUP_ID_BELOW else "group"


class FakeBotCore:
    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "briefbot_test_bot",
        bot_first_name: str = "BriefBot",
        flood: FloodLimits | None = None,
        strict_chats: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.token = token
        self.bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.strict_chats = strict_chats
        """If True, sending to a chat never seen (no injected update, no add_chat) is 400 chat not found."""
        self.clock = clock
        self.faults = FaultInjector()
        self._flood_gate = FloodGate(flood or FloodLimits(), clock)
        self.chats: dict[int, ChatState] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.sent: list[SentMessage] = []
        self.edits: list[EditEvent] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.chat_actions: list[ChatAction] = []
        self.commands: dict[tuple[str, str], list[dict]] = {}
        self.files: dict[str, StoredFile] = {}
        self.calls: Counter[str] = Counter()
        """Calls per Bot API method (canonical camelCase name), including failed ones."""
        self.send_timestamps: list[float] = []
        """``clock()`` of every successful sendMessage, for throughput benchmarks."""
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.webhook_errors: list[str] = []
        """Why webhook deliveries failed (the bot answered non-2xx or was unreachable)."""
        self._messages: dict[int, dict[int, dict]] = {}
        self._sent_index: dict[tuple[int, int], SentMessage] = {}
        self._sent_by_chat: dict[int, list[SentMessage]] = {}  # waits re-check per notify: keep O(chat)
        self._next_message_id: dict[int, int] = {}
        self._updates: list[dict] = []
        self._next_update_id = 1
        self._allowed_updates: list[str] | None = None
        self._poll_generation = 0
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self._waiters: set[asyncio.Future[None]] = set()
        self._closing = asyncio.Event()

    # ---- configuration ------------------------------------------------------------------
    @property
    def flood(self) -> FloodLimits:
        return self._flood_gate.limits

    def set_flood_limits(self, limits: FloodLimits | None = None, **values: int | None) -> None:
        """Replace the flood limits, e.g. ``set_flood_limits(global_per_second=30)``; resets windows."""
        self._flood_gate = FloodGate(limits or FloodLimits(**values), self.clock)

    @property
    def flood_rejections(self) -> int:
        return self._flood_gate.rejections

    # ---- chats and users --------------------------------------------------------------------
    def add_chat(
        self, chat_id: int, chat_type: str | None = None, *, title: str | None = None,
        username: str | None = None, first_name: str | None = None,
    ) -> ChatState:
        """Register (or update) a chat; the control API does this implicitly."""
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = ChatState(chat_id, chat_type or default_chat_type(chat_id))
            self.chats[chat_id] = chat
        elif chat_type:
            chat.type = chat_type
        chat.title = title or chat.title
        chat.username = username or chat.username
        chat.first_name = first_name or chat.first_name
        return chat

    def set_user_language(self, user_id: int, language_code: str | None) -> None:
        """The user's Telegram app language: their updates carry it as ``from.language_code``
        (None: they carry none, like a user whose client does not send it)."""
        user = self.users.setdefault(user_id, self._new_user(user_id))
        if language_code:
            user["language_code"] = language_code
        else:
            user.pop("language_code", None)

    @staticmethod
    def _new_user(user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "username": f"user{user_id}"}

    def user_json(
        self, user_id: int, first_name: str | None = None, username: str | None = None,
        language_code: str | None = None,
    ) -> dict[str, Any]:
        """The ``User`` object for ``user_id``; names given once are remembered."""
        user = self.users.setdefault(user_id, self._new_user(user_id))
        if first_name:
            user["first_name"] = first_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return dict(user)

    def bot_user_json(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": self.bot_first_name, "username": self.bot_username}

    def _chat_for_send(self, chat_id: int) -> ChatState:
        """The target chat of a bot call, raising Telegram's errors for blocked/migrated chats."""
        chat = self.chats.get(chat_id)
        if chat is None:
            if self.strict_chats:
                raise bad_request("chat not found")
            chat = self.add_chat(chat_id)
        if chat.migrated_to is not None:
            raise bad_request(
                "group chat was upgraded to a supergroup chat", {"migrate_to_chat_id": chat.migrated_to}
            )
        if chat.blocked:
            if chat.type == "private":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            raise ApiError(403, "Forbidden: bot was kicked from the group chat")
        return chat

    # ---- message and update storage ---------------------------------------------------------
    def _new_message_id(self, chat_id: int) -> int:
        """Message ids are per chat in Telegram, shared by user and bot messages."""
        next_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = next_id + 1
        return next_id

    def _store_message(self, message: dict) -> None:
        self._messages.setdefault(message["chat"]["id"], {})[message["message_id"]] = message

    def stored_message(self, chat_id: int, message_id: int) -> dict | None:
        """Any message (user's or bot's) as its current JSON, or None."""
        return self._messages.get(chat_id, {}).get(message_id)

    def _push_update(self, kind: str, payload: dict) -> dict:
        update = {"update_id": self._next_update_id, kind: payload}
        self._next_update_id += 1
        self._updates.append(update)
        self._notify()
        return update

    @property
    def pending_updates(self) -> list[dict]:
        """Updates injected but not yet confirmed by the bot (via getUpdates offset)."""
        return list(self._updates)

    # ---- waiting ------------------------------------------------------------------------------
    def _notify(self) -> None:
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._waiters.clear()

    async def _wait_until(self, predicate: Callable[[], T], timeout: float) -> T:  # noqa: ASYNC109 (a plain timeout reads best in tests)
        """Return the first truthy ``predicate()`` within ``timeout``, else its last (falsy) value."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            remaining = deadline - loop.time()
            if result or remaining <= 0 or self._closing.is_set():
                return result
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.add(waiter)
            try:
                # asyncio.timeout, not wait_for: on 3.11 wait_for swallows a cancellation that
                # races with the waiter being resolved, which left cancelled tasks running.
                async with asyncio.timeout(remaining):
                    await waiter
            except TimeoutError:
                pass
            finally:
                self._waiters.discard(waiter)

    async def wait_for(
        self, predicate: Callable[[], T], *, timeout: float = 10.0, describe: Callable[[], str] | str = ""  # noqa: ASYNC109 (a plain timeout reads best in tests)
    ) -> T:
        """Wait until ``predicate()`` is truthy and return it; AssertionError with ``describe`` on timeout."""
        result = await self._wait_until(predicate, timeout)
        if not result:
            detail = describe() if callable(describe) else describe
            raise AssertionError(f"condition not met within {timeout}s. {detail}".strip())
        return result
