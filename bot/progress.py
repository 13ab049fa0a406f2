"""A tiny progress line for long CLI work: shown on a terminal, silent when piped."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import Generic, TextIO, TypeVar

T = TypeVar("T")


class Progress(Generic[T]):
    """``for item in Progress(items, "ingest"):`` — redraws at most 10×/s on a TTY stderr."""

    def __init__(self, items: Iterable[T], label: str, *, total: int | None = None, stream: TextIO | None = None):
        self.items = items
        self.label = label
        self.total = total if total is not None else (len(items) if hasattr(items, "__len__") else None)  # type: ignore[arg-type]
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = 0.0
        self._created = time.monotonic()

    def report(self, done: int, *, final: bool = False) -> None:
        """Draw ``done`` of ``total`` for work the caller counts itself (rows, not items)."""
        self._draw(done, self._created, final=final)

    def clear(self) -> None:
        """Wipe the drawn line before printing a result to the same terminal, so the result does
        not start after the progress text; the next step redraws it at once."""
        if self.enabled and self._last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._last = 0.0

    def __iter__(self) -> Iterator[T]:
        start = time.monotonic()
        done = 0
        for item in self.items:
            yield item
            done += 1
            self._draw(done, start)
        self._draw(done, start, final=True)

    def _draw(self, done: int, start: float, *, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self._last < 0.1:
            return
        self._last = now
        rate = done / max(now - start, 1e-9)
        of = f"/{self.total}" if self.total is not None else ""
        self.stream.write(f"\r{self.label}: {done}{of} ({rate:.1f}/s)\x1b[K")
        if final:
            self.stream.write("\n")
        self.stream.flush()
