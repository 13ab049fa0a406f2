"""The console demo on a real terminal (a pseudo-terminal), as a person uses it: a multi-paragraph
paste after a bare /add is one article, a push arriving while you type redraws the prompt, an
id removed in the console is not handed out again, and Ctrl-C exits at once."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import REPO_ROOT

STARTUP_S = 90.0  # a cold start imports trafilatura etc. on a busy 2-core machine
STEP_S = 60.0
PASTE = (
    "Wind farm approved off the coast\n"
    "\n"
    "The council approved a 40-turbine wind farm on Monday, officials said, ending a\n"
    "three-year planning fight over the project in the northern bay.\n"
    "\n"
    '"This is a big day for the town," said Mayor Olga Ivanenko. The wind farm will cost\n'
    "$1.2 billion and power 300,000 homes, the developer said.\n"
)
SECOND_STORY = (
    "Second wind farm gets the go-ahead\n\n"
    "Regulators approved a second offshore wind farm on Thursday, a 60-turbine project that "
    "the developer said would be built by 2029 and supply 450,000 homes.\n"
)
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class Terminal:
    """``python -m bot console`` with a pseudo-terminal as its controlling terminal."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes the console (never returns)
            os.chdir(cwd)
            os.execve(sys.executable, [sys.executable, "-m", "bot", "console"], env)
        self.output = ""

    def write(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def expect(self, pattern: str, timeout: float = STEP_S, *, after: int = 0) -> int:
        """Read until ``pattern`` (a regex) shows after position ``after``; its end position."""
        deadline = time.monotonic() + timeout
        while True:
            found = re.compile(pattern).search(self.plain, after)
            if found:
                return found.end()
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._read(remaining):
                raise AssertionError(f"{pattern!r} not seen; output so far:\n{self.plain[-3000:]}")

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # the child closed the terminal
            return False
        self.output += data.decode("utf-8", "replace")
        return bool(data)

    @property
    def plain(self) -> str:
        return ANSI.sub("", self.output).replace("\r", "")

    def wait_exit(self, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self._read(0.1)
        return None

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


@pytest.fixture
def console_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "WEBHOOK_", "ADMIN_"))}
    return env | {
        "DATABASE_PATH": str(tmp_path / "console.sqlite3"), "PYTHONPATH": str(REPO_ROOT),
        "LOG_LEVEL": "WARNING", "PUSH_INTERVAL_SECONDS": "1", "TERM": "xterm", "PYTHONFAULTHANDLER": "1",
    }  # fmt: skip


def test_paste_push_redraw_remove_then_add_and_ctrl_c(tmp_path: Path, console_env: dict[str, str]) -> None:
    term = Terminal(console_env, tmp_path)
    try:
        term.expect(r"you> $", STARTUP_S)
        assert "/file" in term.plain and "a line holding only '.'" in term.plain
        at = len(term.plain)
        term.write("/subscribe wind\n")
        at = term.expect(r"Subscribed(?:.*\n)*?you> $", after=at)

        # A bare /add, then a paste with blank lines in it, then Enter on an empty line.
        term.write("/add\n")
        at = term.expect(r"paste> $", after=at)
        term.write(PASTE)  # one write, as a terminal delivers a paste
        time.sleep(1.0)  # the person looks at it, then presses Enter
        term.write("\n")
        at = term.expect(r"Added as #9", after=at)
        at = term.expect(r"New on wind", after=at)
        assert "couldn't find" not in term.plain and term.plain.count("Added as") == 1  # one message

        # Remove it, then a second story arrives from outside (the CLI) while you are at the prompt.
        term.write("/remove 9\n")
        at = term.expect(r"Removed[^\n]*\n(?:.*\n)*?you> $", after=at)
        (tmp_path / "second.txt").write_text(SECOND_STORY, encoding="utf-8")
        ingest = subprocess.run(
            [sys.executable, "-m", "bot", "ingest", "second.txt"], cwd=tmp_path, env=console_env,
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert ingest.stdout.startswith("added\t#10\t"), ingest.stderr  # not #9 again
        at = term.expect(r"New on wind(?:.*\n)*?.*/brief 10(?:.*\n)*?you> $", after=at)
        assert "\x1b[K" in term.output  # the prompt line was cleared, the push printed, the prompt redrawn

        # Ctrl-C at the prompt: the console shuts the bot down and exits, without waiting for Enter.
        term.write("\x03")
        code = term.wait_exit(30.0)
        if code is None:  # hung: make faulthandler print every thread's stack, for the message
            os.kill(term.pid, signal.SIGABRT)
            term.wait_exit(5.0)
        assert code == 0, term.plain[-6000:]
        assert "Traceback" not in term.plain
    finally:
        term.kill()
