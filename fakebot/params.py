"""Typed access to Bot API call parameters, whatever body shape the client sent.

PTB 22's HTTPXRequest posts ``application/x-www-form-urlencoded`` (multipart when a file is
attached) where every non-string value is JSON-encoded: ``chat_id=123``,
``reply_markup={"inline_keyboard": ...}``, ``disable_notification=true``. Other clients send a
JSON body with native values. ``Params`` accepts both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fakebot.records import bad_request


@dataclass(frozen=True)
class UploadedFile:
    filename: str | None
    content_type: str | None
    data: bytes


class Params:
    def __init__(self, values: dict[str, Any]):
        self.values = values

    def __contains__(self, name: str) -> bool:
        return self.values.get(name) not in (None, "")

    def raw(self, name: str) -> Any:
        return self.values.get(name)

    def str(self, name: str, *, required: bool = False) -> str | None:
        value = self.values.get(name)
        if value is None or value == "":
            if required:
                raise bad_request(f"{name} is empty")
            return None
        if isinstance(value, UploadedFile):
            raise bad_request(f"{name} must be a string")
        return value if isinstance(value, str) else json.dumps(value)

    def int(self, name: str, *, required: bool = False) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            if required:
                raise bad_request(f"{name} is empty")
            return None
        if isinstance(value, bool):
            raise bad_request(f"{name} must be an integer")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"{name} must be an integer") from None

    def chat_id(self, name: str = "chat_id") -> int:
        value = self.values.get(name)
        if isinstance(value, str) and value.startswith("@"):
            raise bad_request("chat not found")
        chat_id = self.int(name)
        if chat_id is None:
            raise bad_request("chat_id is empty")
        return chat_id

    def bool(self, name: str) -> bool | None:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return value
        return str(value).lower() in ("true", "1")

    def float(self, name: str) -> float | None:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"{name} must be a number") from None

    def json(self, name: str, *, error: str | None = None) -> Any:
        """A structured parameter: already decoded (JSON body) or a JSON string (form body)."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(error or f"can't parse {name} JSON object") from None

    def file(self, name: str) -> UploadedFile | str | None:
        value = self.values.get(name)
        if isinstance(value, UploadedFile) or value is None:
            return value
        return str(value)
