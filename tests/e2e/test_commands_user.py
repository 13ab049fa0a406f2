"""User commands end to end: the real Application against the fake Bot API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fakebot import FakeBotServer
from tests.e2e import GROUP_ID, OTHER_USER_ID, USER_ID
from tests.e2e.commands_helpers import assert_valid_html, barrier, seed

DATABASE_BACKENDS = ("sqlite", "postgresql")  # every scenario runs on both stores


async def test_start_registers_chat_and_shows_examples(fake_server: FakeBotServer, bot_app) -> None:
    replies = await fake_server.ask(USER_ID, "/start")
    assert "/latest" in replies[0].plain_text and "/help" in replies[0].plain_text
    store = bot_app.bot_data.store
    assert (await store.chats.get(USER_ID)).active
    await store.chats.set_active(USER_ID, False)  # the user had blocked the bot
    await fake_server.ask(USER_ID, "/start")
    assert (await store.chats.get(USER_ID)).active


async def test_help_lists_every_user_command_and_menu_matches(fake_server: FakeBotServer, bot_app) -> None:
    from handlers.commands import ADMIN_COMMANDS, USER_COMMANDS

    text = (await fake_server.ask(USER_ID, "/help"))[0].plain_text
    for command in USER_COMMANDS:
        assert f"/{command.name}" in text and command.example in text
    assert "/feed_add" not in text  # admin commands only for admins
    menu = await fake_server.wait_for_commands()
    assert [c["command"] for c in menu] == [c.name for c in USER_COMMANDS]
    assert len(ADMIN_COMMANDS) > 0


async def test_latest_empty_then_lists_newest_first(fake_server: FakeBotServer, bot_app) -> None:
    assert "No briefings yet" in (await fake_server.ask(USER_ID, "/latest"))[0].plain_text
    ids = await seed(bot_app, 3)
    reply = (await fake_server.ask(USER_ID, "/latest"))[0]
    text = reply.plain_text
    positions = [text.index(f"/brief {i}") for i in reversed(ids)]
    assert positions == sorted(positions)
    assert "ago" in text or "just now" in text
    assert [d for d in reply.callback_data if d.startswith("b:")] == [f"b:{i}" for i in reversed(ids)]
    assert reply.preview_disabled
    assert_valid_html([reply])


async def test_latest_bad_count_is_corrected_and_topic_filters(fake_server: FakeBotServer, bot_app) -> None:
    await seed(bot_app, 3)
    replies = await fake_server.ask(USER_ID, "/latest 500", n=2)
    assert "at most 20" in replies[0].plain_text
    replies = await fake_server.ask(USER_ID, "/latest 0", n=2)
    assert "at least 1" in replies[0].plain_text and replies[1].plain_text.count("/brief") == 1
    text = (await fake_server.ask(USER_ID, "/latest 5 inflation"))[0].plain_text
    assert "Frankfurt" in text and "Kyiv" not in text
    text = (await fake_server.ask(USER_ID, "/latest zebra unicorn"))[0].plain_text
    assert "No briefings on" in text


async def test_pagination_edits_message_and_garbage_is_answered(fake_server: FakeBotServer, bot_app) -> None:
    await seed(bot_app, 7)
    first = (await fake_server.ask(USER_ID, "/latest 3"))[0]
    nxt = next(d for d in first.callback_data if d.startswith("p:"))
    await fake_server.press_button(USER_ID, first.message_id, nxt)
    edits = await fake_server.wait_for_edits(USER_ID, 1)
    assert edits[0].message_id == first.message_id and "4–6 of 7" in (edits[0].new_text or "")
    answers = await fake_server.wait_for_callback_answers(1)
    assert answers[-1].data == nxt
    edited = fake_server.messages(USER_ID)[-1]
    back = next(d for d in edited.callback_data if d.startswith("p:") and d.endswith(":0"))
    await fake_server.press_button(USER_ID, first.message_id, back)
    await fake_server.wait_for_edits(USER_ID, 2)
    for garbage in ("zzz", "p:l:ffff:0", "b:notanumber", "s:mode:evil", "t:"):
        await fake_server.press_button(USER_ID, first.message_id, garbage, check=False)
    answers = await fake_server.wait_for_callback_answers(7)
    assert all("expired" in (a.text or "") for a in answers[2:])
    assert len(fake_server.edits_in(USER_ID)) == 2


async def test_pagination_token_from_another_chat_is_expired(fake_server: FakeBotServer, bot_app) -> None:
    await seed(bot_app, 7)
    first = (await fake_server.ask(USER_ID, "/latest 3"))[0]
    nxt = next(d for d in first.callback_data if d.startswith("p:"))
    other = (await fake_server.ask(OTHER_USER_ID, "/latest 3"))[0]
    await fake_server.press_button(OTHER_USER_ID, other.message_id, nxt, check=False)  # USER_ID's token
    answers = await fake_server.wait_for_callback_answers(1)
    assert "expired" in (answers[0].text or "")
    assert fake_server.edits_in(OTHER_USER_ID) == []


async def test_page_buttons_expire_after_the_page_ttl(fake_server: FakeBotServer, start_bot) -> None:
    from handlers.conversation import PAGE_TTL

    now = [datetime(2026, 11, 20, 12, 0, tzinfo=UTC)]
    app = await start_bot(clock=lambda: now[0])
    await seed(app, 7)
    first = (await fake_server.ask(USER_ID, "/latest 3"))[0]
    nxt = next(d for d in first.callback_data if d.startswith("p:"))
    now[0] += PAGE_TTL - timedelta(minutes=1)
    await fake_server.press_button(USER_ID, first.message_id, nxt)
    assert "4–6 of 7" in ((await fake_server.wait_for_edits(USER_ID, 1))[0].new_text or "")
    now[0] += timedelta(minutes=2)  # the same query's buttons, now past the TTL
    edited = fake_server.messages(USER_ID)[-1]
    await fake_server.press_button(USER_ID, first.message_id, next(d for d in edited.callback_data if d.endswith(":6")))
    answers = await fake_server.wait_for_callback_answers(2)
    assert "expired" in (answers[-1].text or "") and len(fake_server.edits_in(USER_ID)) == 1


async def test_open_button_and_brief(fake_server: FakeBotServer, bot_app) -> None:
    ids = await seed(bot_app, 2)
    listing = (await fake_server.ask(USER_ID, "/latest"))[0]
    await fake_server.press_button(USER_ID, listing.message_id, f"b:{ids[0]}")
    messages = await fake_server.wait_for_messages(USER_ID, 2)
    assert "Maria Ostrova" in messages[-1].plain_text and "Key quotes" in messages[-1].plain_text
    text = (await fake_server.ask(USER_ID, f"/brief {ids[1]}"))[0].plain_text
    assert "Brent" in text and f"#{ids[1]}" in text
    for bad in ("/brief", "/brief abc", "/brief 1 2", "/brief <script>", "/brief 99999999999999999999"):
        reply = (await fake_server.ask(USER_ID, bad))[0]
        assert "/brief 12" in reply.plain_text
        assert_valid_html([reply])
    assert "No briefing #424242" in (await fake_server.ask(USER_ID, "/brief 424242"))[0].plain_text


async def test_search_ranked_and_hostile_input_safe(fake_server: FakeBotServer, bot_app) -> None:
    await seed(bot_app, 7)
    text = (await fake_server.ask(USER_ID, "/search inflation Frankfurt"))[0].plain_text
    assert "Frankfurt" in text
    assert "Send words" in (await fake_server.ask(USER_ID, "/search"))[0].plain_text
    hostile = ['"unclosed', "NEAR(a b) OR * AND -x", "<b>&amp;</b> 🦄🦄", "a" * 4000, "drone) OR (1=1"]
    for query in hostile:
        reply = (await fake_server.ask(USER_ID, f"/search {query}"))[0]
        assert_valid_html([reply])
    await barrier(fake_server, USER_ID)


async def test_topics_subscribe_button_and_commands(fake_server: FakeBotServer, bot_app) -> None:
    await seed(bot_app, 3)
    listing = (await fake_server.ask(USER_ID, "/topics"))[0]
    topic_buttons = [d for d in listing.callback_data if d.startswith("t:")]
    assert topic_buttons
    await fake_server.press_button(USER_ID, listing.message_id, topic_buttons[0])
    messages = await fake_server.wait_for_messages(USER_ID, 2)
    assert "Subscribed" in messages[-1].plain_text
    assert "Subscribed" in (await fake_server.ask(USER_ID, "/subscribe Drones"))[0].plain_text
    assert "Already" in (await fake_server.ask(USER_ID, "/subscribe drone"))[0].plain_text
    text = (await fake_server.ask(USER_ID, "/mysubs"))[0].plain_text
    assert "drones" in text.lower()
    assert "Unsubscribed" in (await fake_server.ask(USER_ID, "/unsubscribe drones"))[0].plain_text
    assert "isn't subscribed" in (await fake_server.ask(USER_ID, "/unsubscribe drones"))[0].plain_text
    assert "Which topic" in (await fake_server.ask(USER_ID, "/subscribe"))[0].plain_text
    subs = await bot_app.bot_data.store.subscriptions.for_chat(USER_ID)
    assert len(subs) == 1


async def test_subscription_limit_is_polite(fake_server: FakeBotServer, bot_app) -> None:
    store = bot_app.bot_data.store
    await store.chats.upsert(USER_ID, type="private")
    for i in range(50):
        await store.subscriptions.add(USER_ID, f"topic{i}")
    text = (await fake_server.ask(USER_ID, "/subscribe one more"))[0].plain_text
    assert "50" in text and "/unsubscribe" in text


async def test_group_subscriptions_need_group_admin(fake_server: FakeBotServer, bot_app) -> None:
    fake_server.set_admins(GROUP_ID, {OTHER_USER_ID})
    refused = (await fake_server.ask(GROUP_ID, "/subscribe energy", user_id=USER_ID))[0].plain_text
    assert "Only group admins" in refused
    assert await bot_app.bot_data.store.subscriptions.for_chat(GROUP_ID) == []
    ok = await fake_server.ask(GROUP_ID, f"/subscribe@{bot_app.bot.username} energy", user_id=OTHER_USER_ID)
    assert "Subscribed" in ok[0].plain_text
    anonymous = {"sender_chat": {"id": GROUP_ID, "type": "group", "title": "G"}}
    await fake_server.send_message(GROUP_ID, text="/subscribe oil", user_id=1087968824, extra=anonymous
                                   | {"entities": [{"type": "bot_command", "offset": 0, "length": 10}]})
    await fake_server.wait_for_messages(GROUP_ID, 3)
    topics = {s.topic for s in await bot_app.bot_data.store.subscriptions.for_chat(GROUP_ID)}
    assert topics == {"energy", "oil"}


async def test_settings_buttons_and_text_forms(fake_server: FakeBotServer, bot_app) -> None:
    menu = (await fake_server.ask(USER_ID, "/settings"))[0]
    assert "instant" in menu.plain_text
    await fake_server.press_button(USER_ID, menu.message_id, "s:mode:digest")
    await fake_server.wait_for_edits(USER_ID, 1)
    await fake_server.press_button(USER_ID, menu.message_id, "s:q:22-07")
    await fake_server.wait_for_edits(USER_ID, 2)
    await fake_server.press_button(USER_ID, menu.message_id, "s:tz:Europe/Kyiv")
    await fake_server.wait_for_edits(USER_ID, 3)
    chat = await bot_app.bot_data.store.chats.get(USER_ID)
    assert (chat.settings.mode, chat.settings.quiet_start, chat.settings.timezone) == ("digest", "22:00", "Europe/Kyiv")
    await fake_server.ask(USER_ID, "/settings digest 7:30")
    assert "don't know the time zone" in (await fake_server.ask(USER_ID, "/settings tz Mars/Base"))[0].plain_text
    chat = await bot_app.bot_data.store.chats.get(USER_ID)
    assert chat.settings.digest_time == "07:30" and chat.settings.timezone == "Europe/Kyiv"
    assert len(await fake_server.wait_for_callback_answers(3)) == 3


async def test_group_settings_need_group_admin(fake_server: FakeBotServer, bot_app) -> None:
    fake_server.set_admins(GROUP_ID, {OTHER_USER_ID})
    menu = (await fake_server.ask(GROUP_ID, "/settings", user_id=USER_ID))[0]
    await fake_server.press_button(GROUP_ID, menu.message_id, "s:mode:digest", user_id=USER_ID)
    answers = await fake_server.wait_for_callback_answers(1)
    assert "Only group admins" in (answers[0].text or "")
    refused = await fake_server.ask(GROUP_ID, "/settings instant", user_id=USER_ID)
    assert "Only group admins" in refused[0].plain_text
    chat = await bot_app.bot_data.store.chats.get(GROUP_ID)
    assert chat.settings.mode == "instant" and fake_server.edits_in(GROUP_ID) == []


async def test_cancel_plain_text_and_unknown_commands(fake_server: FakeBotServer, bot_app) -> None:
    assert "Nothing to cancel" in (await fake_server.ask(USER_ID, "/cancel"))[0].plain_text
    assert "/help" in (await fake_server.ask(USER_ID, "hello there"))[0].plain_text
    assert "/help" in (await fake_server.ask(USER_ID, "/frobnicate"))[0].plain_text
    before = len(fake_server.messages(GROUP_ID))
    await fake_server.send_text(GROUP_ID, "just chatting", user_id=USER_ID)
    await fake_server.send_text(GROUP_ID, "/otherbots_command", user_id=USER_ID)
    await barrier(fake_server, GROUP_ID, user_id=USER_ID)
    assert len(fake_server.messages(GROUP_ID)) == before + 1  # only the /help reply
    reply = await fake_server.ask(GROUP_ID, f"/frobnicate@{bot_app.bot.username}", user_id=USER_ID)
    assert "/help" in reply[0].plain_text


async def test_start_deep_link_subscribes_and_subscribe_offers_the_link(fake_server: FakeBotServer, bot_app) -> None:
    from handlers.deeplinks import topic_payload

    store = bot_app.bot_data.store
    text = (await fake_server.ask(USER_ID, "/start s_peace_talks"))[0].plain_text
    assert "Hi" in text and "Subscribed to “peace talks”" in text
    kyiv = topic_payload("Київ")
    assert "Subscribed to “Київ”" in (await fake_server.ask(USER_ID, f"/start {kyiv}"))[0].plain_text
    for odd in ("/start b_%%%", "/start s_energy extra", "/start other-campaign"):
        assert "Subscribed" not in (await fake_server.ask(USER_ID, odd))[0].plain_text  # a plain welcome
    assert {s.topic for s in await store.subscriptions.for_chat(USER_ID)} == {"peace talks", "київ"}  # stored as typed, lower-cased
    shared = (await fake_server.ask(USER_ID, "/subscribe energy"))[0].plain_text
    assert f"Share it: https://t.me/{bot_app.bot.username}?start=s_energy" in shared
    fake_server.set_admins(GROUP_ID, {OTHER_USER_ID})
    refused = (await fake_server.ask(GROUP_ID, "/start s_energy", user_id=USER_ID))[0].plain_text
    assert "Only group admins" in refused
    assert await store.subscriptions.for_chat(GROUP_ID) == []
