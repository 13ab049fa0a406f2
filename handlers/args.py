"""Parsing of command arguments: pure functions, unit-tested without Telegram."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

LATEST_DEFAULT = 5
LATEST_MAX = 20
MAX_QUERY_CHARS = 300
"""Longer search input is cut: nobody types more, and FTS cost grows with terms."""

_ID = re.compile(r"#?(\d{1,12})")


@dataclass(frozen=True)
class LatestArgs:
    count: int = LATEST_DEFAULT
    topic: str | None = None
    note: Literal["min", "max"] | None = None
    """A correction to tell the user about: N was below 1 ("min") or above the maximum ("max")."""


def parse_latest(args: list[str]) -> LatestArgs:
    """``/latest [N] [topic words]``: N anywhere first, clamped to 1..20; the rest is the topic."""
    count: int = LATEST_DEFAULT
    note: Literal["min", "max"] | None = None
    words = list(args)
    if words and re.fullmatch(r"[-+]?\d+", words[0]):
        number = words.pop(0)
        giant = 0 if number.startswith("-") else LATEST_MAX + 1
        raw = int(number) if len(number) <= 6 else giant  # never parse a giant int
        if raw < 1:
            count, note = 1, "min"
        elif raw > LATEST_MAX:
            count, note = LATEST_MAX, "max"
        else:
            count = raw
    topic = " ".join(words).strip()[:MAX_QUERY_CHARS] or None
    return LatestArgs(count=count, topic=topic, note=note)


def parse_article_id(args: list[str]) -> int | None:
    """``/brief 12`` or ``/brief #12``; anything else is None (the handler shows usage)."""
    if len(args) != 1:
        return None
    match = _ID.fullmatch(args[0].strip())
    return int(match.group(1)) if match else None


def clean_query(text: str) -> str:
    """Search input as typed, whitespace-normalised and length-capped (storage quotes terms)."""
    return " ".join(text.split())[:MAX_QUERY_CHARS]


# Exclusions: "-word" or -"a phrase" (any common minus/dash; straight, curly or angle quotes,
# since phone keyboards replace " with “ ”). A fixed pattern without nested repetition, so
# parsing is linear in the (300-character) input; user text is never a pattern itself.
_MINUS = "-\u2212\u2013\u2014"
_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb'
_TERM = re.compile(rf"([{_MINUS}]?)(?:[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]?|(\S+))")


@dataclass(frozen=True)
class SubscriptionArgs:
    topic: str
    """The words to follow, quotes removed ("" when only exclusions were given)."""
    exclude: tuple[str, ...] = ()
    """Minus words and quoted phrases, in order, without the minus and quotes."""


def parse_subscription(text: str) -> SubscriptionArgs:
    """``ukraine -football -"transfer window"`` → topic "ukraine", exclude (football, transfer window).

    A minus counts only at the start of a word ("anti-war" is a topic word); a quoted phrase
    without a minus is part of the topic; an unclosed quote runs to the end.
    """
    topic: list[str] = []
    exclude: list[str] = []
    for match in _TERM.finditer(clean_query(text)):
        minus, phrase, word = match.groups()
        term = " ".join((phrase if phrase is not None else word).split())
        if not term or all(c in _MINUS for c in term):
            continue
        (exclude if minus else topic).append(term)
    return SubscriptionArgs(" ".join(topic), tuple(exclude))


def parse_url(text: str) -> str | None:
    """An absolute http(s) URL with a host, or None."""
    candidate = text.strip()
    if not candidate or any(c.isspace() for c in candidate) or len(candidate) > 2000:
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return candidate


def text_after_command(text: str | None) -> str:
    """Everything after ``/cmd`` or ``/cmd@bot`` (keeps newlines, for pasted articles)."""
    if not text:
        return ""
    stripped = text.lstrip()
    if not stripped.startswith("/"):
        return stripped
    parts = stripped.split(maxsplit=1)
    if len(parts) < 2:
        return ""
    # split(maxsplit=1) ate leading whitespace of line 1 only; keep the body's own newlines
    return stripped[len(parts[0]) :].lstrip(" \t").lstrip("\n")
