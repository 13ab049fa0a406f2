"""The test-side control API: play the users (inject updates), shape chats, read what the bot did."""

from __future__ import annotations

import re
import time
from typing import Any

from fakebot.core import default_chat_type
from fakebot.html import utf16_len
from fakebot.records import CallbackAnswer, EditEvent, SentMessage
from fakebot.topics import check_incoming_topic, topic_fields
from fakebot.webhook import WebhookMethods

# Telegram marks "/cmd" and "/cmd@botname" at the start of a word as bot_command entities.
_BOT_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![^\s])")
_URL = re.compile(r"(?<![\w/])https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")


def compute_entities(text: str) -> list[dict]:
    """The entities Telegram adds to a plain user message: bot_command and url (UTF-16 offsets)."""
    entities: list[dict] = []
    for kind, pattern in (("bot_command", _BOT_COMMAND), ("url", _URL)):
        for match in pattern.finditer(text):
            entities.append(
                {"type": kind, "offset": utf16_len(text[: match.start()]), "length": utf16_len(match.group(0))}
            )
    return sorted(entities, key=lambda e: e["offset"])


class ControlMethods(WebhookMethods):
    # ---- building user messages ----------------------------------------------------------------
    def _incoming(
        self, chat_id: int, *, user_id: int | None, chat_type: str | None, chat_title: str | None,
        first_name: str | None, username: str | None, with_from: bool = True,
    ) -> dict[str, Any]:
        kind = chat_type or (self.chats[chat_id].type if chat_id in self.chats else default_chat_type(chat_id))
        if kind == "private":
            user_id = chat_id if user_id is None else user_id
            chat = self.add_chat(chat_id, kind, first_name=first_name, username=username)
        else:
            if user_id is None and with_from:
                raise ValueError("user_id is required for a message in a group chat")
            chat = self.add_chat(chat_id, kind, title=chat_title)
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat_id), "date": int(time.time()), "chat": chat.to_json(),
        }
        if with_from and user_id is not None:
            message["from"] = self.user_json(user_id, first_name, username)
        return message

    def _in_topic(self, chat_id: int, thread_id: int | None) -> dict[str, Any]:
        """Topic fields for a user message written in ``thread_id`` (checked to exist)."""
        if thread_id is not None:
            check_incoming_topic(self.chats[chat_id], thread_id)
        return topic_fields(thread_id)

    def _deliver(self, message: dict[str, Any], kind: str = "message") -> dict[str, Any]:
        self._store_message(message)
        self._push_update(kind, message)
        return message

    def _reply_target(self, chat_id: int, reply_to_message_id: int | None, reply_to_text: str | None,
                      user_id: int | None) -> dict | None:
        if reply_to_message_id is not None:
            target = self.stored_message(chat_id, reply_to_message_id)
            if target is None:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id} to reply to")
            return {k: v for k, v in target.items() if k != "reply_to_message"}
        if reply_to_text is not None:
            earlier = self._incoming(chat_id, user_id=user_id, chat_type=None, chat_title=None,
                                     first_name=None, username=None)
            earlier |= {"text": reply_to_text, "entities": compute_entities(reply_to_text)}
            if not earlier["entities"]:
                del earlier["entities"]
            self._store_message(earlier)  # it exists in the chat but is not delivered again
            return earlier
        return None

    # ---- injecting updates -----------------------------------------------------------------------
    async def send_text(
        self, chat_id: int, text: str, *, user_id: int | None = None, chat_type: str | None = None,
        chat_title: str | None = None, first_name: str | None = None, username: str | None = None,
        reply_to_message_id: int | None = None, reply_to_text: str | None = None,
        entities: list[dict] | None = None, thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A user writes ``text`` (commands included) in a chat; returns the Message JSON.

        Private chats need no ``user_id`` (it is the chat id); groups do. Chat type follows the
        id (>0 private, -100… supergroup, other <0 group) unless ``chat_type`` says otherwise.
        ``entities`` default to what Telegram computes (bot_command, url). ``thread_id``: written
        in that topic of a forum (``create_topic``); None is the chat itself (a forum's General).
        """
        reply = self._reply_target(chat_id, reply_to_message_id, reply_to_text, user_id)
        message = self._incoming(chat_id, user_id=user_id, chat_type=chat_type, chat_title=chat_title,
                                 first_name=first_name, username=username)
        message |= self._in_topic(chat_id, thread_id)
        message["text"] = text
        found = compute_entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        if reply is not None:
            message["reply_to_message"] = reply
        return self._deliver(message)

    async def send_message(
        self, chat_id: int, *, text: str | None = None, user_id: int | None = None, with_from: bool = True,
        chat_type: str | None = None, chat_title: str | None = None, extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Any message shape: no ``text`` (e.g. a sticker via ``extra``), no sender (``with_from=False``)."""
        message = self._incoming(chat_id, user_id=user_id, chat_type=chat_type, chat_title=chat_title,
                                 first_name=None, username=None, with_from=with_from)
        if text is not None:
            message["text"] = text
        message |= extra or {}
        return self._deliver(message)

    async def send_edited_message(self, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """The user edits an earlier message of theirs; delivered as ``edited_message``."""
        original = self.stored_message(chat_id, message_id)
        if original is None:
            raise ValueError(f"no message {message_id} in chat {chat_id}")
        edited = dict(original) | {"text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        if found := compute_entities(text):
            edited["entities"] = found
        self._store_message(edited)
        self._push_update("edited_message", edited)
        return edited

    async def send_channel_post(self, chat_id: int, text: str, *, chat_title: str | None = None) -> dict[str, Any]:
        """A post in a channel where the bot is a member (no ``from``; ``sender_chat`` is the channel)."""
        chat = self.add_chat(chat_id, "channel", title=chat_title)
        message = {"message_id": self._new_message_id(chat_id), "date": int(time.time()), "chat": chat.to_json(),
                   "sender_chat": chat.to_json(), "text": text}
        return self._deliver(message, "channel_post")

    async def send_document(
        self, chat_id: int, data: bytes, *, file_name: str = "article.txt", mime_type: str | None = "text/plain",
        caption: str | None = None, caption_entities: list[dict] | None = None, user_id: int | None = None,
        chat_type: str | None = None, chat_title: str | None = None, thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A user uploads a file; getFile + the download URL then serve ``data``."""
        stored = self.store_file(data, file_name=file_name, mime_type=mime_type)
        message = self._incoming(chat_id, user_id=user_id, chat_type=chat_type, chat_title=chat_title,
                                 first_name=None, username=None)
        message |= self._in_topic(chat_id, thread_id)
        document = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_size": len(data),
                    "file_name": file_name}
        if mime_type:
            document["mime_type"] = mime_type
        message["document"] = document
        if caption is not None:
            message["caption"] = caption
            found = compute_entities(caption) if caption_entities is None else caption_entities
            if found:
                message["caption_entities"] = found
        return self._deliver(message)

    async def press_button(
        self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None, check: bool = True,
    ) -> str:
        """A user presses an inline button with ``data`` under a bot message; returns the query id.

        ``check=False`` allows data the message does not carry (stale or forged presses).
        """
        sent = self._sent_index.get((chat_id, message_id))
        if sent is None or sent.deleted:
            raise ValueError(f"the bot has no message {message_id} in chat {chat_id}")
        if check and data not in sent.callback_data:
            raise ValueError(f"message {message_id} has no button with data {data!r}; it has {sent.callback_data}")
        if user_id is None:
            if self.chats[chat_id].type != "private":
                raise ValueError("user_id is required for a button press in a group chat")
            user_id = chat_id
        query_id = str(4_000_000_000 + len(self._callback_queries) + 1)
        self._callback_queries[query_id] = {"answered": False, "chat_id": chat_id, "message_id": message_id,
                                            "data": data}
        self._push_update("callback_query", {
            "id": query_id, "from": self.user_json(user_id), "message": self.stored_message(chat_id, message_id),
            "chat_instance": str(abs(chat_id) * 7 + 1), "data": data,
        })
        return query_id

    # ---- shaping chats -----------------------------------------------------------------------------
    def set_admins(self, chat_id: int, admin_ids: set[int] | list[int] | frozenset[int], *,
                   creator_id: int | None = None, chat_title: str | None = None) -> None:
        """Who getChatMember reports as administrator (and creator) in a group."""
        chat = self.add_chat(chat_id, title=chat_title)
        chat.admins = set(admin_ids)
        chat.creator_id = creator_id

    def block_chat(self, chat_id: int) -> None:
        """The user blocks the bot (or the bot is kicked from a group): sends get 403."""
        self.add_chat(chat_id).blocked = True

    def unblock_chat(self, chat_id: int) -> None:
        self.add_chat(chat_id).blocked = False

    def migrate_chat(self, chat_id: int, new_chat_id: int | None = None, *, notify: bool = True) -> int:
        """Upgrade a group to a supergroup; sends to the old id get 400 with migrate_to_chat_id."""
        old = self.add_chat(chat_id, "group")
        new_id = new_chat_id if new_chat_id is not None else -1_000_000_000_000 - abs(chat_id)
        new = self.add_chat(new_id, "supergroup", title=old.title)
        new.admins, new.creator_id = set(old.admins), old.creator_id
        old.migrated_to = new_id
        if notify:
            self._deliver({"message_id": self._new_message_id(chat_id), "date": int(time.time()),
                           "chat": old.to_json(), "migrate_to_chat_id": new_id})
            self._deliver({"message_id": self._new_message_id(new_id), "date": int(time.time()),
                           "chat": new.to_json(), "migrate_from_chat_id": chat_id})
        return new_id

    # ---- reading what the bot did --------------------------------------------------------------------
    def messages(self, chat_id: int, *, include_deleted: bool = True) -> list[SentMessage]:
        """Bot messages in ``chat_id`` in send order (edits update them in place; see ``.history``)."""
        found = self._sent_by_chat.get(chat_id, [])
        return list(found) if include_deleted else [m for m in found if not m.deleted]

    def last_message(self, chat_id: int) -> SentMessage:
        found = self.messages(chat_id)
        if not found:
            raise AssertionError(f"the bot sent nothing to chat {chat_id}")
        return found[-1]

    def edits_in(self, chat_id: int) -> list[EditEvent]:
        return [e for e in self.edits if e.chat_id == chat_id]

    def _describe(self, chat_id: int) -> str:
        texts = [m.plain_text[:200] for m in self.messages(chat_id)]
        others = sorted({m.chat_id for m in self.sent} - {chat_id})
        return (f"Chat {chat_id} received {len(texts)} message(s): {texts!r}. Messages went to other chats: "
                f"{others}. Calls: {dict(self.calls)}. Pending updates: {len(self._updates)}.")

    async def wait_for_messages(self, chat_id: int, n: int = 1, timeout: float = 10.0) -> list[SentMessage]:  # noqa: ASYNC109 (a plain timeout reads best in tests)
        """Wait until the bot has sent at least ``n`` messages to ``chat_id``; returns them all."""
        if n <= 0:
            return self.messages(chat_id)
        return await self.wait_for(lambda: (found := self.messages(chat_id)) and len(found) >= n and found,
                                   timeout=timeout, describe=lambda: f"Wanted {n}. " + self._describe(chat_id))

    async def ask(self, chat_id: int, text: str, *, n: int = 1, timeout: float = 10.0, **send_options: Any  # noqa: ASYNC109 (a plain timeout reads best in tests)
                  ) -> list[SentMessage]:
        """Send ``text`` and return the next ``n`` bot messages in that chat (the replies)."""
        before = len(self.messages(chat_id))
        await self.send_text(chat_id, text, **send_options)
        found = await self.wait_for_messages(chat_id, before + n, timeout)
        return found[before:]

    async def wait_for_edits(self, chat_id: int, n: int = 1, timeout: float = 10.0) -> list[EditEvent]:  # noqa: ASYNC109 (a plain timeout reads best in tests)
        return await self.wait_for(lambda: len(self.edits_in(chat_id)) >= n and self.edits_in(chat_id),
                                   timeout=timeout, describe=lambda: f"Wanted {n} edit(s). " + self._describe(chat_id))

    async def wait_for_callback_answers(self, n: int = 1, timeout: float = 10.0) -> list[CallbackAnswer]:  # noqa: ASYNC109 (a plain timeout reads best in tests)
        return await self.wait_for(
            lambda: len(self.callback_answers) >= n and list(self.callback_answers), timeout=timeout,
            describe=lambda: f"Wanted {n} callback answer(s), got {self.callback_answers!r}. Calls: {dict(self.calls)}",
        )

    async def wait_for_calls(self, method: str, n: int = 1, timeout: float = 10.0) -> int:  # noqa: ASYNC109 (a plain timeout reads best in tests)
        """Wait until ``method`` (camelCase, e.g. "getUpdates") was called ``n`` times."""
        return await self.wait_for(lambda: self.calls[method] >= n and self.calls[method], timeout=timeout,
                                   describe=lambda: f"Wanted {n} {method} call(s). Calls: {dict(self.calls)}")

    async def wait_for_commands(self, scope: dict | None = None, language_code: str = "",
                                timeout: float = 10.0) -> list[dict]:  # noqa: ASYNC109 (a plain timeout reads best in tests)
        return await self.wait_for(lambda: self.commands_for(scope, language_code), timeout=timeout,
                                   describe=lambda: f"No commands for scope {scope}; set: {list(self.commands)}")
