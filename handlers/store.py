"""The storage PORT, split by role: each caller names only the operations it uses.

* handlers (``HandlerStore``): accounts (handlers/store_accounts.py), sessions (store_sessions.py),
  plans (store_plans.py), challenges (store_challenges.py), levels, runs and Strava
  (store_levels.py, store_runs.py, store_strava.py), and the claims of commands that run once;
* services (``ServiceStore``): the reminder queue (store_reminders.py) and the challenge posts;
* adapters (``AdapterStore``): the ledger of incoming updates (store_ledger.py) and chat moves;
* the app wiring (``Lifecycle``): open and close.

``Store`` is all of them: what one backend implements (bot/store/*; the store test suite is the
definition of each operation's meaning) and what the app wiring hands around. Nothing here knows
about SQL. The rows are in handlers/rows.py, the results in handlers/outcomes.py and the challenge
rules in handlers/challenge_rules.py; their names are importable from here too.
"""

from __future__ import annotations

from typing import Protocol

from handlers.challenge_rules import Score, label_ranks, rank_key, score_entries
from handlers.rows import (
    CONTEXT_KEEP,
    SILENT_KINDS,
    AskContext,
    BoardPage,
    BoardRow,
    ChallengeRow,
    ChatRow,
    ClaimBatch,
    ClaimPlan,
    DueReminder,
    LinkResult,
    LoggedSession,
    MemberRow,
    NewChallenge,
    NewSchedule,
    NewSession,
    PauseRow,
    Rules,
    RunnerPlan,
    ScheduleRow,
    Scope,
    SessionRow,
    Unsent,
    UserRow,
    utc_stamp,
)
from handlers.store_accounts import AccountsPort
from handlers.store_challenges import ChallengePosts, ChallengesPort
from handlers.store_ledger import MessageClaims, UpdateLedger
from handlers.store_levels import LevelStore
from handlers.store_plans import PlansPort
from handlers.store_reminders import ReminderQueue
from handlers.store_runs import RunsPort
from handlers.store_sessions import SessionsPort
from handlers.store_strava import StravaStore

__all__ = [
    "CONTEXT_KEEP",
    "SILENT_KINDS",
    "AdapterStore",
    "AskContext",
    "BoardPage",
    "BoardRow",
    "ChallengeRow",
    "ChatRow",
    "ClaimBatch",
    "ClaimPlan",
    "DueReminder",
    "HandlerStore",
    "Lifecycle",
    "LinkResult",
    "LoggedSession",
    "ManagedStore",
    "MemberRow",
    "NewChallenge",
    "NewSchedule",
    "NewSession",
    "PauseRow",
    "Rules",
    "RunnerPlan",
    "ScheduleRow",
    "Scope",
    "Score",
    "ServiceStore",
    "SessionRow",
    "Store",
    "Unsent",
    "UserRow",
    "label_ranks",
    "rank_key",
    "score_entries",
    "utc_stamp",
]


class HandlerStore(
    AccountsPort,
    SessionsPort,
    PlansPort,
    ChallengesPort,
    LevelStore,
    RunsPort,
    StravaStore,
    MessageClaims,
    Protocol,
):
    """What the commands in handlers/ call."""


class ServiceStore(ReminderQueue, ChallengePosts, StravaStore, Protocol):
    """What the services in bot/services/ call (each service types against its own part)."""


class AdapterStore(UpdateLedger, Protocol):
    """What the platform adapters call besides the handlers' operations."""

    async def move_chat(self, platform: str, old_chat_id: str, new_chat_id: str) -> bool:
        """A chat got a new id (a Telegram group became a supergroup): move its challenges, club
        schedule and time zone to it, once, in one transaction; False if nothing was moved."""
        ...


class Store(HandlerStore, ServiceStore, AdapterStore, Protocol):
    """Every operation on storage, by every role: what a backend implements."""


class Lifecycle(Protocol):
    """Opening and closing: only the app wiring (and copy-db) does either."""

    async def open(self) -> None:
        """Connect and migrate the schema to the newest version (SchemaTooNew if it is newer)."""
        ...

    async def close(self) -> None:
        """Finish pending writes and release the connections."""
        ...


class ManagedStore(Store, Lifecycle, Protocol):
    """A store with its lifecycle: what ``bot.store.make_store`` returns."""
