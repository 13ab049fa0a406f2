"""Pushes and digests in each chat's language, end to end: chats pick their language with
/language (or keep English), subscribe with the real commands, an admin adds ONE article, the
running application pushes it, and the digest tick's function (``send_due_digests``, run by
the test at 08:00 with the application's bot and store) writes the digests; every message goes
through the fake Bot API. The same article reaches a German and an English chat in each mode."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digests import send_due_digests
from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, OTHER_USER_ID, USER_ID
from tests.e2e.commands_helpers import assert_valid_html
from tests.e2e.test_interface_languages import PUSHED_ARTICLE as ARTICLE

GERMAN_DIGEST_ID = 2002
ENGLISH_DIGEST_ID = 2003
EVENING = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)
"""The application's clock: no digest is due; the test runs the digest tick at 08:00 next day."""


async def test_one_article_pushed_and_digested_in_german_and_in_english(fake_server: FakeBotServer, start_bot) -> None:
    app = await start_bot(push_interval_seconds=0.2, clock=lambda: EVENING)
    store = app.bot_data.store
    for chat_id in (USER_ID, GERMAN_DIGEST_ID):
        (done,) = await fake_server.ask(chat_id, "/language de")
        assert done.plain_text.startswith("Erledigt: Ab jetzt schreibe ich in diesem Chat auf Deutsch.")
    for chat_id in (GERMAN_DIGEST_ID, ENGLISH_DIGEST_ID):
        await fake_server.ask(chat_id, "/settings digest 08:00")
    for chat_id in (USER_ID, OTHER_USER_ID, GERMAN_DIGEST_ID, ENGLISH_DIGEST_ID):
        await fake_server.ask(chat_id, "/subscribe drone")
    assert await send_due_digests(app.bot, store, now=EVENING) == 0  # digest mode starts counting

    before = {chat_id: len(fake_server.messages(chat_id)) for chat_id in (USER_ID, OTHER_USER_ID)}
    await fake_server.ask(ADMIN_ID, "/add " + ARTICLE)
    (article,) = (await store.articles.latest(limit=1)).items
    pushes = {}
    for chat_id, count in before.items():
        pushes[chat_id] = (await fake_server.wait_for_messages(chat_id, count + 1, timeout=15))[count]
    german, english = pushes[USER_ID], pushes[OTHER_USER_ID]
    assert german.plain_text.startswith("🔔 Neu zu drone\n\nAir defence units intercept drone swarm")
    assert "Wichtigste Zitate" in german.plain_text and "Key quotes" not in german.plain_text
    assert [b["text"] for b in german.buttons] == ["Ganzes Briefing"]
    assert english.plain_text.startswith("🔔 New on drone\n\nAir defence units intercept drone swarm")
    assert "Key quotes" in english.plain_text and "Wichtigste Zitate" not in english.plain_text
    assert [b["text"] for b in english.buttons] == ["Full briefing"]
    assert german.callback_data == english.callback_data == [f"b:{article.id}"], "the same article"

    before = {chat_id: len(fake_server.messages(chat_id)) for chat_id in (GERMAN_DIGEST_ID, ENGLISH_DIGEST_ID)}
    assert before == {GERMAN_DIGEST_ID: 3, ENGLISH_DIGEST_ID: 2}, "digest chats got no push"
    morning = EVENING + timedelta(hours=11)
    assert await send_due_digests(app.bot, store, now=morning) == 2
    german_digest = fake_server.messages(GERMAN_DIGEST_ID)[-1].plain_text
    english_digest = fake_server.messages(ENGLISH_DIGEST_ID)[-1].plain_text
    assert german_digest.startswith("🗞 Dein Tagesüberblick · 1 neues Briefing\n\nAir defence units intercept")
    assert german_digest.endswith(f"/brief {article.id} · Themen: drone")
    assert english_digest.startswith("🗞 Your digest · 1 new briefing\n\nAir defence units intercept")
    assert english_digest.endswith(f"/brief {article.id} · matched: drone")
    assert_valid_html([german, english, *fake_server.messages(GERMAN_DIGEST_ID), *fake_server.messages(ENGLISH_DIGEST_ID)])
