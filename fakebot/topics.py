"""Forum topics as Telegram treats them: where a bot message lands, and how messages are marked.

In a forum supergroup (``is_forum``) every message outside the General topic carries
``message_thread_id`` (the topic's id: the id of its ``forum_topic_created`` service message)
and ``is_topic_message: true``. Messages in General carry neither.
"""

from __future__ import annotations

from typing import Any

from fakebot.records import ChatState, bad_request


def thread_for_send(chat: ChatState, requested: int | None, replied: dict[str, Any] | None) -> int | None:
    """The topic a bot message lands in (None: General / the chat itself), or Telegram's error.

    An explicit ``message_thread_id`` wins; a reply without one lands in the replied message's
    topic. A thread in a chat that is not a forum, or a topic that does not exist or was
    deleted: 400 "message thread not found". A closed topic: 400 "TOPIC_CLOSED" (the fake's
    bot never has the right to manage topics). Stricter than Telegram in one way: a reply
    chain's thread id in a non-forum group is refused rather than ignored, so a bot that
    forwards such ids by mistake fails in tests.
    """
    thread = requested
    if thread is None and replied is not None and replied.get("is_topic_message"):
        thread = replied.get("message_thread_id")
    if thread is None:
        return None
    topic = chat.topics.get(thread) if chat.is_forum else None
    if topic is None or topic.deleted:
        raise bad_request("message thread not found")
    if topic.closed:
        raise bad_request("TOPIC_CLOSED")
    return thread


def topic_fields(thread_id: int | None) -> dict[str, Any]:
    """The fields marking a message as posted in a forum topic (none for General)."""
    return {} if thread_id is None else {"message_thread_id": thread_id, "is_topic_message": True}


def check_incoming_topic(chat: ChatState, thread_id: int) -> None:
    """A test may only write into an existing topic of a forum (ValueError otherwise)."""
    topic = chat.topics.get(thread_id) if chat.is_forum else None
    if topic is None or topic.deleted:
        raise ValueError(f"chat {chat.id} has no topic {thread_id} (create it with create_topic)")
