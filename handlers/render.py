"""Every Telegram message is rendered here (Telegram HTML, every dynamic string escaped).

Contract used by handlers and by the delivery sender:
    render_briefing(article, matched=()) -> list[str]   # HTML chunks, each ≤ 4096 UTF-16 units

Messages are lists of self-contained HTML blocks packed by ``htmlchunks.pack``, so a long
briefing splits between paragraphs, never inside a tag or an entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from briefing.languages import language_data, language_name
from briefing.models import Figure
from briefing.people import person_key
from storage.models import Article, ArticleSummary, ChatSettings, Feed, Page, Stats, Subscription

from .commands import ADMIN_COMMANDS, START_EXAMPLES, USER_COMMANDS, Command
from .deeplinks import quotes_link
from .htmlchunks import TELEGRAM_LIMIT, esc, pack, utf16_len

# Display limits (UTF-16 units of plain text) chosen so a typical briefing fits one message.
TITLE_MAX = 300
QUOTE_MAX = 500
SENTENCE_MAX = 1200
LEAD_MAX = 160
LIST_TITLE_MAX = 120
MAX_SHOWN_QUOTES = 4
MAX_SHOWN_FIGURES = 5

__all__ = ["TELEGRAM_LIMIT", "esc", "render_briefing", "utf16_len"]


def _link(url: str | None, text_html: str) -> str:
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{esc(url)}">{text_html}</a>'
    return text_html


def render_briefing(
    article: Article, *, matched: Sequence[str] = (), bot_username: str | None = None
) -> list[str]:
    """The full briefing: linked title, source + date, summary, quotes, figures, topics.

    With ``bot_username``, each speaker is a link that opens ``/quotes`` for them.
    """
    return pack(_briefing_blocks(article, matched, bot_username))


def _speaker(speaker: str, bot_username: str | None) -> str:
    """The speaker's name, linked to their ``/quotes`` when they are someone we index."""
    key = person_key(speaker)
    link = quotes_link(bot_username, key.name) if key is not None else None
    return _link(link, esc(speaker, 80))


def _briefing_blocks(
    article: Article, matched: Sequence[str] = (), bot_username: str | None = None
) -> list[str]:
    b = article.briefing
    blocks: list[str] = []
    if matched:
        blocks.append("🔔 <i>New on " + esc(", ".join(matched), 200) + "</i>")
    blocks.append("<b>" + _link(article.url, esc(article.title or b.title or "Untitled", TITLE_MAX)) + "</b>")
    meta = [esc(article.source or b.source or "pasted text", 100)]
    published = article.published_at or b.published
    meta.append(esc(published, 40) if published else f"added {article.added_at.date().isoformat()}")
    meta.append(esc(language_name(article.language), 40))
    meta.append(f"#{article.id} · /brief {article.id}")
    blocks[-1] += "\n" + " · ".join(meta)
    summary = list(b.summary) or [p for p in b.paragraphs[:2]]
    blocks.extend(esc(s, SENTENCE_MAX) for s in summary)
    quotes = b.key_quotes or [q for q in b.quotes if not q.scare]
    if quotes:
        lines = ["<b>Key quotes</b>"]
        marks = language_data(article.language) or language_data("en")
        opening, closing = (marks.quote_open, marks.quote_close) if marks else ("“", "”")
        for q in quotes[:MAX_SHOWN_QUOTES]:
            speaker = f" — {_speaker(q.speaker, bot_username)}" if q.speaker else ""
            lines.append(f"<i>{opening}{esc(q.text, QUOTE_MAX)}{closing}</i>{speaker}")
        blocks.extend(_group(lines))
    figures = _distinct(b.key_figures or list(b.figures))
    if figures:
        lines = ["<b>Key figures</b>"]
        for f in figures[:MAX_SHOWN_FIGURES]:
            context = f" — {esc(f.what, 80)}" if f.what and f.what.lower() not in f.text.lower() else ""
            lines.append(f"• <b>{esc(f.text, 100)}</b>{context}")
        blocks.append("\n".join(lines))
    if b.topics:
        blocks.append("<b>Topics:</b> " + esc(", ".join(b.topics), 400))
    if article.duplicate_of:
        blocks.append(f"<i>Same story as #{article.duplicate_of}</i>")
    return blocks


def _distinct(figures: list[Figure]) -> list[Figure]:
    """Drop a figure repeated inside a fuller one ("2%" when "2% target" is shown too)."""
    texts = [f.text.lower() for f in figures]
    kept = []
    for i, f in enumerate(figures):
        if texts[i] in texts[:i] or any(texts[i] in other and texts[i] != other for other in texts):
            continue
        kept.append(f)
    return kept


