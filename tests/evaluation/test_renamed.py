"""The renaming behind the renamed-people check, on an invented article (PolNeAR's shape)."""

from __future__ import annotations

from evaluation.quote_gold import gold_speakers
from evaluation.renamed import POOLS, renamed_article, renaming

TEXT = (
    "Senator Hillary Dunmore spoke in Ohio. \u201cWe will not back down on this,\u201d Dunmore said.\n\n"
    "China\u2019s envoy disagreed. Dunmore\u2019s aide, Don Brack, said: \u201cDon\u2019t mind.\u201d"
)


def _span(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


ARTICLE: dict[str, object] = {
    "id": "invented-1",
    "text": TEXT,
    "quotes": [
        {
            "quote": "\u201cWe will not back down on this,\u201d", "speaker": "Dunmore", "cue": "said",
            "quote_spans": [_span(TEXT, "\u201cWe will not back down on this,\u201d")],
            "speaker_spans": [_span(TEXT, "Dunmore said")],
            "cue_spans": [], "has_quote_marks": True,
        },
        {"quote": "x", "speaker": "Senator Hillary Dunmore", "cue": "spoke", "quote_spans": [], "speaker_spans": [],
         "cue_spans": [], "has_quote_marks": False},
        {"quote": "z", "speaker": "Don Brack", "cue": "said", "quote_spans": [], "speaker_spans": [],
         "cue_spans": [], "has_quote_marks": False},
        {"quote": "y", "speaker": "China", "cue": "disagreed", "quote_spans": [], "speaker_spans": [],
         "cue_spans": [], "has_quote_marks": False},
    ],
}


def test_renaming_keeps_gender_and_leaves_states_and_titles_alone() -> None:
    words = renaming(ARTICLE, "international").words
    assert set(words) == {"Dunmore", "Hillary", "Don", "Brack"}  # not "Senator", not "China"
    assert words["Hillary"] in POOLS["international"][1]  # a woman's name for a woman's name
    assert words["Don"] in POOLS["international"][0]
    assert words["Dunmore"] in POOLS["international"][2]
    assert renaming(ARTICLE, "international").words == words  # seeded by the article id


def test_text_spans_and_gold_move_together() -> None:
    renamed = renamed_article(ARTICLE, "word-like")
    new_text = str(renamed["text"])
    words = renaming(ARTICLE, "word-like").words
    assert "Dunmore" not in new_text and f"{words['Dunmore']}\u2019s aide" in new_text
    assert "\u201cDon\u2019t mind" in new_text  # a word that merely starts like a name is left whole
    first = renamed["quotes"][0]  # type: ignore[index]
    start, end = first["quote_spans"][0]
    assert new_text[start:end] == first["quote"] == "\u201cWe will not back down on this,\u201d"
    assert first["speaker"] == words["Dunmore"]
    start, end = first["speaker_spans"][0]
    assert new_text[start:end] == words["Dunmore"] + " said"


def test_words_of_the_language_are_renamed_only_as_a_persons_surname() -> None:
    def gold(speaker: str) -> dict[str, object]:
        return {"quote": "q", "speaker": speaker, "cue": "said", "quote_spans": [], "speaker_spans": [],
                "cue_spans": [], "has_quote_marks": False}

    article: dict[str, object] = {
        "id": "invented-2",
        "text": "Donald Trump spoke. State said no. The Latinos said yes. Fried Rice said maybe.",
        "quotes": [gold("Trump"), gold("State"), gold("Latinos"), gold("Rice")],
    }
    words = renaming(article, "listed").words
    assert "Trump" in words  # "trump" is a word, but the text writes it after a given name
    assert not {"State", "Latinos", "Rice"} & set(words)  # "Fried" is no given name


def test_pronoun_antecedents_are_derived_before_renaming() -> None:
    # "she" after a man's quote: the gold's walk back stops at the man (a clash of genders our
    # given-name list shows), so no antecedent; renamed to a name the list does not know, the walk
    # over the new text would pass the man and reach the woman named before him
    text = (
        "Hillary Dunmore spoke first. \u201cWe will win,\u201d Dunmore said. Don Brack spoke next. "
        "\u201cWe will lose,\u201d Brack said. \u201cNot at all,\u201d she said."
    )

    def gold(quote: str, speaker: str) -> dict[str, object]:
        return {"quote": quote, "speaker": speaker, "cue": "said", "quote_spans": [_span(text, quote)],
                "speaker_spans": [_span(text, f"{speaker} said")], "cue_spans": [], "has_quote_marks": True}

    article: dict[str, object] = {
        "id": "invented-3", "text": text,
        "quotes": [gold("\u201cWe will win,\u201d", "Dunmore"), gold("\u201cWe will lose,\u201d", "Brack"),
                   gold("\u201cNot at all,\u201d", "she")],
    }
    written = gold_speakers(article)
    renamed = renamed_article(article, "international")
    assert renamed["antecedents"] == [None if g.antecedent is None else renaming(article, "international").apply(g.antecedent) for g in written]
    assert [g.antecedent for g in gold_speakers(renamed)] == renamed["antecedents"]
