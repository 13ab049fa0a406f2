"""Numbered migration files (``NNNN_name.sql``) bundled with a backend, read in order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class MigrationFile:
    version: int
    name: str
    sql: str


def read_migrations(package: str, folder: str) -> list[MigrationFile]:
    """Every ``NNNN_name.sql`` in ``package/folder`` by number (1, 2, 3 … without gaps)."""
    found = []
    for entry in (resources.files(package) / folder).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(MigrationFile(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{package}/{folder} must be numbered 0001, 0002, … without gaps")
    return found
