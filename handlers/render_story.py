"""Telegram HTML for ``/story ID``: a story's articles newest first, and what each one added.

Split from ``render.py`` like ``render_quotes.py``; the same rules hold (every dynamic string
escaped, one message within Telegram's limit).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from briefing.stories import StoryStep, story_steps
from storage.models import Article

from .htmlchunks import esc, pack
from .i18n import N_, _, ngettext
from .render import LIST_TITLE_MAX, age

STORY_USAGE = N_("Send an article's number, e.g. <code>/story 12</code> (numbers are in /latest).")
CHANGE_QUOTE_MAX = 200
SHOWN_CHANGES = 3
"""New quotes (and new figures) listed per article: the timeline stays one message."""


def _changes(step: StoryStep) -> list[str]:
    lines = []
    for quote in step.new_quotes[:SHOWN_CHANGES]:
        text = _("“{phrase}”", phrase=esc(quote.text, CHANGE_QUOTE_MAX))
        lines.append(f"  💬 <i>{text}</i> — {esc(quote.speaker, 60)}")
    for figure in step.new_figures[:SHOWN_CHANGES]:
        lines.append(f"  📊 <b>{esc(figure.text, 100)}</b>")
    return lines or ["  <i>" + _("nothing new in quotes or figures") + "</i>"]


def story_timeline(articles: Sequence[Article], *, asked: int, total: int, now: datetime) -> str:
    """Newest first; each article after the first says which quotes and figures are new.

    ``articles`` may be the newest part of a longer story (``total`` articles): the oldest shown
    is then compared with nothing and says so.
    """
    if len(articles) <= 1:
        return _(
            "#{id} is the only article in its story so far. Later reports on the same events will be listed here.",
            id=asked,
        )
    oldest_first = list(reversed(articles))
    steps = dict(zip((a.id for a in oldest_first), story_steps([a.briefing for a in oldest_first]), strict=True))
    first_id = oldest_first[0].id
    if total <= len(articles):
        count = ngettext("{count} article, newest first", "{count} articles, newest first", total)
    else:
        count = ngettext(
            "{count} article, the newest {shown} shown, newest first",
            "{count} articles, the newest {shown} shown, newest first",
            total,
            shown=len(articles),
        )
    blocks = ["<b>" + _("Story of #{id}", id=asked) + f"</b> — {count}"]
    for article in articles:
        source = esc(article.source or _("pasted text"), 60)
        head = f"<b>{esc(article.title, LIST_TITLE_MAX)}</b>\n{source} · {age(article.added_at, now)} · /brief {article.id}"
        if article.id == first_id:
            blocks.append(head + ("\n  <i>" + _("first report") + "</i>" if total <= len(articles) else ""))
        else:
            blocks.append("\n".join([head, *_changes(steps[article.id])]))
    return pack(blocks)[0]

