"""Exclusions (/subscribe TOPIC -word -"a phrase") and per-chat mutes end to end: what is typed,
what is answered, and which pushes arrive."""

from __future__ import annotations

import pytest

from fakebot import FakeBotServer
from storage.topic_rules import MAX_EXCLUSIONS_PER_SUBSCRIPTION, MAX_MUTES_PER_CHAT
from tests.e2e import GROUP_ID, OTHER_USER_ID, USER_ID
from tests.e2e.commands_helpers import assert_valid_html, barrier
from tests.e2e.test_forum_topics import news


@pytest.fixture
async def pushing_app(start_bot):
    return await start_bot(push_interval_seconds=0.2)


async def pushes_for(server: FakeBotServer, chat_id: int, store, articles) -> list[str]:
    """Add ``articles`` one by one and return the titles pushed to ``chat_id`` (waits for each
    article to be matched, so "not pushed" is certain, not a race)."""
    from bot.matching import MATCH_CURSOR_KEY
    from tests.delivery.conftest import eventually

    before = len(server.messages(chat_id))
    last = None
    for briefing in articles:
        last = await store.articles.add(briefing)

    async def matched() -> bool:
        return await store.meta.get(MATCH_CURSOR_KEY) == str(last.id)

    await eventually(matched)

    async def drained() -> bool:
        return not (await store.deliveries.counts()).get("pending") and not (await store.deliveries.counts()).get("sending")

    await eventually(drained)
    await barrier(server, chat_id, **({"user_id": USER_ID} if chat_id < 0 else {}))
    pushes = [m.plain_text for m in server.messages(chat_id)[before:] if m.plain_text.startswith("🔔")]
    titles = [b.title for b in articles if any(b.title in text for text in pushes)]
    assert len(titles) == len(pushes), pushes  # each push is one of these articles, once
    return titles


async def test_minus_words_and_phrases_keep_matching_articles_out(fake_server: FakeBotServer, pushing_app) -> None:
    store = pushing_app.bot_data.store
    (answer,) = await fake_server.ask(USER_ID, '/subscribe ukraine -football -"transfer window"')
    assert "Subscribed to “ukraine” (except football, “transfer window”)" in answer.plain_text
    assert_valid_html([answer])
    (listed,) = await fake_server.ask(USER_ID, "/subscriptions")
    assert "ukraine — except football, “transfer window”" in listed.plain_text

    titles = await pushes_for(fake_server, USER_ID, store, [
        news("Ukraine's footballers win in Lviv", "The national team won 2-0.", "Ukraine"),
        news("Ukraine signs grain deal", "Ukraine agreed to ship grain through the Black Sea.", "Ukraine"),
        news("Kyiv club busy as the transfer window closes", "Ukraine's champions signed two players.", "sport"),
        news("Drones over Ukraine", "Air defence units were busy overnight.", "Ukraine", "Football"),
        news("Ukraine window makers export more", "Transfer of orders abroad rose by a fifth.", "trade"),
    ])
    assert titles == ["Ukraine signs grain deal", "Ukraine window makers export more"]

    (updated,) = await fake_server.ask(USER_ID, "/subscribe Ukraine -tennis")
    assert "Updated “Ukraine”: now excluding tennis" in updated.plain_text
    (kept,) = await fake_server.ask(USER_ID, "/subscribe ukraine")
    assert "Already subscribed" in kept.plain_text
    assert (await store.subscriptions.for_chat(USER_ID))[0].exclude == ("tennis",)
    (removed,) = await fake_server.ask(USER_ID, "/unsubscribe ukraine")
    assert "Unsubscribed from “ukraine”" in removed.plain_text
    assert await store.subscriptions.for_chat(USER_ID) == []


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/subscribe -football", "Which topic should leave those out?"),
        ("/subscribe ukraine -🚀", "I can't exclude “🚀”"),
        ("/subscribe ukraine -ukraine", "cannot exclude its own topic"),
        ("/subscribe ukraine -" + "x" * 70, "I can't exclude"),
        ('/subscribe ukraine -"one two three four five"', "I can't exclude"),
        ("/subscribe ukraine " + " ".join(f"-w{i}" for i in range(MAX_EXCLUSIONS_PER_SUBSCRIPTION + 1)), "at most 10"),
        ("/subscribe ukraine -<b>x</b> -&amp;", "Subscribed to “ukraine” (except &lt;b&gt;x&lt;/b&gt;, &amp;amp;)"),
        ("/mute 🚀", "A muted word is one to four words"),
        ("/mute " + "y" * 70, "at most 64 characters"),
        ("/unmute", "Which word?"),
        ("/unmute nothing-muted", "isn't muted here"),
    ],
)
async def test_hostile_exclusions_and_mutes_get_polite_answers(
    fake_server: FakeBotServer, bot_app, command: str, expected: str
) -> None:
    (answer,) = await fake_server.ask(USER_ID, command)
    assert expected in (answer.text or ""), answer.text
    assert_valid_html([answer])


