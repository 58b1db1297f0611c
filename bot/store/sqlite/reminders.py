"""SQL for scheduled reminders: schedules with their next fire time, the send log, runner calendars.

A schedule row holds the UTC instant of its next reminder (``next_fire``, indexed with the
platform). The scheduler claims due rows in batches inside one ``BEGIN IMMEDIATE`` transaction: it
inserts ``(schedule_id, local_date)`` into ``reminder_sends`` (primary key, so a date is claimed
once however many schedulers tick) and advances ``next_fire`` in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

import aiosqlite

from bot.store.common import DUE_SELECT, SCHEDULE_COLS, days_mask, mask_days
from bot.store.sqlite.core import CoreStore, iso
from handlers.store import (
    SILENT_KINDS,
    ClaimBatch,
    ClaimPlan,
    DueReminder,
    RunnerPlan,
    ScheduleRow,
    Scope,
    Unsent,
    UserRow,
)

# next_fire of a schedule whose owner changed time zone: due at once, re-planned by the next tick.
REPLAN_NOW = "1970-01-01T00:00:00.000000Z"
CLAIM_CHUNK = 500  # rows per multi-row INSERT (5 parameters each, well under SQLite's limit)


def _iso(dt: datetime) -> str:
    """core.iso()'s text ("2026-12-01T07:00:00.000000Z") without strftime's cost."""
    return dt.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


def _ts(text: str) -> datetime:
    # fromisoformat (3.11+) reads iso()'s "...Z" text and is ~20x faster than strptime.
    return datetime.fromisoformat(text)


_SCHEDULE_COLS = SCHEDULE_COLS
_DUE_SELECT = DUE_SELECT
_DUE_SQL = _DUE_SELECT + "WHERE s.platform = ? AND s.next_fire <= ? {targets}ORDER BY s.next_fire LIMIT ?"


def _scope_sql(scope: Scope | None, alias: str = "s.") -> tuple[str, list[object]]:
    """An "AND ..." clause keeping a schedule row (``alias``: its table prefix) within the scope."""
    if scope is None:
        return "", []
    chats = sorted(scope.chats)
    marks = ", ".join("?" * len(chats)) or "NULL"
    clause = (
        f"AND {alias}target IN ({marks}) AND ({alias}user_id IS NULL OR {alias}user_id IN "
        f"(SELECT id FROM users WHERE platform = {alias}platform AND platform_user_id = ?)) "
    )
    return clause, [*chats, scope.user]


class RemindersStore(CoreStore):
    # --- schedules (handlers) ----------------------------------------------------------------

    async def get_user_schedule(self, user_id: int) -> ScheduleRow | None:
        async with self.read() as db:
            cur = await db.execute(
                f"SELECT {_SCHEDULE_COLS} FROM reminder_schedules WHERE user_id = ?", (user_id,)
            )
            row = await cur.fetchone()
        return _schedule(row) if row else None

    async def get_club_schedule(self, chat_id: int) -> ScheduleRow | None:
        async with self.read() as db:
            cur = await db.execute(
                f"SELECT {_SCHEDULE_COLS} FROM reminder_schedules WHERE chat_id = ?", (chat_id,)
            )
            row = await cur.fetchone()
        return _schedule(row) if row else None

    async def set_user_schedule(
        self,
        user_id: int,
        platform: str,
        target: str,
        days: Sequence[int],
        local_time: str,
        setting: str,
        next_fire: datetime,
        now: datetime,
    ) -> ScheduleRow:
        """Create or replace a runner's schedule; also resumes a paused one."""
        return await self._set_schedule(
            "user_id", user_id, platform, target, days, local_time, setting, next_fire, now
        )

    async def set_club_schedule(
        self,
        chat_id: int,
        platform: str,
        target: str,
        days: Sequence[int],
        local_time: str,
        setting: str,
        next_fire: datetime,
        now: datetime,
    ) -> ScheduleRow:
        """Create or replace a group chat's club schedule (chat_id is chats.id)."""
        return await self._set_schedule(
            "chat_id", chat_id, platform, target, days, local_time, setting, next_fire, now
        )

    async def _set_schedule(
        self,
        owner_col: str,
        owner: int,
        platform: str,
        target: str,
        days: Sequence[int],
        local_time: str,
        setting: str,
        next_fire: datetime,
        now: datetime,
    ) -> ScheduleRow:
        assert owner_col in ("user_id", "chat_id")
        async with self.tx() as db:
            await db.execute(
                f"INSERT INTO reminder_schedules ({owner_col}, platform, target, days, local_time, "
                "setting, next_fire, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                f"ON CONFLICT ({owner_col}) DO UPDATE SET platform = excluded.platform, "
                "target = excluded.target, days = excluded.days, local_time = excluded.local_time, "
                "setting = excluded.setting, next_fire = excluded.next_fire, replan = 0, paused = 0, "
                "updated_at = excluded.updated_at",
                (
                    owner,
                    platform,
                    target,
                    days_mask(days),
                    local_time,
                    setting,
                    iso(next_fire),
                    iso(now),
                    iso(now),
                ),
            )
            cur = await db.execute(
                f"SELECT {_SCHEDULE_COLS} FROM reminder_schedules WHERE {owner_col} = ?", (owner,)
            )
            row = await cur.fetchone()
        assert row is not None
        return _schedule(row)

    async def delete_user_schedule(self, user_id: int) -> bool:
        async with self.tx() as db:
            cur = await db.execute("DELETE FROM reminder_schedules WHERE user_id = ?", (user_id,))
            return cur.rowcount > 0

    async def delete_club_schedule(self, chat_id: int) -> bool:
        async with self.tx() as db:
            cur = await db.execute("DELETE FROM reminder_schedules WHERE chat_id = ?", (chat_id,))
            return cur.rowcount > 0

    async def pause_schedule(self, schedule_id: int) -> None:
        """Stop a schedule whose chat can't be reached; setting it again resumes it."""
        async with self.tx() as db:
            await db.execute(
                "UPDATE reminder_schedules SET paused = 1, next_fire = NULL WHERE id = ?", (schedule_id,)
            )

    async def mark_reminder_skipped(self, user_id: int, local_date: date) -> bool:
        """Record that the runner skipped that day's reminded routine (False: no such reminder)."""
        async with self.tx() as db:
            cur = await db.execute(
                "UPDATE reminder_sends SET skipped = 1 WHERE local_date = ? AND schedule_id = "
                "(SELECT id FROM reminder_schedules WHERE user_id = ?)",
                (local_date.isoformat(), user_id),
            )
            return cur.rowcount > 0

    async def count_schedules(self) -> int:
        async with self.read() as db:
            cur = await db.execute("SELECT COUNT(*) FROM reminder_schedules")
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    # --- runner calendar ---------------------------------------------------------------------

    async def get_runner_plan(self, user_id: int) -> RunnerPlan:
        async with self.read() as db:
            cur = await db.execute(
                "SELECT hard_days, race_date FROM runner_plans WHERE user_id = ?", (user_id,)
            )
            row = await cur.fetchone()
        if row is None:
            return RunnerPlan()
        race = row["race_date"]
        return RunnerPlan(mask_days(row["hard_days"]), date.fromisoformat(race) if race else None)

    async def set_hard_days(self, user_id: int, days: Sequence[int]) -> None:
        async with self.tx() as db:
            await db.execute(
                "INSERT INTO runner_plans (user_id, hard_days) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET hard_days = excluded.hard_days",
                (user_id, days_mask(days)),
            )

    async def set_race_date(self, user_id: int, race: date | None) -> None:
        async with self.tx() as db:
            await db.execute(
                "INSERT INTO runner_plans (user_id, race_date) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET race_date = excluded.race_date",
                (user_id, race.isoformat() if race else None),
            )

    # --- the scheduler -----------------------------------------------------------------------

    async def next_reminder_due(
        self, platforms: Iterable[str], scopes: Mapping[str, Scope | None] | None = None
    ) -> datetime | None:
        """The earliest next_fire among the given platforms' active schedules (within
        ``scopes[platform]`` where that is given)."""
        best: str | None = None
        async with self.read() as db:
            for platform in platforms:
                clause, extra = _scope_sql((scopes or {}).get(platform), "reminder_schedules.")
                cur = await db.execute(
                    f"SELECT MIN(next_fire) FROM reminder_schedules WHERE platform = ? {clause}",
                    (platform, *extra),
                )
                row = await cur.fetchone()
                if row and row[0] is not None and (best is None or row[0] < best):
                    best = row[0]
        return _ts(best) if best else None

    async def claim_due(
        self,
        platform: str,
        now: datetime,
        limit: int,
        plan: Callable[[DueReminder], ClaimPlan],
        scope: Scope | None = None,
    ) -> ClaimBatch:
        """Advance up to `limit` due schedules of a platform and claim their reminders, atomically.

        ``plan`` (pure, called inside the write transaction) decides per row which local date to
        claim, if any, and the next fire time. Only rows whose (schedule, local date) was not
        claimed before are returned in ``claimed``; every examined row is advanced. ``scope``
        limits it to one process's chats (a console delivers only its own).
        """
        stamp = iso(now)
        clause, extra = _scope_sql(scope)
        async with self.tx() as db:
            rows = await db.execute_fetchall(
                _DUE_SQL.format(targets=clause), (platform, stamp, *extra, limit)
            )
            if not rows:
                return ClaimBatch(0, [])
            due = [_due(r) for r in rows]
            plans = [plan(d) for d in due]
            wanted = [(d, p) for d, p in zip(due, plans, strict=True) if p.send_date is not None]
            won: set[int] = set()
            for start in range(0, len(wanted), CLAIM_CHUNK):
                chunk = wanted[start : start + CLAIM_CHUNK]
                params: list[object] = []
                for d, p in chunk:
                    assert p.send_date is not None
                    sent = stamp if p.kind in SILENT_KINDS else None
                    params += (d.schedule_id, p.send_date.isoformat(), p.kind, stamp, sent)
                values = ", ".join(["(?, ?, ?, ?, ?)"] * len(chunk))
                inserted = await db.execute_fetchall(
                    "INSERT INTO reminder_sends (schedule_id, local_date, kind, claimed_at, sent_at) "
                    f"VALUES {values} ON CONFLICT DO NOTHING RETURNING schedule_id",
                    params,
                )
                won.update(r[0] for r in inserted)
            texts: dict[datetime, str] = {}  # most rows share a handful of next fire times
            updates = []
            for d, p in zip(due, plans, strict=True):
                text = None
                if p.next_fire is not None:
                    text = texts.get(p.next_fire)
                    if text is None:
                        text = texts[p.next_fire] = _iso(p.next_fire)
                updates.append((text, d.schedule_id))
            await db.executemany(
                "UPDATE reminder_schedules SET next_fire = ?, replan = 0 WHERE id = ?", updates
            )
            claimed = [(d, p) for d, p in wanted if d.schedule_id in won]
            recovery = [
                (p.send_date.isoformat(), d.schedule_id) for d, p in claimed if p.recovery and p.send_date
            ]
            if recovery:
                await db.executemany("UPDATE reminder_schedules SET last_recovery = ? WHERE id = ?", recovery)
        return ClaimBatch(len(due), claimed)

    async def mark_sent(self, keys: Sequence[tuple[int, date]], now: datetime) -> None:
        """Record that these claimed reminders reached their platform (or were given up for good)."""
        if not keys:
            return
        stamp = iso(now)
        async with self.tx() as db:
            await db.executemany(
                "UPDATE reminder_sends SET sent_at = ? WHERE schedule_id = ? AND local_date = ? "
                "AND sent_at IS NULL",
                [(stamp, sid, day.isoformat()) for sid, day in keys],
            )

    async def refresh_claim(self, schedule_id: int, day: date, claimed_at: str, now: datetime) -> str | None:
        """Extend an unsent claim's lease if it is still ours; returns the new stamp, or None if another
        scheduler took it over (or it was sent) meanwhile."""
        stamp = iso(now)
        async with self.tx() as db:
            cur = await db.execute(
                "UPDATE reminder_sends SET claimed_at = ? WHERE schedule_id = ? AND local_date = ? "
                "AND claimed_at = ? AND sent_at IS NULL",
                (stamp, schedule_id, day.isoformat(), claimed_at),
            )
            return stamp if cur.rowcount == 1 else None

    async def reclaim_unsent(
        self,
        platform: str,
        now: datetime,
        lease_seconds: float,
        grace_seconds: float,
        limit: int,
        scope: Scope | None = None,
    ) -> list[tuple[DueReminder, ClaimPlan]]:
        """Take over claims that were never marked sent within their lease (their scheduler died).

        Only claims made within the grace window are taken; each is re-stamped in the same
        transaction, so two schedulers never take over the same claim.
        """
        stamp = iso(now)
        stale = iso(now - timedelta(seconds=lease_seconds))
        oldest = iso(now - timedelta(seconds=grace_seconds))
        clause, extra = _scope_sql(scope)
        async with self.tx() as db:
            sends = await db.execute_fetchall(
                "SELECT r.schedule_id, r.local_date, r.kind, r.claimed_at FROM reminder_sends r "
                "JOIN reminder_schedules s ON s.id = r.schedule_id "
                "WHERE r.sent_at IS NULL AND r.claimed_at < ? AND r.claimed_at >= ? "
                f"AND s.platform = ? AND s.paused = 0 {clause}ORDER BY r.claimed_at LIMIT ?",
                (stale, oldest, platform, *extra, limit),
            )
            if not sends:
                return []
            await db.executemany(
                "UPDATE reminder_sends SET claimed_at = ? WHERE schedule_id = ? AND local_date = ?",
                [(stamp, r[0], r[1]) for r in sends],
            )
            ids = sorted({r[0] for r in sends})
            marks = ", ".join("?" * len(ids))
            rows = await db.execute_fetchall(_DUE_SELECT + f"WHERE s.id IN ({marks})", ids)
        by_id = {r["id"]: r for r in rows}
        out = []
        for sid, day, kind, claimed in sends:
            row = by_id.get(sid)
            if row is None or row["next_fire"] is None:
                continue
            due = _due(row)
            plan = ClaimPlan(due.next_fire, date.fromisoformat(day), kind, _ts(claimed), False)
            out.append((due, plan))
        return out

    async def release_claims(self, items: Sequence[Unsent]) -> int:
        """Undo claims that were never sent (shutdown): the next start sends them if still in grace.

        A schedule changed meanwhile (re-set, paused, advanced again) keeps its new next_fire.
        """
        released = 0
        async with self.tx() as db:
            for u in items:
                cur = await db.execute(
                    "DELETE FROM reminder_sends WHERE schedule_id = ? AND local_date = ?",
                    (u.schedule_id, u.local_date.isoformat()),
                )
                released += cur.rowcount
                await db.execute(
                    "UPDATE reminder_schedules SET next_fire = ? WHERE id = ? AND next_fire IS ? "
                    "AND paused = 0",
                    (iso(u.fire), u.schedule_id, iso(u.next_fire) if u.next_fire else None),
                )
        return released

    async def prune_reminder_sends(self, before: datetime) -> int:
        """Forget send records claimed before `before` (they only guard recent days)."""
        async with self.tx() as db:
            cur = await db.execute("DELETE FROM reminder_sends WHERE claimed_at < ?", (iso(before),))
            return cur.rowcount

    async def reminder_sends(self, schedule_id: int) -> list[tuple[date, str, bool]]:
        """(local date, kind, skipped) of a schedule's claimed reminders, oldest first."""
        async with self.read() as db:
            rows = await db.execute_fetchall(
                "SELECT local_date, kind, skipped FROM reminder_sends WHERE schedule_id = ? "
                "ORDER BY local_date",
                (schedule_id,),
            )
        return [(date.fromisoformat(r[0]), r[1], bool(r[2])) for r in rows]


