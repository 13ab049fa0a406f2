"""The Telegram-HTML parser the fake (and renderer tests) use to judge messages."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fakebot import HtmlParseError, parse_telegram_html, parse_telegram_html_entities, utf16_len


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("<b>Bold</b> and <i>italic</i>", "Bold and italic"),
        ("<strong>s</strong><em>e</em><u>u</u><ins>i</ins><s>s</s><strike>k</strike><del>d</del>", "seuiskd"),
        ('<span class="tg-spoiler">hidden</span> <tg-spoiler>too</tg-spoiler>', "hidden too"),
        ('<a href="https://example.com/?a=1&amp;b=2">link</a>', "link"),
        ('<pre><code class="language-python">x = 1 &lt; 2</code></pre>', "x = 1 < 2"),
        ("<blockquote expandable>quoted</blockquote>", "quoted"),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍"),
        ("Tom &amp; Jerry &quot;quoted&quot; &lt;tag&gt; &#8212; &#x41;", 'Tom & Jerry "quoted" <tag> — A'),
        ("a > b is fine", "a > b is fine"),
        ("<B>upper-case tags</B>", "upper-case tags"),
    ],
)
def test_valid_html_parses_to_plain_text(source: str, plain: str) -> None:
    assert parse_telegram_html(source) == plain


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("<div>block</div>", 'Unsupported start tag "div"'),
        ("<br>", 'Unsupported start tag "br"'),
        ("1 < 2", 'Unsupported start tag ""'),
        ("mail <kahn@inbox.ru>", 'Unsupported start tag "kahn@inbox.ru" at byte offset 5'),
        ("<b>open", "Can't find end tag"),
        ("<b><i>crossed</b></i>", "Unmatched end tag"),
        ("closing only</b>", "Unexpected end tag"),
        ("AT&T", "bare '&'"),
        ("&nbsp;", '"&nbsp;"'),
        ("&#0;", "Invalid numeric"),
        ('<span class="other">x</span>', "tg-spoiler"),
        ('<a href="x>text', "Unclosed start tag"),
    ],
)
def test_invalid_html_raises_value_error_with_reason(source: str, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_telegram_html(source)
    assert isinstance(caught.value, HtmlParseError)
    assert reason in str(caught.value)


def test_entities_use_utf16_offsets() -> None:
    parsed = parse_telegram_html_entities('😀 <b>bold</b> <a href="https://e.x/">l</a>')
    bold, link = parsed.entities
    assert bold == {"type": "bold", "offset": 3, "length": 4}  # the emoji counts 2, the space 1
    assert link["type"] == "text_link" and link["url"] == "https://e.x/" and link["offset"] == 8


def test_error_offsets_are_in_bytes() -> None:
    with pytest.raises(HtmlParseError, match="byte offset 6"):
        parse_telegram_html("ü ü <x>")  # "ü" is 2 bytes in UTF-8: 2 + 1 + 2 + 1


def test_utf16_len_counts_astral_characters_twice() -> None:
    assert utf16_len("a😀é") == 4


@given(st.text(max_size=200), st.sampled_from(["b", "i", "u", "s", "code", "tg-spoiler", "blockquote"]))
def test_escaped_text_round_trips_inside_any_tag(text: str, tag: str) -> None:
    parsed = parse_telegram_html_entities(f"<{tag}>{html.escape(text)}</{tag}>")
    assert parsed.text == text
    if text:
        assert parsed.entities[0]["length"] == utf16_len(text)
    else:
        assert parsed.entities == []  # Telegram drops empty entities
