"""Training levels (issue 29), written once for both stores: level changes and session ratings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Dialect, Row
from content.progress import Change
from handlers.store_levels import LevelState, RatedSession

_CHANGE_COLS = "muscle, level, from_level, reason, why, effective"
_SESSION_COLS = "id, setting, effort, muscles, local_date"


def _change(d: Dialect, r: Row) -> Change:
    day = d.day(r["effective"])
    assert day is not None
    return Change(r["muscle"], int(r["level"]), int(r["from_level"]), r["reason"], day, r["why"])


def _session(d: Dialect, r: Row) -> RatedSession:
    day = d.day(r["local_date"])
    assert day is not None
    muscles = tuple(m for m in (r["muscles"] or "").split(",") if m)
    return RatedSession(int(r["id"]), r["setting"], int(r["effort"] or 0), muscles, day)


class LevelsStore(SqlBase):
    """Mixed into ``bot.store.sqlite.Store`` and ``bot.store.postgres.PostgresStore``."""

    async def level_changes(self, user_id: int) -> list[Change]:
        async with self.sql_read() as c:
            rows = await c.fetch(
                f"SELECT {_CHANGE_COLS} FROM level_changes WHERE user_id = :u ORDER BY effective, id",
                u=user_id,
            )
            return [_change(c.dialect, r) for r in rows]

    async def level_state(self, user_id: int, day: date) -> LevelState:
        async with self.sql_read() as c:
            rows = await c.fetch(
                f"SELECT {_CHANGE_COLS} FROM level_changes WHERE user_id = :u ORDER BY effective, id",
                u=user_id,
            )
            last = await c.fetchval(
                "SELECT MAX(local_date) FROM sessions WHERE user_id = :u AND local_date < :d",
                u=user_id,
                d=day,
            )
            return LevelState(tuple(_change(c.dialect, r) for r in rows), c.dialect.day(last))

    async def add_level_changes(
        self, user_id: int, changes: Sequence[Change], now: datetime, session_id: int | None = None
    ) -> int:
        if not changes:
            return 0
        added = 0
        async with self.sql_tx() as c:
            for ch in changes:
                added += await c.execute(
                    "INSERT INTO level_changes (user_id, muscle, level, from_level, reason, why, effective, "
                    "session_id, created_at) VALUES (:u, :m, :lv, :fr, :reason, :why, :eff, :sid, :now) "
                    "ON CONFLICT (user_id, muscle, effective) DO NOTHING",
                    u=user_id,
                    m=ch.muscle,
                    lv=ch.level,
                    fr=ch.from_level,
                    reason=ch.reason,
                    why=ch.why,
                    eff=ch.effective,
                    sid=session_id,
                    now=now,
                )
        return added

    async def rate_session(self, user_id: int, session_id: int, effort: int) -> RatedSession | None:
        async with self.sql_tx() as c:
            n = await c.execute(
                "UPDATE sessions SET effort = :e WHERE id = :id AND user_id = :u AND effort IS NULL",
                e=effort,
                id=session_id,
                u=user_id,
            )
            if n != 1:
                return None
            row = await c.fetchrow(f"SELECT {_SESSION_COLS} FROM sessions WHERE id = :id", id=session_id)
            return None if row is None else _session(c.dialect, row)

    async def sessions_since(self, user_id: int, since: date) -> list[RatedSession]:
        async with self.sql_read() as c:
            rows = await c.fetch(
                f"SELECT {_SESSION_COLS} FROM sessions WHERE user_id = :u AND local_date >= :d "
                "ORDER BY local_date, id",
                u=user_id,
                d=since,
            )
            return [_session(c.dialect, r) for r in rows]
