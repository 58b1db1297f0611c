"""Reminder schedules, their claims (``reminder_sends``) and runner calendars, written once.
A tick claims due schedules in batches, in one transaction: it inserts ``(schedule_id, local_date)``
into ``reminder_sends`` (a date is claimed once however many schedulers tick) and advances
``next_fire``; PostgreSQL's ticks take disjoint batches (``SKIP LOCKED``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Dialect, Row, as_row, day, ts, values
from bot.store.sql.runs import PLAN_SET
from handlers.store import (
    SILENT_KINDS,
    ClaimBatch,
    ClaimPlan,
    DueReminder,
    NewSchedule,
    RunnerPlan,
    ScheduleRow,
    Scope,
    Unsent,
    UserRow,
    utc_stamp,
)

COLS = "id, user_id, chat_id, platform, target, days, local_time, setting, next_fire, paused"
# A due schedule with what composing its reminder needs; _due unpacks it by position.
# with the owner's current pause (z)
DUE = "SELECT s.id, s.user_id, s.chat_id, s.platform, s.target, s.days, s.local_time, s.setting, s.next_fire, s.replan, s.last_recovery, u.platform_user_id AS u_pid, u.display_name AS u_name, u.tz AS u_tz, u.created_at AS u_created, c.tz AS c_tz, c.created_at AS c_created, p.hard_days, p.race_date, z.start_date, z.until_date, p.run_day FROM reminder_schedules s LEFT JOIN users u ON u.id = s.user_id LEFT JOIN chats c ON c.id = s.chat_id LEFT JOIN runner_plans p ON p.user_id = s.user_id LEFT JOIN pauses z ON z.user_id = s.user_id AND z.is_current "
DUE_WHERE = "WHERE s.platform = :p AND s.next_fire <= :now {scope}ORDER BY s.next_fire LIMIT :n"
SET = f"INSERT INTO reminder_schedules ({{owner}}, platform, target, days, local_time, setting, next_fire, created_at, updated_at) VALUES (:o, :platform, :target, :days, :local_time, :setting, :next_fire, :now, :now) ON CONFLICT ({{owner}}) DO UPDATE SET platform = excluded.platform, target = excluded.target, days = excluded.days, local_time = excluded.local_time, setting = excluded.setting, next_fire = excluded.next_fire, replan = FALSE, paused = FALSE, updated_at = excluded.updated_at RETURNING {COLS}"
CLAIM = "INSERT INTO reminder_sends (schedule_id, local_date, kind, claimed_at, sent_at) SELECT v.i, v.d, v.k, v.c, v.s FROM {rows:sends(i bigint, d date, k text, c timestamptz, s timestamptz)} WHERE TRUE ON CONFLICT DO NOTHING RETURNING schedule_id"
ADVANCE = "UPDATE reminder_schedules AS s SET next_fire = v.f, replan = FALSE FROM {rows:fires(i bigint, f timestamptz)} WHERE s.id = v.i"
RECOVERY = "UPDATE reminder_schedules AS s SET last_recovery = v.d FROM {rows:days(i bigint, d date)} WHERE s.id = v.i"
MARK_SENT = "UPDATE reminder_sends AS r SET sent_at = :now FROM {rows:keys(i bigint, d date)} WHERE r.schedule_id = v.i AND r.local_date = v.d AND r.sent_at IS NULL"
REFRESH = "UPDATE reminder_sends SET claimed_at = :now WHERE schedule_id = :id AND local_date = :d AND claimed_at = :was AND sent_at IS NULL"
UNSENT = "SELECT r.schedule_id, r.local_date, r.kind, r.claimed_at FROM reminder_sends r JOIN reminder_schedules s ON s.id = r.schedule_id WHERE r.sent_at IS NULL AND r.claimed_at < :stale AND r.claimed_at >= :oldest AND s.platform = :p AND NOT s.paused {scope}ORDER BY r.claimed_at LIMIT :n {skip_locked OF r}"
RESTAMP = "UPDATE reminder_sends AS r SET claimed_at = :now FROM {rows:keys(i bigint, d date)} WHERE r.schedule_id = v.i AND r.local_date = v.d"
UNCLAIM = "UPDATE reminder_schedules SET next_fire = :fire WHERE id = :id AND (next_fire = :was OR (next_fire IS NULL AND :was IS NULL)) AND NOT paused"
PLAN = "SELECT hard_days, race_date FROM runner_plans WHERE user_id = :p"
SENDS = "SELECT local_date, kind, skipped FROM reminder_sends WHERE schedule_id = :id ORDER BY local_date"
SKIPPED = "UPDATE reminder_sends SET skipped = TRUE WHERE local_date = :d AND schedule_id = (SELECT id FROM reminder_schedules WHERE user_id = :u)"


def days_mask(days: Sequence[int]) -> int:
    """Weekday numbers (0 = Monday) as a bit mask."""
    if wrong := [d for d in days if not 0 <= d <= 6]:
        raise ValueError(f"weekday out of range: {wrong[0]}")
    return sum(1 << d for d in set(days))


def mask_days(mask: int) -> tuple[int, ...]:
    return tuple(d for d in range(7) if mask >> d & 1)


def _scope_sql(scope: Scope | None, alias: str = "s.") -> tuple[str, dict[str, Any]]:
    """An "AND ..." clause keeping a schedule row (``alias``: its table prefix) within the scope."""
    if scope is None:
        return "", {}
    clause = f"AND {alias}target IN (:chats) AND ({alias}user_id IS NULL OR {alias}user_id IN (SELECT id FROM users WHERE platform = {alias}platform AND platform_user_id = :scope_user)) "
    return clause, {"chats": sorted(scope.chats), "scope_user": scope.user}


class RemindersStore(SqlBase):
    skip_locked = True  # False only in bench/bench_pg.py: claims that rely on the UNIQUE key alone

    async def get_user_schedule(self, user_id: int) -> ScheduleRow | None:
        return await self._get_schedule("user_id", user_id)

    async def get_club_schedule(self, chat_id: int) -> ScheduleRow | None:
        return await self._get_schedule("chat_id", chat_id)

    async def _get_schedule(self, owner: str, owner_id: int) -> ScheduleRow | None:
        row = await self.sql_first(f"SELECT {COLS} FROM reminder_schedules WHERE {owner} = :o", o=owner_id)
        return _schedule(row) if row else None

    async def set_user_schedule(self, user_id: int, new: NewSchedule, now: datetime) -> ScheduleRow:
        """Create or replace a runner's schedule; also resumes a paused one."""
        return await self._set_schedule("user_id", user_id, new, now)

    async def set_club_schedule(self, chat_id: int, new: NewSchedule, now: datetime) -> ScheduleRow:
        """The same for a group chat's club schedule (chat_id is chats.id)."""
        return await self._set_schedule("chat_id", chat_id, new, now)

    async def _set_schedule(self, owner: str, owner_id: int, new: NewSchedule, now: datetime) -> ScheduleRow:
        fields = {"platform": new.platform, "target": new.target, "local_time": new.local_time}
        row = await self.sql_write(
            SET.format(owner=owner), o=owner_id, days=days_mask(new.days), next_fire=new.next_fire,
            now=now, setting=new.setting, **fields,
        )  # fmt: skip
        assert row is not None
        return _schedule(row)

    async def delete_user_schedule(self, user_id: int) -> bool:
        return await self.sql_exec("DELETE FROM reminder_schedules WHERE user_id = :o", o=user_id) > 0

    async def delete_club_schedule(self, chat_id: int) -> bool:
        return await self.sql_exec("DELETE FROM reminder_schedules WHERE chat_id = :o", o=chat_id) > 0

    async def pause_schedule(self, schedule_id: int) -> None:
        """Stop a schedule whose chat can't be reached; setting it again resumes it."""
        sql = "UPDATE reminder_schedules SET paused = TRUE, next_fire = NULL WHERE id = :id"
        await self.sql_exec(sql, id=schedule_id)

    async def mark_reminder_skipped(self, user_id: int, local_date: date) -> bool:
        """Record that the runner skipped that day's reminded routine (False: no such reminder)."""
        return await self.sql_exec(SKIPPED, d=local_date, u=user_id) > 0

    async def count_schedules(self) -> int:
        row = await self.sql_first("SELECT COUNT(*) AS n FROM reminder_schedules")
        return int(row["n"]) if row else 0

    async def get_runner_plan(self, user_id: int) -> RunnerPlan:
        row = await self.sql_first(PLAN, p=user_id)
        return RunnerPlan(mask_days(row["hard_days"]), Dialect.day(row["race_date"])) if row else RunnerPlan()

    async def set_hard_days(self, user_id: int, days: Sequence[int]) -> None:
        await self.sql_exec(PLAN_SET.format(col="hard_days"), p=user_id, v=days_mask(days))

    async def set_race_date(self, user_id: int, race: date | None) -> None:
        await self.sql_exec(PLAN_SET.format(col="race_date"), p=user_id, v=race)

    async def next_reminder_due(
        self, platforms: Iterable[str], scopes: Mapping[str, Scope | None] | None = None
    ) -> datetime | None:
        """The earliest next_fire of the platforms' active schedules (within ``scopes[platform]``)."""
        found = []
        for platform in platforms:
            clause, extra = _scope_sql((scopes or {}).get(platform), "reminder_schedules.")
            sql = f"SELECT MIN(next_fire) AS nf FROM reminder_schedules WHERE platform = :p {clause}"
            row = await self.sql_first(sql, p=platform, **extra)
            found.append(Dialect.ts(row["nf"]) if row else None)
        return min((f for f in found if f is not None), default=None)

    async def claim_due(
        self, platform: str, now: datetime, limit: int, plan: Callable[[DueReminder], ClaimPlan],
        scope: Scope | None = None,
    ) -> ClaimBatch:  # fmt: skip
        """Advance up to `limit` due schedules and claim their reminders, atomically: ``plan`` (pure)
        decides each row's local date to claim, if any, and next fire time; ``claimed`` holds the
        rows no process claimed before. ``scope``: one process's chats."""
        clause, extra = _scope_sql(scope)
        sql = DUE + DUE_WHERE.replace("{scope}", clause) + (" {skip_locked OF s}" if self.skip_locked else "")
        async with self.sql_tx() as c:
            rows = await c.fetch(sql, p=platform, now=now, n=limit, **extra)
            if not rows:
                return ClaimBatch(0, [])
            due = [_due(r) for r in rows]
            plans = [plan(d) for d in due]
            wanted = [(d, p) for d, p in zip(due, plans, strict=True) if p.send_date is not None]
            won: set[int] = set()
            if wanted:
                sends = [
                    (d.schedule_id, p.send_date, p.kind, now, now if p.kind in SILENT_KINDS else None)
                    for d, p in wanted
                ]
                won = {r["schedule_id"] for r in await c.fetch(CLAIM, sends=sends)}
            fires = [(d.schedule_id, p.next_fire) for d, p in zip(due, plans, strict=True)]
            await c.execute(ADVANCE, fires=fires)
            claimed = [(d, p) for d, p in wanted if d.schedule_id in won]
            recovery = [(d.schedule_id, p.send_date) for d, p in claimed if p.recovery and p.send_date]
            if recovery:
                await c.execute(RECOVERY, days=recovery)
        return ClaimBatch(len(due), claimed)

    async def mark_sent(self, keys: Sequence[tuple[int, date]], now: datetime) -> None:
        """Record that these claimed reminders reached their platform (or were given up for good)."""
        if keys:
            await self.sql_exec(MARK_SENT, keys=list(keys), now=now)

    async def refresh_claim(self, schedule_id: int, day: date, claimed_at: str, now: datetime) -> str | None:
        """Extend an unsent claim's lease if it is still ours: the new stamp, or None if another
        scheduler took it over (or it was sent) meanwhile."""
        was = datetime.fromisoformat(claimed_at)
        n = await self.sql_exec(REFRESH, now=now, id=schedule_id, d=day, was=was)
        return utc_stamp(now) if n == 1 else None

    async def reclaim_unsent(
        self, platform: str, now: datetime, lease_seconds: float, grace_seconds: float, limit: int,
        scope: Scope | None = None,
    ) -> list[tuple[DueReminder, ClaimPlan]]:  # fmt: skip
        """Take over claims never marked sent within their lease (their process died), made within
        the grace window; locked SKIP LOCKED and re-stamped in one transaction."""
        clause, extra = _scope_sql(scope)
        stale, oldest = now - timedelta(seconds=lease_seconds), now - timedelta(seconds=grace_seconds)
        async with self.sql_tx() as c:
            extra.update(stale=stale, oldest=oldest, p=platform, n=limit)
            sends = await c.fetch(UNSENT.replace("{scope}", clause), **extra)
            if not sends:
                return []
            keys = [(r["schedule_id"], r["local_date"]) for r in sends]
            await c.execute(RESTAMP, keys=keys, now=now)
            rows = await c.fetch(DUE + "WHERE s.id IN (:ids)", ids=sorted({k[0] for k in keys}))
        by_id = {r["id"]: r for r in rows}
        out = []
        for r in sends:
            row = by_id.get(r["schedule_id"])
            if row is not None and row["next_fire"] is not None:
                due = _due(row)
                plan = ClaimPlan(due.next_fire, day(r["local_date"]), r["kind"], ts(r["claimed_at"]), False)
                out.append((due, plan))
        return out

    async def release_claims(self, items: Sequence[Unsent]) -> int:
        """Undo claims never sent (shutdown): the next tick, in any process, sends them if still in
        grace. A schedule changed meanwhile (re-set, paused, advanced again) keeps its own."""
        released = 0
        async with self.sql_tx() as c:
            for u in items:
                sql = "DELETE FROM reminder_sends WHERE schedule_id = :id AND local_date = :d"
                released += await c.execute(sql, id=u.schedule_id, d=u.local_date)
                await c.execute(UNCLAIM, fire=u.fire, id=u.schedule_id, was=u.next_fire)
        return released

    async def prune_reminder_sends(self, before: datetime) -> int:
        """Forget send records claimed before `before` (they only guard recent days)."""
        return await self.sql_exec("DELETE FROM reminder_sends WHERE claimed_at < :before", before=before)

    async def reminder_sends(self, schedule_id: int) -> list[tuple[date, str, bool]]:
        """(local date, kind, skipped) of a schedule's claimed reminders, oldest first."""
        rows = await self.sql_fetch(SENDS, id=schedule_id)
        return [(day(r["local_date"]), r["kind"], bool(r["skipped"])) for r in rows]


def _schedule(row: Row) -> ScheduleRow:
    return as_row(ScheduleRow, row, days=mask_days(row["days"]))


def _due(row: Row) -> DueReminder:
    # By position (DUE's column order): by name, sqlite3.Row scans its columns one by one, and
    # that made this the costliest step of claiming a burst.
    (sid, user_id, chat_id, platform, target, days, local_time, setting, next_fire, replan, last,
     u_pid, u_name, u_tz, u_created, c_tz, c_created, hard_days, race, paused, until,
     run_day) = values(row)  # fmt: skip
    user: UserRow | None = None
    if user_id is not None:
        created, tz = ts(u_created), u_tz
        user = UserRow(user_id, platform, u_pid, u_name, u_tz, created)
    else:
        created, tz = ts(c_created), c_tz
    d = Dialect.day
    return DueReminder(sid, user, chat_id, platform, target, days, local_time, setting, ts(next_fire), bool(replan),
                       tz, created, hard_days or 0, d(race), d(last), d(paused), d(until), d(run_day))  # fmt: skip
