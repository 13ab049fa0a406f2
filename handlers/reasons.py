"""Reasons lower layers put into exceptions (``net.fetch``, ``briefing.documents``,
``storage``), shown to users in their language.

Those layers stay free of the interface (they raise English, one fixed phrase per reason, its
only variable parts numbers); this table translates each phrase at the edge. A phrase with
``{placeholders}`` matches a reason with numbers in their places, so "That page is larger than
5 MB, which is my limit." finds "That page is larger than {number} MB, which is my limit." and
the number is written the local way. A phrase missing here shows in English;
``tests/handlers/test_catalogs.py`` fails naming it, so a new reason gets its entry.
"""

from __future__ import annotations

import re

from .i18n import N_, _, format_number

PHRASES: tuple[str, ...] = (
    # net/fetch.py (FetchError and its subclasses)
    N_("That doesn't look like a valid web address."),
    N_("Only http:// and https:// addresses can be fetched."),
    N_("That address points to a private network, which I can't fetch."),
    N_("I couldn't find that site (the name doesn't resolve)."),
    N_("That address redirects too many times."),
    N_("That page is larger than {number} MB, which is my limit."),
    N_("The site took too long to answer."),
    N_("I couldn't connect to that site."),
    N_("The connection to that site broke off."),
    N_("The site answered with an error (HTTP {number})."),
    N_("That address doesn't serve an RSS or Atom feed."),  # bot/feeds.py (a poll's FetchError)
    # briefing/opml.py (OpmlError)
    N_("That file is over {number} MB — too large for a feed list."),
    N_("it is over {number} MB."),  # handlers/opml.py: an upload's declared size, before downloading
    N_("That file is empty."),
    N_("That file isn't an OPML feed list (its root element is not <opml>)."),
    N_("That feed list has more than {number} outlines — please split it into smaller files."),
    N_(
        "That file declares XML entities or a DTD reference, which I don't read in feed lists "
        "(they can expand to gigabytes or point at other files)."
    ),
    N_("That file isn't well-formed XML (line {line}, column {column})."),
    N_("I found no feeds in that OPML file (no outline has an xmlUrl)."),
    # briefing/documents.py (UnreadableDocument)
    N_("the .gz file is damaged"),
    N_("this looks like a binary file, not text or HTML"),
    N_("I could not decode this file as text"),
    # storage/topic_rules.py (InvalidTopic)
    N_("a topic is at most {number} characters"),
    N_("a topic needs at least one letter or digit"),
    N_("a topic is at most {number} words"),
    N_("a subscription cannot exclude its own topic"),
    N_("a subscription has at most {number} exclusions"),
    # storage/sqlite/db.py (StorageUnavailable; "busy" has its own message in errors.py)
    N_("the database is read-only"),
    N_("disk I/O error while accessing the database"),
    N_("the disk is full"),
    N_("the database file cannot be opened"),
)
_KNOWN = frozenset(PHRASES)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
"""English digits as the lower layers write them: 12 or 10,000."""


def _pattern(phrase: str) -> re.Pattern[str]:
    pieces = _PLACEHOLDER.split(phrase)  # text, name, text, name, …, text
    return re.compile("".join(
        re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>{_NUMBER})" for i, piece in enumerate(pieces)
    ))  # fmt: skip


_WITH_NUMBERS = tuple((_pattern(p), p) for p in PHRASES if _PLACEHOLDER.search(p))


def reason_text(reason: str) -> str:
    """``reason`` in the current language when it is one of ``PHRASES``, else as it is."""
    if reason in _KNOWN:
        return _(reason)
    if any(c.isdigit() for c in reason):
        for pattern, phrase in _WITH_NUMBERS:
            if match := pattern.fullmatch(reason):
                numbers = {name: format_number(int(v.replace(",", ""))) for name, v in match.groupdict().items()}
                return _(phrase, **numbers)
    return reason
