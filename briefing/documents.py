"""Bytes of an uploaded or local document → text: decoding and the HTML-vs-text choice.

Shared (through ``intake.read_document``) by the CLI (``briefbot brief``/``ingest``) and the
admin document upload, so both accept and refuse exactly the same files.
"""

from __future__ import annotations

import gzip
import re

ACCEPTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
#: A tag of text markup, opening or closing ("<p>", "</a>", '<a href="…">', "<br/>").
_MARKUP_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img)(?:\s[^<>]{0,300})?/?>",
    re.IGNORECASE,
)
#: How much of a text is looked at for markup.
_FRAGMENT_HEAD = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
#: Share of control characters above which a "text" file is treated as binary.
_MAX_CONTROL_SHARE = 0.01
#: C0 controls but tab, line feed, form feed and carriage return. They are ASCII bytes, and no
#: byte of a multi-byte UTF-8 or cp1252 character is below 0x80, so counting them in the raw
#: bytes (``bytes.translate``, one C pass) counts the characters the decoded text would have.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\n\r\t\f")


class UnreadableDocument(ValueError):
    """The document is not text we can read; ``str`` is a polite one-line reason."""


def is_accepted(filename: str) -> bool:
    name = filename.lower().removesuffix(".gz")
    return name.endswith(ACCEPTED_SUFFIXES)


def decode_document(data: bytes, filename: str = "") -> str:
    """Decode text the way browsers do: BOM, then <meta charset>, then UTF-8, then cp1252."""
    if filename.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise UnreadableDocument("the .gz file is damaged") from exc
    if b"\x00" in data[:8192]:
        raise UnreadableDocument("this looks like a binary file, not text or HTML")
    if data and (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data) > _MAX_CONTROL_SHARE:
        raise UnreadableDocument("this looks like a binary file, not text or HTML")
    candidates = ["utf-8-sig"]
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.insert(0, meta.group(1).decode("ascii", "ignore"))
    candidates.append("cp1252")
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise UnreadableDocument("I could not decode this file as text")


def looks_like_html(text: str, filename: str = "") -> bool:
    """A page, or a fragment of one: a CMS export, a feed item's body or a paste of page source
    starts with "<p>" rather than "<html>", and its tags would otherwise stay in the text (a
    quote then ends in "<b>Lena Ford</b>.</p>" and loses its speaker). A fragment needs three
    tags of text markup, one of them closing, so prose that mentions "<p>" stays prose."""
    name = filename.lower().removesuffix(".gz")
    if name.endswith(_HTML_SUFFIXES):
        return True
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return True
    if "</" not in text[:_FRAGMENT_HEAD]:
        return False
    tags = _MARKUP_TAG.findall(text, 0, _FRAGMENT_HEAD)
    return len(tags) >= 3 and any(t.startswith("</") for t in tags)
