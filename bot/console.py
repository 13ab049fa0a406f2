"""Offline console demo: chat with the REAL bot in a terminal, no Telegram account needed.

The same ``build_application`` runs against an in-process fake Bot API (``fakebot``) on
127.0.0.1 with a dummy token, using the configured database (seeded from ``bot/samples`` on
first run). You are an admin in a private chat, so /add works. Inline buttons are listed as
numbered choices: type ``1`` (or ``b1``) to press one. EOF or /quit exits.

Each line is sent as one update; a late handler group marks the update processed, so every
reply is printed before the next line is read — no sleeps, and piped stdin works.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import sys
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application, TypeHandler

from bot.settings import Settings
from fakebot import FakeBotServer, SentMessage

log = logging.getLogger("briefbot.console")

CONSOLE_USER_ID = 1_000_001
CONSOLE_TOKEN = "111111:CONSOLE-DEMO-TOKEN"
SAMPLES_DIR = Path(__file__).parent / "samples"
DONE_GROUP = 1_000  # after every real handler group
REPLY_TIMEOUT_S = 60.0
_PRESS = re.compile(r"b?(\d{1,2})")


class TerminalRenderer:
    """Telegram HTML → readable terminal text (bold via ANSI on a TTY, plain otherwise)."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def text(self, source: str | None) -> str:
        out = source or ""
        bold_on, bold_off = ("\033[1m", "\033[0m") if self.color else ("", "")
        out = re.sub(r"<b>|<strong>", bold_on, out)
        out = re.sub(r"</b>|</strong>", bold_off, out)
        out = re.sub(r'<a href="([^"]*)">(.*?)</a>', lambda m: f"{m.group(2)} ({m.group(1)})", out, flags=re.S)
        out = re.sub(r"<[^>]+>", "", out)
        return html.unescape(out)


async def seed_samples(store: object, samples: Path = SAMPLES_DIR) -> int:
    """Add the shipped sample articles when the store has none; returns how many were added."""
    from briefing.documents import brief_document
    from storage.errors import DuplicateArticle

    if await store.articles.count() > 0:  # type: ignore[attr-defined]
        return 0
    added = 0
    paths = await asyncio.to_thread(lambda: sorted(samples.iterdir()))
    for path in paths:
        if path.suffix not in (".txt", ".html", ".htm", ".md"):
            continue
        data = await asyncio.to_thread(path.read_bytes)
        briefing = await asyncio.to_thread(brief_document, data, path.name)
        if not briefing.source:
            briefing = briefing.model_copy(update={"source": "briefbot sample"})
        try:
            await store.articles.add(briefing)  # type: ignore[attr-defined]
        except DuplicateArticle:
            continue
        added += 1
    return added


