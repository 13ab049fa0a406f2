"""Figures: quantities of one sentence, and the choice of key figures for a briefing."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.figures import extract_quantities, find_figures
from briefing.models import BriefingOptions, Figure
from briefing.sentences import Sentence


def one(sentence: str, text_part: str) -> Figure:
    """The single figure whose text contains ``text_part``."""
    found = [f for f in extract_quantities(sentence) if text_part in f.text]
    assert len(found) == 1, (text_part, [f.text for f in extract_quantities(sentence)])
    return found[0]


WAR = (
    "Russia launched 296 Ukrainian drones and five ballistic missiles overnight, hitting 13 regions, "
    "while 50,000 Russian troops massed near the border."
)


@pytest.mark.parametrize(
    ("part", "value", "what"),
    [
        ("296", 296, "Ukrainian drones"),
        ("five", 5, "ballistic missiles"),
        ("13", 13, "regions"),
        ("50,000", 50_000, "Russian troops"),
    ],
)
def test_counts_know_what_they_count(part: str, value: float, what: str) -> None:
    fig = one(WAR, part)
    assert (fig.value, fig.what, fig.kind) == (value, what, "count")
    assert fig.text.endswith(what) and fig.sentence == WAR


@pytest.mark.parametrize(
    ("sentence", "part", "value", "unit"),
    [
        ("The EU approved $1.2 billion in new aid.", "$1.2", 1.2e9, "$"),
        ("Kyiv will receive £350m for air defence.", "£350m", 3.5e8, "£"),
        ("The fine was 7.5 million Danish crowns.", "7.5 million", 7.5e6, "crowns"),
        ("Salaries rose to 25,000 hryvnias a month.", "25,000", 25_000, "hryvnias a month"),
        ("A ticket costs 1,200€ now.", "1,200€", 1200, "€"),
    ],
)
def test_money_with_scales_and_currencies(
    sentence: str, part: str, value: float, unit: str
) -> None:
    fig = one(sentence, part)
    assert fig.kind == "money" and fig.unit == unit
    assert math.isclose(fig.value, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation hit 12% in May.",
        "Inflation hit 12 percent in May.",
        "Inflation hit 12 per cent in May.",
    ],
)
def test_percent_spellings(sentence: str) -> None:
    fig = one(sentence, "12")
    assert (fig.value, fig.kind) == (12, "percent")


def test_fraction_with_hedge_and_what() -> None:
    sentence = "Russia controls nearly one-fifth of Ukrainian territory."
    fig = one(sentence, "one-fifth")
    assert fig.text == "nearly one-fifth of Ukrainian territory"
    assert (fig.kind, fig.what) == ("fraction", "Ukrainian territory")
    assert math.isclose(fig.value, 0.2)


@pytest.mark.parametrize(
    ("sentence", "part", "value", "unit"),
    [
        ("The war has lasted over three years.", "three", 3, "years"),
        ("Talks are expected within 48 hours.", "48", 48, "hours"),
        ("The ceasefire held for two weeks.", "two", 2, "weeks"),
    ],
)
def test_durations(sentence: str, part: str, value: float, unit: str) -> None:
    fig = one(sentence, part)
    assert (fig.value, fig.unit, fig.kind) == (value, unit, "duration")


def test_hedge_belongs_to_the_text() -> None:
    assert one("The war has lasted over three years.", "three").text == "over three years"


@pytest.mark.parametrize(
    ("sentence", "part", "value", "unit"),
    [
        ("The convoy stretched 40 km along the road.", "40", 40, "km"),
        ("Winds reached 50mph on the coast.", "50", 50, "mph"),
        ("The shell weighed 43 kilograms.", "43", 43, "kilograms"),
    ],
)
def test_measures(sentence: str, part: str, value: float, unit: str) -> None:
    fig = one(sentence, part)
    assert (fig.value, fig.unit, fig.kind) == (value, unit, "measure")


@pytest.mark.parametrize(
    ("sentence", "part", "value"),
    [
        ("Two dozen tanks were destroyed.", "Two dozen", 24),
        ("A million people fled the city.", "A million", 1e6),
        ("About 3.2m people need aid.", "3.2m", 3.2e6),
        ("The city has 1.5 million residents.", "1.5 million", 1.5e6),
    ],
)
def test_number_words_and_scales(sentence: str, part: str, value: float) -> None:
    assert math.isclose(one(sentence, part).value, value)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("The summit opened on June 2 in Istanbul.", "June 2"),
        ("Delegates met on 2 June in Istanbul.", "2 June"),
        ("The invasion began in February 2022.", "February 2022"),
        ("Elections are due in 2024.", "2024"),
        ("The fleet dates from the 1990s.", "1990s"),
    ],
)
def test_dates_stay_dates(sentence: str, part: str) -> None:
    fig = one(sentence, part)
    assert fig.kind == "date"
    assert not any(f.kind != "date" for f in extract_quantities(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine received more F-16 jets from the Netherlands.",
        "The G7 leaders met in Canada.",
        "The COVID-19 pandemic changed the supply chain.",
        "The meeting starts at 10:30 a.m. in the capital.",
        "Call the hotline on 555-123-4567 for help.",
        "The office is at 10 Downing Street in London.",
        "He won Game 7 with a late goal.",
    ],
)
def test_names_times_phones_and_addresses_are_not_quantities(sentence: str) -> None:
    assert extract_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "low_part", "value"),
    [
        ("Between 10-20 soldiers were wounded.", "10-20", 10),
        ("Prices rose from $5 to $7 a litre.", "$5 to $7", 5),
        ("Losses of four to five thousand people were reported.", "four to five thousand", 4000),
        ("Growth will be between 4% and 5% this year.", "4% and 5%", 4),
    ],
)
def test_ranges_are_one_figure(sentence: str, low_part: str, value: float) -> None:
    fig = one(sentence, low_part)
    assert fig.value == value
    assert len([f for f in extract_quantities(sentence) if f.kind != "date"]) == 1


@pytest.mark.parametrize(
    ("sentence", "part", "low"),
    [
        ("Hundreds of people queued for water.", "Hundreds of people", 100),
        ("Tens of thousands of residents fled.", "Tens of thousands of residents", 10_000),
    ],
)
def test_vague_amounts_are_order_of_magnitude_ranges(sentence: str, part: str, low: float) -> None:
    fig = one(sentence, part)
    assert (fig.value, fig.kind) == (low, "count")


def test_glued_scale_and_pronoun_one() -> None:
    assert one("There are 10million nanometres in a centimetre.", "10million").value == 1e7
    assert extract_quantities("The two leaders praised one another.") == [
        one("The two leaders praised one another.", "two")
    ]


def test_5g_is_a_technology_not_a_key_figure() -> None:
    sentence = "The operator rolled out 5G in the capital."
    fig = one(sentence, "5G")
    assert fig.kind == "other"
    figures = find_figures(
        [Sentence(text=sentence, block=0, index=0)], summary=[], options=BriefingOptions()
    )
    assert not any(f.key for f in figures)


def test_negative_numbers_keep_their_sign_in_text_and_value() -> None:
    fig = one("Temperatures fell to -5C overnight.", "5C")
    assert (fig.text, fig.value, fig.kind) == ("-5C", -5, "measure")


def test_number_one_is_a_rank() -> None:
    fig = one("The song reached No. 1 in the charts.", "No. 1")
    assert (fig.kind, fig.value) == ("rank", 1)


def test_ordinals_are_ranks_not_counts() -> None:
    fig = one("It is the world's third-largest economy.", "third")
    assert (fig.kind, fig.value) == ("rank", 3)


def _article(*paragraphs: str) -> list[Sentence]:
    out: list[Sentence] = []
    for block, text in enumerate(paragraphs):
        out.append(Sentence(text=text, block=block, index=len(out)))
    return out


LEAD = "Russia launched 296 Ukrainian drones overnight on June 2, officials said."
MIDDLE = "The cabinet will meet again in 2025 to discuss one of the plans."
LATE = "Separately, the EU approved $1.2 billion in aid and inflation reached 12% in May."
LATER = "Engineers repaired 40 km of power lines across 13 regions."


def test_key_figures_prefer_summary_and_lead_and_skip_dates() -> None:
    sentences = _article(LEAD, MIDDLE, MIDDLE, MIDDLE, LATE, LATER)
    figures = find_figures(sentences, summary=[LATER], options=BriefingOptions(max_figures=3))
    keys = [f for f in figures if f.key]
    assert len(keys) == 3
    texts = [f.text for f in keys]
    assert texts[0] == "296 Ukrainian drones"
    assert {"40 km", "13 regions"} <= set(texts)  # the summary sentence beats the later money
    assert all(f.kind != "date" for f in keys)
    assert all(f.value != 1 for f in keys)
    assert sum(not f.key for f in figures) == len(figures) - 3


def test_key_figures_respect_max_and_dedupe() -> None:
    sentences = _article(LATE, LATE, LATER)
    figures = find_figures(sentences, summary=[], options=BriefingOptions(max_figures=2))
    keys = [f.text for f in figures if f.key]
    assert len(keys) == 2 and len(set(keys)) == 2
    assert (
        find_figures(sentences, summary=[], options=BriefingOptions(max_figures=0))[0].key is False
    )


def test_dates_are_key_only_when_nothing_else() -> None:
    sentences = _article("The talks took place on June 2, 2024 in Geneva.")
    keys = [f for f in find_figures(sentences, summary=[], options=BriefingOptions()) if f.key]
    assert [f.kind for f in keys] == ["date"]


TOKENS = (
    "296 1,200 3.5 .5 0 2 7 10 20 2022 1990s $ £ € US$ % per cent percent million bn m k km mph "
    "June Feb. - – to and or between from one two five twenty-eight two-thirds half a third of "
    "people drones No. 3rd F-16 COVID-19 10:30 a.m. Street Game G7 5G about more than minus "
    "hundreds thousands year-old , . ( ) : out in"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=16), st.sampled_from([" ", "", "-"]))
def test_number_like_token_soup_is_safe(tokens: list[str], glue: str) -> None:
    text = glue.join(tokens)
    for fig in extract_quantities(text):
        assert fig.text and fig.text in text
        assert math.isfinite(fig.value) or fig.kind == "date"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.-–$£€%kmMbn:/'\"aAFGofJuneto"))
        | st.characters(),
        max_size=80,
    )
)
def test_any_text_is_safe_and_texts_are_substrings(text: str) -> None:
    for fig in extract_quantities(text):
        assert fig.text and fig.text in text
        assert fig.sentence == text
        assert not math.isnan(fig.value)


def test_a_written_two_is_not_a_key_figure_when_better_ones_exist() -> None:
    sentences = _article(
        "The two sides met in Istanbul as 162 Ukrainian drones were shot down overnight.",
        "Russia fired seven missiles at two regions.",
    )
    figures = find_figures(sentences, summary=[], options=BriefingOptions(max_figures=2))
    keys = [f.text for f in figures if f.key]
    assert "162 Ukrainian drones" in keys and "seven missiles" in keys
    assert not any(k.startswith("two") for k in keys)
