"""trafilatura's extraction cascade for our two passes, with the raw-tree work done once.

``bare_extraction`` copies the page tree, runs two whole-page XPath prunes on the copy, then
copies it again to clean it and a third time as a backup that only its readability/justext
comparison reads — which ``fast=True`` skips. The precision pass (a quarter of the pages)
repeats all of it on the same page. Here the prunes run once, on the parsed tree itself (its
metadata is read before), both passes clean their own copy of it, and no backup is made: the
steps, their order and their options are ``trafilatura.core.trafilatura_sequence``'s for
``fast=True, comments=False`` in trafilatura 2.3 (pinned in pyproject.toml), so the body is the same element for
element — ``tests/briefing/test_trafilatura_passes.py`` holds it to ``bare_extraction``'s.
On the 94 dev pages this cut ``brief_html``'s CPU by 3.6 % (1.6 ms a page); with
``page_text_bound`` and the precision pass cleaning the tree itself, by 9-11 % (4.3-5.2 ms).
The balanced pass must run before the precision one: on a forum page the precision pass prunes
the comment lists in place.

The whole-page prunes select trafilatura's nodes without its XPath expressions
(``RAW_TREE_PRUNE_XPATH``, ``REMOVE_COMMENTS_AND_LISTS_XPATH``, ``REMOVE_COMMENTS_XPATH``): their
``re:test`` calls back into Python for every class and id, and libxml2 walks the whole page for
each expression: 5-6 ms a dev page. Iterating the few tags concerned and matching the same
regular expressions in Python selects the same nodes in a quarter of the time.

Both passes and the recall retry run ``trafilatura_content.extract_content``: trafilatura's, with
the same kind of Python walks in place of its content-frame and discard XPaths; the retry's test
measures the page as ``html2txt`` does, its cleaning XPath replaced the same way
(``page_text_length``).

``load_page`` is trafilatura's ``load_html`` for a page given as text, without a regex pass
over a page that cannot need it and with element objects made in C.
"""

from __future__ import annotations

import functools
import logging
import re
from copy import copy
from typing import Any

log = logging.getLogger(__name__)

# The regular expressions of trafilatura's whole-page prunes, as written in trafilatura.xpaths
# (tests/briefing/test_trafilatura_passes.py pins those XPaths and compares the selections).
_SCROLLER = re.compile("mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED_ARTICLES = re.compile("mvp-post-add-(?:box|wrap)")
_COMMENTS_ID = re.compile("^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENT_LIST_ID = re.compile("^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS = re.compile("^[Cc]omment(?!ary)|(?:article|post)-comments")
#: A word each pattern above needs in a match ("[Cc]omment", "dsq-comments" and "article-comments"
#: hold "omment"), none of them across a line break: no match in an id or class without one.
_PRUNE_WORDS = re.compile("scroll|mvp-post-add-|elementor-share-buttons|omment|comol|disqus_thread")
#: What ``trafilatura.utils.INVALID_XML_CHARS`` matches, one character each.
_XML_INVALID_CHARS = tuple(map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)))


def load_page(html: str) -> Any | None:
    """``trafilatura.utils.load_html(html)``, with two costs taken out (byte-identical trees).

    Its repair step deletes every character XML forbids with a regex over the whole page, 1.5 ms
    on a dev page, none of which has one: looking for each character takes a third of that. With
    ``rfind``, not ``in``: on text stored two bytes a character (88 of the 94 dev pages) ``in``
    looks for NUL with a plain loop twice as slow as ``rfind``'s (the low byte of a NUL is no byte
    memchr can skip to), 0.1 ms a page; for the other characters the two cost the same.
    And its parser builds each element's Python object through lxml.html's class lookup, a Python
    call per element each time the extraction reaches one (200,000 a dev run); this parser, a copy
    of trafilatura's, looks the class up in C. Its elements are all ``HtmlElement``: only the form
    controls lose their lxml.html subclasses (``FormElement``, ``InputElement``…), whose extra
    methods neither trafilatura nor htmldate call. Together about 2.5 ms a page.
    """
    from lxml.html import fromstring  # type: ignore[import-untyped]
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS, is_dubious_html

    beginning = html[:50].lower()  # before the repair, as load_html reads it
    if any(html.rfind(char) >= 0 for char in _XML_INVALID_CHARS):
        html = INVALID_XML_CHARS.sub("", html)
    if "doctype" in beginning:
        first_line, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", first_line, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    tree, as_bytes = None, False
    try:
        tree = fromstring(html, parser=_page_parser())
    except ValueError:  # a str with an encoding declaration
        tree, as_bytes = _parse_bytes(html), True
    except Exception:
        log.debug("lxml could not parse the page", exc_info=True)
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _parse_bytes(html)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None  # not HTML after all
    return tree


