"""The Store port on PostgreSQL (asyncpg), for several bot processes sharing one database."""

from __future__ import annotations

from bot.store.postgres.challenges import ChallengesStore
from bot.store.postgres.chatmove import ChatMoveStore
from bot.store.postgres.context import ContextStore
from bot.store.postgres.copying import CopyStore
from bot.store.postgres.core import migrations
from bot.store.postgres.plan import PlanStore
from bot.store.postgres.reminders import RemindersStore
from bot.store.sql.levels import LevelsStore
from bot.store.sql.runs import RunsSql
from bot.store.sql.strava import StravaSql


class PostgresStore(
    RunsSql,
    LevelsStore,
    PlanStore,
    ChallengesStore,
    ChatMoveStore,
    RemindersStore,
    ContextStore,
    CopyStore,
    StravaSql,
):
    """The bot's storage in one PostgreSQL database, shared by any number of processes."""


__all__ = ["PostgresStore", "migrations"]
