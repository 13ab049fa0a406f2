"""Interface languages end to end (issue 17): /language, the default from the user's Telegram
language, admins only in groups, per-language command menus, and a representative journey in
every language whose every message passes the fake Bot API's HTML check and is in that language.
"""

from __future__ import annotations

import re

import pytest

from bot.matching import MATCH_CURSOR_KEY
from fakebot import FakeBotServer, SentMessage
from handlers.i18n import LANGUAGES, NATIVE_NAMES
from tests.delivery.conftest import eventually
from tests.e2e import ADMIN_ID, GROUP_ID, OTHER_USER_ID, USER_ID
from tests.e2e.commands_helpers import article_text, assert_valid_html, seed
from tests.e2e.test_feeds_opml import READER_EXPORT, sent_file
from tests.handlers.test_catalogs import catalog, source_messages

PUSHED_ARTICLE = (
    "Air defence units intercept drone swarm over the capital\n\n"
    "Air defence units shot down 42 of 45 drones launched overnight, the air force said on Sunday, "
    "calling it one of the largest drone attacks this spring.\n\n"
    '"Our crews worked until dawn," said air force spokesman Taras Melnyk. Melnyk said debris '
    "damaged two warehouses on the city's eastern edge.\n\n"
    "Repairs to the damaged power line are expected to take three days, the grid operator said."
)
HELP_HEADING = {"en": "Commands", "uk": "Команди", "de": "Befehle", "ru": "Команды"}
_TAG_OR_FIELD = re.compile(r"<[^>]*>|\{[^}]*\}")


def english_fragments() -> set[str]:
    """Every stretch of two or more English words in the code's messages (between placeholders
    and tags): one of these in a uk/de/ru reply is a string that escaped translation."""
    fragments = set()
    for key in source_messages():
        for text in (key,) if isinstance(key, str) else key:
            for piece in _TAG_OR_FIELD.split(text):
                piece = piece.strip(" .,:;—–()!?“”\n")
                if len(piece.split()) >= 2 and not piece.startswith("/"):
                    fragments.add(piece)
    translated_identically = {m.id for lang in LANGUAGES if lang != "en" for m in catalog(lang) if m.string == m.id}
    return fragments - translated_identically


def untranslated(messages: list[SentMessage], data: str = "") -> list[str]:
    """English fragments found in the messages (``data``: article text that may contain any)."""
    found = []
    for fragment in english_fragments():
        for message in messages:
            if fragment in message.plain_text and fragment not in data:
                found.append(f"{fragment!r} in {message.plain_text[:80]!r}")
    return found


async def test_language_uk_then_help_is_ukrainian_and_en_switches_back(fake_server: FakeBotServer, bot_app) -> None:
    (menu,) = await fake_server.ask(USER_ID, "/language")
    assert [b["text"] for b in menu.buttons] == ["✓ English", "Українська", "Deutsch", "Русский"]
    (done,) = await fake_server.ask(USER_ID, "/language uk")
    assert done.plain_text == "Готово: відтепер я писатиму в цей чат українською."
    (help_uk,) = await fake_server.ask(USER_ID, "/help")
    assert help_uk.plain_text.startswith("Команди\n/start — Що вміє цей бот")
    assert "/latest — Найновіші огляди" in help_uk.plain_text
    (back,) = await fake_server.ask(USER_ID, "/language en")
    assert back.plain_text == "Done: I'll write to this chat in English from now on."
    (help_en,) = await fake_server.ask(USER_ID, "/help")
    assert help_en.plain_text.startswith("Commands\n/start — What this bot does")
    assert_valid_html([menu, done, help_uk, back, help_en])


async def test_the_language_buttons_switch_and_tick_the_choice(fake_server: FakeBotServer, bot_app) -> None:
    (menu,) = await fake_server.ask(USER_ID, "/language")
    await fake_server.press_button(USER_ID, menu.message_id, "lang:de")
    (edit,) = await fake_server.wait_for_edits(USER_ID, 1)
    assert edit.new_text is not None and edit.new_text.startswith("Erledigt: Ab jetzt schreibe ich in diesem Chat auf Deutsch.")
    (settings,) = await fake_server.ask(USER_ID, "/settings")
    assert settings.plain_text.startswith("Einstellungen zur Zustellung\nModus: Sofortmeldungen")
    (menu,) = await fake_server.ask(USER_ID, "/language")
    assert menu.plain_text.startswith("Sprache dieses Chats: Deutsch.")
    assert "✓ Deutsch" in [b["text"] for b in menu.buttons]


