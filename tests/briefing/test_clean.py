"""clean_blocks on messy news-wire copy: run-in headings, furniture, quote spacing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.clean import clean_blocks, looks_like_heading, normalise_spacing, split_run_in
from briefing.models import Block

BODY = "Officials in both capitals said the talks could resume within days, according to diplomats."


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in clean_blocks(text)]


@pytest.mark.parametrize(
    ("glued", "heading", "paragraph_start"),
    [
        (
            "Kyiv: Not opposed, but waiting for Russia's 'peace memorandum'Ukraine has expressed readiness "
            "for a new round of talks but says Moscow has not sent its paper.",
            "Kyiv: Not opposed, but waiting for Russia's 'peace memorandum'",
            "Ukraine has expressed",
        ),
        (
            "Trump frustrated with Putin's delayUS President Donald Trump said on Monday that he was "
            "running out of patience with the Kremlin.",
            "Trump frustrated with Putin's delay",
            "US President Donald Trump",
        ),
        (
            "A war with no end in sightRussia launched 296 drones and nine missiles at Ukrainian cities "
            "overnight, the air force said.",
            "A war with no end in sight",
            "Russia launched 296",
        ),
    ],
)
def test_run_in_heading_is_split_from_its_paragraph(
    glued: str, heading: str, paragraph_start: str
) -> None:
    blocks = clean_blocks(f"{BODY}\n\n{glued}")
    assert blocks[1] == Block(kind="heading", text=heading)
    assert blocks[2].kind == "paragraph"
    assert blocks[2].text.startswith(paragraph_start)


@pytest.mark.parametrize(
    "word",
    [
        "McDonald",
        "iPhone",
        "YouTube",
        "PhD",
        "LaGuardia",
        "McCain",
        "DeSantis",
        "OpenAI",
        "JPMorgan",
    ],
)
def test_camel_case_words_are_never_split(word: str) -> None:
    text = (
        f"Shares tied to {word} rose sharply on Tuesday as investors cheered the quarterly results."
    )
    blocks = clean_blocks(text)
    assert blocks == [Block(kind="paragraph", text=text)]
    assert (
        split_run_in(f"Analysts praised {word} today while markets rallied in late trading here")[0]
        is None
    )


def test_a_camel_case_name_after_a_determiner_in_a_sentence_is_not_a_run_in_heading() -> None:
    """'from the NeverBell movement': a capitalised word after a determiner, inside a sentence in
    lower case, is a name's first half; a title-case heading may still end on "the Future"."""
    text = "Hal Brandt distanced himself from the NeverBell movement by saying he would serve if asked."
    assert split_run_in(text) == (None, text)
    heading, rest = split_run_in("Looking Ahead to the FutureRussia launched a new wave of drones overnight.")
    assert heading == "Looking Ahead to the Future" and rest.startswith("Russia launched")


def test_also_read_line_is_dropped_even_when_glued_to_heading_and_paragraph() -> None:
    text = (
        f"{BODY}\n\n"
        "Also Read | Russia says Istanbul talks will go aheadTrump frustrated with Putin's delayUS President "
        "Donald Trump said on Monday he was frustrated with the pace of the talks.\n\n"
        "ALSO READ: Oil prices slip as supply fears ease"
    )
    assert kinds_and_texts(text) == [
        ("paragraph", BODY),
        ("heading", "Trump frustrated with Putin's delay"),
        (
            "paragraph",
            "US President Donald Trump said on Monday he was frustrated with the pace of the talks.",
        ),
    ]


def test_multi_line_legal_disclaimer_is_removed() -> None:
    text = (
        f"{BODY}\n\n"
        "Legal Disclaimer:\n"
        "MENAFN provides the information “as is” without warranty of any kind. We do not accept\n"
        "any responsibility or liability for the accuracy, content, images, videos, licenses,\n"
        "completeness, legality, or reliability of the information contained in this article. If\n"
        "you have any complaints or copyright issues related to this article, kindly contact the provider above."
    )
    assert kinds_and_texts(text) == [("paragraph", BODY)]


