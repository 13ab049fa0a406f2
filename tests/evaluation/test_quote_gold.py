"""The quote metric's reading of PolNeAR gold speakers (``evaluation.quote_gold``), on small
articles written here: each annotation slip the audit found is read the way the text means."""

from __future__ import annotations

from briefing.models import Quote
from evaluation.quote_gold import classify, gold_speakers, inner_speakers
from evaluation.quotes import judge, judged_pieces


def _item(text: str, quote: str, speaker: str, cue: str) -> dict[str, object]:
    def span(part: str) -> list[list[int]]:
        at = text.index(part)
        return [[at, at + len(part)]]

    return {
        "quote": quote, "speaker": speaker, "cue": cue, "has_quote_marks": True,
        "quote_spans": span(quote), "speaker_spans": span(speaker), "cue_spans": span(cue),
    }  # fmt: skip


def test_a_name_with_a_title_after_the_is_a_name() -> None:
    gold = classify("Speaker of the House Rep. Paul Ryan (R-WI)")
    assert (gold.kind, gold.name) == ("name", "Paul Ryan")


def test_a_committee_after_the_stays_a_description() -> None:
    assert classify("the House Intelligence Committee").kind == "description"
    assert classify("the Times").kind == "description"


def test_and_inside_a_title_of_a_work_is_not_two_speakers() -> None:
    gold = classify("the authors of the “Growth and Opportunity Project,”")
    assert gold.kind == "description"


def test_two_coordinated_people_stay_two_names() -> None:
    assert classify("Zeliff and Tom Giancola").name == "Zeliff|Tom Giancola"


def test_a_couple_named_after_a_description_is_either_of_them() -> None:
    gold = classify("Henry Clay's biographers, David and Jeanne Heidler,")
    assert (gold.kind, gold.name) == ("name", "David Heidler|Jeanne Heidler")
    assert classify("his biographers, the Heidlers,").kind == "description"


def test_a_description_followed_by_the_name_is_the_name() -> None:
    text = 'The presumptive GOP nominee, Donald Trump, tweeted: "We will win this state easily."'
    quote = '"We will win this state easily."'
    article = {"text": text, "quotes": [_item(text, quote, "The presumptive GOP nominee, Donald Trump,", "tweeted")]}
    (gold,) = gold_speakers(article)
    assert (gold.kind, gold.name) == ("name", "Donald Trump")


def test_swapped_speaker_and_cue_spans_are_read_the_other_way_round() -> None:
    text = '"I would support the nominee, whoever that was," said Bolton on Tuesday.'
    quote = '"I would support the nominee, whoever that was,"'
    article = {"text": text, "quotes": [_item(text, quote, "said", "Bolton")]}
    (gold,) = gold_speakers(article)
    assert (gold.kind, gold.name) == ("name", "Bolton")


def test_a_nested_attribution_names_its_inner_speaker() -> None:
    content = '“Please do not protest on the floor,” Sanders said “It matters a great deal.”'
    assert inner_speakers(content) == ["Sanders"]
    assert inner_speakers('"The plan said that taxes would rise for everyone," the report noted') == []


def test_ours_naming_the_inner_speaker_is_right_and_another_name_is_wrong() -> None:
    content = '“Please do not protest on the floor tonight,” Sanders said'
    gold = classify("CNN")
    assert judge(Quote(text="Please do not protest on the floor tonight", speaker="Bernie Sanders"), None, gold, content) == "inner"
    assert judge(Quote(text="Please do not protest on the floor tonight", speaker="Hillary Clinton"), None, gold, content) == "wrong"
    assert judge(Quote(text="Please do not protest on the floor tonight", speaker="CNN"), None, gold, content) == "ok"


def test_either_conjunct_of_a_coordinated_description_matches() -> None:
    gold = classify("the Florida senator and Republican presidential candidate")
    assert judge(Quote(text="We must act now on this", speaker="the Florida senator"), None, gold) == "ok"
    assert judge(Quote(text="We must act now on this", speaker="the Ohio governor"), None, gold) == "wrong"


def test_only_quotation_length_pieces_are_judged_unless_a_gold_item_has_none() -> None:
    preds = [["nice"], ["we", "will", "build", "it", "fast"], ["far"], ["very", "good"]]
    # pieces 0-2 belong to gold item 0; piece 3 is the only (short) piece of gold item 1
    assert judged_pieces({0: 0, 1: 0, 2: 0, 3: 1}, preds) == {1, 3}


def test_a_name_after_a_lower_case_role_is_a_name_but_not_after_a_preposition() -> None:
    gold = classify("master of ceremonies Asab Al-Tabchi, a Syrian engineer")
    assert (gold.kind, gold.name) == ("name", "Asab Al-Tabchi")
    assert classify("spokesman for Hillary Clinton").kind == "description"
    assert classify("legal director for the gay rights group Human Rights Campaign").kind == "description"


