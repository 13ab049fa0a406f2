"""Hostile feed lists: entity bombs, external entities, broken XML, 10,000 outlines, 5 MB+ files
and addresses inside the network — each refused with a clear reply, nothing half-added."""

from __future__ import annotations

import httpx

from fakebot import FakeBotServer
from tests.briefing.test_opml import BILLION_LAUGHS, EXTERNAL_ENTITY
from tests.e2e import ADMIN_ID
from tests.hardening.conftest import hermetic_fetcher, use_fetcher

GOOD_FEED = '<outline text="Good" xmlUrl="https://news.test/rss"/>'


def opml(*outlines: str) -> bytes:
    return f'<?xml version="1.0"?><opml version="2.0"><body>{"".join(outlines)}</body></opml>'.encode()


HOSTILE = [
    ("billion laughs", BILLION_LAUGHS, "entities"),
    ("external entity", EXTERNAL_ENTITY, "entities"),
    ("truncated XML", opml(GOOD_FEED)[:-20], "well-formed"),
    ("HTML page", b"<html><body><a href='https://news.test/rss'>rss</a></body></html>", "isn't an OPML"),
    ("10,000 outlines", opml(*(f'<outline xmlUrl="https://news.test/{i}"/>' for i in range(10_000))), "split"),
    ("over 5 MB", opml(GOOD_FEED) + b"<!--" + b"x" * (5 * 1024 * 1024) + b"-->", "over 5 MB"),
]


async def test_hostile_files_are_refused_and_nothing_is_added(fake_server: FakeBotServer, bot_app) -> None:
    store = bot_app.bot_data.store
    await store.feeds.add("https://kept.example/rss")
    for n, (label, data, reason) in enumerate(HOSTILE, start=1):
        await fake_server.send_document(ADMIN_ID, data, file_name=f"{label}.opml")
        reply = (await fake_server.wait_for_messages(ADMIN_ID, n))[-1].plain_text
        assert reason in reply and "Nothing was added" in reply, (label, reply)
    assert [f.url for f in await store.feeds.list()] == ["https://kept.example/rss"]
    assert await store.integrity_check() == "ok"


async def test_declared_size_over_the_limit_is_refused_before_download(fake_server: FakeBotServer, bot_app) -> None:
    big = opml(GOOD_FEED) + b"<!--" + b"x" * (5 * 1024 * 1024) + b"-->"
    await fake_server.send_document(ADMIN_ID, big, file_name="big.opml")
    assert "over 5 MB" in (await fake_server.wait_for_messages(ADMIN_ID, 1))[-1].plain_text
    assert fake_server.calls["fileDownload"] == 0  # file_size said it all


async def test_import_applies_the_fetch_guard_to_every_feed(fake_server: FakeBotServer, start_bot) -> None:
    """Production guard (private addresses refused): the same reasons /feed_add gives, no request."""
    app = await start_bot(fetch_allow_private=False)
    requests: list[httpx.Request] = []
    await use_fetcher(app, hermetic_fetcher(requests))
    listed = [
        "https://news.test/rss",
        "http://127.0.0.1:8080/rss",
        "http://2130706433/rss",
        "http://[::1]/rss",
        "http://169.254.169.254/latest/meta-data/",
        "http://intranet.test/rss",
        "http://metadata.test/rss",
        "http://rebind.test/rss",
        "http://nowhere.test/rss",
        "file:///etc/passwd",
        "gopher://news.test/",
        "javascript:alert(1)",
        "https://news.test/" + "a" * 2100,
    ]
    data = opml(*(f'<outline text="f{i}" xmlUrl="{url}"/>' for i, url in enumerate(listed)))
    await fake_server.send_document(ADMIN_ID, data, file_name="mixed.opml")
    text = (await fake_server.wait_for_messages(ADMIN_ID, 1))[-1].plain_text
    assert "1 added, 0 already present, 12 refused" in text
    assert "private network" in text and "doesn't resolve" in text and "Only http" in text
    assert [f.url for f in await app.bot_data.store.feeds.list()] == ["https://news.test/rss"]
    assert requests == []  # checked, never fetched
    # /feed_add applies the same rule
    for url, reason in (("http://intranet.test/rss", "private network"), ("https://news.test/other", "Added feed")):
        assert reason in (await fake_server.ask(ADMIN_ID, f"/feed_add {url}"))[0].plain_text

