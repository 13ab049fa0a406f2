"""Paragraph breaks restored in an article pasted as one block (``briefing.lost_breaks``).

The articles are invented; each is one paragraph of over 200 words, as a text copied from a PDF or
an app arrives. Before the breaks were restored, the attribution rules read each as one paragraph
and a quote took the speaker of a neighbouring former paragraph (or ran on into the narrative).
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_blocks
from briefing.lost_breaks import LOST_BREAKS_WORDS, restore_breaks
from briefing.models import BriefingOptions
from briefing.quotes import find_quotes

LIBRARIES = (
    'The city council voted on Tuesday to close two branch libraries, a decision that drew hundreds '
    'of residents to a packed meeting at City Hall. Council member Dana Whitlow, who sponsored the '
    'measure, said the closures would save about $3 million a year. "We cannot keep every building '
    'open when the budget is shrinking," Whitlow said. "It\'s called making hard choices." Librarian '
    'Omar Feld, who has worked at the Eastside branch for 20 years, disagreed sharply. "These '
    'branches are the only quiet place many children have after school," Feld said. "Closing them '
    'will cost us far more than it saves." If anything, Mayor Lena Park argued in a statement, the '
    'vote shows the council is willing to make difficult decisions. The closures are scheduled to '
    'take effect in March, and the books will be moved to the main library downtown over the winter. '
    'Residents who spoke at the meeting were mostly opposed. "I\'ve been coming here since I was six,"'
    ' said Ruth Anders, a retired teacher. "My grandchildren come here now. "Where will they go?" '
    'Others urged the council to raise fees instead. Park has until Friday to veto the measure. A '
    'spokesman for the mayor declined to say whether she would do so. Whitlow said she expected the '
    'mayor to sign it.'
)

SCHOOL_DAY = (
    'The school board in Harwick voted 5-2 on Monday night to move the start of the high school day '
    'to 8:45 a.m., ending a debate that had divided parents for more than a year. Board chair Irene '
    'Maddox said the change followed two surveys and a study of student sleep. "We listened to the '
    'families and we listened to the doctors," Maddox said. "The science on this is not close." '
    'Transportation director Glen Ostrow warned that the later schedule would require eleven more bus'
    ' drivers. "We are already short-staffed, and I cannot promise that every route will run on time '
    'in September," Ostrow said. Superintendent Paula Reyes, who had backed the change, called the '
    'vote a turning point for the district. "It\'s called putting students first." The teachers\' union'
    ' had asked for a delay of one year. Its president, Marco Dunn, said members were worried about '
    'after-school jobs and sports. "A lot of our students work in the evening to help their '
    'families," Dunn said. "Ending the day later cuts into that. "We want a plan for them before this'
    ' starts." Parents who spoke at the meeting were split. "My son falls asleep in first period '
    'every day," said Alma Pruitt, whose son is a junior. Others said the change would make it harder'
    ' to get to work on time. The new schedule takes effect in September. Nadia Kern reported from '
    'Harwick.'
)

WATER_RATES = (
    'The regional water authority will raise rates by 9 percent next year, its board decided on '
    'Thursday after a three-hour hearing in which dozens of customers spoke against the increase. The'
    " authority's finance director, Ruth Calloway, told the board that the money would pay for pipes "
    'that are more than eighty years old. "Every month we wait, another main breaks somewhere in the '
    'county," Calloway wrote in a memo to the board. "Delaying this again would be a serious '
    'mistake." If anything, board member Victor Hale argued during the hearing, the increase is too '
    'small to cover the work that is needed. Hale voted against the plan for that reason. Customers '
    'were less convinced. The hearing ran past midnight, and the board took no questions from the '
    'press afterward. Several speakers brought printed copies of their bills to show how much they '
    'had risen since 2020. Many said the authority had wasted money on consultants. "Nobody has '
    'explained where last year\'s increase went," said Lorna Pike, a retiree from Eastfield. "Show us '
    'the receipts first." The authority\'s chairman, Samuel Oduya, defended the spending and said '
    'audits were posted online. "We have nothing to hide," Oduya said. "It\'s all there for anyone to '
    'read." Tom Reilly reported from Eastfield.'
)


def speakers(text: str) -> dict[str, str | None]:
    return {q.text[:30]: q.speaker for q in find_quotes(clean_blocks(text), options=BriefingOptions())}


def speaker_of(text: str, start: str) -> str | None:
    found = [q for q in find_quotes(clean_blocks(text), options=BriefingOptions()) if q.text.startswith(start)]
    assert found, f"no quote starts with {start!r}"
    return found[0].speaker


def test_articles_are_longer_than_any_paragraph() -> None:
    for text in (LIBRARIES, SCHOOL_DAY, WATER_RATES):
        assert len(text.split()) > LOST_BREAKS_WORDS


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a quote closing its paragraph is not the credit line's: 'Tom Reilly reported from Eastfield.'
        (WATER_RATES, "It's all there for anyone", "Samuel Oduya"),  # was Tom Reilly
        # a quotation over two paragraphs (the mark opened again) keeps its speaker
        (SCHOOL_DAY, "We want a plan for them", "Marco Dunn"),  # was not found (ran on into the narrative)
        (SCHOOL_DAY, "My son falls asleep", "Alma Pruitt"),  # was not found
        (SCHOOL_DAY, "It's called putting students first", "Paula Reyes"),
        (SCHOOL_DAY, "We are already short-staffed", "Glen Ostrow"),
        (WATER_RATES, "Delaying this again", "Ruth Calloway"),  # not Victor Hale, who 'argued' after it
        (WATER_RATES, "Show us the receipts", "Lorna Pike"),
        (LIBRARIES, "It's called making hard choices", "Dana Whitlow"),
        (LIBRARIES, "Closing them will cost us", "Omar Feld"),
        (LIBRARIES, "My grandchildren come here", "Ruth Anders"),
    ],
)
def test_speakers_in_one_paragraph_article(text: str, quote: str, speaker: str) -> None:
    assert speaker_of(text, quote) == speaker


def test_narrative_after_a_reopened_quote_is_no_quote() -> None:
    """'… “My grandchildren come here now. “Where will they go?” Others urged the council …': the
    second mark opens a new paragraph, so the narrative after it is not read as quoted."""
    assert not any(q.startswith("Others urged") for q in speakers(LIBRARIES))
    assert speaker_of(LIBRARIES, "Where will they go") in {None, "Ruth Anders"}


def test_breaks_where_news_style_puts_them() -> None:
    paragraphs = restore_breaks(WATER_RATES)
    assert paragraphs[-1] == "Tom Reilly reported from Eastfield."
    assert any(p.startswith("If anything, board member Victor Hale argued") for p in paragraphs)
    starts = [p[:12] for p in restore_breaks(SCHOOL_DAY)]
    assert '"We want a p' in starts  # the quotation's second paragraph
    # '“…?” Sanders replied.' stays one: the sentence after the quote is its attribution
    joined = " ".join(["The hall was full."] * 60 + ['"Have I started writing my speech?" Sanders replied. "Yes."'])
    assert restore_breaks(joined)[-1] == '"Have I started writing my speech?" Sanders replied. "Yes."'


def test_colon_introduced_quote_starts_a_paragraph() -> None:
    """'… Verizon said in a statement: “…”' after another speaker's quote brings in a quote of its
    own; a sentence quoting on without a colon ('Biden “kind of misspoke.”') stays."""
    filler = " ".join(f"The hall held {n} people." for n in range(60))
    colon = filler + ' "We did the work," Lee said. The union said in a statement: "The plan is sound."'
    assert restore_breaks(colon)[-1] == 'The union said in a statement: "The plan is sound."'
    going_on = filler + ' "We did the work," said Lee. Biden "kind of misspoke," she added.'
    reveal = filler + ' "Forget about Ford," Ellis said. And here was the big reveal: "I own Tesla shares."'
    assert restore_breaks(reveal)[-1] == '"Forget about Ford," Ellis said. And here was the big reveal: "I own Tesla shares."'
    assert restore_breaks(going_on)[-1] == '"We did the work," said Lee. Biden "kind of misspoke," she added.'


@pytest.mark.parametrize(
    "text",
    [
        '"We cannot keep every building open," Whitlow said. "It\'s called making hard choices." '
        "Librarian Omar Feld disagreed. Park has until Friday to veto the measure.",
        " ".join(["Ein Satz ohne Ende, der immer weitergeht."] * 30) + " „Wir bleiben“, sagte Anna Berg. Sie ging.",
    ],
)
def test_normal_paragraphs_stay_whole(text: str) -> None:
    assert restore_breaks(text) == [text]


def test_paragraphs_keep_every_word() -> None:
    for text in (LIBRARIES, SCHOOL_DAY, WATER_RATES):
        assert " ".join(restore_breaks(text)).split() == text.split()


_FILLER = " ".join(f"The market opened with {n} stalls on the square." for n in range(40))


@pytest.mark.parametrize(
    ("tail", "quote", "speaker"),
    [
        # a long title before the name, then the speech verb: the attribution of the question before it
        ('"Will I still have a plan next year?" Harbor Mutual Chief Executive Officer Dana Whitcombe '
         "said in an interview. Whitcombe said the insurer was hiring.", "Will I still have", "Dana Whitcombe"),
        ('"This is a victory from statehouse to courthouse. Thank you all!" Democratic State Senator '
         "Gerald Ostby of Vermont told supporters at a rally. Turnout was high.", "This is a victory", "Gerald Ostby"),
        ('"Where will the money come from?" City Hall spokeswoman Ada Fenwick said on Monday. The council '
         "meets again in May.", "Where will the money", "Ada Fenwick"),
    ],
)
def test_attribution_after_a_question_stays_with_it(tail: str, quote: str, speaker: str) -> None:
    """'“…?” Independence Mutual Chief Executive Officer Dana Whitcombe said in an interview.': the
    sentence after a bare question or exclamation names its speaker, also behind a long title or
    after a question the quote stopped inside; it shares the quote's paragraph."""
    assert speaker_of(_FILLER + " " + tail, quote) == speaker


