"""The store on PostgreSQL, for processes sharing one database: the shared queries on its pool."""

from __future__ import annotations

from bot.store.postgres.core import CoreStore, migrations
from bot.store.sql import Queries


class PostgresStore(Queries, CoreStore):
    """The bot's storage in one PostgreSQL database, shared by any number of processes."""


__all__ = ["PostgresStore", "migrations"]
