"""Admin commands end to end: /add (text, reply, URL, documents), /remove, /stats, feeds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web

from fakebot import FakeBotServer
from tests.e2e import ADMIN_ID, GROUP_ID, TOKEN, USER_ID
from tests.e2e.commands_helpers import article_text, assert_valid_html, barrier, seed

ARTICLE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Port strike halts grain exports | Coast Wire</title>
<meta property="og:title" content="Port strike halts grain exports">
<meta property="og:site_name" content="Coast Wire"></head><body><article>
<h1>Port strike halts grain exports</h1>
<p>Dock workers at the port of Odesa walked out on Monday, halting grain exports worth $40 million a day, union leaders said.</p>
<p>"We will stay out until the wage offer is improved," said union head Petro Kovalenko. Kovalenko said 3,000 workers had joined the strike.</p>
<p>The ministry said talks would resume on June 4 and warned that 12 ships were waiting to load.</p>
</article></body></html>"""

DATABASE_BACKENDS = ("sqlite", "postgresql")  # every scenario runs on both stores


@pytest.fixture
async def article_site() -> AsyncIterator[str]:
    """A local web server with one article page and one 404, on 127.0.0.1."""

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=ARTICLE_HTML, content_type="text/html")

    app = web.Application()
    app.router.add_get("/news/strike", page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_add_pasted_text_then_duplicate(fake_server: FakeBotServer, bot_app) -> None:
    reply = (await fake_server.ask(ADMIN_ID, "/add " + article_text(1)))[0]
    assert "Added as #1" in reply.plain_text and "/brief 1" in reply.plain_text
    assert "Brent" in reply.plain_text
    assert_valid_html([reply])
    assert any(a.chat_id == ADMIN_ID and a.action == "typing" for a in fake_server.chat_actions)
    again = (await fake_server.ask(ADMIN_ID, "/add " + article_text(1)))[0].plain_text
    assert "Already have it as #1" in again
    assert await bot_app.bot_data.store.articles.count() == 1


async def test_add_as_reply_and_pending_text_and_cancel(fake_server: FakeBotServer, bot_app) -> None:
    reply = await fake_server.ask(ADMIN_ID, "/add", reply_to_text=article_text(2))
    assert "Added as" in reply[0].plain_text
    assert "Send me the article" in (await fake_server.ask(ADMIN_ID, "/add"))[0].plain_text
    assert "Added as" in (await fake_server.ask(ADMIN_ID, article_text(3)))[0].plain_text
    await fake_server.ask(ADMIN_ID, "/add")
    assert "Cancelled" in (await fake_server.ask(ADMIN_ID, "/cancel"))[0].plain_text
    assert "/help" in (await fake_server.ask(ADMIN_ID, article_text(4)))[0].plain_text
    assert await bot_app.bot_data.store.articles.count() == 2


async def test_a_bare_add_waits_an_hour_for_its_text(fake_server: FakeBotServer, start_bot) -> None:
    from handlers.conversation import PENDING_TTL

    now = [datetime(2026, 11, 20, 12, 0, tzinfo=UTC)]
    app = await start_bot(clock=lambda: now[0])
    await fake_server.ask(ADMIN_ID, "/add")
    now[0] += PENDING_TTL + timedelta(seconds=1)
    assert "/help" in (await fake_server.ask(ADMIN_ID, article_text(4)))[0].plain_text  # not added
    assert "Nothing to cancel" in (await fake_server.ask(ADMIN_ID, "/cancel"))[0].plain_text
    assert await app.bot_data.store.articles.count() == 0


async def test_add_url_from_local_site(fake_server: FakeBotServer, bot_app, article_site: str) -> None:
    url = f"{article_site}/news/strike"
    reply = (await fake_server.ask(ADMIN_ID, f"/add {url}"))[0]
    assert "Port strike halts grain exports" in reply.plain_text and "Added as" in reply.plain_text
    assert "Petro Kovalenko" in reply.plain_text
    assert "Already have it" in (await fake_server.ask(ADMIN_ID, f"/add {url}"))[0].plain_text
    missing = (await fake_server.ask(ADMIN_ID, f"/add {article_site}/nope"))[0].plain_text
    assert "404" in missing or "fetch" in missing.lower()
    assert TOKEN not in missing


async def test_non_admins_are_refused_and_nothing_changes(fake_server: FakeBotServer, bot_app) -> None:
    await seed(bot_app, 1)
    await bot_app.bot_data.store.feeds.add("https://example.com/rss")
    for command in ("/add " + article_text(5), "/remove 1", "/stats", "/feeds",
                    "/feed_add https://example.org/rss", "/feed_remove https://example.com/rss"):
        reply = (await fake_server.ask(USER_ID, command))[0].plain_text
        assert "for admins" in reply
    await fake_server.send_document(USER_ID, article_text(6).encode(), file_name="a.txt")
    assert "Only admins" in (await fake_server.wait_for_messages(USER_ID, 7))[-1].plain_text
    await fake_server.send_document(GROUP_ID, article_text(6).encode(), file_name="a.txt", user_id=USER_ID,
                                    caption="/add")
    await barrier(fake_server, GROUP_ID, user_id=USER_ID)
    assert len(fake_server.messages(GROUP_ID)) == 1  # the document was ignored in the group
    store = bot_app.bot_data.store
    assert await store.articles.count() == 1
    assert [f.url for f in await store.feeds.list()] == ["https://example.com/rss"]


async def test_documents_txt_html_wrong_type_binary(fake_server: FakeBotServer, bot_app) -> None:
    await fake_server.send_document(ADMIN_ID, article_text(0).encode("utf-8-sig"), file_name="kyiv.txt")
    assert "Added as" in (await fake_server.wait_for_messages(ADMIN_ID, 1))[-1].plain_text
    await fake_server.send_document(ADMIN_ID, ARTICLE_HTML.encode(), file_name="strike.html",
                                    mime_type="text/html", caption="/add")
    assert "Port strike" in (await fake_server.wait_for_messages(ADMIN_ID, 2))[-1].plain_text
    await fake_server.send_document(ADMIN_ID, b"%PDF-1.4", file_name="report.pdf", mime_type="application/pdf")
    assert ".txt" in (await fake_server.wait_for_messages(ADMIN_ID, 3))[-1].plain_text
    await fake_server.send_document(ADMIN_ID, bytes(range(256)) * 20, file_name="blob.txt")
    assert "binary" in (await fake_server.wait_for_messages(ADMIN_ID, 4))[-1].plain_text
    cp1252 = article_text(3).replace("Seville", "Sevilla café").encode("cp1252")
    await fake_server.send_document(ADMIN_ID, cp1252, file_name="heat.txt")
    assert "Sevilla café" in (await fake_server.wait_for_messages(ADMIN_ID, 5))[-1].plain_text
    assert await bot_app.bot_data.store.articles.count() == 3


async def test_remove_stats_and_feeds(fake_server: FakeBotServer, bot_app) -> None:
    ids = await seed(bot_app, 2)
    assert "Removed" in (await fake_server.ask(ADMIN_ID, f"/remove {ids[0]}"))[0].plain_text
    assert "No briefing" in (await fake_server.ask(ADMIN_ID, f"/remove {ids[0]}"))[0].plain_text
    assert "Usage" in (await fake_server.ask(ADMIN_ID, "/remove x"))[0].plain_text
    stats = (await fake_server.ask(ADMIN_ID, "/stats"))[0].plain_text
    assert "Articles: 1" in stats and TOKEN not in stats
    assert "No feeds" in (await fake_server.ask(ADMIN_ID, "/feeds"))[0].plain_text
    assert "Usage" in (await fake_server.ask(ADMIN_ID, "/feed_add ftp://x.org/rss"))[0].plain_text
    assert "Added feed" in (await fake_server.ask(ADMIN_ID, "/feed_add https://example.com/rss"))[0].plain_text
    assert "already" in (await fake_server.ask(ADMIN_ID, "/feed_add https://example.com/rss"))[0].plain_text
    assert "example.com/rss" in (await fake_server.ask(ADMIN_ID, "/feeds"))[0].plain_text
    assert "removed" in (await fake_server.ask(ADMIN_ID, "/feed_remove https://example.com/rss"))[0].plain_text
    assert "No such feed" in (await fake_server.ask(ADMIN_ID, "/feed_remove https://example.com/rss"))[0].plain_text


async def test_admin_help_and_admin_menu(fake_server: FakeBotServer, bot_app) -> None:
    text = (await fake_server.ask(ADMIN_ID, "/help"))[0].plain_text
    assert "/feed_add" in text and "/add" in text
    menu = await fake_server.wait_for_commands({"type": "chat", "chat_id": ADMIN_ID})
    assert "add" in [c["command"] for c in menu]


async def test_added_article_reaches_subscribers_without_waiting_for_the_tick(
    fake_server: FakeBotServer, bot_app
) -> None:
    # The fixture's matching interval is an hour: only the /add-triggered run can deliver this.
    await fake_server.ask(USER_ID, "/subscribe brent")
    await fake_server.ask(ADMIN_ID, "/add " + article_text(1))
    pushed = (await fake_server.wait_for_messages(USER_ID, 2))[-1]
    assert "New on brent" in pushed.plain_text and "Brent" in pushed.plain_text
    assert_valid_html([pushed])


async def test_remove_then_add_pushes_the_new_article_and_old_id_stays_gone(
    fake_server: FakeBotServer, bot_app
) -> None:
    """Removing the newest article must not let the next /add take its id: the matching cursor
    had passed it (no push) and "/brief OLD_ID" would open the new article."""
    await fake_server.ask(USER_ID, "/subscribe brent")
    added = (await fake_server.ask(ADMIN_ID, "/add " + article_text(1)))[0].plain_text
    old_id = int(added.split("Added as #")[1].split()[0])
    assert "round 1" in (await fake_server.wait_for_messages(USER_ID, 2))[-1].plain_text
    assert "Removed" in (await fake_server.ask(ADMIN_ID, f"/remove {old_id}"))[0].plain_text
    second = (await fake_server.ask(ADMIN_ID, "/add " + article_text(8)))[0].plain_text
    new_id = int(second.split("Added as #")[1].split()[0])
    assert new_id > old_id
    pushed = (await fake_server.wait_for_messages(USER_ID, 3))[-1].plain_text
    assert "New on brent" in pushed and "round 8" in pushed and f"/brief {new_id}" in pushed
    gone = (await fake_server.ask(USER_ID, f"/brief {old_id}"))[0].plain_text
    assert f"No briefing #{old_id}" in gone and "removed" in gone
    assert "round 8" in (await fake_server.ask(USER_ID, f"/brief {new_id}"))[0].plain_text
