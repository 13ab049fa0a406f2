"""Who may do what: a matrix of (actor × action × route) beyond tests/e2e's happy refusals.

Routes: command, inline button (incl. forged payloads), document, edited message, reply.
Every refusal must leave the database exactly as it was (compared row by row).
"""

from __future__ import annotations

from typing import Any

import pytest

from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, GROUP_ID, OTHER_USER_ID, SUPERGROUP_ID, USER_ID
from tests.e2e.commands_helpers import article_text, barrier, seed
from tests.hardening.conftest import snapshot

GROUP_OWNER = OTHER_USER_ID  # group admin, but NOT a bot admin
CHANNEL_BOT = 136817688  # Telegram's sender for linked-channel posts
# AIORateLimiter's 20/min group bucket also meters getChatMember (it has a chat_id), so ~30
# presses in one group would wait ~3 s each; rate limiting is not what these tests are about.
pytestmark = pytest.mark.usefixtures("unthrottled")


async def _answers_since(server: FakeBotServer, n_before: int, n: int = 1) -> list[str]:
    await server.wait_for_callback_answers(n_before + n)
    return [a.text or "" for a in server.callback_answers[n_before:]]


async def test_non_admins_reach_no_admin_function_by_any_route(fake_server: FakeBotServer, bot_app, make_settings) -> None:
    await seed(bot_app, 3)
    await bot_app.bot_data.store.feeds.add("https://example.com/rss")
    fake_server.set_admins(GROUP_ID, {GROUP_OWNER}, creator_id=GROUP_OWNER)
    db = make_settings().database_path
    before = snapshot(db)

    # a group's own admin is not a bot admin: every admin command is refused in the group too
    for command in ("/add https://example.com/a", "/remove 1", "/stats", "/feeds",
                    "/feed_add https://example.org/rss", "/feed_remove https://example.com/rss"):
        reply = (await fake_server.ask(GROUP_ID, command, user_id=GROUP_OWNER))[0].plain_text
        assert reply == "This command is for admins.", command
    # the bare-/add follow-up: a non-admin's next message is not taken as an article
    assert "for admins" in (await fake_server.ask(USER_ID, "/add"))[0].plain_text
    assert "/help" in (await fake_server.ask(USER_ID, article_text(9)))[0].plain_text
    # /add as a reply to someone's article, in a group and in private
    reply = await fake_server.ask(GROUP_ID, "/add", user_id=USER_ID, reply_to_text=article_text(8))
    assert "for admins" in reply[0].plain_text
    # an edited message turned into an admin command does nothing (edits are not commands)
    original = await fake_server.send_text(USER_ID, "hello")
    await fake_server.send_edited_message(USER_ID, original["message_id"], "/remove 1")
    await fake_server.send_edited_message(USER_ID, original["message_id"], "/feed_add https://evil.example/rss")
    await barrier(fake_server, USER_ID)
    # crafted payloads shaped like admin actions on a real bot message
    menu = (await fake_server.ask(USER_ID, "/latest"))[0]
    n = len(fake_server.callback_answers)
    for data in ("remove:1", "a:remove:1", "admin:stats", "feed_remove:1", "b:1:remove", "s:admin:1", "p:l:0:0"):
        await fake_server.press_button(USER_ID, menu.message_id, data, check=False)
    answers = await _answers_since(fake_server, n, 7)
    assert all("expired" in a for a in answers), answers
    # documents: captioned /add in a group by its owner, and in private
    await fake_server.send_document(GROUP_ID, article_text(7).encode(), file_name="a.txt", user_id=GROUP_OWNER, caption="/add")
    await fake_server.send_document(USER_ID, article_text(7).encode(), file_name="a.html", mime_type="text/html")
    await barrier(fake_server, GROUP_ID, user_id=GROUP_OWNER)
    await fake_server.wait_for(lambda: "Only admins" in fake_server.last_message(USER_ID).plain_text, describe="no refusal")

    after = snapshot(db)
    assert (after["articles"], after["feeds"]) == (before["articles"], before["feeds"])
    assert fake_server.edits_in(USER_ID) == []


async def _group_menu(server: FakeBotServer, chat_id: int, user_id: int) -> Any:
    return (await server.ask(chat_id, "/settings", user_id=user_id))[0]


