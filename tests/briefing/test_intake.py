"""The one input rule (``briefing.intake``): title or body, paragraphs, is-it-an-article, labels.

Every text here was written for these tests: one per pattern a door meets in the wild.
"""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.clean import clean_blocks
from briefing.documents import UnreadableDocument, decode_document
from briefing.intake import (
    DERIVED_TITLE_CHARS,
    ArticleText,
    NotAnArticle,
    derive_title,
    read_document,
    read_html,
    read_page,
    read_text,
    refusal,
)
from briefing.models import BriefingOptions
from briefing.pipeline import brief_article, brief_document, brief_html, brief_page, brief_text
from briefing.sentences import split_blocks
from briefing.summarize import summarize

LEAD = (
    "Dock workers at the port of Odesa walked out on Monday, halting grain exports worth "
    "$40 million a day, union leaders said."
)
SECOND = '"We will stay out until the wage offer is improved," said union head Petro Kovalenko.'
THIRD = "The ministry said talks would resume on June 4 and warned that 12 ships were waiting to load."
PARAGRAPH = f"{LEAD} {SECOND} {THIRD}"

# The same story hard-wrapped at 72 columns, as an e-mail client sends it.
WRAPPED = """\
The city council voted on Tuesday to close the old bridge over the river
for repairs that engineers say cannot wait another winter, a decision
that will force about 20,000 commuters onto detours for at least eight
months.

Council members said the steel supports had corroded faster than
expected. "We have no choice," said Mayor Anna Petrenko, who added that
buses would run every ten minutes during the closure.
"""
WRAPPED_PARAGRAPHS = [
    "The city council voted on Tuesday to close the old bridge over the river for repairs that "
    "engineers say cannot wait another winter, a decision that will force about 20,000 commuters "
    "onto detours for at least eight months.",
    'Council members said the steel supports had corroded faster than expected. "We have no '
    'choice," said Mayor Anna Petrenko, who added that buses would run every ten minutes during '
    "the closure.",
]


def paragraphs(article: ArticleText) -> list[str]:
    return article.body.split("\n\n") if article.body else []


# --- title or body ---------------------------------------------------------------------------


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_short_title_line_followed_by_text_is_the_title(gap: str) -> None:
    article = read_text(f"Port strike halts grain exports{gap}{LEAD}\n\n{THIRD}")
    assert article.title == "Port strike halts grain exports" and not article.title_derived
    assert paragraphs(article) == [LEAD, THIRD]


def test_one_paragraph_is_body_and_keeps_every_sentence() -> None:
    article = read_text(PARAGRAPH)
    assert article.title_derived and paragraphs(article) == [PARAGRAPH]
    briefing = brief_text(PARAGRAPH)
    assert briefing.title_derived
    assert briefing.title == "Dock workers at the port of Odesa walked out on Monday, halting grain exports worth $40 million a day"
    assert briefing.text == PARAGRAPH  # nothing dropped: the first sentence is still body
    assert LEAD in briefing.summary
    assert any(f.text.startswith("$40 million") for f in briefing.figures)  # from the first sentence
    assert [q.speaker for q in briefing.quotes] == ["Petro Kovalenko"]


def test_a_derived_title_is_not_given_to_the_summary_as_a_headline() -> None:
    briefing = brief_text(PARAGRAPH, options=BriefingOptions(summary_sentences=2))
    sentences = split_blocks(clean_blocks(PARAGRAPH))
    assert list(briefing.summary) == summarize(sentences, title="", n=2)


def test_single_sentence_is_body() -> None:
    article = read_text(THIRD)
    assert article.title_derived and paragraphs(article) == [THIRD]
    assert brief_text(THIRD).title == THIRD.removesuffix(".")


def test_hard_wrapped_text_without_a_title_is_joined_into_its_paragraphs() -> None:
    article = read_text(WRAPPED)
    assert article.title_derived
    assert paragraphs(article) == WRAPPED_PARAGRAPHS
    briefing = brief_text(WRAPPED)
    assert briefing.summary[0] == WRAPPED_PARAGRAPHS[0]  # not a sentence cut at a line end
    assert WRAPPED_PARAGRAPHS[0].startswith(briefing.title.removesuffix("…"))
    assert len(briefing.title) <= DERIVED_TITLE_CHARS + 1


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_hard_wrapped_text_with_a_title(gap: str) -> None:
    article = read_text(f"Old bridge to close for eight months{gap}{WRAPPED}")
    assert article.title == "Old bridge to close for eight months"
    assert paragraphs(article) == WRAPPED_PARAGRAPHS


def test_wrapped_lines_starting_with_a_capital_or_a_number_are_still_joined() -> None:
    text = (
        "Officials in the northern province said on Wednesday that the flood had\n"
        "Reached the outskirts of the regional capital, where more than 3,000\n"
        "people were moved to schools and sports halls overnight, and that the\n"
        "Army had been asked to help with sandbags along the embankment roads.\n"
    )
    assert len(paragraphs(read_text(text))) == 1


