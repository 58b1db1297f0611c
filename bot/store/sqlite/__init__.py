"""The SQLite store: its connection, transactions, group commit and migrations (core.py); the
queries are the shared ones (bot/store/sql/). ``Store`` implements the port, ``handlers.store.Store``."""

from __future__ import annotations

from bot.store.sql.accounts import AccountsStore
from bot.store.sql.challenges import ChallengesStore
from bot.store.sql.chatmove import ChatMoveStore
from bot.store.sql.context import ContextStore
from bot.store.sql.levels import LevelsStore
from bot.store.sql.plan import PlanStore
from bot.store.sql.reminders import RemindersStore
from bot.store.sql.runs import RunsSql
from bot.store.sql.sessions import SessionsStore
from bot.store.sql.strava import StravaSql
from bot.store.sqlite.copying import CopyStore
from bot.store.sqlite.core import SchemaTooNew
from handlers.store import ChatRow, NewSession, SessionRow, UserRow


class Store(
    RunsSql,
    AccountsStore,
    ContextStore,
    ChatMoveStore,
    LevelsStore,
    PlanStore,
    ChallengesStore,
    SessionsStore,
    RemindersStore,
    CopyStore,
    StravaSql,
):
    """The bot's storage on one SQLite file."""


__all__ = ["ChatRow", "NewSession", "SchemaTooNew", "SessionRow", "Store", "UserRow"]
