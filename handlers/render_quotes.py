"""Telegram HTML for ``/quotes``: what one person said, the most quoted, "no quotes from …".

Split from ``render.py`` (which keeps the briefing and list formats) so each stays readable;
the same rules hold: every dynamic string escaped, each message within Telegram's limit.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.people import fold
from storage.models import Page, QuoteHit, Speaker

from .htmlchunks import esc, pack
from .render import LIST_TITLE_MAX

LIST_QUOTE_MAX = 400
"""A page holds five quotes with their articles: 5 × (400 + title + meta) stays in one message."""
NAME_MAX = 80
TOP_DAYS = 7


def _who(page: Page[QuoteHit], typed: str) -> str:
    """The person the page is about (fullest name), or the typed text when it mixes people."""
    names = {hit.speaker for hit in page.items}
    if len({fold(n.split()[-1]) for n in names if n.split()}) == 1:
        return max(names, key=len)
    return f"“{typed}”"


def quotes_page(page: Page[QuoteHit], *, typed: str) -> str:
    """One page of quotes, newest first, each with its article, date and ``/brief`` id."""
    first, last = page.offset + 1, page.offset + len(page.items)
    blocks = [f"<b>Quotes from {esc(_who(page, typed), NAME_MAX)}</b> ({first}–{last} of {page.total})"]
    for hit in page.items:
        meta = [esc(hit.title, LIST_TITLE_MAX)]
        if hit.source:
            meta.append(esc(hit.source, 60))
        meta += [hit.said_at.date().isoformat(), f"/brief {hit.article_id}"]
        blocks.append(
            f"<i>“{esc(hit.text, LIST_QUOTE_MAX)}”</i> — {esc(hit.speaker, NAME_MAX)}\n"
            + " · ".join(meta)
        )
    return pack(blocks)[0]


def no_quotes(typed: str, close: Sequence[Speaker]) -> str:
    text = f"No quotes from “{esc(typed, NAME_MAX)}” in the stored briefings."
    if close:
        return text + " Did you mean one of these?"
    return text + " Send /quotes to see who is quoted most."


def top_people(people: Sequence[Speaker]) -> str:
    if not people:
        return (
            f"Nobody was quoted in the briefings of the last {TOP_DAYS} days. "
            "Send /quotes NAME to look further back, e.g. <code>/quotes Zelensky</code>."
        )
    lines = [f"<b>Most quoted in the last {TOP_DAYS} days</b>"]
    lines += [f"• {esc(p.name, NAME_MAX)} — {p.quotes} {'quote' if p.quotes == 1 else 'quotes'}" for p in people]
    lines.append("\nTap a name, or send /quotes NAME.")
    return pack(["\n".join(lines)])[0]

