"""Storage backends; each subpackage implements handlers.store.Store and owns all of its SQL:
sqlite/ (the embedded default) and postgres/ (several processes sharing one database).

``make_store`` turns the ``[bot] database`` setting (or ``LEGWORK_DATABASE_URL``) into a store: a
``postgresql://`` URL means PostgreSQL; a path or a ``sqlite:///path`` URL means SQLite.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import is_postgres_url, sqlite_path

if TYPE_CHECKING:
    from handlers.store import Store


def make_store(database: str, base_dir: Path | None = None) -> Store:
    """An unopened store for the `database` setting (call ``await store.open()``)."""
    if is_postgres_url(database):
        from bot.store.postgres import PostgresStore

        return PostgresStore(database.strip())
    from bot.store.sqlite import Store as SQLiteStore

    return SQLiteStore(sqlite_path(database, base_dir))
