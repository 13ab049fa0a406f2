"""The progress line: drawn on a terminal only, and wiped before a result is printed under it."""

from __future__ import annotations

import io

from bot.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_piped() -> None:
    stream = io.StringIO()
    progress = Progress(["a", "b"], "brief", stream=stream)
    for _ in progress:
        progress.clear()
    assert stream.getvalue() == ""


def test_clear_wipes_the_drawn_line_and_the_next_step_redraws_at_once() -> None:
    stream = FakeTerminal()
    progress = Progress(["a", "b", "c"], "brief", stream=stream)
    seen = []
    for item in progress:
        before = stream.getvalue()
        progress.clear()
        wiped = stream.getvalue()[len(before):]
        # nothing drawn yet before the first item; afterwards each result starts on a clean line
        seen.append((item, wiped))
    assert seen == [("a", ""), ("b", "\r\x1b[K"), ("c", "\r\x1b[K")]
    # every step after a wipe is drawn although the steps came faster than the 10/s throttle,
    # then the final line: 1/3, 2/3, 3/3, 3/3 + newline
    lines = stream.getvalue().replace("\r\x1b[K", "").split("\r")[1:]
    assert [line.split(" (")[0] for line in lines] == ["brief: 1/3", "brief: 2/3", "brief: 3/3", "brief: 3/3"]
    assert stream.getvalue().endswith("\n")