def test_comment_widgets_and_comment_section_are_removed() -> None:
    text = (
        f"{BODY}\n\nThe ministry will publish the full figures next week.\n\n"
        "No comment\n\nShare this article\n\nFacebook Twitter Email\n\n"
        "3 Comments\n\nJohn: This is outrageous, they never learn.\n\nMary: Totally agree with you."
    )
    assert [b.text for b in clean_blocks(text)] == [
        BODY,
        "The ministry will publish the full figures next week.",
    ]


def test_a_readers_prompt_between_paragraphs_does_not_end_the_article() -> None:
    """"What do you think?" between two paragraphs of a story is a prompt, not a comment section;
    when widget chrome follows it, it still is one."""
    rest = (
        "“We are pleased with how the first group did,” says programme director Lena Marsh. “The second "
        "and third groups will show whether the funders get their money back or not, and we will publish "
        "every figure as it comes in.”"
    )
    text = f"{BODY}\n\nThe ministry will publish the full figures next week.\n\nWhat do you think?\n\n{rest}"
    assert [b.text for b in clean_blocks(text)] == [BODY, "The ministry will publish the full figures next week.", rest]
    comments = f"{BODY}\n\nThe ministry will publish the full figures next week.\n\nWhat do you think?\n\nSort by newest\n\n{rest}"
    assert [b.text for b in clean_blocks(comments)] == [BODY, "The ministry will publish the full figures next week."]


def test_a_live_blogs_glued_action_links_go_with_the_names_around_them() -> None:
    """Extraction glues a live blog's entry footer and the next entry's header into one line; the
    names there would read as speakers of the quotes around them."""
    text = (
        f"{BODY}\n\n"
        "Ann ReyesFlagShareLikeReplyTom Kline 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PMMayor Hits "
        "Council On Budget Cuts\n\n"
        "\"We will not sign this budget,\" the mayor said on Friday night.\n\n"
        "I would like to reply to the council, the mayor added later."
    )
    assert [b.text for b in clean_blocks(text)] == [
        BODY,
        "Mayor Hits Council On Budget Cuts",
        "\"We will not sign this budget,\" the mayor said on Friday night.",
        "I would like to reply to the council, the mayor added later.",
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "By Jane Doe",
        "By Jane Doe and Omar Haddad, Reuters",
        "(Reporting by Jane Doe in Kyiv; Editing by Mark Heinrich)",
        "Photo: AP",
        "Getty Images",
        "Most read",
        "Read more",
        "Subscribe to our daily newsletter for the latest updates",
        "Get Garden Weekly delivered through your letterbox every week. 26 issues for £19.99.",
        "We use cookies to improve your experience on our site.",
        "Advertisement",
        "© 2025 Example News Ltd. All rights reserved.",
    ],
)
def test_furniture_lines_are_removed(furniture: str) -> None:
    assert [b.text for b in clean_blocks(f"{BODY}\n\n{furniture}\n\n{BODY} Again.")] == [
        BODY,
        f"{BODY} Again.",
    ]


def test_trailing_reuters_credit_is_cut_from_paragraph() -> None:
    blocks = clean_blocks(f"{BODY} (Reporting by Jane Doe; Editing by Mark Heinrich)")
    assert [b.text for b in blocks] == [BODY]


def test_inline_photo_credits_are_cut() -> None:
    blocks = clean_blocks(f"Firefighters at the scene (AP Photo/Jane Doe). {BODY} (Photo: Reuters)")
    assert [b.text for b in blocks] == [f"Firefighters at the scene. {BODY}"]


def test_sentences_that_mention_furniture_words_are_kept() -> None:
    text = (
        "By Monday, Russia had fired more than 300 drones at the capital.\n\n"
        "Readers left 3,000 comments on the ministry's post before it was deleted on Tuesday."
    )
    assert len(clean_blocks(text)) == 2


