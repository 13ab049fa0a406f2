"""What a figure counts ends at a sensible phrase boundary: one group of cases per pattern."""

from __future__ import annotations

import pytest

from briefing.figures import extract_quantities
from briefing.models import Figure
from briefing.what_phrase import head_word, read_what


def figure_at(sentence: str, number: str) -> Figure:
    found = [f for f in extract_quantities(sentence) if f.text.lstrip("~ ").find(number) >= 0]
    assert len(found) == 1, [f.text for f in extract_quantities(sentence)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "number", "text", "what"),
    [
        (
            "Kyiv said its drones had destroyed 34% of Russia's cruise missile carriers.",
            "34%",
            "34% of Russia's cruise missile carriers",
            "Russia's cruise missile carriers",
        ),
        (
            "Nuclear plants produce about 12 percent of the world's electricity, the agency said.",
            "12",
            "about 12 percent of the world's electricity",
            "world's electricity",
        ),
        (
            "Nearly 40% of voters' ballots arrived by post this year.",
            "40%",
            "Nearly 40% of voters' ballots",
            "voters' ballots",
        ),
        (
            "Only 21 per cent of Vice President Joe Biden's followers are real people.",
            "21",
            "Only 21 per cent of Vice President Joe Biden's followers",
            "Vice President Joe Biden's followers",
        ),
        (
            "Some 1.5 billion people's posts were scanned by the tool.",
            "1.5",
            "Some 1.5 billion people's posts",
            "people's posts",
        ),
    ],
)
def test_a_possessive_is_never_the_counted_noun(
    sentence: str, number: str, text: str, what: str
) -> None:
    fig = figure_at(sentence, number)
    assert (fig.text, fig.what) == (text, what)


def test_a_contraction_is_not_a_possessive() -> None:
    assert read_what(" that's all we know", 0, allow_of=False) == (None, -1)
    assert read_what(" it's over", 0, allow_of=False) == (None, -1)


@pytest.mark.parametrize(
    ("sentence", "number", "what"),
    [
        (
            "Police seized 10,000 rounds of ammunition in the raid.",
            "10,000",
            "rounds of ammunition",
        ),
        (
            "The report lists 115 instances of violent crime in 2014.",
            "115",
            "instances of violent crime",
        ),
        (
            "The archive holds 55,000 pages of emails that Mrs. Clinton sent.",
            "55,000",
            "pages of emails",
        ),
        (
            "He would bar 1.6 billion members of an entire religion — for now.",
            "1.6",
            "members of an entire religion",
        ),
        ("The council has 12 members of parliament on it.", "12", "members of parliament"),
    ],
)
def test_a_head_keeps_one_short_of_phrase(sentence: str, number: str, what: str) -> None:
    fig = figure_at(sentence, number)
    assert fig.what == what and fig.text.endswith(what)
    assert head_word(what) == what.split(" of ")[0].split()[-1]


@pytest.mark.parametrize(
    ("sentence", "number", "what"),
    [
        # a name goes on past the phrase: showing half of it would mislead
        ("The club has 90 members of Young Americans for Freedom on its list.", "90", "members"),
        # a conjunction carries the phrase on
        ("About 4,000 people of Mexican and Hispanic descent marched.", "4,000", "people"),
        # with no tagger a verb after two words reads as a noun: too long a phrase is left out
        ("Exit polls say 19 percent of voters of color cast ballots for him.", "19", "voters"),
        ("The board has 110 members of the platform committee vote first.", "110", "members"),
    ],
)
def test_an_of_phrase_that_does_not_close_cleanly_is_left_out(
    sentence: str, number: str, what: str
) -> None:
    assert figure_at(sentence, number).what == what


@pytest.mark.parametrize(
    ("sentence", "number", "what"),
    [
        (
            "The strike destroyed 41 cruise missile carriers at two bases.",
            "41",
            "cruise missile carriers",
        ),
        ("Ukraine says it lost 3 air defence systems overnight.", "3", "air defence systems"),
        (
            "The army bought 7 heavy transport helicopter engines.",
            "7",
            "heavy transport helicopter engines",
        ),
        # a singular compound at the end of the sentence is kept whole, not cut to two words
        (
            "Russia says its forces hit 2 Ukrainian air defence battery.",
            "2",
            "Ukrainian air defence battery",
        ),
        # a verb form after the first word ends the phrase
        ("Officials said 12 soldiers wounded in the attack were flown out.", "12", "soldiers"),
    ],
)
def test_compound_nouns_end_at_their_head(sentence: str, number: str, what: str) -> None:
    assert figure_at(sentence, number).what == what
