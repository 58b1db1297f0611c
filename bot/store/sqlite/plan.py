"""SQL for a runner's plan beyond the chat: pauses, linked accounts (one runner on two platforms)
and private calendar feed tokens."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import aiosqlite

from bot.store.conflicts import retried_on_conflict
from bot.store.sql.conns import SqliteConn
from bot.store.sql.runs import move_runs
from bot.store.sqlite.core import CoreStore, from_iso, iso
from handlers.store import LinkResult, PauseRow, UserRow


class PlanStore(CoreStore):
    # --- pauses ------------------------------------------------------------------------------

    async def get_pause(self, user_id: int) -> PauseRow | None:
        """The runner's current (latest) pause, which may already be over; None if never paused."""
        row = await self.fetch_one("SELECT * FROM pauses WHERE user_id = ? AND is_current", (user_id,))
        return _pause(row) if row else None

    async def pauses(self, user_id: int) -> list[PauseRow]:
        rows = await self.fetch_all(
            "SELECT * FROM pauses WHERE user_id = ? ORDER BY start_date, id", (user_id,)
        )
        return [_pause(r) for r in rows]

    async def set_pause(
        self,
        user_id: int,
        start: date,
        until: date | None,
        reason: str,
        note: str,
        guidance: str,
        now: datetime,
    ) -> PauseRow:
        """Start a pause from `start`; one still running is replaced (it ends where this starts)."""
        day = start.isoformat()
        async with self.tx() as db:
            await db.execute(
                "UPDATE pauses SET until_date = MAX(start_date, ?) WHERE user_id = ? AND is_current "
                "AND (until_date IS NULL OR until_date > ?)",
                (day, user_id, day),
            )
            await db.execute("UPDATE pauses SET is_current = 0 WHERE user_id = ? AND is_current", (user_id,))
            rows = await db.execute_fetchall(
                "INSERT INTO pauses (user_id, start_date, until_date, reason, note, guidance, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *",
                (user_id, day, until.isoformat() if until else None, reason, note, guidance, iso(now)),
            )
        return _pause(next(iter(rows)))

    async def end_pause(self, user_id: int, today: date, now: datetime) -> PauseRow | None:
        """End the running pause today (/resume); returns it as it was, or None if none runs."""
        async with self.tx() as db:
            rows = await db.execute_fetchall(
                "SELECT * FROM pauses WHERE user_id = ? AND is_current", (user_id,)
            )
            row = next(iter(rows), None)
            if row is None:
                return None
            p = _pause(row)
            if not p.active(today):
                return None
            await db.execute("UPDATE pauses SET until_date = ? WHERE id = ?", (today.isoformat(), p.id))
        return p

    async def paused_accounts(self, account_ids: Sequence[int], today: date) -> set[int]:
        """Which of these accounts (challenge members) are paused on `today` (their person's pause)."""
        ids = list(dict.fromkeys(account_ids))
        found: set[int] = set()
        day = today.isoformat()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = await self.fetch_all(
                "SELECT a.id FROM users a LEFT JOIN account_links l ON l.account_id = a.id "
                "JOIN pauses z ON z.user_id = COALESCE(l.person_id, a.id) AND z.is_current "
                f"WHERE a.id IN ({marks}) AND z.start_date <= ? "
                "AND (z.until_date IS NULL OR z.until_date > ?)",
                (*chunk, day, day),
            )
            found.update(r[0] for r in rows)
        return found

    # --- linked accounts -----------------------------------------------------------------------

    async def linked_accounts(self, user_id: int) -> list[UserRow]:
        """Every platform account of a runner (the person's own first), each as the person."""
        person = await self.fetch_one("SELECT * FROM users WHERE id = ?", (user_id,))
        if person is None:
            return []
        rows = await self.fetch_all(
            "SELECT * FROM users WHERE id = ? OR id IN "
            "(SELECT account_id FROM account_links WHERE person_id = ?) ORDER BY id <> ?, id",
            (user_id, user_id, user_id),
        )
        tz, created = person["tz"], from_iso(person["created_at"])
        return [
            UserRow(user_id, r["platform"], r["platform_user_id"], r["display_name"], tz, created, r["id"])
            for r in rows
        ]

    async def create_link_code(
        self, account_id: int, code_hash: str, expires: datetime, now: datetime
    ) -> None:
        """A new one-time code for this account; its earlier unused codes stop working."""
        async with self.tx() as db:
            await db.execute(
                "DELETE FROM link_codes WHERE (account_id = ? AND used_at IS NULL) OR expires_at < ?",
                (account_id, iso(now - timedelta(days=1))),
            )
            await db.execute(
                "INSERT INTO link_codes (code_hash, account_id, expires_at, created_at) VALUES (?, ?, ?, ?)",
                (code_hash, account_id, iso(expires), iso(now)),
            )

    @retried_on_conflict
    async def redeem_link_code(
        self,
        account_id: int,
        platform: str,
        code_hash: str,
        now: datetime,
        max_tries: int,
        window: timedelta,
    ) -> LinkResult:
        """Try a code from `account_id` (on `platform`); links the accounts if it is good.

        Every try counts (at most `max_tries` per account in `window`); a good code is used up.
        The code's maker becomes the person: the other account's sessions, schedule (unless the
        person has one), calendar and pauses move to it.
        """
        stamp = iso(now)
        async with self.tx() as db:
            since = iso(now - window)
            await db.execute(
                "DELETE FROM link_attempts WHERE account_id = ? AND tried_at <= ?", (account_id, since)
            )
            tried = await _scalar(
                db, "SELECT COUNT(*) FROM link_attempts WHERE account_id = ?", (account_id,)
            )
            if tried >= max_tries:
                return LinkResult("too_many")
            await db.execute(
                "INSERT INTO link_attempts (account_id, tried_at) VALUES (?, ?)", (account_id, stamp)
            )
            rows = await db.execute_fetchall(
                "SELECT c.account_id, c.expires_at, c.used_at, u.* FROM link_codes c "
                "JOIN users u ON u.id = c.account_id WHERE c.code_hash = ?",
                (code_hash,),
            )
            code = next(iter(rows), None)
            if code is None or code["used_at"] is not None:
                return LinkResult("unknown")
            if code["expires_at"] <= stamp:
                return LinkResult("expired")
            person = int(code["account_id"])
            if person == account_id:
                return LinkResult("own")
            if code["platform"] == platform:
                return LinkResult("same_platform")
            linked = await _scalar(
                db,
                "SELECT COUNT(*) FROM account_links WHERE account_id IN (?, ?) OR person_id IN (?, ?)",
                (person, account_id, person, account_id),
            )
            if linked:
                return LinkResult("already")
            dropped = await _merge(db, person, account_id)
            await db.execute("UPDATE link_codes SET used_at = ? WHERE code_hash = ?", (stamp, code_hash))
            await db.execute(
                "DELETE FROM link_codes WHERE account_id IN (?, ?) AND used_at IS NULL", (person, account_id)
            )
            await db.execute(
                "INSERT INTO account_links (account_id, person_id, linked_at) VALUES (?, ?, ?)",
                (account_id, person, stamp),
            )
            sched = await db.execute_fetchall(
                "SELECT platform FROM reminder_schedules WHERE user_id = ?", (person,)
            )
        self._users.clear()
        other = UserRow(
            person,
            code["platform"],
            code["platform_user_id"],
            code["display_name"],
            code["tz"],
            from_iso(code["created_at"]),
            person,
        )
        first = next(iter(sched), None)
        return LinkResult("linked", other, first[0] if first else None, dropped)

    @retried_on_conflict
    async def unlink_account(self, account_id: int) -> bool:
        """Separate an account from its runner (or a runner from its linked accounts).

        Each account gets back the sessions it logged; the schedule goes with the account on its
        platform; both keep the calendar (hard-run days, race) and the pause history.
        """
        async with self.tx() as db:
            rows = await db.execute_fetchall(
                "SELECT account_id, person_id FROM account_links WHERE account_id = ? OR person_id = ?",
                (account_id, account_id),
            )
            if not rows:
                return False
            for other, person in [(r[0], r[1]) for r in rows]:
                await _split(db, person, other)
        self._users.clear()
        return True

    # --- calendar feeds ------------------------------------------------------------------------

    async def set_calendar_token(self, user_id: int, token_hash: str, now: datetime) -> None:
        """The runner's feed URL token (replacing an earlier one)."""
        async with self.tx() as db:
            await db.execute(
                "INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, "
                "created_at = excluded.created_at",
                (user_id, token_hash, iso(now)),
            )

    async def user_by_calendar_token(self, token_hash: str) -> UserRow | None:
        row = await self.fetch_one(
            "SELECT u.* FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = ?",
            (token_hash,),
        )
        if row is None:
            return None
        return UserRow(
            row["id"], row["platform"], row["platform_user_id"], row["display_name"], row["tz"],
            from_iso(row["created_at"]), row["id"],
        )  # fmt: skip