def test_the_head_of_a_description_is_the_noun_before_its_participle_phrase() -> None:
    gold = classify("one Republican involved in the planning")
    assert judge(Quote(text="We will spend millions on ads this spring", speaker="one Republican"), None, gold) == "ok"
    assert judge(Quote(text="We will spend millions on ads this spring", speaker="one Democrat"), None, gold) == "wrong"
    printed = classify("the printed Cruz slate card")
    assert judge(Quote(text="Please focus your votes on this group", speaker="the card"), None, printed) == "ok"


def test_a_date_ending_a_description_is_neither_a_name_nor_its_head() -> None:
    gold = classify("the order released Friday")
    assert gold.kind == "description"
    assert judge(Quote(text="The claim is speculative at best for now", speaker="the order"), None, gold) == "ok"


def _pronoun_after(text: str, first: tuple[str, str, str], quote: str) -> str | None:
    """The gold antecedent of a "he"/"she" item after one named attribution."""
    pronoun = "she" if " she " in text.split(quote)[-1] else "he"
    items = [_item(text, *first), _item(text, quote, pronoun, "said")]
    return gold_speakers({"text": text, "quotes": items})[1].antecedent


def test_the_gold_walk_does_not_give_a_he_a_woman_known_by_her_given_name() -> None:
    text = (
        'Maria Lopez said the plan "is overdue and underfunded by half." '
        '"We will fix the budget before the winter," he said.'
    )
    first = ('"is overdue and underfunded by half."', "Maria Lopez", "said")
    assert _pronoun_after(text, first, '"We will fix the budget before the winter,"') is None


def test_a_surname_takes_the_gender_of_the_given_name_the_article_writes_with_it() -> None:
    text = (
        'Senator Karen Holt opened the hearing. Holt said the bill "would close every loophole." '
        '"It is not enough for the families," she said.'
    )
    first = ('"would close every loophole."', "Holt", "said")
    assert _pronoun_after(text, first, '"It is not enough for the families,"') == "Holt"
    assert _pronoun_after(text.replace('," she said', '," he said'), first, '"It is not enough for the families,"') is None


def test_a_surname_shared_by_a_man_and_a_woman_or_an_unknown_given_name_has_no_known_gender() -> None:
    for other in ("David Holt", "Robin Holt"):
        text = (
            f'Karen Holt and {other} disagree. Holt said the bill "would close every loophole." '
            '"It is not enough for the families," he said.'
        )
        first = ('"would close every loophole."', "Holt", "said")
        assert _pronoun_after(text, first, '"It is not enough for the families,"') == "Holt"


def test_a_description_that_contains_a_name_does_not_name_that_person() -> None:
    gold = classify("Clinton")
    quote = "We have seen this movie many times"
    assert judge(Quote(text=quote, speaker="a 2008 Clinton veteran"), None, gold) == "wrong"
    assert judge(Quote(text=quote, speaker="the Clinton campaign"), None, gold) == "wrong"
    assert judge(Quote(text=quote, speaker="Hillary Clinton"), None, gold) == "ok"
    assert judge(Quote(text=quote, speaker="Sen. Hillary Clinton (D-N.Y.)"), None, gold) == "ok"


def test_a_royal_or_religious_title_is_not_part_of_the_gold_name() -> None:
    assert classify("Prince Alwaleed, the nephew of the late king").name == "Alwaleed"
    assert classify("Sheikh Tamim Al Thani").name == "Tamim Al Thani"
    assert classify("Billie Jean King").name == "Billie Jean King"  # a surname stays


def test_a_speech_verb_phrase_in_the_speaker_span_with_a_name_as_cue_is_read_swapped() -> None:
    text = 'Hassan said in an interview in her office: "She is standing with the nominee."'
    quote = '"She is standing with the nominee."'
    article = {"text": text, "quotes": [_item(text, quote, "said in an interview in her office", "Hassan")]}
    (gold,) = gold_speakers(article)
    assert (gold.kind, gold.name) == ("name", "Hassan")
    text = 'The board said in a filing: "The merger is off for now."'
    quote = '"The merger is off for now."'
    article = {"text": text, "quotes": [_item(text, quote, "said in a filing", "The board")]}
    (gold,) = gold_speakers(article)
    assert gold.kind == "description"


def test_the_noun_of_in_someones_words_is_dropped_from_a_gold_speaker() -> None:
    gold = classify("Forbes’ words")
    assert (gold.kind, gold.name) == ("name", "Forbes")
    assert classify("the senator's own words").kind == "description"  # still a description, of the senator


def test_a_role_missing_from_the_title_list_before_the_gold_name_does_not_make_ours_wrong() -> None:
    gold = classify("Filmmaker Jack Marino")
    quote = "As a conservative, you could lose your job for saying so"
    assert judge(Quote(text=quote, speaker="Jack Marino"), None, gold) == "ok"
    assert judge(Quote(text=quote, speaker="Marino"), None, gold) == "wrong"  # one word: not enough to tell
    assert judge(Quote(text=quote, speaker="the Jack Marino campaign"), None, gold) == "wrong"
