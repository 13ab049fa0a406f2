"""Reading the console demo's input: lines without a worker thread, and pastes taken whole.

Why no thread: a thread blocked in ``readline`` keeps ``asyncio.run`` from finishing after
Ctrl-C until the user presses Enter. The file descriptor is watched by the event loop instead
(``add_reader``), so Ctrl-C cancels the wait and the demo exits at once.

A paste arrives all at once (the terminal writes it in one go), so a blank line between two
pasted paragraphs has more text right behind it, while an Enter pressed after the paste does
not: that is how a paste is told apart from its end (see ``read_paste``).
"""

from __future__ import annotations

import asyncio
import codecs
import io
import os
import select
from typing import TextIO

PASTE_SETTLE_S = 0.15
"""How long a blank line waits for more pasted text before it counts as "the paste ended".
Terminals deliver a large paste in chunks a few milliseconds apart."""
END_OF_PASTE = "."
MAX_READ = 65536


class LineReader:
    """Lines from a terminal, a pipe or a file; ``None`` at end of input."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        try:
            self._fd: int | None = stream.fileno()
        except (io.UnsupportedOperation, AttributeError, ValueError):
            self._fd = None  # an in-memory stream: read it directly
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._eof = False

    async def readline(self) -> str | None:
        while "\n" not in self._buffer and not self._eof:
            await self._fill()
        if not self._buffer:
            return None
        line, sep, rest = self._buffer.partition("\n")
        self._buffer = rest
        return line.rstrip("\r")

    async def more_waiting(self, settle: float = PASTE_SETTLE_S) -> bool:
        """True when more input is already there (or arrives within ``settle`` seconds)."""
        if "\n" in self._buffer:
            return True
        if self._eof or self._fd is None:
            return bool(self._buffer)
        await asyncio.sleep(settle)
        readable, _, _ = select.select([self._fd], [], [], 0)
        if not readable:
            return False
        await self._fill()
        return bool(self._buffer)

    async def _fill(self) -> None:
        if self._fd is None:
            data = self._stream.read(MAX_READ)
            self._take(data.encode("utf-8") if isinstance(data, str) else data)
            return
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        try:
            loop.add_reader(self._fd, lambda: ready.done() or ready.set_result(None))
        except (OSError, NotImplementedError, ValueError):
            pass  # a regular file (epoll refuses those): reading it never blocks
        else:
            try:
                await ready
            finally:
                loop.remove_reader(self._fd)
        self._take(os.read(self._fd, MAX_READ))

    def _take(self, data: bytes) -> None:
        if not data:
            self._eof = True
            self._buffer += self._decoder.decode(b"", final=True)
            return
        self._buffer += self._decoder.decode(data)


async def read_paste(reader: LineReader, first: str) -> str:
    """Lines from ``first`` on, up to a line holding only ``.``, an empty line with nothing
    pasted behind it, or the end of input; joined with newlines (blank lines kept)."""
    lines = [first]
    while True:
        line = await reader.readline()
        if line is None or line.strip() == END_OF_PASTE:
            break
        if not line.strip() and not await reader.more_waiting():
            break
        lines.append(line)
    return "\n".join(lines).strip()
