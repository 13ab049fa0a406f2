"""Bot API methods that send, edit or delete messages, and answer button presses."""

from __future__ import annotations

import time
from typing import Any

from fakebot.core import FakeBotCore
from fakebot.params import Params
from fakebot.records import (
    CallbackAnswer,
    ChatAction,
    EditEvent,
    MessageVersion,
    SentMessage,
    StoredFile,
    bad_request,
)
from fakebot.topics import thread_for_send, topic_fields
from fakebot.validate import MAX_CALLBACK_ANSWER_CHARS, check_reply_markup, parse_text

CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    }
)
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


class MessageMethods(FakeBotCore):
    def _message_json(self, sent: SentMessage) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": sent.message_id,
            "from": self.bot_user_json(),
            "chat": self.chats[sent.chat_id].to_json(),
            "date": sent.date,
        }
        body_key, entities_key = ("caption", "caption_entities") if sent.document else ("text", "entities")
        if sent.plain_text or not sent.document:
            message[body_key] = sent.plain_text
        if sent.entities:
            message[entities_key] = sent.entities
        if sent.document:
            message["document"] = sent.document
        message |= topic_fields(sent.message_thread_id)
        if sent.reply_markup and "inline_keyboard" in sent.reply_markup:
            message["reply_markup"] = sent.reply_markup
        if sent.history:
            message["edit_date"] = int(time.time())
        reply_to = self.stored_message(sent.chat_id, sent.reply_to_message_id or 0)
        if reply_to is not None:
            message["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
        return message

    def _reply_to(self, p: Params, chat_id: int) -> int | None:
        reply_parameters = p.json("reply_parameters") or {}
        message_id = reply_parameters.get("message_id") or p.int("reply_to_message_id")
        if message_id is None:
            return None
        allow = reply_parameters.get("allow_sending_without_reply") or p.bool("allow_sending_without_reply")
        if self.stored_message(chat_id, int(message_id)) is None:
            if allow:
                return None
            raise bad_request("message to be replied not found")
        return int(message_id)

    def _thread(self, p: Params, chat_id: int, reply_to: int | None) -> int | None:
        replied = self.stored_message(chat_id, reply_to) if reply_to is not None else None
        return thread_for_send(self.chats[chat_id], p.int("message_thread_id"), replied)

    def _record_sent(self, sent: SentMessage) -> dict[str, Any]:
        self.sent.append(sent)
        self._sent_by_chat.setdefault(sent.chat_id, []).append(sent)
        self._sent_index[(sent.chat_id, sent.message_id)] = sent
        message = self._message_json(sent)
        self._store_message(message)
        self._notify()
        return message

    async def api_sendmessage(self, p: Params) -> dict[str, Any]:
        chat = self._chat_for_send(p.chat_id())
        parse_mode = p.str("parse_mode")
        text = p.str("text")
        parsed = parse_text(text, parse_mode)
        markup = check_reply_markup(p.json("reply_markup", error="can't parse reply keyboard markup JSON object"))
        reply_to = self._reply_to(p, chat.id)
        thread = self._thread(p, chat.id, reply_to)
        self._flood_gate.check(chat.id, chat.type)
        sent = SentMessage(
            chat_id=chat.id, message_id=self._new_message_id(chat.id), text=text, parse_mode=parse_mode,
            plain_text=parsed.text, entities=parsed.entities, reply_markup=markup,
            link_preview_options=p.json("link_preview_options"),
            disable_web_page_preview=p.bool("disable_web_page_preview"), reply_to_message_id=reply_to,
            method="sendMessage", date=int(time.time()), sent_at=self.clock(), message_thread_id=thread,
        )
        self.send_timestamps.append(sent.sent_at)
        return self._record_sent(sent)

    async def api_senddocument(self, p: Params) -> dict[str, Any]:
        chat = self._chat_for_send(p.chat_id())
        document = p.file("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = p.file(document.removeprefix("attach://"))
        if document is None:
            raise bad_request("there is no document in the request")
        if isinstance(document, str):
            stored = self.files.get(document)
            if stored is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
        else:
            stored = self.store_file(document.data, file_name=document.filename, mime_type=document.content_type)
        caption, parse_mode = p.str("caption"), p.str("parse_mode")
        parsed = parse_text(caption, parse_mode, caption=True)
        markup = check_reply_markup(p.json("reply_markup"))
        reply_to = self._reply_to(p, chat.id)
        thread = self._thread(p, chat.id, reply_to)
        self._flood_gate.check(chat.id, chat.type)
        info = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "file_size": len(stored.data)}
        if stored.file_name:
            info["file_name"] = stored.file_name
        if stored.mime_type:
            info["mime_type"] = stored.mime_type
        sent = SentMessage(
            chat_id=chat.id, message_id=self._new_message_id(chat.id), text=caption, parse_mode=parse_mode,
            plain_text=parsed.text, entities=parsed.entities, reply_markup=markup, link_preview_options=None,
            disable_web_page_preview=None, reply_to_message_id=reply_to, method="sendDocument",
            date=int(time.time()), sent_at=self.clock(), document=info, message_thread_id=thread,
        )
        return self._record_sent(sent)

    def store_file(self, data: bytes, *, file_name: str | None = None, mime_type: str | None = None) -> StoredFile:
        """Keep ``data`` so getFile and the file download URL serve it."""
        number = len(self.files) + 1
        suffix = "." + file_name.rsplit(".", 1)[1] if file_name and "." in file_name else ""
        stored = StoredFile(
            file_id=f"BQACAgIAAxkBAAI{number:06d}", file_unique_id=f"AgAD{number:06d}",
            file_path=f"documents/file_{number}{suffix}", data=data, file_name=file_name, mime_type=mime_type,
        )
        self.files[stored.file_id] = stored
        return stored

    def _sent_for_edit(self, p: Params) -> SentMessage:
        if "inline_message_id" in p:
            raise bad_request("inline messages are not supported by the fake")
        chat = self._chat_for_send(p.chat_id())
        message_id = p.int("message_id", required=True)
        sent = self._sent_index.get((chat.id, message_id or 0))
        if sent is None or sent.deleted:
            if self.stored_message(chat.id, message_id or 0) is not None:
                raise bad_request("message can't be edited")
            raise bad_request("message to edit not found")
        return sent

    def _apply_edit(self, sent: SentMessage, method: str, text: str | None, parse_mode: str | None,
                    plain: str, entities: list[dict], markup: dict | None) -> dict[str, Any]:
        if plain == sent.plain_text and entities == sent.entities and markup == sent.reply_markup:
            raise bad_request(NOT_MODIFIED)
        sent.history.append(MessageVersion(sent.text, sent.parse_mode, sent.reply_markup))
        old_text = sent.text
        sent.text, sent.parse_mode, sent.plain_text, sent.entities = text, parse_mode, plain, entities
        sent.reply_markup = markup
        self.edits.append(EditEvent(sent.chat_id, sent.message_id, method, old_text, text, markup, self.clock()))
        message = self._message_json(sent)
        self._store_message(message)
        self._notify()
        return message

    async def api_editmessagetext(self, p: Params) -> dict[str, Any]:
        sent = self._sent_for_edit(p)
        if sent.document:
            raise bad_request("there is no text in the message to edit")
        text, parse_mode = p.str("text"), p.str("parse_mode")
        parsed = parse_text(text, parse_mode)
        markup = check_reply_markup(p.json("reply_markup"))
        if p.json("link_preview_options") is not None:
            sent.link_preview_options = p.json("link_preview_options")
        return self._apply_edit(sent, "editMessageText", text, parse_mode, parsed.text, parsed.entities, markup)

    async def api_editmessagecaption(self, p: Params) -> dict[str, Any]:
        sent = self._sent_for_edit(p)
        caption, parse_mode = p.str("caption"), p.str("parse_mode")
        parsed = parse_text(caption, parse_mode, caption=True)
        markup = check_reply_markup(p.json("reply_markup"))
        return self._apply_edit(sent, "editMessageCaption", caption, parse_mode, parsed.text, parsed.entities, markup)

    async def api_editmessagereplymarkup(self, p: Params) -> dict[str, Any]:
        sent = self._sent_for_edit(p)
        markup = check_reply_markup(p.json("reply_markup"))
        return self._apply_edit(
            sent, "editMessageReplyMarkup", sent.text, sent.parse_mode, sent.plain_text, sent.entities, markup
        )

    async def api_deletemessage(self, p: Params) -> bool:
        chat = self._chat_for_send(p.chat_id())
        message_id = p.int("message_id", required=True) or 0
        sent = self._sent_index.get((chat.id, message_id))
        stored = self.stored_message(chat.id, message_id)
        if stored is None or (sent is not None and sent.deleted):
            raise bad_request("message to delete not found")
        if sent is None and chat.type != "private" and self.bot_id not in chat.admins:
            raise bad_request("message can't be deleted")
        if sent is not None:
            sent.deleted = True
        del self._messages[chat.id][message_id]
        self._notify()
        return True

    async def api_answercallbackquery(self, p: Params) -> bool:
        query_id = p.str("callback_query_id", required=True) or ""
        query = self._callback_queries.get(query_id)
        if query is None or query["answered"]:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        text = p.str("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER_CHARS:
            raise bad_request("MESSAGE_TOO_LONG")
        query["answered"] = True
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id, text=text, show_alert=bool(p.bool("show_alert")), url=p.str("url"),
                cache_time=p.int("cache_time"), chat_id=query["chat_id"], message_id=query["message_id"],
                data=query["data"],
            )
        )
        self._notify()
        return True

    async def api_sendchataction(self, p: Params) -> bool:
        chat = self._chat_for_send(p.chat_id())
        action = p.str("action", required=True)
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.append(ChatAction(chat.id, action or "", self.clock()))
        self._notify()
        return True

