"""HTML → body text + metadata from ONE parse and one (sometimes two) trafilatura passes.

The page is parsed once (``trafilatura_passes.load_page``: trafilatura's ``load_html``,
cheaper); title, site name and date are read from that tree (``page_metadata``), and
trafilatura's cascade on the same tree (``trafilatura_passes``, ``bare_extraction``'s steps with
the shared work done once) gives the cleaned XML body, which we walk ourselves: headings
(``<head>``) come out as their own blocks and each paragraph, list item, quote and table row
becomes a block separated by blank lines — the shape ``clean_blocks`` expects. ``fast=True``
skips trafilatura's readability/justext fallback comparison: on the scrapinghub dev pages it
scored *higher* (shingle F1 0.965 vs 0.958 for ``trafilatura.extract`` alone) and runs ~35 %
faster, which pays for the later pipeline stages.

Pages where much of the text sits in short blocks get a second, ``favor_precision`` pass, and
only the short blocks it also drops go (``_drop_furniture``). Its output alone is no better:
on the tuning half of the dev pages it lost whole articles on some sites (F1 0.90 on
scrapinghub) while cleaning others perfectly (0.997 on fundus); used as a vote on short blocks
only, F1 went from 0.966 to 0.967 (scrapinghub) and 0.972 to 0.997 (fundus).
"""

from __future__ import annotations

import functools
import logging
import re
from copy import copy
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from .trafilatura_passes import PrunedPage, load_page

log = logging.getLogger(__name__)

#: Pages beyond this are cut before parsing: no real article is bigger, and lxml on a hostile
#: 50 MB page would stall the bot.
MAX_HTML_CHARS = 5_000_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLOCK_TAGS = {"p", "head", "quote", "item", "row", "code", "lb"}
#: Blocks under this many words that trafilatura's precision pass drops are page furniture
#: (link lists, teasers, captions, share bars); longer blocks are prose and stay whatever it
#: says — on pages where it failed it dropped whole articles. Plateau 15–25 on the tuning half.
FURNITURE_MAX_WORDS = 20
#: The second (precision) pass runs only when short blocks carry this share of the words: it
#: costs as much as the first, and pages with little short text gain nothing from it
#: (tuning half: fires on 28 % of pages, same F1 as running it on all; plateau 0.15–0.3).
PRECISION_CHECK_SHARE = 0.2
#: Fewer words than this from the precision pass means it failed on the page.
PRECISION_MIN_WORDS = 50


class ExtractedPage(BaseModel):
    model_config = ConfigDict(frozen=True)
    text: str
    """Body text: blocks separated by blank lines, headings on their own lines."""
    title: str = ""
    source: str | None = None
    published: str | None = None


