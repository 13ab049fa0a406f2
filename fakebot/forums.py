"""Control API for forum supergroups: make a forum, open/close/reopen/delete its topics, and read
what the bot posted in one topic. Telegram's send rules for topics are in ``fakebot.topics``.

    server.add_forum(FORUM_ID, admin_ids={ADMIN})
    news = await server.create_topic(FORUM_ID, "News")          # → its message_thread_id
    await server.ask(FORUM_ID, "/subscribe ukraine", user_id=ADMIN, thread_id=news)
    server.topic_messages(FORUM_ID, news)                        # the bot's messages in that topic
    await server.close_topic(FORUM_ID, news)                     # sends there: 400 TOPIC_CLOSED
    server.delete_topic(FORUM_ID, news)                          # 400 message thread not found
"""

from __future__ import annotations

import time
from typing import Any

from fakebot.control import ControlMethods
from fakebot.records import ChatState, ForumTopic, SentMessage
from fakebot.topics import topic_fields


class ForumControl(ControlMethods):
    def add_forum(self, chat_id: int, *, title: str | None = None, admin_ids: set[int] | None = None,
                  creator_id: int | None = None) -> ChatState:
        """A supergroup with topics enabled (``is_forum``); ``admin_ids`` as in ``set_admins``."""
        if chat_id > -1_000_000_000_000:
            raise ValueError("a forum is a supergroup: its id is -100…")
        chat = self.add_chat(chat_id, "supergroup", title=title)
        chat.is_forum = True
        self._next_message_id.setdefault(chat_id, 2)  # 1 is the General topic's in Telegram
        if admin_ids is not None:
            self.set_admins(chat_id, admin_ids, creator_id=creator_id)
        return chat

    async def create_topic(self, chat_id: int, name: str, *, user_id: int | None = None, notify: bool = True) -> int:
        """Open a topic; returns its ``message_thread_id`` (the id of its service message, as in
        Telegram). ``notify`` delivers the ``forum_topic_created`` service message to the bot."""
        chat = self._forum(chat_id)
        thread_id = self._new_message_id(chat_id)
        chat.topics[thread_id] = ForumTopic(thread_id, name)
        self._service(chat, thread_id, {"forum_topic_created": {"name": name, "icon_color": 7322096}},
                      user_id=user_id, notify=notify)
        return thread_id

    async def close_topic(self, chat_id: int, thread_id: int, *, user_id: int | None = None,
                          notify: bool = True) -> None:
        """Close a topic: bot sends there get 400 ``TOPIC_CLOSED`` until it is reopened."""
        self._topic(chat_id, thread_id).closed = True
        self._service(self.chats[chat_id], thread_id, {"forum_topic_closed": {}}, user_id=user_id, notify=notify)

    async def reopen_topic(self, chat_id: int, thread_id: int, *, user_id: int | None = None,
                           notify: bool = True) -> None:
        self._topic(chat_id, thread_id).closed = False
        self._service(self.chats[chat_id], thread_id, {"forum_topic_reopened": {}}, user_id=user_id, notify=notify)

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """Delete a topic (Telegram sends no update): sends get 400 "message thread not found"."""
        self._topic(chat_id, thread_id).deleted = True
        self._notify()

    def topic_messages(self, chat_id: int, thread_id: int | None) -> list[SentMessage]:
        """The bot's messages in one topic of ``chat_id`` (None: General / the chat itself)."""
        return [m for m in self.messages(chat_id) if m.message_thread_id == thread_id]

    async def wait_for_topic_messages(self, chat_id: int, thread_id: int | None, n: int = 1,
                                      timeout: float = 10.0) -> list[SentMessage]:  # noqa: ASYNC109 (as wait_for_messages)
        """Wait until the bot has posted at least ``n`` messages in that topic; returns them all."""
        return await self.wait_for(
            lambda: len(found := self.topic_messages(chat_id, thread_id)) >= n and found, timeout=timeout,
            describe=lambda: f"Wanted {n} in topic {thread_id}. " + self._describe(chat_id),
        )

    def _forum(self, chat_id: int) -> ChatState:
        chat = self.chats.get(chat_id)
        if chat is None or not chat.is_forum:
            raise ValueError(f"chat {chat_id} is not a forum (use add_forum)")
        return chat

    def _topic(self, chat_id: int, thread_id: int) -> ForumTopic:
        topic = self._forum(chat_id).topics.get(thread_id)
        if topic is None or topic.deleted:
            raise ValueError(f"chat {chat_id} has no topic {thread_id}")
        return topic

    def _service(self, chat: ChatState, thread_id: int, fields: dict[str, Any], *, user_id: int | None,
                 notify: bool) -> None:
        """Store (and, with ``notify``, deliver) a topic service message written by ``user_id``."""
        message: dict[str, Any] = {
            "message_id": thread_id if "forum_topic_created" in fields else self._new_message_id(chat.id),
            "date": int(time.time()), "chat": chat.to_json(), **topic_fields(thread_id), **fields,
        }
        author = user_id if user_id is not None else chat.creator_id or next(iter(sorted(chat.admins)), None)
        if author is not None:
            message["from"] = self.user_json(author)
        if notify:
            self._deliver(message)
        else:
            self._store_message(message)
