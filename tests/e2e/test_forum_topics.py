"""Forum supergroups end to end: subscriptions per topic, pushes into their topic, every reply
path staying in the topic it came from, and closed or deleted topics that stop alone.

The real application polls the fake Bot API; the fake refuses sends to a closed topic
(TOPIC_CLOSED), a deleted one (message thread not found) and threads outside a forum, and
records the ``message_thread_id`` of everything the bot posts.
"""

from __future__ import annotations

import logging

import pytest

from bot.matching import MATCH_CURSOR_KEY
from briefing.models import Block, Briefing
from fakebot import FakeBotServer
from tests.delivery.conftest import eventually
from tests.e2e import ADMIN_ID, OTHER_USER_ID
from tests.e2e.commands_helpers import seed

FORUM = -1_002_000_000_001


def news(title: str, summary: str, *topics: str) -> Briefing:
    """A short article of its own (its body is its summary: never a near-duplicate of another)."""
    return Briefing(title=title, source="Example News", blocks=(Block(text=summary),), summary=(summary,),
                    topics=topics)


UKRAINE = news("Drones strike Kyiv overnight", "Russia launched drones at Ukraine overnight.", "Ukraine")
RATES = news("Central bank raises interest rates", "The bank raised interest rates to 4.5 percent.",
             "interest rates")


@pytest.fixture
async def forum_app(fake_server: FakeBotServer, start_bot):
    fake_server.add_forum(FORUM, title="Newsroom", admin_ids={ADMIN_ID})
    return await start_bot(push_interval_seconds=0.2)


async def ask_in(server: FakeBotServer, thread: int | None, text: str, n: int = 1, user_id: int = ADMIN_ID):
    """Send ``text`` in a topic of the forum; the next ``n`` bot messages, checked to be in that topic."""
    replies = await server.ask(FORUM, text, n=n, user_id=user_id, thread_id=thread)
    assert [m.message_thread_id for m in replies] == [thread] * n, [m.plain_text for m in replies]
    return replies


async def test_each_topic_gets_only_its_own_pushes(fake_server: FakeBotServer, forum_app) -> None:
    store = forum_app.bot_data.store
    war = await fake_server.create_topic(FORUM, "War", user_id=ADMIN_ID)
    economy = await fake_server.create_topic(FORUM, "Economy", user_id=ADMIN_ID)
    (done,) = await ask_in(fake_server, war, "/subscribe ukraine")
    assert "Subscribed to “ukraine”" in done.plain_text and "in this topic" in done.plain_text
    (again,) = await ask_in(fake_server, war, "/subscribe Ukraine")
    assert "Already subscribed" in again.plain_text  # the same topic twice is one subscription
    await ask_in(fake_server, economy, "/subscribe interest rates")
    assert [s.topic for s in await store.subscriptions.for_chat(FORUM, thread_id=war)] == ["ukraine"]

    (listed,) = await ask_in(fake_server, economy, "/subscriptions")
    assert "interest rates" in listed.plain_text and "ukraine" not in listed.plain_text
    (general,) = await ask_in(fake_server, None, "/subscriptions")
    assert "no subscriptions" in general.plain_text

    before = {t: len(fake_server.topic_messages(FORUM, t)) for t in (war, economy, None)}
    drones = await store.articles.add(UKRAINE)
    pushed = await fake_server.wait_for_topic_messages(FORUM, war, before[war] + 1)
    assert drones.title in pushed[-1].plain_text and "New on ukraine" in pushed[-1].plain_text
    rates = await store.articles.add(RATES)
    pushed = await fake_server.wait_for_topic_messages(FORUM, economy, before[economy] + 1)
    assert rates.title in pushed[-1].plain_text
    # each topic got exactly its own; General got nothing
    await ask_in(fake_server, None, "/help")
    war_texts = [m.plain_text for m in fake_server.topic_messages(FORUM, war)[before[war]:]]
    assert len(war_texts) == 1 and rates.title not in war_texts[0]
    assert len(fake_server.topic_messages(FORUM, economy)) == before[economy] + 1
    assert len(fake_server.topic_messages(FORUM, None)) == before[None] + 1  # the /help reply

    # the push's "Full briefing" button answers in the topic it was pressed in
    await fake_server.press_button(FORUM, pushed[-1].message_id, f"b:{rates.id}", user_id=OTHER_USER_ID)
    opened = await fake_server.wait_for_topic_messages(FORUM, economy, before[economy] + 2)
    assert rates.title in opened[-1].plain_text


