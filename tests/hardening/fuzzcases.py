"""Deterministic generators of hostile updates (seeded ``random.Random``), no I/O.

Each :class:`Case` is one update to inject through the fake Bot API. ``expects_reply`` marks
what must get an answer: a command or text in a private chat. Every such case gets a private
chat of its own, so "a reply arrived in that chat" is an exact, order-free check.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

USER_COMMANDS = ("start", "help", "latest", "brief", "search", "quotes", "story", "topics", "subscribe",
                 "unsubscribe", "subscriptions", "mysubs", "settings", "cancel", "mute", "unmute", "mutes",
                 "language")
ADMIN_COMMANDS = ("add", "remove", "stats", "feeds", "feed_add", "feed_remove", "feeds_import", "feeds_export")
UNKNOWN_COMMANDS = ("foo", "DROP", "start_", "a" * 32, "админ", "stats2", "add@otherbot", "help@someone_else_bot")
ALL_COMMANDS = USER_COMMANDS + ADMIN_COMMANDS + UNKNOWN_COMMANDS

ODD_ARGS = (
    "-1", "0", "-0", "+7", "99999999999999999999", "-99999999999999999999", "1e308", "NaN", "#-5", "#",
    "12 34", "🔥💥🚀", "👨‍👩‍👧‍👦", "<b>bold</b>", "<script>alert(1)</script>", "</code><i>x", "&amp;&lt;&",
    "'; DROP TABLE articles; --", "1 OR 1=1", '"a" NEAR(b) OR title:*', "title:* AND NOT body:x",
    "*", '"', "(", ")", "NEAR(", "^x", "a\x00b", "\x01\x02\x1b[31mred", "\u202eevil\u202c",
    "a\u200bb\u200dc\u2060", "\ufeffbom", "Europe/../../etc/passwd", "tz Mars/Olympus", "digest 25:61",
    "quiet 22:00 22:00", "quiet", "instant extra", "http://127.0.0.1/", "javascript:alert(1)",
    "file:///etc/passwd", "x" * 300, "energy " * 60, "%s%n%x", "{0}{1}", "\\", "\n\n\n", "ß ﬁ İ ǅ",
    # exclusions and mutes: minus signs, quotes, nesting, long phrases, a would-be catastrophic regex
    "-", "--", '-"', '-""', '"-a" -"b', "—–−", "ukraine -football -\"transfer window\"", "-ukraine ukraine",
    "a -" + "b" * 200, '-"' + "x " * 40, "(a+)+$ -(a|a)*", "-.* -[a-z]+ -\\d{99999}", "« -»", "-“", "ukraine" + " -w" * 30,
    # /language: codes in every spelling, names, region tags, nonsense, flags, paths
    "uk", "UK", "ru-RU", "de_AT", "en-GB-oxendict", "ua", "Deutsch", "УКРАЇНСЬКА", "русский", "xx", "zz-ZZ",
    "uk uk", "🇺🇦", "🇩🇪", "de\x00", "../de", "lang:uk", "en-", "-de", "e n", "ukrainian" * 30,
)
# Code-point ranges for random text: ASCII, controls, Latin, Cyrillic, Arabic/Hebrew (RTL),
# CJK, emoji, zero-width/bidi marks, private use. Surrogates (not encodable in JSON) are skipped.
_RANGES = ((0x20, 0x7E), (0x00, 0x1F), (0xA0, 0x24F), (0x400, 0x4FF), (0x590, 0x6FF), (0x4E00, 0x4FFF),
           (0x1F300, 0x1F6FF), (0x200B, 0x202E), (0xE000, 0xE0FF), (0xFFF0, 0xFFFD))


@dataclass
class Case:
    category: str
    kind: str  # text | message | edited | channel | document | press | raw_press
    chat_id: int
    text: str | None = None
    user_id: int | None = None
    expects_reply: bool = False
    options: dict[str, Any] = field(default_factory=dict)


def random_text(rng: random.Random, length: int) -> str:
    chars = []
    for _ in range(length):
        low, high = rng.choice(_RANGES)
        chars.append(chr(rng.randint(low, high)))
    return "".join(chars)


def clip_utf16(text: str, units: int) -> str:
    """Telegram's 4,096 limit counts UTF-16 units (emoji are 2)."""
    out, used = [], 0
    for ch in text:
        size = 2 if ord(ch) > 0xFFFF else 1
        if used + size > units:
            break
        out.append(ch)
        used += size
    return "".join(out)


def odd_arg(rng: random.Random) -> str:
    return rng.choice(ODD_ARGS) if rng.random() < 0.75 else random_text(rng, rng.randint(1, 40))


def command_text(rng: random.Random, name: str) -> str:
    suffix = "@briefbot_test_bot" if rng.random() < 0.2 else ""
    args = " ".join(odd_arg(rng) for _ in range(rng.choice((0, 1, 1, 1, 2, 3))))
    return f"/{name}{suffix} {args}".rstrip(" ")


def random_callback_data(rng: random.Random) -> str:
    """Random bytes read as text (as a buggy/hostile client would), ≤ 64 UTF-8 bytes."""
    raw = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))).decode("latin-1")
    while len(raw.encode("utf-8")) > 64:
        raw = raw[:-1]
    return raw or "x"


def forged_callback_data(rng: random.Random, stolen: list[str]) -> str:
    """Valid-looking payloads: huge ids/offsets, unknown tokens, other chats' buttons."""
    choices = [
        f"b:{rng.choice(('99999999999', '0', '-1', '1e9', str(rng.randint(1, 10**12))))}",
        f"p:l:{rng.randrange(16**8):x}:{rng.choice((0, 5, 999999, 123456))}",
        f"p:s:{rng.randrange(16**12):x}:99999999",
        "p:x:1:1", "noop", "t:", f"t:{odd_arg(rng)}"[:60], "s:", "s:mode:admin", "s:mode:", "s:dt:99:99",
        "s:dt:7:00", "s:q:00-24", "s:tz:Mars/Olympus", "s:tz:../../etc/passwd", "s:tz:", "admin:stats",
        "a:remove:1", "remove:1", f"p:q:{rng.randrange(16**8):x}:{rng.choice((0, 5, 999999))}", "q:",
        f"q:{odd_arg(rng)}"[:60], f"st:{rng.choice(('99999999999', '0', '-1', '1', 'x'))}",
        "lang:", "lang:uk", "lang:xx", "lang:../de", "lang:ru-RU", f"lang:{odd_arg(rng)}"[:60],
    ]
    if stolen and rng.random() < 0.4:
        return rng.choice(stolen)
    return rng.choice(choices)
