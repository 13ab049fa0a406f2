"""OPML feed lists in and out: untrusted bytes → the feeds in them, and feeds → an OPML 2.0 file.

Pure (bytes in, values out) so the bot's upload handler and ``briefbot feeds`` share one reader.
The reader is defusedxml's ElementTree: an OPML file comes from whoever sends it, and the
standard library parser would expand a "billion laughs" entity bomb or read external entities.
Everything is validated here before anything is stored, so a bad file changes nothing: it is
refused whole with an ``OpmlError`` whose text is safe to show the user.

Why not ``listparser``: it reads documents with lxml's *recovering* HTML parser, so a truncated
or malformed file is half-read without complaint (we must refuse it), and a ``str`` starting
with ``http`` makes it fetch that URL itself, outside the guarded fetcher. Walking the outlines
is a few lines; entity and size limits are the part that needs care, and defusedxml does it.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET  # writing, and ParseError; reading goes through defusedxml
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

MAX_OPML_BYTES = 5 * 1024 * 1024
"""The document cap of /add: a real feed list is a few hundred KB (5,000 feeds ≈ 1 MB)."""
MAX_OUTLINES = 5_000
"""Outlines (feeds and folders) per file: the feed benchmark's 5,000 feeds poll within one cycle
on two cores; larger lists should be split so each import stays a few seconds of checks."""
MAX_TITLE_CHARS = 200

_NOT_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class OpmlError(ValueError):
    """Why a feed list was refused as a whole; ``str(exc)`` is safe to show the user."""


@dataclass(frozen=True)
class FeedOutline:
    url: str
    title: str | None = None


def parse_opml(data: bytes) -> list[FeedOutline]:
    """Every ``outline`` with an ``xmlUrl`` at any depth, first occurrence of each URL kept.

    Raises ``OpmlError`` for an empty, oversized, malformed or entity-declaring file, for one
    that is not OPML, has more than ``MAX_OUTLINES`` outlines, or names no feed at all.
    """
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"That file is over {MAX_OPML_BYTES // (1024 * 1024)} MB — too large for a feed list.")
    if not data.strip():
        raise OpmlError("That file is empty.")
    feeds: dict[str, FeedOutline] = {}
    outlines = 0
    try:
        for index, (_event, element) in enumerate(iterparse(io.BytesIO(data), events=("start",))):
            name = _local_name(element.tag)
            if index == 0 and name != "opml":
                raise OpmlError("That file isn't an OPML feed list (its root element is not <opml>).")
            if name != "outline":
                continue
            outlines += 1
            if outlines > MAX_OUTLINES:
                raise OpmlError(
                    f"That feed list has more than {MAX_OUTLINES:,} outlines — please split it into "
                    "smaller files."
                )
            attributes = {_local_name(k).lower(): v for k, v in element.attrib.items()}
            url = _clean(attributes.get("xmlurl", ""))
            if url and url not in feeds:
                title = _clean(attributes.get("title") or attributes.get("text") or "")
                feeds[url] = FeedOutline(url=url, title=title[:MAX_TITLE_CHARS] or None)
    except DefusedXmlException:
        raise OpmlError(
            "That file declares XML entities or a DTD reference, which I don't read in feed lists "
            "(they can expand to gigabytes or point at other files)."
        ) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise OpmlError(f"That file isn't well-formed XML (line {line}, column {column}).") from None
    if not feeds:
        raise OpmlError("I found no feeds in that OPML file (no outline has an xmlUrl).")
    return list(feeds.values())


def render_opml(feeds: Sequence[FeedOutline], *, title: str, created: datetime) -> bytes:
    """An OPML 2.0 document (UTF-8, declaration included) listing ``feeds`` as RSS outlines."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = _clean(title)
    ET.SubElement(head, "dateCreated").text = format_datetime(created, usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        text = _clean(feed.title or "") or feed.url
        ET.SubElement(body, "outline", type="rss", text=text, title=text, xmlUrl=_clean(feed.url))
    ET.indent(root)
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def _local_name(tag: object) -> str:
    """``{namespace}name`` → ``name`` (some exporters put OPML in a namespace)."""
    return str(tag).rsplit("}", 1)[-1]


def _clean(value: str) -> str:
    """One line of XML-safe text: control characters dropped, whitespace collapsed."""
    return " ".join(_NOT_XML_CHARS.sub("", value).split())
