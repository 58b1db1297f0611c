"""Training levels (issue 29), written once for both stores: level changes and session ratings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, datetime

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Dialect, Row, as_row
from content.progress import Change
from handlers.store_levels import LevelState, RatedSession

CHANGES = "SELECT muscle, level, from_level, reason, why, effective FROM level_changes WHERE user_id = :u ORDER BY effective, id"
LAST_SESSION = "SELECT MAX(local_date) FROM sessions WHERE user_id = :u AND local_date < :d"
ADD = "INSERT INTO level_changes (user_id, muscle, level, from_level, reason, why, effective, session_id, created_at) VALUES (:u, :muscle, :level, :from_level, :reason, :why, :effective, :sid, :now) ON CONFLICT (user_id, muscle, effective) DO NOTHING"
RATE = "UPDATE sessions SET effort = :e WHERE id = :id AND user_id = :u AND effort IS NULL"
SESSIONS = "SELECT id, setting, effort, muscles, local_date FROM sessions WHERE "


def _session(r: Row) -> RatedSession:
    muscles = tuple(m for m in (r["muscles"] or "").split(",") if m)
    return as_row(RatedSession, r, effort=int(r["effort"] or 0), muscles=muscles)


class LevelsStore(SqlBase):
    async def level_changes(self, user_id: int) -> list[Change]:
        return [as_row(Change, r) for r in await self.sql_fetch(CHANGES, u=user_id)]

    async def level_state(self, user_id: int, day: date) -> LevelState:
        async with self.sql_read() as c:
            rows = await c.fetch(CHANGES, u=user_id)
            last = await c.fetchval(LAST_SESSION, u=user_id, d=day)
        return LevelState(tuple(as_row(Change, r) for r in rows), Dialect.day(last))

    async def add_level_changes(
        self, user_id: int, changes: Sequence[Change], now: datetime, session_id: int | None = None
    ) -> int:
        if not changes:
            return 0
        async with self.sql_tx() as c:
            added = [await c.execute(ADD, u=user_id, sid=session_id, now=now, **asdict(ch)) for ch in changes]
        return sum(added)

    async def rate_session(self, user_id: int, session_id: int, effort: int) -> RatedSession | None:
        async with self.sql_tx() as c:
            if await c.execute(RATE, e=effort, id=session_id, u=user_id) != 1:
                return None
            row = await c.fetchrow(SESSIONS + "id = :id", id=session_id)
        return None if row is None else _session(row)

    async def sessions_since(self, user_id: int, since: date) -> list[RatedSession]:
        sql = SESSIONS + "user_id = :u AND local_date >= :d ORDER BY local_date, id"
        return [_session(r) for r in await self.sql_fetch(sql, u=user_id, d=since)]
