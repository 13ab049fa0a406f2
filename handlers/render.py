"""Every Telegram message is rendered here (Telegram HTML, every dynamic string escaped).

Contract used by handlers and by the delivery sender:
    render_briefing(article, matched=()) -> list[str]   # HTML chunks, each ≤ 4096 UTF-16 units

Messages are lists of self-contained HTML blocks packed by ``htmlchunks.pack``, so a long
briefing splits between paragraphs, never inside a tag or an entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from briefing.languages import language_data
from briefing.models import Figure
from briefing.people import speaker_keys
from storage.models import Article, ArticleSummary, ChatSettings, Feed, Page, Stats, Subscription

from .commands import ADMIN_COMMANDS, START_EXAMPLES, USER_COMMANDS, Command
from .deeplinks import quotes_link
from .htmlchunks import TELEGRAM_LIMIT, esc, pack, trim, utf16_len
from .i18n import N_, _, format_ago, format_day, format_number, language_display_name, ngettext
from .reasons import reason_text

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
    """The speaker's name, linked to their ``/quotes`` when they are someone we index.

    A joint speaker ("Ed Kline and Rosa Diaz") links each person to their own ``/quotes``; in a
    couple written with one surname ("David and Jeanne Heidler") the first is linked by first name."""
    keys = speaker_keys(speaker)
    if len(keys) <= 1:
        link = quotes_link(bot_username, keys[0].name) if keys else None
        return _link(link, esc(speaker, 80))
    shown, out, at = trim(speaker, 80), [], 0
    for key in keys:
        written = key.name if key.name in shown[at:] else key.name.split()[0]  # "David" of the couple
        link, found = quotes_link(bot_username, key.name), shown.find(written, at)
        if link is not None and found >= 0:
            out += [esc(shown[at:found]), _link(link, esc(written))]
            at = found + len(written)
    return "".join(out) + esc(shown[at:])


def _briefing_blocks(
    article: Article, matched: Sequence[str] = (), bot_username: str | None = None
) -> list[str]:
    b = article.briefing
    blocks: list[str] = []
    if matched:
        # TRANSLATORS: first line of a push: a new briefing on the chat's subscribed {topics}
        blocks.append("🔔 <i>" + _("New on {topics}", topics=esc(", ".join(matched), 200)) + "</i>")
    blocks.append("<b>" + _link(article.url, esc(article.title or b.title or _("Untitled"), TITLE_MAX)) + "</b>")
    meta = [esc(article.source or b.source or _("pasted text"), 100)]
    published = article.published_at or b.published
    # TRANSLATORS: an article's date when it has no publication date: the day it was stored
    meta.append(esc(published, 40) if published else _("added {day}", day=format_day(article.added_at.date())))
    meta.append(esc(language_display_name(article.language), 40))
    meta.append(f"#{article.id} · /brief {article.id}")
    blocks[-1] += "\n" + " · ".join(meta)
    summary = list(b.summary) or [p for p in b.paragraphs[:2]]
    blocks.extend(esc(s, SENTENCE_MAX) for s in summary)
    quotes = b.key_quotes or [q for q in b.quotes if not q.scare]
    if quotes:
        lines = ["<b>" + _("Key quotes") + "</b>"]
        marks = language_data(article.language) or language_data("en")
        opening, closing = (marks.quote_open, marks.quote_close) if marks else ("“", "”")
        for q in quotes[:MAX_SHOWN_QUOTES]:
            speaker = f" — {_speaker(q.speaker, bot_username)}" if q.speaker else ""
            lines.append(f"<i>{opening}{esc(q.text, QUOTE_MAX)}{closing}</i>{speaker}")
        blocks.extend(_group(lines))
    figures = _distinct(b.key_figures or list(b.figures))
    if figures:
        lines = ["<b>" + _("Key figures") + "</b>"]
        for f in figures[:MAX_SHOWN_FIGURES]:
            context = f" — {esc(f.what, 80)}" if f.what and f.what.lower() not in f.text.lower() else ""
            lines.append(f"• <b>{esc(f.text, 100)}</b>{context}")
        blocks.append("\n".join(lines))
    if b.topics:
        blocks.append(_("<b>Topics:</b> {topics}", topics=esc(", ".join(b.topics), 400)))
    if article.duplicate_of:
        blocks.append("<i>" + _("Same story as #{id}", id=article.duplicate_of) + "</i>")
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
    """'just now', '5 min. ago', 'vor 3 Std.', '2 дн. тому' — short enough for a list line."""
    return format_ago(now - then)


def range_of(page: Page) -> str:
    """'(1–5 of 12)' after a list heading."""
    first, last = page.offset + 1, page.offset + len(page.items)
    # TRANSLATORS: after a list heading: items {first} to {last} of {total}
    return _("({first}–{last} of {total})", first=first, last=last, total=format_number(page.total))


def render_list(page: Page[ArticleSummary], *, heading: str, now: datetime) -> str:
    """Compact list: bold title, source, age, one line of summary. One message (lists are short)."""
    blocks = [f"<b>{esc(heading, 300)}</b> {range_of(page)}"]
    for item in page.items:
        source = esc(item.source or _("pasted text"), 60)
        line = f"<b>{esc(item.title, LIST_TITLE_MAX)}</b>\n{source} · {age(item.added_at, now)} · /brief {item.id}"
        if item.lead:
            line += "\n" + esc(item.lead, LEAD_MAX)
        blocks.append(line)
    return pack(blocks)[0]


def welcome(first_name: str | None) -> str:
    hello = _("Hi {name}!", name=esc(first_name, 64)) if first_name else _("Hi!")
    intro = _(
        "I turn news articles into short <b>briefings</b>: a summary, key quotes with who said "
        "them, key figures and topics. Subscribe to topics and I send new briefings here as they arrive."
    )
    examples = [f"• {esc(_(e))}" for e in START_EXAMPLES]
    return "\n".join([f"{hello} {intro}", "", _("Try:"), *examples, "", _("All commands: /help")])


def _command_lines(commands: Iterable[Command]) -> list[str]:
    lines = []
    for c in commands:
        example = _("e.g. {example}", example=esc(_(c.example)))
        lines.append(f"/{c.name} — {esc(_(c.description))}\n   <i>{example}</i>")
    return lines


def help_text(*, is_admin: bool) -> str:
    parts = ["<b>" + _("Commands") + "</b>", *_command_lines(USER_COMMANDS)]
    if is_admin:
        parts += ["", "<b>" + _("Admin commands") + "</b>", *_command_lines(ADMIN_COMMANDS)]
        parts.append(_("You can also send a .txt/.html/.md file to add it."))
    return "\n".join(parts)


def topics_list(counts: Sequence[tuple[str, int]]) -> str:
    if not counts:
        return _("No topics yet — there are no articles. Admins can add some with /add.")
    lines = ["<b>" + _("Topics of recent articles") + "</b>"]
    lines += [f"• {esc(topic, 80)} ({format_number(n)})" for topic, n in counts]
    lines.append("\n" + _("Tap a topic to subscribe, or send /subscribe TOPIC."))
    return pack(["\n".join(lines)])[0]


def subscriptions_list(
    subs: Sequence[Subscription],
    limit: int,
    *,
    mutes: Sequence[str] = (),
    in_topic: bool = False,
    paused_in_topics: int = 0,
) -> list[str]:
    """A chat's (or one forum topic's) subscriptions with their exclusions, and the chat's mutes
    (several messages when 50 subscriptions with 10 exclusions each do not fit one).

    ``paused_in_topics``: the chat's topic subscriptions that are paused, noted in General so a
    closed or deleted topic's silence is explained where people look."""
    if not subs:
        if in_topic:
            lines = [_("This topic has no subscriptions. Try /topics or /subscribe ukraine.")]
        else:
            lines = [_("This chat has no subscriptions. Try /topics or /subscribe ukraine.")]
    else:
        if in_topic:
            heading = _("<b>Subscriptions in this topic</b> ({count})", count=len(subs))
        else:
            heading = _("<b>Subscriptions</b> ({count}/{limit})", count=len(subs), limit=limit)
        lines = [heading]
        for s in subs:
            line = f"• {esc(s.topic, 100)}"
            if s.exclude:
                line += " — " + _("except {words}", words=exclusions_text(s.exclude))
            if s.paused:
                line += " ⏸ <i>" + _("paused: this topic was closed; reopen it or /subscribe here again") + "</i>"
            lines.append(line)
    if paused_in_topics:
        lines.append(
            "\n⏸ "
            + ngettext(
                "{count} subscription in this group's topics is paused: the topic was closed or deleted. "
                "Reopen it, or send /subscribe there again; /subscriptions inside a topic lists its own.",
                "{count} subscriptions in this group's topics are paused: the topic was closed or deleted. "
                "Reopen it, or send /subscribe there again; /subscriptions inside a topic lists its own.",
                paused_in_topics,
            )
        )
    if mutes:
        lines.append("\n" + _("Muted in all of this chat's subscriptions: {words} (/unmute WORD)", words=exclusions_text(mutes)))
    if subs:
        lines.append(
            "\n" + _("Remove one with /unsubscribe TOPIC; exclude words with <code>/subscribe TOPIC -word</code>.")
        )
    return pack(lines, sep="\n")


