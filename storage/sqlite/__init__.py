"""SQLite backend of the storage contract (aiosqlite, WAL, FTS5, numbered migrations)."""

from .migrate import migrate
from .store import DEFAULT_BUSY_TIMEOUT_MS, SqliteStore, connect

__all__ = ["DEFAULT_BUSY_TIMEOUT_MS", "SqliteStore", "connect", "migrate"]