def _parse_bytes(html: str) -> Any | None:
    """trafilatura's ``fromstring_bytes`` with our parser."""
    from lxml.html import fromstring

    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=_page_parser())
    except Exception:
        log.debug("lxml could not parse the page as bytes", exc_info=True)
    return None


@functools.cache
def _page_parser() -> Any:
    """trafilatura's ``HTML_PARSER`` (same options) with lxml.html's classes looked up in C."""
    from lxml.etree import ElementDefaultClassLookup  # type: ignore[import-untyped]
    from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
    from trafilatura.utils import HTML_PARSER

    parser = HTML_PARSER.copy()
    parser.set_element_class_lookup(
        ElementDefaultClassLookup(
            element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
        )
    )
    return parser


class PrunedPage:
    """A parsed page after the whole-page prunes both passes share; the tree is pruned in place."""

    def __init__(self, tree: Any) -> None:
        from trafilatura.core import _forum_thread_page

        self.is_forum = _forum_thread_page(tree)
        self._lists_pruned = not self.is_forum
        self.failed = False
        try:
            for found in whole_page_prunes(tree, lists=self._lists_pruned):
                _delete(found)
        except (TypeError, ValueError):  # bare_extraction's "discarding data", for both passes
            self.failed = True
        self.tree = tree

    def body(self, options: Any, *, last: bool = False) -> Any | None:
        """The XML body ``bare_extraction(tree, options=options).body`` gives, or None where it
        gives no document. ``options`` must have ``fast`` on and ``comments`` off. ``last``: no
        pass follows, so a precision pass may clean the tree itself, not a copy (a balanced pass
        may still need it for its rescue steps)."""
        from .trafilatura_content import extract_content

        precision = options.focus == "precision"
        if self.failed:
            return None
        try:
            if precision and not self._lists_pruned:  # a forum page: only precision prunes them
                _delete(comment_sections(self.tree, lists=True))
                self._lists_pruned = True
            if last and precision:
                body, text = extract_content(self._cleaned(self.tree, options), options)
            else:  # the page stays as it is: the cleaned tree can be made again if asked for
                body, text = extract_content(
                    self._cleaned(copy(self.tree), options),
                    options,
                    again=lambda: self._cleaned(copy(self.tree), options),
                )
            if options.focus == "balanced":
                body, text = self._rescued(body, text, options)
        except (TypeError, ValueError):  # bare_extraction's "discarding data"
            return None
        return body if len(text) >= options.min_output_size else None

    def _cleaned(self, tree: Any, options: Any) -> Any:
        """``tree`` (the page or a copy) cleaned and converted for a pass, as bare_extraction
        hands it to ``extract_content``."""
        from trafilatura.htmlprocessing import convert_tags, tree_cleaning

        cleaned = convert_tags(tree_cleaning(tree, options), options, options.url)
        if options.focus == "precision" and not self.is_forum:
            _delete(comment_sections(cleaned, lists=False))  # REMOVE_COMMENTS_XPATH
        return cleaned

    def _rescued(self, body: Any, text: str, options: Any) -> tuple[Any, str]:
        """trafilatura's baseline rescue and recall escalation, for a short balanced result."""
        from trafilatura.baseline import baseline
        from trafilatura.core import (
            ESCALATION_ACCEPT_RATIO,
            ESCALATION_MAX_LENGTH,
            ESCALATION_PAGE_SHARE,
        )

        from .trafilatura_content import extract_content, page_text_length

        if len(text) < options.min_extracted_size:
            b_body, b_text, b_len = baseline(self.tree)
            if b_len > len(text):
                body, text = b_body, b_text
        if (
            0 < len(text) < ESCALATION_MAX_LENGTH
            and len(text) < ESCALATION_PAGE_SHARE * page_text_bound(self.tree)
            and len(text) < ESCALATION_PAGE_SHARE * page_text_length(self.tree)
        ):
            r_options = copy(options)
            r_options.focus = "recall"
            r_text = ""
            try:  # trafilatura's ``_recall_retry`` with ``fast`` on, its backup made only if asked for
                r_body, r_text = extract_content(
                    self._cleaned(copy(self.tree), r_options),
                    r_options,
                    again=lambda: self._cleaned(copy(self.tree), r_options),
                )
            except Exception:
                log.debug("recall retry failed", exc_info=True)
            if len(r_text) >= options.min_extracted_size and len(r_text) > ESCALATION_ACCEPT_RATIO * len(text):
                body, text = r_body, r_text
        return body, text