@pytest.mark.parametrize(
    ("messy", "clean"),
    [
        ("Trump said :“We're going to win this.”", "Trump said: “We're going to win this.”"),
        (
            "He warned Putin was“playing with fire.”He left.",
            "He warned Putin was “playing with fire.” He left.",
        ),
        (
            'She said:"We will rebuild." Then she left.',
            'She said: "We will rebuild." Then she left.',
        ),
        ('It was"a disaster"for everyone.', 'It was "a disaster" for everyone.'),
        ("“ Spaced inside ” quotes , too", "“Spaced inside” quotes, too"),
        # a closing mark typed as an opening one after a comma keeps its space: it closes the quote
        ("“It's odd,“ said Dana Pike. “We never saw it.”", "“It's odd,“ said Dana Pike. “We never saw it.”"),
    ],
)
def test_quote_spacing_is_normalised_but_quote_characters_kept(messy: str, clean: str) -> None:
    assert normalise_spacing(messy) == clean


def test_control_and_zero_width_characters_and_whitespace_are_cleaned() -> None:
    blocks = clean_blocks(
        "Kyiv\u200b said\x07 the   talks\u00a0would\tresume on Friday, officials confirmed."
    )
    assert blocks == [
        Block(text="Kyiv said the talks would resume on Friday, officials confirmed.")
    ]


def test_short_title_like_lines_become_headings() -> None:
    text = f"Markets rally after the vote\n{BODY}\n\nWhat happens next\n\nThe vote is final, officials said."
    assert [b.kind for b in clean_blocks(text)] == ["heading", "paragraph", "heading", "paragraph"]
    assert not looks_like_heading("“We are ready,” she said")
    assert not looks_like_heading("The talks will resume on Friday.")


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "The central bank raised its key rate by half a point on Thursday,\n"
        "its third increase this year, and signalled that more tightening\n"
        "could follow if inflation fails to cool in the coming months."
    )
    assert len(clean_blocks(text)) == 1


def test_runs_of_short_lines_are_a_list_not_headings() -> None:
    text = f"{BODY}\n\nJune 9 Coral Sky Amphitheatre\n\nJune 10 Credit Union Arena\n\nJune 14 Bank Amphitheatre"
    assert [b.kind for b in clean_blocks(text)] == ["paragraph"] * 4


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_blocks_without_error(text: str) -> None:
    for block in clean_blocks(text):
        assert block.text == block.text.strip()
        assert block.text


def test_bare_related_marker_drops_the_headline_under_it() -> None:
    text = f"{BODY}\n\nAlso Read\n\nOil prices slip as supply fears ease\n\nThe ministry welcomed the decision, a spokesman said."
    assert [b.text for b in clean_blocks(text)] == [
        BODY,
        "The ministry welcomed the decision, a spokesman said.",
    ]


def test_heading_line_above_a_hard_wrapped_paragraph_stays_a_heading() -> None:
    text = (
        "Rates rise again\n"
        "The central bank raised its key rate by half a point on Thursday,\n"
        "Its third increase this year, and it signalled that more tightening\n"
        "could follow if inflation fails to cool in the coming months."
    )
    assert [b.kind for b in clean_blocks(text)] == ["heading", "paragraph"]


def test_keyword_tag_lists_and_reprint_widgets_are_removed() -> None:
    text = f"{BODY}\n\nstock car 2018, stock car brasil, interlagos, tarumã, cascavel\n\nOrder Reprints\n\nPrint Article"
    assert [b.text for b in clean_blocks(text)] == [BODY]


LONG_PARAGRAPH = (
    "The committee heard evidence from more than forty witnesses over three weeks, including former "
    "ministers, senior civil servants and the heads of two regulators, before it concluded that the "
    "programme had been approved without a proper assessment of its costs."
)


REPRINT_NOTICE = (
    "This copy is for your personal, non-commercial use only. Distribution and use of this "
    "material are governed by our Subscriber Agreement and by copyright law. For non-personal use "
    "or to order multiple copies, please contact our reprints desk by phone or by email today."
)
SUBSCRIPTION_OFFER = (
    "Get access to the country's fastest growing market research service Example Pro for as "
    "little as $49 for the first year. Use the code SAVE49 at checkout. Example Pro gives you "
    "daily stock ideas, portfolio reviews, expert interviews and an ad-free reading experience on "
    "every device you own."
)


