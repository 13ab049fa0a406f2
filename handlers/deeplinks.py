"""Deep links ``https://t.me/<bot>?start=<payload>``: subscribe to a topic, or see who said what.

Why: a channel or a friend can share "get alerts on X" as one tap, and a speaker's name under
a quote in ``/brief`` opens ``/quotes NAME`` as one tap (Telegram HTML cannot make a command
with an argument tappable). Telegram limits a start payload to 64 characters of
``A-Z a-z 0-9 _ -``, so plain text travels readably (``s_peace_talks``, ``q_rustem_umerov``)
and any other (non-Latin, punctuation) as base64url (``b_…``, ``qb_…``). The payload is never
trusted: a topic goes through the same checks as ``/subscribe``, a name is a plain lookup.
"""

from __future__ import annotations

import base64
import binascii
import re

MAX_PAYLOAD_CHARS = 64
_PLAIN_TOPIC = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
_PAYLOAD = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_PAYLOAD_CHARS}}}")


def _payload(plain_kind: str, encoded_kind: str, text: str) -> str | None:
    words = " ".join(text.lower().split())
    if _PLAIN_TOPIC.fullmatch(words):
        payload = f"{plain_kind}_" + words.replace(" ", "_")
    else:
        encoded = base64.urlsafe_b64encode(" ".join(text.split()).encode()).decode().rstrip("=")
        payload = f"{encoded_kind}_{encoded}"
    return payload if len(payload) <= MAX_PAYLOAD_CHARS else None


def _from_payload(payload: str, plain_kind: str, encoded_kind: str) -> str | None:
    if not _PAYLOAD.fullmatch(payload):
        return None
    kind, _, body = payload.partition("_")
    if kind == plain_kind and body:
        return body.replace("_", " ")
    if kind == encoded_kind and body:
        try:
            text = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
        return " ".join(text.split()) or None
    return None


def topic_payload(topic: str) -> str | None:
    """The start payload for ``topic``, or None when it does not fit Telegram's 64 characters."""
    return _payload("s", "b", topic)


def topic_from_payload(payload: str) -> str | None:
    """The topic a start payload carries; None for anything else (plain /start, other links)."""
    return _from_payload(payload, "s", "b")


def quotes_payload(name: str) -> str | None:
    """The start payload that opens ``/quotes name`` (None when it does not fit)."""
    return _payload("q", "qb", name)


def name_from_payload(payload: str) -> str | None:
    """The name a ``/quotes`` start payload carries; None for anything else."""
    return _from_payload(payload, "q", "qb")


def _start_link(bot_username: str | None, payload: str | None) -> str | None:
    if not bot_username or payload is None:
        return None
    return f"https://t.me/{bot_username}?start={payload}"


def quotes_link(bot_username: str | None, name: str) -> str | None:
    """``https://t.me/<bot>?start=q_…`` for ``name`` (None without a username or if too long)."""
    return _start_link(bot_username, quotes_payload(name))


def subscribe_link(bot_username: str | None, topic: str) -> str | None:
    """``https://t.me/<bot>?start=…`` for ``topic`` (None without a username or if too long)."""
    return _start_link(bot_username, topic_payload(topic))
