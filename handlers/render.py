"""Every Telegram message is rendered here. (SCAFFOLD: the chat-experience work completes it.)

Contract used by handlers and by the delivery sender:
    render_briefing(article, matched=()) -> list[str]   # HTML chunks, each ≤ 4096 UTF-16 units
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from storage.models import Article

TELEGRAM_LIMIT = 4096


def render_briefing(article: Article, *, matched: Sequence[str] = ()) -> list[str]:
    b = article.briefing
    parts = [f"<b>{escape(article.title)}</b> #{article.id}"]
    parts += [escape(s) for s in b.summary]
    if matched:
        parts.append("matched: " + escape(", ".join(matched)))
    return ["\n\n".join(parts)[:TELEGRAM_LIMIT]]