class ConsoleChat:
    def __init__(self, server: FakeBotServer, app: Application, out: TextIO, color: bool) -> None:
        self.server, self.app, self.out = server, app, out
        self.render = TerminalRenderer(color)
        self.processed = 0
        self._changed = asyncio.Event()
        self.buttons: list[tuple[int, str]] = []  # (message_id, callback_data) by number
        self._seen_messages = 0
        self._seen_edits = 0
        self._seen_answers = 0
        app.add_handler(TypeHandler(Update, self._mark_processed), group=DONE_GROUP)

    async def _mark_processed(self, update: Update, context: object) -> None:
        self.processed += 1
        self._changed.set()

    async def _wait_processed(self, target: int) -> None:
        async with asyncio.timeout(REPLY_TIMEOUT_S):
            while self.processed < target:
                self._changed.clear()
                await self._changed.wait()

    async def handle_line(self, line: str) -> None:
        target = self.processed + 1
        press = _PRESS.fullmatch(line)
        if press and self.buttons and 1 <= int(press.group(1)) <= len(self.buttons):
            message_id, data = self.buttons[int(press.group(1)) - 1]
            await self.server.press_button(CONSOLE_USER_ID, message_id, data, check=False)
        else:
            # a typed "\n" is a line break, so "/add Title\nBody…" works on one terminal line
            await self.server.send_text(CONSOLE_USER_ID, line.replace("\\n", "\n"), first_name="You")
        await self._wait_processed(target)
        self.print_new()

    def _activity(self) -> int:
        server = self.server
        return len(server.messages(CONSOLE_USER_ID)) + len(server.edits_in(CONSOLE_USER_ID)) + len(server.callback_answers)

    async def follow(self) -> None:
        """Print what the bot sends on its own (subscription pushes, digests) as it arrives."""
        while True:
            seen = self._activity()
            try:
                await self.server.wait_for(lambda seen=seen: self._activity() > seen, timeout=3600)
            except AssertionError:  # an idle hour: keep following
                continue
            self.print_new()

    def print_new(self) -> None:
        for answer in self.server.callback_answers[self._seen_answers :]:
            if answer.text:
                self._write(f"  ({answer.text})")
        self._seen_answers = len(self.server.callback_answers)
        messages = self.server.messages(CONSOLE_USER_ID)
        edits = self.server.edits_in(CONSOLE_USER_ID)[self._seen_edits :]
        self._seen_edits += len(edits)
        for edit in edits:
            sent = next((m for m in messages if m.message_id == edit.message_id), None)
            if sent is not None:
                self._write("bot (edited):")
                self._show(sent)
        for sent in messages[self._seen_messages :]:
            self._write("bot:")
            self._show(sent)
        self._seen_messages = len(messages)

    def _show(self, sent: SentMessage) -> None:
        self._write(self.render.text(sent.text))
        if sent.document:  # e.g. /feeds_export: say what was sent (a chat would offer the file)
            self._write(f"  [file: {sent.document.get('file_name', 'document')}, {sent.document.get('file_size', 0):,} bytes]")
        if sent.buttons:
            self.buttons = [(sent.message_id, b["callback_data"]) for b in sent.buttons if "callback_data" in b]
            labels = [f"[{i}] {b['text']}" for i, b in enumerate(sent.buttons, 1) if "callback_data" in b]
            self._write("  buttons: " + "   ".join(labels) + "   (type a number to press)")
        self._write("")

    def _write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()


async def _read_line(stream: TextIO) -> str | None:
    line = await asyncio.to_thread(stream.readline)
    return None if line == "" else line.rstrip("\r\n")


async def run_console(settings: Settings, *, stdin: TextIO, stdout: TextIO) -> int:
    from bot.app import build_application

    color = stdout.isatty()
    async with FakeBotServer(CONSOLE_TOKEN) as server:
        console_settings = settings.model_copy(
            update={
                "bot_token": SecretStr(server.token),
                "telegram_api_url": server.api_url,
                "admin_ids": frozenset(settings.admin_ids) | {CONSOLE_USER_ID},
                "webhook_url": None,
            }
        )
        app = build_application(console_settings)
        chat = ConsoleChat(server, app, stdout, color)
        follower: asyncio.Task[None] | None = None
        await app.initialize()
        try:
            assert app.post_init is not None
            await app.post_init(app)
            added = await seed_samples(app.bot_data.store)
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=5, allowed_updates=Update.ALL_TYPES)
            await app.start()
            follower = asyncio.create_task(chat.follow())
            interactive = stdin.isatty()
            intro = f"Loaded {added} sample articles. " if added else ""
            chat._write(
                f"briefbot console — {intro}You are an admin in a private chat with the bot.\n"
                "Try /latest, /brief 1, /subscribe energy, /add <URL or Title\\nText>, /help. "
                "Type a button's number to press it; /quit or Ctrl-D exits.\n"
            )
            while True:
                if interactive:
                    stdout.write("you> ")
                    stdout.flush()
                line = await _read_line(stdin)
                if line is None or line.strip() in ("/quit", "/exit"):
                    break
                if not line.strip():
                    continue
                if not interactive:
                    chat._write(f"you> {line}")
                try:
                    await chat.handle_line(line)
                except TimeoutError:
                    chat._write("(no reply within a minute — is the bot stuck? try again)")
        finally:
            if follower is not None:
                follower.cancel()
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            await app.shutdown()
            if app.post_shutdown is not None:
                await app.post_shutdown(app)
    return 0


def main(settings: Settings) -> int:
    """Blocking entry point used by ``briefbot console`` (and ``briefbot run`` without a token)."""
    logging.getLogger("telegram").setLevel(logging.WARNING)
    logging.getLogger("aiohttp").setLevel(logging.WARNING)
    if settings.log_level == "INFO":  # the default: job chatter would interleave with the chat
        logging.getLogger("bot").setLevel(logging.WARNING)
    try:
        return asyncio.run(run_console(settings, stdin=sys.stdin, stdout=sys.stdout))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    from bot.settings import load_settings

    sys.exit(main(load_settings()))
