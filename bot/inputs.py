"""Reading CLI inputs (files, ``.gz``, URLs, ``-`` for stdin) into briefings."""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing.documents import UnreadableDocument, brief_document
from briefing.models import Briefing, BriefingOptions
from net.fetch import Fetcher, FetchError

MAX_INPUT_BYTES = 5 * 1024 * 1024 * 4  # local files may be larger than uploads; still bounded


class InputError(Exception):
    """One input could not be read; ``str`` is the one-line reason printed on stderr."""


@dataclass(frozen=True)
class BriefedInput:
    spec: str
    briefing: Briefing
    url: str | None


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


async def brief_input(spec: str, options: BriefingOptions, fetcher: Fetcher | None) -> BriefedInput:
    """Brief one input; raises ``InputError`` with a readable reason."""
    if is_url(spec):
        if fetcher is None:
            raise InputError("URL inputs need a fetcher")
        try:
            page = await fetcher.fetch(spec)
        except FetchError as exc:
            raise InputError(str(exc)) from None
        name = "page.html" if page.is_html else "page.txt"
        return BriefedInput(spec, _brief(page.text.encode("utf-8"), name, page.url, options), page.url)
    data, name = await asyncio.to_thread(_read_local, spec)
    return BriefedInput(spec, _brief(data, name, None, options), None)


def _read_local(spec: str) -> tuple[bytes, str]:
    """Bytes and file name of a local path or ``-`` (stdin), bounded in size."""
    if spec == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "stdin"
    else:
        path = Path(spec)
        if not path.is_file():
            raise InputError("no such file")
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(f"file is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(exc.strerror or "cannot read the file") from None
        name = path.name
    if len(data) > MAX_INPUT_BYTES:
        raise InputError("input is too large")
    return data, name


def _brief(data: bytes, name: str, url: str | None, options: BriefingOptions) -> Briefing:
    try:
        return brief_document(data, name, url=url, options=options)
    except UnreadableDocument as exc:
        raise InputError(str(exc)) from None
