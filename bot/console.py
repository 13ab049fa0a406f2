"""Offline console demo: chat with the REAL bot in a terminal, no Telegram account needed.

The same ``build_application`` runs against an in-process fake Bot API (``fakebot``) on
127.0.0.1 with a dummy token, using the configured database (seeded from ``bot/samples`` on
first run). You are an admin in a private chat, so /add works: after a bare ``/add`` a pasted
article is sent whole (``console_input.read_paste``), and ``/file PATH`` uploads a local file as
a Telegram document would arrive. Inline buttons are listed as numbered choices: type ``1`` (or
``b1``) to press one. EOF, /quit or Ctrl-C exits.

Each line is sent as one update; a late handler group marks the update processed, so every
reply is printed before the next line is read — no sleeps, and piped stdin works. Messages the
bot sends on its own (pushes) are printed as they arrive, and the prompt is drawn again below.
"""

from __future__ import annotations

import asyncio
import html
import logging
import mimetypes
import re
import signal
import sys
from collections.abc import Awaitable
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application, TypeHandler

from bot.console_input import END_OF_PASTE, LineReader, read_paste
from bot.settings import Settings
from briefing.models import BriefingOptions
from fakebot import FakeBotServer, SentMessage
from handlers.conversation import PENDING_KEY

log = logging.getLogger("briefbot.console")

CONSOLE_USER_ID = 1_000_001
CONSOLE_TOKEN = "111111:CONSOLE-DEMO-TOKEN"
SAMPLES_DIR = Path(__file__).parent / "samples"
DONE_GROUP = 1_000  # after every real handler group
REPLY_TIMEOUT_S = 60.0
MAX_FILE_BYTES = 20 * 1024 * 1024
"""Telegram lets bots download files up to 20 MB; the bot itself refuses articles over 5 MB."""
_PRESS = re.compile(r"b?(\d{1,2})")
_FILE_COMMAND = re.compile(r"/file(?:\s+(.*))?", re.DOTALL)
PROMPT = "you> "
PASTE_PROMPT = "paste> "
BANNER = (
    "briefbot console — {intro}You are an admin in a private chat with the bot.\n"
    "Try /latest, /brief 1, /quotes, /story 1, /subscribe energy, /help.\n"
    "Add an article: /add <URL>; or /add alone, then paste the text (title on the first line if it\n"
    "has one) and finish with an empty line or a line holding only '.'; or /file <PATH> to upload\n"
    "a .txt/.html/.md file. Type a button's number to press it; /quit, Ctrl-D or Ctrl-C exits.\n"
)
PASTE_HINT = (
    "(paste the article now; finish with an empty line or a line holding only '.')"
)


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


