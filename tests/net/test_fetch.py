"""The guarded fetcher: SSRF refusals, manual redirects, size cap, deadlines, decoding.

Hosts are resolved by an injected fake resolver so "example.test resolves to 10.0.0.1" is
testable offline; HTTP answers come from httpx.MockTransport or a real aiohttp server on
127.0.0.1 (with ``allow_private=True``, since loopback is what the guard refuses).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest
from aiohttp import web

from net.addresses import is_public, parse_ip_literal
from net.fetch import (
    BadStatus,
    BlockedAddress,
    Fetcher,
    FetchError,
    FetchTimeout,
    InvalidURL,
    ResolutionFailed,
    TooLarge,
    TooManyRedirects,
    decode_body,
    parse_retry_after,
)

PUBLIC_IP = "93.184.216.34"
DNS = {
    "news.test": [PUBLIC_IP],
    "intranet.test": ["10.0.0.1"],
    "mixed.test": [PUBLIC_IP, "192.168.1.5"],
    "meta.test": ["169.254.169.254"],
    "v6meta.test": ["fd00:ec2::254"],
    "v6local.test": ["::1"],
    "mapped.test": ["::ffff:127.0.0.1"],
    "xn--e1afmkfd.test": [PUBLIC_IP],  # пример.test
    "neighbour.test": [PUBLIC_IP],  # another site on the same shared-hosting IP as news.test
}


async def fake_resolver(host: str, port: int) -> list[str]:
    if host not in DNS:
        raise OSError("name does not resolve")
    return DNS[host]


def mock_fetcher(handler, **kw) -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(handler), resolver=fake_resolver, **kw)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text="<html><title>t</title>hello</html>", headers={"content-type": "text/html"})


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost.localdomain@127.0.0.1/",
        "http://2130706433/",
        "http://0177.0.0.1/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://0/",
        "http://0.0.0.0/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://192.168.0.1/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://255.255.255.255/",
        "http://[::1]/",
        "http://[::]/",
        "http://[fd00:ec2::254]/",
        "http://[fc00::1]/",
        "http://[fe80::1]/",
        "http://[ff02::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[64:ff9b::a00:1]/",
        "http://[2002:7f00:1::]/",
        "http://intranet.test/",
        "http://mixed.test/",
        "http://meta.test/",
        "http://v6meta.test/",
        "http://v6local.test/",
        "http://mapped.test/",
    ],
)
async def test_private_targets_are_refused_before_any_request(url: str) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return ok(request)

    fetcher = mock_fetcher(handler)
    with pytest.raises(BlockedAddress) as info:
        await fetcher.fetch(url)
    await fetcher.aclose()
    assert requests == []
    assert "private network" in str(info.value)


@pytest.mark.parametrize(
    ("spelling", "meaning"),
    [("2130706433", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"), ("0x7f.1", "127.0.0.1"),
     ("127.1", "127.0.0.1"), ("0x5d.0xb8.0xd8.0x22", PUBLIC_IP), ("news.test", None),
     ("1.2.3.4.5", None), ("256.1.1.1", None)],
)
def test_legacy_ipv4_spellings_are_read_like_inet_aton(spelling: str, meaning: str | None) -> None:
    parsed = parse_ip_literal(spelling)
    assert (str(parsed) if parsed else None) == meaning


def test_public_addresses_pass() -> None:
    for addr in (PUBLIC_IP, "8.8.8.8", "2606:4700::1111"):
        assert is_public(parse_ip_literal(addr))


@pytest.mark.parametrize("url", ["ftp://news.test/x", "file:///etc/passwd", "gopher://news.test/", "news.test/a", "http://"])
async def test_non_http_urls_are_refused(url: str) -> None:
    fetcher = mock_fetcher(ok)
    with pytest.raises(InvalidURL):
        await fetcher.fetch(url)
    await fetcher.aclose()


async def test_connects_to_the_vetted_ip_with_the_name_in_host_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    fetcher = mock_fetcher(handler)
    page = await fetcher.fetch("https://news.test/story?id=1", headers={"If-None-Match": '"v1"'})
    await fetcher.aclose()
    assert page.status == 200 and "hello" in page.text and page.is_html
    assert page.url == "https://news.test/story?id=1"
    (req,) = seen
    assert req.url.host == PUBLIC_IP and req.url.path == "/story" and req.url.query == b"id=1"
    assert req.headers["host"] == "news.test"
    assert req.headers["if-none-match"] == '"v1"'
    assert req.extensions["sni_hostname"] == "news.test"


async def test_cookies_of_one_site_are_never_sent_to_another_on_the_same_ip() -> None:
    """Requests are pinned to the IP, so a cookie jar would file news.test's cookie under the IP
    and hand it to every other name there; the fetcher keeps no cookies at all."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="<html>hi</html>", headers={"set-cookie": "session=secret; Path=/"})

    fetcher = mock_fetcher(handler)
    await fetcher.fetch("http://news.test/")
    await fetcher.fetch("http://neighbour.test/")
    await fetcher.fetch("http://news.test/again")
    await fetcher.aclose()
    assert [r.headers["host"] for r in seen] == ["news.test", "neighbour.test", "news.test"]
    assert all("cookie" not in r.headers for r in seen)
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"  # compressed feeds still welcome


