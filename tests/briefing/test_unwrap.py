"""Hard-wrapped lines back into paragraphs, and lines broken on purpose kept apart."""

from __future__ import annotations

import textwrap

import pytest

from briefing.unwrap import unwrap

STORY = (
    "The regional government declared an emergency in three districts on Monday after the river "
    "burst its banks, and ordered about 4,000 people to leave their homes before nightfall. "
    "Rescue teams in boats reached isolated villages overnight, while the army sent helicopters "
    "with food, drinking water and medicine to places the roads no longer reach."
)
SECOND = (
    "Forecasters expect the rain to ease by the weekend, though river levels could keep rising "
    "for several days as water drains from the hills, the weather service said."
)


def texts(text: str) -> list[str]:
    return [p.text for p in unwrap(text)]


@pytest.mark.parametrize("width", [60, 72, 76, 80])
def test_paragraphs_wrapped_at_any_common_width_are_joined(width: int) -> None:
    wrapped = textwrap.fill(STORY, width) + "\n\n" + textwrap.fill(SECOND, width)
    assert texts(wrapped) == [STORY, SECOND]


def test_wrapped_paragraphs_separated_by_single_newlines_stay_apart() -> None:
    # the last line of a paragraph is short, so the next paragraph's first word would have fitted
    wrapped = textwrap.fill(STORY, 72) + "\n" + textwrap.fill(SECOND, 72)
    assert texts(wrapped) == [STORY, SECOND]


def test_one_paragraph_per_line_is_never_joined() -> None:
    lines = [
        "Officials said the vote would take place on Friday.",
        STORY,
        "The opposition said it would boycott the vote.",
        SECOND,
        "Results are expected on Monday, the commission said.",
    ]
    assert texts("\n".join(lines)) == lines


def test_lines_of_similar_length_are_not_taken_for_wrapping() -> None:
    # three one-line paragraphs of 60-70 characters each, pasted without blank lines
    lines = [
        "The central bank kept its main rate at 4.5 percent on Thursday.",
        "Consumer prices rose 2.9 percent in May from a year earlier.",
        "Economists expect the first cut in September, a poll showed.",
    ]
    assert texts("\n".join(lines)) == lines


def test_list_items_headings_and_separators_keep_their_lines() -> None:
    text = (
        textwrap.fill(STORY, 72)
        + "\n\nWhat was decided\n"
        + "- schools close until Wednesday\n"
        + "- buses replace the ferry\n"
        + "1. a curfew from 22:00\n"
        + "---\n"
        + "## Background\n"
        + textwrap.fill(SECOND, 72)
    )
    assert texts(text) == [
        STORY,
        "What was decided",
        "- schools close until Wednesday",
        "- buses replace the ferry",
        "1. a curfew from 22:00",
        "## Background",
        SECOND,
    ]


def test_a_title_above_a_wrapped_paragraph_stays_its_own_line() -> None:
    paragraphs = unwrap("River floods three districts\n" + textwrap.fill(STORY, 72))
    assert [(p.text, p.lines) for p in paragraphs][0] == ("River floods three districts", 1)
    assert paragraphs[1].text == STORY and paragraphs[1].lines > 1


def test_an_unbreakable_long_line_does_not_hide_the_wrapping() -> None:
    url = "https://floods.example.gov/emergency/notices/2026/region-north/evacuation-order-4000"
    text = textwrap.fill(STORY, 72) + "\n" + url + "\n\n" + textwrap.fill(SECOND, 72)
    assert texts(text)[-1] == SECOND


def test_a_word_hyphenated_at_a_line_end_is_joined_without_a_space() -> None:
    text = (
        "The government promised long-\nterm help for the farmers whose fields were flooded this week,\n"
        "and said that the first payments would reach their accounts before the\n"
        "end of the month, according to the agriculture minister's office.\n"
    )
    assert texts(text) == [
        "The government promised long-term help for the farmers whose fields were flooded this week, "
        "and said that the first payments would reach their accounts before the end of the month, "
        "according to the agriculture minister's office."
    ]


def test_unfinished_line_followed_by_lower_case_continues_without_a_width() -> None:
    assert texts("The storm hit the coast\non Sunday night.") == ["The storm hit the coast on Sunday night."]
    assert texts("The storm hit the coast.\nIt rained.") == ["The storm hit the coast.", "It rained."]


def test_a_blank_line_inside_a_quoted_sentence_is_read_through() -> None:
    # a web page's break in the middle of a quoted sentence: the next paragraph starts in lower
    # case and closes the quote (session 32, fundus pages)
    broken = "“The session reviewed the damage as weather conditions\n\ndeteriorate,” Ann Roe said.\n\nThe rain goes on."
    assert texts(broken) == ["“The session reviewed the damage as weather conditions deteriorate,” Ann Roe said.", "The rain goes on."]


def test_paragraphs_after_a_closed_quote_or_a_capital_stay_apart() -> None:
    # a run's next paragraph opens its own mark; a closed quote, a heading or a capital ends it
    for text in (
        "“We won the vote.\n\n“It was hard,” Ann Roe said.",
        "“We won the vote,” Ann Roe said of the\n\nresult in the end.",
        "The rain goes on\n\nresidents were told to stay indoors.",
        "“The session reviewed the damage as weather conditions\n\nDeteriorate,” Ann Roe said.",
    ):
        assert len(texts(text)) == 2, text
