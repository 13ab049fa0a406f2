"""Guarded HTTP fetching (SSRF, size, timeouts), shared by /add and the feed poller.

Contract used by handlers (/add URL) and the feed poller:

    fetcher = Fetcher(allow_private=False)
    page = await fetcher.fetch(url, headers={"If-None-Match": etag})
    page.status, page.url (final, after re-checked redirects), page.text, page.headers
    raises FetchError (its ``str`` is a polite one-line reason safe to show a user)

``page.status`` is 2xx or 304 (conditional GET hit); 4xx/5xx raise ``BadStatus``.

DNS-rebinding stance: every host is resolved exactly once per hop, *all* its addresses are
vetted, and the connection goes to the vetted IP itself (the URL host is replaced by the IP,
the original name travels in the Host header and as TLS SNI, so certificates are still checked
against the name). A second, attacker-controlled resolution therefore never happens. Redirects
are followed by hand and every hop goes through the same check.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

import httpx
from pydantic import BaseModel, ConfigDict

from .addresses import Resolver, is_public, parse_ip_literal, system_resolver

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_USER_AGENT = "briefbot/0.1 (+news briefing bot)"
_ACCEPT = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}
NO_KEEPALIVE = httpx.Limits(max_connections=256, max_keepalive_connections=0)
"""Every fetch opens its own connection; up to 256 at once, far above the feed poller's feeds in
flight (``bot.feed_polling.PollLimits``) plus /add fetches, so a poll never waits for a connection.
Connections are pinned to a vetted IP with the name only in Host/SNI, so a kept-alive connection
could carry a request for another name that resolved to the same IP over TLS verified for the
first name. And under concurrency httpcore's pool spends its time re-assigning idle connections
(measured: 3,000 local fetches 32 at a time took 24 s of CPU with keep-alive, 14 s without;
feeds are polled that way)."""


class FetchError(Exception):
    """Any reason a URL could not be fetched; ``str(exc)`` is safe to show to a user."""


class InvalidURL(FetchError):
    pass


class BlockedAddress(FetchError):
    pass


class ResolutionFailed(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class TooLarge(FetchError):
    pass


class FetchTimeout(FetchError):
    pass


class ConnectionFailed(FetchError):
    pass


class BadStatus(FetchError):
    def __init__(self, status: int, *, retry_after: float | None = None) -> None:
        super().__init__(f"The site answered with an error (HTTP {status}).")
        self.status = status
        self.retry_after = retry_after
        """Seconds the site asked us to wait (``Retry-After`` on a 429/503), if it said."""


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value[:9]))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class FetchedPage(BaseModel):
    model_config = ConfigDict(frozen=True)
    url: str
    status: int
    content_type: str = ""
    text: str = ""
    headers: dict[str, str] = {}
    content: bytes = b""
    """The raw body (feedparser reads the XML encoding declaration itself)."""

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type or self.text.lstrip()[:1] == "<"


class Fetcher:
    def __init__(
        self,
        *,
        allow_private: bool = False,
        max_bytes: int = MAX_BYTES,
        timeout: float = 15.0,
        connect_timeout: float = 5.0,
        deadline: float = 30.0,
        max_redirects: int = MAX_REDIRECTS,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        """``timeout`` bounds each read, ``deadline`` the whole fetch including redirects."""
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.deadline = deadline
        self.max_redirects = max_redirects
        self._resolve = resolver or system_resolver
        self._timeouts = httpx.Timeout(timeout, connect=connect_timeout).as_dict()
        self._transport = transport or httpx.AsyncHTTPTransport(limits=NO_KEEPALIVE, trust_env=False)
        """Requests go to the transport itself, not through an ``httpx.AsyncClient``: redirects are
        followed by hand here, and a client's cookie jar would keep every site's cookies and send
        them by IP (requests are pinned to IPs), i.e. to any other name sharing that IP. CPU per
        fetch is the same either way within noise (1,500 local 304s, 32 at a time: 2.0–2.3 ms)."""

    async def fetch(self, url: str, *, headers: dict[str, str] | None = None) -> FetchedPage:
        try:
            async with asyncio.timeout(self.deadline):
                return await self._fetch(url, headers or {})
        except TimeoutError:
            raise FetchTimeout("The site took too long to answer.") from None

    async def _fetch(self, url: str, headers: dict[str, str]) -> FetchedPage:
        current = url.strip()
        for _hop in range(self.max_redirects + 1):
            target, host_header, sni = await self._vet(current)
            req_headers = {"User-Agent": _USER_AGENT, **_ACCEPT, **headers, "Host": host_header}
            extensions: dict[str, object] = {"timeout": self._timeouts}
            if sni:
                extensions["sni_hostname"] = sni
            request = httpx.Request("GET", target, headers=req_headers, extensions=extensions)
            try:
                resp = await self._transport.handle_async_request(request)
            except httpx.TimeoutException:
                raise FetchTimeout("The site took too long to answer.") from None
            except (httpx.HTTPError, OSError):
                raise ConnectionFailed("I couldn't connect to that site.") from None
            try:
                if resp.status_code in _REDIRECTS and "location" in resp.headers:
                    current = urljoin(current, resp.headers["location"])
                    continue
                if resp.status_code >= 400:
                    wait = resp.headers.get("retry-after") if resp.status_code in (429, 503) else None
                    raise BadStatus(resp.status_code, retry_after=parse_retry_after(wait))
                body = b"" if resp.status_code == 304 else await self._read_capped(resp)  # 304: no body
            finally:
                await resp.aclose()
            content_type = resp.headers.get("content-type", "")
            return FetchedPage(
                url=current,
                status=resp.status_code,
                content_type=content_type,
                text=decode_body(body, content_type),
                headers={k.lower(): v for k, v in resp.headers.items()},
                content=body,
            )
        raise TooManyRedirects("That address redirects too many times.")

    async def check(self, url: str) -> None:
        """Refuse ``url`` now, without a request, if a fetch of it would be refused: scheme, host,
        and (unless private addresses are allowed, where there is nothing to check) every address
        it resolves to. Feed lists use it to name bad feeds up front; every fetch re-checks."""
        if self.allow_private:
            _split_target(url.strip())
        else:
            await self._vet(url.strip())

    async def _vet(self, url: str) -> tuple[str, str, str | None]:
        """Check scheme and every address of the host; return (URL pinned to IP, Host, SNI)."""
        parts, host, port, https = _split_target(url)
        literal = parse_ip_literal(host)
        if literal is not None:
            addresses = [literal]
        else:
            try:
                found = await self._resolve(host, port)
            except (OSError, UnicodeError):
                raise ResolutionFailed("I couldn't find that site (the name doesn't resolve).") from None
            addresses = [a for a in (parse_ip_literal(x) for x in found) if a is not None]
            if not addresses:
                raise ResolutionFailed("I couldn't find that site (the name doesn't resolve).")
        if not self.allow_private and not all(is_public(a) for a in addresses):
            raise BlockedAddress("That address points to a private network, which I can't fetch.")
        ip = addresses[0]
        default_port = port == (443 if https else 80)
        host_header = host if default_port else f"{host}:{port}"
        if ":" in host and literal is not None:
            host_header = f"[{host}]" if default_port else f"[{host}]:{port}"
        netloc = f"[{ip}]:{port}" if ip.version == 6 else f"{ip}:{port}"
        try:
            pinned = httpx.URL(urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")))
        except (httpx.InvalidURL, ValueError):
            raise InvalidURL("That doesn't look like a valid web address.") from None
        sni = host if https and literal is None else None
        return str(pinned), host_header, sni

    async def _read_capped(self, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise TooLarge(self._too_large())
        chunks: list[bytes] = []
        total = 0
        try:
            async for chunk in resp.aiter_bytes():
                total += len(chunk)
                if total > self.max_bytes:
                    raise TooLarge(self._too_large())
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise FetchTimeout("The site took too long to answer.") from None
        except httpx.HTTPError:
            raise ConnectionFailed("The connection to that site broke off.") from None
        return b"".join(chunks)

    def _too_large(self) -> str:
        return f"That page is larger than {self.max_bytes // (1024 * 1024) or 1} MB, which is my limit."

    async def aclose(self) -> None:
        await self._transport.aclose()


def _split_target(url: str) -> tuple[SplitResult, str, int, bool]:
    """(parts, host as sent in DNS/Host/SNI, port, https) of an http(s) URL, else InvalidURL."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise InvalidURL("That doesn't look like a valid web address.") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidURL("Only http:// and https:// addresses can be fetched.")
    host = (parts.hostname or "").rstrip(".")
    try:  # internationalised names travel as punycode in Host, SNI and DNS
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    except UnicodeError:
        host = ""
    if not host:
        raise InvalidURL("That doesn't look like a valid web address.")
    https = parts.scheme.lower() == "https"
    return parts, host, port or (443 if https else 80), https


def decode_body(body: bytes, content_type: str) -> str:
    """Text by BOM, then the charset header, then <meta>/XML declaration, then UTF-8."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace")
    candidates: list[str] = []
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    if match:
        candidates.append(match.group(1))
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        found = pattern.search(head)
        if found:
            candidates.append(found.group(1).decode("ascii", "ignore"))
    for codec in candidates:
        try:
            return body.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")
