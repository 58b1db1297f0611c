"""Storage backends implementing handlers.store.Store: sqlite/ (the embedded default) and postgres/
(several processes sharing one database) hold only their connections, transactions and migrations;
every query is written once in sql/ (one mixin per area, named parameters, a small dialect layer).

``make_store`` turns the ``[bot] database`` setting (or ``LEGWORK_DATABASE_URL``) into a store: a
``postgresql://`` URL means PostgreSQL; a path or a ``sqlite:///path`` URL means SQLite.
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