def whole_page_prunes(tree: Any, *, lists: bool) -> tuple[list[Any], list[Any], list[Any]]:
    """What ``appended_articles``, ``share_buttons`` and, with ``lists``, ``comment_sections(tree,
    lists=True)`` select, in one walk over the page instead of three, to delete in that order.

    The three used to run each on the tree the one before had pruned; here all read the whole
    tree. The same nodes go: the share-button and comment tests read a node's own tag, class and
    id only, and a node the later walks no longer saw lies inside one already deleted, where
    deleting it again changes only that detached subtree. A third of the prunes' time.

    Most containers are named nothing the prunes look for: one search for the words every
    pattern needs passes them over (a third of the walk's time) before the four searches."""
    appended: list[Any] = []
    shares: list[Any] = []
    comments: list[Any] = []
    tags = ("div", "section", "aside", "list", "details", "ol", "ul") if lists else ("div", "section", "aside")
    for element in tree.iterdescendants(*tags):
        ident, classes = element.get("id", ""), element.get("class", "")  # XPath reads none as ""
        if not _PRUNE_WORDS.search(f"{ident}\n{classes}"):
            continue
        tag = element.tag
        if tag in _CONTAINERS:
            if (_SCROLLER.search(ident) or _SCROLLER.search(classes)) and (
                next(element.iterdescendants("h1"), None) is None
                or _APPENDED_ARTICLES.search(ident)
                or _APPENDED_ARTICLES.search(classes)
            ):
                appended.append(element)
            if "elementor-share-buttons" in classes:
                shares.append(element)
        if lists and tag != "aside":
            id_pattern = _COMMENT_LIST_ID if tag in ("ol", "ul") else _COMMENTS_ID
            if _COMMENTS_CLASS.search(classes) or id_pattern.search(ident):
                comments.append(element)
    return appended, shares, comments


_CONTAINERS = frozenset({"div", "section", "aside"})


def appended_articles(tree: Any) -> list[Any]:
    """The nodes of trafilatura's ``RAW_TREE_PRUNE_XPATH[0]``: infinite-scroll containers of
    follow-up articles, unless they hold an h1 (then the page's own article may be inside)."""
    found = []
    for element in tree.iterdescendants("div", "section", "aside"):
        ident, classes = element.get("id", ""), element.get("class", "")  # XPath reads none as ""
        if (_SCROLLER.search(ident) or _SCROLLER.search(classes)) and (
            next(element.iterdescendants("h1"), None) is None
            or _APPENDED_ARTICLES.search(ident)
            or _APPENDED_ARTICLES.search(classes)
        ):
            found.append(element)
    return found


def share_buttons(tree: Any) -> list[Any]:
    """The nodes of trafilatura's ``RAW_TREE_PRUNE_XPATH[1]``."""
    return [
        element
        for element in tree.iterdescendants("div", "section", "aside")
        if "elementor-share-buttons" in element.get("class", "")
    ]


def comment_sections(tree: Any, *, lists: bool) -> list[Any]:
    """The nodes of trafilatura's ``REMOVE_COMMENTS_XPATH``, or with ``lists`` of
    ``REMOVE_COMMENTS_AND_LISTS_XPATH``, which also takes ol and ul elements, but only by a
    comment class or an id starting with "comment" or "comol"."""
    tags = ("div", "list", "section", "details", "ol", "ul") if lists else ("div", "list", "section", "details")
    found = []
    for element in tree.iterdescendants(*tags):
        id_pattern = _COMMENT_LIST_ID if element.tag in ("ol", "ul") else _COMMENTS_ID
        if _COMMENTS_CLASS.search(element.get("class", "")) or id_pattern.search(element.get("id", "")):
            found.append(element)
    return found


def _delete(elements: list[Any]) -> None:
    """Delete in document order, keeping the tails: what ``prune_unwanted_nodes`` does with
    the nodes of one expression (a node inside one deleted before goes with it)."""
    from trafilatura.xml import delete_element

    for element in elements:
        delete_element(element)


def page_text_bound(tree: Any) -> int:
    """An upper bound of ``len(html2txt(tree))``, in a fifth of its time, so that the recall
    retry's test (the text is under a fifth of the page's) is settled without it on most pages
    (30 of the 37 dev pages that reach it). html2txt's cleaning XPath runs a Python regex on
    every class and id; it deletes scripts, styles, svg and templates among other things, then
    puts a space on each side of every block element's text and collapses whitespace. Deleting
    text never lengthens the collapsed text and each added space lengthens it by at most one, so
    deleting only those four and adding two per block element can only give more.
    """
    from lxml.etree import strip_elements
    from trafilatura.baseline import _BLOCK_ELEMS

    body = tree.find(".//body")
    page = copy(tree if body is None else body)
    strip_elements(page, "script", "style", "svg", "template", with_tail=False)
    blocks = sum(1 for _ in page.iter(*_BLOCK_ELEMS))
    return len(" ".join(page.text_content().split())) + 2 * blocks
