"""Storage: ``make_store`` turns the ``[bot] database`` setting (or ``LEGWORK_DATABASE_URL``) into
a store, PostgreSQL (postgres/) for a ``postgresql://`` URL, else SQLite (sqlite/) for a path or a
``sqlite:///path`` URL. Those hold only connections; every query is written once in sql/.
"""

from __future__ import annotations

from pathlib import Path

from bot.config import is_postgres_url, sqlite_path
from handlers.store import ManagedStore  # the port plus its lifecycle (open, close)

__all__ = ["ManagedStore", "make_store"]


def make_store(database: str, base_dir: Path | None = None) -> ManagedStore:
    """An unopened store for the `database` setting (call ``await store.open()``)."""
    if is_postgres_url(database):
        from bot.store.postgres import PostgresStore

        return PostgresStore(database.strip())
    from bot.store.sqlite import Store as SQLiteStore

    return SQLiteStore(sqlite_path(database, base_dir))