@pytest.mark.parametrize("footer", [REPRINT_NOTICE, SUBSCRIPTION_OFFER])
def test_long_reprint_and_subscription_footers_are_removed(footer: str) -> None:
    assert len(footer.split()) > 40  # longer than the furniture limit for other blocks
    assert [b.text for b in clean_blocks(f"{LONG_PARAGRAPH}\n\n{footer}")] == [LONG_PARAGRAPH]


def test_long_paragraphs_about_subscriptions_are_kept() -> None:
    about = (
        "Streaming services are raising prices again: subscribers can still get access to the "
        "basic plan for as little as $6.99 a month, but only with adverts, and the company said on "
        "Tuesday that the cheapest plan without adverts would cost $15.49 from next month, a rise "
        "of almost a fifth."
    )
    opens_like_offer = (
        "Get access to clean water, and most of the illnesses in the camp disappear within weeks, "
        "the doctors said, adding that the charity had drilled four new wells since the spring and "
        "planned six more before the rainy season, when cholera usually returns to the region."
    )
    text = f"{LONG_PARAGRAPH}\n\n{about}\n\n{opens_like_offer}"
    assert [b.text for b in clean_blocks(text)] == [LONG_PARAGRAPH, about, opens_like_offer]


def test_teaser_section_after_the_article_is_dropped_but_article_resumes_after_a_widget() -> None:
    teasers = "Most read\n\nFloods hit the north\n\nRescuers reached three villages on Sunday.\n\nStrikes spread"
    assert [
        b.text for b in clean_blocks(f"{LONG_PARAGRAPH}\n\n{LONG_PARAGRAPH} Again.\n\n{teasers}")
    ] == [
        LONG_PARAGRAPH,
        f"{LONG_PARAGRAPH} Again.",
    ]
    resumed = clean_blocks(f"{LONG_PARAGRAPH}\n\n{teasers}\n\nIn its reply, {LONG_PARAGRAPH}")
    assert resumed[-1].text == f"In its reply, {LONG_PARAGRAPH}"


def test_pasted_title_loses_control_and_zero_width_characters():
    from briefing import brief_text

    briefing = brief_text("Kyiv\x05 talks\u200b resume \x1b[31m\n\nDelegations met in Istanbul on Monday to resume the talks.")
    assert briefing.title == "Kyiv talks resume [31m"


def test_sentence_end_whose_space_extraction_lost_is_spaced_again() -> None:
    """ "… with a sigh.Stafford, earlier in the hearing, was adamant": the sentence ends at the full
    stop, so the "he" after it means Stafford, not the man of the sentence before. Web and file names
    and abbreviations keep their dots."""
    assert normalise_spacing("“Oh my,” Lucas responded with a sigh.Stafford, earlier, was adamant.") == (
        "“Oh my,” Lucas responded with a sigh. Stafford, earlier, was adamant."
    )
    assert normalise_spacing("“Fine,” he continued.He and others questioned it.") == "“Fine,” he continued. He and others questioned it."
    for kept in ("Visit www.Example.com today.", "Book on booking.Com now.", "In St.Louis today.", "See e.g.The list."):
        assert normalise_spacing(kept) == kept


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("and the judge inter- rupted me.", "and the judge interrupted me."),
        ("I ex- pected to go home, wel- comed by friends.", "I expected to go home, welcomed by friends."),
        # suspended hyphens and a name broken at a line end join into no word: left as written
        ("pre- and post-war budgets, two- or three-day stays", "pre- and post-war budgets, two- or three-day stays"),
        ("a student at Dart- mouth", "a student at Dart- mouth"),
    ],
)
def test_a_word_broken_at_a_printed_line_end_is_joined_only_into_a_word(printed: str, expected: str) -> None:
    assert normalise_spacing(printed) == expected
