"""The speed-ups of summary, topics and figures must not change a single result: each fast
path is compared here with the straightforward computation it replaced."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.entities import capitalised_inside, find_candidates
from briefing.lexicon import stem
from briefing.quantities import _NUMBER_WORDS, _may_hold_numbers
from briefing.summarize import (
    BACKWARD_WEIGHT,
    CENTRALITY_SPAN_FLOOR,
    EDGE_THRESHOLD,
    _cosine,
    _directed_centrality,
    _similarities,
)
from briefing.topics import _CAP_WORD, _CaseEvidence, _modifiers_only
from briefing.wordlists import is_common_word

VOCAB = ["drone", "attack", "kyiv", "russia", "talks", "peace", "minister", "city", "power"]

vectors_strategy = st.lists(
    st.dictionaries(st.sampled_from(VOCAB), st.floats(0.01, 1.0), max_size=6),
    min_size=2,
    max_size=10,
)


@settings(max_examples=150, deadline=None)
@given(vectors_strategy)
def test_similarities_equal_the_pairwise_cosines_bit_for_bit(vectors):
    sims, linked = _similarities(vectors)
    size = len(vectors)
    for i in range(size):
        assert sims[i][i] == 0.0
        for j in range(i + 1, size):
            assert sims[i][j] == sims[j][i] == _cosine(vectors[i], vectors[j])
        shares = [j for j in range(size) if j != i and vectors[i].keys() & vectors[j].keys()]
        assert linked[i] == shares


def _full_row_centrality(sims):
    """The centrality as first written: every row scanned in full."""
    flat = [v for row in sims for v in row]
    low, high = min(flat), max(flat)
    threshold = low + EDGE_THRESHOLD * (high - low)
    raw = []
    for i, row in enumerate(sims):
        forward = sum(v - threshold for v in row[i + 1 :] if v > threshold)
        backward = sum(v - threshold for v in row[:i] if v > threshold)
        raw.append(forward + BACKWARD_WEIGHT * backward)
    top, bottom = max(raw), min(raw)
    span = max(top - bottom, CENTRALITY_SPAN_FLOOR)
    return [(r - bottom) / span for r in raw]


@settings(max_examples=150, deadline=None)
@given(vectors_strategy)
def test_sparse_centrality_equals_the_full_rows(vectors):
    sims, linked = _similarities(vectors)
    assert _directed_centrality(sims, linked) == _full_row_centrality(sims)


def _reference_sentence_case(line: str, body: list[str], everything: list[str]) -> str:
    """Sentence-casing as first written: the other lines rescanned for every line (whether a
    common word only ever opens a sentence is judged over all the lines, ``everything``)."""
    tokens = line.split()
    if len(tokens) < 4 or len(tokens) > 25:
        return line
    capitalised = [t for t in tokens if t.lstrip("\"'‘“(")[:1].isupper()]
    if len(capitalised) < 0.7 * len(tokens):
        return line
    lower = {stem(w) for text in body for w in re.findall(r"\b[a-z][a-z-]*", text)}
    cap = {stem(w.lower()) for text in body for w in re.findall(r"\b[A-Z][\w-]*", text)}

    inside = capitalised_inside(everything)

    def keeps(token: str) -> bool:
        bare = re.split(r"['’]", token.strip(".,:;!?\"'‘“”"))[0]
        key = stem(bare.lower())
        opener_only = bare not in inside and is_common_word(bare)
        return key in cap and key not in lower and not opener_only

    return " ".join(t if keeps(t) else t.lower() for t in tokens)


WORDS = ["Russia", "russia", "Launches", "launches", "Drone", "drones", "Attack", "Kyiv", "the"]
lines_strategy = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(lines_strategy, st.lists(st.sampled_from(WORDS), min_size=4, max_size=8).map(" ".join))
def test_case_evidence_matches_rescanning_the_other_lines(lines, title):
    evidence = _CaseEvidence(lines)
    for i, line in enumerate(lines):
        others = lines[:i] + lines[i + 1 :]
        expected = _reference_sentence_case(line, others, lines)
        assert evidence.sentence_case(line, skip=i) == expected
    assert evidence.sentence_case(title) == _reference_sentence_case(title, lines, lines)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghinorstuvwxyzONE -,.'’é5", max_size=40))
def test_number_word_prefilter_equals_word_listing(text):
    listed = not _NUMBER_WORDS.isdisjoint(re.findall(r"[a-z]+", text.lower()))
    assert _may_hold_numbers(text)[1] == listed


def _reference_modifiers_only(found):
    """Modifier-only words as first written: every form of every word summed."""
    return {
        key
        for key, count in found.words.items()
        if sum(found.modifying.get(form, 0) for form in found.display[key]) >= count
    }


MODIFIER_WORDS = ["regional", "governors", "governor", "heavy", "losses", "loss", "drones", "the"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(MODIFIER_WORDS), min_size=1, max_size=8).map(" ".join),
        min_size=1,
        max_size=6,
    )
)
def test_modifiers_found_from_modifying_forms_equal_summing_every_form(texts):
    found = find_candidates([f"{text}." for text in texts])
    assert _modifiers_only(found) == _reference_modifiers_only(found)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBcZ_9 -'’é.É(", max_size=40))
def test_capital_first_word_pattern_equals_the_boundary_form(text):
    assert _CAP_WORD.findall(text) == re.findall(r"\b[A-Z][\w-]*", text)
