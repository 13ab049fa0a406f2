"""Marking a paraphrase as a quotation keeps every annotation pointing at the same words."""

from __future__ import annotations

from briefing.clean import clean_blocks
from briefing.models import BriefingOptions
from briefing.quotes import find_quotes_detailed
from evaluation.paraphrases import _eligible, marked_paraphrase
from evaluation.quotes import Tally, score_article

_TEXT = "Mayor Ann Roe spoke on Monday.\n\nRoe said the new budget would close the gap by spring. Critics disagreed."


def _article() -> dict[str, object]:
    said = _TEXT.index("said")
    content = _TEXT.index("the new budget")
    end = _TEXT.index(" Critics") - 1  # before the full stop
    return {
        "id": "x",
        "compartment": "train",
        "text": _TEXT,
        "quotes": [
            {
                "quote": _TEXT[content:end], "speaker": "Roe", "cue": "said", "has_quote_marks": False,
                "quote_spans": [[content, end]], "speaker_spans": [[said - 4, said - 1]], "cue_spans": [[said, said + 4]],
            },
            {
                "quote": "disagreed", "speaker": "Critics", "cue": "disagreed", "has_quote_marks": False,
                "quote_spans": [[end + 10, end + 19]], "speaker_spans": [[end + 2, end + 9]], "cue_spans": [[end + 10, end + 19]],
            },
        ],
    }


def test_marked_paraphrase_shifts_spans_and_marks_only_its_item() -> None:
    article = _article()
    assert _eligible(article, 0) and not _eligible(article, 1)  # one word is no quotation
    copy = marked_paraphrase(article, 0)
    text = str(copy["text"])
    assert "Roe said “the new budget would close the gap by spring”. Critics" in text
    first, second = copy["quotes"]  # type: ignore[misc]
    assert first["has_quote_marks"] and not second["has_quote_marks"]
    (a, b), = first["quote_spans"]
    assert text[a:b] == "“the new budget would close the gap by spring”"
    (a, b), = first["speaker_spans"]
    assert text[a:b] == "Roe"
    (a, b), = second["speaker_spans"]
    assert text[a:b] == "Critics"


def test_marked_paraphrase_is_scored_like_a_quotation() -> None:
    copy = marked_paraphrase(_article(), 0)
    found = find_quotes_detailed(clean_blocks(str(copy["text"])), options=BriefingOptions())
    tally = Tally()
    score_article(copy, found, tally)
    row = tally.row()
    assert row["speaker_pairs"] == 1 and row["speaker_accuracy"] == 1.0
