"""/quotes end to end: an admin adds articles, users look up who said what."""

from __future__ import annotations

import re

from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, USER_ID
from tests.e2e.commands_helpers import assert_valid_html

TALKS = """Ukraine and Russia agree prisoner exchange after talks in Istanbul

Delegations from Ukraine and Russia met in Istanbul on Monday for a second round of direct talks on a ceasefire and the exchange of prisoners of war.

The Ukrainian delegation was led by Defence Minister Rustem Umerov. "We handed over our proposals in advance and we are waiting for the Russian document," Umerov told reporters after the meeting.

"A full and unconditional ceasefire remains our first demand," said Defence Minister Rustem Umerov.

Turkish officials said the session lasted a little over an hour and that both sides agreed to meet again."""

EXCHANGE = """Prisoner exchange begins as Istanbul talks yield first result

The first prisoners of war were exchanged on Wednesday under the deal agreed at the talks in Istanbul, officials on both sides said.

"Today the first of our defenders came home, and more will follow," Mr. Umerov said in a statement on Wednesday evening.

Mr. Umerov added that the lists for the next exchange were being checked. "Every name matters to us," he said.

The Russian side did not comment on the timing of the next round of talks."""

RATES = """Central bank holds rates as inflation cools

The central bank left its benchmark interest rate unchanged on Thursday as inflation eased for a third month in a row.

"We are not yet ready to declare victory over inflation," said Governor Maria Lindqvist at a news conference.

Economists said a cut in the autumn was still possible if prices kept cooling."""

UMEROV_SAID = (
    "We handed over our proposals in advance",
    "A full and unconditional ceasefire remains our first demand",
    "Today the first of our defenders came home",
    "Every name matters to us",
)


async def add_article(server: FakeBotServer, text: str) -> int:
    """An admin adds ``text`` with /add; returns the new article's id."""
    reply = (await server.ask(ADMIN_ID, "/add " + text))[0].plain_text
    match = re.search(r"Added as #(\d+)", reply)
    assert match, reply
    return int(match.group(1))


async def test_quotes_of_a_minister_across_articles_and_name_forms(fake_server: FakeBotServer, bot_app) -> None:
    talks, exchange = await add_article(fake_server, TALKS), await add_article(fake_server, EXCHANGE)
    rates = await add_article(fake_server, RATES)
    for typed in ("Umerov", "Rustem Umerov"):
        [reply] = await fake_server.ask(USER_ID, f"/quotes {typed}")
        text = reply.plain_text
        assert "Quotes from Rustem Umerov" in text and "(1–4 of 4)" in text, text
        assert all(said in text for said in UMEROV_SAID), text
        assert f"/brief {talks}" in text and f"/brief {exchange}" in text
        assert "Lindqvist" not in text and "victory over inflation" not in text and f"/brief {rates}" not in text
        # newest article first: the exchange was added after the talks
        assert text.index("Today the first of our defenders") < text.index("We handed over our proposals")
        assert {f"b:{talks}", f"b:{exchange}"} <= set(reply.callback_data)
        assert_valid_html([reply])

    unknown = (await fake_server.ask(USER_ID, "/quotes Shoigu"))[0].plain_text
    assert "No quotes from “Shoigu”" in unknown
    typo = (await fake_server.ask(USER_ID, "/quotes Umarov"))[0]
    assert "No quotes from “Umarov”" in typo.plain_text and "q:Rustem Umerov" in typo.callback_data


async def test_bare_quotes_lists_the_most_quoted_with_buttons(fake_server: FakeBotServer, bot_app) -> None:
    empty = (await fake_server.ask(USER_ID, "/quotes"))[0].plain_text
    assert "Nobody was quoted" in empty
    await add_article(fake_server, TALKS)
    await add_article(fake_server, EXCHANGE)
    await add_article(fake_server, RATES)
    top = (await fake_server.ask(USER_ID, "/quotes"))[0]
    assert "Most quoted in the last 7 days" in top.plain_text
    assert "Rustem Umerov — 4 quotes" in top.plain_text and "Maria Lindqvist — 1 quote" in top.plain_text
    assert top.callback_data[:2] == ["q:Rustem Umerov", "q:Maria Lindqvist"]
    await fake_server.press_button(USER_ID, top.message_id, "q:Maria Lindqvist")
    shown = await fake_server.wait_for_messages(USER_ID, len(fake_server.messages(USER_ID)) + 1)
    assert "We are not yet ready to declare victory over inflation" in shown[-1].plain_text
    assert_valid_html([top, shown[-1]])


async def test_pages_turn_and_brief_links_each_speaker(fake_server: FakeBotServer, bot_app, monkeypatch) -> None:
    store = bot_app.bot_data.store
    talks = await add_article(fake_server, TALKS)
    await add_article(fake_server, EXCHANGE)
    monkeypatch.setattr("handlers.quotes.QUOTES_PAGE", 3)
    first = (await fake_server.ask(USER_ID, "/quotes umerov"))[0]
    assert "(1–3 of 4)" in first.plain_text
    nxt = next(d for d in first.callback_data if d.startswith("p:q:"))
    await fake_server.press_button(USER_ID, first.message_id, nxt)
    [edit] = await fake_server.wait_for_edits(USER_ID, 1)
    assert "(4–4 of 4)" in (edit.new_text or "")
    assert (await store.quotes.by_person("Umerov")).total == 4

    brief = (await fake_server.ask(USER_ID, f"/brief {talks}"))[0]
    assert 'href="https://t.me/briefbot_test_bot?start=q_rustem_umerov"' in (brief.text or "")
    opened = (await fake_server.ask(USER_ID, "/start q_rustem_umerov"))[0].plain_text
    assert "Quotes from Rustem Umerov" in opened and "Hi" not in opened


async def test_hostile_names_get_polite_answers(fake_server: FakeBotServer, bot_app) -> None:
    await add_article(fake_server, TALKS)
    for hostile in ("<b>Umerov</b>", "'; DROP TABLE quotes; --", '"a" NEAR(b) OR title:*', "🔥💥",
                    "x" * 4000, "Umerov' OR '1'='1", "%_%"):  # fmt: skip
        [reply] = await fake_server.ask(USER_ID, f"/quotes {hostile}")
        assert "No quotes from" in reply.plain_text or "Quotes from Rustem Umerov" in reply.plain_text
        assert_valid_html([reply])
    assert (await bot_app.bot_data.store.quotes.by_person("Umerov")).total == 2
