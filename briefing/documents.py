"""Bytes of an uploaded or local document → a Briefing: decoding and HTML-vs-text choice.

Shared by the CLI (``briefbot brief``/``ingest``) and the admin document upload, so both
accept and refuse exactly the same files.
"""

from __future__ import annotations

import gzip
import re
from pathlib import PurePath

from .models import Briefing, BriefingOptions
from .pipeline import DEFAULT_OPTIONS, brief_html, brief_text

ACCEPTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
#: Share of control characters above which a "text" file is treated as binary.
_MAX_CONTROL_SHARE = 0.01


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
    candidates = ["utf-8-sig"]
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.insert(0, meta.group(1).decode("ascii", "ignore"))
    candidates.append("cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
        if text and controls / len(text) > _MAX_CONTROL_SHARE:
            raise UnreadableDocument("this looks like a binary file, not text or HTML")
        return text
    raise UnreadableDocument("I could not decode this file as text")


def looks_like_html(text: str, filename: str = "") -> bool:
    name = filename.lower().removesuffix(".gz")
    if name.endswith(_HTML_SUFFIXES):
        return True
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def brief_document(
    data: bytes,
    filename: str = "",
    *,
    url: str | None = None,
    options: BriefingOptions = DEFAULT_OPTIONS,
) -> Briefing:
    """Brief a file's bytes; raises ``UnreadableDocument`` for binary or undecodable input."""
    text = decode_document(data, filename)
    if looks_like_html(text, filename):
        return brief_html(text, url=url, options=options)
    stem = PurePath(filename).name
    briefing = brief_text(text, url=url, options=options)
    if not briefing.title and stem:
        return briefing.model_copy(update={"title": stem})
    return briefing
