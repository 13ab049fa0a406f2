"""Reading CLI inputs (files, directories, ``.gz``, URLs, ``-`` for stdin) into briefings.

Files and pages go through the same ``briefing.pipeline`` functions as the chat's documents and
``/add URL``, so they are read, labelled, refused and fingerprinted exactly alike.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.documents import ACCEPTED_SUFFIXES, UnreadableDocument, is_accepted
from briefing.intake import NotAnArticle
from briefing.models import Briefing, BriefingOptions
from briefing.pipeline import brief_document, brief_page
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


def expand_inputs(specs: list[str] | tuple[str, ...]) -> list[str]:
    """A directory stands for the article files directly inside it (name order); other specs
    are kept as given. A directory with no such file stays, and is reported as an error."""
    out: list[str] = []
    for spec in specs:
        path = Path(spec)
        if is_url(spec) or spec == "-" or not path.is_dir():
            out.append(spec)
            continue
        files = sorted(str(p) for p in path.iterdir() if p.is_file() and is_accepted(p.name))
        out.extend(files or [spec])
    return out


async def brief_input(spec: str, options: BriefingOptions, fetcher: Fetcher | None) -> BriefedInput:
    """Brief one input; raises ``InputError`` with a readable reason."""
    if is_url(spec):
        if fetcher is None:
            raise InputError("URL inputs need a fetcher")
        try:
            page = await fetcher.fetch(spec)
        except FetchError as exc:
            raise InputError(str(exc)) from None
        briefing = _brief(lambda: brief_page(page.text, url=page.url, is_html=page.is_html, options=options))
        return BriefedInput(spec, briefing, page.url)
    data, name = await asyncio.to_thread(_read_local, spec)
    return BriefedInput(spec, _brief(lambda: brief_document(data, name, options=options)), None)


def _read_local(spec: str) -> tuple[bytes, str]:
    """Bytes and file name of a local path or ``-`` (stdin), bounded in size."""
    if spec == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "-"  # no file name: labelled like pasted text
    else:
        path = Path(spec)
        if path.is_dir():
            raise InputError(f"a directory with no {'/'.join(ACCEPTED_SUFFIXES)} files in it")
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


def _brief(make: Callable[[], Briefing]) -> Briefing:
    try:
        return make()
    except UnreadableDocument as exc:
        raise InputError(str(exc)) from None
    except NotAnArticle as exc:
        raise InputError(f"not an article: {exc}") from None
