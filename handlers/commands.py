"""The command list: ONE source of truth for /help and for ``set_my_commands``.

Each entry carries the command, a one-line description (shown in Telegram's menu) and an
example (shown by /help). Admin commands are registered only in each admin's chat scope.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    example: str


USER_COMMANDS: tuple[Command, ...] = (
    Command("start", "What this bot does", "/start"),
    Command("help", "Every command with an example", "/help"),
    Command("latest", "Newest briefings, optionally on a topic", "/latest 5 ukraine"),
    Command("brief", "One full briefing by its id", "/brief 12"),
    Command("search", "Search all briefings", "/search drone attack"),
    Command("quotes", "What someone said across all briefings", "/quotes Umerov"),
    Command("story", "One story's articles and what each added", "/story 12"),
    Command("topics", "Topics of recent articles", "/topics"),
    Command("subscribe", "Get new briefings on a topic; -word leaves some out", "/subscribe ukraine -football"),
    Command("unsubscribe", "Stop a topic", "/unsubscribe energy"),
    Command("subscriptions", "This chat's topics (also /mysubs)", "/subscriptions"),
    Command("mute", "Never send briefings with this word here", "/mute football"),
    Command("unmute", "Stop muting a word", "/unmute football"),
    Command("mutes", "Words muted in this chat", "/mutes"),
    Command("settings", "Instant alerts or a daily digest, quiet hours, time zone", "/settings"),
    Command("cancel", "Drop a pending step", "/cancel"),
)

ADMIN_COMMANDS: tuple[Command, ...] = (
    Command("add", "Add an article: URL, pasted text, reply or file", "/add https://example.com/news/1"),
    Command("remove", "Remove a briefing", "/remove 12"),
    Command("stats", "Bot statistics", "/stats"),
    Command("feeds", "List RSS/Atom feeds", "/feeds"),
    Command("feed_add", "Poll a feed for new articles", "/feed_add https://example.com/rss"),
    Command("feed_remove", "Stop polling a feed", "/feed_remove https://example.com/rss"),
    Command("feeds_import", "Add every feed of an .opml file (reply to it)", "/feeds_import"),
    Command("feeds_export", "The feed list as an .opml file", "/feeds_export"),
)

#: Accepted but not listed in the menu (Telegram menus should stay short).
ALIASES: dict[str, str] = {"mysubs": "subscriptions"}

START_EXAMPLES: tuple[str, ...] = ("/latest", "/search energy prices", "/subscribe ukraine")
