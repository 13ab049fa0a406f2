"""Telegram HTML for ``/quotes``: what one person said, the most quoted, "no quotes from …".

Split from ``render.py`` (which keeps the briefing and list formats) so each stays readable;
the same rules hold: every dynamic string escaped, each message within Telegram's limit.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.people import fold
from storage.models import Page, QuoteHit, Speaker

from .htmlchunks import esc, pack
from .i18n import _, format_day, ngettext
from .render import LIST_TITLE_MAX, range_of

LIST_QUOTE_MAX = 400
"""A page holds five quotes with their articles: 5 × (400 + title + meta) stays in one message."""
NAME_MAX = 80
TOP_DAYS = 7


def _who(page: Page[QuoteHit], typed: str) -> str:
    """The person the page is about (fullest name), or the typed text when it mixes people."""
    names = {hit.speaker for hit in page.items}
    if len({fold(n.split()[-1]) for n in names if n.split()}) == 1:
        return max(names, key=len)
    return _("“{phrase}”", phrase=typed)


def quotes_page(page: Page[QuoteHit], *, typed: str) -> str:
    """One page of quotes, newest first, each with its article, date and ``/brief`` id."""
    heading = _("Quotes from {name}", name=esc(_who(page, typed), NAME_MAX))
    blocks = [f"<b>{heading}</b> {range_of(page)}"]
    for hit in page.items:
        meta = [esc(hit.title, LIST_TITLE_MAX)]
        if hit.source:
            meta.append(esc(hit.source, 60))
        meta += [format_day(hit.said_at.date()), f"/brief {hit.article_id}"]
        quote = _("“{phrase}”", phrase=esc(hit.text, LIST_QUOTE_MAX))
        blocks.append(f"<i>{quote}</i> — {esc(hit.speaker, NAME_MAX)}\n" + " · ".join(meta))
    return pack(blocks)[0]


def no_quotes(typed: str, close: Sequence[Speaker]) -> str:
    text = _("No quotes from “{name}” in the stored briefings.", name=esc(typed, NAME_MAX))
    if close:
        return text + " " + _("Did you mean one of these?")
    return text + " " + _("Send /quotes to see who is quoted most.")


def top_people(people: Sequence[Speaker]) -> str:
    if not people:
        nobody = ngettext(
            "Nobody was quoted in the briefings of the last {count} day.",
            "Nobody was quoted in the briefings of the last {count} days.",
            TOP_DAYS,
        )
        return nobody + " " + _("Send /quotes NAME to look further back, e.g. <code>/quotes Zelensky</code>.")
    heading = ngettext("Most quoted in the last {count} day", "Most quoted in the last {count} days", TOP_DAYS)
    lines = [f"<b>{heading}</b>"]
    lines += [
        f"• {esc(p.name, NAME_MAX)} — " + ngettext("{count} quote", "{count} quotes", p.quotes) for p in people
    ]
    lines.append("\n" + _("Tap a name, or send /quotes NAME."))
    return pack(["\n".join(lines)])[0]

