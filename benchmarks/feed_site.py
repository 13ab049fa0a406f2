"""A local web of feeds for ``bench_feeds``, run as its own process (its CPU and memory are not
the bot's): ``python -m benchmarks.feed_site N_FEEDS SEED`` prints its port, serves until killed.

Feed ``i`` lives at ``http://<host>:<port>/feeds/<i>`` where the host is one of 20 big
publishers (150 down to 55 feeds each, 2,050 in all) or a small site (1–3 feeds): the bench
resolves every name to 127.0.0.1, and the poller's per-host limit sees real host names.

Phase 1 (the first poll after an import): every feed answers 200 with 20 entries. Phase 2
(``GET /_phase/2``, the measured cycle) is a realistic mix, by ``KINDS``: most answer 304, some
resend the same body without validators, some carry two new entries (whose article pages are
served at ``/a/<i>/<k>``), some are slow, and some fail in the ways feeds fail.
"""

from __future__ import annotations

import asyncio
import random
import sys
from html import escape

from aiohttp import web

from benchmarks.synthetic import synthetic_briefing

KINDS = {
    "not_modified": 0.81,  # 304 to If-None-Match
    "unchanged": 0.06,  # 200, the same body, no ETag/Last-Modified (a server ignoring them)
    "new_entries": 0.05,  # 200 with two new entries on top
    "slow": 0.03,  # 304 after 2–6 s
    "error_500": 0.015,
    "missing_404": 0.01,
    "busy_429": 0.005,  # with Retry-After: 3600
    "not_a_feed": 0.01,  # 200 with an HTML error page
    "stalled": 0.01,  # says nothing for 20 s (the fetcher's read timeout is 15 s)
}
ENTRIES = 20
BIG_PUBLISHERS = [150 - 5 * n for n in range(20)]


def feed_kinds(n: int, seed: int) -> list[str]:
    """Exactly the ``KINDS`` shares of ``n`` feeds (rounded; the rest answer 304), shuffled.

    A 429 is a host's answer to being asked too often, so ``busy_429`` feeds are put on small
    sites: a big publisher answering 429 for one feed and 304 for its others is not a real case
    (the poller would rightly postpone all of that publisher's feeds)."""
    kinds = [kind for kind, share in KINDS.items() if kind != "not_modified" for _ in range(round(share * n))]
    kinds += ["not_modified"] * (n - len(kinds))
    random.Random(seed).shuffle(kinds)
    hosts = feed_hosts(n, seed)
    small_304 = [i for i, kind in enumerate(kinds) if kind == "not_modified" and hosts[i].startswith("site")]
    for i, kind in enumerate(kinds):
        if kind == "busy_429" and hosts[i].startswith("pub") and small_304:
            j = small_304.pop()
            kinds[i], kinds[j] = kinds[j], kinds[i]
    return kinds


def feed_hosts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed + 1)
    hosts = [f"pub{p}.bench.test" for p, size in enumerate(BIG_PUBLISHERS) for _ in range(size)]
    site = 0
    while len(hosts) < n:
        hosts += [f"site{site}.bench.test"] * rng.randint(1, 3)
        site += 1
    hosts = hosts[:n]
    rng.shuffle(hosts)
    return hosts


def _item(i: int, k: int) -> str:
    b = synthetic_briefing(i * 100 + k)
    blurb = " ".join(b.summary)[:400]
    return (f"<item><title>{escape(b.title)}</title><link>/a/{i}/{k}</link><guid isPermaLink='false'>f{i}-e{k}</guid>"
            f"<description>{escape(blurb)}</description></item>")


def feed_body(i: int, newest: int) -> bytes:
    items = "".join(_item(i, k) for k in range(newest, newest - ENTRIES, -1))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Bench feed {i}</title>"
            f"<link>/</link><description>feed {i}</description>{items}</channel></rss>").encode()


def article_page(i: int, k: int) -> str:
    b = synthetic_briefing(i * 100 + k)
    body = "".join(f"<p>{escape(p)}</p>" for p in b.paragraphs)
    return (f"<!doctype html><html><head><title>{escape(b.title)}</title></head><body><nav>Home · World</nav>"
            f"<article><h1>{escape(b.title)}</h1>{body}</article><footer>Privacy</footer></body></html>")


def make_app(n: int, seed: int) -> web.Application:
    kinds = feed_kinds(n, seed)
    rng = random.Random(seed + 2)
    slow = {i: rng.uniform(2.0, 6.0) for i, kind in enumerate(kinds) if kind == "slow"}
    state = {"phase": 1}
    v1 = {i: feed_body(i, ENTRIES - 1) for i in range(n)}

    async def feed(request: web.Request) -> web.StreamResponse:
        i = int(request.match_info["i"])
        kind = kinds[i] if state["phase"] == 2 else "first_poll"
        etag = '"v2"' if kind == "new_entries" else '"v1"'
        if kind == "slow":
            await asyncio.sleep(slow[i])
        elif kind == "stalled":
            await asyncio.sleep(20)
        elif kind == "error_500":
            return web.Response(status=500)
        elif kind == "missing_404":
            return web.Response(status=404)
        elif kind == "busy_429":
            return web.Response(status=429, headers={"Retry-After": "3600"})
        elif kind == "not_a_feed":
            return web.Response(text="<html><body><h1>Site maintenance</h1></body></html>", content_type="text/html")
        if kind == "unchanged" or (kind == "first_poll" and kinds[i] == "unchanged"):
            return web.Response(body=v1[i], content_type="application/rss+xml")
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        body = feed_body(i, ENTRIES + 1) if kind == "new_entries" else v1[i]
        return web.Response(body=body, content_type="application/rss+xml", headers={"ETag": etag})

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=article_page(int(request.match_info["i"]), int(request.match_info["k"])),
                            content_type="text/html")

    async def phase(request: web.Request) -> web.Response:
        state["phase"] = int(request.match_info["n"])
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_get("/feeds/{i}", feed)
    app.router.add_get("/a/{i}/{k}", page)
    app.router.add_get("/_phase/{n}", phase)
    return app


async def _serve(n: int, seed: int) -> None:
    runner = web.AppRunner(make_app(n, seed), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    print(runner.addresses[0][1], flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(_serve(int(sys.argv[1]), int(sys.argv[2])))
