"""Near-duplicate rules shared by every backend: SimHash bands, the window, the closest original.

A backend stores the 64-bit fingerprint and its eight 8-bit bands, looks up candidates sharing
a band among the newest ``NEAR_DUP_RECENT`` articles added within ``NEAR_DUP_WINDOW``, and lets
``closest_original`` decide; only the candidate lookup is SQL, so both backends flag the same
articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from briefing.dedup import hamming, simhash

NEAR_DUP_WINDOW = timedelta(days=7)
"""Only recent articles count as "the same story": old near-matches are follow-ups."""

NEAR_DUP_MAX_HAMMING = 7
"""SimHash bits that may differ (of 64) for a near-duplicate. With 8 bands of 8 bits, any pair
within distance 7 shares at least one band exactly (pigeonhole), so the indexed band lookup
finds every candidate. A wire story re-edited by a second outlet lands 2–7 bits away on a
150–250-word body; unrelated stories land ~25–40 bits apart (P(≤ 7) for random 64-bit values
is ~1e-9). Candidates per lookup: ~8/256 of the recent window, checked in Python."""
NEAR_DUP_BANDS = 8
BAND_BITS = 64 // NEAR_DUP_BANDS

NEAR_DUP_RECENT = 2000
"""…and only among the newest this-many articles: the same story arrives from the second outlet
within hours, i.e. well within a day of a busy multi-feed bot. Bounds the candidate read (an id
range on each (band, id) index) however large the store grows."""

NEAR_DUP_MIN_WORDS = 40
"""Shorter bodies give unstable SimHashes (a handful of shingles): no near-dup check."""


def fingerprint(body: str) -> int | None:
    """The body's SimHash, or None when it is too short to be stable."""
    return simhash(body) if len(body.split()) >= NEAR_DUP_MIN_WORDS else None


def signed64(value: int) -> int:
    """Unsigned 64-bit fingerprint → the signed value an int64 column stores."""
    return value - (1 << 64) if value >= 1 << 63 else value


def unsigned64(value: int) -> int:
    return value + (1 << 64) if value < 0 else value


def bands(value: int) -> list[int]:
    mask = (1 << BAND_BITS) - 1
    return [(value >> (BAND_BITS * i)) & mask for i in range(NEAR_DUP_BANDS)]


def closest_original(
    fingerprint: int, candidates: Iterable[tuple[int, int | None, int | None]]
) -> int | None:
    """Id of the original story ``fingerprint`` nearly duplicates (closest, then oldest).

    ``candidates``: (article id, stored signed fingerprint, its ``duplicate_of``) rows that
    share a band; a candidate that is itself a near-duplicate points at its original.
    """
    best: tuple[int, int] | None = None
    for article_id, other, duplicate_of in candidates:
        if other is None:
            continue
        distance = hamming(fingerprint, unsigned64(other))
        if distance > NEAR_DUP_MAX_HAMMING:
            continue
        original = duplicate_of if duplicate_of is not None else article_id
        if best is None or (distance, original) < best:
            best = (distance, original)
    return None if best is None else best[1]
