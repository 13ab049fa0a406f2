"""Inline-button payloads (≤ 64 bytes) and the keyboards that carry them.

Design: a payload never names private data. Pagination carries ``p:<kind>:<token>:<offset>``
where ``token`` names the query in the *pressing chat's* conversation state in the store
(``handlers.conversation``: every worker sees it) — a button forwarded or forged into another
chat finds no such token there and is answered "expired". Article ids (``b:<id>``) and topics
(``t:<topic>``) are public anyway. Settings payloads are fixed choices.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from storage.models import ArticleSummary, Page, QuoteHit, Speaker

from .htmlchunks import trim
from .i18n import _, zone_city

MAX_CALLBACK_BYTES = 64


@dataclass(frozen=True)
class PageQuery:
    kind: str  # "l" (latest), "s" (search) or "q" (quotes of a person)
    query: str
    size: int


def fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES


def open_data(article_id: int) -> str:
    """Payload of an "open this briefing" button (``handlers.callbacks`` routes ``b:<id>``)."""
    return f"b:{article_id}"


def story_data(article_id: int) -> str:
    """Payload of the "Story (N)" button under a briefing (``st:<id>``)."""
    return f"st:{article_id}"


def story_keyboard(article_id: int, size: int) -> InlineKeyboardMarkup | None:
    """The "Story (N)" button when the article's story has more than one article."""
    if size <= 1:
        return None
    # TRANSLATORS: a button under a briefing: the {count} articles of its story
    label = _("Story ({count})", count=size)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=story_data(article_id))]])


def full_briefing_keyboard(article_id: int) -> InlineKeyboardMarkup:
    """The one button under a pushed briefing."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(_("Full briefing"), callback_data=open_data(article_id))]])


def list_keyboard(page: Page[ArticleSummary], kind: str, token: str) -> InlineKeyboardMarkup | None:
    """One 'open' button per item, then ◀ n/m ▶ when there is more than one page."""
    rows = [
        [InlineKeyboardButton(f"#{item.id} {trim(item.title, 40)}", callback_data=open_data(item.id))]
        for item in page.items
    ]
    return _with_nav(rows, page, kind, token)


def _with_nav(rows: list[list[InlineKeyboardButton]], page: Page, kind: str, token: str) -> InlineKeyboardMarkup | None:
    """``rows`` then ◀ n/m ▶ when there is more than one page."""
    size = max(1, page.limit)
    if page.total > size:
        nav = []
        if page.offset > 0:
            nav.append(InlineKeyboardButton("◀", callback_data=f"p:{kind}:{token}:{max(0, page.offset - size)}"))
        pages = (page.total + size - 1) // size
        nav.append(InlineKeyboardButton(f"{page.offset // size + 1}/{pages}", callback_data="noop"))
        if page.offset + size < page.total:
            nav.append(InlineKeyboardButton("▶", callback_data=f"p:{kind}:{token}:{page.offset + size}"))
        rows.append(nav)
    return InlineKeyboardMarkup(rows) if rows else None


def quotes_keyboard(page: Page[QuoteHit], token: str) -> InlineKeyboardMarkup | None:
    """One 'open' button per article the page quotes from, then ◀ n/m ▶."""
    articles = {hit.article_id: hit.title for hit in page.items}
    rows = [
        [InlineKeyboardButton(f"#{article_id} {trim(title, 40)}", callback_data=open_data(article_id))]
        for article_id, title in articles.items()
    ]
    return _with_nav(rows, page, "q", token)


def people_data(name: str) -> str:
    """Payload of a "quotes of this person" button (``q:<name>``, public like topics)."""
    return f"q:{name}"


def people_keyboard(people: list[Speaker], *, counts: bool = True) -> InlineKeyboardMarkup | None:
    """A button per person (two a row) opening their quotes; ``counts`` adds "(n)"."""
    buttons = [
        InlineKeyboardButton(
            f"{trim(p.name, 30)} ({p.quotes})" if counts else trim(p.name, 36), callback_data=people_data(p.name)
        )
        for p in people
        if fits(people_data(p.name))
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return InlineKeyboardMarkup(rows) if rows else None


def topics_keyboard(topics: list[str]) -> InlineKeyboardMarkup | None:
    buttons = [
        InlineKeyboardButton(f"➕ {trim(t, 30)}", callback_data=f"t:{t}") for t in topics if fits(f"t:{t}")
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return InlineKeyboardMarkup(rows) if rows else None


DIGEST_TIMES = ("07:00", "08:00", "12:00", "18:00", "21:00")
QUIET_PRESETS = {"22-07": ("22:00", "07:00"), "23-08": ("23:00", "08:00"), "off": (None, None)}
COMMON_TIMEZONES = ("UTC", "Europe/London", "Europe/Berlin", "Europe/Kyiv", "America/New_York", "Asia/Tokyo")


def settings_keyboard(mode: str) -> InlineKeyboardMarkup:
    other = "digest" if mode == "instant" else "instant"
    label = _("Switch to daily digest") if other == "digest" else _("Switch to instant alerts")
    rows = [[InlineKeyboardButton(label, callback_data=f"s:mode:{other}")]]
    rows.append([InlineKeyboardButton(f"🕗 {t}", callback_data=f"s:dt:{t}") for t in DIGEST_TIMES])
    rows.append(
        # TRANSLATORS: a button: no alerts from {start} to {end} o'clock
        [InlineKeyboardButton(_("Quiet {start}–{end}", start="22", end="07"), callback_data="s:q:22-07"),
         InlineKeyboardButton(_("Quiet {start}–{end}", start="23", end="08"), callback_data="s:q:23-08"),
         InlineKeyboardButton(_("No quiet hours"), callback_data="s:q:off")]
    )
    tz = [InlineKeyboardButton(zone_city(z), callback_data=f"s:tz:{z}") for z in COMMON_TIMEZONES]
    rows += [tz[:3], tz[3:]]
    return InlineKeyboardMarkup(rows)
