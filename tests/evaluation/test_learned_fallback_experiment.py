"""The learned-fallback experiment's pieces on invented text: the candidate reader stands in for the
parse hook only where the rules left no mention, the features describe the frame by word
classes, and the threshold rule asks for precision with enough firings."""

from __future__ import annotations

from briefing.clean import clean_blocks
from briefing.mention import Mention
from briefing.quotes import find_quotes_detailed
from evaluation import learned_fallback_experiment as experiment


def test_features_read_the_frame_by_word_classes() -> None:
    f = experiment.features(
        "Senator Tom Kell, who faces a runoff, has long maintained that",
        Mention("name", "Tom Kell"),
        "the plan would cost far more than anyone admits.",
        "",
        other_quote_before=False,
    )
    assert f["kind_name"] == 1.0 and f["relative"] == 1.0 and f["aux"] == 1.0
    assert f["ends_that"] == 1.0 and f["lex_speech"] == 1.0 and f["quote_capital"] == 0.0
    label = experiment.features("The mayor's verdict:", Mention("description", "the mayor"), "We are not paying.", "", other_quote_before=False)
    assert label["ends_colon"] == 1.0 and label["quote_first_person"] == 1.0 and label["quote_capital"] == 1.0


def test_candidate_is_the_subject_before_the_quote_in_its_sentence() -> None:
    paragraph = "Budget talks stalled again. Ann Weller harboured the suspicion that “the plan would cost far more than anyone admits.”"
    start = paragraph.index("the plan")
    found = experiment.candidate(paragraph, start, paragraph.index("”"))
    assert found is not None and found[0] == Mention("name", "Ann Weller")
    opening = "“We will not pay for this at all,” the mayor said."
    assert experiment.candidate(opening, 1, opening.index("”")) is None  # nothing before the mark


def test_the_hook_is_asked_only_where_the_rules_found_no_mention() -> None:
    experiment._patched(True)
    experiment._OFFERED.clear()
    text = "Budget fight\n\nAnn Weller said “the plan would cost far more than anyone in this building admits.”"
    quotes = find_quotes_detailed(clean_blocks(text), options=experiment._CANDIDATE_OPTIONS)
    experiment._patched(False)
    assert [q.speaker for q, _ in quotes] == ["Ann Weller"] and not experiment._OFFERED


def test_threshold_needs_precision_and_enough_firings() -> None:
    precise = [(0.95, True)] * 19 + [(0.92, False)] + [(0.6, False)] * 30
    assert experiment.choose_threshold(precise) == 0.61  # 19 of 20 above 0.6
    assert experiment.choose_threshold([(0.99, True)] * 10) is None  # too few firings
