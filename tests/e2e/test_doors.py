"""Every door gives the same result: CLI ingest, /add text, /add as a reply, bare /add + paste,
documents and /add URL read the same article alike, refuse the same junk alike, and recognise
each other's copies as duplicates."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from briefing.parse_fallback import load_parser
from fakebot import FakeBotServer
from handlers.admin_add import NO_ARTICLE
from tests.e2e import ADMIN_ID
from tests.e2e.conftest import REPO_ROOT

# A story without a title line, hard-wrapped at 72 columns as an e-mail client sends it.
WRAPPED_STORY = """\
Dock workers at the port of Odesa walked out on Monday, halting grain
exports worth $40 million a day, union leaders said. The strike is the
first at the port since the war began.

"We will stay out until the wage offer is improved," said union head Petro
Kovalenko. Kovalenko said 3,000 workers had joined the walkout.

The ministry said talks would resume on June 4 and warned that 12 ships
were waiting to load.
"""
FIRST_SENTENCE = (
    "Dock workers at the port of Odesa walked out on Monday, halting grain exports worth "
    "$40 million a day, union leaders said."
)
# The second quote has no speaker the rules can read (the aside "though" cuts the subject from its
# verb); the optional parse fallback names one.
STADIUM_STORY = """\
Stadium vote splits the council

Vice Mayor Tom Ochoa said the council should vote before Labor Day.

Even a veteran GOP strategist, though, said the mayor will have to pick a side soon, adding, “Sooner or later he has to \
say where he stands on the stadium deal.”

“If we wait until the fall, the builders will walk away from the whole thing,” Ochoa said.
"""
JUNK = "Notes\nasdkjfh qwpoeiru zmxncbv alskdjf sdlkfj weoiru xcmvn qpwoeir"
EMPTY_PAGE = "<html><head><title>Loading…</title></head><body><div id='app'></div></body></html>"


async def run_cli(*args: str, database: Path, cwd: Path, **settings: str) -> tuple[int, str, str]:
    """``python -m bot …`` as a user runs it, without blocking the bot's event loop."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "ADMIN_", "PARSE_"))}
    env |= {"DATABASE_PATH": str(database), "PYTHONPATH": str(REPO_ROOT)} | settings
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    return proc.returncode or 0, out.decode(), err.decode()


@pytest.fixture
async def site() -> AsyncIterator[str]:
    """127.0.0.1 pages: the story as plain text, and an HTML page with no text."""

    async def story(request: web.Request) -> web.Response:
        return web.Response(text=WRAPPED_STORY, content_type="text/plain")

    async def empty(request: web.Request) -> web.Response:
        return web.Response(text=EMPTY_PAGE, content_type="text/html")

    app = web.Application()
    app.router.add_get("/story.txt", story)
    app.router.add_get("/empty", empty)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    port = tcp._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def test_the_same_text_through_the_cli_and_every_chat_door_is_one_article(
    fake_server: FakeBotServer, start_bot, tmp_path: Path
) -> None:
    database = tmp_path / "shared.sqlite3"
    (tmp_path / "strike.txt").write_text(WRAPPED_STORY.replace("\n", "\r\n"), encoding="utf-8")
    code, out, err = await run_cli("ingest", "strike.txt", database=database, cwd=tmp_path)
    assert code == 0, err
    status, article_id, spec, title = out.strip().split("\t")
    assert (status, spec) == ("added", "strike.txt") and title.startswith("Dock workers at the port of Odesa")
    app = await start_bot(database_path=database)

    already = f"Already have it as {article_id}"
    assert already in (await fake_server.ask(ADMIN_ID, "/add " + WRAPPED_STORY))[0].plain_text
    assert already in (await fake_server.ask(ADMIN_ID, "/add", reply_to_text=WRAPPED_STORY))[0].plain_text
    await fake_server.ask(ADMIN_ID, "/add")
    assert already in (await fake_server.ask(ADMIN_ID, WRAPPED_STORY))[0].plain_text
    sent = len(fake_server.messages(ADMIN_ID))
    await fake_server.send_document(ADMIN_ID, WRAPPED_STORY.encode(), file_name="copy.txt")
    assert already in (await fake_server.wait_for_messages(ADMIN_ID, sent + 1))[-1].plain_text
    assert await app.bot_data.store.articles.count() == 1