async def test_international_names_are_sent_as_punycode() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    fetcher = mock_fetcher(handler)
    await fetcher.fetch("https://пример.test/новости")
    await fetcher.aclose()
    assert seen[0].headers["host"] == "xn--e1afmkfd.test"
    assert seen[0].extensions["sni_hostname"] == "xn--e1afmkfd.test"


async def test_unresolvable_host_is_a_polite_error() -> None:
    fetcher = mock_fetcher(ok)
    with pytest.raises(ResolutionFailed) as info:
        await fetcher.fetch("http://nowhere.test/")
    await fetcher.aclose()
    assert "couldn't find" in str(info.value)


async def test_redirect_to_private_network_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers["host"] == "news.test":
            return httpx.Response(302, headers={"location": "http://intranet.test/admin"})
        raise AssertionError("the private hop must never be requested")

    fetcher = mock_fetcher(handler)
    with pytest.raises(BlockedAddress):
        await fetcher.fetch("http://news.test/")
    await fetcher.aclose()


async def test_relative_redirects_are_followed_and_counted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        if n < 3:
            return httpx.Response(301, headers={"location": f"/{n + 1}"})
        return ok(request)

    fetcher = mock_fetcher(handler)
    page = await fetcher.fetch("http://news.test/0")
    assert page.url == "http://news.test/3"

    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/again"})

    looping = mock_fetcher(loop)
    with pytest.raises(TooManyRedirects):
        await looping.fetch("http://news.test/")
    await fetcher.aclose()
    await looping.aclose()


async def test_error_status_and_not_modified() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed":
            return httpx.Response(304, headers={"etag": '"v1"'})
        return httpx.Response(404)

    fetcher = mock_fetcher(handler)
    page = await fetcher.fetch("http://news.test/feed", headers={"If-None-Match": '"v1"'})
    assert page.status == 304 and page.text == "" and page.headers["etag"] == '"v1"'
    with pytest.raises(BadStatus) as info:
        await fetcher.fetch("http://news.test/missing")
    assert info.value.status == 404
    await fetcher.aclose()


async def test_retry_after_is_read_on_429_and_503_only() -> None:
    answers = {
        "/busy": httpx.Response(429, headers={"retry-after": "120"}),
        "/down": httpx.Response(503, headers={"retry-after": "Fri, 20 Nov 2099 09:00:00 GMT"}),
        "/gone": httpx.Response(404, headers={"retry-after": "120"}),
        "/junk": httpx.Response(429, headers={"retry-after": "soon"}),
    }
    fetcher = mock_fetcher(lambda request: answers[request.url.path])
    waits = {}
    for path in answers:
        with pytest.raises(BadStatus) as info:
            await fetcher.fetch(f"http://news.test{path}")
        waits[path] = info.value.retry_after
    await fetcher.aclose()
    assert waits["/busy"] == 120 and waits["/down"] > 60 * 60 * 24 * 365
    assert waits["/gone"] is None and waits["/junk"] is None


def test_parse_retry_after_forms() -> None:
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    assert parse_retry_after("30", now=now) == 30
    assert parse_retry_after("Fri, 20 Nov 2026 09:02:00 GMT", now=now) == 120
    assert parse_retry_after("Fri, 20 Nov 2026 08:00:00 GMT", now=now) == 0  # already past
    assert parse_retry_after("", now=now) is None and parse_retry_after(None) is None
    assert parse_retry_after("-5", now=now) is None and parse_retry_after("1e9", now=now) is None


