"""PostgreSQL backend of the storage contract (asyncpg, tsvector + GIN, numbered migrations)."""

from .migrate import migrate
from .store import PgStore

__all__ = ["PgStore", "migrate"]
