"""The dependency-parse last resort (``briefing.parse_fallback``, issue 13 experiment).

Self-written cases: what the parse reads as the speaker of one quote (``speaker_by_parse``),
cases where it must say nothing, and the whole pipeline with ``BriefingOptions.parse_fallback``
on quotes the rules leave without a speaker. spaCy and an English model are optional
dependencies: without them every test here but the last is skipped, and the last checks that the
option then changes nothing.
"""

from __future__ import annotations

import pytest

from briefing import parse_fallback
from briefing.mention import Mention
from briefing.models import Block, BriefingOptions, Quote
from briefing.quote_marks import find_marked_spans, quoted_words
from briefing.quotes import find_quotes

needs_parser = pytest.mark.skipif(
    parse_fallback.load_parser() is None,
    reason="spaCy with an English model (en_core_web_sm or a re-upload of it) is not installed",
)


def _parse(paragraph: str, start: str) -> tuple[Mention, str] | None:
    spans = [quoted_words(paragraph, s) for s in find_marked_spans(paragraph)]
    a, b = next((a, b) for a, b in spans if paragraph[a:b].startswith(start))
    return parse_fallback.speaker_by_parse(paragraph, a, b, spans)


def _quote(text: str, start: str, *, parse: bool) -> Quote:
    blocks = [Block(text=p) for p in text.split("\n\n")]
    quotes = find_quotes(blocks, options=BriefingOptions(parse_fallback=parse))
    return next(q for q in quotes if q.text.startswith(start))


SPEAKERS = [
    # inverted verb, long appositive with a relative clause
    ('"We show anger, we show emotion," said Harvey Lee, a delegate from Houston who backed another candidate.',
     "We show anger", Mention("name", "Harvey Lee")),
    # a pronoun inside a subordinate clause that a long sentence wraps around
    ("Two days after Perez lost her temper at a town hall, pointing at a heckler as she angrily said, “I am tired "
     "of the lies from the Walsh campaign” about her voting record, Walsh hit back.",
     "I am tired", Mention("pronoun", "she")),
    # object control: the object of "prompting" is who replies; the named example of the group
    ("The post was shared 40,000 times, prompting union leaders like Maria Ortega to reply that “every dollar of "
     "that fund was voted down by this very council.”",
     "every dollar", Mention("name", "Maria Ortega")),
    # the name set beside a role noun
    ("Trump's attorney, Alan Garten, said Nunberg was “looking for free publicity using categorically false claims.”",
     "looking for", Mention("name", "Alan Garten")),
    # the parser ends a sentence at "?": the clause after the quote still reports it
    ("“Who is going to pay for all of it?” the senator asked at the hearing.",
     "Who is going", Mention("description", "the senator")),
    # a participle shares the main clause's subject, not the subject of its that-clause
    ("Even a veteran GOP strategist said the mayor will have to pick a side soon, adding, “Sooner or later he has "
     "to say where he stands on the stadium deal.”",
     "Sooner or later", Mention("description", "a veteran GOP strategist")),
    # a document verb with a document subject; the prepositional phrase is not part of the head
    ("The banner over the stage reads: “Jobs first, promises later, and no excuses this time.”",
     "Jobs first", Mention("description", "the banner")),
    ("Ruth Aldana, the museum's director, praised the volunteers, writing on Facebook that “nobody worked harder to "
     "get these doors open again.”",
     "nobody worked", Mention("name", "Ruth Aldana")),
]  # fmt: skip

NOBODY = [
    # a clause after the quote with no comma is no reporting clause: the chant is not Clinton's
    "Clinton supporters answered with chants of “We stand with her tonight” until Clinton herself spoke up and calmed the room.",
    # the next sentence's subject does not speak a quote that closed a sentence
    "The video takes its name from a verse that ends “upon me and give me no respite at all.” Militants mock the army in the video.",
    # two people: no one name
    "Her biographers, Ann and Tom Kerr, wrote that she “had a tin ear for the politics of the room and no patience for it.”",
    # "they" is not resolved by this fallback
    "They said, “Every time you buy a share of stock, you pay a small fee on top of the price.”",
    # no speech verb at all
    "When the count finally ended — “We did it, and we did it together!” — the confetti fell on the crowd.",
    # a subject that is no known kind of speaker ("rules")
    "The new rules, which take effect in May, were drafted after months of talks and describe the process as “a fair deal for drivers and for the city.”",
]  # fmt: skip