def _schedule(row: aiosqlite.Row) -> ScheduleRow:
    nf = row["next_fire"]
    return ScheduleRow(
        id=row["id"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        platform=row["platform"],
        target=row["target"],
        days=mask_days(row["days"]),
        local_time=row["local_time"],
        setting=row["setting"],
        next_fire=_ts(nf) if nf else None,
        paused=bool(row["paused"]),
    )


def _due(row: aiosqlite.Row) -> DueReminder:
    # Unpacked by position (the column order of _DUE_SELECT): looking columns up by name scans
    # them one by one and made this the costliest step of claiming a burst of reminders.
    (sid, user_id, chat_id, platform, target, days, local_time, setting, next_fire, replan, last,
     u_pid, u_name, u_tz, u_created, c_tz, c_created, hard_days, race, paused, until,
     run_day) = row  # fmt: skip
    user: UserRow | None = None
    if user_id is not None:
        created = _ts(u_created)
        user = UserRow(user_id, platform, u_pid, u_name, u_tz, created)
        tz = u_tz
    else:
        created = _ts(c_created)
        tz = c_tz
    return DueReminder(
        sid,
        user,
        chat_id,
        platform,
        target,
        days,
        local_time,
        setting,
        _ts(next_fire),
        bool(replan),
        tz,
        created,
        hard_days or 0,
        date.fromisoformat(race) if race else None,
        date.fromisoformat(last) if last else None,
        date.fromisoformat(paused) if paused else None,
        date.fromisoformat(until) if until else None,
        date.fromisoformat(run_day) if run_day else None,
    )
