"""PrunedPage gives the very body trafilatura's bare_extraction gives, for both of our passes.

It replays trafilatura's cascade with the shared raw-tree work done once, so a trafilatura
upgrade that changes the cascade must show up here: each page is extracted both ways and the
bodies compared as serialized XML. The pages are written to reach each branch: an article with
furniture, a comment thread on a news page, a forum thread (comment lists pruned by the precision
pass only), a thin page that takes the baseline rescue and a short lead on a long page that
takes the recall retry. (On these pages both passes keep the same blocks; the 94 dev pages,
where a quarter differ, are compared by the byte-identity check the speed work runs.)
The pages are parsed by ``load_page``, the extraction's own parse, and the reference by
trafilatura's ``load_html``. Below, the parts that replace trafilatura's own code are held to
it alone: the prune selectors to its XPaths, ``load_page`` to ``load_html``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from briefing.extract import _extractor
from briefing.trafilatura_passes import (
    _XML_INVALID_CHARS,
    PrunedPage,
    appended_articles,
    comment_sections,
    load_page,
    page_text_bound,
    share_buttons,
    whole_page_prunes,
)

PROSE = (
    "The regional water board said on Monday that reservoir levels had fallen to their lowest point "
    "in thirty years, and asked households to cut their use by a fifth until the autumn rains return. "
)
LINKS = "".join(f'<li><a href="/story/{n}">Another story number {n}</a></li>' for n in range(12))

ARTICLE = f"""<html><head><title>Water board warns of shortage</title></head><body>
<nav><ul>{LINKS}</ul></nav>
<article><h1>Water board warns of shortage</h1>
<p>{PROSE * 3}</p><p>Read more: Dry summer ahead</p><p>{PROSE * 2}</p>
<figure><figcaption>The reservoir at dusk. Photo: Staff</figcaption></figure>
<form action="/subscribe"><label for="m">Get our newsletter</label><input id="m" name="mail" value="you@">
<select name="f"><option>Daily</option></select><textarea name="t">Your letter</textarea></form>
<p>Share this article</p><p>{PROSE}</p>
<div class="related"><h3>Related</h3><ul>{LINKS}</ul></div>
</article><footer>Contact us | Terms | Privacy</footer></body></html>"""

COMMENTS = f"""<html><head><title>Letters</title></head><body><main>
<div class="mvp-post-add-box"><h1>Next story</h1><p>{PROSE}</p></div>
<div id="infinite-scroll"><p>{PROSE}</p></div><section class="infinite-scroll"><h1>Own</h1></section>
<div class="elementor-share-buttons">Share on X</div>
<p>{PROSE * 4}</p><p>{PROSE * 2}</p>
<div id="commentary"><p>{PROSE}</p></div><ul id="disqus_thread"><li>Kept</li></ul>
<div id="comments"><h3>12 comments</h3><ul class="comment-list">
<li class="comment">Great piece, thanks for writing it.</li>
<li class="comment">I disagree with the board entirely, they should have acted sooner.</li>
</ul></div><ol class="comments"><li>First!</li></ol></main></body></html>"""

FORUM = f"""<html><head><title>Thread</title>
<script type="application/ld+json">{{"@context": "https://schema.org",
"@type": "DiscussionForumPosting", "headline": "Water rationing?"}}</script></head><body>
<div class="post"><p>{PROSE * 2}</p></div>
<div id="comments"><ul class="comments">
<li class="comment"><p>{PROSE}</p></li><li class="comment"><p>Same here in the north.</p></li>
</ul></div></body></html>"""

THIN = """<html><head><title>Notice</title></head><body>
<div class="box"><span>Reservoir levels are low.</span> <span>Please save water.</span></div>
<div><a href="/a">Home</a></div></body></html>"""

TEASER = f"""<html><head><title>Live</title></head><body>
<article><p>{PROSE * 2}</p></article>
<div class="sidebar">{("<p>" + PROSE * 2 + "</p>") * 12}</div></body></html>"""


def _reference(html: str, precision: bool) -> bytes | None:
    options = _options(precision)
    doc = bare_extraction(load_html(html), options=options)
    return None if doc is None else etree.tostring(doc.body)


def _options(precision: bool):  # type: ignore[no-untyped-def]
    from copy import copy

    options = copy(_extractor(precision))
    options.url = options.source = "https://example.org/water"
    return options


@pytest.mark.parametrize("html", [ARTICLE, COMMENTS, FORUM, THIN, TEASER],
                         ids=["article", "comments", "forum", "thin", "teaser"])
def test_both_passes_match_bare_extraction(html: str) -> None:
    page = PrunedPage(load_page(html))
    for precision in (False, True):  # the order extract_html runs them in
        body = page.body(_options(precision), last=precision)
        assert (None if body is None else etree.tostring(body)) == _reference(html, precision)


def test_the_pages_reach_the_branches_they_are_written_for() -> None:
    """Guards the comparison above against pages that all take the same plain path."""
    from trafilatura.baseline import html2txt
    from trafilatura.core import ESCALATION_MAX_LENGTH, ESCALATION_PAGE_SHARE

    assert PrunedPage(load_html(FORUM)).is_forum
    assert not PrunedPage(load_html(ARTICLE)).is_forum
    thin = etree.tostring(PrunedPage(load_html(THIN)).body(_options(False)))
    assert b"Home" in thin  # only the baseline's whole-page text has the link
    teaser = PrunedPage(load_html(TEASER))
    text = " ".join(teaser.body(_options(False)).itertext())
    assert _options(False).min_extracted_size <= len(text) < ESCALATION_MAX_LENGTH
    assert len(text) < ESCALATION_PAGE_SHARE * len(html2txt(teaser.tree))  # the retry runs


_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", '<div class="site-footer">', '<div id="cookie-banner">',
    "<aside>", "</aside>", "<footer>", "</footer>", "<script>", "</script>", "<style>", "</style>",
    "<svg>", "</svg>", "<template>", "</template>", "<span>", "</span>", "<br>", "<li>", "<h2>",
    "<table><tr><td>", "</td></tr></table>", "<!-- note -->", " ", "\n", "\t", "\x0b", "\x1f",
    "word", "Word", "x", "a,b", "…", "«quote»",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_page_text_bound_is_never_below_html2txt(pieces: list[str]) -> None:
    from trafilatura.baseline import html2txt

    tree = load_html(f"<html><head><title>t</title></head><body>{''.join(pieces)}</body></html>")
    if tree is not None:
        assert page_text_bound(tree) >= len(html2txt(tree))


# trafilatura's whole-page prune expressions, which PrunedPage's selectors replay in Python. If a
# trafilatura release changes one, this fails: update the selector to match, then this text.
PRUNE_XPATHS = {
    "RAW_TREE_PRUNE_XPATH": [
        ".//*[self::div or self::section or self::aside][ re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')"
        " or re:test(@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')][ not(.//h1) or"
        " re:test(@id, 'mvp-post-add-(?:box|wrap)') or re:test(@class, 'mvp-post-add-(?:box|wrap)')]",
        ".//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]",
    ],
    "REMOVE_COMMENTS_AND_LISTS_XPATH": [
        ".//*[self::div or self::list or self::section or self::details or self::ol or self::ul][ re:test(@id,"
        " '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)') or re:test(@class,"
        " '^[Cc]omment(?!ary)|(?:article|post)-comments')][ not(self::ol or self::ul) or re:test(@id,"
        " '^(?:[Cc]omment(?!ary)|comol)') or re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
    ],
    "REMOVE_COMMENTS_XPATH": [
        ".//*[self::div or self::list or self::section or self::details][ re:test(@id,"
        " '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)') or re:test(@class,"
        " '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
    ],
}


def test_trafilatura_prune_xpaths_are_the_ones_the_selectors_replay() -> None:
    from trafilatura import xpaths

    for name, paths in PRUNE_XPATHS.items():
        assert [" ".join(x.path.split()) for x in getattr(xpaths, name)] == paths, name


def _selector_pairs():  # type: ignore[no-untyped-def]
    from trafilatura.xpaths import (
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        REMOVE_COMMENTS_XPATH,
    )

    return [
        (RAW_TREE_PRUNE_XPATH[0], appended_articles),
        (RAW_TREE_PRUNE_XPATH[1], share_buttons),
        (REMOVE_COMMENTS_AND_LISTS_XPATH[0], lambda tree: comment_sections(tree, lists=True)),
        (REMOVE_COMMENTS_XPATH[0], lambda tree: comment_sections(tree, lists=False)),
    ]


#: Pieces of ids and classes around the prunes' patterns: near misses ("commentary", "elementor-share"),
#: the same words inside a name or after a space, and other case.
NAME_PARTS = [
    "comment", "Comment", "comments", "COMMENTS", "commentary", "Commentary", "comol", "disqus_thread",
    "dsq-comments", "article-comments", "post-comments", "mvp-post-add-box", "mvp-post-add-wrap", "mvp-post-add-",
    "infinite-scroll", "infinitescroll", "infinite", "scroll", "elementor-share-buttons", "elementor-share",
    "main", " ", "-", "x",
]
TAGS = ["div", "section", "aside", "details", "list", "ol", "ul", "article", "p", "li", "span"]
_NAME = st.one_of(st.none(), st.lists(st.sampled_from(NAME_PARTS), max_size=3).map("".join))
_TAG = st.sampled_from(TAGS)


@st.composite
def _element_open(draw: st.DrawFn) -> str:
    named = [("id", draw(_NAME)), ("class", draw(_NAME))]
    if draw(st.booleans()):  # either may come first: XPath and the selectors read each by name
        named.reverse()
    attributes = "".join(f' {name}="{value}"' for name, value in named if value is not None)
    return f"<{draw(_TAG)}{attributes}>"


_PAGE_PIECES = st.one_of(
    _element_open(), _TAG.map(lambda tag: f"</{tag}>"), st.sampled_from(["<h1>Title</h1>", "text", " tail "])
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PAGE_PIECES, max_size=40))
def test_prune_selectors_select_what_trafilaturas_xpaths_select(pieces: list[str]) -> None:
    """Nested containers, some holding an h1, some inside others: the same nodes are selected,
    and PrunedPage leaves the tree trafilatura's two raw-tree prunes leave (text, tails)."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    html = f"<html><head><title>t</title></head><body>{''.join(pieces)}</body></html>"
    tree = load_html(html)
    if tree is None:
        return
    for xpath, selector in _selector_pairs():
        assert selector(tree) == xpath(tree)
    expected = prune_unwanted_nodes(prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH), REMOVE_COMMENTS_AND_LISTS_XPATH)
    assert etree.tostring(PrunedPage(load_html(html)).tree) == etree.tostring(expected)


