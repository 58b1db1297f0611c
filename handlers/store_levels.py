"""The port for training levels (issue 29): a runner's level changes and rating a logged session.

Kept apart from handlers/store.py: ``Store`` includes it, and a store implements it once, in
bot/store/sql/levels.py, for SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from content.progress import Change


@dataclass(frozen=True)
class LevelState:
    """What the routine of a day needs: the runner's level history and their last session before
    that day (for the three-weeks-off drop)."""

    changes: tuple[Change, ...]  # oldest first
    last_session: date | None


@dataclass(frozen=True)
class RatedSession:
    """A logged session as the level rules see it (effort 0: not rated)."""

    id: int
    setting: str
    effort: int
    muscles: tuple[str, ...]
    local_date: date


class LevelStore(Protocol):
    async def level_changes(self, user_id: int) -> list[Change]:
        """The runner's level changes, oldest first (by the day they take effect, then as made)."""
        ...

    async def level_state(self, user_id: int, day: date) -> LevelState: ...

    async def add_level_changes(
        self, user_id: int, changes: Sequence[Change], now: datetime, session_id: int | None = None
    ) -> int:
        """Record changes; one per group and day at most (a second for the same day is ignored).
        Returns how many were recorded."""
        ...

    async def rate_session(self, user_id: int, session_id: int, effort: int) -> RatedSession | None:
        """Record the effort of the runner's own session if it has none yet; None if the session
        is gone, someone else's or already rated (so a second press records nothing)."""
        ...

    async def sessions_since(self, user_id: int, since: date) -> list[RatedSession]:
        """The runner's sessions on or after ``since``, oldest first (effort 0: not rated)."""
        ...
