"""The ``briefbot`` CLI as a user runs it: a real subprocess, a temporary database."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE_TXT = """Ukraine says drones hit two Russian airfields
Ukraine said on Sunday that its drones struck two Russian airfields overnight, destroying 13 aircraft.
“This was a precise operation,” Defence Minister Rustem Umerov said in a statement.

Russia's defence ministry said it had shot down 296 Ukrainian drones over 13 regions.
"""

ARTICLE_HTML = """<!doctype html><html><head><title>EU agrees new energy package | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-06-02T10:00:00Z"></head>
<body><nav>Home | World | Business</nav><article><h1>EU agrees new energy package</h1>
<p>European Union ministers agreed on Monday a package worth 3 billion euros to cut gas imports.</p>
<p>The plan would reduce imports by 40 percent over three years, officials said.</p>
<p>“We cannot depend on a single supplier,” said Energy Commissioner Kadri Simson.</p>
</article><footer>Cookies policy</footer></body></html>"""


REPO_ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env_extra: dict[str, str] | None = None, stdin: bytes | None = None, cwd: Path):
    env = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "ADMIN_IDS", "DATABASE_PATH", "DATABASE_URL"}}
    env["PYTHONPATH"] = str(REPO_ROOT)  # this checkout's code, as the other subprocess tests run it
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120
    )


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE_TXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(ARTICLE_HTML, encoding="utf-8")
    return tmp_path


def test_ingest_twice_adds_once_and_stats_counts(workdir: Path):
    env = {"DATABASE_PATH": str(workdir / "db" / "b.sqlite3")}
    first = run_cli("ingest", "a.txt", "b.html", env_extra=env, cwd=workdir)
    assert first.returncode == 0, first.stderr.decode()
    added = [line.split("\t") for line in first.stdout.decode().splitlines()]
    assert [row[0] for row in added] == ["added", "added"]
    ids = {row[1] for row in added}
    assert len(ids) == 2

    second = run_cli("ingest", "a.txt", "b.html", env_extra=env, cwd=workdir)
    assert second.returncode == 0, second.stderr.decode()
    dupes = [line.split("\t") for line in second.stdout.decode().splitlines()]
    assert [row[0] for row in dupes] == ["duplicate", "duplicate"]
    assert {row[1] for row in dupes} == ids, "a duplicate is reported with the existing id"

    stats = run_cli("stats", env_extra=env, cwd=workdir)
    assert stats.returncode == 0
    assert "articles       2" in stats.stdout.decode()


def test_brief_json_lines_for_many_inputs_and_one_bad(workdir: Path):
    gz = workdir / "c.html.gz"
    gz.write_bytes(gzip.compress(ARTICLE_HTML.encode()))
    proc = run_cli("brief", "--json", "a.txt", "missing.txt", "c.html.gz", "-", stdin=ARTICLE_TXT.encode(), cwd=workdir)
    assert proc.returncode == 1, "one input failed"
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "missing.txt" in err[0] and "Traceback" not in proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["path"] for r in rows] == ["a.txt", "c.html.gz", "-"]
    for row in rows:
        assert set(row) == {"path", "url", "title", "title_derived", "source", "language", "text",
                            "summary", "quotes", "figures", "topics", "published"}
        assert row["language"] == "en"
        assert row["summary"] and all(s in row["text"] for s in row["summary"])
    # a file is labelled by the page's site, else its name; stdin like pasted text (no label)
    assert [r["source"] for r in rows] == ["a.txt", "Example News", None]
    assert rows[0]["title"] == "Ukraine says drones hit two Russian airfields"
    assert rows[1]["title"].startswith("EU agrees new energy package")
    assert "Cookies policy" not in rows[1]["text"]


def test_brief_readable_and_sentences_option(workdir: Path):
    proc = run_cli("brief", "--sentences", "1", "a.txt", cwd=workdir)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert out.startswith("Ukraine says drones hit two Russian airfields")
    assert out.count("  • ") >= 1 and "Summary:" in out


def test_binary_input_is_refused_politely(workdir: Path):
    (workdir / "x.txt").write_bytes(bytes(range(256)) * 10)
    proc = run_cli("brief", "x.txt", cwd=workdir)
    assert proc.returncode == 1
    assert "binary" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_bad_admin_ids_is_one_clear_line(workdir: Path):
    proc = run_cli("run", env_extra={"ADMIN_IDS": "abc"}, cwd=workdir)
    assert proc.returncode == 2
    err = proc.stderr.decode().strip()
    assert err.startswith("Invalid setting ADMIN_IDS:") and len(err.splitlines()) == 1


@pytest.mark.parametrize("command", ["run", "stats"])
def test_unreachable_database_is_one_line_naming_host_not_password(workdir: Path, command: str):
    from storage.postgres.throwaway import free_port

    port = free_port()  # nothing listens there
    url = f"postgresql://bot:hunter2@127.0.0.1:{port}/briefbot"
    proc = run_cli(command, env_extra={"DATABASE_URL": url, "BOT_TOKEN": "123:ABC"}, cwd=workdir)
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2, err
    assert err.startswith("Cannot open the database (DATABASE_URL, 127.0.0.1:") and str(port) in err
    assert len(err.splitlines()) == 1 and "hunter2" not in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["run", "console", "brief", "ingest", "quotes", "stats", "eval"])
def test_help_everywhere(workdir: Path, command: str):
    proc = run_cli(command, "--help", cwd=workdir)
    assert proc.returncode == 0 and b"usage: briefbot " + command.encode() in proc.stdout


def test_store_copy_to_postgres_verifies_and_refuses_a_foreign_target(workdir: Path, pg_cluster):
    import asyncio

    from tests.postgres import new_database

    db = workdir / "data" / "old.sqlite3"
    env = {"DATABASE_PATH": str(db)}
    assert run_cli("ingest", "a.txt", "b.html", env_extra=env, cwd=workdir).returncode == 0
    target = asyncio.run(new_database(pg_cluster)).replace("briefbot@", "briefbot:pw-not-shown@")
    proc = run_cli("store", "copy", "--from", f"sqlite:///{db}", "--to", target, cwd=workdir)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0, err
    assert "articles" in out and "2 → 2" in out and "MISMATCH" not in out and "copied and verified" in out
    assert err == "" and "pw-not-shown" not in out  # piped: no progress lines; password redacted
    # the bot reads the copy: stats through DATABASE_URL
    stats = run_cli("stats", env_extra={"DATABASE_URL": target}, cwd=workdir).stdout.decode()
    assert "articles       2" in stats
    # another source into the same target is refused (resuming is tested in tests/storage)
    refused = run_cli("store", "copy", "--from", str(workdir / "other.sqlite3"), "--to", target, cwd=workdir)
    assert refused.returncode == 2 and "refused" in refused.stderr.decode()


PARAGRAPH_TXT = (
    "Dock workers at the port of Odesa walked out on Monday, halting grain exports worth $40 million "
    "a day, union leaders said. “We will stay out until the wage offer is improved,” said union head "
    "Petro Kovalenko. The ministry said talks would resume on June 4.\n"
)
WRAPPED_TXT = """\
The city council voted on Tuesday to close the old bridge over the river
for repairs that engineers say cannot wait another winter, a decision
that will force about 20,000 commuters onto detours for at least eight
months.