async def _scalar(db: aiosqlite.Connection, sql: str, params: tuple[object, ...]) -> int:
    rows = await db.execute_fetchall(sql, params)
    row = next(iter(rows), None)
    return int(row[0]) if row and row[0] is not None else 0


async def _merge(db: aiosqlite.Connection, person: int, account: int) -> bool:
    """Move `account`'s runner data to `person`; True if the account's schedule was dropped."""
    await db.execute(
        "UPDATE sessions SET logged_by = COALESCE(logged_by, user_id), user_id = ? WHERE user_id = ?",
        (person, account),
    )
    await move_runs(SqliteConn(db), account, person)
    mine = await _scalar(db, "SELECT COUNT(*) FROM reminder_schedules WHERE user_id = ?", (person,))
    theirs = await _scalar(db, "SELECT COUNT(*) FROM reminder_schedules WHERE user_id = ?", (account,))
    dropped = False
    if theirs and mine:
        await db.execute("DELETE FROM reminder_schedules WHERE user_id = ?", (account,))
        dropped = True
    elif theirs:
        await db.execute("UPDATE reminder_schedules SET user_id = ? WHERE user_id = ?", (person, account))
    await db.execute(
        "INSERT INTO runner_plans (user_id, hard_days, race_date) "
        "SELECT ?, hard_days, race_date FROM runner_plans WHERE user_id = ? "
        "ON CONFLICT (user_id) DO UPDATE SET "
        "hard_days = CASE WHEN runner_plans.hard_days = 0 THEN excluded.hard_days "
        "ELSE runner_plans.hard_days END, race_date = COALESCE(runner_plans.race_date, excluded.race_date)",
        (person, account),
    )
    await db.execute("DELETE FROM runner_plans WHERE user_id = ?", (account,))
    await db.execute(
        "UPDATE pauses SET is_current = 0 WHERE user_id = ? AND is_current "
        "AND EXISTS (SELECT 1 FROM pauses WHERE user_id = ? AND is_current)",
        (account, person),
    )
    await db.execute("UPDATE pauses SET user_id = ? WHERE user_id = ?", (person, account))
    await db.execute(
        "UPDATE users SET tz = COALESCE(tz, (SELECT tz FROM users WHERE id = ?)) WHERE id = ?",
        (account, person),
    )
    await db.execute("DELETE FROM calendar_feeds WHERE user_id = ?", (account,))
    return dropped