@needs_parser
@pytest.mark.parametrize(("paragraph", "start", "expected"), SPEAKERS)
def test_speaker_read_from_the_parse(paragraph: str, start: str, expected: Mention) -> None:
    found = _parse(paragraph, start)
    assert found is not None and found[0] == expected


@needs_parser
@pytest.mark.parametrize("paragraph", NOBODY)
def test_parse_names_nobody_when_unsure(paragraph: str) -> None:
    start = paragraph[paragraph.index("“") + 1 :][:8]
    assert _parse(paragraph, start) is None


@needs_parser
def test_a_verb_inside_another_quote_is_not_read() -> None:
    # "tell" stands inside the second quote: someone's words, not a verb reporting the first
    paragraph = "Voters liked that Dale would not “raise a single tax on working families” or “tell farmers how to run their own farms.”"
    assert _parse(paragraph, "raise a single") is None
    assert _parse(paragraph.replace("Voters liked", "The ad says"), "raise a single") == (Mention("description", "the ad"), "says")


@needs_parser
def test_pipeline_fills_only_quotes_the_rules_leave_without_speaker() -> None:
    text = (
        "Vice Mayor Tom Ochoa said the council should vote before Labor Day.\n\n"
        # (the aside "though" cuts the subject from its verb; "Even a veteran GOP strategist said" alone is read)
        "Even a veteran GOP strategist, though, said the mayor will have to pick a side soon, adding, “Sooner or later he has "
        "to say where he stands on the stadium deal.”\n\n"
        "“If we wait until the fall, the builders will walk away from the whole thing,” Ochoa said."
    )
    off = _quote(text, "Sooner or later", parse=False)
    on = _quote(text, "Sooner or later", parse=True)
    assert off.speaker is None
    assert (on.speaker, on.speaker_kind) == ("a veteran GOP strategist", "person")
    # a quote the rules attributed keeps their speaker, resolved to the full name as before
    assert _quote(text, "If we wait", parse=True).speaker == "Tom Ochoa"


@needs_parser
def test_pipeline_resolves_a_parsed_pronoun_to_the_person_introduced() -> None:
    text = (
        "Dahlia Brooks chairs the county chapter of the group.\n\n"
        "On her Facebook page she, in all capital letters, announced “I am leaving the Cruz camp and joining "
        "the Trump campaign today!”"
    )
    assert _quote(text, "I am leaving", parse=False).speaker is None
    assert _quote(text, "I am leaving", parse=True).speaker == "Dahlia Brooks"


def test_without_a_parser_the_option_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_fallback, "load_parser", lambda: None)
    text = (
        # (the aside "though" cuts the subject from its verb; "Even a veteran GOP strategist said" alone is read)
        "Even a veteran GOP strategist, though, said the mayor will have to pick a side soon, adding, “Sooner or later he has "
        "to say where he stands on the stadium deal.”"
    )
    blocks = [Block(text=text)]
    assert find_quotes(blocks, options=BriefingOptions(parse_fallback=True)) == find_quotes(
        blocks, options=BriefingOptions()
    )


class _CountingParser:
    """A parser that records each text it is asked to parse and parses nothing."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str, **_: object) -> None:
        self.texts.append(text)


def test_no_parse_when_no_reporting_word_stands_outside_the_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    # a headline and a scare quote: nothing outside the marks could report them, so the ~20 ms
    # parse is skipped; "said" inside another quote does not count either
    parser = _CountingParser()
    monkeypatch.setattr(parse_fallback, "load_parser", lambda: parser)
    assert _parse("The film “A Long Way Home Through the Hills” opens on Friday in 300 theaters.", "A Long Way") is None
    assert _parse("Fans held up signs with “he said she said all night long” and “home is where the heart is” at the gates.", "home is") is None
    assert parser.texts == []
