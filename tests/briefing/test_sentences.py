"""Sentence splitting on news prose: abbreviations, decimals, quotes, ellipses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.models import Block
from briefing.sentences import split_blocks, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5. They talked for an hour.",
            ["Mr. Smith met Dr. Jones in the U.S. capital on Jan. 5.", "They talked for an hour."],
        ),
        (
            "The prime minister left No. 10 at 9 a.m. on Friday. Crowds waited on St. James's Street.",
            [
                "The prime minister left No. 10 at 9 a.m. on Friday.",
                "Crowds waited on St. James's Street.",
            ],
        ),
        (
            "Inflation rose 3.5% in May. Growth slowed to 0.2 percent.",
            ["Inflation rose 3.5% in May.", "Growth slowed to 0.2 percent."],
        ),
        (
            "“We will not give up,” he said. “Next week we go back to the table.”",
            ["“We will not give up,” he said.", "“Next week we go back to the table.”"],
        ),
        (
            'He called it "a disgrace." The ministry disagreed.',
            ['He called it "a disgrace."', "The ministry disagreed."],
        ),
        (
            "The talks stalled... Then Moscow called.",
            ["The talks stalled...", "Then Moscow called."],
        ),
        (
            "Did it work? Nobody knows! We will see.",
            ["Did it work?", "Nobody knows!", "We will see."],
        ),
        (
            "Troops landed in the U.S. The president said nothing.",
            ["Troops landed in the U.S.", "The president said nothing."],
        ),
        (
            "George W. Bush met J. K. Rowling in London.",
            ["George W. Bush met J. K. Rowling in London."],
        ),
        (
            "The score was 8.2. Critics were unimpressed.",
            ["The score was 8.2.", "Critics were unimpressed."],
        ),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_split_blocks_numbers_sentences_and_marks_headings() -> None:
    blocks = [
        Block(kind="heading", text="Talks resume"),
        Block(text="Delegates met on Monday. They agreed on a ceasefire."),
    ]
    sentences = split_blocks(blocks)
    assert [(s.block, s.index, s.heading) for s in sentences] == [
        (0, 0, True),
        (1, 1, False),
        (1, 2, False),
    ]
    assert blocks[1].text[sentences[2].start :].startswith(sentences[2].text)


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=4))
def test_every_sentence_is_a_substring_of_its_block(texts: list[str]) -> None:
    blocks = [Block(text=t) for t in texts]
    for sentence in split_blocks(blocks):
        block_text = blocks[sentence.block].text
        assert sentence.text in block_text
        assert block_text[sentence.start : sentence.start + len(sentence.text)] == sentence.text