async def test_a_private_chat_gets_the_users_telegram_language_pushes_included(
    fake_server: FakeBotServer, start_bot
) -> None:
    app = await start_bot(push_interval_seconds=0.2)
    fake_server.set_user_language(USER_ID, "de-AT")
    (help_de,) = await fake_server.ask(USER_ID, "/help")
    assert help_de.plain_text.startswith("Befehle\n/start — Was dieser Bot kann")
    (subscribed,) = await fake_server.ask(USER_ID, "/subscribe drone")
    assert subscribed.plain_text.startswith("„drone“ abonniert.")
    chat = await app.bot_data.store.chats.get(USER_ID)
    assert chat.settings.language == "de", "the default is stored, so pushes use it"

    fake_server.set_user_language(OTHER_USER_ID, "fr")  # a language we do not speak: English
    (help_en,) = await fake_server.ask(OTHER_USER_ID, "/help")
    assert help_en.plain_text.startswith("Commands\n")

    before = len(fake_server.messages(USER_ID))
    await fake_server.ask(ADMIN_ID, "/add " + article_text(0))
    pushed = await fake_server.wait_for_messages(USER_ID, before + 1, timeout=15)
    push = pushed[before]
    assert push.plain_text.startswith("🔔 Neu zu drone\n")
    assert "Wichtigste Zitate" in push.plain_text and [b["text"] for b in push.buttons] == ["Ganzes Briefing"]
    assert_valid_html(pushed)


async def test_only_group_admins_change_a_groups_language(fake_server: FakeBotServer, bot_app) -> None:
    fake_server.set_admins(GROUP_ID, {OTHER_USER_ID}, creator_id=OTHER_USER_ID)
    fake_server.set_user_language(USER_ID, "uk")  # a member's own language does not decide a group's
    (menu,) = await fake_server.ask(GROUP_ID, "/language", user_id=USER_ID)
    assert menu.plain_text.startswith("This chat's language is English.")
    (refused,) = await fake_server.ask(GROUP_ID, "/language uk", user_id=USER_ID)
    assert refused.plain_text == "Only group admins can change this chat's subscriptions or settings."
    await fake_server.press_button(GROUP_ID, menu.message_id, "lang:ru", user_id=USER_ID)
    (alert,) = await fake_server.wait_for_callback_answers(1)
    assert alert.text == "Only group admins can change this chat's subscriptions or settings." and alert.show_alert
    (still,) = await fake_server.ask(GROUP_ID, "/help", user_id=USER_ID)
    assert still.plain_text.startswith("Commands\n")

    (done,) = await fake_server.ask(GROUP_ID, "/language ru", user_id=OTHER_USER_ID)
    assert done.plain_text == "Готово: теперь я буду писать в этот чат по-русски."
    (help_ru,) = await fake_server.ask(GROUP_ID, "/help", user_id=USER_ID)
    assert help_ru.plain_text.startswith("Команды\n")


async def test_odd_language_arguments_get_a_polite_answer(fake_server: FakeBotServer, bot_app) -> None:
    for text in ("/language xx", "/language uk de", "/language 🇺🇦", "/language <b>de</b>"):
        (reply,) = await fake_server.ask(USER_ID, text)
        assert reply.plain_text.startswith("I don't speak that language yet. I speak English, Ukrainian"), text
    for text, heading in (("/language RU-ru", "Команды"), ("/language Deutsch", "Befehle"), ("/language ua", "Команди")):
        await fake_server.ask(USER_ID, text)
        (reply,) = await fake_server.ask(USER_ID, "/help")
        assert reply.plain_text.startswith(heading), text


