"""PostgreSQL SQL for logged strength sessions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import asyncpg

from bot.store.postgres.core import CoreStore, clean
from handlers.store import LoggedSession, NewSession, SessionRow


class SessionsStore(CoreStore):
    async def add_session(self, user_id: int, s: NewSession) -> tuple[SessionRow, bool]:
        """Record a session; returns (row, created). A repeated dedupe_key returns the first row,
        whichever process inserted it (the UNIQUE key decides)."""
        async with self.tx() as con:
            return await self._insert_session(con, user_id, s)

    async def log_session(self, user_id: int, s: NewSession, week_start: date) -> LoggedSession:
        """add_session plus the count of the user's sessions in the week from week_start (this
        one included), in one transaction and one round of the pool."""
        async with self.tx() as con:
            session, created = await self._insert_session(con, user_id, s)
            week = await con.fetchval(
                "SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND local_date BETWEEN $2 AND $3",
                user_id,
                week_start,
                week_start + timedelta(days=6),
            )
        return LoggedSession(session, created, int(week))

    async def _insert_session(
        self, con: asyncpg.Connection, user_id: int, s: NewSession
    ) -> tuple[SessionRow, bool]:
        row = await con.fetchrow(
            "INSERT INTO sessions (user_id, setting, minutes, effort, note, muscles, logged_at, "
            "local_date, source, dedupe_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
            "ON CONFLICT (dedupe_key) DO NOTHING RETURNING *",
            user_id,
            s.setting,
            s.minutes,
            s.effort,
            clean(s.note),
            ",".join(s.muscles),
            s.logged_at,
            s.local_date,
            s.source,
            None if s.dedupe_key is None else clean(s.dedupe_key),
        )
        created = row is not None
        if row is None:
            # ON CONFLICT waited for the other inserter to commit: its row is visible now.
            row = await con.fetchrow(
                "SELECT * FROM sessions WHERE dedupe_key = $1", clean(s.dedupe_key or "")
            )
        assert row is not None
        session = _session(row)
        if created:
            await self.on_session_insert(con, session)
        return session, created

    async def on_session_insert(self, con: asyncpg.Connection, row: SessionRow) -> None:
        """Hook run inside the inserting transaction (challenges count sessions here)."""

    async def undo_last_session(self, user_id: int, since: datetime) -> SessionRow | None:
        """Delete the user's most recent session logged at or after `since`."""
        async with self.pool.acquire() as con:
            # One statement: two processes undoing at once delete two different sessions.
            row = await con.fetchrow(
                "DELETE FROM sessions WHERE id = (SELECT id FROM sessions WHERE user_id = $1 "
                "AND logged_at >= $2 ORDER BY logged_at DESC, id DESC LIMIT 1 FOR UPDATE SKIP LOCKED) "
                "RETURNING *",
                user_id,
                since,
            )
        return _session(row) if row else None

    async def recent_sessions(self, user_id: int, limit: int) -> list[SessionRow]:
        async with self.pool.acquire() as con:
            rows = await con.fetch(
                "SELECT * FROM sessions WHERE user_id = $1 ORDER BY logged_at DESC, id DESC LIMIT $2",
                user_id,
                limit,
            )
        return [_session(r) for r in rows]

    async def sessions_between(self, user_id: int, start: date, end: date) -> list[SessionRow]:
        """Sessions whose local date is in [start, end]."""
        async with self.pool.acquire() as con:
            rows = await con.fetch(
                "SELECT * FROM sessions WHERE user_id = $1 AND local_date BETWEEN $2 AND $3 "
                "ORDER BY logged_at, id",
                user_id,
                start,
                end,
            )
        return [_session(r) for r in rows]

    async def count_sessions(self, user_id: int | None = None) -> int:
        async with self.pool.acquire() as con:
            if user_id is None:
                n = await con.fetchval("SELECT COUNT(*) FROM sessions")
            else:
                n = await con.fetchval("SELECT COUNT(*) FROM sessions WHERE user_id = $1", user_id)
        return int(n)

    async def all_sessions(self, user_id: int) -> list[SessionRow]:
        async with self.pool.acquire() as con:
            rows = await con.fetch(
                "SELECT * FROM sessions WHERE user_id = $1 ORDER BY logged_at, id", user_id
            )
        return [_session(r) for r in rows]


def _session(row: asyncpg.Record) -> SessionRow:
    return SessionRow(
        id=row["id"],
        user_id=row["user_id"],
        setting=row["setting"],
        minutes=row["minutes"],
        effort=row["effort"],
        note=row["note"],
        muscles=tuple(m for m in row["muscles"].split(",") if m),
        logged_at=row["logged_at"],
        local_date=row["local_date"],
        source=row["source"],
    )
