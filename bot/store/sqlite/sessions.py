"""SQL for logged strength sessions."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

import aiosqlite

from bot.store.sqlite.core import CoreStore, from_iso, iso
from handlers.store import LoggedSession, NewSession, SessionRow


class SessionsStore(CoreStore):
    async def add_session(self, user_id: int, s: NewSession) -> tuple[SessionRow, bool]:
        """Record a session; returns (row, created). A repeated dedupe_key returns the first row."""
        logged = await self._insert_session(user_id, s, None)
        return logged.row, logged.created

    async def log_session(self, user_id: int, s: NewSession, week_start: date) -> LoggedSession:
        """add_session plus the week's count, in one transaction: one trip to the database
        thread, where one INSERT returns the row, the week's count and whether a challenge
        counts it (then, rarely, the transaction is redone with the challenge hook)."""
        return await self._insert_session(user_id, s, week_start)

    async def _insert_session(self, user_id: int, s: NewSession, week_start: date | None) -> LoggedSession:
        day = s.local_date.isoformat()
        week_args: tuple[Any, ...]
        if week_start is None:
            week_sql, week_args = "0", ()
        else:
            week_sql = (
                "(SELECT COUNT(*) FROM sessions w WHERE w.user_id = ? AND w.local_date BETWEEN ? AND ?)"
            )
            week_args = (user_id, week_start.isoformat(), (week_start + timedelta(days=6)).isoformat())
        probe_sql, probe_args = self.session_insert_probe(user_id, day)
        insert = (
            "INSERT INTO sessions (user_id, setting, minutes, effort, note, muscles, logged_at, "
            "local_date, source, dedupe_key, logged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (dedupe_key) DO NOTHING RETURNING {_COLUMNS}, {week_sql}, {probe_sql}"
        )
        params = (
            user_id,
            s.setting,
            s.minutes,
            s.effort,
            s.note,
            ",".join(s.muscles),
            iso(s.logged_at),
            day,
            s.source,
            s.dedupe_key,
            s.logged_by if s.logged_by != user_id else None,
            *week_args,
            *probe_args,
        )
        existing = f"SELECT {_COLUMNS}, {week_sql}, 0 FROM sessions WHERE dedupe_key = ?"

        def quick(conn: sqlite3.Connection) -> tuple[Any, bool]:
            # The common case in one trip: insert, count, and no challenge to count it toward.
            row = conn.execute(insert, params).fetchone()
            if row is None:
                return conn.execute(existing, (*week_args, s.dedupe_key)).fetchone(), False
            if row[_N]:
                raise _HookNeeded  # rolled back; done again below with the hook in the transaction
            return row, True

        try:
            row, created = await self.write_in_thread(quick)
        except _HookNeeded:
            async with self.tx() as db:
                row = next(iter(await db.execute_fetchall(insert, params)), None)
                created = row is not None
                if row is None:
                    row = next(iter(await db.execute_fetchall(existing, (*week_args, s.dedupe_key))))
                if created:
                    await self.on_session_insert(db, _session(row))
        return LoggedSession(_session(row), created, int(row[_N - 1]))

    def session_insert_probe(self, user_id: int, day: str) -> tuple[str, tuple[object, ...]]:
        """An SQL expression (and its parameters), true when on_session_insert has work for a
        new session of this user on this local day; evaluated by the INSERT itself."""
        return "0", ()

    async def on_session_insert(self, db: aiosqlite.Connection, row: SessionRow) -> None:
        """Hook run inside the inserting transaction (challenges count sessions here)."""

    async def undo_last_session(self, user_id: int, since: datetime) -> SessionRow | None:
        """Delete the user's most recent session logged at or after `since`."""
        async with self.tx() as db:
            cur = await db.execute(
                f"SELECT {_COLUMNS} FROM sessions WHERE user_id = ? AND logged_at >= ? "
                "ORDER BY logged_at DESC, id DESC LIMIT 1",
                (user_id, iso(since)),
            )
            row = await cur.fetchone()
            if row is None:
                return None
            await db.execute("DELETE FROM sessions WHERE id = ?", (row["id"],))
        return _session(row)

    async def recent_sessions(self, user_id: int, limit: int) -> list[SessionRow]:
        rows = await self.fetch_all(
            f"SELECT {_COLUMNS} FROM sessions WHERE user_id = ? ORDER BY logged_at DESC, id DESC LIMIT ?",
            (user_id, limit),
        )
        return [_session(r) for r in rows]

    async def sessions_between(self, user_id: int, start: date, end: date) -> list[SessionRow]:
        """Sessions whose local date is in [start, end]."""
        rows = await self.fetch_all(
            f"SELECT {_COLUMNS} FROM sessions WHERE user_id = ? AND local_date >= ? AND local_date <= ? "
            "ORDER BY logged_at",
            (user_id, start.isoformat(), end.isoformat()),
        )
        return [_session(r) for r in rows]

    async def count_sessions(self, user_id: int | None = None) -> int:
        async with self.read() as db:
            if user_id is None:
                cur = await db.execute("SELECT COUNT(*) FROM sessions")
            else:
                cur = await db.execute("SELECT COUNT(*) FROM sessions WHERE user_id = ?", (user_id,))
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def all_sessions(self, user_id: int) -> list[SessionRow]:
        rows = await self.fetch_all(
            f"SELECT {_COLUMNS} FROM sessions WHERE user_id = ? ORDER BY logged_at, id", (user_id,)
        )
        return [_session(r) for r in rows]


class _HookNeeded(Exception):
    """The new session counts toward a challenge: insert it again with the hook."""


_COLUMNS = "id, user_id, setting, minutes, effort, note, muscles, logged_at, local_date, source"
_N = 11  # the column after _COLUMNS and the week count: the probe


def _session(row: aiosqlite.Row) -> SessionRow:
    # By position: _COLUMNS' order (sqlite3.Row looks names up with a linear scan).
    return SessionRow(
        id=row[0],
        user_id=row[1],
        setting=row[2],
        minutes=row[3],
        effort=row[4],
        note=row[5],
        muscles=tuple(m for m in row[6].split(",") if m),
        logged_at=from_iso(row[7]),
        local_date=date.fromisoformat(row[8]),
        source=row[9],
    )
