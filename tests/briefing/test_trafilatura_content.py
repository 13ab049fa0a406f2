"""``trafilatura_content`` is trafilatura's ``extract_content`` with two selections made in Python.

The functions it repeats are held to fingerprints of trafilatura's sources, the expressions its
selectors replace to fingerprints of their text (a trafilatura release that changes either fails
here: bring the module in line, then update the fingerprint), and the selectors to the
expressions on generated pages: nested elements of the tags concerned, with ids, classes, roles,
styles and the other attributes read, written in any order, from pieces around every token of
the patterns and their near misses. ``test_trafilatura_passes`` compares whole bodies with
``bare_extraction``'s on written pages.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect

from hypothesis import given, settings
from hypothesis import strategies as st
from trafilatura.utils import load_html

from briefing import trafilatura_content
from briefing.trafilatura_content import (
    FRAMES,
    _headers,
    basic_clean_selection,
    captions,
    overall_discards,
    page_text_length,
    precision_discards,
    teasers,
)

#: Fingerprints of the trafilatura functions ``trafilatura_content`` repeats.
SOURCES = {
    "extract_content": "f0270c94ac5f30b5",
    "_extract": "3e0e39ed3e03e8e4",
    "prune_unwanted_sections": "e6eb7afcc64d3f37",
}
#: Fingerprints of the expressions its selectors replace (whitespace-normalised text).
XPATHS = {
    "BODY_XPATH": "775e2256647ff46d",
    "OVERALL_DISCARD_XPATH": "dc760978391c1f23",
    "DISCARD_IMAGE_ELEMENTS": "271b5ef29bbc5bf0",
    "TEASER_DISCARD_XPATH": "50f9c0568a62e759",
    "PRECISION_DISCARD_XPATH": "e7f183e97fc7191b",
}


#: ``page_text_length`` repeats baseline's ``html2txt`` with ``basic_cleaning``'s expression replaced.
BASELINE_SOURCES = {"html2txt": "a8c97eab2097c57d", "basic_cleaning": "80877b2ccdefda2d"}
BASIC_CLEAN_XPATH = "db6c25acd08aef99"


#: ``PrunedPage._rescued`` repeats core's recall retry (with ``fast`` on) through ``extract_content``.
CORE_SOURCES = {
    "_recall_retry": "59594c39714f57be",
    "_prepare_tree": "9595f0642825c2c7",
    "_extract_and_compare": "f7d056c2118222e8",
}


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def test_the_repeated_trafilatura_code_is_unchanged() -> None:
    from trafilatura import main_extractor

    for name, fingerprint in SOURCES.items():
        assert _fingerprint(inspect.getsource(getattr(main_extractor, name))) == fingerprint, name


def test_the_replaced_expressions_are_unchanged() -> None:
    from trafilatura import xpaths
    from trafilatura.settings import BASIC_CLEAN_XPATH as basic_clean

    for name, fingerprint in XPATHS.items():
        text = "\n".join(" ".join(x.path.split()) for x in getattr(xpaths, name))
        assert _fingerprint(text) == fingerprint, name
    assert _fingerprint(" ".join(basic_clean.path.split())) == BASIC_CLEAN_XPATH


def test_the_repeated_recall_retry_is_unchanged() -> None:
    from trafilatura import core

    for name, fingerprint in CORE_SOURCES.items():
        assert _fingerprint(inspect.getsource(getattr(core, name))) == fingerprint, name


def test_the_repeated_html2txt_is_unchanged() -> None:
    baseline = importlib.import_module("trafilatura.baseline")  # the package exports a function of that name
    for name, fingerprint in BASELINE_SOURCES.items():
        assert _fingerprint(inspect.getsource(getattr(baseline, name))) == fingerprint, name


def test_no_pattern_matches_an_empty_attribute() -> None:
    """``overall_discards`` passes over elements without attributes: every test needs one."""
    patterns = [value for name, value in vars(trafilatura_content).items() if name.startswith("_")
                and hasattr(value, "search")]  # fmt: skip
    assert len(patterns) >= 10
    assert not any(pattern.search("") for pattern in patterns)


#: Pieces of attribute values around the selectors' tokens, near misses and other case.
PIECES = [
    "post", "entry", "articleContent", "article-content", "entry-content", "article__content", "articleBody",
    "article_body", "body-text", "post-text", "post_content", "postContent", "article-text", "ArticleContent",
    "article__container", "primary", "story-body", "article ", "fulltext", "FullText", "story-content",
    "single-post", "wpb_text_column", "postarea", "art-postcontent", "text", "cell", "story", "article",
    "content", "content-main", "content_main", "contentBody", "content__body", "Main-Content", "main-content",
    "Page-Content", "page-content", "main", "Main", "cookie", "Cookie", "share", "Share", "shar", "social",
    "newsletter", "tags", "tag-list", "sidebar", "banner", "breadcrumb", "bread-crumb", "button", "author",
    "byline", "footer", "nav", "Nav", "navbar", "menu", "related", "elated", "premium", "ad-", "-ad-", " ad ",
    "dfpAd", "widget", "meta", "slide", "comments-title", "reply-", "hidden", "hide-", " hide", "-hide-",
    "message", "akismet", "reader-comments", "noprint", "display:none", "display: none", "true", "articleBody",
    "MostPopularStories", "caption", "Caption", "teaser", "Teaser", "bottom", "Bottom", "link", "links", "border",
    "x", "-", " ", "",
]  # fmt: skip
ATTRIBUTES = ["id", "class", "role", "style", "itemprop", "aria-hidden", "data-component", "data-lp-replacement-content"]
TAGS = ["article", "div", "main", "section", "item", "list", "p", "span", "aside", "ul", "li", "a", "h1"]
_VALUE = st.lists(st.sampled_from(PIECES), max_size=3).map("".join)


@st.composite
def _element_open(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(ATTRIBUTES), unique=True, max_size=4))  # in any order
    attributes = "".join(f' {name}="{draw(_VALUE)}"' for name in names)
    return f"<{draw(st.sampled_from(TAGS))}{attributes}>"


_PAGE_PIECES = st.one_of(
    _element_open(), st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"), st.sampled_from(["text", " tail ", "<!-- c -->"])
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PAGE_PIECES, max_size=40))
def test_the_selectors_select_what_trafilaturas_xpaths_select(pieces: list[str]) -> None:
    from trafilatura.xpaths import BODY_XPATH

    tree = load_html(f"<html><head><title>t</title></head><body>{''.join(pieces)}</body></html>")
    if tree is None:
        return
    for frame, xpath in zip(FRAMES, BODY_XPATH, strict=True):
        assert frame(tree) is next(iter(xpath(tree)), None)
    for selector, xpaths in _discards():
        assert selector(tree) == [element for xpath in xpaths for element in xpath(tree)]


def _discards():  # type: ignore[no-untyped-def]
    """Each discard selector and the expressions whose selections, in order, it gives."""
    from trafilatura.xpaths import (
        DISCARD_IMAGE_ELEMENTS,
        OVERALL_DISCARD_XPATH,
        PRECISION_DISCARD_XPATH,
        TEASER_DISCARD_XPATH,
    )

    return [
        (overall_discards, OVERALL_DISCARD_XPATH),
        (captions, DISCARD_IMAGE_ELEMENTS),
        (teasers, TEASER_DISCARD_XPATH),
        (_headers, PRECISION_DISCARD_XPATH[:1]),
        (precision_discards, PRECISION_DISCARD_XPATH[1:]),
    ]


def test_the_selectors_over_every_piece() -> None:
    """One element per tag and piece, for each attribute, and for id and class together in both
    orders (``@id|@class`` reads the one written first); each discard selector finds something."""
    from trafilatura.xpaths import BODY_XPATH

    openings = [f'<{tag} {name}="{piece}">' for tag in TAGS for name in ATTRIBUTES for piece in PIECES]
    openings += [f'<div id="{a}" class="{b}">' for a in PIECES for b in ("cookie", "reply-x", "x")]
    openings += [f'<div class="{b}" id="{a}">' for a in PIECES for b in ("cookie", "reply-x", "x")]
    openings += [f'<p style="{a}" id="{b}">' for a in PIECES for b in ("hidden", "x")]
    openings += [f'<div class="{a}" id="{b}">' for a in PIECES for b in ("bottom", "x link")]
    openings.append("<header>")
    found = {selector: 0 for selector, _ in _discards()}
    for opening in openings:
        tag = opening[1:].split()[0]
        tree = load_html(f"<html><head><title>t</title></head><body><div>{opening}text</{tag}></div></body></html>")
        for frame, xpath in zip(FRAMES, BODY_XPATH, strict=True):
            assert frame(tree) is next(iter(xpath(tree)), None), opening
        for selector, xpaths in _discards():
            selected = [element for xpath in xpaths for element in xpath(tree)]
            assert selector(tree) == selected, opening
            found[selector] += bool(selected)
    assert all(found.values())



_TEXT_PIECES = st.sampled_from([
    "<aside>", "</aside>", "<footer>", "</footer>", "<script>x=1</script>", "<style>p{}</style>", "<svg><path/></svg>",
    "<template>t</template>", "<fencedframe></fencedframe>", '<div class="site-footer">', '<div id="Footer">',
    '<div class="footer" id="x">', '<div id="x" class="footer">', '<div id="footer" class="x">', '<p class="footer">',
    '<div class="cookie-banner">', '<span id="CookieConsent">', '<div class="cookies-not-set">', '<div id="onetrust-x">',
    '<section class="notice__cookie">', "</div>", "</span>", "</section>", "<p>", "</p>", "<li>", "<h2>", "<br>",
    "<table><tr><td>", "</td></tr></table>", " ", "\n", "word", "Word", "a,b", "\x0b",
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=40))
def test_page_text_length_is_html2txts(pieces: list[str]) -> None:
    """html2txt's cleaning selection and the length of its text, on pages of the nodes it
    deletes (footer divs named by class or id, in either order, cookie banners) and block text."""
    from trafilatura.baseline import html2txt
    from trafilatura.settings import BASIC_CLEAN_XPATH as basic_clean

    tree = load_html(f"<html><head><title>t</title></head><body>{''.join(pieces)}</body></html>")
    if tree is None:
        return
    body = tree.find(".//body")
    assert basic_clean_selection(body) == basic_clean(body)
    assert page_text_length(tree) == len(html2txt(tree))


#: A page whose content frame holds too little text, with paragraphs outside it: the main pass
#: comes up short and the wild-text recovery reads the backup of the cleaned tree.
SHORT_FRAME = """<html><head><title>t</title></head><body>
<div class="article-body"><p>A short lead.</p><p>Another short line.</p></div>
<div class="other"><p>The regional water board said on Monday that reservoir levels had fallen to their lowest
point in thirty years, and asked households to cut their use by a fifth.</p>
<p>Officials said the rationing would last until the autumn rains return to the valley.</p></div>
</body></html>"""


def test_the_backup_made_again_is_the_deep_copy() -> None:
    """``again`` stands in for the deep copy ``extract_content`` would take: same body."""
    from copy import copy

    from lxml import etree
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning

    from briefing.extract import _extractor
    from briefing.trafilatura_content import extract_content

    options = _extractor(False)
    page = load_html(SHORT_FRAME)
    made = []

    def cleaned() -> object:
        made.append(1)
        return convert_tags(tree_cleaning(copy(page), options), options)

    expected, expected_text = extract_content(cleaned(), options)
    body, text = extract_content(cleaned(), options, again=cleaned)
    assert len(made) == 3  # the short main pass asked for the backup
    assert (etree.tostring(body), text) == (etree.tostring(expected), expected_text)
    assert "reservoir" in text
