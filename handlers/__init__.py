"""Telegram handlers, one module per user journey; ``register`` wires them in order."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from . import (
    admin_add,
    admin_manage,
    brief,
    callbacks,
    errors,
    language,
    latest,
    membership,
    mute,
    opml,
    quotes,
    settings_menu,
    start_help,
    story,
    subscribe,
    topics,
)
from .context import BriefContext


async def _private_text(update: Update, context: BriefContext) -> None:
    """Plain text in a private chat: the article after a bare /add, else a hint."""
    if not await admin_add.pending_text(update, context):
        await start_help.plain_text(update, context)


def register(app: Application) -> None:
    """Handler order matters: PTB runs the FIRST matching handler of group 0.

    Group -1 runs before it for every update: it makes the chat's language current, so every
    handler (and the error handler) answers in it with nothing more than ``_()``.
    """
    app.add_handler(TypeHandler(Update, language.apply_chat_language), group=-1)
    command_routes = [
        # user journeys
        ("start", start_help.start),
        ("help", start_help.help_command),
        ("cancel", start_help.cancel),
        ("latest", latest.latest),
        ("search", latest.search),
        ("brief", brief.brief),
        ("quotes", quotes.quotes),
        ("story", story.story),
        ("topics", topics.topics),
        ("subscribe", subscribe.subscribe),
        ("unsubscribe", subscribe.unsubscribe),
        (("subscriptions", "mysubs"), subscribe.subscriptions),
        ("mute", mute.mute),
        ("unmute", mute.unmute),
        ("mutes", mute.mutes),
        ("settings", settings_menu.settings),
        ("language", language.language),
        # admin journeys (each checks ADMIN_IDS itself)
        ("add", admin_add.add),
        ("remove", admin_manage.remove),
        ("stats", admin_manage.stats),
        ("feeds", admin_manage.feeds),
        ("feed_add", admin_manage.feed_add),
        ("feed_remove", admin_manage.feed_remove),
        ("feeds_import", opml.feeds_import),
        ("feeds_export", opml.feeds_export),
    ]
    for names, callback in command_routes:
        app.add_handler(CommandHandler(names, callback, filters=filters.UpdateType.MESSAGE))
    handlers = [
        # chat lifecycle: bot blocked/kicked/added, group upgraded to supergroup
        ChatMemberHandler(membership.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER),
        MessageHandler(filters.StatusUpdate.MIGRATE, membership.migrated),
        MessageHandler(
            filters.StatusUpdate.FORUM_TOPIC_CLOSED | filters.StatusUpdate.FORUM_TOPIC_REOPENED,
            membership.forum_topic_changed,
        ),
        # feed lists (.opml) before other documents: admins import every feed in them
        MessageHandler(
            filters.Document.FileExtension(opml.OPML_EXTENSION) & filters.UpdateType.MESSAGE, opml.document
        ),
        MessageHandler(
            filters.Document.FileExtension(opml.XML_EXTENSION) & filters.UpdateType.MESSAGE, opml.xml_document
        ),
        # documents (admins add .txt/.html/.md; /add as caption is optional)
        MessageHandler(filters.Document.ALL & filters.UpdateType.MESSAGE, admin_add.document),
        # every inline-button press, answered whatever it carries
        CallbackQueryHandler(callbacks.on_button),
        # commands nobody above claimed
        MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, start_help.unknown_command),
        # plain text in private chats: pending /add input, else a hint to /help
        MessageHandler(filters.TEXT & filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE, _private_text),
    ]
    for handler in handlers:
        app.add_handler(handler)
    app.add_error_handler(errors.on_error)
