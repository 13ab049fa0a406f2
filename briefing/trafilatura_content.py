"""trafilatura's ``extract_content`` with its content-area and discard XPaths selected in Python.

``extract_content`` finds the article's frame with ``BODY_XPATH`` and prunes it with
``OVERALL_DISCARD_XPATH`` among others. Those expressions test ids and classes with ``re:test``,
which calls back into Python for each attribute of each element, and libxml2 evaluates every
expression over the whole tree (the first frame expression even when its first element is the
answer): 2.3 ms a dev page, a tenth of the briefing (the discard expressions for captions, teasers
and, in the precision pass, borders, "bottom" and "link" blocks take another 0.2 ms). Walking the elements and matching the same
regular expressions in Python selects the same nodes in a fifth of the time (~1.5 ms a page): the
frame walk stops at the first match, and an element without attributes is passed over at once
(every test below needs an attribute; none of the patterns matches an empty string).

``page_text_length`` is ``len(html2txt(tree))``, the page length the recall retry's test reads,
with html2txt's cleaning XPath (a regex callback per element of the page, ~3 ms) replaced the
same way: 1.6x faster on the pages ``trafilatura_passes.page_text_bound`` does not settle.

The three functions below are trafilatura 2.3's ``extract_content``, ``_extract`` and
``prune_unwanted_sections`` (pinned in pyproject.toml) with only those selections replaced;
``tests/briefing/test_trafilatura_content.py`` holds their sources to fingerprints, the
expressions to the selectors (generated pages, every attribute order) and the result to
trafilatura's on the written pages; the byte-identity check of the speed work compares whole
briefings. What XPath reads, the selectors read: a missing attribute is "", ``@id|@class`` is
whichever of the two the element's markup writes first, and a node-set's first node is the
first in document order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import copy, deepcopy
from typing import Any

from lxml.etree import Element, strip_elements, strip_tags  # type: ignore[import-untyped]
from trafilatura.htmlprocessing import (
    delete_by_link_density,
    link_density_test_tables,
    process_node,
    prune_unwanted_nodes,
)
from trafilatura.main_extractor import (
    NOT_AT_THE_END,
    REBUILT_BLOCKS,
    _elem_text,
    handle_textelem,
    recover_wild_text,
)
from trafilatura.settings import (
    _COOKIE_CONSENT_RE,
    INLINE_FORMATTABLE,
    MIN_DUPLICATE_LENGTH,
    TAG_CATALOG,
)
from trafilatura.utils import SPACING_PROTECTED, text_chars_test
from trafilatura.xml import delete_element
from trafilatura.xpaths import (
    _ARTICLE_CONTENT_CLASS_TOKENS,
    _ARTICLE_CONTENT_ID_TOKENS,
    _CONSENT_ID_CLASS_TOKENS,
    _MAIN_CONTENT_CLASS_TOKENS,
    _MAIN_CONTENT_ID_TOKENS,
    _OVERALL_DISCARD_BOTH_TOKENS,
    _OVERALL_DISCARD_CLASS_TOKENS,
    _OVERALL_DISCARD_ID_TOKENS,
    _STORY_CLASS_TOKENS,
    _STORY_ID_TOKENS,
    _alt,
)

_FRAME_TAGS = ("article", "div", "main", "section")
_ARTICLE_ID = re.compile(_alt(_ARTICLE_CONTENT_ID_TOKENS))
_ARTICLE_CLASS = re.compile(_alt(_ARTICLE_CONTENT_CLASS_TOKENS))
_STORY_ID = re.compile(_alt(_STORY_ID_TOKENS))
_STORY_CLASS = re.compile(_alt(_STORY_CLASS_TOKENS))
_FULLTEXT = re.compile("fulltext", re.IGNORECASE)
_STORY_CLASSES = frozenset({"postarea", "art-postcontent", "text", "cell", "story"})
_MAIN_ID = re.compile(_alt(_MAIN_CONTENT_ID_TOKENS))
_MAIN_CLASS = re.compile(_alt(_MAIN_CONTENT_CLASS_TOKENS))
_CM = str.maketrans("CM", "cm")
_CP = str.maketrans("CP", "cp")

#: The tags ``OVERALL_DISCARD_XPATH[0]`` looks at, and the regular expressions of both of its
#: expressions as written in trafilatura.xpaths.
_DISCARD_TAGS = frozenset({"div", "item", "list", "p", "section", "span"})
_CONSENT = re.compile(_alt(_CONSENT_ID_CLASS_TOKENS))
_DISCARD_ID = re.compile(_alt(_OVERALL_DISCARD_BOTH_TOKENS + _OVERALL_DISCARD_ID_TOKENS))
_DISCARD_CLASS = re.compile(_alt(_OVERALL_DISCARD_BOTH_TOKENS + _OVERALL_DISCARD_CLASS_TOKENS))
_BOTTOM = re.compile(r"(^|\s)bottom|bottom(\s|$)")
_LINK = re.compile(r"(^|\s)link(\s|$)")
_HIDDEN = re.compile("hidden")
_HIDDEN_ID = re.compile("reader-comments|akismet")
_HIDDEN_CLASS = re.compile(
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint|notloaded"
)


def _headers(tree: Any) -> list[Any]:
    """``PRECISION_DISCARD_XPATH[0]``: ``.//header``."""
    return list(tree.iterdescendants("header"))