@pytest.mark.parametrize(
    ("tail", "quote"),
    [
        # a quote closed by its own attribution: the next named speaker's sentence is a new paragraph
        ('"We will not pay for it," Dana Whitcombe said, asking "who will?" Harbor Mutual Chief '
         "Executive Officer Tom Brill said the insurer was hiring.", "We will not pay"),
        # a long run of words that is no title and name
        ('"Who pays for it?" The new rules for the market stalls on the square said nothing about fees.',
         "Who pays for it"),
    ],
)
def test_no_attribution_read_from_a_new_scene(tail: str, quote: str) -> None:
    text = _FILLER + " " + tail
    assert speaker_of(text, quote) in {None, "Dana Whitcombe"}
    assert speaker_of(text, quote) not in {"Gerald Ostby", "Tom Brill"}


def test_titled_attribution_keeps_its_paragraph() -> None:
    joined = _FILLER + ' "Who pays?" Harbor Mutual Chief Executive Officer Dana Whitcombe said in an interview.'
    assert restore_breaks(joined)[-1].startswith('"Who pays?" Harbor Mutual')
    scene = _FILLER + ' "Who pays?" At the rally Senator Gerald Ostby said the plan would stay.'
    assert restore_breaks(scene)[-1].startswith("At the rally")
    # a question whose quote stops inside it: the words after the mark are the question's own
    inside = _FILLER + ' "You can find a little to raise the refund" for parents? Senator Mara Quill said.'
    assert restore_breaks(inside)[-1].startswith('"You can find')
    # after a quote closed by its attribution, the next speaker's sentence is a paragraph of its own
    closed = _FILLER + ' "We will not pay," Ann Lee said, asking "who will?" Chief Executive Officer Tom Brill said so.'
    assert restore_breaks(closed)[-1].startswith("Chief Executive")


