"""Queries written once for both stores, one mixin per area, each speaking only through
``self.sql_*`` (base.py) with ``:named`` parameters that the dialect (dialect.py) compiles."""

from __future__ import annotations

from bot.store.sql.accounts import AccountsStore
from bot.store.sql.challenges import ChallengesStore
from bot.store.sql.chatmove import ChatMoveStore
from bot.store.sql.context import ContextStore
from bot.store.sql.copying import CopyStore
from bot.store.sql.levels import LevelsStore
from bot.store.sql.plan import PlanStore
from bot.store.sql.reminders import RemindersStore
from bot.store.sql.runs import RunsSql
from bot.store.sql.strava import StravaSql


class Queries(RunsSql, AccountsStore, ContextStore, ChatMoveStore, LevelsStore, PlanStore, ChallengesStore,
              RemindersStore, CopyStore, StravaSql):  # fmt: skip
    """Every area's queries, mixed into a store's connection (its CoreStore)."""
