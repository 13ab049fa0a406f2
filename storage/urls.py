"""``DATABASE_URL`` parsing: which backend, where, and a form safe to print (no password).

    sqlite:///data/briefbot.sqlite3      a relative path (three slashes)
    sqlite:////var/lib/briefbot.db       an absolute path (four slashes)
    postgresql://user:pass@host:5432/db  (also postgres://; query options pass to the driver)
    data/briefbot.sqlite3                a bare path is a SQLite file (DATABASE_PATH)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

POSTGRES_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class DatabaseUrl:
    backend: Literal["sqlite", "postgresql"]
    target: str
    """SQLite: the file path (or ``file:`` URI); PostgreSQL: the DSN for the driver."""
    host: str
    """What to name in messages: the host and port, or the SQLite file."""
    redacted: str
    """The URL with any password replaced by ``***``."""


def parse_database_url(url: str) -> DatabaseUrl:
    """ValueError (naming no password) when ``url`` is not a usable database URL."""
    url = url.strip()
    if not url:
        raise ValueError("is empty")
    scheme = url.split(":", 1)[0].lower() if "://" in url else ""
    if not scheme:
        return DatabaseUrl("sqlite", url, url, url)
    if scheme == "sqlite":
        path = url[len("sqlite:///") :] if url.lower().startswith("sqlite:///") else ""
        if not path:
            raise ValueError("a SQLite URL needs a file path: sqlite:///relative.db or sqlite:////abs.db")
        return DatabaseUrl("sqlite", path, path, url)
    if scheme in POSTGRES_SCHEMES:
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            raise ValueError(f"invalid port in the PostgreSQL URL for host {parts.hostname or '?'}") from None
        host = parts.hostname or "localhost"
        netloc = parts.netloc
        if parts.password is not None:
            netloc = netloc.replace(f":{parts.password}@", ":***@", 1)
        redacted = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        if not parts.path.strip("/"):
            raise ValueError(f"the PostgreSQL URL for {host} names no database (…/dbname)")
        return DatabaseUrl("postgresql", url, f"{host}:{port or 5432}", redacted)
    raise ValueError(f"unsupported scheme {scheme!r}: use sqlite:///path or postgresql://…")