def _first_written(element: Any, name: str, other: str) -> str:
    """XPath's string value of ``@name|@other``: the attribute the markup writes first, "" for none."""
    value, other_value = element.get(name), element.get(other)
    if value is None or other_value is None:
        return value or other_value or ""
    keys = element.keys()
    return str(value if keys.index(name) < keys.index(other) else other_value)


def _article_frame(tree: Any) -> Any | None:
    """``BODY_XPATH[0]``: its ``[1]`` takes each parent's first match, so the document's first."""
    for element in tree.iterdescendants(*_FRAME_TAGS):
        ident, classes = element.get("id", ""), element.get("class", "")
        if (
            classes in ("post", "entry")
            or element.get("itemprop") == "articleBody"
            or ident == "articleContent"
            or _ARTICLE_ID.search(ident)
            or _ARTICLE_CLASS.search(classes)
        ):
            return element
    return None


def _first_article(tree: Any) -> Any | None:
    """``BODY_XPATH[1]``: ``(.//article)[1]``."""
    return next(tree.iterdescendants("article"), None)


def _story_frame(tree: Any) -> Any | None:
    """``BODY_XPATH[2]``."""
    for element in tree.iterdescendants(*_FRAME_TAGS):
        ident, classes = element.get("id", ""), element.get("class", "")
        if (
            element.get("role") == "article"
            or ident in ("article", "story")
            or classes in _STORY_CLASSES
            or _STORY_ID.search(ident)
            or _FULLTEXT.search(classes)
            or _STORY_CLASS.search(classes)
        ):
            return element
    return None


def _main_content(tree: Any) -> Any | None:
    """``BODY_XPATH[3]``."""
    for element in tree.iterdescendants(*_FRAME_TAGS):
        ident, classes = element.get("id", ""), element.get("class", "")
        if (
            ident == "content"
            or classes == "content"
            or _MAIN_ID.search(ident)
            or _MAIN_CLASS.search(classes)
            or "main-content" in ident.translate(_CM)
            or "main-content" in classes.translate(_CM)
            or "page-content" in classes.translate(_CP)
        ):
            return element
    return None


def _main_frame(tree: Any) -> Any | None:
    """``BODY_XPATH[4]``: the first article, div or section whose class, id or role starts with
    "main", or the first main element, whichever comes first."""
    for element in tree.iterdescendants(*_FRAME_TAGS):
        if element.tag == "main" or any(
            element.get(name, "").startswith("main") for name in ("class", "id", "role")
        ):
            return element
    return None


#: ``BODY_XPATH`` in order: where the article's frame may be.
FRAMES = (_article_frame, _first_article, _story_frame, _main_content, _main_frame)


