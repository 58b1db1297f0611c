"""The SQLite store: all of its SQL. ``Store`` joins one mixin per feature and implements the
port, ``handlers.store.Store``."""

from __future__ import annotations

from bot.store.sql.levels import LevelsStore
from bot.store.sql.runs import RunsSql
from bot.store.sql.strava import StravaSql
from bot.store.sqlite.challenges import ChallengesStore
from bot.store.sqlite.chatmove import ChatMoveStore
from bot.store.sqlite.context import ContextStore
from bot.store.sqlite.copying import CopyStore
from bot.store.sqlite.core import SchemaTooNew
from bot.store.sqlite.plan import PlanStore
from bot.store.sqlite.reminders import RemindersStore
from bot.store.sqlite.sessions import SessionsStore
from handlers.store import ChatRow, NewSession, SessionRow, UserRow


class Store(
    RunsSql,
    LevelsStore,
    PlanStore,
    ChallengesStore,
    ChatMoveStore,
    SessionsStore,
    RemindersStore,
    ContextStore,
    CopyStore,
    StravaSql,
):
    """The bot's storage on one SQLite file."""


__all__ = ["ChatRow", "NewSession", "SchemaTooNew", "SessionRow", "Store", "UserRow"]
