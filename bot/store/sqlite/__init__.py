"""The SQLite store: the shared queries (bot/store/sql/) on one file's connection (core.py)."""

from __future__ import annotations

from bot.store.sql import Queries
from bot.store.sqlite.core import CoreStore, SchemaTooNew
from handlers.store import ChatRow, NewSession, SessionRow, UserRow


class Store(Queries, CoreStore):
    """The bot's storage on one SQLite file."""


__all__ = ["ChatRow", "NewSession", "SchemaTooNew", "SessionRow", "Store", "UserRow"]