def test_titled_name_after_an_attributed_paragraph_is_a_new_one() -> None:
    """'“…?” Lee said, drawing laughter. “…?” | Special counsel Tom Brill said …': a name behind a
    long title brings in someone new; the bare quote goes on with Lee. A short attribution after
    it ('Lee said.') still closes the quote, also after the paragraph named her."""
    newcomer = (_FILLER + ' "Is the ambassador here tonight?" Lee said, drawing laughter from the crowd. "Anybody been '
                'abroad lately?" Special White House counsel Tom Brill said the fund was ready.')
    assert speaker_of(newcomer, "Anybody been abroad") != "Tom Brill"
    same = (_FILLER + ' Voters are split, said Ann Lee, calling it "a false choice." "It is like asking a team, will you '
            'play offense or defense?" Lee said. "You need both."')
    assert speaker_of(same, "It is like asking") == "Ann Lee"


# Paragraphs of normal length whose straight marks open again while a quotation is open: pages
# that kept some paragraph breaks and lost the ones inside a quotation run over paragraphs (the
# BBC News pages' '"A. "B. "C."'). Read as one paragraph, the marks paired up the wrong way round:
# every other sentence of the run was taken for narrative ("Rollins added" became a quote and
# "There are several players" a speaker), the rest for quotes with no speaker.
_RUN = (
    'Acting head coach Andy Rollins said: "He is a natural leader and a fine talent. "And he shows '
    'the energy I feel a captain needs." Rollins added: "There are several players in the squad I '
    'would trust to lead but for me Jimmy is the right player. "Captaincy is a hard test for any '
    'player, especially after Pardew. "But I am sure Jimmy has what it takes."'
)


