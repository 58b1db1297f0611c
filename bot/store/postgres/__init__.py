"""The Store port on PostgreSQL (asyncpg), for several bot processes sharing one database: its
pool and advisory-lock migrations (core.py); the queries are the shared ones (bot/store/sql/)."""

from __future__ import annotations

from bot.store.postgres.copying import CopyStore
from bot.store.postgres.core import migrations
from bot.store.sql.accounts import AccountsStore
from bot.store.sql.challenges import ChallengesStore
from bot.store.sql.chatmove import ChatMoveStore
from bot.store.sql.context import ContextStore
from bot.store.sql.levels import LevelsStore
from bot.store.sql.plan import PlanStore
from bot.store.sql.reminders import RemindersStore
from bot.store.sql.runs import RunsSql
from bot.store.sql.strava import StravaSql


class PostgresStore(
    RunsSql,
    AccountsStore,
    ContextStore,
    ChatMoveStore,
    LevelsStore,
    PlanStore,
    ChallengesStore,
    RemindersStore,
    CopyStore,
    StravaSql,
):
    """The bot's storage in one PostgreSQL database, shared by any number of processes."""


__all__ = ["PostgresStore", "migrations"]
