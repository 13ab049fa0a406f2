"""SSRF guard end to end: /add, redirects and feed entries never reach a private address.

A real HTTP server on 127.0.0.1 counts every request it gets: it would happily serve an
article, so "0 requests and nothing stored" is what proves the guard, not a mocked refusal.
The public internet is simulated by a transport that answers the public test IP in memory and
sends everything else over real TCP, so a guard miss on a redirect would show up as a hit.
tests/net/test_fetch.py covers the address classifier and the fetcher's unit behaviour.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from aiohttp import web

from bot.feed_polling import poll_feeds
from fakebot import FakeBotServer
from net.fetch import BlockedAddress, Fetcher, FetchError, InvalidURL
from tests.e2e import ADMIN_ID
from tests.hardening.conftest import NEWS_PAGE, PUBLIC_IP, fake_resolver, use_fetcher


class LocalSite:
    """An article server on loopback that records every path it is asked for."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.base = ""
        self.release = asyncio.Event()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.hits.append(request.path)
        if request.path == "/endless":
            resp = web.StreamResponse(headers={"content-type": "text/html"})
            await resp.prepare(request)
            for _ in range(2000):  # 128 MB if nobody stopped reading
                try:
                    await resp.write(b"<p>" + b"a" * 65533)
                except (ConnectionResetError, RuntimeError):
                    break
            return resp
        if request.path == "/slow":
            resp = web.StreamResponse(headers={"content-type": "text/html"})
            await resp.prepare(request)
            await resp.write(b"<html>")
            await self.release.wait()
            return resp
        return web.Response(text=NEWS_PAGE.replace("Odesa", "Izmail"), content_type="text/html")


@pytest.fixture
async def local_site() -> AsyncIterator[LocalSite]:
    site = LocalSite()
    app = web.Application()
    app.router.add_get("/{tail:.*}", site.handle)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    site.base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    yield site
    site.release.set()
    await runner.cleanup()


class Internet(httpx.AsyncBaseTransport):
    """PUBLIC_IP answers from ``public``; any other address goes over real TCP."""

    def __init__(self, public: Callable[[httpx.Request], httpx.Response]) -> None:
        self.public = public
        self.real = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == PUBLIC_IP:
            return self.public(request)
        return await self.real.handle_async_request(request)

    async def aclose(self) -> None:
        await self.real.aclose()


def private_spellings(port: int) -> list[str]:
    return [f"http://{host}:{port}/article" for host in (
        "127.0.0.1", "localhost", "2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]", "127.0.0.1.", "LOCALHOST")] + [
        "http://[::1]/", "http://10.0.0.1/", "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fe80::1]/",
        "http://0.0.0.0/", f"http://news.example@127.0.0.1:{port}/article", f"http://127.0.0.1:{port}#@news.example/",
    ]


async def test_add_refuses_private_targets_politely_and_stores_nothing(
    fake_server: FakeBotServer, start_bot, local_site: LocalSite
) -> None:
    app = await start_bot(fetch_allow_private=False)  # the production default
    port = int(local_site.base.rsplit(":", 1)[1])
    urls = private_spellings(port)
    replies = [(await fake_server.ask(ADMIN_ID, f"/add {url}"))[0].plain_text for url in urls]
    for url, reply in zip(urls, replies, strict=True):
        assert reply == "Couldn't fetch that page: That address points to a private network, which I can't fetch.", url
    schemes = ["file:///etc/passwd", "ftp://news.example/a", "gopher://127.0.0.1:70/_", "data:text/html,<h1>x</h1>",
               "javascript:alert(1)", "dict://127.0.0.1:11211/stat"]
    for url in schemes:  # not a web address: read as (too short) pasted text, never fetched
        assert "nothing was added" in (await fake_server.ask(ADMIN_ID, f"/add {url}"))[0].plain_text
    assert local_site.hits == []
    assert await app.bot_data.store.articles.count() == 0
    print(f"\n/add refused {len(urls)} private spellings and {len(schemes)} schemes")