@pytest.mark.parametrize(
    "quote",
    ["He is a natural leader", "And he shows the energy", "There are several players", "Captaincy is a hard test", "But I am sure Jimmy"],
)
def test_straight_marks_reopened_in_a_short_paragraph(quote: str) -> None:
    assert len(_RUN.split()) < LOST_BREAKS_WORDS
    assert speaker_of(_RUN, quote) == "Andy Rollins"


def test_narrative_between_reopened_marks_is_no_quote() -> None:
    assert not any(q.startswith(("Rollins added", "Acting head coach")) for q in speakers(_RUN))


def test_opening_mark_typed_with_a_space() -> None:
    """'said: " People …. "I do not …"': a mark set off by spaces after a colon opens the quote, so
    the mark after the next sentence's end opens it again (the second paragraph)."""
    text = 'Asked about the payments, Mr Farrow said: " People who are freed get money. "I do not see any difference in this case."'
    assert speaker_of(text, "I do not see any difference") == "Farrow"
    assert len(restore_breaks(text)) == 2


def test_spaced_closing_mark_before_its_attribution_is_no_opening() -> None:
    """'… mean? " Hale asked, …': a spaced mark the quote's attribution follows closes it."""
    text = '"And it is a very general debate. Well, what does that mean? " Hale asked, according to a transcript.'
    assert restore_breaks(text) == [text]
    assert not any(q.startswith("Hale asked") for q in speakers(text))


def test_short_paragraphs_without_reopened_straight_marks_stay_whole() -> None:
    """Curly marks reopened in a paragraph of normal length are more often a closing mark left
    out before the attribution ('“A, she observed. “B …”'): no cut there, nor in a paragraph whose
    straight marks pair up."""
    curly = "Hale sees this as a good thing. “Realism is the enemy of design, she observed. “We bury the puzzles in production values.”"
    assert restore_breaks(curly) == [curly]
    plain = '"We won," Ann Lee said. "It was hard." The team flew home on Sunday.'
    assert restore_breaks(plain) == [plain]
