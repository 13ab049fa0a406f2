"""How far a split's ratio could move on other articles like these: an article bootstrap.

Why: the quote splits hold 26 to ~420 articles, and one article can carry a dozen quotes whose
speaker the rules all miss (a transcript, a live blog). A gap between two quarters of the same
corpus (untuned A 0.95, untuned B 0.91 in session 6) says little until one knows how much a
quarter of ~240 articles moves by which articles it happens to hold. Resampling *articles*, not
quotes, keeps an article's quotes together, as they share its style and its errors.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

RESAMPLES = 2000
LEVEL = 0.95


def ratio_interval(
    items: Sequence[tuple[float, float]], *, resamples: int = RESAMPLES, level: float = LEVEL, seed: int = 0
) -> tuple[float, float]:
    """Percentile interval of ``sum(numerators) / sum(denominators)`` over ``items`` drawn with
    replacement (one item per article); a draw whose denominators sum to 0 is skipped.

    Seeded, so ``make eval`` prints the same interval on the same figures."""
    if not items:
        return (0.0, 0.0)
    rng = random.Random(seed)
    ratios: list[float] = []
    for _ in range(resamples):
        drawn = rng.choices(items, k=len(items))
        den = sum(d for _, d in drawn)
        if den:
            ratios.append(sum(n for n, _ in drawn) / den)
    if not ratios:
        return (0.0, 0.0)
    ratios.sort()
    tail = (1.0 - level) / 2
    low = ratios[int(tail * (len(ratios) - 1))]
    high = ratios[round((1.0 - tail) * (len(ratios) - 1))]
    return (low, high)