async def test_add_follows_no_redirect_into_the_private_network(
    fake_server: FakeBotServer, start_bot, local_site: LocalSite
) -> None:
    app = await start_bot(fetch_allow_private=False)
    port = int(local_site.base.rsplit(":", 1)[1])
    targets = [f"{local_site.base}/secret", f"http://localhost:{port}/secret", f"http://2130706433:{port}/secret",
               f"//127.0.0.1:{port}/secret", f"http://[::ffff:127.0.0.1]:{port}/secret", "http://intranet.test/",
               "http://metadata.test/latest", "http://mapped.test/", "http://169.254.169.254/", "file:///etc/passwd",
               "gopher://127.0.0.1/"]

    def public(request: httpx.Request) -> httpx.Response:
        hop = request.url.params.get("hop")
        if hop is not None:
            return httpx.Response(302, headers={"location": targets[int(hop)]})
        return httpx.Response(200, text=NEWS_PAGE, headers={"content-type": "text/html"})

    await use_fetcher(app, Fetcher(allow_private=False, resolver=fake_resolver, transport=Internet(public)))
    for i, target in enumerate(targets):
        reply = (await fake_server.ask(ADMIN_ID, f"/add http://news.test/story?hop={i}"))[0].plain_text
        assert reply.startswith("Couldn't fetch that page:") and ("Only http" in reply or "private network" in reply), target
    assert local_site.hits == []
    assert await app.bot_data.store.articles.count() == 0
    ok = (await fake_server.ask(ADMIN_ID, "/add http://news.test/story"))[0].plain_text
    assert ok.startswith("✅ Added")  # the same path works for a public page


async def test_allow_private_is_the_only_way_in_and_size_and_time_are_capped(
    fake_server: FakeBotServer, start_bot, local_site: LocalSite
) -> None:
    from bot.settings import Settings

    assert Settings(_env_file=None).fetch_allow_private is False
    app = await start_bot(fetch_allow_private=True)
    added = (await fake_server.ask(ADMIN_ID, f"/add {local_site.base}/article"))[0].plain_text
    assert added.startswith("✅ Added") and local_site.hits == ["/article"]
    huge = (await fake_server.ask(ADMIN_ID, f"/add {local_site.base}/endless"))[0].plain_text
    assert huge == "Couldn't fetch that page: That page is larger than 5 MB, which is my limit."
    await use_fetcher(app, Fetcher(allow_private=True, timeout=0.3, deadline=1.0))
    slow = (await fake_server.ask(ADMIN_ID, f"/add {local_site.base}/slow"))[0].plain_text
    assert slow == "Couldn't fetch that page: The site took too long to answer."
    assert await app.bot_data.store.articles.count() == 1


async def test_feed_entries_pointing_inside_are_never_fetched(make_settings, local_site: LocalSite) -> None:
    """A public feed may list any link; each entry is fetched through the same guard."""
    from datetime import UTC, datetime

    import storage

    port = int(local_site.base.rsplit(":", 1)[1])
    # five entries: a first poll ingests the newest five (bot.feeds.FIRST_POLL_ENTRIES)
    links = ["http://news.test/story", f"{local_site.base}/a", f"http://localhost:{port}/b", "http://intranet.test/c",
             f"file:///etc/passwd#{port}"]
    items = "".join(f"<item><title>Item {i}</title><link>{link}</link><guid>{i}</guid></item>" for i, link in enumerate(links))
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'

    def public(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/rss":
            return httpx.Response(200, text=rss, headers={"content-type": "application/rss+xml"})
        return httpx.Response(200, text=NEWS_PAGE, headers={"content-type": "text/html"})

    store = await storage.open_store(str(make_settings().database_path))
    fetcher = Fetcher(allow_private=False, resolver=fake_resolver, transport=Internet(public))
    try:
        await store.feeds.add("http://news.test/rss")
        await poll_feeds(store, fetcher, now=datetime.now(UTC), interval=60)
        urls = [a.url for a in (await store.articles.latest(limit=20)).items]
    finally:
        await fetcher.aclose()
        await store.close()
    assert local_site.hits == []
    assert urls == ["http://news.test/story"]


@pytest.mark.parametrize("url", ["data:text/html,<script>x</script>", "javascript:alert(1)", "jar:http://news.test/a!/",
                                 "HTTP://127.0.0.1/", "http:///127.0.0.1/", "http://[::1", "http://news.test:99999/"])
async def test_fetcher_refuses_odd_schemes_and_broken_urls(url: str) -> None:
    fetcher = Fetcher(resolver=fake_resolver, transport=httpx.MockTransport(lambda r: pytest.fail(f"requested {r.url}")))
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(url)
    await fetcher.aclose()
    assert isinstance(info.value, InvalidURL | BlockedAddress)