async def _split(db: aiosqlite.Connection, person: int, account: int) -> None:
    """Undo one link: `account` takes back what it logged and the schedule on its platform."""
    await db.execute(
        "UPDATE sessions SET user_id = ?, logged_by = NULL WHERE user_id = ? AND logged_by = ?",
        (account, person, account),
    )
    await db.execute(
        "UPDATE reminder_schedules SET user_id = ? WHERE user_id = ? "
        "AND platform = (SELECT platform FROM users WHERE id = ?) "
        "AND platform <> (SELECT platform FROM users WHERE id = ?)",
        (account, person, account, person),
    )
    await db.execute(
        "INSERT INTO runner_plans (user_id, hard_days, race_date) "
        "SELECT ?, hard_days, race_date FROM runner_plans WHERE user_id = ? ON CONFLICT (user_id) DO NOTHING",
        (account, person),
    )
    await db.execute(
        "INSERT INTO pauses (user_id, start_date, until_date, reason, note, guidance, is_current, "
        "created_at) SELECT ?, start_date, until_date, reason, note, guidance, is_current, created_at "
        "FROM pauses WHERE user_id = ?",
        (account, person),
    )
    await db.execute(
        "UPDATE users SET tz = (SELECT tz FROM users WHERE id = ?) WHERE id = ?", (person, account)
    )
    await db.execute("DELETE FROM account_links WHERE account_id = ?", (account,))
    left = await _scalar(db, "SELECT COUNT(*) FROM account_links WHERE person_id = ?", (person,))
    if not left:
        await db.execute("UPDATE sessions SET logged_by = NULL WHERE user_id = ?", (person,))


def _pause(row: aiosqlite.Row) -> PauseRow:
    until = row["until_date"]
    return PauseRow(
        id=row["id"],
        user_id=row["user_id"],
        start=date.fromisoformat(row["start_date"]),
        until=date.fromisoformat(until) if until else None,
        reason=row["reason"],
        note=row["note"],
        guidance=row["guidance"],
        created_at=from_iso(row["created_at"]),
    )
