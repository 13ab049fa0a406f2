"""A small news site on 127.0.0.1 for feed tests: feeds (with ETags, optionally without),
article pages, forced answers (429 + Retry-After, 500), a response delay, and per-host
concurrency counters (host names reach it through an injected resolver)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from html import escape

import pytest
from aiohttp import web

FLOOD_STORY = (
    "Flooding across the northern provinces has forced more than 12,000 people from their homes, "
    "the national disaster agency said on Tuesday, after three days of torrential rain swelled rivers "
    "beyond their banks and cut road links to dozens of villages.",
    "Rescue teams in boats reached isolated communities overnight, and the army deployed helicopters "
    "to drop food, drinking water and medicine where roads remained under water. At least nine people "
    "have died and four are missing, according to provincial officials.",
    "The prime minister visited an evacuation centre in the worst-hit town and promised emergency funds "
    "for families who had lost their homes. Engineers were checking two dams upstream, which the agency "
    "said were holding but would be monitored around the clock.",
    "Forecasters expect the rain to ease by the weekend, though they warned that river levels could keep "
    "rising for several days as water drains from the hills. Schools in the region will stay closed "
    "until Monday, and the railway operator suspended services on two lines.",
)
RATES_STORY = (
    "The central bank raised its benchmark interest rate by a quarter of a percentage point to 4.5 percent "
    "on Thursday, the ninth increase in a row, as policymakers tried to bring inflation back to target.",
    "Economists had expected the move after consumer prices rose faster than forecast in the spring. "
    "Mortgage lenders said they would pass the higher cost of borrowing on to customers within weeks.",
    "The bank's governor said further increases could not be ruled out if wage growth stayed strong, "
    "while business groups warned that small firms were already struggling with the cost of credit.",
)


def article_html(title: str, outlet: str, paragraphs: tuple[str, ...]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title} | {outlet}</title>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='{outlet}'>"
        f"</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>© {outlet}</footer></body></html>"
    )


def rss(title: str, items: list[tuple[str, str]]) -> str:
    """An RSS 2.0 document whose items use their link as GUID."""
    return rss_entries(title, [{"title": t, "link": link, "guid": link} for t, link in items])


def rss_entries(title: str, items: list[dict[str, str]]) -> str:
    """RSS 2.0 from item dicts (title, link, guid, description: each optional)."""
    def item(fields: dict[str, str]) -> str:
        return "<item>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields.items()) + "</item>"

    entries = "".join(item(i) for i in items)
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{escape(title)}</title>{entries}</channel></rss>"


@dataclass
class NewsSite:
    base: str = ""
    port: int = 0
    feeds: dict[str, str] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    no_etag: set[str] = field(default_factory=set)
    """Feeds served like a server that ignores conditional requests (always 200, no validators)."""
    answers: dict[str, tuple[int, dict[str, str]]] = field(default_factory=dict)
    """Feed name → (status, headers) answered instead of the feed."""
    delay: float = 0.0
    feed_requests: list[dict[str, str]] = field(default_factory=list)
    page_requests: list[str] = field(default_factory=list)
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: Counter[str] = field(default_factory=Counter)
    """Per Host header (and "*" for all): the most feed requests served at the same time."""

    def url(self, name: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}/feeds/{name}"


@pytest.fixture
async def site() -> AsyncIterator[NewsSite]:
    state = NewsSite()

    async def feed(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        host = request.headers.get("Host", "").split(":")[0]
        state.feed_requests.append({"name": name, **{k.lower(): v for k, v in request.headers.items()}})
        for key in (host, "*"):
            state.in_flight[key] += 1
            state.max_in_flight[key] = max(state.max_in_flight[key], state.in_flight[key])
        try:
            if state.delay:
                await asyncio.sleep(state.delay)
            if name in state.answers:
                status, headers = state.answers[name]
                return web.Response(status=status, headers=headers)
            if name not in state.feeds:
                return web.Response(status=404)
            body = state.feeds[name]
            if name in state.no_etag:
                return web.Response(text=body, content_type="application/rss+xml")
            etag = f'"{abs(hash(body))}"'
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            return web.Response(text=body, content_type="application/rss+xml", headers={"ETag": etag})
        finally:
            for key in (host, "*"):
                state.in_flight[key] -= 1

    async def page(request: web.Request) -> web.Response:
        path = request.path
        state.page_requests.append(path)
        if path not in state.pages:
            return web.Response(status=404)
        return web.Response(text=state.pages[path], content_type="text/html")

    app = web.Application()
    app.router.add_get("/feeds/{name}", feed)
    app.router.add_get("/{tail:.*}", page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    state.port = runner.addresses[0][1]
    state.base = f"http://127.0.0.1:{state.port}"
    yield state
    await runner.cleanup()
