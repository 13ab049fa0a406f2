"""Feeds inside the real application: an OPML upload's feed is polled by the scheduled job and
its next story reaches a subscriber; a feed that keeps failing is reported to the admin once."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.delivery.conftest import eventually
from tests.delivery.newssite import FLOOD_STORY, NewsSite, article_html, rss
from tests.e2e import ADMIN_ID, USER_ID


async def test_imported_feed_is_polled_and_its_next_story_is_pushed(fake_server, start_bot, site: NewsSite) -> None:
    site.feeds["north"] = rss("North Times", [("Yesterday's news", "/a/old")])
    app = await start_bot(feed_poll_seconds=0.3, push_interval_seconds=0.2)
    store = app.bot_data.store
    await fake_server.ask(USER_ID, "/subscribe floods")
    opml = f'<opml version="2.0"><body><outline text="North" xmlUrl="{site.url("north")}"/></body></opml>'
    await fake_server.send_document(ADMIN_ID, opml.encode(), file_name="north.opml")
    assert "1 added" in (await fake_server.wait_for_messages(ADMIN_ID, 1))[-1].plain_text

    async def polled() -> bool:
        return all(f.last_polled_at is not None for f in await store.feeds.list())

    await eventually(polled)
    assert site.page_requests == []  # imported: the back catalogue is not briefed
    site.pages["/a/floods"] = article_html("Floods force 12,000 from homes", "North Times", FLOOD_STORY)
    site.feeds["north"] = rss("North Times", [("Floods", "/a/floods"), ("Yesterday's news", "/a/old")])
    before = len(fake_server.messages(USER_ID))
    pushed = await fake_server.wait_for_messages(USER_ID, before + 1, timeout=15)
    assert "Floods force 12,000 from homes" in pushed[-1].plain_text
    assert site.page_requests == ["/a/floods"]


async def test_failing_feed_is_reported_to_the_admin_once(fake_server, start_bot, site: NewsSite) -> None:
    app = await start_bot(feed_poll_seconds=0.3)
    store = app.bot_data.store
    await fake_server.ask(ADMIN_ID, "/start")
    site.answers["gone"] = (500, {})
    feed = await store.feeds.add(site.url("gone"))
    now = datetime.now(UTC)
    for _ in range(4):  # four failures already behind it; the job's poll is the fifth
        await store.feeds.record_error(feed.id, "HTTP 500", now=now, next_poll_at=now)

    async def alerted() -> bool:
        return (await store.feeds.list())[0].alerted

    await eventually(alerted)
    [alert] = [m for m in fake_server.messages(ADMIN_ID) if "polls in a row" in m.plain_text]
    assert "/feeds/gone" in alert.plain_text
