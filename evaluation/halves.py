"""The tuning half and the untuned half of every dev set, fixed once for all tasks.

Why: a figure measured on the data a rule was tuned on says little about unseen pages (the
held-back check found the dev extraction F1 0.969 falling to 0.962, and a clear summary margin
over Lead-3 shrinking to nothing). New rules and constants are tuned on the *tuning* half only;
``briefbot eval`` reports the *untuned* half beside the whole-dev figure, so over-fitting shows
as a gap between the two.

Items are assigned by a hash of a *group* key, not by position, so the split does not move
when items are added or re-ordered, and pages of one site (or one publisher) stay on one side:
the untuned half then holds sites the rules were never tuned on, as the held-back pages may.
Constants set before this split existed were tuned on the whole dev sample; the untuned half
guards the changes made since.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import urlsplit

T = TypeVar("T")

TUNING = "tuning half"
UNTUNED = "untuned half"


def half_of(group: str) -> str:
    """``TUNING`` or ``UNTUNED`` for a group key (a site, a publisher, an item id)."""
    digest = hashlib.sha256(group.encode("utf-8")).digest()
    return TUNING if digest[0] % 2 == 0 else UNTUNED


def site_of(url: str) -> str:
    """The host without ``www.``: pages of one site share a half."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or url
    return host.removeprefix("www.")


def split(items: Sequence[T], group: Callable[[T], str]) -> dict[str, list[T]]:
    """``{"dev": all, TUNING: [...], UNTUNED: [...]}``, each in the original order."""
    out: dict[str, list[T]] = {"dev": list(items), TUNING: [], UNTUNED: []}
    for item in items:
        out[half_of(group(item))].append(item)
    return out
