"""The article bootstrap behind the quote table's intervals (``evaluation.bootstrap``)."""

from __future__ import annotations

from evaluation.bootstrap import ratio_interval


def test_the_interval_holds_the_pooled_ratio_and_is_reproducible() -> None:
    items = [(9, 10), (7, 10), (10, 10), (4, 8), (12, 12), (0, 3), (5, 6), (8, 9)]
    pooled = sum(n for n, _ in items) / sum(d for _, d in items)
    low, high = ratio_interval(items)
    assert low < pooled < high
    assert ratio_interval(items) == (low, high)


def test_articles_that_agree_leave_no_spread() -> None:
    assert ratio_interval([(3, 4), (6, 8), (9, 12)]) == (0.75, 0.75)


def test_more_articles_of_the_same_mix_narrow_the_interval() -> None:
    few = [(9, 10), (5, 10), (10, 10), (6, 10)]
    low, high = ratio_interval(few)
    many_low, many_high = ratio_interval(few * 10)
    assert many_high - many_low < (high - low) / 2


def test_draws_with_nothing_to_judge_are_skipped() -> None:
    assert ratio_interval([(0, 0), (0, 0)]) == (0.0, 0.0)
    assert ratio_interval([]) == (0.0, 0.0)
    assert ratio_interval([(0, 0), (1, 2)]) == (0.5, 0.5)
