"""Guarded HTTP fetching (SSRF, size, timeouts). (SCAFFOLD: the delivery work completes it.)

Contract used by handlers (/add URL) and the feed poller:

    fetcher = Fetcher(allow_private=False)
    page = await fetcher.fetch(url, headers={"If-None-Match": etag})
    page.status, page.url (final, after re-checked redirects), page.text, page.headers
    raises FetchError (its ``str`` is a polite one-line reason safe to show a user)
"""

from __future__ import annotations

import httpx
from pydantic import BaseModel, ConfigDict

MAX_BYTES = 5 * 1024 * 1024


class FetchError(Exception):
    """Any reason a URL could not be fetched; ``str(exc)`` is safe to show to a user."""


class BlockedAddress(FetchError):
    pass


class FetchedPage(BaseModel):
    model_config = ConfigDict(frozen=True)
    url: str
    status: int
    content_type: str = ""
    text: str = ""
    headers: dict[str, str] = {}

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
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.timeout = timeout
        self._client = httpx.AsyncClient(transport=transport, timeout=timeout, follow_redirects=False)

    async def fetch(self, url: str, *, headers: dict[str, str] | None = None) -> FetchedPage:
        try:
            resp = await self._client.get(url, headers=headers)
        except httpx.HTTPError as exc:
            raise FetchError(f"could not fetch the page ({type(exc).__name__})") from exc
        return FetchedPage(
            url=str(resp.url), status=resp.status_code,
            content_type=resp.headers.get("content-type", ""), text=resp.text, headers=dict(resp.headers),
        )

    async def aclose(self) -> None:
        await self._client.aclose()