def test_markdown_headings() -> None:
    text = (
        "# Council closes the old bridge\n\n"
        "The city council voted on Tuesday to close the old bridge for repairs.\n\n"
        "## What happens next\n\n"
        "Buses will run every ten minutes during the closure, the mayor said."
    )
    article = read_text(text)
    assert article.title == "Council closes the old bridge"
    blocks = clean_blocks(article.body)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "The city council voted on Tuesday to close the old bridge for repairs."),
        ("heading", "What happens next"),
        ("paragraph", "Buses will run every ten minutes during the closure, the mayor said."),
    ]


def test_windows_and_old_mac_line_endings() -> None:
    unix = f"Port strike halts grain exports\n\n{LEAD}\n{THIRD}\n"
    for ending in ("\r\n", "\r"):
        other = read_text(unix.replace("\n", ending))
        assert other == read_text(unix)
    assert paragraphs(read_text(unix)) == [LEAD, THIRD]


def test_a_title_in_capitals_is_recased_keeping_acronyms() -> None:
    article = read_text(
        "COUNCIL SHUTS BRIDGE AS NATO CONVOY WAITS\n\n"
        "The city council closed the old bridge, leaving a NATO convoy waiting on the far bank for hours."
    )
    assert article.title == "Council Shuts Bridge As NATO Convoy Waits"


def test_a_very_long_first_sentence_is_body() -> None:
    long_sentence = (
        "The city council voted late on Tuesday, after a heated six-hour debate that ran past "
        "midnight and drew hundreds of residents to the town hall, to close the old bridge over "
        "the river for urgent repairs that engineers say cannot wait another winter."
    )
    article = read_text(f"{long_sentence}\n\n{THIRD}")
    assert article.title_derived and paragraphs(article) == [long_sentence, THIRD]
    title = brief_text(f"{long_sentence}\n\n{THIRD}").title
    assert title.endswith("…") and len(title) <= DERIVED_TITLE_CHARS + 1
    assert long_sentence.startswith(title.removesuffix("…"))


@pytest.mark.parametrize(
    "first_line",
    [
        "Workers walked out on Monday.",  # a sentence: full stop
        "Dear readers:",  # a lead-in
        "KYIV, June 3 (Reuters) -",  # a dateline
        "- Dock workers walked out on Monday",  # a list item
        "https://news.example/strike",  # a link
    ],
)
def test_lines_that_are_not_titles(first_line: str) -> None:
    assert read_text(f"{first_line}\n\n{PARAGRAPH}").title_derived


def test_titles_ending_in_a_question_or_an_abbreviation_are_titles() -> None:
    assert read_text(f"Will the strike end soon?\n\n{PARAGRAPH}").title == "Will the strike end soon?"
    assert read_text(f"Grain deal talks stall in the U.S.\n\n{PARAGRAPH}").title == "Grain deal talks stall in the U.S."


def test_derive_title_cuts_at_a_clause_break() -> None:
    assert derive_title("Prices rose.") == "Prices rose"
    sentence = (
        "Gary Locke will be confirmed as the club's permanent manager on Friday - exactly eight "
        "weeks after he was asked to take charge until the end of the season."
    )
    assert derive_title(sentence) == "Gary Locke will be confirmed as the club's permanent manager on Friday"


# --- is it an article ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\t\n  ", "empty"),
        ("Notes", "too little text"),
        ("Notes\n\nCall the bank tomorrow.", "too little text"),
        ("Notes\nasdkjfh qwpoeiru zmxncbv alskdjf sdlkfj weoiru xcmvn qpwoeir", "does not read like text"),
        ("asdf asdf jkl asdf asdf qwer asdf asdf asdf", "does not read like text"),
        ("fghjkl dfghjk sdfghj wertyu ertyui rtyuio xcvbnm zxcvbn", "does not read like text"),
        ("12 34 56 78 90 %%% ### $$$ 11 22 33 aa bb cc dd ee ff gg hh 12 34 56 78 90 12 34 56 78", "numbers or symbols"),
    ],
)
def test_non_articles_are_refused_with_one_reason(text: str, reason: str) -> None:
    found = refusal(read_text(text))
    assert found is not None and reason in found
    with pytest.raises(NotAnArticle, match=reason):
        brief_text(text)


@pytest.mark.parametrize(
    "text",
    [
        THIRD,  # one sentence of news
        "Київ, 3 червня. Міська рада проголосувала за закриття старого мосту на ремонт, повідомив мер.",
        "Le conseil municipal a voté mardi la fermeture du vieux pont pour des réparations urgentes.",
        "BBC and CNN said the NHS strike by 20,000 nurses in the UK would last until June 4.",
    ],
)
def test_short_real_articles_in_several_languages_are_accepted(text: str) -> None:
    assert refusal(read_text(text)) is None


def test_an_html_page_with_no_text_is_refused() -> None:
    page = "<html><head><title>Loading</title></head><body><div id='app'></div><script>x()</script></body></html>"
    assert refusal(read_html(page)) == "the page has no article text"
    with pytest.raises(NotAnArticle):
        brief_html(page)
    with pytest.raises(NotAnArticle):
        brief_document(page.encode(), "empty.html")


