"""A throw-away PostgreSQL cluster for tests, benchmarks and trying the bot: ``initdb`` in a temp
dir, a free loopback port, the unix socket inside the temp dir, removed on ``stop()``.

The server refuses to run as root, so when we are root every server command runs as the
``postgres`` system user (``runuser``) and the temp dir is handed to it. Binaries: ``PG_BIN``,
else the newest ``/usr/lib/postgresql/*/bin`` (Debian), else ``initdb`` on ``PATH``.

    cluster = ThrowawayCluster.start()      # PostgresUnavailable if there is no server
    url = cluster.create_database("t1")     # postgresql://briefbot@127.0.0.1:PORT/t1
    cluster.stop()
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "briefbot"
TEST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
"""Durability is pointless for a cluster deleted afterwards; it makes CREATE DATABASE and
every commit several times faster."""
BENCH_SETTINGS = ("synchronous_commit=off",)
"""Benchmarks keep fsync but, like SQLite's WAL with synchronous=NORMAL, do not wait for the WAL
flush at each commit."""


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries here, or the cluster would not start."""


def find_bindir() -> Path:
    candidates = [os.environ.get("PG_BIN", "")]
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )[::-1]
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(os.path.realpath(initdb)).parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found (install the 'postgresql' package or set PG_BIN)"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class ThrowawayCluster:
    root: Path
    port: int
    bindir: Path
    as_user: str | None

    @classmethod
    def start(
        cls, *, settings: tuple[str, ...] = TEST_SETTINGS, parent: str | os.PathLike[str] | None = None
    ) -> ThrowawayCluster:
        """``parent``: where the cluster's temp dir goes (default: the system temp dir)."""
        bindir = find_bindir()
        as_user = "postgres" if os.geteuid() == 0 else None
        root = Path(tempfile.mkdtemp(prefix="briefbot-pg-", dir=parent))
        if as_user is not None:
            try:
                entry = pwd.getpwnam(as_user)
            except KeyError:
                shutil.rmtree(root, ignore_errors=True)
                raise PostgresUnavailable(
                    "running as root and there is no 'postgres' user to run the server as"
                ) from None
            os.chown(root, entry.pw_uid, entry.pw_gid)
            root.chmod(0o700)
        cluster = cls(root=root, port=free_port(), bindir=bindir, as_user=as_user)
        try:
            cluster._run(
                "initdb", "-D", str(root / "data"), "-U", SUPERUSER, "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync",
            )
            options = " ".join(
                [f"-p {cluster.port}", f"-k {root}", "-c listen_addresses=127.0.0.1",
                 "-c max_connections=200", *(f"-c {s}" for s in settings)]
            )
            cluster._run(
                "pg_ctl", "-D", str(root / "data"), "-l", str(root / "server.log"),
                "-o", options, "-w", "-t", "60", "start",
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            log = cluster.log_tail()
            cluster.stop()
            raise PostgresUnavailable(f"PostgreSQL did not start: {exc}\n{log}") from exc
        return cluster

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if self.as_user is not None:
            command = ["runuser", "-u", self.as_user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.root, timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> None:
        """Run administrative SQL (CREATE/DROP DATABASE) through ``psql``."""
        self._run("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                  "-p", str(self.port), "-U", SUPERUSER, "-d", database, "-c", sql)

    def create_database(self, name: str, *, template: str | None = None) -> str:
        clause = f" TEMPLATE {_ident(template)}" if template else ""
        self.psql(f"CREATE DATABASE {_ident(name)}{clause}")
        return self.url(name)

    def log_tail(self, chars: int = 2000) -> str:
        with contextlib.suppress(OSError):
            return (self.root / "server.log").read_text(errors="replace")[-chars:]
        return ""

    def stop(self) -> None:
        """Stop the server (immediate: nothing in it is kept) and delete everything."""
        if (self.root / "data" / "postmaster.pid").exists():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"not a plain identifier: {name!r}")
    return f'"{name}"'