@pytest.mark.skipif(load_parser() is None, reason="spaCy with an English model is not installed")
async def test_the_parse_fallback_setting_reaches_the_cli_and_the_chat_alike(
    fake_server: FakeBotServer, start_bot, tmp_path: Path
) -> None:
    (tmp_path / "stadium.txt").write_text(STADIUM_STORY, encoding="utf-8")

    async def cli_speaker(**settings: str) -> str | None:
        code, out, err = await run_cli("brief", "--json", "stadium.txt", database=tmp_path / "x.db", cwd=tmp_path, **settings)
        assert code == 0, err
        return next(q["speaker"] for q in json.loads(out)["quotes"] if q["text"].startswith("Sooner or later"))

    assert await cli_speaker() is None, "off by default: the rules alone leave this quote without a speaker"
    assert await cli_speaker(PARSE_FALLBACK="true") == "a veteran GOP strategist"
    app = await start_bot(parse_fallback=True)
    assert "Added as" in (await fake_server.ask(ADMIN_ID, "/add " + STADIUM_STORY))[0].plain_text
    [article] = (await app.bot_data.store.articles.latest()).items
    stored = await app.bot_data.store.articles.get(article.id)
    assert [q.speaker for q in stored.briefing.quotes if q.text.startswith("Sooner or later")] == ["a veteran GOP strategist"]


async def test_text_without_a_title_line_keeps_every_sentence(fake_server: FakeBotServer, bot_app, site: str) -> None:
    reply = (await fake_server.ask(ADMIN_ID, f"/add {site}/story.txt"))[0].plain_text
    assert "Added as #1" in reply
    [article] = (await bot_app.bot_data.store.articles.latest()).items
    stored = await bot_app.bot_data.store.articles.get(article.id)
    assert stored.briefing.title_derived and stored.title.startswith("Dock workers at the port of Odesa")
    assert stored.briefing.paragraphs[0].startswith(FIRST_SENTENCE)  # the first sentence is body
    assert FIRST_SENTENCE in stored.briefing.summary
    assert stored.source == "127.0.0.1"  # the page's site, not "pasted text"
    assert "Petro Kovalenko" in reply and "$40 million" in reply


async def test_a_document_is_labelled_with_its_file_name(fake_server: FakeBotServer, bot_app) -> None:
    await fake_server.send_document(ADMIN_ID, WRAPPED_STORY.encode(), file_name="odesa-strike.txt")
    reply = (await fake_server.wait_for_messages(ADMIN_ID, 1))[-1].plain_text
    assert "Added as" in reply and "odesa-strike.txt" in reply and "pasted text" not in reply


async def test_junk_is_refused_the_same_way_by_every_door(
    fake_server: FakeBotServer, bot_app, site: str, tmp_path: Path
) -> None:
    def refused(text: str) -> bool:
        return text.startswith("I couldn't find article text there") and text == NO_ARTICLE

    assert refused((await fake_server.ask(ADMIN_ID, "/add " + JUNK))[0].plain_text)
    assert refused((await fake_server.ask(ADMIN_ID, "/add", reply_to_text=JUNK))[0].plain_text)
    await fake_server.ask(ADMIN_ID, "/add")
    assert refused((await fake_server.ask(ADMIN_ID, JUNK))[0].plain_text)
    assert refused((await fake_server.ask(ADMIN_ID, f"/add {site}/empty"))[0].plain_text)
    for name, data in (("empty.txt", b""), ("blank.txt", b"  \r\n\r\n "), ("app.html", EMPTY_PAGE.encode())):
        sent = len(fake_server.messages(ADMIN_ID))
        await fake_server.send_document(ADMIN_ID, data, file_name=name)
        assert refused((await fake_server.wait_for_messages(ADMIN_ID, sent + 1))[-1].plain_text), name
    assert await bot_app.bot_data.store.articles.count() == 0

    # The command line refuses the same inputs: one line each on stderr, exit status 1.
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_text(JUNK, encoding="utf-8")
    (tmp_path / "app.html").write_text(EMPTY_PAGE, encoding="utf-8")
    database = tmp_path / "cli.sqlite3"
    code, out, err = await run_cli("ingest", "empty.txt", "junk.txt", "app.html", database=database, cwd=tmp_path)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert [line.split(":")[1].strip() for line in lines] == ["empty.txt", "junk.txt", "app.html"]
    assert all("not an article" in line for line in lines) and "Traceback" not in err