def exclusions_text(words: Sequence[str]) -> str:
    """Excluded or muted words for display: football, “transfer window” (escaped)."""
    # TRANSLATORS: a quoted phrase or quote: use your language's quotation marks («…», „…“)
    return ", ".join(esc(w, 64) if " " not in w else _("“{phrase}”", phrase=esc(w, 64)) for w in words)


def mutes_list(mutes: Sequence[str], limit: int) -> str:
    if not mutes:
        return _(
            "Nothing is muted in this chat. Mute a word in all its subscriptions with <code>/mute football</code>."
        )
    heading = _("<b>Muted in this chat</b> ({count}/{limit}): {words}", count=len(mutes), limit=limit,
                words=exclusions_text(mutes))
    return heading + "\n" + _(
        "Briefings with one of these in the title, summary or topics are not sent here. "
        "Remove one with /unmute WORD."
    )


def settings_text(s: ChatSettings) -> str:
    if s.mode == "instant":
        mode = _("instant alerts")
    else:
        mode = _("daily digest at {time}", time=esc(s.digest_time))
    if s.quiet_start and s.quiet_end:
        quiet = f"{esc(s.quiet_start)}–{esc(s.quiet_end)}"
    else:
        # TRANSLATORS: quiet hours are off
        quiet = _("off")
    lines = [
        "<b>" + _("Delivery settings") + "</b>",
        _("Mode: {mode}", mode=mode),
        _("Quiet hours: {hours}", hours=quiet),
        _("Time zone: {zone}", zone=esc(s.timezone)),
        "",
        _("Use the buttons, or set any time zone with <code>/settings tz Europe/Kyiv</code>."),
    ]
    return "\n".join(lines)


