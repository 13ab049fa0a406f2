"""The asyncpg pool, transactions, and the mapping of "server unavailable" errors.

Why asyncpg (not psycopg 3): it is the fastest maintained async driver (binary protocol,
prepared statements cached per connection), ships its own pool, and needs no libpq; psycopg 3
would add psycopg-pool and, for speed, psycopg-binary. Both are well kept; the queries here use
nothing driver-specific beyond ``$n`` parameters and ``copy_records_to_table``.

Every connection carries this store's ``session`` id as ``application_name``: a lease or an
outbox row claimed by a session that no longer has a connection (its process died, on any
machine) can be taken over at once (see ``feeds.PgMeta`` and ``deliveries``).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from typing import Any, TypeAlias, TypeVar

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from ..errors import StorageUnavailable

log = logging.getLogger(__name__)

C = TypeVar("C", bound=type)
Connection: TypeAlias = "asyncpg.Connection[Any] | PoolConnectionProxy[Any]"
"""A connection of its own or one lent by the pool (the same API)."""

CONNECT_ATTEMPTS = 3
CONNECT_BACKOFF_S = 0.25
"""A pool connection that cannot be (re)made is retried this often (0.25, 0.5 s) before the call
fails with StorageUnavailable: a server restart or a failover blip costs a short wait, not an
error; a longer outage gets the polite "busy" answer until the server is back."""
COMMAND_TIMEOUT_S = 30.0
SERVER_SETTINGS = {
    # A worker that vanishes without closing its socket (power loss, network partition) is
    # noticed by the server within ~20 s, which frees its session (leases, in-flight rows).
    "tcp_keepalives_idle": "10",
    "tcp_keepalives_interval": "5",
    "tcp_keepalives_count": "2",
}

BUSY = "the database is busy (server unreachable or overloaded); try again shortly"
_UNAVAILABLE_SQLSTATE_CLASSES = {
    "08": BUSY,  # connection exception
    "53": "the database server is out of resources (disk full or too many connections)",
    "57": BUSY,  # operator intervention: shutdown, cancelled, cannot connect now
    "58": "disk I/O error on the database server",
}
_UNAVAILABLE_SQLSTATES = {
    "25006": "the database is read-only",  # read_only_sql_transaction (a standby)
    "55P03": BUSY,  # lock_not_available (lock_timeout)
    "55000": BUSY,  # object not in prerequisite state: "database not accepting connections"
    "40001": BUSY,  # serialization failure
    "40P01": BUSY,  # deadlock detected
}


def new_session_id() -> str:
    """``briefbot:<host>:<pid>:<nonce>``, at most 63 characters (application_name's limit)."""
    host = socket.gethostname()[:30]
    return f"briefbot:{host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def unavailable_message(exc: BaseException) -> str | None:
    """A short, SQL-free reason when ``exc`` means "the server cannot serve us now", else None."""
    if isinstance(exc, asyncpg.PostgresError):
        state = str(getattr(exc, "sqlstate", "") or "")
        if state in _UNAVAILABLE_SQLSTATES:
            return _UNAVAILABLE_SQLSTATES[state]
        return _UNAVAILABLE_SQLSTATE_CLASSES.get(state[:2])
    if isinstance(exc, (asyncpg.InterfaceError, OSError, TimeoutError, asyncio.TimeoutError)):
        return BUSY  # connection closed or refused, DNS failure, timeout
    if isinstance(exc, asyncpg.InternalClientError):
        return BUSY  # a statement on a connection the server had just closed
    return None


_GUARDED = "__storage_guarded__"


def _map_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return await fn(*args, **kwargs)
        except StorageUnavailable:
            raise
        except Exception as exc:
            message = unavailable_message(exc)
            if message is None:
                raise
            log.warning("database unavailable: %s", type(exc).__name__)
            raise StorageUnavailable(message) from exc

    setattr(wrapper, _GUARDED, True)
    return wrapper


def guarded(cls: C) -> C:
    """Class decorator: every public coroutine method maps connection loss, shutdown, disk full
    and lock timeouts to ``StorageUnavailable`` — the single place this mapping happens."""
    for name in dir(cls):  # inherited ones too: shared flows (``storage.quote_lookups``)
        member = getattr(cls, name)
        if not name.startswith("_") and inspect.iscoroutinefunction(member) and not hasattr(member, _GUARDED):
            setattr(cls, name, _map_errors(member))
    return cls


class Database:
    """The pool plus helpers; repositories share one instance."""

    def __init__(self, pool: asyncpg.Pool, session: str) -> None:
        self.pool = pool
        self.session = session

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[Connection]:
        """A pooled connection; (re)connecting is retried briefly before giving up."""
        for attempt in range(CONNECT_ATTEMPTS):
            try:
                conn = await self.pool.acquire()
                break
            except (OSError, asyncpg.InterfaceError, asyncpg.CannotConnectNowError,
                    asyncpg.TooManyConnectionsError, TimeoutError):
                if attempt == CONNECT_ATTEMPTS - 1:
                    raise
                await asyncio.sleep(CONNECT_BACKOFF_S * 2**attempt)
        try:
            yield conn
        finally:
            await self.pool.release(conn)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[Connection]:
        """One transaction (rolled back on any error) on its own pooled connection."""
        async with self.connection() as conn, conn.transaction():
            yield conn

    async def one(self, sql: str, params: Iterable[Any] = ()) -> asyncpg.Record | None:
        async with self.connection() as conn:
            row: asyncpg.Record | None = await conn.fetchrow(sql, *params)
            return row

    async def all(self, sql: str, params: Iterable[Any] = ()) -> list[asyncpg.Record]:
        async with self.connection() as conn:
            return list(await conn.fetch(sql, *params))

    async def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        async with self.connection() as conn:
            return await conn.fetchval(sql, *params)

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""
        async with self.connection() as conn:
            status: str = await conn.execute(sql, *params)
        return affected(status)


def affected(status: str) -> int:
    """Rows changed, from a command tag such as ``UPDATE 3`` or ``INSERT 0 1``."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


NUL = "\x00"


def text(value: str | None) -> str | None:
    """PostgreSQL text cannot hold NUL characters (SQLite can): drop them on the way in."""
    return value.replace(NUL, "") if value and NUL in value else value
