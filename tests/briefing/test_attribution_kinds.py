"""What kind of speaker a quote has, and the raw mention it was read from."""

from __future__ import annotations

from briefing.models import Block, BriefingOptions, Quote
from briefing.quotes import find_quotes
from briefing.speaker_kinds import head_noun, kind_of_phrase


def only(text: str) -> Quote:
    (q,) = find_quotes([Block(text=p) for p in text.split("\n\n")], options=BriefingOptions())
    return q


def test_head_nouns_and_kinds_of_descriptions() -> None:
    assert head_noun("an economist at a bank in Frankfurt") == "economist"
    assert kind_of_phrase("an economist at a bank in Frankfurt") == "person"
    assert kind_of_phrase("the ministry") == "organisation"
    assert kind_of_phrase("the court filing") == "document"
    assert kind_of_phrase("senior officials") == "group"


def test_a_partitive_description_takes_the_kind_of_the_noun_after_of() -> None:
    assert head_noun("one of her ads") == "ad"
    assert kind_of_phrase("one of her ads") == "document"
    assert kind_of_phrase("one of the unions") == "organisation"
    assert kind_of_phrase("one of those advisers") == "person"
    assert head_noun("one of the senators") == "senator"
    assert head_noun("the news") == "news"  # not a partitive: no singular guessed


def test_a_pronoun_quote_keeps_the_pronoun_as_its_mention() -> None:
    q = only(
        "Transport Minister Jacob Ferris opened the station on Monday.\n\n"
        "“This line will cut the commute in half for thousands of people,” he said."
    )
    assert (q.speaker, q.speaker_kind, q.speaker_mention) == ("Jacob Ferris", "person", "he")


def test_an_unattributed_quote_has_no_kind_and_no_mention() -> None:
    q = only("The slogan “Make the city safe again for every family” appeared on billboards.")
    assert (q.speaker, q.speaker_kind, q.speaker_mention) == (None, None, None)


def test_old_stored_quotes_without_the_new_fields_still_load() -> None:
    q = Quote.model_validate({"text": "We will win", "speaker": "Ann Lee"})
    assert q.speaker_kind is None and q.speaker_mention is None