async def test_mute_applies_to_every_subscription_of_the_chat(fake_server: FakeBotServer, pushing_app) -> None:
    store = pushing_app.bot_data.store
    await fake_server.ask(USER_ID, "/subscribe ukraine")
    await fake_server.ask(USER_ID, "/subscribe interest rates")
    await fake_server.ask(OTHER_USER_ID, "/subscribe ukraine")  # another chat: unaffected
    (muted,) = await fake_server.ask(USER_ID, "/mute shelling")
    assert "Muted “shelling” in this chat" in muted.plain_text
    (phrase,) = await fake_server.ask(USER_ID, '/mute "rate cut"')
    assert "Muted “rate cut”" in phrase.plain_text
    (again,) = await fake_server.ask(USER_ID, "/mute Shelling")
    assert "already muted" in again.plain_text
    (listed,) = await fake_server.ask(USER_ID, "/mutes")
    assert "shelling, “rate cut”" in listed.plain_text
    (subs,) = await fake_server.ask(USER_ID, "/subscriptions")
    assert "Muted in all of this chat's subscriptions: shelling, “rate cut”" in subs.plain_text

    other_before = len(fake_server.messages(OTHER_USER_ID))
    titles = await pushes_for(fake_server, USER_ID, store, [
        news("Ukraine: Kharkiv shelled again", "Shelling hit the city centre.", "Ukraine"),
        news("Surprise rate cut lowers interest rates", "The bank cut interest rates.", "interest rates"),
        news("Ukraine grain exports grow", "Ukraine shipped more grain.", "Ukraine"),
        news("Interest rates held", "The bank kept interest rates at 4.5 percent.", "interest rates"),
    ])
    assert titles == ["Ukraine grain exports grow", "Interest rates held"]
    other = [m.plain_text for m in fake_server.messages(OTHER_USER_ID)[other_before:] if m.plain_text.startswith("🔔")]
    assert len(other) == 2  # both Ukraine articles, shelling included

    (unmuted,) = await fake_server.ask(USER_ID, "/unmute SHELLING")
    assert "Unmuted “SHELLING”" in unmuted.plain_text
    titles = await pushes_for(fake_server, USER_ID, store, [
        news("Ukraine: Odesa shelled overnight", "Shelling damaged the port.", "Ukraine"),
    ])
    assert titles == ["Ukraine: Odesa shelled overnight"]


async def test_mute_limit_and_group_admin_rules(fake_server: FakeBotServer, bot_app) -> None:
    for i in range(MAX_MUTES_PER_CHAT):
        await fake_server.ask(USER_ID, f"/mute word{i}")
    (full,) = await fake_server.ask(USER_ID, "/mute one more")
    assert f"already mutes {MAX_MUTES_PER_CHAT} words" in full.plain_text
    fake_server.set_admins(GROUP_ID, {USER_ID})
    (refused,) = await fake_server.ask(GROUP_ID, "/mute football", user_id=OTHER_USER_ID)
    assert "Only group admins" in refused.plain_text
    (listed,) = await fake_server.ask(GROUP_ID, "/mutes", user_id=OTHER_USER_ID)
    assert "Nothing is muted" in listed.plain_text
    (done,) = await fake_server.ask(GROUP_ID, "/mute football", user_id=USER_ID)
    assert "Muted “football”" in done.plain_text
    assert await bot_app.bot_data.store.subscriptions.mutes(GROUP_ID) == ["football"]
