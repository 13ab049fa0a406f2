"""Which timed samples a full (generation-2) garbage collection ran inside.

A gen-2 collection stops the event loop for milliseconds to tens of milliseconds depending on
the heap; when a p99 misses, telling "the query is slow" from "a collection landed in that
sample" decides who has to fix what.
"""

from __future__ import annotations

import gc
import time
from typing import Any


class FullGcTracker:
    def __init__(self) -> None:
        self.spans: list[tuple[float, float]] = []
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.spans.append((self._started, time.perf_counter()))

    def __enter__(self) -> FullGcTracker:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc_info: object) -> None:
        gc.callbacks.remove(self._callback)

    def hit(self, t0: float, t1: float) -> bool:
        """True if a full collection overlapped the interval [t0, t1] (perf_counter seconds)."""
        return any(start < t1 and end > t0 for start, end in self.spans[-8:])
