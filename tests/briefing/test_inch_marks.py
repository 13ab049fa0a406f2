"""A straight double mark right after a digit is an inch mark ('at 5'10"', 'a 15" laptop'), not a
quote opening: it took the rest of a review's paragraph for a quote (session 32, fundus pages)."""

from __future__ import annotations

from briefing.models import Block, BriefingOptions
from briefing.quote_marks import find_double_quotes
from briefing.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_double_quotes(text)]


def test_an_inch_mark_opens_no_quote() -> None:
    assert _quoted('At 5\'10", there was plenty of room in the bag for my water bottles and boots.') == []
    assert _quoted('The 15" laptop weighs less than the old 13" one, and it is faster.') == []
    text = 'At 5\'10", I had room to spare, and the tester said "it fits anyone under six feet" on the day.'
    assert _quoted(text) == ["it fits anyone under six feet"]
    assert [q.text for q in find_quotes([Block(text=text)], options=BriefingOptions())] == ["it fits anyone under six feet"]


def test_a_mark_after_a_digit_still_closes_an_open_quote() -> None:
    assert _quoted('He said "I paid 20" and left the shop.') == ["I paid 20"]
    assert _quoted('The "2" was odd.') == ["2"]
