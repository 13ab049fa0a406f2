"""``briefbot`` command line: run the bot, the offline console, brief, ingest, quotes, feeds,
stats, eval."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot import feeds_cli
from bot.database import DatabaseUnavailable, open_configured_store
from bot.progress import Progress
from bot.settings import Settings, SettingsError, load_settings
from bot.store_cli import add_store_commands
from briefing.languages import language_name
from briefing.models import Briefing, BriefingOptions

if TYPE_CHECKING:
    from bot.inputs import BriefedInput, InputError

# bot.inputs (the briefing pipeline, the fetcher) is imported by the commands that brief:
# `quotes`, `stats`, `feeds`, `store` and every --help start ~1.5 s sooner without it.


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except (SettingsError, DatabaseUnavailable) as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


_INPUTS_HELP = """\
inputs:
  FILE        .txt or .md text, .html/.htm page; any of them may be gzipped (.gz).
              Text: the first line is the title when it looks like one (a short line
              without a full stop, or a Markdown '# Heading'); otherwise every line is
              article text and the title is made from the first sentence. Hard-wrapped
              lines are joined back into paragraphs.
  DIRECTORY   every .txt/.md/.html/.htm(.gz) file directly inside it, in name order
  URL         an http(s) page, fetched with the bot's guarded fetcher
  -           text or HTML read from standard input