Council members said the steel supports had corroded faster than
expected. "We have no choice," said Mayor Anna Petrenko, who added that
buses would run every ten minutes during the closure.
"""


def test_brief_one_paragraph_file_is_body_with_a_derived_title(workdir: Path):
    (workdir / "para.txt").write_text(PARAGRAPH_TXT, encoding="utf-8")
    proc = run_cli("brief", "--json", "para.txt", cwd=workdir)
    assert proc.returncode == 0, proc.stderr.decode()
    row = json.loads(proc.stdout)
    assert row["title_derived"] and row["title"].startswith("Dock workers at the port of Odesa")
    assert row["text"] == PARAGRAPH_TXT.strip()  # every sentence, the first one included
    assert row["summary"][0].startswith("Dock workers") and len(row["summary"]) == 3
    assert [q["speaker"] for q in row["quotes"]] == ["Petro Kovalenko"]
    assert any(f["text"].startswith("$40 million") for f in row["figures"])
    assert row["source"] == "para.txt"


def test_brief_hard_wrapped_file_reads_whole_sentences(workdir: Path):
    (workdir / "wrapped.txt").write_text(WRAPPED_TXT, encoding="utf-8")
    row = json.loads(run_cli("brief", "--json", "wrapped.txt", cwd=workdir).stdout)
    assert row["title"].startswith("The city council voted on Tuesday to close the old bridge")
    assert row["summary"][0].endswith("for at least eight months.")  # not cut at a line end
    assert [q["speaker"] for q in row["quotes"]] == ["Anna Petrenko"]


@pytest.mark.parametrize("content", [b"", b"   \n\n\t", b"Notes\nasdkjfh qwpoeiru zmxncbv alskdjf sdlkfj"])
def test_empty_or_junk_file_is_refused_with_one_line_and_not_stored(workdir: Path, content: bytes):
    (workdir / "empty.txt").write_bytes(content)
    env = {"DATABASE_PATH": str(workdir / "db.sqlite3")}
    for command in ("brief", "ingest"):
        proc = run_cli(command, "empty.txt", env_extra=env, cwd=workdir)
        err = proc.stderr.decode().strip()
        assert proc.returncode == 1 and proc.stdout == b""
        assert len(err.splitlines()) == 1 and err.startswith("briefbot: empty.txt: not an article:"), err
    stats = run_cli("stats", env_extra=env, cwd=workdir).stdout.decode()
    assert "articles       0" in stats


def test_brief_a_directory_briefs_the_article_files_in_it(workdir: Path):
    folder = workdir / "articles"
    folder.mkdir()
    (folder / "b.txt").write_text(PARAGRAPH_TXT, encoding="utf-8")
    (folder / "a.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    proc = run_cli("brief", "--json", "articles", cwd=workdir)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [Path(r["path"]).name for r in rows] == ["a.html", "b.txt"]
    (workdir / "nothing").mkdir()
    proc = run_cli("brief", "nothing", cwd=workdir)
    err = proc.stderr.decode().strip()
    assert proc.returncode == 1 and len(err.splitlines()) == 1 and "directory" in err and "nothing" in err


@pytest.mark.parametrize("command", ["brief", "ingest"])
def test_brief_and_ingest_help_explain_their_inputs(workdir: Path, command: str):
    out = run_cli(command, "--help", cwd=workdir).stdout.decode()
    for words in ("DIRECTORY", "URL", "standard input", "title", "Hard-wrapped", "not an article"):
        assert words.lower() in out.lower(), words
    if command == "ingest":
        assert "DATABASE_PATH" in out and "duplicate" in out


def test_quotes_by_name_readable_and_json_lines(workdir: Path):
    env = {"DATABASE_PATH": str(workdir / "q.sqlite3")}
    assert run_cli("ingest", "a.txt", "b.html", env_extra=env, cwd=workdir).returncode == 0
    for name in (["Umerov"], ["Rustem", "Umerov"], ["Mr. Umerov"]):
        proc = run_cli("quotes", *name, env_extra=env, cwd=workdir)
        assert proc.returncode == 0, proc.stderr.decode()
        [line] = proc.stdout.decode().splitlines()
        assert "  Rustem Umerov: “This was a precise operation" in line
        assert "Ukraine says drones hit two Russian airfields" in line and "Simson" not in line
    proc = run_cli("quotes", "Kadri Simson", "--json", env_extra=env, cwd=workdir)
    [row] = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert row["speaker"] == "Kadri Simson" and row["text"].startswith("We cannot depend on a single supplier")
    assert row["date"] == "2025-06-02" and row["title"] == "EU agrees new energy package"
    assert set(row) == {"article_id", "date", "speaker", "text", "title", "source", "url"}


def test_quotes_unknown_name_and_most_quoted(workdir: Path):
    env = {"DATABASE_PATH": str(workdir / "q.sqlite3")}
    assert run_cli("ingest", "a.txt", "b.html", env_extra=env, cwd=workdir).returncode == 0
    proc = run_cli("quotes", "Umarov", env_extra=env, cwd=workdir)
    assert proc.returncode == 1 and proc.stdout == b""
    assert "No quotes from “Umarov”. Did you mean: Rustem Umerov?" in proc.stderr.decode()
    for hostile in ("'; DROP TABLE quotes; --", "🔥", "x" * 4000, '"a" NEAR(b)'):
        proc = run_cli("quotes", hostile, env_extra=env, cwd=workdir)
        assert proc.returncode == 1 and "No quotes from" in proc.stderr.decode() and b"Traceback" not in proc.stderr
    top = run_cli("quotes", "--json", env_extra=env, cwd=workdir)
    people = [json.loads(line) for line in top.stdout.decode().splitlines()]
    assert {p["name"] for p in people} == {"Rustem Umerov", "Kadri Simson"}
    assert all(p["quotes"] == 1 for p in people)
    assert run_cli("quotes", "x", "--limit", "0", env_extra=env, cwd=workdir).returncode == 2