def overall_discards(tree: Any) -> list[Any]:
    """What ``OVERALL_DISCARD_XPATH``'s two expressions select, the first's nodes then the
    second's (each in document order), in one walk over the elements."""
    navigation: list[Any] = []
    hidden: list[Any] = []
    for element in tree.iterdescendants(Element):
        if not element.attrib:
            continue
        ident, classes = element.get("id"), element.get("class")
        if element.tag in _DISCARD_TAGS and (
            element.get("data-lp-replacement-content") is not None
            or "nav" in element.get("role", "").replace("N", "n")
            or "MostPopularStories" in element.get("data-component", "")
            or _CONSENT.search(_first_written(element, "id", "class"))
            or _DISCARD_ID.search(ident or "")
            or _DISCARD_CLASS.search(classes or "")
        ):
            navigation.append(element)
        style = element.get("style", "")
        if (
            classes == "comments-title"
            or _first_written(element, "id", "class").startswith("reply-")
            or _HIDDEN.search(_first_written(element, "id", "style"))
            or "display:none" in style
            or "display: none" in style
            or _HIDDEN_ID.search(ident or "")
            or _HIDDEN_CLASS.search(classes or "")
            or element.get("aria-hidden") == "true"
        ):
            hidden.append(element)
    return navigation + hidden


def captions(tree: Any) -> list[Any]:
    """What ``DISCARD_IMAGE_ELEMENTS`` selects: containers whose id or class holds "caption"."""
    return [
        element
        for element in tree.iterdescendants(*_DISCARD_TAGS)
        if element.attrib and ("caption" in element.get("id", "") or "caption" in element.get("class", ""))
    ]


def teasers(tree: Any) -> list[Any]:
    """What ``TEASER_DISCARD_XPATH`` selects: containers whose id or class holds "teaser" ("T" too)."""
    return [
        element
        for element in tree.iterdescendants(*_DISCARD_TAGS)
        if element.attrib
        and ("teaser" in element.get("id", "").replace("T", "t") or "teaser" in element.get("class", "").replace("T", "t"))
    ]


def precision_discards(tree: Any) -> list[Any]:
    """What ``PRECISION_DISCARD_XPATH``'s second expression selects: containers named "bottom"
    or "link" by their first-written id or class, or bordered by their style."""
    found = []
    for element in tree.iterdescendants(*_DISCARD_TAGS):
        if not element.attrib:
            continue
        name = _first_written(element, "id", "class")
        if _BOTTOM.search(name) or _LINK.search(name) or "border" in element.get("style", ""):
            found.append(element)
    return found