async def test_group_members_cannot_change_subscriptions_or_settings(fake_server: FakeBotServer, bot_app, make_settings) -> None:
    await seed(bot_app, 4)
    fake_server.set_admins(GROUP_ID, {GROUP_OWNER}, creator_id=GROUP_OWNER)
    assert "Subscribed" in (await fake_server.ask(GROUP_ID, "/subscribe energy", user_id=GROUP_OWNER))[0].plain_text
    menu = await _group_menu(fake_server, GROUP_ID, GROUP_OWNER)
    topics = (await fake_server.ask(GROUP_ID, "/topics", user_id=USER_ID))[0]
    db = make_settings().database_path
    before = snapshot(db)

    refusals = []
    for text in ("/unsubscribe energy", "/subscribe oil", "/settings tz Europe/Kyiv", "/settings digest 07:30",
                 "/settings quiet 22:00 07:00", "/settings instant", f"/unsubscribe@{bot_app.bot.username} energy",
                 "/subscribe energy -oil", "/mute energy", "/unmute energy", "/mute"):
        refusals.append((await fake_server.ask(GROUP_ID, text, user_id=USER_ID))[0].plain_text)
    # a linked channel's post and a sender-less message are not group admins either
    channel = {"sender_chat": {"id": -1_009_999_000_001, "type": "channel", "title": "Linked"},
               "entities": [{"type": "bot_command", "offset": 0, "length": 10}]}
    await fake_server.send_message(GROUP_ID, text="/subscribe oil", user_id=CHANNEL_BOT, extra=channel)
    refusals.append((await fake_server.wait_for_messages(GROUP_ID, len(fake_server.messages(GROUP_ID)) + 1))[-1].plain_text)
    assert all("Only group admins" in r for r in refusals), refusals

    n = len(fake_server.callback_answers)
    presses = [d for d in menu.callback_data if d.startswith("s:")] + [d for d in topics.callback_data if d.startswith("t:")]
    for data in presses + ["s:mode:digest", "t:oil"]:
        await fake_server.press_button(GROUP_ID, menu.message_id, data, user_id=USER_ID, check=False)
    answers = await _answers_since(fake_server, n, len(presses) + 2)
    assert len(presses) >= 10 and all("Only group admins" in a for a in answers), answers
    print(f"\ngroup member refused: {len(refusals)} commands, {len(answers)} button presses")
    assert snapshot(db) == before
    assert fake_server.edits_in(GROUP_ID) == []


async def test_buttons_cannot_address_another_chat(fake_server: FakeBotServer, bot_app, make_settings) -> None:
    """A payload never names a chat: a press acts on the chat the pressed message lives in."""
    await seed(bot_app, 7)
    fake_server.set_admins(GROUP_ID, {GROUP_OWNER}, creator_id=GROUP_OWNER)
    fake_server.set_admins(SUPERGROUP_ID, {USER_ID}, creator_id=USER_ID)
    menu_a = await _group_menu(fake_server, GROUP_ID, GROUP_OWNER)
    menu_b = await _group_menu(fake_server, SUPERGROUP_ID, USER_ID)
    list_a = (await fake_server.ask(GROUP_ID, "/latest 3", user_id=GROUP_OWNER))[0]
    db = make_settings().database_path

    # B's admin presses on A's message: refused there (not A's admin), A unchanged
    before = snapshot(db)
    n = len(fake_server.callback_answers)
    await fake_server.press_button(GROUP_ID, menu_a.message_id, "s:mode:digest", user_id=USER_ID)
    assert "Only group admins" in (await _answers_since(fake_server, n))[0]
    assert snapshot(db) == before
    # A's button data pressed in B (by B's admin) changes B only
    settings_a = (await bot_app.bot_data.store.chats.get(GROUP_ID)).settings
    await fake_server.press_button(SUPERGROUP_ID, menu_b.message_id, "s:tz:Europe/Kyiv", user_id=USER_ID, check=False)
    await fake_server.wait_for_edits(SUPERGROUP_ID, 1)
    store = bot_app.bot_data.store
    assert (await store.chats.get(SUPERGROUP_ID)).settings.timezone == "Europe/Kyiv"
    assert (await store.chats.get(GROUP_ID)).settings == settings_a
    # A's pagination token is unknown in B, and in a private chat
    nxt = next(d for d in list_a.callback_data if d.startswith("p:"))
    n = len(fake_server.callback_answers)
    await fake_server.press_button(SUPERGROUP_ID, menu_b.message_id, nxt, user_id=USER_ID, check=False)
    private = (await fake_server.ask(ADMIN_ID, "/latest 3"))[0]
    await fake_server.press_button(ADMIN_ID, private.message_id, nxt, check=False)
    assert all("expired" in a for a in await _answers_since(fake_server, n, 2))
    assert [e.chat_id for e in fake_server.edits] == [SUPERGROUP_ID]


async def test_presses_without_an_editable_message_are_answered(fake_server: FakeBotServer, bot_app) -> None:
    """Inline-style presses (no chat) are refused; a menu that can't be edited is re-sent."""
    from tests.hardening.fuzzrun import press_raw

    n = len(fake_server.callback_answers)
    for data in ("s:mode:digest", "t:energy", "p:l:1:5", "b:1"):
        await press_raw(fake_server, data, user_id=USER_ID, message=None)
    assert all("expired" in a for a in await _answers_since(fake_server, n, 4))
    typed = await fake_server.send_text(USER_ID, "not a bot message")
    await press_raw(fake_server, "s:mode:digest", user_id=USER_ID, message=typed)
    fresh = (await fake_server.wait_for_messages(USER_ID, 2))[-1]
    assert "digest" in fresh.plain_text and "s:mode:instant" in fresh.callback_data
    assert (await bot_app.bot_data.store.chats.get(USER_ID)).settings.mode == "digest"
