"""``briefbot`` command line: run the bot, the offline console, brief, ingest, stats, eval."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.database import DatabaseUnavailable, open_configured_store
from bot.inputs import BriefedInput, InputError, brief_input, is_url
from bot.progress import Progress
from bot.settings import Settings, SettingsError, load_settings
from bot.store_cli import add_store_commands
from briefing.models import Briefing, BriefingOptions


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description="News articles in, briefings out — on Telegram.")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("run", help="run the bot (long polling or webhook); without BOT_TOKEN, the console demo")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("console", help="offline demo: chat with the bot in this terminal, no Telegram needed")
    p.set_defaults(func=_cmd_console)

    p = sub.add_parser("brief", help="brief HTML/text files, URLs or - (stdin)")
    p.add_argument("inputs", nargs="+", metavar="PATH_OR_URL", help=".html/.htm (optionally .gz), .txt, URL or -")
    p.add_argument("--json", action="store_true", help="JSON Lines, one object per input")
    p.add_argument("--sentences", type=int, default=3, metavar="N", help="summary sentences (default 3)")
    p.set_defaults(func=_cmd_brief)

    p = sub.add_parser("ingest", help="brief and store files or URLs; prints each new article id")
    p.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("stats", help="counts of articles, chats, subscriptions, deliveries, feeds")
    p.set_defaults(func=_cmd_stats)

    add_store_commands(sub)

    p = sub.add_parser("eval", help="quality evaluation on the public dev samples (needs the dev extra)")
    p.add_argument("--data", type=Path, default=None, help="data directory (default ../shared/data)")
    p.add_argument("--out", type=Path, default=Path("benchmarks/results"), help="where quality.md goes")
    p.add_argument("--task", action="append", choices=["extraction", "summaries", "quotes", "figures"])
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
    options = BriefingOptions(summary_sentences=args.sentences)
    failures = 0

    def emit(item: BriefedInput) -> None:
        if args.json:
            print(json.dumps(_json_briefing(item.spec, item.briefing), ensure_ascii=False), flush=True)
        else:
            print(_readable(item.briefing), flush=True)

    for spec, result in asyncio.run(_brief_all(args.inputs, options)):
        if isinstance(result, InputError):
            failures += 1
            print(f"briefbot: {spec}: {result}", file=sys.stderr)
        else:
            emit(result)
    return 1 if failures else 0


async def _brief_all(specs: Sequence[str], options: BriefingOptions) -> list[tuple[str, BriefedInput | InputError]]:
    fetcher = _fetcher() if any(is_url(s) for s in specs) else None
    out: list[tuple[str, BriefedInput | InputError]] = []
    try:
        for spec in Progress(specs, "brief"):
            try:
                out.append((spec, await brief_input(spec, options, fetcher)))
            except InputError as exc:
                out.append((spec, exc))
    finally:
        if fetcher is not None:
            await fetcher.aclose()
    return out


def _fetcher():  # imported lazily: only URL inputs need settings
    from net.fetch import Fetcher

    return Fetcher(allow_private=load_settings().fetch_allow_private)


def _json_briefing(spec: str, b: Briefing) -> dict:
    return {
        "path": spec,
        "title": b.title,
        "text": b.text,
        "summary": list(b.summary),
        "quotes": [{"text": q.text, "speaker": q.speaker, "verb": q.verb} for q in b.quotes if not q.scare],
        "figures": [{"text": f.text, "value": f.value, "unit": f.unit, "what": f.what, "kind": f.kind} for f in b.figures],
        "topics": list(b.topics),
        "published": b.published,
    }


def _readable(b: Briefing) -> str:
    lines = [b.title or "(untitled)"]
    meta = " · ".join(x for x in (b.source, b.published) if x)
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
    settings = load_settings()
    return asyncio.run(_ingest(settings, args.inputs))


async def _ingest(settings: Settings, specs: Sequence[str]) -> int:
    from net.fetch import Fetcher
    from storage import DuplicateArticle, StorageError

    store = await open_configured_store(settings)
    fetcher = Fetcher(allow_private=settings.fetch_allow_private)
    failures = 0
    try:
        for spec in Progress(specs, "ingest"):
            try:
                item = await brief_input(spec, BriefingOptions(), fetcher)
                article = await store.articles.add(item.briefing, url=item.url)
            except InputError as exc:
                failures += 1
                print(f"briefbot: {spec}: {exc}", file=sys.stderr)
            except DuplicateArticle as exc:
                print(f"duplicate\t#{exc.existing_id}\t{spec}")
            except StorageError as exc:
                failures += 1
                print(f"briefbot: {spec}: {exc}", file=sys.stderr)
            else:
                print(f"added\t#{article.id}\t{spec}\t{article.title}")
    finally:
        await fetcher.aclose()
        await store.close()
    return 1 if failures else 0


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
        from evaluation import TASKS, default_data_dir, run_eval
    except ImportError as exc:
        print(f"briefbot eval needs the dev extra (pip install -e '.[dev]'): {exc}", file=sys.stderr)
        return 2
    data = args.data or default_data_dir()
    if data is None or not data.is_dir():
        print("No evaluation data: pass --data DIR (the public dev samples, e.g. ../shared/data).", file=sys.stderr)
        return 2
    sections = run_eval(data, args.out, tuple(args.task or TASKS))
    for s in sections:
        print(f"## {s.title}\n\n{s.markdown}\n")
    print(f"saved {args.out / 'quality.md'}", file=sys.stderr)
    return 0
