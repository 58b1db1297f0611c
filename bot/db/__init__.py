"""Storage: the only package that holds SQL. ``Store`` joins one mixin per feature."""

from __future__ import annotations

from bot.db.challenges import ChallengesStore
from bot.db.core import SchemaTooNew
from bot.db.reminders import RemindersStore
from bot.db.sessions import SessionsStore
from handlers.store import ChatRow, NewSession, SessionRow, UserRow


class Store(ChallengesStore, SessionsStore, RemindersStore):
    """The bot's storage on one SQLite file."""


__all__ = ["ChatRow", "NewSession", "SchemaTooNew", "SessionRow", "Store", "UserRow"]
