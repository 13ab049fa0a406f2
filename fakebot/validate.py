"""Content checks the real Bot API performs before it accepts a message."""

from __future__ import annotations

from typing import Any

from fakebot.html import HtmlParseError, ParsedHtml, parse_telegram_html_entities, utf16_len
from fakebot.records import bad_request

MAX_TEXT_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_CHARS = 200
MAX_INLINE_BUTTONS = 100  # Telegram's documented cap on buttons per inline keyboard


def parse_text(text: str | None, parse_mode: str | None, *, caption: bool = False) -> ParsedHtml:
    """Parse per ``parse_mode`` and enforce emptiness and length limits (UTF-16, after parsing)."""
    if text is None:
        if caption:
            return ParsedHtml("")
        raise bad_request("message text is empty")
    mode = (parse_mode or "").lower()
    if mode == "html":
        try:
            parsed = parse_telegram_html_entities(text)
        except HtmlParseError as err:
            raise bad_request(f"can't parse entities: {err}") from None
    elif mode in ("", "markdown", "markdownv2"):
        parsed = ParsedHtml(text)  # Markdown is accepted as-is; briefbot renders HTML only
    else:
        raise bad_request("unsupported parse_mode")
    if caption:
        if utf16_len(parsed.text) > MAX_CAPTION_UTF16:
            raise bad_request("message caption is too long")
        return parsed
    if not parsed.text.strip():
        raise bad_request("message text is empty")
    if utf16_len(parsed.text) > MAX_TEXT_UTF16:
        raise bad_request("message is too long")
    return parsed


def check_reply_markup(markup: Any) -> dict | None:
    """Validate an inline keyboard like Telegram (callback_data 1–64 bytes, one action per button)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup  # reply keyboards / remove / force_reply: accepted without checks
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse inline keyboard button: field \"inline_keyboard\" must be an Array of Arrays")
    if sum(len(row) for row in rows) > MAX_INLINE_BUTTONS:
        raise bad_request("reply markup is too long")
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise bad_request("can't parse inline keyboard button: Text must be a String")
            if not button["text"].strip():
                raise bad_request("BUTTON_TEXT_EMPTY")
            actions = [k for k in button if k != "text"]
            if len(actions) != 1:
                raise bad_request("can't parse inline keyboard button: exactly one of the optional fields must be used")
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button:
                url = button["url"]
                if not isinstance(url, str) or not url.startswith(("http://", "https://", "tg://")):
                    raise bad_request("BUTTON_URL_INVALID")
    return markup
