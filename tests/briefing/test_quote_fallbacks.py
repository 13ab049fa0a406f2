"""Speakers for quotes without a speech verb nearby, nested marks, and name compounds."""

from __future__ import annotations

from briefing.models import Block, BriefingOptions, Quote
from briefing.points_back import points_back_source
from briefing.quote_fallbacks import (
    according_opening,
    predicate_of_bare_subject,
)
from briefing.quote_marks import find_double_quotes
from briefing.quotes import find_quotes
from briefing.sentence_subjects import leading_np

OPTIONS = BriefingOptions()


def quotes_of(text: str) -> list[Quote]:
    blocks = [Block(text=p.strip()) for p in text.strip().split("\n\n") if p.strip()]
    return find_quotes(blocks, options=OPTIONS)


def only(quotes: list[Quote], words: str) -> Quote:
    matches = [q for q in quotes if q.text.startswith(words)]
    assert len(matches) == 1, [q.text for q in quotes]
    return matches[0]


def test_verbless_quote_takes_the_subject_of_its_sentence() -> None:
    text = """
Former Secretary of State Hillary Clinton spoke at the fundraiser in Denver on Friday.

Clinton compared the administration to “a duck, smoothly sailing on the surface while paddling like crazy below.”
"""
    q = only(quotes_of(text), "a duck")
    assert q.speaker == "Hillary Clinton"
    assert q.verb is None


def test_verbless_quote_with_pronoun_subject_resolves_the_pronoun() -> None:
    text = """
Senator Maria Lopez voted against the bill on Tuesday evening.

She compared the budget to “a house of cards that will fall at the first gust of wind.”
"""
    assert only(quotes_of(text), "a house of cards").speaker == "Maria Lopez"


def test_a_sentence_initial_capital_is_not_a_verbless_speaker() -> None:
    text = """
Research on the cells is at “an early and very exciting stage of its development,” scientists hope.

Research on the immune system remains at “an early stage of understanding how the cells work together.”
"""
    assert only(quotes_of(text), "an early stage").speaker is None


def test_verbless_quote_keeps_the_speaker_of_the_paragraph() -> None:
    text = """
“We will appeal the ruling as soon as the court publishes it,” Mayor Ann Jones said. The plan, costing $5bn, was “a disaster for the whole town and everyone living here.”
"""
    quotes = quotes_of(text)
    assert (
        only(quotes, "a disaster").speaker == only(quotes, "We will appeal").speaker == "Ann Jones"
    )


def test_a_new_name_between_quotes_stops_the_paragraph_speaker() -> None:
    text = """
“We will appeal the ruling as soon as the court publishes it,” Mayor Ann Jones said. Critics of Governor Paul Reed called his plan “a disaster for the whole town and everyone.”
"""
    assert only(quotes_of(text), "a disaster").speaker != "Ann Jones"


def test_quote_only_paragraph_takes_the_speaker_opening_the_next_paragraph() -> None:
    text = """
The council met on Monday to discuss the closure of the library.

“We will not back down, whatever the court decides next week.”

Councillor Ruth Baker said the group would collect signatures in the town centre.
"""
    q = only(quotes_of(text), "We will not back down")
    assert q.speaker == "Ruth Baker"
    assert q.verb == "said"


def test_next_paragraph_without_a_leading_attribution_gives_no_speaker() -> None:
    text = """
The council met on Monday to discuss the closure of the library.

“We will not back down, whatever the court decides next week.”

The library, which opened in 1904 and was rebuilt after the war, has 20,000 books, the council said.
"""
    assert only(quotes_of(text), "We will not back down").speaker is None


def test_a_name_modifying_a_plural_noun_is_not_the_subject() -> None:
    assert leading_np("Trump backers say the polls are fine") is None
    assert leading_np("Clinton aides said on Monday") is None
    assert leading_np("Trump campaign manager Kellyanne Conway said") is not None
    assert leading_np("Trump campaign manager Kellyanne Conway said").text == "Kellyanne Conway"
    assert leading_np("Trump always says").text == "Trump"  # an adverb, not a plural
    text = """
Donald Trump held a rally in Ohio on Saturday.

Trump backers say the polls are “rigged against our candidate from the very start.”
"""
    assert only(quotes_of(text), "rigged against").speaker != "Donald Trump"


def test_straight_quotes_nested_in_curly_quotes_stay_inside() -> None:
    text = '“I read an op-ed titled "Wall Street is Losing the Best," but it was about jobs,” she said.'
    (span,) = find_double_quotes(text)
    assert text[span.start : span.end].startswith("I read an op-ed")
    assert text[span.start : span.end].endswith("about jobs,")


def test_relative_clause_speaker_is_the_antecedent_of_who() -> None:
    text = """
The Ukrainian delegation was led by Defence Minister Rustem Umerov, who told reporters before the meeting that Kyiv had come “with a clear agenda: a full and unconditional ceasefire.”

The plan was criticised by Jane Smith, who later said it was “a disaster for working families and the whole country.”
"""
    quotes = quotes_of(text)
    assert only(quotes, "with a clear agenda").speaker == "Rustem Umerov"
    assert only(quotes, "a disaster").speaker == "Jane Smith"


def test_according_to_opens_the_sentence_of_the_quote() -> None:
    found = according_opening("According to the audit released on Monday, staff were told, ")
    assert found is not None and found.text == "the audit"
    found = according_opening("But according to the ministry, soldiers were ordered ")
    assert found is not None and found.text == "the ministry"
    assert according_opening("Staff, according to the audit, were told ") is None  # not the opening
    assert according_opening("According to the audit, it failed. Staff were told, ") is None  # an earlier sentence
    assert according_opening("The plan, according to the audit, was ") is None


def test_a_bare_subject_before_a_predicate_quote() -> None:
    assert predicate_of_bare_subject(" said Kenji Aida, who wrote a book. The vice president ")
    assert predicate_of_bare_subject(" said Aida. Biden ")
    assert not predicate_of_bare_subject(" said Aida. Biden later told reporters he ")
    assert not predicate_of_bare_subject(" said Aida. It was ")


def test_a_sentence_pointing_back_names_the_source() -> None:
    found = points_back_source(" That quote from Commissioner Tom Ekberg appeared on the front page.")
    assert found is not None and found.text == "Tom Ekberg"
    found = points_back_source("Those were the words of the council, which voted 5-2.")
    assert found is not None and found.text == "the council"
    assert points_back_source(" That was the promise, and the city kept it.") is None
    assert points_back_source(" The quote from Tom Ekberg appeared on the front page.") is None  # no pointing word
