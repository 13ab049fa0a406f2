"""The masked paragraph attribution reads: same length as the text, abbreviation periods kept
out of sentence ends, party tags and datelines blanked, speaker phrases restored."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing.masked_sentences import last_sentence, split_masked
from briefing.masking import ABBREVIATION_DOT, MASK, as_written, mask_paragraph, restore
from briefing.quote_marks import find_marked_spans
from briefing.sentences import ends_in_abbreviation


def masked(text: str) -> str:
    return mask_paragraph(text, find_marked_spans(text))


def test_quoted_words_are_blanked_but_punctuation_stays() -> None:
    out = masked('"We will win. Nobody doubts it," Smith said.')
    assert "We" not in out and "Smith said." in out
    assert out.count(".") == 2


def test_titles_and_initials_do_not_end_sentences() -> None:
    text = "Lt. Col. Andriy Koval and J. R. Whitfield spoke. Sen. Ron Walden left."
    assert [restore(s.strip()) for s in split_masked(masked(text))] == [
        "Lt. Col. Andriy Koval and J. R. Whitfield spoke.",
        "Sen. Ron Walden left.",
    ]


def test_a_dotted_acronym_before_a_sentence_opener_still_ends_the_sentence() -> None:
    parts = split_masked(masked("Troops landed in the U.S. The president said nothing."))
    assert len(parts) == 2


def test_party_tags_and_datelines_are_blanked() -> None:
    out = masked("DECATUR, Ill. — Sen. Ted Cruz (R-Texas) and Sen. Lisa Marsh, R-Alaska, said no.")
    assert "DECATUR" not in out and "R-Texas" not in out and "R-Alaska" not in out
    assert "Ted Cruz" in out and "Lisa Marsh" in out


def test_the_open_sentence_before_a_quote_keeps_an_abbreviated_title() -> None:
    assert restore(last_sentence(masked("It rained. Then Gov. "))) == "Then Gov. "
    assert ends_in_abbreviation("said Gov.") and ends_in_abbreviation("J.")
    assert not ends_in_abbreviation("in the U.S.") and not ends_in_abbreviation("he left.")


def test_restore_gives_the_periods_back() -> None:
    assert restore(f"J{ABBREVIATION_DOT} R{ABBREVIATION_DOT} Whitfield") == "J. R. Whitfield"


@given(st.text(max_size=300))
def test_masking_never_changes_offsets_and_never_raises(text: str) -> None:
    assert len(masked(text)) == len(text)
    split_masked(masked(text))


def test_a_curly_pair_inside_an_open_straight_quote_is_nested_only_when_asked() -> None:
    from briefing.quote_marks import find_double_quotes

    text = '"Forty farmers met. Written “in a time of hunger,” the charter is short.'
    nested = find_double_quotes(text, nested=True)
    assert [(s.start, s.closed) for s in nested] == [(1, False)]  # one quote, left open to the next paragraph
    plain = find_double_quotes(text)  # the gold reader's default: the curly pair is a quote of its own
    assert [text[s.start : s.end] for s in plain] == ["in a time of hunger,"]
    adjacent = '"“We will never sell,” the founders wrote.'
    assert [adjacent[s.start : s.end] for s in find_double_quotes(adjacent, nested=True)] == ["We will never sell,"]


def test_two_single_closers_close_a_double_quote() -> None:
    from briefing.quote_marks import find_double_quotes

    text = "“Imagine a thousand such cars,’’ Ms. Reyna said. “So it is scary.’’"
    assert [text[s.start : s.end] for s in find_double_quotes(text)] == ["Imagine a thousand such cars,", "So it is scary."]
    straight = "\"We won,'' she said of the players' union."
    assert [straight[s.start : s.end] for s in find_double_quotes(straight)] == ["We won,"]


def test_a_straight_quote_after_a_speech_verb_inside_a_straight_quote_is_nested() -> None:
    from briefing.quote_marks import find_double_quotes

    text = '"If somebody walks in and says, "I want ten boxes," you know, you might wonder."'
    assert [text[s.start : s.end] for s in find_double_quotes(text, nested=True)] == [text[1:-1]]
    assert len(find_double_quotes(text)) == 2  # the gold reader's default is unchanged


def test_a_speaker_phrase_read_from_the_mask_is_shown_as_written() -> None:
    # a word in quote marks inside the speaker phrase is blanked in the mask: shown, it is the
    # paragraph's words at the same offsets (the nearest occurrence to the quote), never the dots
    text = '"We won," a "Top Chef" insider said. A "Top Chef" insider left.'
    mask = masked(text)
    phrase = mask[mask.index("a ", 10) : mask.index(" said")]
    assert MASK in phrase
    assert as_written(phrase, mask, text, 0) == 'a "Top Chef" insider'
    assert as_written("the Oxford insider", mask, text, 0) is None


@given(st.text(alphabet='ab "U.S.', max_size=40))
def test_as_written_never_shows_the_mask(text: str) -> None:
    mask = masked(text)
    for start in range(len(mask)):
        shown = as_written(mask[start : start + 8], mask, text, 0) if mask[start : start + 8].strip() else None
        assert shown is None or MASK not in shown
