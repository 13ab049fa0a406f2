"""What the fake server remembers: chats, and everything the bot did, for test assertions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class ApiError(Exception):
    """A Bot API error reply: ``{"ok": false, "error_code", "description", "parameters"?}``."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(f"{code} {description}")
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str, parameters: dict[str, Any] | None = None) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}", parameters)


@dataclass
class ForumTopic:
    """A topic of a forum supergroup; its id is the ``message_thread_id`` messages carry."""

    thread_id: int
    name: str
    closed: bool = False
    deleted: bool = False


@dataclass
class ChatState:
    """A chat the fake knows about; groups carry their administrators and creator, forums
    (supergroups with ``is_forum``) their topics."""

    id: int
    type: str  # private | group | supergroup | channel
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    admins: set[int] = field(default_factory=set)
    creator_id: int | None = None
    blocked: bool = False
    migrated_to: int | None = None
    is_forum: bool = False
    topics: dict[int, ForumTopic] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.is_forum:
            data["is_forum"] = True
        if self.type == "private":
            data["first_name"] = self.first_name or f"User{self.id}"
        else:
            data["title"] = self.title or f"Chat {self.id}"
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class MessageVersion:
    """One earlier state of an edited bot message."""

    text: str | None
    parse_mode: str | None
    reply_markup: dict | None


@dataclass
class SentMessage:
    """A message the bot sent (sendMessage / sendDocument), with its edit history."""

    chat_id: int
    message_id: int
    text: str | None
    """Text exactly as the bot sent it (HTML source when parse_mode is HTML); caption for documents."""
    parse_mode: str | None
    plain_text: str
    """What the user sees: tags removed, entities decoded."""
    entities: list[dict]
    reply_markup: dict | None
    link_preview_options: dict | None
    disable_web_page_preview: bool | None
    reply_to_message_id: int | None
    method: str
    date: int
    sent_at: float
    document: dict | None = None
    history: list[MessageVersion] = field(default_factory=list)
    deleted: bool = False
    lost_reply: bool = False
    """True when a fault made the client see an error although the message was delivered."""
    message_thread_id: int | None = None
    """The forum topic it went to (None: the chat itself, i.e. a forum's General topic)."""

    @property
    def buttons(self) -> list[dict]:
        """All inline keyboard buttons, row by row, flattened."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    @property
    def callback_data(self) -> list[str]:
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]

    @property
    def preview_disabled(self) -> bool:
        """True if the bot asked Telegram not to show a link preview (either API spelling)."""
        if self.link_preview_options and self.link_preview_options.get("is_disabled"):
            return True
        return bool(self.disable_web_page_preview)


@dataclass(frozen=True)
class EditEvent:
    """One successful edit call (editMessageText / editMessageReplyMarkup / editMessageCaption)."""

    chat_id: int
    message_id: int
    method: str
    old_text: str | None
    new_text: str | None
    reply_markup: dict | None
    at: float


@dataclass(frozen=True)
class CallbackAnswer:
    """An answerCallbackQuery call, joined with the button press it answers."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None
    chat_id: int | None
    message_id: int | None
    data: str | None


@dataclass(frozen=True)
class ChatAction:
    chat_id: int
    action: str
    at: float


@dataclass(frozen=True)
class StoredFile:
    """A file the fake serves through getFile and /file/bot<token>/<file_path>."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None
