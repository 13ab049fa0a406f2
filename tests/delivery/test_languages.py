"""Pushes and digests in each chat's interface language; a broadcast renders once per language."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from telegram import Bot

import bot.delivery as delivery
from bot.delivery import ChatPacer, Sender
from bot.digests import render_digest, send_due_digests
from bot.matching import match_new_articles
from fakebot import parse_telegram_html
from handlers.i18n import use_language
from storage.models import ArticleSummary, ChatSettings
from tests.delivery.conftest import START
from tests.delivery.test_schedule import local

LANGUAGE_OF = {7401: "uk", 7402: "uk", 7403: "de", 7404: "de", 7405: "ru", 7406: None, -7407: None}
PUSH_HEADING = {"uk": "🔔 Нове на тему: ukraine", "de": "🔔 Neu zu ukraine", "ru": "🔔 Новое на тему: ukraine",
                None: "🔔 New on ukraine"}
BUTTON = {"uk": "Повний огляд", "de": "Ganzes Briefing", "ru": "Полный обзор", None: "Full briefing"}
KYIV = ZoneInfo("Europe/Kyiv")


async def _set_languages(store) -> None:
    for chat_id, language in LANGUAGE_OF.items():
        chat = await store.chats.get(chat_id)
        await store.chats.update_settings(chat_id, chat.settings.model_copy(update={"language": language}))


async def test_each_chat_gets_the_push_in_its_language_rendered_once_per_language(
    fake_server, bot: Bot, store, clock, add_article, subscribe, monkeypatch: pytest.MonkeyPatch
) -> None:
    await subscribe(LANGUAGE_OF)
    await _set_languages(store)
    renders: list[str] = []
    real_render = delivery.render_briefing

    def counting_render(*args, **kwargs):
        renders.append("render")
        return real_render(*args, **kwargs)

    monkeypatch.setattr(delivery, "render_briefing", counting_render)
    await add_article()
    await match_new_articles(store, now=clock())
    stats = await Sender(bot, store, clock=clock, pacer=ChatPacer(0.0, 0.0)).drain()
    assert stats.sent == len(LANGUAGE_OF)
    for chat_id, language in LANGUAGE_OF.items():
        (message,) = fake_server.messages(chat_id)
        parse_telegram_html(message.text)
        assert message.plain_text.startswith(PUSH_HEADING[language]), (chat_id, message.plain_text[:60])
        assert [b["text"] for b in message.buttons] == [BUTTON[language]]
    assert len(renders) == 4, "one render per language (uk, de, ru, en), not one per chat"


async def test_a_digest_is_written_in_the_chats_language(fake_server, bot: Bot, store, clock, add_article, subscribe):
    chat = 7501
    await subscribe([chat])
    await store.chats.update_settings(chat, ChatSettings(mode="digest", digest_time="08:00", timezone="Europe/Kyiv",
                                                         language="uk"))
    await store.subscriptions.add(chat, "interest rates")
    clock.now = local(KYIV, 2026, 11, 20, 21, 0)
    await send_due_digests(bot, store, now=clock())  # first tick in digest mode: starts counting
    await add_article(url="https://news.example/drones")
    await add_article("rates", url="https://news.example/rates")
    await match_new_articles(store, now=clock())
    assert await send_due_digests(bot, store, now=local(KYIV, 2026, 11, 21, 8, 0)) == 1
    (message,) = fake_server.messages(chat)
    parse_telegram_html(message.text)
    assert message.plain_text.startswith("🗞 Ваш дайджест · 2 нові огляди")
    assert "теми: ukraine" in message.plain_text and "теми: interest rates" in message.plain_text


@pytest.mark.parametrize(("language", "total", "heading"), [
    ("uk", 1, "🗞 Ваш дайджест · 1 новий огляд"), ("uk", 5, "🗞 Ваш дайджест · 5 нових оглядів"),
    ("uk", 21, "🗞 Ваш дайджест · 21 новий огляд"), ("ru", 3, "🗞 Ваш дайджест · 3 новых обзора"),
    ("ru", 11, "🗞 Ваш дайджест · 11 новых обзоров"), ("de", 1, "🗞 Dein Tagesüberblick · 1 neues Briefing"),
    ("de", 1200, "🗞 Dein Tagesüberblick · 1.200 neue Briefings"), ("en", 1200, "🗞 Your digest · 1,200 new briefings"),
])
def test_digest_heading_counts_in_each_language(language: str, total: int, heading: str) -> None:
    item = ArticleSummary(id=1, title="A", added_at=START)
    with use_language(language):
        chunks = render_digest([item], {1: ("ukraine",)}, total=total)
    assert parse_telegram_html(chunks[0]).startswith(heading)
