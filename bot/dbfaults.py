"""One reporter for "the database is unavailable", shared by every place that meets it.

During a database outage every update fails the same way: without this, webhook mode logged a
warning per delivery (~1,450 lines per process in 22 s) and polling a traceback per failed handler
(7,280 lines in 2 minutes). Errors that mean the database can't be reached go to one
``OutageLog`` instead: one line when the outage starts, a summary at most every 30 s, one line
when it ends. Any other exception is a bug and keeps its traceback, logged once where it happens.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from bot.outage import SUMMARY_SECONDS, OutageLog

log = logging.getLogger(__name__)

# asyncpg's connection-level errors, by name: a SQLite deployment never imports asyncpg.
_PG_UNAVAILABLE = frozenset(
    {
        "InterfaceError",
        "ConnectionDoesNotExistError",
        "ConnectionFailureError",
        "CannotConnectNowError",
        "TooManyConnectionsError",
        "PostgresConnectionError",
        "ClientCannotConnectError",
        "ConnectionRejectionError",
        "AdminShutdownError",
        "CrashShutdownError",
    }
)
_SQLITE_UNAVAILABLE = ("database is locked", "unable to open", "disk i/o error", "readonly database")


def _one(exc: BaseException) -> bool:
    if isinstance(exc, OSError | TimeoutError | ConnectionError):
        return True
    if any(t.__name__ in _PG_UNAVAILABLE for t in type(exc).__mro__):
        return True
    # SQLSTATE class 08 (connection exception), 57P01-57P03 (shutdown, cannot connect now)
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str) and (state.startswith("08") or state in ("57P01", "57P02", "57P03")):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return any(s in text for s in _SQLITE_UNAVAILABLE)
    text = str(exc).lower()
    return "connection was closed" in text or "connection refused" in text or "pool is closed" in text


def unavailable(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) means the database can't be reached or opened now."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if _one(cur):
            return True
        cur = cur.__cause__ or cur.__context__
    return False


class DatabaseOutage:
    """The process's one report of database unavailability (``Deps.outage``)."""

    def __init__(self, store: Any, every: float = SUMMARY_SECONDS) -> None:
        self.store = store
        self.log = OutageLog(log, "the database", every=every)

    @property
    def down(self) -> bool:
        return self.log.down

    def failed(self, exc: BaseException, what: str = "") -> bool:
        """Report `exc` if it means the database is unavailable (True); False: it is something
        else, which the caller logs as it would have."""
        if not unavailable(exc):
            return False
        self.log.failed(exc, f"last while {what}" if what else "")
        return True

    def ok(self) -> None:
        """A database call worked: ends the outage, if there was one."""
        self.log.ok()

    async def check(self) -> None:
        """Something worked that may not have needed the database (/tips): during an outage, ask
        the database itself (one small read) before calling the outage over, so commands without
        a store call don't make it flap between "failing" and "working again"."""
        if not self.log.down:
            return
        try:
            await self.store.handled_before("probe", "outage-check")
        except Exception as exc:
            self.failed(exc, "checking whether it is back")
            return
        self.log.ok()


def outage_of(deps: Any) -> Any:
    """The outage report of `deps` (``Deps.outage``), made if it has none yet: every adapter and
    dispatch of one process report to the same one."""
    if deps.outage is None:
        deps.outage = DatabaseOutage(deps.store)
    return deps.outage
