"""The shared send budget's arithmetic (GCRA), the same for every backend.

The stored state is the theoretical arrival time ``tat`` (unix seconds) of the next send; a
backend reads and writes it atomically and calls ``book``.
"""

from __future__ import annotations

META_PREFIX = "rate:"
"""Budgets live in ``meta`` under this prefix (no schema of their own)."""


def book(tat: float | None, now: float, *, interval: float, burst: int) -> tuple[float, float]:
    """(new tat, seconds to wait) for one send at ``now``: sends are spaced ``interval`` apart
    with up to ``burst`` of them allowed at once after a quiet spell."""
    base = max(tat if tat is not None else now, now)
    tolerance = max(0, burst - 1) * interval
    return base + interval, max(0.0, base - tolerance - now)