DELIVERY_STATUSES = {
    # TRANSLATORS: states of pushes in /stats (for admins): waiting, being sent, sent, given up
    "pending": N_("pending"), "sending": N_("sending"), "sent": N_("sent"), "failed": N_("failed"),
    "digest": N_("waiting for a digest"),
}  # fmt: skip


def stats_text(stats: Stats) -> str:
    deliveries = ", ".join(
        f"{esc(_(DELIVERY_STATUSES.get(k, k)))} {format_number(v)}" for k, v in sorted(stats.deliveries.items())
    ) or _("none")
    lines = [
        "<b>" + _("Stats") + "</b>",
        _("Articles: {count}", count=format_number(stats.articles)),
        _("Chats: {count} ({active} active)", count=format_number(stats.chats), active=format_number(stats.active_chats)),
        _("Subscriptions: {count}", count=format_number(stats.subscriptions)),
        _("Deliveries: {summary}", summary=deliveries),
        _("Feeds: {count}", count=format_number(stats.feeds)),
    ]
    return "\n".join(lines)


def feeds_list(feeds: Sequence[Feed]) -> str:
    """As many feeds as one message holds; past that, how many more and where to get them all."""
    if not feeds:
        return _("No feeds. Add one with /feed_add https://example.com/rss or upload an .opml file")
    text = "<b>" + _("Feeds ({count})", count=format_number(len(feeds))) + "</b>"
    for shown, f in enumerate(feeds):
        line = f"• {esc(f.url, 200)}"
        if f.title:
            line += f" — {esc(f.title, 80)}"
        if f.errors:
            problem = esc(reason_text(f.last_error or ""), 120)
            line += "\n  ⚠️ " + ngettext("{count} error: {problem}", "{count} errors: {problem}", f.errors, problem=problem)
        more = "\n" + ngettext(
            "…and {count} more: /feeds_export sends the whole list as a file.",
            "…and {count} more: /feeds_export sends the whole list as a file.",
            len(feeds) - shown,
        )
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
    head = "<b>" + _("Feed list imported") + "</b>: " + _(
        "{added} added, {present} already present, {refused} refused.",
        added=format_number(added), present=format_number(present), refused=format_number(len(refused)),
    )
    if added:
        head += " " + _("New feeds are polled within a minute.")
    lines = [head]
    by_reason: dict[str, list[str]] = {}
    for url, reason in refused:
        by_reason.setdefault(reason, []).append(url)
    for reason, urls in list(by_reason.items())[:REFUSED_REASONS_SHOWN]:
        shown = ", ".join(f"<code>{esc(url, 80)}</code>" for url in urls[:REFUSED_URLS_SHOWN])
        if len(urls) > REFUSED_URLS_SHOWN:
            hidden = len(urls) - REFUSED_URLS_SHOWN
            shown = _("{urls} and {count} more", urls=shown, count=format_number(hidden))
        lines.append(f"• {esc(reason_text(reason), 120)} {shown}")
    if len(by_reason) > REFUSED_REASONS_SHOWN:
        rest = sum(len(urls) for urls in list(by_reason.values())[REFUSED_REASONS_SHOWN:])
        lines.append("• " + ngettext(
            "…and {count} more refused for other reasons.", "…and {count} more refused for other reasons.", rest
        ))
    return pack(lines, sep="\n")