def url_host(url: str | None) -> str | None:
    """``https://www.bbc.co.uk/news/x`` → ``bbc.co.uk``: the fallback source name."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def extract_html(html: str | bytes, *, url: str | None = None) -> ExtractedPage:
    """Never raises: garbage, empty or binary input gives an empty page (with the URL host)."""
    fallback = ExtractedPage(text="", source=url_host(url))
    try:
        if isinstance(html, bytes):
            html = html.decode("utf-8", errors="replace")
        if not html or not html.strip() or not isinstance(html, str):
            return fallback
        html = html[:MAX_HTML_CHARS]
        if "<" not in html:  # plain text handed in as a "page": it is its own body
            return ExtractedPage(text=_CONTROL.sub("", html).strip(), source=url_host(url))
        tree = load_page(html)
        if tree is None:
            return fallback
        try:
            title, source, published = page_metadata(tree, url)
        except Exception:  # odd metadata must not cost us the body
            log.debug("metadata failed for %s", url, exc_info=True)
            title, source, published = "", None, None
        page = PrunedPage(tree)  # after page_metadata: the prunes change the tree
        blocks = _extracted_blocks(page, url, precision=False)
        if _furniture_share(blocks) >= PRECISION_CHECK_SHARE:
            blocks = _drop_furniture(blocks, _extracted_blocks(page, url, precision=True, last=True))
    except Exception:  # a hostile or broken page must never crash the bot
        log.debug("extraction failed for %s", url, exc_info=True)
        return fallback
    return ExtractedPage(
        text="\n\n".join(_drop_leading_title(blocks, title)),
        title=title,
        source=source or url_host(url),
        published=published,
    )


def _extracted_blocks(page: PrunedPage, url: str | None, *, precision: bool, last: bool = False) -> list[str]:
    """One trafilatura pass over the pruned page; ``last``: no pass follows it."""
    options = copy(_extractor(precision))  # per call: the URL is the page's
    options.url = options.source = url
    body = page.body(options, last=last)
    return _body_blocks(body) if body is not None else []


@functools.cache
def _extractor(precision: bool) -> Any:
    """trafilatura's options for a pass, built once: building them reads its configuration
    and the clock (~0.3 ms, per pass when ``bare_extraction`` builds them from keywords)."""
    from trafilatura.settings import Extractor

    return Extractor(
        fast=True,
        precision=precision,
        comments=False,
        tables=True,
        formatting=False,
        with_metadata=False,
        output_format="xml",  # we walk ``doc.body``; "python" would also render it as text
    )


def _furniture_share(blocks: list[str]) -> float:
    """Share of the words in blocks short enough to be page furniture."""
    counts = [len(b.split()) for b in blocks]
    total = sum(counts)
    return sum(c for c in counts if c < FURNITURE_MAX_WORDS) / total if total else 0.0


def _drop_furniture(blocks: list[str], precise: list[str]) -> list[str]:
    """Drop the short blocks trafilatura's precision pass left out; keep every long one.

    A precision pass under ``PRECISION_MIN_WORDS`` failed on the page (it skips trafilatura's
    rescue steps) and says nothing about which blocks are furniture."""
    if sum(len(b.split()) for b in precise) < PRECISION_MIN_WORDS:
        return blocks
    kept = {_squash(b) for b in precise}
    return [b for b in blocks if len(b.split()) >= FURNITURE_MAX_WORDS or _squash(b) in kept]


def page_metadata(tree: Any, url: str | None) -> tuple[str, str | None, str | None]:
    """Title, site name and ISO date: only the metadata a briefing shows.

    trafilatura's full ``with_metadata`` also hunts authors, categories, tags and licences,
    which doubled the extraction time on the dev pages; we reuse its meta-tag/JSON-LD readers
    and htmldate's quick (non-extensive) date search instead. JSON-LD (~8 % of a page's
    briefing time) is read only when the meta tags lack the title or give the site as a handle
    or address ("@AJENews", "usatoday", "https://…"): on the 94 dev pages it then named the
    site better ("Al Jazeera", "USA TODAY"), while over a proper name it mostly put a wire
    service or a slogan ("DH News Service", "Associated Press" for SFGate).
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
    )

    meta = examine_meta(tree)
    if not meta.title or not _display_name(meta.sitename or ""):
        try:
            meta = extract_meta_json(tree, meta)
        except Exception:
            log.debug("JSON-LD metadata failed", exc_info=True)
    title = _one_line(meta.title or extract_title(tree) or "")
    sitename = _one_line(meta.sitename or extract_sitename(tree) or "").lstrip("@") or None
    date = find_date(tree, url=url, extensive_search=False, original_date=True) or ""
    return title, sitename, (date[:10] if _DATE.match(date) else None)


def _display_name(sitename: str) -> bool:
    """A site name fit to show: not a handle, an address or a lower-case slug."""
    name = sitename.strip()
    return bool(name) and not name.startswith(("@", "http", "www.")) and not name.islower()


def _one_line(text: str) -> str:
    """Single-spaced, without control characters: lxml keeps a few of those in text nodes,
    and stripping them here costs less than a pass over the whole page before parsing."""
    return " ".join(_CONTROL.sub("", text).split())


def _drop_leading_title(blocks: list[str], title: str) -> list[str]:
    """The page's H1 often opens the body; the briefing shows the title separately."""
    if blocks and title and _squash(blocks[0]) == _squash(title):
        return blocks[1:]
    return blocks


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _body_blocks(body: Any) -> list[str]:
    """Flatten trafilatura's XML body into block strings; headings stay separate blocks."""
    out: list[str] = []
    if body.text and body.text.strip():
        out.append(_one_line(body.text))
    for element in body:
        _walk(element, out)
        if element.tail and element.tail.strip():
            out.append(_one_line(element.tail))  # loose text after a heading is body text
    return [b for b in out if b]


def _walk(element: Any, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("list", "table", "div", "quote") and any(
        isinstance(child.tag, str) and child.tag in _BLOCK_TAGS | {"list", "table"}
        for child in element
    ):
        if element.text and element.text.strip():
            out.append(_one_line(element.text))
        for child in element:
            _walk(child, out)
            if child.tail and child.tail.strip():
                out.append(_one_line(child.tail))
        return
    if tag == "row":
        cells = [_one_line("".join(cell.itertext())) for cell in element]
        out.append(" ".join(c for c in cells if c))
        return
    if tag == "graphic":
        return
    text = _inline_text(element)
    if tag == "head":
        out.append(_one_line(text))
    else:
        out.extend(_one_line(part) for part in text.split("\n"))


def _inline_text(element: Any) -> str:
    """Text of a block with ``<lb/>`` as newline and nested blocks flattened."""
    parts: list[str] = [element.text or ""]
    for child in element:
        child_tag = child.tag if isinstance(child.tag, str) else ""
        if child_tag == "lb":
            parts.append("\n")
        elif child_tag in ("p", "head", "item", "list", "quote"):
            parts.append("\n" + _inline_text(child) + "\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