def test_prune_selectors_over_every_tag_id_and_class() -> None:
    """One page with an element for each tag and each id or class from the pieces above (alone,
    with text after it, or after a word), and for each pair of an id and a class among the
    pieces: the selectors must pick the XPaths' very nodes."""
    names = ["", *NAME_PARTS, *(f"{a}{b}" for a in NAME_PARTS for b in ("x", " x", "-x"))]
    names += [f"x{a}" for a in NAME_PARTS] + [f"x {a}" for a in NAME_PARTS]
    attributes = [f' id="{name}"' for name in names] + [f' class="{name}"' for name in names]
    attributes += [f' id="{ident}" class="{classes}"' for ident in NAME_PARTS for classes in NAME_PARTS]
    elements = "".join(f"<{tag}{named}>t</{tag}>" for tag in TAGS for named in ["", *attributes])
    tree = load_html(f"<html><head><title>t</title></head><body>{elements}</body></html>")
    for xpath, selector in _selector_pairs():
        selected = xpath(tree)
        assert selector(tree) == selected
        assert selected  # each prune finds something here
    # the one walk PrunedPage makes (its first search passes over the names no prune reads)
    separate = (appended_articles(tree), share_buttons(tree))
    assert whole_page_prunes(tree, lists=True) == (*separate, comment_sections(tree, lists=True))
    assert whole_page_prunes(tree, lists=False) == (*separate, [])