def feed_health_text(failing: Sequence[Feed], recovered: Sequence[Feed], *, after: int) -> list[str]:
    """One admin message per poll cycle: feeds that started failing, feeds that work again."""
    lines: list[str] = []
    for feeds, head in (
        (failing, "⚠️ <b>" + ngettext(
            "{count} feed failed {after} polls in a row", "{count} feeds failed {after} polls in a row",
            len(failing), after=after,
        ) + "</b> " + _("(still retried, less often):")),
        (recovered, "✅ <b>" + ngettext("{count} feed works again", "{count} feeds work again", len(recovered))
         + "</b>:"),
    ):
        if not feeds:
            continue
        lines.append(head)
        for f in feeds[:FEED_HEALTH_SHOWN]:
            line = f"• {esc(f.url, 100)}"
            if f.title:
                line += f" — {esc(f.title, 60)}"
            if f.errors and f.last_error:
                line += f": {esc(reason_text(f.last_error), 100)}"
            lines.append(line)
        if len(feeds) > FEED_HEALTH_SHOWN:
            lines.append(ngettext(
                "…and {count} more (/feeds lists them).", "…and {count} more (/feeds lists them).",
                len(feeds) - FEED_HEALTH_SHOWN,
            ))
    return pack(lines, sep="\n")


def added_text(article: Article, *, bot_username: str | None = None) -> list[str]:
    """Reply to /add: where to find it again, then the briefing itself (speakers linked as in /brief)."""
    head = _("✅ Added as #{id} — open it again with /brief {id}", id=article.id)
    return pack([head, *_briefing_blocks(article, bot_username=bot_username)])
