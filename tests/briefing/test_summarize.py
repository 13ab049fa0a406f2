"""The extractive summariser: contract properties on short hand-written articles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.models import Block
from briefing.sentences import Sentence, split_blocks
from briefing.summarize import summarize

FLOOD = [
    Block(kind="heading", text="Flood warning for the river valley"),
    Block(
        text="Heavy rain pushed the Severn over its banks on Tuesday, flooding hundreds of homes "
        "in three riverside towns and forcing emergency crews to evacuate care homes."
    ),
    Block(
        text="The Environment Agency issued 40 severe flood warnings along the river valley and "
        "said water levels would keep rising until Thursday."
    ),
    Block(text='"It is like a lake," one resident said.'),
    Block(
        text="Emergency crews used boats to reach families trapped by the flood water in Upton, "
        "where the river rose two metres overnight."
    ),
    Block(
        text="Local schools stayed closed, and the council opened three rest centres for "
        "families who had to leave their flooded homes."
    ),
    Block(text="Forecasters expect more rain over the river valley at the weekend."),
]


def _sentences(blocks: list[Block]) -> list[Sentence]:
    return split_blocks(blocks)


def _plain(texts: list[str]) -> list[Sentence]:
    return [Sentence(text=t, block=i, index=i) for i, t in enumerate(texts)]


def test_returns_n_input_sentences_in_text_order() -> None:
    sentences = _sentences(FLOOD)
    for n in (1, 2, 3, 4):
        summary = summarize(sentences, n=n)
        assert len(summary) == n
        positions = [next(s.index for s in sentences if s.text == line) for line in summary]
        assert positions == sorted(positions)
        assert set(summary) <= {s.text for s in sentences}


def test_skips_heading_and_quote_only_sentence() -> None:
    sentences = _sentences(FLOOD)
    summary = summarize(sentences, n=4)
    assert "Flood warning for the river valley" not in summary
    assert not any(line.startswith('"It is like a lake') for line in summary)


def test_short_inputs_are_returned_whole() -> None:
    assert summarize([], n=3) == []
    one = _plain(["Only one sentence here about the budget vote."])
    assert summarize(one, n=3) == [one[0].text]
    two = _plain(["The budget passed on Monday.", "Opposition parties voted against it."])
    assert summarize(two, n=3) == [s.text for s in two]
    assert summarize(two, n=0) == []


def test_only_headings_still_gives_something() -> None:
    sentences = [Sentence(text="Live updates", block=0, index=0, heading=True)]
    assert summarize(sentences, n=2) == ["Live updates"]


def test_near_duplicate_sentence_is_not_repeated() -> None:
    lede = (
        "The central bank raised interest rates by half a point on Thursday to fight "
        "inflation that has reached a thirty year high."
    )
    caption = (
        "The central bank raised interest rates by half a point on Thursday to fight "
        "inflation, which has reached a thirty-year high."
    )
    sentences = _plain(
        [
            lede,
            caption,
            "Mortgage payments for millions of households will rise as lenders pass on the higher "
            "rates in the coming weeks.",
            "Economists had expected a smaller rise after inflation eased slightly in the spring.",
            "The bank's governor said further rises could not be ruled out this year.",
        ]
    )
    summary = summarize(sentences, n=2)
    assert not (lede in summary and caption in summary)


COUNCIL = [
    "Councillors met for more than four hours on Monday evening to work through a long agenda.",
    "Members discussed the budget for parks and the timetable for street repairs in detail.",
    "A proposal on parking fees was postponed until a later meeting in the spring.",
    "The council approved a new cycle lane along the harbour road after months of debate.",
    "Several residents spoke during the public session about noise from the night market.",
]


def test_fit_lead_sentences_are_kept_even_when_a_later_one_matches_the_title() -> None:
    """Lead-n by default: content evidence never displaces a lead sentence that can stand."""
    summary = summarize(_plain(COUNCIL), title="Council approves harbour cycle lane", n=2)
    assert summary == COUNCIL[:2]


def test_unfit_lead_sentence_is_replaced_by_the_best_fit_sentence() -> None:
    """A photo caption in the lead goes; the title decides which later sentence replaces it."""
    caption = "Cyclists ride along the harbour road (pictured) on a sunny afternoon last week."
    texts = [COUNCIL[0], caption, *COUNCIL[2:]]
    with_title = summarize(_plain(texts), title="Council approves harbour cycle lane", n=2)
    assert with_title == [COUNCIL[0], COUNCIL[3]]
    assert caption not in summarize(_plain(texts), n=2)


def test_near_duplicate_lead_sentence_is_replaced_by_the_next_fit_one() -> None:
    lede = "The central bank raised interest rates by half a point on Thursday to fight inflation."
    repeat = "On Thursday the central bank raised interest rates by half a point to fight inflation."
    texts = [lede, repeat, *COUNCIL[1:3]]
    assert summarize(_plain(texts), n=2) == [lede, COUNCIL[1]]


def test_fewer_fit_sentences_than_asked_fills_in_text_order() -> None:
    texts = ["He was 88.", "No wonder.", COUNCIL[0], "Go to Greece.", "Or not."]
    assert summarize(_plain(texts), n=3) == texts[:3]
    nothing_fit = ["He was 88.", "No wonder.", "Go to Greece.", "Or not."]
    assert summarize(_plain(nothing_fit), n=2) == nothing_fit[:2]


def test_boilerplate_is_avoided() -> None:
    texts = [
        "Click here to subscribe to our newsletter for daily updates and special offers.",
        "A new railway tunnel under the Alps opened to freight trains on Wednesday.",
        "The tunnel cuts the journey between the two cities by almost an hour.",
        "Freight operators expect to move a third more goods by rail within five years.",
    ]
    summary = summarize(_plain(texts), n=2)
    assert texts[0] not in summary


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=12), st.text(max_size=40), st.integers(0, 6))
def test_any_strings_never_fail_and_stay_a_subset(texts: list[str], title: str, n: int) -> None:
    sentences = _plain(texts)
    summary = summarize(sentences, title=title, n=n)
    assert len(summary) <= max(n, 0)
    assert set(summary) <= set(texts)
    assert len(summary) == len(set(summary)) or len(set(texts)) < len(texts)
