"""Telegram-HTML plumbing: UTF-16 lengths, trimming, and packing blocks into ≤ 4096 chunks.

Every message is built from *blocks*: self-contained HTML fragments (each opens and closes its
own tags). Chunks are made by joining whole blocks, so a split never falls inside a tag or an
entity. Lengths are measured on the HTML source in UTF-16 code units — stricter than Telegram's
"4096 characters after entity parsing", so a chunk that passes here always passes there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

TELEGRAM_LIMIT = 4096
ELLIPSIS = "…"
_TOKEN = re.compile(r"<[^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);|.", re.DOTALL)
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z-]+)")


def utf16_len(text: str) -> int:
    """Telegram counts UTF-16 code units: an emoji outside the BMP counts 2."""
    return len(text.encode("utf-16-le")) // 2


def trim(text: str, limit: int) -> str:
    """Plain text cut to ``limit`` UTF-16 units, ending in "…" when cut (at a word if cheap)."""
    if utf16_len(text) <= limit:
        return text
    out: list[str] = []
    used = 1  # the ellipsis
    for ch in text:
        size = utf16_len(ch)
        if used + size > limit:
            break
        out.append(ch)
        used += size
    cut = "".join(out)
    space = cut.rfind(" ")
    if space > len(cut) * 0.7:  # prefer a word boundary unless it throws away too much
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def esc(text: object, limit: int | None = None) -> str:
    """Escape a dynamic string for HTML text *and* attributes, trimming the plain text first."""
    value = "" if text is None else str(text)
    if limit is not None:
        value = trim(value, limit)
    return escape(value, quote=True)


def trim_html(fragment: str, limit: int) -> str:
    """Cut an HTML fragment to ``limit`` units without breaking a tag or an entity.

    Open tags are closed after the cut, so the result is still a well-formed fragment.
    """
    if utf16_len(fragment) <= limit:
        return fragment
    out: list[str] = []
    stack: list[str] = []
    used = 0
    for match in _TOKEN.finditer(fragment):
        token = match.group(0)
        closing = sum(len(name) + 3 for name in stack)
        if token.startswith("<") and len(token) > 1:
            name_match = _TAG_NAME.match(token)
            name = name_match.group(1).lower() if name_match else ""
            if token.startswith("</"):
                if stack and stack[-1] == name:
                    stack.pop()
                out.append(token)
                used += utf16_len(token)
                continue
            if used + utf16_len(token) + closing + len(name) + 3 + 1 > limit:
                break
            stack.append(name)
        elif used + utf16_len(token) + closing + 1 > limit:
            break
        out.append(token)
        used += utf16_len(token)
    out.append(ELLIPSIS)
    out.extend(f"</{name}>" for name in reversed(stack))
    return "".join(out)


def pack(blocks: Iterable[str], *, limit: int = TELEGRAM_LIMIT, sep: str = "\n\n") -> list[str]:
    """Join blocks into as few chunks as fit; an oversized block is trimmed on its own."""
    chunks: list[str] = []
    current = ""
    for raw in blocks:
        if not raw:
            continue
        block = trim_html(raw, limit)
        candidate = f"{current}{sep}{block}" if current else block
        if utf16_len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        current = block
    if current:
        chunks.append(current)
    return chunks
