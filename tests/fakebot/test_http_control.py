"""The optional HTTP control endpoint drives the same state as the Python control API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import telegram

from fakebot import FakeBotServer


@pytest.fixture
async def controlled() -> AsyncIterator[FakeBotServer]:
    async with FakeBotServer(enable_control=True) as server:
        yield server


async def test_inject_read_and_configure_over_http(controlled: FakeBotServer) -> None:
    async with (
        httpx.AsyncClient(base_url=controlled.base_url) as http,
        telegram.Bot(controlled.token, base_url=controlled.api_url) as bot,
    ):
        injected = await http.post("/control/send_text", json={"chat_id": 2000, "text": "/start"})
        assert injected.json()["result"]["text"] == "/start"
        (update,) = await bot.get_updates(timeout=0)
        await update.message.reply_html("<b>Hi</b>")
        messages = (await http.get("/control/messages", params={"chat_id": 2000})).json()["result"]
        assert [(m["text"], m["plain_text"]) for m in messages] == [("<b>Hi</b>", "Hi")]

        await http.post("/control/block_chat", json={"chat_id": 2000})
        with pytest.raises(telegram.error.Forbidden):
            await bot.send_message(2000, "blocked")
        await http.post("/control/fail_next", json={"count": 1, "mode": "error", "method": "getMe"})
        with pytest.raises(telegram.error.NetworkError):
            await bot.get_me()
        stats = (await http.get("/control/stats")).json()["result"]
        assert stats["sent"] == 1 and stats["calls"]["getMe"] >= 2

        assert (await http.post("/control/rm_rf", json={})).status_code == 404
        assert (await http.post("/control/send_text", json={"chat_id": -5, "text": "x"})).status_code == 400


async def test_control_routes_are_off_by_default(server: FakeBotServer, http: httpx.AsyncClient) -> None:
    assert (await http.post("/control/send_text", json={"chat_id": 1, "text": "x"})).status_code == 404
    assert server.pending_updates == []


async def test_forum_topics_over_http(controlled: FakeBotServer) -> None:
    forum = -1_001_700_000_000
    async with (
        httpx.AsyncClient(base_url=controlled.base_url) as http,
        telegram.Bot(controlled.token, base_url=controlled.api_url) as bot,
    ):
        made = await http.post("/control/add_forum", json={"chat_id": forum, "admin_ids": [7]})
        assert made.json()["result"]["is_forum"] is True
        topic = (await http.post("/control/create_topic", json={"chat_id": forum, "name": "News"})).json()["result"]
        await bot.send_message(forum, "in the topic", message_thread_id=topic)
        messages = (await http.get("/control/messages", params={"chat_id": forum})).json()["result"]
        assert [m["message_thread_id"] for m in messages] == [topic]
        await http.post("/control/close_topic", json={"chat_id": forum, "thread_id": topic})
        with pytest.raises(telegram.error.BadRequest, match="Topic_closed"):
            await bot.send_message(forum, "closed", message_thread_id=topic)
