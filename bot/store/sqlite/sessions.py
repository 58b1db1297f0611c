"""SQL for logged strength sessions."""

from __future__ import annotations

from datetime import date, datetime

import aiosqlite

from bot.store.sqlite.core import CoreStore, from_iso, iso
from handlers.store import NewSession, SessionRow


class SessionsStore(CoreStore):
    async def add_session(self, user_id: int, s: NewSession) -> tuple[SessionRow, bool]:
        """Record a session; returns (row, created). A repeated dedupe_key returns the first row."""
        async with self.tx() as db:
            rows = await db.execute_fetchall(
                "INSERT INTO sessions (user_id, setting, minutes, effort, note, muscles, logged_at, "
                "local_date, source, dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (dedupe_key) DO NOTHING RETURNING *",
                (
                    user_id,
                    s.setting,
                    s.minutes,
                    s.effort,
                    s.note,
                    ",".join(s.muscles),
                    iso(s.logged_at),
                    s.local_date.isoformat(),
                    s.source,
                    s.dedupe_key,
                ),
            )
            row = next(iter(rows), None)
            created = row is not None
            if row is None:
                found = await db.execute_fetchall(
                    "SELECT * FROM sessions WHERE dedupe_key = ?", (s.dedupe_key,)
                )
                row = next(iter(found))
            if created:
                await self.on_session_insert(db, _session(row))
        return _session(row), created

    async def on_session_insert(self, db: aiosqlite.Connection, row: SessionRow) -> None:
        """Hook run inside the inserting transaction (challenges count sessions here)."""

    async def undo_last_session(self, user_id: int, since: datetime) -> SessionRow | None:
        """Delete the user's most recent session logged at or after `since`."""
        async with self.tx() as db:
            cur = await db.execute(
                "SELECT * FROM sessions WHERE user_id = ? AND logged_at >= ? "
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
            "SELECT * FROM sessions WHERE user_id = ? ORDER BY logged_at DESC, id DESC LIMIT ?",
            (user_id, limit),
        )
        return [_session(r) for r in rows]

    async def sessions_between(self, user_id: int, start: date, end: date) -> list[SessionRow]:
        """Sessions whose local date is in [start, end]."""
        rows = await self.fetch_all(
            "SELECT * FROM sessions WHERE user_id = ? AND local_date >= ? AND local_date <= ? "
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
            "SELECT * FROM sessions WHERE user_id = ? ORDER BY logged_at, id", (user_id,)
        )
        return [_session(r) for r in rows]


def _session(row: aiosqlite.Row) -> SessionRow:
    return SessionRow(
        id=row["id"],
        user_id=row["user_id"],
        setting=row["setting"],
        minutes=row["minutes"],
        effort=row["effort"],
        note=row["note"],
        muscles=tuple(m for m in row["muscles"].split(",") if m),
        logged_at=from_iso(row["logged_at"]),
        local_date=date.fromisoformat(row["local_date"]),
        source=row["source"],
    )
