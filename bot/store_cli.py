"""``briefbot store copy --from URL --to URL``: move a whole store between backends.

Progress per table on a terminal (quiet when piped), then one line per table with both counts;
exit 0 when every count matches, 1 when one does not, 2 when the copy was refused or a
database could not be opened. See ``storage.copy`` for what is copied and how a re-run resumes.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.progress import Progress


def add_store_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    store = sub.add_parser("store", help="move a store between databases (store copy --help)")
    commands = store.add_subparsers(title="store commands", metavar="COMMAND")
    p = commands.add_parser(
        "copy", help="copy every table (ids kept) from one database to another; safe to re-run",
        description="Copy articles, chats, subscriptions and settings, the outbox, feeds and meta "
        "from one store to another, e.g. --from sqlite:///data/briefbot.sqlite3 "
        "--to postgresql://user:pass@host:5432/briefbot. Re-running with the same --from resumes.",
    )
    p.add_argument("--from", dest="source", required=True, metavar="URL", help="source database URL or SQLite path")
    p.add_argument("--to", dest="target", required=True, metavar="URL", help="target database URL or SQLite path")
    p.set_defaults(func=_cmd_copy)
    store.set_defaults(func=lambda _args: (store.print_help(), 0)[1])


def _cmd_copy(args: argparse.Namespace) -> int:
    return asyncio.run(_copy(args.source, args.target))


async def _copy(source_url: str, target_url: str) -> int:
    import storage
    from storage.copy import CopyRefused, copy_store
    from storage.urls import parse_database_url

    try:
        source_where, target_where = parse_database_url(source_url), parse_database_url(target_url)
    except ValueError as exc:
        print(f"briefbot store copy: bad database URL: {exc}", file=sys.stderr)
        return 2
    if source_where.redacted == target_where.redacted:
        print("briefbot store copy: --from and --to are the same database", file=sys.stderr)
        return 2
    stores = []
    try:
        for flag, where in (("--from", source_where), ("--to", target_where)):
            try:
                stores.append(await storage.open_store(where.target))
            except storage.StorageUnavailable as exc:
                print(f"briefbot store copy: cannot open {flag} ({where.host}): {exc}", file=sys.stderr)
                return 2
        bars: dict[str, Progress] = {}

        def progress(table: str, done: int, total: int) -> None:
            bar = bars.setdefault(table, Progress((), f"copy {table}", total=total))
            bar.report(done, final=done >= total)

        try:
            counts = await copy_store(stores[0], stores[1], source_name=source_where.redacted, progress=progress)
        except CopyRefused as exc:
            print(f"briefbot store copy: refused: {exc}", file=sys.stderr)
            return 2
    finally:
        for opened in stores:
            await opened.close()
    width = max(len(c.table) for c in counts)
    for c in counts:
        verdict = "ok" if c.ok else "MISMATCH"
        print(f"{c.table:<{width}}  {c.source:>9} → {c.target:<9} {verdict}")
    if all(c.ok for c in counts):
        print(f"copied and verified: {source_where.redacted} → {target_where.redacted}")
        return 0
    print("counts differ: was the source changed during the copy? Stop the bot and run the same "
          "command again to resume.", file=sys.stderr)
    return 1
