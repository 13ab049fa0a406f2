"""``list_entries.split_glued_numbers``: a list number glued to its entry's first word is split
again only inside a numbered list, and the entry's pronoun then reads as the list's subject."""

from __future__ import annotations

import pytest

from briefing.clean import clean_blocks
from briefing.list_entries import split_glued_numbers
from briefing.models import BriefingOptions
from briefing.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1He said a crowd cheered.\n2He said he won.\n", "1. He said a crowd cheered.\n2. He said he won.\n"),
        ("4Before the vote, he spoke.\n5Sen. Kell said no.\n", "4. Before the vote, he spoke.\n5. Sen. Kell said no.\n"),
        ("1 “We won,” he said.\n2The crowd cheered.\n", "1 “We won,” he said.\n2. The crowd cheered.\n"),
    ],
)
def test_a_glued_number_of_a_list_is_split(text: str, expected: str) -> None:
    assert split_glued_numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1He said a crowd cheered.\nNo one did.\n",  # no other entry: no list
        "1Xtra played the song.\n2Xtra played it again.\n",  # a brand glued to its number
        "14Lester Holt spoke.\n15Lester Holt spoke again.\n",  # a name: maybe one with the number
        "2016 was the year.\n5G networks grew.\n3D printing spread.\n",  # a year, codes
    ],
)
def test_other_digits_opening_a_line_stay(text: str) -> None:
    assert split_glued_numbers(text) == text


def test_the_split_entry_opens_on_the_lists_subject() -> None:
    text = (
        "Mr. Vance's account of his career leaves out every failure.\n\n"
        "1He said the bank “never asked for a single cent back.”\n\nThe bank's lawyer, Tom Pike, sued him.\n\n"
        "2He said that when Tom Pike asked him about it, it was “the first time anyone had asked me about money.”\n"
    )
    quotes = find_quotes(clean_blocks(text), options=BriefingOptions())
    assert [q.speaker for q in quotes] == ["Vance", "Vance"]