def prune_sections(tree: Any, potential_tags: set[str], options: Any, keep_teasers: bool = False) -> Any:
    """trafilatura's ``prune_unwanted_sections`` with the selectors above."""
    favor_precision = options.focus == "precision"
    tree = prune_unwanted_nodes(tree, [overall_discards], with_backup=True)
    if "graphic" not in potential_tags:
        tree = prune_unwanted_nodes(tree, [captions])
    if options.focus != "recall":
        if not keep_teasers:
            tree = prune_unwanted_nodes(tree, [teasers])
        if favor_precision:
            tree = prune_unwanted_nodes(tree, [_headers, precision_discards])
    for _ in range(2):
        tree = delete_by_link_density(tree, "div", backtracking=True, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "list", backtracking=False, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "p", backtracking=False, favor_precision=favor_precision)
    if "table" in potential_tags or favor_precision:
        boilerplate_tables = [elem for elem in tree.iter("table") if link_density_test_tables(elem) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    if favor_precision:
        while len(tree) > 0 and (tree[-1].tag == "head"):
            delete_element(tree[-1], keep_tail=False)
        tree = delete_by_link_density(tree, "head", backtracking=False, favor_precision=True)
        tree = delete_by_link_density(tree, "quote", backtracking=False, favor_precision=True)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree


def _extract(tree: Any, options: Any) -> tuple[Any, str, set[str]]:
    """trafilatura's ``_extract`` with ``FRAMES`` and ``prune_sections`` (its comments are
    trafilatura's)."""
    potential_tags = set(TAG_CATALOG)
    if options.tables is True:
        potential_tags.update(["table", "td", "th", "tr"])
    if options.images is True:
        potential_tags.add("graphic")
    if options.links is True:
        potential_tags.add("ref")
    result_body = Element("body")
    for frame in FRAMES:
        subtree = frame(tree)
        if subtree is None:
            continue
        subtree = prune_sections(subtree, potential_tags, options)
        if len(subtree) == 0:
            continue
        # no paragraphs containing text, or not enough
        ptest = subtree.xpath("//p//text()")
        factor = 1 if options.focus == "precision" else 3
        if not ptest or len("".join(ptest)) < options.min_extracted_size * factor:
            potential_tags.add("div")
        subelems = subtree.xpath(".//*")
        # a single text run (only lb or inline elements): process the frame itself
        tags = {e.tag for e in subelems}
        if tags == {"lb"} or (subtree.tag == "div" and "div" in potential_tags and tags <= INLINE_FORMATTABLE | {"lb"}):
            subelems = [subtree]
        # the frame's own text before its first child, kept if the frame is accepted
        lead, start = None, len(result_body)
        if subelems != [subtree] and text_chars_test(subtree.text):
            lead = Element("p")
            lead.text = subtree.text
            lead = process_node(lead, options)
        for elem in subelems:
            # an element moved into result_body with its emitted parent is not visited again
            if elem.getroottree().getroot() is result_body:
                continue
            # handlers may rename the element to "done", so read these first
            tag, tail = elem.tag, elem.tail
            processed_elem = handle_textelem(elem, potential_tags, options)
            if processed_elem is not None:
                result_body.append(processed_elem)
                # a copy leaves its source behind for a later, wider subtree
                if elem.getroottree().getroot() is not result_body:
                    elem.tag = "done"
            # text right after a rebuilt block is a paragraph of its own, like an <lb> tail
            if tag in REBUILT_BLOCKS and text_chars_test(tail) and (processed_elem is None or processed_elem.tail is None):
                tail_elem = Element("p")
                tail_elem.text = tail
                if process_node(tail_elem, options) is not None:
                    result_body.append(tail_elem)
        # remove trailing titles
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        # exit once there is real content, not just a lone image
        if sum(e.tag != "graphic" for e in result_body) > 1:
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = " ".join(result_body.itertext()).strip()
    return result_body, temp_text, potential_tags


def extract_content(
    cleaned_tree: Any, options: Any, *, again: Callable[[], Any] | None = None
) -> tuple[Any, str]:
    """trafilatura's ``extract_content`` with ``_extract`` above (its comments are trafilatura's).

    Its backup of the cleaned tree, read only when the main pass comes up short (3 of the 94
    balanced passes on the dev pages), is a deep copy per pass (~0.15 ms a page); ``again``, when
    given, makes the same tree anew (the cleaning is deterministic), and is called only then."""
    backup_tree: Any = deepcopy(cleaned_tree) if again is None else None
    # source order before the main pass moves elements, the backup keeps it
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = _extract(cleaned_tree, options)
    # try parsing wild <p> elements if nothing found or text too short
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        if again is not None:
            backup_tree = again()
        # copies of what the main pass consumed are not recovered again
        consumed = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        result_body = recover_wild_text(backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    # drop substantial elements repeating the previous one
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    # an <lb> that only separated pruned blocks keeps no whitespace-only tail (except in code)
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body, temp_text


#: What ``BASIC_CLEAN_XPATH`` (html2txt's cleaning) deletes by tag alone, and its banner pattern.
_BASIC_CLEAN_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})
_COOKIE_BANNER = re.compile(_COOKIE_CONSENT_RE, re.IGNORECASE)


def basic_clean_selection(tree: Any) -> list[Any]:
    """What ``BASIC_CLEAN_XPATH`` selects, in document order: asides, footers, scripts, styles,
    svg, templates, fenced frames, divs whose first-written class or id holds "footer", and
    elements whose class or id names a cookie banner. Its regex callbacks run for every element
    of the page: ~3 ms a call."""
    found = []
    for element in tree.iterdescendants(Element):
        tag = element.tag
        if tag in _BASIC_CLEAN_TAGS or (
            element.attrib
            and (
                (tag == "div" and "footer" in _first_written(element, "class", "id"))
                or _COOKIE_BANNER.search(element.get("class", ""))
                or _COOKIE_BANNER.search(element.get("id", ""))
            )
        ):
            found.append(element)
    return found


def page_text_length(tree: Any) -> int:
    """``len(html2txt(tree))`` for a parsed page, with ``basic_clean_selection``: the length of
    the page's spaced text once html2txt's cleaning has deleted its nodes (on a copy)."""
    from trafilatura.baseline import _spaced_text

    page = copy(tree)
    body = page.find(".//body")
    if body is None:
        body = page
    for element in basic_clean_selection(body):
        delete_element(element)
    return len(_spaced_text(body))
