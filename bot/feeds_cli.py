"""``briefbot feeds import FILE.opml`` and ``briefbot feeds export [-o FILE]``.

The same reader and the same feed rule as the bot's .opml upload (``briefing.opml``,
``handlers.feedlist``), on the database of ``DATABASE_PATH``. Import prints one line per feed
(``added``/``present`` on stdout, refusals on stderr) and exits 1 if the file or any feed was
refused; export writes OPML 2.0 to stdout or to ``-o FILE``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.progress import Progress
from bot.settings import Settings, load_settings
from briefing.opml import MAX_OPML_BYTES, FeedOutline, OpmlError, parse_opml, render_opml
from storage.models import Feed


def add_parser(sub: Any) -> None:
    """Register ``feeds`` and its actions on the main parser's subcommands."""
    parser = sub.add_parser("feeds", help="import or export the feed list as OPML")
    actions = parser.add_subparsers(title="actions", metavar="ACTION")
    p = actions.add_parser(
        "import", help="add every feed of an OPML file (checked like /feed_add; stored in one transaction)"
    )
    p.add_argument("file", type=Path, metavar="FILE.opml")
    p.set_defaults(func=_cmd_import)
    p = actions.add_parser("export", help="write the feed list as OPML 2.0 to stdout or -o FILE")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=_cmd_export)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _cmd_import(args: argparse.Namespace) -> int:
    try:
        if args.file.stat().st_size > MAX_OPML_BYTES:
            raise OpmlError(f"That file is over {MAX_OPML_BYTES // (1024 * 1024)} MB — too large for a feed list.")
        outlines = parse_opml(args.file.read_bytes())
    except OSError as exc:
        print(f"briefbot: {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except OpmlError as exc:
        print(f"briefbot: {args.file}: {exc} Nothing was added.", file=sys.stderr)
        return 1
    return asyncio.run(_import(load_settings(), outlines))


async def _import(settings: Settings, outlines: list[FeedOutline]) -> int:
    from handlers.feedlist import import_feed_list
    from net.fetch import Fetcher
    from storage import open_store

    def track(checks: Iterable[Awaitable[None]]) -> Iterable[Awaitable[None]]:
        return Progress(checks, "checking feeds", total=len(outlines))

    store = await open_store(str(settings.database_path))
    fetcher = Fetcher(allow_private=settings.fetch_allow_private)
    try:
        report = await import_feed_list(store, fetcher, outlines, track=track)
    finally:
        await fetcher.aclose()
        await store.close()
    for feed in report.added:
        print(f"added\t{feed.url}\t{feed.title or ''}")
    for url in report.present:
        print(f"present\t{url}")
    for refused in report.refused:
        print(f"briefbot: refused {refused.url}: {refused.reason}", file=sys.stderr)
    print(f"{len(report.added)} added, {len(report.present)} already present, {len(report.refused)} refused",
          file=sys.stderr)
    return 1 if report.refused else 0


def _cmd_export(args: argparse.Namespace) -> int:
    feeds = asyncio.run(_feed_list(load_settings()))
    data = render_opml(
        [FeedOutline(url=f.url, title=f.title) for f in feeds], title="briefbot feeds", created=datetime.now(UTC)
    )
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            args.output.write_bytes(data)
        except OSError as exc:
            print(f"briefbot: {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"wrote {len(feeds)} feeds to {args.output}", file=sys.stderr)
    if not feeds:
        print("briefbot: no feeds registered (the OPML file lists none)", file=sys.stderr)
    return 0


async def _feed_list(settings: Settings) -> list[Feed]:
    from storage import open_store

    store = await open_store(str(settings.database_path))
    try:
        return await store.feeds.list()
    finally:
        await store.close()
