"""Telegram ``parse_mode=HTML`` entity parsing, modelled on tdlib's ``parse_html``.

Exposed so renderer unit tests can assert "this parses as Telegram HTML" without a server,
and used by the fake server to reject what the real API would reject (400 "can't parse
entities"). It is deliberately a little *stricter* than Telegram in one place: a bare ``&``
that does not start ``&lt; &gt; &amp; &quot;`` or a numeric entity is an error here, while
Telegram would show it literally. Unescaped ``&`` means the renderer forgot to escape user
text, which is exactly the bug these checks exist to catch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ALLOWED_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "code", "pre", "blockquote", "tg-emoji",
    }
)
_ENTITY_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "span": "spoiler", "tg-spoiler": "spoiler", "a": "text_link", "code": "code", "pre": "pre",
    "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG_NAME = re.compile(r"[^\s>/]*")  # tdlib reads the name up to space, ">" or "/"
_ATTR_NAME = re.compile(r"[A-Za-z0-9_-]+")
_ENTITY = re.compile(r"&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z]{1,10});")


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; ``str(err)`` is the tdlib-style reason."""


@dataclass
class ParsedHtml:
    """Plain text as the user sees it plus message entities (offsets in UTF-16 code units)."""

    text: str
    entities: list[dict] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    attrs: dict[str, str]
    start: int  # UTF-16 offset in the output text


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(text: str, i: int) -> tuple[str, int]:
    """Decode the entity starting at ``text[i] == '&'``; returns (char, next index)."""
    match = _ENTITY.match(text, i)
    if match is None:
        raise HtmlParseError(f"Unsupported HTML entity or bare '&' at byte offset {_byte_offset(text, i)}")
    body = match.group(1)
    if body.startswith("#"):
        code = int(body[2:], 16) if body[1:2] in ("x", "X") else int(body[1:])
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise HtmlParseError(f"Invalid numeric HTML entity at byte offset {_byte_offset(text, i)}")
        return chr(code), match.end()
    if body not in _NAMED_ENTITIES:
        raise HtmlParseError(f"Unsupported HTML entity \"&{body};\" at byte offset {_byte_offset(text, i)}")
    return _NAMED_ENTITIES[body], match.end()


def _decode_value(text: str, raw: str, offset: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(raw):
        if raw[i] == "&":
            try:
                char, i = _decode_entity(raw, i)
            except HtmlParseError:
                raise HtmlParseError(f"Bad entity in attribute value at byte offset {offset}") from None
            out.append(char)
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def _parse_attributes(text: str, i: int, tag_start: int) -> tuple[dict[str, str], int]:
    """Parse ``name="value"`` pairs up to ``>``; returns (attrs, index after '>')."""
    attrs: dict[str, str] = {}
    unclosed = f"Unclosed start tag at byte offset {_byte_offset(text, tag_start)}"
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            raise HtmlParseError(unclosed)
        if text[i] == ">":
            return attrs, i + 1
        if text[i] == "/" and text[i + 1 : i + 2] == ">":
            return attrs, i + 2
        name_match = _ATTR_NAME.match(text, i)
        if name_match is None:
            raise HtmlParseError(f"Empty attribute name in the tag at byte offset {_byte_offset(text, tag_start)}")
        name = name_match.group(0).lower()
        i = name_match.end()
        if text[i : i + 1] != "=":
            attrs[name] = ""  # boolean attribute such as <blockquote expandable>
            continue
        i += 1
        if i >= len(text):
            raise HtmlParseError(unclosed)
        if text[i] in "\"'":
            end = text.find(text[i], i + 1)
            if end < 0:
                raise HtmlParseError(unclosed)
            raw, i = text[i + 1 : end], end + 1
        else:
            start = i
            while i < len(text) and not text[i].isspace() and text[i] != ">":
                i += 1
            raw = text[start:i]
        attrs[name] = _decode_value(text, raw, _byte_offset(text, tag_start))


def _check_attributes(tag: str, attrs: dict[str, str]) -> None:
    if tag == "span" and attrs.get("class") != "tg-spoiler":
        raise HtmlParseError('Tag "span" must have class "tg-spoiler"')
    if tag == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise HtmlParseError('Tag "tg-emoji" must have a numeric attribute "emoji-id"')


def _entity_for(opened: _Open, end: int) -> dict | None:
    length = end - opened.start
    if length <= 0:
        return None
    entity: dict = {"type": _ENTITY_TYPES[opened.tag], "offset": opened.start, "length": length}
    if opened.tag == "a":
        entity["url"] = opened.attrs.get("href", "")
    elif opened.tag == "tg-emoji":
        entity["custom_emoji_id"] = opened.attrs["emoji-id"]
    elif opened.tag == "blockquote" and "expandable" in opened.attrs:
        entity["type"] = "expandable_blockquote"
    elif opened.tag == "code" and opened.attrs.get("class", "").startswith("language-"):
        entity["language"] = opened.attrs["class"].removeprefix("language-")
    return entity


def parse_telegram_html_entities(text: str) -> ParsedHtml:
    """Parse Telegram HTML into plain text + entities, raising :class:`HtmlParseError`."""
    out: list[str] = []
    out_len = 0  # UTF-16 length of what is in ``out``
    stack: list[_Open] = []
    entities: list[dict] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "&":
            decoded, i = _decode_entity(text, i)
            out.append(decoded)
            out_len += utf16_len(decoded)
            continue
        if char != "<":
            out.append(char)
            out_len += 2 if ord(char) > 0xFFFF else 1
            i += 1
            continue
        tag_start = i
        if text[i + 1 : i + 2] == "/":
            name_match = _TAG_NAME.match(text, i + 2)
            assert name_match is not None  # the pattern also matches the empty string
            end_name = name_match.group(0).lower()
            close = text.find(">", name_match.end())
            if close < 0 or text[name_match.end() : close].strip():
                raise HtmlParseError(f"Unclosed end tag at byte offset {_byte_offset(text, tag_start)}")
            if not stack:
                raise HtmlParseError(f"Unexpected end tag at byte offset {_byte_offset(text, tag_start)}")
            opened = stack.pop()
            if opened.tag != end_name:
                raise HtmlParseError(
                    f'Unmatched end tag at byte offset {_byte_offset(text, tag_start)}, '
                    f'expected "</{opened.tag}>", found "</{end_name}>"'
                )
            entity = _entity_for(opened, out_len)
            if entity is not None:
                entities.append(entity)
            i = close + 1
            continue
        name_match = _TAG_NAME.match(text, i + 1)
        assert name_match is not None
        tag = name_match.group(0).lower()
        if tag not in ALLOWED_TAGS:
            raise HtmlParseError(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(text, tag_start)}')
        attrs, i = _parse_attributes(text, name_match.end(), tag_start)
        _check_attributes(tag, attrs)
        stack.append(_Open(tag, attrs, out_len))
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedHtml("".join(out), entities)


def parse_telegram_html(text: str) -> str:
    """Plain text of a Telegram-HTML message; raises ``ValueError`` (HtmlParseError) if invalid."""
    return parse_telegram_html_entities(text).text
