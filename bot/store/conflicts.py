"""A transaction that lost to another (PostgreSQL's deadlock or serialization failure, SQLite's
"database is locked") is run again, up to ATTEMPTS in all, after a random pause. The stores lock
rows in id order, so this is the fallback, not the plan."""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_random

log = logging.getLogger(__name__)

ATTEMPTS = 3
PG_CONFLICTS = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure
JITTER = (0.01, 0.15)  # seconds before another attempt

P = ParamSpec("P")
T = TypeVar("T")


def is_conflict(exc: BaseException) -> bool:
    """Worth running again (the SQLSTATE read without importing asyncpg)."""
    if isinstance(exc, sqlite3.OperationalError):
        return any(word in str(exc).lower() for word in ("database is locked", "database is busy"))
    return getattr(exc, "sqlstate", None) in PG_CONFLICTS


def _note(state: object) -> None:
    outcome = getattr(state, "outcome", None)
    exc = outcome.exception() if outcome is not None else None
    log.info("a transaction met another (%s); running it again", type(exc).__name__)


async def retry_conflicts(fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> T:
    """`fn(*args, **kwargs)`, run again (at most ATTEMPTS in all) while it fails with a conflict."""
    async for attempt in AsyncRetrying(
        stop=stop_after_attempt(ATTEMPTS),
        wait=wait_random(*JITTER),
        retry=retry_if_exception(is_conflict),
        before_sleep=_note,
        reraise=True,
    ):
        with attempt:
            return await fn(*args, **kwargs)
    raise AssertionError("unreachable")  # pragma: no cover - reraise=True raises the last error


def retried_on_conflict(fn: Callable[P, Awaitable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
    """A store method whose whole transaction is run again on a conflict (see retry_conflicts)."""

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return await retry_conflicts(fn, *args, **kwargs)

    return wrapper
