"""/story end to end: a later article on the same talks joins the story, an unrelated one not."""

from __future__ import annotations

from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, USER_ID
from tests.e2e.commands_helpers import assert_valid_html
from tests.e2e.test_quotes import EXCHANGE, RATES, TALKS, add_article

GRAIN = """Ukraine grain exports rise as Black Sea ports reopen

Ukraine's grain exports rose by a fifth in May as ports on the Black Sea coast handled more ships, the agriculture ministry said.

"Our farmers have shown incredible resilience," said Agriculture Minister Vitaliy Koval.

Traders said wheat prices in Europe eased on the news."""


async def test_story_lists_a_later_article_on_the_same_talks_and_not_an_unrelated_one(
    fake_server: FakeBotServer, bot_app
) -> None:
    talks = await add_article(fake_server, TALKS)
    grain = await add_article(fake_server, GRAIN)  # Ukraine too, another story
    rates = await add_article(fake_server, RATES)
    exchange = await add_article(fake_server, EXCHANGE)

    [reply] = await fake_server.ask(USER_ID, f"/story {talks}")
    text = reply.plain_text
    assert "2 articles, newest first" in text, text
    assert text.index("Prisoner exchange begins") < text.index("Ukraine and Russia agree prisoner exchange")
    assert f"/brief {exchange}" in text and f"/brief {talks}" in text
    assert f"/brief {grain}" not in text and "grain" not in text.lower() and f"/brief {rates}" not in text
    # what the later article added: its quotes, not the earlier article's
    assert "Every name matters to us" in text and "We handed over our proposals" not in text
    assert reply.callback_data == [f"b:{exchange}", f"b:{talks}"]
    assert_valid_html([reply])

    alone = (await fake_server.ask(USER_ID, f"/story {grain}"))[0].plain_text
    assert f"#{grain} is the only article in its story so far" in alone


async def test_brief_offers_the_story_button_only_for_a_story(fake_server: FakeBotServer, bot_app) -> None:
    talks = await add_article(fake_server, TALKS)
    grain = await add_article(fake_server, GRAIN)
    lonely = (await fake_server.ask(USER_ID, f"/brief {grain}"))[-1]
    assert not any(d.startswith("st:") for d in lonely.callback_data)
    exchange = await add_article(fake_server, EXCHANGE)
    brief = (await fake_server.ask(USER_ID, f"/brief {exchange}"))[-1]
    assert brief.callback_data == [f"st:{exchange}"] and brief.buttons[0]["text"] == "Story (2)"
    before = len(fake_server.messages(USER_ID))
    await fake_server.press_button(USER_ID, brief.message_id, f"st:{exchange}")
    shown = await fake_server.wait_for_messages(USER_ID, before + 1)
    assert "2 articles" in shown[-1].plain_text and f"/brief {talks}" in shown[-1].plain_text


async def test_story_usage_and_unknown_ids_are_polite(fake_server: FakeBotServer, bot_app) -> None:
    for text in ("/story", "/story abc", "/story 1 2", "/story -5", "/story 🔥"):
        assert "/story 12" in (await fake_server.ask(USER_ID, text))[0].plain_text
    assert "No article #99" in (await fake_server.ask(USER_ID, "/story 99"))[0].plain_text
    assert "No article #99" in (await fake_server.ask(ADMIN_ID, "/story #99"))[0].plain_text
