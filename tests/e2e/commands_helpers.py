"""Shared bits of the command e2e tests: small realistic articles and a 'processed' barrier."""

from __future__ import annotations

from typing import Any

from briefing.pipeline import brief_text
from fakebot import FakeBotServer, SentMessage, parse_telegram_html

TOPIC_WORDS = [
    ("Kyiv", "drone", "air defence"),
    ("Brent", "oil", "refinery"),
    ("Frankfurt", "inflation", "interest rate"),
    ("Seville", "heatwave", "temperature"),
    ("Taipei", "chip", "export"),
    ("Hamburg", "wind farm", "grid"),
    ("Nairobi", "drought", "harvest"),
]


def article_text(i: int) -> str:
    """A distinct, news-like article #i (title line, then paragraphs with a quote and figures)."""
    place, thing, other = TOPIC_WORDS[i % len(TOPIC_WORDS)]
    return (
        f"Officials in {place} report {thing} developments, round {i}\n\n"
        f"Officials in {place} said on Tuesday that {100 + i} {thing} incidents were recorded in May, "
        f"up {i + 3}% from a year earlier, as pressure on {other} grew.\n\n"
        f'"We are watching the {thing} situation closely," said regional spokeswoman Maria Ostrova {i}. '
        f"Ostrova said the figures for {place} would be reviewed by June {i + 1}.\n\n"
        f"Analysts said the {other} outlook for {place} remained uncertain for the rest of the year."
    )


async def seed(app: Any, n: int) -> list[int]:
    """Store ``n`` articles through the app's real store; returns their ids (oldest first)."""
    store = app.bot_data.store
    ids = []
    for i in range(n):
        article = await store.articles.add(brief_text(article_text(i)))
        ids.append(article.id)
    return ids


def assert_valid_html(messages: list[SentMessage]) -> None:
    for message in messages:
        assert message.text is not None
        parse_telegram_html(message.text)  # raises on anything Telegram would reject


async def barrier(server: FakeBotServer, chat_id: int, **send: Any) -> None:
    """Wait until every update sent so far in ``chat_id`` was handled.

    PTB handles one chat's updates in order, so once the reply to a trailing /help arrives,
    everything before it has been processed (used to assert that nothing was sent/changed).
    """
    before = len(server.messages(chat_id))
    await server.send_text(chat_id, "/help", **send)
    await server.wait_for(
        lambda: any("Commands" in m.plain_text for m in server.messages(chat_id)[before:]),
        describe="no /help reply",
    )
