"""Bot API methods about the bot itself, updates, commands, files and chats."""

from __future__ import annotations

import json
import re
from typing import Any

from fakebot.api_messages import MessageMethods
from fakebot.params import Params
from fakebot.records import ApiError, bad_request

MAX_GETFILE_BYTES = 20 * 1024 * 1024
MAX_POLL_TIMEOUT = 50  # seconds; Telegram caps long polling the same way
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")
_ADMIN_RIGHTS = dict.fromkeys(
    (
        "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
        "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
        "can_post_stories", "can_edit_stories", "can_delete_stories", "can_pin_messages",
    ),
    False,
) | {"can_manage_chat": True, "can_delete_messages": True, "can_invite_users": True}


def scope_key(scope: dict | None) -> str:
    """Canonical key for a BotCommandScope; ``None`` is the default scope."""
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


class MiscMethods(MessageMethods):
    async def api_getme(self, p: Params) -> dict[str, Any]:
        return self.bot_user_json() | {
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
        }

    async def api_getupdates(self, p: Params) -> list[dict]:
        if self.webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset = p.int("offset")
        limit = min(max(p.int("limit") or 100, 1), 100)
        timeout = min(max(p.float("timeout") or 0.0, 0.0), MAX_POLL_TIMEOUT)
        allowed = p.json("allowed_updates")
        if allowed is not None:
            self._allowed_updates = list(allowed) or None  # the setting persists, like Telegram's
        if offset is not None:
            if offset < 0:
                self._updates = self._updates[offset:]
            else:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]

        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # an older long poll still waiting is now terminated (409), like Telegram

        def available() -> list[dict] | bool:
            if generation != self._poll_generation:
                return True
            wanted = self._allowed_updates
            if wanted:
                self._updates = [u for u in self._updates if _kind(u) in wanted]
            return self._updates[:limit]

        result = await self._wait_until(available, timeout)
        if result is True:
            raise ApiError(409, "Conflict: terminated by other getUpdates request; "
                                "make sure that only one bot instance is running")
        return list(result)

    async def api_setmycommands(self, p: Params) -> bool:
        commands = p.json("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND.fullmatch(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        language_code = p.str("language_code") or ""
        if language_code and not _LANGUAGE_CODE.fullmatch(language_code):
            raise bad_request("LANGUAGE_CODE_INVALID")  # Telegram wants two-letter ISO 639-1
        key = (scope_key(p.json("scope")), language_code)
        self.commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
        self._notify()
        return True

    async def api_getmycommands(self, p: Params) -> list[dict]:
        return list(self.commands.get((scope_key(p.json("scope")), p.str("language_code") or ""), []))

    async def api_deletemycommands(self, p: Params) -> bool:
        self.commands.pop((scope_key(p.json("scope")), p.str("language_code") or ""), None)
        self._notify()
        return True

    def commands_for(self, scope: dict | None = None, language_code: str = "") -> list[dict]:
        """Commands set for ``scope`` (e.g. ``{"type": "all_group_chats"}``) — what setMyCommands stored."""
        return list(self.commands.get((scope_key(scope), language_code), []))

    def menu_in_private_chat(self, chat_id: int, language_code: str = "") -> list[dict]:
        """The command menu a user whose app is in ``language_code`` sees in a private chat.

        Telegram's documented order: the chat's scope, all private chats, default; within each,
        the list for the user's language before the one without a language.
        """
        for scope in ({"type": "chat", "chat_id": chat_id}, {"type": "all_private_chats"}, None):
            for code in dict.fromkeys((language_code, "")):
                if (scope_key(scope), code) in self.commands:
                    return self.commands_for(scope, code)
        return []

    async def api_setmydescription(self, p: Params) -> bool:
        return True

    async def api_setmyshortdescription(self, p: Params) -> bool:
        return True

    async def api_setchatmenubutton(self, p: Params) -> bool:
        return True

    async def api_getfile(self, p: Params) -> dict[str, Any]:
        stored = self.files.get(p.str("file_id", required=True) or "")
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.data) > MAX_GETFILE_BYTES:
            raise bad_request("file is too big")
        return {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
                "file_size": len(stored.data), "file_path": stored.file_path}

    def _known_chat(self, p: Params):
        chat = self.chats.get(p.chat_id())
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise bad_request("group chat was upgraded to a supergroup chat",
                              {"migrate_to_chat_id": chat.migrated_to})
        return chat

    async def api_getchat(self, p: Params) -> dict[str, Any]:
        chat = self._known_chat(p)
        gifts = dict.fromkeys(
            ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription", "gifts_from_channels"), False
        )
        return chat.to_json() | {"accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": gifts}

    def _member_json(self, chat_id: int, user_id: int) -> dict[str, Any]:
        chat = self.chats[chat_id]
        user = self.bot_user_json() if user_id == self.bot_id else self.user_json(user_id)
        if chat.type != "private" and user_id == chat.creator_id:
            return {"status": "creator", "user": user, "is_anonymous": False}
        if chat.type != "private" and user_id in chat.admins:
            return {"status": "administrator", "user": user} | _ADMIN_RIGHTS
        return {"status": "member", "user": user}

    async def api_getchatmember(self, p: Params) -> dict[str, Any]:
        chat = self._known_chat(p)
        user_id = p.int("user_id", required=True) or 0
        if chat.type == "private" and user_id not in (chat.id, self.bot_id):
            raise bad_request("user not found")
        return self._member_json(chat.id, user_id)

    async def api_getchatadministrators(self, p: Params) -> list[dict]:
        chat = self._known_chat(p)
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        ids = ([chat.creator_id] if chat.creator_id is not None else []) + sorted(chat.admins - {chat.creator_id})
        return [self._member_json(chat.id, user_id) for user_id in ids]

    async def api_close(self, p: Params) -> bool:
        return True

    async def api_logout(self, p: Params) -> bool:
        return True


def _kind(update: dict) -> str:
    return next(k for k in update if k != "update_id")

