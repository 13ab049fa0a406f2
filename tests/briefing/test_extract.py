"""extract_html: one trafilatura pass gives body blocks (headings kept) and metadata."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.clean import clean_blocks
from briefing.extract import (
    PRECISION_CHECK_SHARE,
    _drop_furniture,
    _furniture_share,
    extract_html,
    url_host,
)

PARAGRAPHS = [
    "The city council voted 7-2 on Tuesday to expand the tram network to the northern suburbs, "
    "ending a decade of debate over how to connect the fastest-growing districts to the centre.",
    "“This is the biggest investment in public transport in a generation,” said Mayor Ana Ruiz, "
    "who campaigned on the project. Construction is expected to begin next spring.",
    "Opponents argued that the 1.2 billion euro budget would crowd out spending on schools and "
    "road repairs, and that ridership forecasts were too optimistic.",
    "The line will add 14 stops and 9 kilometres of track, according to the council's plan, and "
    "is due to open in 2029 if the national government approves its share of the funding.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Council approves tram extension | Riverside Herald</title>
<meta property="og:title" content="Council approves tram extension">
<meta property="og:site_name" content="Riverside Herald">
<meta property="article:published_time" content="2025-03-18T09:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council approves tram extension</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<h2>Costs and critics</h2>
<p>{PARAGRAPHS[2]}</p>
<p>{PARAGRAPHS[3]}</p>
</article>
<div class="share">Share on Facebook Share on Twitter</div>
<footer>© 2025 Riverside Herald. All rights reserved.</footer>
</body></html>"""


def test_metadata_and_body_blocks() -> None:
    page = extract_html(PAGE, url="https://www.riverside-herald.example/news/tram")
    assert page.title == "Council approves tram extension"
    assert page.source == "Riverside Herald"
    assert page.published == "2025-03-18"
    blocks = page.text.split("\n\n")
    assert "Costs and critics" in blocks  # heading on its own line
    for paragraph in PARAGRAPHS:
        assert paragraph in blocks
    assert not page.text.startswith("Council approves")  # the H1 repeats the title


def test_blocks_after_cleanup_keep_the_heading() -> None:
    blocks = clean_blocks(extract_html(PAGE).text)
    assert ("heading", "Costs and critics") in [(b.kind, b.text) for b in blocks]
    assert [b.text for b in blocks if b.kind == "paragraph"] == PARAGRAPHS


def test_source_falls_back_to_url_host() -> None:
    page = extract_html(
        f"<html><body><article><p>{PARAGRAPHS[0]}</p></article></body></html>",
        url="https://www.example.org/a",
    )
    assert page.source == "example.org"
    assert url_host("not a url") == "not a url"
    assert url_host(None) is None


def test_garbage_input_gives_an_empty_page() -> None:
    assert extract_html("").text == ""
    assert extract_html("   ").text == ""
    assert extract_html(bytes(range(256)) * 20).text == ""  # type: ignore[arg-type]
    assert "\x00" not in extract_html("\x00\x01<html><p>Broken <<<>>> markup</p>").text


def test_plain_text_is_its_own_body() -> None:
    text = "The council met on Tuesday.\n\nIt approved the budget."
    assert extract_html(text).text == text


def test_huge_page_does_not_raise() -> None:
    junk = "<div><span>menu item</span></div>" * 8_000
    page = extract_html(
        f"<html><body>{junk}<article><p>{PARAGRAPHS[0]}</p></article></body></html>"
    )
    assert isinstance(page.text, str)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_string_never_raises(text: str) -> None:
    page = extract_html(text)
    assert isinstance(page.text, str)


LONG = [
    "The city council approved a new budget on Tuesday after months of debate over how to pay "
    "for repairs to roads, bridges and the ageing water system that serves the town.",
    "Council members said the plan would raise property taxes by two percent but protect the "
    "library and the public pool, which residents had campaigned to keep open.",
    "The mayor said the vote showed the council could still agree on hard choices, and promised "
    "a review of spending in the spring once the first repairs were finished.",
]


def test_short_blocks_the_precision_pass_drops_are_furniture() -> None:
    blocks = [LONG[0], "Read more: Mayor opens new bridge", LONG[1], "Budget at a glance", LONG[2]]
    precise = [LONG[0], "Budget at a glance", LONG[2]]  # it also lost a real paragraph
    assert _drop_furniture(blocks, precise) == [LONG[0], LONG[1], "Budget at a glance", LONG[2]]


def test_a_failed_precision_pass_changes_nothing() -> None:
    blocks = [LONG[0], "Share this story", LONG[1]]
    assert _drop_furniture(blocks, ["Share this story"]) == blocks
    assert _drop_furniture(blocks, []) == blocks


def test_the_second_pass_is_only_for_pages_heavy_with_short_blocks() -> None:
    assert _furniture_share(LONG) == 0.0
    links = [f"Another story headline {i}" for i in range(12)]
    assert _furniture_share([*LONG, *links]) >= PRECISION_CHECK_SHARE
    assert _furniture_share([]) == 0.0


def _page_with(site_meta: str, publisher: str) -> str:
    ld = f'{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget", "publisher": {{"@type": "Organization", "name": "{publisher}"}}}}'
    body = "".join(f"<p>{p}</p>" for p in LONG)
    return (
        f'<html><head><meta property="og:title" content="Budget">'
        f'<meta property="og:site_name" content="{site_meta}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><article>{body}</article></body></html>"
    )


def test_json_ld_names_the_site_only_when_the_meta_tags_give_a_handle() -> None:
    assert extract_html(_page_with("@courier", "The Town Courier")).source == "The Town Courier"
    assert extract_html(_page_with("https://courier.example", "Courier")).source == "Courier"
    # a proper name from the meta tags stays (JSON-LD often names a wire service instead)
    assert extract_html(_page_with("Courier", "United Wire Service")).source == "Courier"
