"""Topic deep links: ``https://t.me/<bot>?start=<payload>`` subscribes the chat to a topic.

Why: a channel or a friend can share "get alerts on X" as one tap. Telegram limits a start
payload to 64 characters of ``A-Z a-z 0-9 _ -``, so plain topics travel readably (``s_peace_talks``)
and any other (non-Latin, punctuation) as base64url (``b_…``). The topic is never trusted: it
goes through the same checks as ``/subscribe``.
"""

from __future__ import annotations

import base64
import binascii
import re

MAX_PAYLOAD_CHARS = 64
_PLAIN_TOPIC = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_PAYLOAD = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_PAYLOAD_CHARS}}}")


def topic_payload(topic: str) -> str | None:
    """The start payload for ``topic``, or None when it does not fit Telegram's 64 characters."""
    words = " ".join(topic.lower().split())
    if _PLAIN_TOPIC.fullmatch(words):
        payload = "s_" + words.replace(" ", "_")
    else:
        payload = "b_" + base64.urlsafe_b64encode(" ".join(topic.split()).encode()).decode().rstrip("=")
    return payload if len(payload) <= MAX_PAYLOAD_CHARS else None


def topic_from_payload(payload: str) -> str | None:
    """The topic a start payload carries; None for anything else (plain /start, other links)."""
    if not _PAYLOAD.fullmatch(payload):
        return None
    kind, _, body = payload.partition("_")
    if kind == "s" and body:
        return body.replace("_", " ")
    if kind == "b" and body:
        try:
            text = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        return " ".join(text.split()) or None
    return None


def subscribe_link(bot_username: str | None, topic: str) -> str | None:
    """``https://t.me/<bot>?start=…`` for ``topic`` (None without a username or if too long)."""
    payload = topic_payload(topic)
    if not bot_username or payload is None:
        return None
    return f"https://t.me/{bot_username}?start={payload}"
