"""Logged strength sessions, written once for both stores. ``log_session`` is the hot path (every
/done): on SQLite one group-committed trip (``_quick``) unless a challenge counts the session."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

from bot.store.sql.base import SqlBase
from bot.store.sql.conns import run
from bot.store.sql.dialect import Conn, Row, day, ts, values
from handlers.store import LoggedSession, NewSession, SessionRow

COLUMNS = "id, user_id, setting, minutes, effort, note, muscles, logged_at, local_date, source"
WEEK = "(SELECT COUNT(*) FROM sessions w WHERE w.user_id = :u AND w.local_date BETWEEN :w0 AND :w6)"
# True when a challenge may count a new session of this runner on this day (on_session_insert).
PROBE = "EXISTS (SELECT 1 FROM challenge_members m JOIN challenges c ON c.id = m.challenge_id WHERE (m.user_id = :u OR m.user_id IN (SELECT account_id FROM account_links WHERE person_id = :u)) AND c.start_date <= :day AND c.end_date >= :day)"
INSERT = f"INSERT INTO sessions (user_id, setting, minutes, effort, note, muscles, logged_at, local_date, source, dedupe_key, logged_by) VALUES (:u, :setting, :minutes, :effort, :note, :muscles, :at, :day, :source, :key, :by) ON CONFLICT (dedupe_key) DO NOTHING RETURNING {COLUMNS}, {PROBE}"
# SQLite's one trip: its RETURNING subqueries see the new row, so the week's count comes along.
INSERT_COUNTED = INSERT + f", {WEEK}"
EXISTING = f"SELECT {COLUMNS}, FALSE, {WEEK} FROM sessions WHERE dedupe_key = :key"
UNDO = f"DELETE FROM sessions WHERE id = (SELECT id FROM sessions WHERE user_id = :u AND logged_at >= :since ORDER BY logged_at DESC, id DESC LIMIT 1 {{skip_locked}}) RETURNING {COLUMNS}"
SELECT = f"SELECT {COLUMNS} FROM sessions WHERE user_id = :u "


def session_row(row: Row) -> SessionRow:
    sid, user_id, setting, minutes, effort, note, muscles, logged_at, local_date, source = values(row)[:10]
    muscled, at = tuple(m for m in muscles.split(",") if m), ts(logged_at)
    return SessionRow(sid, user_id, setting, minutes, effort, note, muscled, at, day(local_date), source)


class _HookNeeded(Exception):
    """The new session counts toward a challenge: insert it again with the hook."""


def _quick(q: dict[str, Any], conn: sqlite3.Connection) -> tuple[Any, bool]:
    """SQLite's common case in one trip: insert, count, and no challenge to count it toward."""
    row = run(conn, INSERT_COUNTED, **q).fetchone()
    if row is None:
        return run(conn, EXISTING, **q).fetchone(), False
    if row[10]:
        raise _HookNeeded  # rolled back; done again below with the hook in the transaction
    return row, True


class SessionsStore(SqlBase):
    async def add_session(self, user_id: int, s: NewSession) -> tuple[SessionRow, bool]:
        """(row, created): a repeated dedupe_key returns the first row, whoever inserted it."""
        logged = await self._insert_session(user_id, s, None)
        return logged.row, logged.created

    async def log_session(self, user_id: int, s: NewSession, week_start: date) -> LoggedSession:
        return await self._insert_session(user_id, s, week_start)

    async def _insert_session(self, user_id: int, s: NewSession, week_start: date | None) -> LoggedSession:
        q = {**vars(s), "u": user_id, "muscles": ",".join(s.muscles), "at": s.logged_at, "day": s.local_date}
        q["key"], q["by"] = s.dedupe_key, s.logged_by if s.logged_by != user_id else None
        q["w0"], q["w6"] = week_start, None if week_start is None else week_start + timedelta(days=6)
        if self.threaded:
            try:
                row, created = await self.write_in_thread(lambda conn: _quick(q, conn))
                return LoggedSession(session_row(row), created, int(row[11]))
            except _HookNeeded:
                pass
        async with self.sql_tx() as c:
            row = await c.fetchrow(INSERT, **q)
            created = row is not None
            if row is None:
                # ON CONFLICT waited for the other inserter to commit: its row is visible now.
                row = await c.fetchrow(EXISTING, **q)
            assert row is not None
            session = session_row(row)
            if created and row[10]:
                await self.on_session_insert(c, session)
            week = await c.fetchval(f"SELECT {WEEK}", **q)
        return LoggedSession(session, created, int(week))

    async def on_session_insert(self, c: Conn, row: SessionRow) -> None:
        """Hook run inside the inserting transaction (challenges count sessions here)."""

    async def undo_last_session(self, user_id: int, since: datetime) -> SessionRow | None:
        """The latest session since `since`, deleted in one statement (two undos delete two)."""
        row = await self.sql_write(UNDO, u=user_id, since=since)
        return session_row(row) if row else None

    async def recent_sessions(self, user_id: int, limit: int) -> list[SessionRow]:
        rows = await self.sql_fetch(SELECT + "ORDER BY logged_at DESC, id DESC LIMIT :n", u=user_id, n=limit)
        return [session_row(r) for r in rows]

    async def sessions_between(self, user_id: int, start: date, end: date) -> list[SessionRow]:
        sql = SELECT + "AND local_date BETWEEN :a AND :b ORDER BY logged_at, id"
        return [session_row(r) for r in await self.sql_fetch(sql, u=user_id, a=start, b=end)]

    async def count_sessions(self, user_id: int | None = None) -> int:
        where = "" if user_id is None else " WHERE user_id = :u"
        row = await self.sql_first("SELECT COUNT(*) FROM sessions" + where, u=user_id)
        return int(values(row)[0]) if row else 0

    async def all_sessions(self, user_id: int) -> list[SessionRow]:
        return [session_row(r) for r in await self.sql_fetch(SELECT + "ORDER BY logged_at, id", u=user_id)]