def _group(lines: list[str]) -> list[str]:
    """Heading + items as one block when it fits, else heading with the first item, then items."""
    joined = "\n".join(lines)
    if utf16_len(joined) <= TELEGRAM_LIMIT:
        return [joined]
    return [lines[0] + "\n" + lines[1], *lines[2:]]


def age(then: datetime, now: datetime) -> str:
    """'just now', '5 min ago', '3 h ago', '2 d ago' — short enough for a list line."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} d ago"


def render_list(page: Page[ArticleSummary], *, heading: str, now: datetime) -> str:
    """Compact list: bold title, source, age, one line of summary. One message (lists are short)."""
    first, last = page.offset + 1, page.offset + len(page.items)
    blocks = [f"<b>{esc(heading, 300)}</b> ({first}–{last} of {page.total})"]
    for item in page.items:
        source = esc(item.source or "pasted text", 60)
        line = f"<b>{esc(item.title, LIST_TITLE_MAX)}</b>\n{source} · {age(item.added_at, now)} · /brief {item.id}"
        if item.lead:
            line += "\n" + esc(item.lead, LEAD_MAX)
        blocks.append(line)
    return pack(blocks)[0]


def welcome(first_name: str | None) -> str:
    hello = f"Hi {esc(first_name, 64)}!" if first_name else "Hi!"
    examples = "\n".join(f"• {esc(e)}" for e in START_EXAMPLES)
    return (
        f"{hello} I turn news articles into short <b>briefings</b>: a summary, key quotes with "
        "who said them, key figures and topics. Subscribe to topics and I send new briefings "
        f"here as they arrive.\n\nTry:\n{examples}\n\nAll commands: /help"
    )


def _command_lines(commands: Iterable[Command]) -> list[str]:
    return [f"/{c.name} — {esc(c.description)}\n   <i>e.g. {esc(c.example)}</i>" for c in commands]


def help_text(*, is_admin: bool) -> str:
    parts = ["<b>Commands</b>", *_command_lines(USER_COMMANDS)]
    if is_admin:
        parts += ["", "<b>Admin commands</b>", *_command_lines(ADMIN_COMMANDS)]
        parts.append("You can also send a .txt/.html/.md file to add it.")
    return "\n".join(parts)


def topics_list(counts: Sequence[tuple[str, int]]) -> str:
    if not counts:
        return "No topics yet — there are no articles. Admins can add some with /add."
    lines = ["<b>Topics of recent articles</b>"]
    lines += [f"• {esc(topic, 80)} ({n})" for topic, n in counts]
    lines.append("\nTap a topic to subscribe, or send /subscribe TOPIC.")
    return pack(["\n".join(lines)])[0]


def subscriptions_list(
    subs: Sequence[Subscription], limit: int, *, mutes: Sequence[str] = (), in_topic: bool = False
) -> list[str]:
    """A chat's (or one forum topic's) subscriptions with their exclusions, and the chat's mutes
    (several messages when 50 subscriptions with 10 exclusions each do not fit one)."""
    where = "this topic" if in_topic else "this chat"
    if not subs:
        lines = [f"{where.capitalize()} has no subscriptions. Try /topics or /subscribe ukraine."]
    else:
        count = f"{len(subs)}" if in_topic else f"{len(subs)}/{limit}"
        lines = [f"<b>Subscriptions{' in this topic' if in_topic else ''}</b> ({count})"]
        for s in subs:
            line = f"• {esc(s.topic, 100)}"
            if s.exclude:
                line += f" — except {exclusions_text(s.exclude)}"
            if s.paused:
                line += " ⏸ <i>paused: this topic was closed; reopen it or /subscribe here again</i>"
            lines.append(line)
    if mutes:
        lines.append(f"\nMuted in all of this chat's subscriptions: {exclusions_text(mutes)} (/unmute WORD)")
    if subs:
        lines.append('\nRemove one with /unsubscribe TOPIC; exclude words with <code>/subscribe TOPIC -word</code>.')
    return pack(lines, sep="\n")


def exclusions_text(words: Sequence[str]) -> str:
    """Excluded or muted words for display: football, “transfer window” (escaped)."""
    return ", ".join(esc(w, 64) if " " not in w else f"“{esc(w, 64)}”" for w in words)


def mutes_list(mutes: Sequence[str], limit: int) -> str:
    if not mutes:
        return "Nothing is muted in this chat. Mute a word in all its subscriptions with <code>/mute football</code>."
    return (
        f"<b>Muted in this chat</b> ({len(mutes)}/{limit}): {exclusions_text(mutes)}\n"
        "Briefings with one of these in the title, summary or topics are not sent here. "
        "Remove one with /unmute WORD."
    )


def settings_text(s: ChatSettings) -> str:
    mode = "instant alerts" if s.mode == "instant" else f"daily digest at {esc(s.digest_time)}"
    quiet = f"{esc(s.quiet_start)}–{esc(s.quiet_end)}" if s.quiet_start and s.quiet_end else "off"
    return (
        "<b>Delivery settings</b>\n"
        f"Mode: {mode}\nQuiet hours: {quiet}\nTime zone: {esc(s.timezone)}\n\n"
        "Use the buttons, or set any time zone with <code>/settings tz Europe/Kyiv</code>."
    )


def stats_text(stats: Stats) -> str:
    deliveries = ", ".join(f"{esc(k)} {v}" for k, v in sorted(stats.deliveries.items())) or "none"
    return (
        "<b>Stats</b>\n"
        f"Articles: {stats.articles}\nChats: {stats.chats} ({stats.active_chats} active)\n"
        f"Subscriptions: {stats.subscriptions}\nDeliveries: {deliveries}\nFeeds: {stats.feeds}"
    )


def feeds_list(feeds: Sequence[Feed]) -> str:
    """As many feeds as one message holds; past that, how many more and where to get them all."""
    if not feeds:
        return "No feeds. Add one with /feed_add https://example.com/rss or upload an .opml file"
    text = f"<b>Feeds ({len(feeds):,})</b>"
    for shown, f in enumerate(feeds):
        line = f"• {esc(f.url, 200)}"
        if f.title:
            line += f" — {esc(f.title, 80)}"
        if f.errors:
            line += f"\n  ⚠️ {f.errors} errors: {esc(f.last_error or '', 120)}"
        more = f"\n…and {len(feeds) - shown:,} more: /feeds_export sends the whole list as a file."
        if utf16_len(text + "\n" + line + more) > TELEGRAM_LIMIT:
            return text + more
        text += "\n" + line
    return text


REFUSED_REASONS_SHOWN = 6
REFUSED_URLS_SHOWN = 5
"""Per reason: a 5,000-feed list refused for one reason (DNS down) still reads in one message."""
FEED_HEALTH_SHOWN = 10


def feed_import_text(added: int, present: int, refused: Sequence[tuple[str, str]]) -> list[str]:
    """Reply to an OPML import: counts, then the refused feeds grouped by reason (trimmed)."""
    head = (
        f"<b>Feed list imported</b>: {added:,} added, {present:,} already present, "
        f"{len(refused):,} refused."
    )
    if added:
        head += " New feeds are polled within a minute."
    lines = [head]
    by_reason: dict[str, list[str]] = {}
    for url, reason in refused:
        by_reason.setdefault(reason, []).append(url)
    for reason, urls in list(by_reason.items())[:REFUSED_REASONS_SHOWN]:
        shown = ", ".join(f"<code>{esc(url, 80)}</code>" for url in urls[:REFUSED_URLS_SHOWN])
        extra = f" and {len(urls) - REFUSED_URLS_SHOWN:,} more" if len(urls) > REFUSED_URLS_SHOWN else ""
        lines.append(f"• {esc(reason, 120)} {shown}{extra}")
    if len(by_reason) > REFUSED_REASONS_SHOWN:
        rest = sum(len(urls) for urls in list(by_reason.values())[REFUSED_REASONS_SHOWN:])
        lines.append(f"• …and {rest:,} more refused for other reasons.")
    return pack(lines, sep="\n")


def feed_health_text(failing: Sequence[Feed], recovered: Sequence[Feed], *, after: int) -> list[str]:
    """One admin message per poll cycle: feeds that started failing, feeds that work again."""
    lines: list[str] = []
    for feeds, head in (
        (failing, f"⚠️ <b>{len(failing):,} feed(s) failed {after} polls in a row</b> (still retried, less often):"),
        (recovered, f"✅ <b>{len(recovered):,} feed(s) work again</b>:"),
    ):
        if not feeds:
            continue
        lines.append(head)
        for f in feeds[:FEED_HEALTH_SHOWN]:
            line = f"• {esc(f.url, 100)}"
            if f.title:
                line += f" — {esc(f.title, 60)}"
            if f.errors and f.last_error:
                line += f": {esc(f.last_error, 100)}"
            lines.append(line)
        if len(feeds) > FEED_HEALTH_SHOWN:
            lines.append(f"…and {len(feeds) - FEED_HEALTH_SHOWN:,} more (/feeds lists them).")
    return pack(lines, sep="\n")


def added_text(article: Article) -> list[str]:
    """Reply to /add: where to find it again, then the briefing itself."""
    head = f"✅ Added as #{article.id} — open it again with /brief {article.id}"
    return pack([head, *_briefing_blocks(article)])
