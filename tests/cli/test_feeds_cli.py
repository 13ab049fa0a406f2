"""``briefbot feeds import/export`` as a user runs them: a real subprocess, a temporary database."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.opml import FeedOutline, parse_opml
from tests.briefing.test_opml import BILLION_LAUGHS
from tests.cli.test_cli import run_cli

FEEDS = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><body>
  <outline text="News">
    <outline text="Coast &amp; Wire" xmlUrl="https://coastwire.example/rss.xml"/>
    <outline text="Tech" xmlUrl="https://tech.example/atom"/>
  </outline>
  <outline text="Secrets" xmlUrl="file:///etc/passwd"/>
</body></opml>"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "subs.opml").write_bytes(FEEDS)
    return {"DATABASE_PATH": str(tmp_path / "db.sqlite3"), "FETCH_ALLOW_PRIVATE": "false"}


def test_import_then_export_round_trip(tmp_path: Path, env: dict[str, str]) -> None:
    first = run_cli("feeds", "import", "subs.opml", env_extra=env | {"FETCH_ALLOW_PRIVATE": "true"}, cwd=tmp_path)
    assert first.returncode == 1  # one feed refused
    assert first.stdout.decode().splitlines() == [
        "added\thttps://coastwire.example/rss.xml\tCoast & Wire",
        "added\thttps://tech.example/atom\tTech",
    ]
    err = first.stderr.decode()
    assert "refused file:///etc/passwd: Only http:// and https://" in err
    assert "2 added, 0 already present, 1 refused" in err
    assert "checking feeds" not in err  # no progress line when not on a terminal

    again = run_cli("feeds", "import", "subs.opml", env_extra=env | {"FETCH_ALLOW_PRIVATE": "true"}, cwd=tmp_path)
    assert [line.split("\t")[0] for line in again.stdout.decode().splitlines()] == ["present", "present"]

    exported = run_cli("feeds", "export", env_extra=env, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr.decode()
    assert parse_opml(exported.stdout) == [
        FeedOutline(url="https://coastwire.example/rss.xml", title="Coast & Wire"),
        FeedOutline(url="https://tech.example/atom", title="Tech"),
    ]
    to_file = run_cli("feeds", "export", "-o", "out.opml", env_extra=env, cwd=tmp_path)
    assert to_file.returncode == 0 and to_file.stdout == b""
    assert "wrote 2 feeds to out.opml" in to_file.stderr.decode()
    assert parse_opml((tmp_path / "out.opml").read_bytes()) == parse_opml(exported.stdout)


@pytest.mark.parametrize(
    ("data", "reason"),
    [(BILLION_LAUGHS, "entities"), (b"<opml><body>", "well-formed"), (b"x" * (5 * 1024 * 1024 + 1), "over 5 MB")],
)
def test_refused_file_adds_nothing(tmp_path: Path, env: dict[str, str], data: bytes, reason: str) -> None:
    (tmp_path / "bad.opml").write_bytes(data)
    proc = run_cli("feeds", "import", "bad.opml", env_extra=env, cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == b""
    err = proc.stderr.decode()
    assert reason in err and "Nothing was added" in err and "Traceback" not in err
    assert not (tmp_path / "db.sqlite3").exists()  # refused before the database was even opened


def test_missing_file_and_help(tmp_path: Path, env: dict[str, str]) -> None:
    missing = run_cli("feeds", "import", "nope.opml", env_extra=env, cwd=tmp_path)
    assert missing.returncode == 1 and "No such file" in missing.stderr.decode()
    for args in (("feeds", "--help"), ("feeds", "import", "--help"), ("feeds", "export", "--help"), ("feeds",)):
        proc = run_cli(*args, cwd=tmp_path)
        assert proc.returncode == 0 and b"usage: briefbot feeds" in proc.stdout, args
