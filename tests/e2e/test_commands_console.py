"""The offline console demo: ``python -m bot console`` with piped stdin, as a new user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_TITLES = ("Ukraine and Russia hold second round of talks", "OPEC+ agrees third large output increase")


def run_console(tmp_path: Path, script: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_", "WEBHOOK_", "ADMIN_"))}
    env |= {"DATABASE_PATH": str(tmp_path / "console.sqlite3"), "PYTHONPATH": str(REPO_ROOT), "LOG_LEVEL": "WARNING"}
    return subprocess.run(
        [sys.executable, "-m", "bot", "console"], input=script, capture_output=True, text=True,
        cwd=tmp_path, env=env, timeout=120, check=False,
    )


def test_console_seeds_samples_and_answers_piped_commands(tmp_path: Path) -> None:
    result = run_console(tmp_path, "/latest 10\n/brief 1\n/subscribe energy\n2\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for title in SAMPLE_TITLES:
        assert title in out
    assert "Key quotes" in out and "Subscribed" in out
    assert "\033[" not in out  # no ANSI codes when stdout is not a terminal
    assert "Traceback" not in result.stderr
    # Second run reuses the same database: no re-seeding, /add works for the console admin.
    again = run_console(tmp_path, "/add Wind farm approved\\nThe council approved a 40-turbine wind farm on Monday, officials said.\n/quit\n/latest\n")
    assert again.returncode == 0, again.stderr
    assert "Loaded 8" not in again.stdout and "Added as #9" in again.stdout
    assert "/latest" not in again.stdout.split("/quit")[-1]  # /quit stopped reading


STORY_HTML = """<!doctype html><html><head><title>Harbour reopens after storm</title>
<meta property="og:site_name" content="Coast Wire"></head><body><article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Friday after a week of repairs, the port authority said, and 40 ships queued to enter.</p>
<p>"We worked day and night," said harbour master Ivan Melnyk.</p></article></body></html>"""


def test_console_takes_a_paste_whole_and_uploads_a_file(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(STORY_HTML, encoding="utf-8")
    script = (
        "/add\n"
        "Wind farm approved off the coast\n"
        "\n"
        "The council approved a 40-turbine wind farm on Monday, officials said.\n"
        "\n"
        '"This is a big day," said Mayor Olga Ivanenko.\n'
        ".\n"
        "/file story.html\n"
        "/file missing.html\n"
    )
    result = run_console(tmp_path, script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "a line holding only '.'" in out  # the prompt says how a paste ends
    assert out.count("Added as") == 2 and "Added as #9" in out and "Added as #10" in out
    assert "couldn't find" not in out  # no paragraph was sent on its own
    assert "Olga Ivanenko" in out.split("Added as #9")[1]
    assert "(sent story.html" in out and "Coast Wire" in out.split("Added as #10")[1]
    assert "can't send missing.html" in out and "Traceback" not in result.stderr


def test_console_feed_list_commands(tmp_path: Path) -> None:
    # literal addresses only: a host name would be looked up (the console keeps the production guard)
    result = run_console(tmp_path, "/feeds_export\n/feed_add https://93.184.216.34/rss\n/feed_add file:///etc/passwd\n"
                                   "/feed_add http://127.0.0.1/rss\n/feeds\n/feeds_export\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "No feeds to export yet" in out and "Added feed https://93.184.216.34/rss" in out
    assert "private network" in out
    assert "Feeds (1)" in out and "1 feed (OPML 2.0)" in out
    assert "[file: briefbot-feeds-" in out and ".opml, " in out