def test_the_written_pages_reach_every_prune_selector() -> None:
    """The dev pages never hit the share-button prune; the comments page above hits them all."""
    tree = load_html(COMMENTS)
    for xpath, selector in _selector_pairs():
        assert selector(tree) == xpath(tree) != []


_DOCUMENT_PIECES = st.sampled_from([
    "<!DOCTYPE html>", "<!doctype html/>", "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x/y.dtd'>",
    '<?xml version="1.0" encoding="utf-8"?>', "<html>", "<HTML lang='en'/>", "<html/>", "</html>",
    "<head><title>t</title></head>", "<body>", "</body>", "<p>", "</p>", "<div>", "<br/>", "\n", " ",
    "<!-- note -->", "<?php echo 1; ?>", "&amp;", "&nbsp;", "<form action='/s'>", "<input name='q' value='x'>",
    "<label for='q'>Search</label>", "<select><option>o</option></select>", "<textarea>t</textarea>", "</form>",
    "text", "é", "\ud800", "html", "\x00", "\x08", "\x0b", "\x0c", "\x1f", "\t", "\r", "\ufffe", "\uffff", "\ufffd",
])


@settings(max_examples=600, deadline=None)
@given(st.lists(_DOCUMENT_PIECES, max_size=20))
def test_load_page_parses_as_load_html_does(pieces: list[str]) -> None:
    """Broken doctypes, self-closed html tags, encoding declarations, characters XML forbids,
    comments, forms, fragments: the same tree, or None, as trafilatura's load_html."""
    html = "".join(pieces)
    expected = load_html(html)
    page = load_page(html)
    assert (None if page is None else etree.tostring(page)) == (
        None if expected is None else etree.tostring(expected)
    )


#: Fingerprints of the trafilatura code ``load_page`` repeats. If a trafilatura release changes
#: one, this fails: bring load_page in line with the new code, then update the fingerprint.
LOAD_HTML_SOURCES = {
    "load_html": "bc0039c89805dea3",
    "repair_faulty_html": "7e68c7a3cb24910c",
    "fromstring_bytes": "c5ee8713366ea137",
}


def test_load_html_is_the_code_load_page_repeats() -> None:
    import hashlib
    import inspect

    from trafilatura import utils

    for name, fingerprint in LOAD_HTML_SOURCES.items():
        source = inspect.getsource(getattr(utils, name)).encode()
        assert hashlib.sha256(source).hexdigest()[:16] == fingerprint, name
    invalid = "".join(map(chr, range(0x10000)))
    assert utils.INVALID_XML_CHARS.sub("", invalid) == "".join(c for c in invalid if c not in _XML_INVALID_CHARS)
