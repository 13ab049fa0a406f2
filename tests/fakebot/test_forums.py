"""Forum supergroups in the fake: topics, where bot messages land, and Telegram's topic errors."""

from __future__ import annotations

import pytest
import telegram
from telegram import ReplyParameters
from telegram.error import BadRequest

from fakebot import FakeBotServer

FORUM = -1_001_500_000_000
ADMIN = 42


@pytest.fixture
async def forum(server: FakeBotServer) -> FakeBotServer:
    server.add_forum(FORUM, title="Newsroom", admin_ids={ADMIN})
    return server


async def test_topics_mark_messages_and_sends_land_where_asked(forum: FakeBotServer, bot: telegram.Bot) -> None:
    news = await forum.create_topic(FORUM, "News", user_id=ADMIN)
    sport = await forum.create_topic(FORUM, "Sport", user_id=ADMIN)
    assert news != sport
    created = [u["message"] for u in forum.pending_updates]
    assert [m["forum_topic_created"]["name"] for m in created] == ["News", "Sport"]
    assert created[0]["message_id"] == news and created[0]["message_thread_id"] == news

    chat = await bot.get_chat(FORUM)
    assert chat.is_forum is True
    user_message = await forum.send_text(FORUM, "/latest", user_id=ADMIN, thread_id=news)
    parsed = telegram.Message.de_json(user_message, bot)
    assert parsed.is_topic_message and parsed.message_thread_id == news

    in_news = await bot.send_message(FORUM, "to news", message_thread_id=news)
    assert in_news.is_topic_message and in_news.message_thread_id == news
    general = await bot.send_message(FORUM, "to general")
    assert not general.is_topic_message and general.message_thread_id is None
    # a reply without message_thread_id lands in the replied message's topic, as in Telegram
    reply = await bot.send_message(FORUM, "reply", reply_parameters=ReplyParameters(parsed.message_id))
    assert reply.message_thread_id == news
    assert [m.plain_text for m in forum.topic_messages(FORUM, news)] == ["to news", "reply"]
    assert [m.plain_text for m in forum.topic_messages(FORUM, None)] == ["to general"]
    assert forum.topic_messages(FORUM, sport) == []
    waited = await forum.wait_for_topic_messages(FORUM, news, 2, timeout=1)
    assert len(waited) == 2


async def test_closed_and_deleted_topics_refuse_sends(forum: FakeBotServer, bot: telegram.Bot) -> None:
    news = await forum.create_topic(FORUM, "News")
    sport = await forum.create_topic(FORUM, "Sport")
    await forum.close_topic(FORUM, news)
    closed_update = forum.pending_updates[-1]["message"]
    assert "forum_topic_closed" in closed_update and closed_update["message_thread_id"] == news
    with pytest.raises(BadRequest, match="Topic_closed"):
        await bot.send_message(FORUM, "x", message_thread_id=news)
    await bot.send_message(FORUM, "still fine", message_thread_id=sport)  # the rest of the group works
    await forum.reopen_topic(FORUM, news)
    assert "forum_topic_reopened" in forum.pending_updates[-1]["message"]
    await bot.send_message(FORUM, "open again", message_thread_id=news)

    forum.delete_topic(FORUM, news)
    with pytest.raises(BadRequest, match="Message thread not found"):
        await bot.send_message(FORUM, "x", message_thread_id=news)
    with pytest.raises(BadRequest, match="Message thread not found"):
        await bot.send_message(FORUM, "x", message_thread_id=9999)
    with pytest.raises(ValueError, match="no topic"):
        await forum.send_text(FORUM, "hello", user_id=ADMIN, thread_id=news)
    assert [m.plain_text for m in forum.topic_messages(FORUM, news)] == ["open again"]


async def test_threads_outside_forums_are_refused(server: FakeBotServer, bot: telegram.Bot) -> None:
    plain = -1_001_600_000_000
    server.add_chat(plain, "supergroup")
    with pytest.raises(BadRequest, match="Message thread not found"):
        await bot.send_message(plain, "x", message_thread_id=5)
    with pytest.raises(BadRequest, match="Message thread not found"):
        await bot.send_message(2000, "x", message_thread_id=5)
    with pytest.raises(ValueError, match="not a forum"):
        await server.create_topic(plain, "News")
    with pytest.raises(ValueError, match="no topic"):
        await server.send_text(plain, "hi", user_id=ADMIN, thread_id=5)
    with pytest.raises(ValueError, match="supergroup"):
        server.add_forum(-4001)