Input that is not an article (empty, too short, random letters, a page with no
text) is refused with one line on stderr; the exit status is 1 if any input failed.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description="News articles in, briefings out — on Telegram.")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("run", help="run the bot (long polling or webhook); without BOT_TOKEN, the console demo")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("console", help="offline demo: chat with the bot in this terminal, no Telegram needed")
    p.set_defaults(func=_cmd_console)

    p = sub.add_parser(
        "brief", help="brief article files, directories, URLs or - (stdin); nothing is stored",
        description="Print a briefing (title, source, summary, key quotes, key figures, topics)\n"
        "for each input. Nothing is stored; `briefbot ingest` stores.",
        epilog=_INPUTS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a file, a directory, a URL or - (see below)")
    p.add_argument("--json", action="store_true",
                   help="JSON Lines, one object per input: path, url, title, title_derived, source, "
                        "published, text, summary, quotes, figures, topics")  # fmt: skip
    p.add_argument("--sentences", type=int, default=3, metavar="N", help="summary sentences (default 3)")
    p.set_defaults(func=_cmd_brief)

    p = sub.add_parser(
        "ingest", help="brief and store article files, directories or URLs; prints each new id",
        description="Brief each input and store it in the database the bot uses (DATABASE_PATH,\n"
        "default ./data/briefbot.sqlite3), where /latest, /search and subscriptions see it.\n"
        "Prints one line per input: 'added<TAB>#ID<TAB>INPUT<TAB>TITLE', or\n"
        "'duplicate<TAB>#ID<TAB>INPUT' when the same article (same URL, or the same text\n"
        "however it was added: file, chat, upload or web page) is already stored.",
        epilog=_INPUTS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a file, a directory, a URL or - (see below)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("quotes", help="what someone said across stored articles; no NAME: the most quoted")
    p.add_argument("name", nargs="*", metavar="NAME", help='e.g. Umerov or "Rustem Umerov"')
    p.add_argument("--json", action="store_true", help="JSON Lines, one quote (or person) per line")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N lines (default 20)")
    p.set_defaults(func=_cmd_quotes)
    feeds_cli.add_parser(sub)

    p = sub.add_parser("stats", help="counts of articles, chats, subscriptions, deliveries, feeds")
    p.set_defaults(func=_cmd_stats)

    add_store_commands(sub)

    p = sub.add_parser("eval", help="quality evaluation on the public dev samples (needs the dev extra)")
    p.add_argument("--data", type=Path, default=None, help="data directory (default $BRIEFBOT_DATA_DIR, else ../shared/data)")
    p.add_argument("--out", type=Path, default=Path("benchmarks/results"), help="where quality.md goes")
    p.add_argument("--task", action="append", choices=["extraction", "summaries", "quotes", "paraphrases", "renamed", "ggt", "bbc", "uspol", "figures", "languages"])
    p.set_defaults(func=_cmd_eval)
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    settings = load_settings()
    _configure_logging(settings)
    if settings.bot_token is None:
        print("No BOT_TOKEN set: starting the offline console demo. "
              "Put BOT_TOKEN=<token from @BotFather> in .env to run the real bot.", file=sys.stderr)
        return _console(settings)
    from bot.app import run

    run(settings)
    return 0


def _cmd_console(args: argparse.Namespace) -> int:
    settings = load_settings()
    _configure_logging(settings)
    return _console(settings)


def _console(settings: Settings) -> int:
    from bot.console import main as console_main

    return int(console_main(settings) or 0)


def _configure_logging(settings: Settings) -> None:
    from bot.logs import configure_logging

    configure_logging(settings)


def _cmd_brief(args: argparse.Namespace) -> int:
    if args.sentences < 1 or args.sentences > 20:
        print("--sentences must be between 1 and 20", file=sys.stderr)
        return 2
    from bot.inputs import InputError, expand_inputs

    options = load_settings().briefing_options(summary_sentences=args.sentences)
    failures = 0

    def emit(item: BriefedInput) -> None:
        if args.json:
            print(json.dumps(_json_briefing(item, item.briefing), ensure_ascii=False), flush=True)
        else:
            print(_readable(item.briefing), flush=True)

    def report(spec: str, result: BriefedInput | InputError) -> None:
        nonlocal failures
        progress.clear()
        if isinstance(result, InputError):
            failures += 1
            print(f"briefbot: {spec}: {result}", file=sys.stderr)
        else:
            emit(result)

    progress = Progress(expand_inputs(args.inputs), "brief")
    asyncio.run(_brief_all(progress, options, report))
    return 1 if failures else 0


async def _brief_all(
    progress: Progress, options: BriefingOptions, report: Callable[[str, BriefedInput | InputError], None]
) -> None:
    """Brief each input and hand it to ``report`` at once: a user sees the first briefing while
    the rest are still being read, and 10,000 files do not sit in memory until the last one."""
    from bot.inputs import InputError, brief_input, is_url

    fetcher = _fetcher() if any(is_url(s) for s in progress.items) else None
    try:
        for spec in _batch(progress):
            try:
                report(spec, await brief_input(spec, options, fetcher))
            except InputError as exc:
                report(spec, exc)
    finally:
        if fetcher is not None:
            await fetcher.aclose()


def _batch(progress: Progress[str]) -> Iterator[str]:
    """The inputs with a progress bar; after the first one, everything alive (modules, the
    language model, trafilatura's and our caches) is moved out of the garbage collector's
    sight (``gc.freeze``). Why: the CLI imports the whole bot, and every full collection
    walked those ~60k permanent objects again; over 94 pages the collector took ~9 % of
    ``briefbot brief``'s time, about half of it on those walks."""
    for index, spec in enumerate(progress):
        yield spec
        if index == 0:
            gc.collect()
            gc.freeze()


def _fetcher():  # imported lazily: only URL inputs need settings
    from net.fetch import Fetcher

    return Fetcher(allow_private=load_settings().fetch_allow_private)


def _json_briefing(item: BriefedInput, b: Briefing) -> dict:
    return {
        "path": item.spec,
        "url": item.url,
        "title": b.title,
        "title_derived": b.title_derived,
        "source": b.source,
        "language": b.language,
        "text": b.text,
        "summary": list(b.summary),
        "quotes": [{"text": q.text, "speaker": q.speaker, "verb": q.verb} for q in b.quotes if not q.scare],
        "figures": [{"text": f.text, "value": f.value, "unit": f.unit, "what": f.what, "kind": f.kind} for f in b.figures],
        "topics": list(b.topics),
        "published": b.published,
    }


def _readable(b: Briefing) -> str:
    lines = [b.title or "(untitled)"]
    meta = " · ".join(x for x in (b.source, b.published, language_name(b.language)) if x)
    if meta:
        lines.append(meta)
    lines += ["", "Summary:"] + [f"  • {s}" for s in b.summary]
    if b.key_quotes:
        lines += ["", "Key quotes:"] + [f"  “{q.text}” — {q.speaker or 'unattributed'}" for q in b.key_quotes]
    if b.key_figures:
        lines += ["", "Key figures:"] + [f"  • {f.text}" for f in b.key_figures]
    if b.topics:
        lines += ["", "Topics: " + ", ".join(b.topics)]
    return "\n".join(lines) + "\n"


def _cmd_ingest(args: argparse.Namespace) -> int:
    from bot.inputs import expand_inputs

    settings = load_settings()
    return asyncio.run(_ingest(settings, expand_inputs(args.inputs)))


async def _ingest(settings: Settings, specs: Sequence[str]) -> int:
    from bot.inputs import InputError, brief_input
    from net.fetch import Fetcher
    from storage import DuplicateArticle, StorageError

    store = await open_configured_store(settings)
    fetcher = Fetcher(allow_private=settings.fetch_allow_private)
    failures = 0
    progress = Progress(specs, "ingest")
    try:
        for spec in _batch(progress):
            out, line = sys.stdout, ""
            try:
                item = await brief_input(spec, settings.briefing_options(), fetcher)
                article = await store.articles.add(item.briefing, url=item.url)
            except InputError as exc:
                failures += 1
                out, line = sys.stderr, f"briefbot: {spec}: {exc}"
            except DuplicateArticle as exc:
                line = f"duplicate\t#{exc.existing_id}\t{spec}"
            except StorageError as exc:
                failures += 1
                out, line = sys.stderr, f"briefbot: {spec}: {exc}"
            else:
                line = f"added\t#{article.id}\t{spec}\t{article.title}"
            progress.clear()
            print(line, file=out)
    finally:
        await fetcher.aclose()
        await store.close()
    return 1 if failures else 0


def _cmd_quotes(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= 10_000:
        print("--limit must be between 1 and 10000", file=sys.stderr)
        return 2
    return asyncio.run(_quotes(load_settings(), " ".join(args.name), args.json, args.limit))


async def _quotes(settings: Settings, name: str, as_json: bool, limit: int) -> int:
    from bot.quotes_cli import print_quotes, print_top

    store = await open_configured_store(settings)
    try:
        if name.strip():
            return await print_quotes(store, name, as_json=as_json, limit=limit)
        return await print_top(store, as_json=as_json, limit=limit)
    finally:
        await store.close()


def _cmd_stats(args: argparse.Namespace) -> int:
    settings = load_settings()
    return asyncio.run(_stats(settings))


async def _stats(settings: Settings) -> int:
    store = await open_configured_store(settings)
    try:
        s = await store.stats()
    finally:
        await store.close()
    print(f"articles       {s.articles}")
    print(f"chats          {s.chats} ({s.active_chats} active)")
    print(f"subscriptions  {s.subscriptions}")
    print("deliveries     " + ", ".join(f"{k} {v}" for k, v in sorted(s.deliveries.items())))
    print(f"feeds          {s.feeds}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    try:
        from evaluation import SELF_CONTAINED, TASKS, default_data_dir, run_eval
    except ImportError as exc:
        print(f"briefbot eval needs the dev extra (pip install -e '.[dev]'): {exc}", file=sys.stderr)
        return 2
    data = args.data or default_data_dir()
    if args.task and set(args.task) <= SELF_CONTAINED:
        data = data or Path(".")  # the multilingual set ships with the code
    if data is None or not data.is_dir():
        print("No evaluation data: pass --data DIR (the public dev samples, e.g. ../shared/data).", file=sys.stderr)
        return 2
    sections = run_eval(data, args.out, tuple(args.task or TASKS))
    for s in sections:
        print(f"## {s.title}\n\n{s.markdown}\n")
    print(f"saved {args.out / 'quality.md'}", file=sys.stderr)
    return 0
