"""Each reason a sentence cannot be a summary line, on hand-written sentences: one that the
rule must catch and near misses it must leave alone."""

from __future__ import annotations

import pytest

from briefing.summary_lines import unfit_reason

FIT = [
    "The city council approved a new cycle lane along the harbour road on Monday evening.",
    "By 2030, the government wants every new car sold in the country to be electric.",
    "By Tuesday, rescuers had pulled more than forty people from the collapsed building.",
    "iPhone sales fell for the third quarter in a row, the company said on Thursday.",
    "The minister said the plan was “a good start” but warned that more money was needed.",
    "He pictured himself as the heir to a long line of reforming mayors in the city.",
    "In the images, released by the museum, the painter works on three unfinished canvases.",
    "Shares in the bank fell 12% after it reported a loss of $2.1 billion for the year.",
    "(CNN)Soon, the country will have more people over 65 than children under 15.",
]


@pytest.mark.parametrize("text", FIT)
def test_ordinary_news_sentences_are_fit(text: str) -> None:
    assert unfit_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Smith and Tom Brown, Political Reporters",
        "Published: 14:11 EST, 25 October 2013",
        "Scroll down for video The mayor, wearing a red scarf, arrives at the opening of the bridge.",
        "Click here to sign up for our morning newsletter and get the news in your inbox.",
    ],
)
def test_page_furniture(text: str) -> None:
    assert unfit_reason(text) == "page furniture"


@pytest.mark.parametrize(
    "text",
    [
        "Firefighter Tom Reed (pictured) was praised by the coroner for his bravery at the scene.",
        "Suspect: Mark Doyle, 41, pictured in this 2019 mugshot, is wanted by police in two states.",
        "The mayor, left, and her deputy, right, open the new bridge over the river on Friday.",
        "Rescue workers search the rubble in this undated handout image released by the army.",
        "Farmers walk on the dry bed of the reservoir (file photo), which has shrunk to a tenth.",
    ],
)
def test_photo_caption(text: str) -> None:
    assert unfit_reason(text) == "photo caption"


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild every house that the water took from us," the mayor said.',
        "‘I have never seen anything like it in thirty years of farming here,’ said Mr Hale.",
        "“The talks are over, and we are going home now, there is nothing left to say.",
        # A curly apostrophe inside a word does not close a single-quoted quote.
        "But she added: ‘We won’t stop until the last family has a roof over their heads.’",
        "‘It’s the club’s best season in a decade and the fans deserve it,’ said the coach.",
    ],
)
def test_quote(text: str) -> None:
    assert unfit_reason(text) == "quote"


@pytest.mark.parametrize(
    "text",
    [
        "The council said the bridge wasn’t safe and called its ‘temporary’ repair a failure.",
        "Residents’ groups said the mayor’s plan would double the rent of the town’s markets.",
    ],
)
def test_apostrophes_and_a_short_quoted_word_are_not_a_quote(text: str) -> None:
    assert unfit_reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "So what does the new law mean for the millions of people who rent their homes?",
        "Is this the end of the road for the country's oldest car maker?",
    ],
)
def test_question(text: str) -> None:
    assert unfit_reason(text) == "question"


@pytest.mark.parametrize(
    "text",
    [
        "and the council said it would review the decision before the end of the year.",
        "Here is everything you need to know about the new rules for drivers in the city...",
        "The three options the committee put to residents at the meeting were as follows:",
        "A rescue worker carries a child through the flood water in the town of Upton",
    ],
)
def test_fragment(text: str) -> None:
    assert unfit_reason(text) == "fragment"


@pytest.mark.parametrize("text", ["He was 88.", "No wonder.", "Forget learning ABCs.", "More rain is due."])
def test_too_short(text: str) -> None:
    assert unfit_reason(text) == "too short"


def test_word_count_does_not_apply_to_scripts_without_spaces() -> None:
    assert unfit_reason("市政府周一批准了沿港口路修建新自行车道的计划。") is None


def test_empty() -> None:
    assert unfit_reason("   ") == "empty"
