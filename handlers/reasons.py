"""Reasons lower layers put into exceptions (``net.fetch``, ``briefing.documents``,
``storage``), shown to users in their language.

Those layers stay free of the interface (they raise English, one fixed phrase per reason, with at
most one number in it); this table translates each phrase at the edge. A phrase is looked up
with its number replaced by ``{number}``, so "That page is larger than 5 MB, which is my limit."
finds "That page is larger than {number} MB, which is my limit.". A phrase missing here shows in
English; ``tests/handlers/test_catalogs.py`` fails naming it, so a new reason gets its entry.
"""

from __future__ import annotations

import re

from .i18n import N_, _

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
_NUMBER = re.compile(r"\d+")


def reason_text(reason: str) -> str:
    """``reason`` in the current language when it is one of ``PHRASES``, else as it is."""
    if reason in _KNOWN:
        return _(reason)
    numbers = _NUMBER.findall(reason)
    if len(numbers) == 1:
        template = _NUMBER.sub("{number}", reason)
        if template in _KNOWN:
            return _(template, number=numbers[0])
    return reason