async def test_group_admin_rules_hold_inside_topics(fake_server: FakeBotServer, forum_app) -> None:
    topic = await fake_server.create_topic(FORUM, "War", user_id=ADMIN_ID)
    (refused,) = await ask_in(fake_server, topic, "/subscribe ukraine", user_id=OTHER_USER_ID)
    assert "Only group admins" in refused.plain_text
    assert await forum_app.bot_data.store.subscriptions.for_chat(FORUM, thread_id=topic) == []
    (listed,) = await ask_in(fake_server, topic, "/subscriptions", user_id=OTHER_USER_ID)  # reading is open
    assert "no subscriptions" in listed.plain_text


async def test_every_reply_path_stays_in_the_topic(fake_server: FakeBotServer, forum_app) -> None:
    """Commands, multi-part replies, pagination edits, buttons, the settings menu and errors."""
    topic = await fake_server.create_topic(FORUM, "Briefings", user_id=ADMIN_ID)
    ids = await seed(forum_app, 7)
    (page,) = await ask_in(fake_server, topic, "/latest 3")
    forward = next(d for d in page.callback_data if d.startswith("p:"))
    await fake_server.press_button(FORUM, page.message_id, forward, user_id=ADMIN_ID)
    (edit,) = await fake_server.wait_for_edits(FORUM, 1)
    assert edit.message_id == page.message_id and "4–6 of 7" in (edit.new_text or "")
    await fake_server.press_button(FORUM, page.message_id, f"b:{ids[3]}", user_id=ADMIN_ID)
    opened = await fake_server.wait_for_topic_messages(FORUM, topic, 2)
    assert f"#{ids[3]}" in opened[1].plain_text

    (menu,) = await ask_in(fake_server, topic, "/settings")
    assert "every topic of this group" in menu.plain_text  # settings are per chat
    await fake_server.press_button(FORUM, menu.message_id, "s:mode:digest", user_id=ADMIN_ID)
    edits = await fake_server.wait_for_edits(FORUM, 2)
    assert edits[-1].message_id == menu.message_id and "daily digest" in (edits[-1].new_text or "")

    (topics,) = await ask_in(fake_server, topic, "/topics")
    button = next(d for d in topics.callback_data if d.startswith("t:"))
    before = len(fake_server.topic_messages(FORUM, topic))
    await fake_server.press_button(FORUM, topics.message_id, button, user_id=ADMIN_ID)
    answer = (await fake_server.wait_for_topic_messages(FORUM, topic, before + 1))[before]
    assert "Subscribed to" in answer.plain_text
    subs = await forum_app.bot_data.store.subscriptions.for_chat(FORUM, thread_id=topic)
    assert [s.topic for s in subs] == [button[2:].lower()]

    long_reply = await ask_in(fake_server, topic, f"/brief {ids[0]}")  # chunked replies too
    assert long_reply
    fake_server.faults.fail_next(1, mode="error", method="sendMessage", status=500)
    (error,) = await ask_in(fake_server, topic, "/help")  # the handler fails; the error reply stays
    assert "Something went wrong" in error.plain_text
    assert all(m.message_thread_id == topic for m in fake_server.messages(FORUM))