async def seed_samples(store: object, samples: Path = SAMPLES_DIR, options: BriefingOptions | None = None) -> int:
    """Add the shipped sample articles when the store has none; returns how many were added.
    ``options``: the bot's own (``Settings.briefing_options``), so samples brief like /add."""
    from briefing.pipeline import DEFAULT_OPTIONS, brief_document
    from storage.errors import DuplicateArticle

    if await store.articles.count() > 0:  # type: ignore[attr-defined]
        return 0
    added = 0
    paths = await asyncio.to_thread(lambda: sorted(samples.iterdir()))
    for path in paths:
        if path.suffix not in (".txt", ".html", ".htm", ".md"):
            continue
        data = await asyncio.to_thread(path.read_bytes)
        briefing = await asyncio.to_thread(brief_document, data, path.name, options=options or DEFAULT_OPTIONS)
        if briefing.source in (None, path.name):  # no site named: label it as ours
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
        self.prompt: str | None = None
        """The prompt on screen while waiting for input (a push prints above it, then redraws it)."""
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
        press = _PRESS.fullmatch(line)
        file_command = _FILE_COMMAND.fullmatch(line.strip())
        if press and self.buttons and 1 <= int(press.group(1)) <= len(self.buttons):
            message_id, data = self.buttons[int(press.group(1)) - 1]
            target = self.processed + 1
            await self.server.press_button(CONSOLE_USER_ID, message_id, data, check=False)
            await self._wait_processed(target)
            self.print_new()
        elif file_command:
            await self.send_file((file_command.group(1) or "").strip())
        else:
            # a typed "\n" is a line break, so "/add Title\nBody…" works on one terminal line
            await self.send_text(line.replace("\\n", "\n"))

    async def send_text(self, text: str) -> None:
        """One message from you, exactly as written (a paste is one message, as in Telegram)."""
        target = self.processed + 1
        await self.server.send_text(CONSOLE_USER_ID, text, first_name="You")
        await self._wait_processed(target)
        self.print_new()

    async def send_file(self, raw_path: str) -> None:
        """Upload a local file as a document, the way the Telegram app sends one."""
        if not raw_path:
            self._write("(usage: /file PATH — e.g. /file ~/news/article.html)\n")
            return
        try:
            name, data = await asyncio.to_thread(_read_upload, raw_path)
        except OSError as exc:
            self._write(f"(can't send {raw_path}: {exc.strerror or exc})\n")
            return
        mime_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        target = self.processed + 1
        await self.server.send_document(CONSOLE_USER_ID, data, file_name=name, mime_type=mime_type)
        self._write(f"(sent {name}, {len(data):,} bytes, as a document)")
        await self._wait_processed(target)
        self.print_new()

    async def waiting_for_article(self) -> bool:
        """The bot asked for the article after a bare /add (its pending step for this chat)."""
        data = self.app.bot_data
        if data.store is None:
            return False
        return await data.store.conversations.get(CONSOLE_USER_ID, PENDING_KEY, now=data.clock()) == "add"

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
            self.print_arrivals()

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

    def print_arrivals(self) -> None:
        """What the bot sent on its own (a push) while you were at the prompt: printed in place
        of the prompt line, then the prompt is drawn again below it."""
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            self.out.write("\r\033[K" if self.render.color else "\n")
        self.print_new()
        if prompt is not None:
            self.show_prompt(prompt)

    def _write(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def show_prompt(self, prompt: str) -> None:
        self.out.write(prompt)
        self.out.flush()
        self.prompt = prompt


def _read_upload(raw_path: str) -> tuple[str, bytes]:
    """File name and bytes of ``raw_path`` (quotes and ``~`` allowed), bounded in size."""
    path = Path(raw_path.strip("'\"")).expanduser()
    if path.is_dir():
        raise IsADirectoryError(21, "it is a directory")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise OSError(27, f"it is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return path.name, path.read_bytes()


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
        interrupted = False
        await app.initialize()
        try:
            assert app.post_init is not None
            await app.post_init(app)
            added = await seed_samples(app.bot_data.store, options=app.bot_data.options)
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0, timeout=5, allowed_updates=Update.ALL_TYPES)
            await app.start()
            follower = asyncio.create_task(chat.follow())
            interactive = stdin.isatty()
            intro = f"Loaded {added} sample articles. " if added else ""
            chat._write(BANNER.format(intro=intro))
            interrupted = await _until_interrupted(_chat_loop(chat, LineReader(stdin), interactive=interactive))
        finally:
            if follower is not None:
                follower.cancel()
            try:
                if app.updater is not None and app.updater.running:
                    await _bounded(app.updater.stop(), "stopping the updater")
                if app.running:
                    await _bounded(app.stop(), "stopping the bot")
                await _bounded(app.shutdown(), "shutting the bot down")
            finally:
                if app.post_shutdown is not None:
                    await app.post_shutdown(app)  # closes the store: its thread would keep the process alive
    if interrupted:
        stdout.write("\n")
    return 0


#: How long one step of the console's shutdown may take before it is given up on.
SHUTDOWN_STEP_S = 15.0


async def _bounded(step: Awaitable[None], what: str) -> None:
    """One shutdown step, given up on after ``SHUTDOWN_STEP_S``: Ctrl-C must end the console even
    when a step hangs on a busy machine, and the store must still be closed after it."""
    try:
        await asyncio.wait_for(step, SHUTDOWN_STEP_S)
    except TimeoutError:
        log.warning("console: %s took over %.0f s; exiting anyway", what, SHUTDOWN_STEP_S)


async def _until_interrupted(chat_loop: Awaitable[None]) -> bool:
    """Run the chat loop until it ends or Ctrl-C (then True). Ctrl-C is caught as a signal that
    stops the loop explicitly, rather than left to ``asyncio.run`` to cancel the whole main task:
    in full test runs on a loaded 2-core machine the console, so cancelled, sometimes never got
    to its shutdown (still running, store open, waiting on nothing; Python 3.11's ``wait_for`` can
    lose a cancellation that meets a result at the same moment)."""
    loop = asyncio.get_running_loop()
    interrupted = asyncio.Event()
    try:
        loop.add_signal_handler(signal.SIGINT, interrupted.set)
    except (NotImplementedError, RuntimeError, ValueError):
        await chat_loop  # no signal handlers here (not the main thread): Ctrl-C cancels as before
        return False
    chatting = asyncio.ensure_future(chat_loop)
    stopping = asyncio.ensure_future(interrupted.wait())
    try:
        await asyncio.wait({chatting, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        loop.remove_signal_handler(signal.SIGINT)
        for task in (chatting, stopping):
            task.cancel()
        await asyncio.wait({chatting, stopping}, timeout=SHUTDOWN_STEP_S)
    if interrupted.is_set():
        return True
    chatting.result()  # an error of the chat loop surfaces as it did
    return False


async def _chat_loop(chat: ConsoleChat, reader: LineReader, *, interactive: bool) -> None:
    """Read what you type and send it, until /quit or the end of input."""
    hinted = False
    while True:
        pasting = await chat.waiting_for_article()
        if pasting and not hinted:
            chat._write(PASTE_HINT)
        hinted = pasting
        if interactive:
            chat.show_prompt(PASTE_PROMPT if pasting else PROMPT)
        line = await reader.readline()
        chat.prompt = None
        if line is None or line.strip() in ("/quit", "/exit"):
            break
        if not line.strip() or (pasting and line.strip() == END_OF_PASTE):
            continue
        if pasting and not line.lstrip().startswith(("/", "http://", "https://")):
            text = await read_paste(reader, line)  # the whole paste is one message
            if not interactive:
                chat._write(f"{PASTE_PROMPT}{text}")
            await _send(chat, chat.send_text(text))
            continue
        if not interactive:
            chat._write(f"{PROMPT}{line}")
        await _send(chat, chat.handle_line(line))


async def _send(chat: ConsoleChat, sending: Awaitable[None]) -> None:
    try:
        await sending
    except TimeoutError:
        chat._write("(no reply within a minute — is the bot stuck? try again)")


def main(settings: Settings) -> int:
    """Blocking entry point used by ``briefbot console`` (and ``briefbot run`` without a token)."""
    logging.getLogger("telegram").setLevel(logging.WARNING)
    logging.getLogger("aiohttp").setLevel(logging.WARNING)
    if settings.log_level == "INFO":  # the default: job chatter would interleave with the chat
        logging.getLogger("bot").setLevel(logging.WARNING)
    try:
        return asyncio.run(run_console(settings, stdin=sys.stdin, stdout=sys.stdout))
    except KeyboardInterrupt:  # Ctrl-C at the prompt: the bot was shut down on the way out
        sys.stdout.write("\n")
        return 0


if __name__ == "__main__":
    from bot.settings import load_settings

    sys.exit(main(load_settings()))