@pytest.mark.parametrize(
    ("url", "allow_private", "error"),
    [
        ("file:///etc/passwd", True, InvalidURL),
        ("gopher://news.test/", False, InvalidURL),
        ("http:///nohost", True, InvalidURL),
        ("http://news.test:99999/", True, InvalidURL),
        ("http://127.0.0.1/feed", False, BlockedAddress),
        ("http://intranet.test/rss", False, BlockedAddress),
        ("http://nowhere.test/rss", False, ResolutionFailed),
        ("http://news.test/rss", False, None),
        ("http://127.0.0.1/feed", True, None),
        ("http://nowhere.test/rss", True, None),  # allowed anywhere: no lookup, the fetch tells
    ],
)
async def test_check_refuses_what_a_fetch_would_without_a_request(url, allow_private, error) -> None:
    fetcher = mock_fetcher(lambda request: pytest.fail(f"requested {request.url}"), allow_private=allow_private)
    try:
        if error is None:
            await fetcher.check(url)
        else:
            with pytest.raises(error):
                await fetcher.check(url)
    finally:
        await fetcher.aclose()


async def test_declared_oversize_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 2048)

    fetcher = mock_fetcher(handler, max_bytes=1024)
    with pytest.raises(TooLarge) as info:
        await fetcher.fetch("http://news.test/")
    await fetcher.aclose()
    assert "limit" in str(info.value)


def test_decoding_by_header_meta_and_fallback() -> None:
    text = "Київ — café"
    assert decode_body(text.encode("cp1251", "replace"), "text/html; charset=windows-1251").startswith("Київ")
    meta = b'<html><head><meta charset="koi8-r"></head>' + "Київ".encode("koi8-u", "replace")
    assert "<html>" in decode_body(meta, "text/html")
    xml = b'<?xml version="1.0" encoding="iso-8859-1"?><rss>caf\xe9</rss>'
    assert "café" in decode_body(xml, "application/xml")
    assert decode_body(text.encode(), "text/html") == text
    assert "\ufffd" in decode_body(b"caf\xe9 \xff", "text/plain")


# --- a real local server: streaming cap and timeouts are cut off mid-response -------------


@pytest.fixture
async def local_server():
    release = asyncio.Event()

    async def endless(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"content-type": "text/html"})
        await resp.prepare(request)
        chunk = b"a" * 65536
        for _ in range(10_000):  # would be 640 MB if nobody stopped reading
            try:
                await resp.write(chunk)
            except (ConnectionResetError, RuntimeError):
                break
        return resp

    async def slow(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"content-type": "text/html"})
        await resp.prepare(request)
        await resp.write(b"<html>")
        await release.wait()
        return resp

    async def page(request: web.Request) -> web.Response:
        return web.Response(text="<p>café</p>", content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_get("/endless", endless)
    app.router.add_get("/slow", slow)
    app.router.add_get("/page", page)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}"
    release.set()
    await runner.cleanup()


async def test_real_server_loopback_refused_by_default_allowed_when_configured(local_server: str) -> None:
    guarded = Fetcher()
    with pytest.raises(BlockedAddress):
        await guarded.fetch(local_server + "/page")
    await guarded.aclose()
    trusting = Fetcher(allow_private=True)
    page = await trusting.fetch(local_server + "/page")
    await trusting.aclose()
    assert page.status == 200 and page.text == "<p>café</p>"


async def test_streamed_body_is_cut_at_the_cap(local_server: str) -> None:
    fetcher = Fetcher(allow_private=True, max_bytes=256 * 1024)
    with pytest.raises(TooLarge):
        await fetcher.fetch(local_server + "/endless")
    await fetcher.aclose()


async def test_stalled_response_hits_the_read_timeout(local_server: str) -> None:
    fetcher = Fetcher(allow_private=True, timeout=0.3, deadline=5)
    with pytest.raises(FetchTimeout):
        await fetcher.fetch(local_server + "/slow")
    await fetcher.aclose()


async def test_overall_deadline_bounds_the_whole_fetch(local_server: str) -> None:
    fetcher = Fetcher(allow_private=True, timeout=10, deadline=0.3)
    with pytest.raises(FetchTimeout) as info:
        await fetcher.fetch(local_server + "/slow")
    await fetcher.aclose()
    assert isinstance(info.value, FetchError) and "too long" in str(info.value)