async def test_closed_topic_stops_alone_and_resumes_when_reopened(
    fake_server: FakeBotServer, forum_app, caplog: pytest.LogCaptureFixture
) -> None:
    store = forum_app.bot_data.store
    war = await fake_server.create_topic(FORUM, "War", user_id=ADMIN_ID)
    live = await fake_server.create_topic(FORUM, "Live", user_id=ADMIN_ID)
    await ask_in(fake_server, war, "/subscribe ukraine")
    await ask_in(fake_server, live, "/subscribe ukraine")
    await fake_server.close_topic(FORUM, war, notify=False)  # Telegram's update missed: the send tells
    caplog.set_level(logging.INFO, logger="handlers.common")
    first = await store.articles.add(UKRAINE)
    await fake_server.wait_for_topic_messages(FORUM, live, 2)

    async def settled() -> bool:
        return {d.status for d in await store.deliveries.for_article(first.id)} == {"sent", "failed"}

    await eventually(settled)
    rows = {d.thread_id: d for d in await store.deliveries.for_article(first.id)}
    assert rows[live].status == "sent" and rows[war].status == "failed" and "topic_closed" in rows[war].last_error.lower()
    [kept] = await store.subscriptions.for_chat(FORUM, thread_id=war)
    assert kept.paused and kept.topic == "ukraine"  # kept, not deleted
    assert (await store.chats.get(FORUM)).active  # the group as a whole is fine
    assert [r for r in caplog.records if "paused" in r.getMessage()][0].levelno == logging.INFO

    # the next article is not even tried in the closed topic
    calls = fake_server.calls["sendMessage"]
    second = await store.articles.add(news("Ukraine grain deal signed", "Ukraine signed a grain deal.", "Ukraine"))
    await fake_server.wait_for_topic_messages(FORUM, live, 3)
    assert [d.thread_id for d in await store.deliveries.for_article(second.id)] == [live]
    assert fake_server.calls["sendMessage"] == calls + 1

    await fake_server.reopen_topic(FORUM, war, user_id=ADMIN_ID)  # the service message resumes it
    await ask_in(fake_server, war, "/help")  # handled in order: the reopen update was processed
    assert not (await store.subscriptions.for_chat(FORUM, thread_id=war))[0].paused
    third = await store.articles.add(news("Ukraine talks in Geneva", "Ukraine sent envoys to Geneva.", "Ukraine"))
    pushed = await fake_server.wait_for_topic_messages(FORUM, war, 3)
    assert third.title in pushed[-1].plain_text


async def test_topic_closed_by_service_message_pauses_without_a_failed_send(
    fake_server: FakeBotServer, forum_app
) -> None:
    store = forum_app.bot_data.store
    war = await fake_server.create_topic(FORUM, "War", user_id=ADMIN_ID)
    await ask_in(fake_server, war, "/subscribe ukraine")
    await fake_server.close_topic(FORUM, war, user_id=ADMIN_ID)
    await ask_in(fake_server, None, "/help")  # barrier: the close update was handled
    assert (await store.subscriptions.for_chat(FORUM, thread_id=war))[0].paused
    article = await store.articles.add(UKRAINE)

    async def matched() -> bool:
        return await store.meta.get(MATCH_CURSOR_KEY) == str(article.id)

    await eventually(matched)
    assert await store.deliveries.for_article(article.id) == []  # nothing queued, nothing sent
    assert not any(m.plain_text.startswith("🔔") for m in fake_server.messages(FORUM))


async def test_deleted_topic_stops_and_the_rest_of_the_group_goes_on(fake_server: FakeBotServer, forum_app) -> None:
    store = forum_app.bot_data.store
    gone = await fake_server.create_topic(FORUM, "Old", user_id=ADMIN_ID)
    await ask_in(fake_server, gone, "/subscribe ukraine")
    await ask_in(fake_server, None, "/subscribe ukraine")  # the group's General topic
    fake_server.delete_topic(FORUM, gone)
    article = await store.articles.add(UKRAINE)
    pushed = await fake_server.wait_for_topic_messages(FORUM, None, 2)
    assert article.title in pushed[-1].plain_text

    async def settled() -> bool:
        return {d.status for d in await store.deliveries.for_article(article.id)} == {"sent", "failed"}

    await eventually(settled)
    rows = {d.thread_id: d for d in await store.deliveries.for_article(article.id)}
    assert rows[None].status == "sent" and "message thread not found" in rows[gone].last_error.lower()
    assert (await store.subscriptions.for_chat(FORUM, thread_id=gone))[0].paused


async def test_a_command_in_a_closed_topic_is_no_error(
    fake_server: FakeBotServer, forum_app, app_errors, caplog: pytest.LogCaptureFixture
) -> None:
    """Admins may still write in a closed topic, where the bot may not post: the reply is
    dropped with a log line, nothing reaches the error handler."""
    caplog.set_level(logging.INFO)
    war = await fake_server.create_topic(FORUM, "War", user_id=ADMIN_ID)
    await ask_in(fake_server, war, "/subscribe ukraine")
    await fake_server.close_topic(FORUM, war, notify=False)
    await fake_server.send_text(FORUM, "/subscriptions", user_id=ADMIN_ID, thread_id=war)
    await ask_in(fake_server, None, "/help")  # barrier: the topic's command was handled
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert any("could not reply in forum topic" in r.getMessage() for r in caplog.records)
    assert app_errors.errors == []
