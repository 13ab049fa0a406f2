"""extract_html: one trafilatura pass gives body blocks (headings kept) and metadata."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.clean import clean_blocks
from briefing.extract import extract_html, url_host

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