def test_a_page_of_only_furniture_is_refused() -> None:
    text = "Share on Facebook\n\nShare on Twitter\n\nAdvertisement\n\nSubscribe to our newsletter"
    with pytest.raises(NotAnArticle):
        brief_article(ArticleText(title="Home page", body=text))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_any_text_is_read_and_judged_without_error(text: str) -> None:
    article = read_text(text)
    assert article.body == article.body.strip()
    if refusal(article) is None:
        try:
            briefing = brief_text(text)
        except NotAnArticle:
            return  # nothing left once furniture is removed: refused, not crashed
        assert briefing.title and briefing.paragraphs


# --- labels and documents --------------------------------------------------------------------

SITE_PAGE = f"""<!doctype html><html><head><title>Port strike halts grain exports</title>
<meta property="og:site_name" content="Coast Wire"></head><body><article>
<h1>Port strike halts grain exports</h1><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>
</article></body></html>"""


def test_source_labels_name_the_site_or_the_file_never_pasted_text() -> None:
    assert read_document(PARAGRAPH.encode(), "strike.txt").source == "strike.txt"
    assert read_document(gzip.compress(PARAGRAPH.encode()), "dir/strike.txt.gz").source == "strike.txt.gz"
    assert read_document(SITE_PAGE.encode(), "strike.html").source == "Coast Wire"
    bare = SITE_PAGE.replace('<meta property="og:site_name" content="Coast Wire">', "")
    assert read_document(bare.encode(), "strike.html").source == "strike.html"
    assert read_document(PARAGRAPH.encode(), "strike.txt", source="briefbot sample").source == "briefbot sample"
    assert read_page(PARAGRAPH, url="https://www.coastwire.example/a.txt", is_html=False).source == "coastwire.example"
    assert read_text(PARAGRAPH).source is None  # pasted in chat: rendered as "pasted text"


def test_the_same_article_through_every_door_has_one_fingerprint() -> None:
    titled = f"Port strike halts grain exports\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}"
    wrapped = (
        "Port strike halts grain exports\r\n\r\n"
        "Dock workers at the port of Odesa walked out on Monday, halting grain\r\n"
        "exports worth $40 million a day, union leaders said.\r\n\r\n"
        '"We will stay out until the wage offer is improved," said union head\r\n'
        "Petro Kovalenko.\r\n\r\n"
        "The ministry said talks would resume on June 4 and warned that 12\r\n"
        "ships were waiting to load.\r\n"
    )
    doors = {
        "chat text": brief_text(titled),
        "chat text without the title line": brief_text(f"{LEAD}\n\n{SECOND}\n\n{THIRD}"),
        "hard-wrapped CRLF file": brief_document(wrapped.encode("utf-8-sig"), "strike.txt"),
        "uploaded HTML": brief_document(SITE_PAGE.encode(), "strike.html"),
        "fetched page": brief_page(SITE_PAGE, url="https://coastwire.example/strike", is_html=True),
    }
    assert len({b.fingerprint for b in doors.values()}) == 1, {k: b.text for k, b in doors.items()}


def test_control_characters_in_a_document_mean_binary() -> None:
    text = ("Ordinary article text without any control character. " * 40 + "bell\x07 " * 5).encode()
    assert decode_document(text).count("\x07") == 5  # 5 of ~2,200 bytes: under the 1 % cut
    noisy = bytes(b % 32 for b in range(300)) + b"x" * 1000
    with pytest.raises(UnreadableDocument, match="binary"):
        decode_document(noisy.replace(b"\x00", b"\x01"))


def test_latin_acronyms_in_a_text_of_another_script_are_not_mash() -> None:
    korean = (
        "엘제이의 일방적인 사진 공개로부터 비롯됐다. 타인의 동의를 구하지 않고 두 사람의 관계를 담은 "
        "사진을 SNS에 공개한다는 건 사생활 침해이고, JTBC 보도에 따르면 www 주소도 공개됐다."
    )
    assert refusal(read_text(korean)) is None


FRAGMENT = (
    '<p>“We will not back down on this, not now and not ever,” said Mayor <b>Lena Ford</b>.</p>\n'
    '<p>The council meets on <a href="https://example.org/agenda">Friday</a> to vote on the plan for the '
    "old factory site.</p>\n<p>Ford has led the town since 2019.</p>"
)


def test_a_paste_of_page_markup_is_read_as_the_page_it_is() -> None:
    # a CMS export or a feed item's body starts with "<p>", not "<html>"
    article = read_text(FRAGMENT)
    assert "<" not in article.body and article.kind == "html"
    quotes = brief_text(FRAGMENT).quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Lena Ford", "We will not back dow")]
    titled = brief_text(FRAGMENT, title="Council to vote on factory site")
    assert titled.title == "Council to vote on factory site" and titled.quotes == quotes
    assert brief_document(FRAGMENT.encode(), "export.txt").quotes == quotes


def test_prose_that_mentions_a_tag_stays_prose() -> None:
    text = "Tags explained\n\nUse the <p> tag for a paragraph and </p> to close it, the teacher said."
    article = read_text(text)
    assert article.kind == "text" and "<p>" in article.body