async def test_command_menus_are_registered_per_language(fake_server: FakeBotServer, bot_app) -> None:
    default = fake_server.commands_for(None)
    assert {c["command"]: c["description"] for c in default}["latest"] == "Newest briefings, optionally on a topic"
    for language, latest in (("uk", "Найновіші огляди, можна на певну тему"),
                             ("de", "Neueste Briefings, auf Wunsch zu einem Thema"),
                             ("ru", "Свежие обзоры, можно на определённую тему")):
        menu = fake_server.commands_for(None, language)
        assert [c["command"] for c in menu] == [c["command"] for c in default], "command names never change"
        assert {c["command"]: c["description"] for c in menu}["latest"] == latest
        admin_menu = fake_server.menu_in_private_chat(ADMIN_ID, language)
        assert "add" in [c["command"] for c in admin_menu] and {c["description"] for c in admin_menu} & {latest}
    assert fake_server.menu_in_private_chat(USER_ID, "de") == fake_server.commands_for(None, "de")
    assert fake_server.menu_in_private_chat(USER_ID, "fr") == default


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_journey_in_each_language_is_valid_html_and_translated(
    language: str, fake_server: FakeBotServer, start_bot
) -> None:
    """/help, /latest, /brief, /subscribe, /subscriptions, /settings, /quotes, /story, error
    replies, a button, and a push: every message valid Telegram HTML and in the chat's language."""
    app = await start_bot(push_interval_seconds=0.2)
    ids = await seed(app, 3)
    store = app.bot_data.store

    async def seeded_articles_matched() -> bool:  # before /subscribe: they must not be pushed mid-journey
        return int(await store.meta.get(MATCH_CURSOR_KEY) or 0) >= ids[-1]

    await eventually(seeded_articles_matched)
    data = "\n".join([*(article_text(i) for i in range(3)), PUSHED_ARTICLE])
    await fake_server.ask(USER_ID, f"/language {language}")
    commands = ["/start", "/help", "/latest", "/latest 99", "/latest 2 nothing-like-this", f"/brief {ids[0]}",
                "/brief", "/brief 999", "/search officials", "/search zzzz", "/topics", "/subscribe drone -football",
                "/subscribe", "/subscriptions", "/mute football", "/mutes", "/settings", "/settings digest 25:00",
                "/settings tz Mars/Base", "/quotes", "/quotes Ostrova", "/quotes Nobody Atall", f"/story {ids[0]}",
                "/story", "/cancel", "/nosuchcommand", "/add", "hello", "/latest 1"]
    for command in commands:
        await fake_server.ask(USER_ID, command, n=2 if command == "/latest 99" else 1)  # a note, then the list
    latest = fake_server.messages(USER_ID)[-1]
    await fake_server.press_button(USER_ID, latest.message_id, latest.callback_data[0])
    before = len(fake_server.messages(USER_ID)) + 1  # the briefing the button opens
    await fake_server.wait_for_messages(USER_ID, before)
    await fake_server.ask(ADMIN_ID, "/add " + PUSHED_ARTICLE)
    await fake_server.wait_for_messages(USER_ID, before + 1, timeout=15)
    push = fake_server.messages(USER_ID)[before]
    assert push.callback_data == [f"b:{ids[-1] + 1}"], "the push carries its Full briefing button"

    messages = fake_server.messages(USER_ID)[1:]  # after the /language reply
    assert_valid_html(messages)
    assert len(messages) >= len(commands) + 3
    if language == "en":
        return
    assert untranslated(messages, data) == []
    assert messages[1].plain_text.startswith(HELP_HEADING[language])
    assert push.plain_text.startswith("🔔 ") and "drone" in push.plain_text
    if language in ("uk", "ru"):
        assert all(re.search("[а-яіїєґ]", m.plain_text.lower()) for m in messages), "every reply has Cyrillic"


def test_language_names_are_each_in_itself() -> None:
    assert NATIVE_NAMES == {"en": "English", "uk": "Українська", "de": "Deutsch", "ru": "Русский"}


async def test_feed_list_import_and_export_answer_in_the_admins_language(fake_server: FakeBotServer, bot_app) -> None:
    """OPML replies (counts, refusal reasons from lower layers, parse errors with line and
    column, the export caption) in German; the reasons are translated, not left in English."""
    await fake_server.ask(ADMIN_ID, "/language de")
    await fake_server.send_document(ADMIN_ID, READER_EXPORT, file_name="abos.opml", mime_type="text/x-opml")
    report = (await fake_server.wait_for_messages(ADMIN_ID, 2))[-1]
    assert report.plain_text == (
        "Feed-Liste importiert: 2 hinzugefügt, 0 schon vorhanden, 1 abgelehnt. "
        "Neue Feeds werden innerhalb einer Minute abgerufen.\n"
        "• Ich kann nur http://- und https://-Adressen laden. file:///etc/passwd"
    )
    await fake_server.send_document(ADMIN_ID, b"<opml>\n<body><outline", file_name="kaputt.opml")
    broken = (await fake_server.wait_for_messages(ADMIN_ID, 3))[-1]
    assert broken.plain_text.startswith("Diese Datei kann ich nicht importieren: Die Datei ist kein wohlgeformtes XML (Zeile 2")
    assert broken.plain_text.endswith("Es wurde nichts hinzugefügt.")
    (listing,) = await fake_server.ask(ADMIN_ID, "/feeds")
    assert listing.plain_text.startswith("Feeds (2)\n• https://coastwire.example/rss.xml — Coast Wire")
    await fake_server.send_text(ADMIN_ID, "/feeds_export")
    await fake_server.wait_for_messages(ADMIN_ID, 5)
    _name, data = sent_file(fake_server, ADMIN_ID)
    assert fake_server.last_message(ADMIN_ID).plain_text == "2 Feeds (OPML 2.0). Jeder Feedreader kann diese Datei importieren."
    assert b"<title>briefbot-Feeds</title>" in data
    assert_valid_html(fake_server.messages(ADMIN_ID))
    assert untranslated(fake_server.messages(ADMIN_ID)[1:], READER_EXPORT.decode()) == []
