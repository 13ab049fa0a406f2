"""A local fake of the Telegram Bot API for end-to-end tests, benchmarks and the offline console.

The real bot (PTB) talks HTTP to it exactly as to api.telegram.org; tests drive it through
the Python control API (``send_text``, ``press_button``, ``wait_for_messages``, …).
"""

from fakebot.html import (
    HtmlParseError,
    parse_telegram_html,
    parse_telegram_html_entities,
    utf16_len,
)
from fakebot.policy import FaultRule, FloodLimits
from fakebot.records import ApiError, CallbackAnswer, ChatAction, EditEvent, SentMessage
from fakebot.server import FakeBotServer

__all__ = [
    "ApiError",
    "CallbackAnswer",
    "ChatAction",
    "EditEvent",
    "FakeBotServer",
    "FaultRule",
    "FloodLimits",
    "HtmlParseError",
    "SentMessage",
    "parse_telegram_html",
    "parse_telegram_html_entities",
    "utf16_len",
]
