"""The command list: ONE source of truth for /help and for ``set_my_commands``.

Each entry carries the command, a one-line description (shown in Telegram's menu) and an
example (shown by /help). Admin commands are registered only in each admin's chat scope.
Descriptions and examples are marked for translation here and translated where shown
(``_(command.description)``); command names are never translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import N_


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    example: str


# TRANSLATORS: the examples after the command name may use words of your language (topics and
# searches work in every language); keep the command itself (/latest, /subscribe …) as it is.
USER_COMMANDS: tuple[Command, ...] = (
    Command("start", N_("What this bot does"), "/start"),
    Command("help", N_("Every command with an example"), "/help"),
    Command("latest", N_("Newest briefings, optionally on a topic"), N_("/latest 5 ukraine")),
    Command("brief", N_("One full briefing by its id"), "/brief 12"),
    Command("search", N_("Search all briefings"), N_("/search drone attack")),
    Command("quotes", N_("What someone said across all briefings"), "/quotes Umerov"),
    Command("story", N_("One story's articles and what each added"), "/story 12"),
    Command("topics", N_("Topics of recent articles"), "/topics"),
    Command("subscribe", N_("Get new briefings on a topic; -word leaves some out"), N_("/subscribe ukraine -football")),
    Command("unsubscribe", N_("Stop a topic"), N_("/unsubscribe energy")),
    Command("subscriptions", N_("This chat's topics (also /mysubs)"), "/subscriptions"),
    Command("mute", N_("Never send briefings with this word here"), N_("/mute football")),
    Command("unmute", N_("Stop muting a word"), N_("/unmute football")),
    Command("mutes", N_("Words muted in this chat"), "/mutes"),
    Command("settings", N_("Instant alerts or a daily digest, quiet hours, time zone"), "/settings"),
    Command("language", N_("The language I write in here"), "/language uk"),
    Command("cancel", N_("Drop a pending step"), "/cancel"),
)

ADMIN_COMMANDS: tuple[Command, ...] = (
    Command("add", N_("Add an article: URL, pasted text, reply or file"), "/add https://example.com/news/1"),
    Command("remove", N_("Remove a briefing"), "/remove 12"),
    Command("stats", N_("Bot statistics"), "/stats"),
    Command("feeds", N_("List RSS/Atom feeds"), "/feeds"),
    Command("feed_add", N_("Poll a feed for new articles"), "/feed_add https://example.com/rss"),
    Command("feed_remove", N_("Stop polling a feed"), "/feed_remove https://example.com/rss"),
    Command("feeds_import", N_("Add every feed of an .opml file (reply to it)"), "/feeds_import"),
    Command("feeds_export", N_("The feed list as an .opml file"), "/feeds_export"),
)

#: Accepted but not listed in the menu (Telegram menus should stay short).
ALIASES: dict[str, str] = {"mysubs": "subscriptions"}

START_EXAMPLES: tuple[str, ...] = ("/latest", N_("/search energy prices"), N_("/subscribe ukraine"))
