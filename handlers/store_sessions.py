"""The port for logged sessions (/done, /undo, stats). ``handlers.store.HandlerStore`` includes it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from handlers.rows import LoggedSession, NewSession, SessionRow


class SessionsPort(Protocol):
    async def add_session(self, user_id: int, s: NewSession) -> tuple[SessionRow, bool]: ...
    async def log_session(self, user_id: int, s: NewSession, week_start: date) -> LoggedSession:
        """/done's store work in ONE write transaction: add_session (dedupe, challenge counting)
        and the count of the user's sessions with local_date in [week_start, week_start + 6 days]
        as it stands after the insert."""
        ...

    async def undo_last_session(self, user_id: int, since: datetime) -> SessionRow | None: ...
    async def recent_sessions(self, user_id: int, limit: int) -> list[SessionRow]: ...
    async def sessions_between(self, user_id: int, start: date, end: date) -> list[SessionRow]: ...
    async def all_sessions(self, user_id: int) -> list[SessionRow]: ...
