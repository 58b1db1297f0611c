"""Scheduled reminders, written once for both stores: schedules with their next fire time, the
send log (the claims) and runner calendars.

A schedule row holds the UTC instant of its next reminder (``next_fire``, indexed with the
platform). A tick claims due rows in batches in one transaction: it inserts ``(schedule_id,
local_date)`` into ``reminder_sends`` (primary key, so a date is claimed once however many
schedulers tick) and advances ``next_fire`` in the same transaction. On PostgreSQL several
processes tick at once: due rows are selected ``FOR UPDATE OF s SKIP LOCKED``, so concurrent ticks
take disjoint batches; SQLite's writers are serialised by ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from bot.store.common import DUE_SELECT, SCHEDULE_COLS, days_mask, mask_days
from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Dialect, Row, day, ts, values
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
    utc_stamp,
)

_DUE_WHERE = "WHERE s.platform = :p AND s.next_fire <= :now {scope}ORDER BY s.next_fire LIMIT :n"
_DUE_SQL = DUE_SELECT + _DUE_WHERE + " {skip_locked OF s}"
_DUE_SQL_UNLOCKED = DUE_SELECT + _DUE_WHERE  # bench comparison only: UNIQUE claims alone
_day = Dialect.day


def _scope_sql(scope: Scope | None, alias: str = "s.") -> tuple[str, dict[str, Any]]:
    """An "AND ..." clause keeping a schedule row (``alias``: its table prefix) within the scope."""
    if scope is None:
        return "", {}
    clause = (
        f"AND {alias}target IN (:chats) AND ({alias}user_id IS NULL OR {alias}user_id IN "
        f"(SELECT id FROM users WHERE platform = {alias}platform AND platform_user_id = :scope_user)) "
    )
    return clause, {"chats": sorted(scope.chats), "scope_user": scope.user}


class RemindersStore(SqlBase):
    # False only in bench/bench_pg.py, to measure claims that rely on the UNIQUE key alone
    skip_locked = True

    # --- schedules (handlers) ----------------------------------------------------------------

    async def get_user_schedule(self, user_id: int) -> ScheduleRow | None:
        return await self._get_schedule("user_id", user_id)

    async def get_club_schedule(self, chat_id: int) -> ScheduleRow | None:
        return await self._get_schedule("chat_id", chat_id)

    async def _get_schedule(self, owner_col: str, owner: int) -> ScheduleRow | None:
        assert owner_col in ("user_id", "chat_id")
        row = await self.sql_first(
            f"SELECT {SCHEDULE_COLS} FROM reminder_schedules WHERE {owner_col} = :o", o=owner
        )
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
        row = await self.sql_write(
            f"INSERT INTO reminder_schedules ({owner_col}, platform, target, days, local_time, "
            "setting, next_fire, created_at, updated_at) VALUES (:o, :p, :target, :days, :time, :setting, :nf, :now, :now) "
            f"ON CONFLICT ({owner_col}) DO UPDATE SET platform = excluded.platform, "
            "target = excluded.target, days = excluded.days, local_time = excluded.local_time, "
            "setting = excluded.setting, next_fire = excluded.next_fire, replan = FALSE, "
            f"paused = FALSE, updated_at = excluded.updated_at RETURNING {SCHEDULE_COLS}",
            o=owner,
            p=platform,
            target=target,
            days=days_mask(days),
            time=local_time,
            setting=setting,
            nf=next_fire,
            now=now,
        )
        assert row is not None
        return _schedule(row)

    async def delete_user_schedule(self, user_id: int) -> bool:
        return await self.sql_exec("DELETE FROM reminder_schedules WHERE user_id = :u", u=user_id) > 0

    async def delete_club_schedule(self, chat_id: int) -> bool:
        return await self.sql_exec("DELETE FROM reminder_schedules WHERE chat_id = :c", c=chat_id) > 0

    async def pause_schedule(self, schedule_id: int) -> None:
        """Stop a schedule whose chat can't be reached; setting it again resumes it."""
        await self.sql_exec(
            "UPDATE reminder_schedules SET paused = TRUE, next_fire = NULL WHERE id = :id", id=schedule_id
        )

    async def mark_reminder_skipped(self, user_id: int, local_date: date) -> bool:
        """Record that the runner skipped that day's reminded routine (False: no such reminder)."""
        n = await self.sql_exec(
            "UPDATE reminder_sends SET skipped = TRUE WHERE local_date = :d AND schedule_id = "
            "(SELECT id FROM reminder_schedules WHERE user_id = :u)",
            d=local_date,
            u=user_id,
        )
        return n > 0

    async def count_schedules(self) -> int:
        row = await self.sql_first("SELECT COUNT(*) AS n FROM reminder_schedules")
        return int(row["n"]) if row else 0

    # --- runner calendar ---------------------------------------------------------------------

    async def get_runner_plan(self, user_id: int) -> RunnerPlan:
        row = await self.sql_first(
            "SELECT hard_days, race_date FROM runner_plans WHERE user_id = :u", u=user_id
        )
        if row is None:
            return RunnerPlan()
        return RunnerPlan(mask_days(row["hard_days"]), _day(row["race_date"]))

    async def set_hard_days(self, user_id: int, days: Sequence[int]) -> None:
        await self.sql_exec(
            "INSERT INTO runner_plans (user_id, hard_days) VALUES (:u, :days) "
            "ON CONFLICT (user_id) DO UPDATE SET hard_days = excluded.hard_days",
            u=user_id,
            days=days_mask(days),
        )

    async def set_race_date(self, user_id: int, race: date | None) -> None:
        await self.sql_exec(
            "INSERT INTO runner_plans (user_id, race_date) VALUES (:u, :race) "
            "ON CONFLICT (user_id) DO UPDATE SET race_date = excluded.race_date",
            u=user_id,
            race=race,
        )

    # --- the scheduler -----------------------------------------------------------------------

    async def next_reminder_due(
        self, platforms: Iterable[str], scopes: Mapping[str, Scope | None] | None = None
    ) -> datetime | None:
        """The earliest next_fire among the given platforms' active schedules (within
        ``scopes[platform]`` where that is given)."""
        best: datetime | None = None
        for platform in platforms:
            clause, extra = _scope_sql((scopes or {}).get(platform), "reminder_schedules.")
            row = await self.sql_first(
                f"SELECT MIN(next_fire) AS nf FROM reminder_schedules WHERE platform = :p {clause}",
                p=platform,
                **extra,
            )
            found = Dialect.ts(row["nf"]) if row else None
            if found is not None and (best is None or found < best):
                best = found
        return best

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
        claimed before, by any process, are returned in ``claimed``; every examined row is
        advanced. ``scope`` limits it to one process's chats (a console delivers only its own).
        """
        clause, extra = _scope_sql(scope)
        sql = (_DUE_SQL if self.skip_locked else _DUE_SQL_UNLOCKED).replace("{scope}", clause)
        async with self.sql_tx() as c:
            rows = await c.fetch(sql, p=platform, now=now, n=limit, **extra)
            if not rows:
                return ClaimBatch(0, [])
            due = [_due(r) for r in rows]
            plans = [plan(d) for d in due]
            wanted = [(d, p) for d, p in zip(due, plans, strict=True) if p.send_date is not None]
            won: set[int] = set()
            if wanted:
                inserted = await c.fetch(
                    "INSERT INTO reminder_sends (schedule_id, local_date, kind, claimed_at, sent_at) "
                    "SELECT v.i, v.d, v.k, v.c, v.s "
                    "FROM {rows:sends(i bigint, d date, k text, c timestamptz, s timestamptz)} "
                    "WHERE TRUE ON CONFLICT DO NOTHING RETURNING schedule_id",
                    sends=[
                        (d.schedule_id, p.send_date, p.kind, now, now if p.kind in SILENT_KINDS else None)
                        for d, p in wanted
                    ],
                )
                won = {r["schedule_id"] for r in inserted}
            await c.execute(
                "UPDATE reminder_schedules AS s SET next_fire = v.f, replan = FALSE "
                "FROM {rows:fires(i bigint, f timestamptz)} WHERE s.id = v.i",
                fires=[(d.schedule_id, p.next_fire) for d, p in zip(due, plans, strict=True)],
            )
            claimed = [(d, p) for d, p in wanted if d.schedule_id in won]
            recovery = [(d.schedule_id, p.send_date) for d, p in claimed if p.recovery and p.send_date]
            if recovery:
                await c.execute(
                    "UPDATE reminder_schedules AS s SET last_recovery = v.d "
                    "FROM {rows:days(i bigint, d date)} WHERE s.id = v.i",
                    days=recovery,
                )
        return ClaimBatch(len(due), claimed)

    async def mark_sent(self, keys: Sequence[tuple[int, date]], now: datetime) -> None:
        """Record that these claimed reminders reached their platform (or were given up for good)."""
        if not keys:
            return
        await self.sql_exec(
            "UPDATE reminder_sends AS r SET sent_at = :now FROM {rows:keys(i bigint, d date)} "
            "WHERE r.schedule_id = v.i AND r.local_date = v.d AND r.sent_at IS NULL",
            keys=list(keys),
            now=now,
        )

    async def refresh_claim(self, schedule_id: int, day: date, claimed_at: str, now: datetime) -> str | None:
        """Extend an unsent claim's lease if it is still ours; returns the new stamp, or None if another
        scheduler took it over (or it was sent) meanwhile."""
        n = await self.sql_exec(
            "UPDATE reminder_sends SET claimed_at = :now WHERE schedule_id = :id AND local_date = :d "
            "AND claimed_at = :was AND sent_at IS NULL",
            now=now,
            id=schedule_id,
            d=day,
            was=datetime.fromisoformat(claimed_at),
        )
        return utc_stamp(now) if n == 1 else None

    async def reclaim_unsent(
        self,
        platform: str,
        now: datetime,
        lease_seconds: float,
        grace_seconds: float,
        limit: int,
        scope: Scope | None = None,
    ) -> list[tuple[DueReminder, ClaimPlan]]:
        """Take over claims that were never marked sent within their lease (their process died).

        Only claims made within the grace window are taken; rows are locked SKIP LOCKED
        (PostgreSQL) and re-stamped in the same transaction, so two schedulers never take over
        the same claim.
        """
        clause, extra = _scope_sql(scope)
        async with self.sql_tx() as c:
            sends = await c.fetch(
                "SELECT r.schedule_id, r.local_date, r.kind, r.claimed_at FROM reminder_sends r "
                "JOIN reminder_schedules s ON s.id = r.schedule_id "
                "WHERE r.sent_at IS NULL AND r.claimed_at < :stale AND r.claimed_at >= :oldest "
                f"AND s.platform = :p AND NOT s.paused {clause}ORDER BY r.claimed_at LIMIT :n "
                "{skip_locked OF r}",
                stale=now - timedelta(seconds=lease_seconds),
                oldest=now - timedelta(seconds=grace_seconds),
                p=platform,
                n=limit,
                **extra,
            )
            if not sends:
                return []
            keys = [(r["schedule_id"], r["local_date"]) for r in sends]
            await c.execute(
                "UPDATE reminder_sends AS r SET claimed_at = :now FROM {rows:keys(i bigint, d date)} "
                "WHERE r.schedule_id = v.i AND r.local_date = v.d",
                keys=keys,
                now=now,
            )
            rows = await c.fetch(DUE_SELECT + "WHERE s.id IN (:ids)", ids=sorted({k[0] for k in keys}))
        by_id = {r["id"]: r for r in rows}
        out = []
        for r in sends:
            row = by_id.get(r["schedule_id"])
            if row is None or row["next_fire"] is None:
                continue
            due = _due(row)
            out.append(
                (due, ClaimPlan(due.next_fire, _day(r["local_date"]), r["kind"], ts(r["claimed_at"]), False))
            )
        return out

    async def release_claims(self, items: Sequence[Unsent]) -> int:
        """Undo claims that were never sent (shutdown): the next tick, in any process, sends them if
        still in grace. A schedule changed meanwhile (re-set, paused, advanced again) keeps its own."""
        released = 0
        async with self.sql_tx() as c:
            for u in items:
                released += await c.execute(
                    "DELETE FROM reminder_sends WHERE schedule_id = :id AND local_date = :d",
                    id=u.schedule_id,
                    d=u.local_date,
                )
                await c.execute(
                    "UPDATE reminder_schedules SET next_fire = :fire WHERE id = :id "
                    "AND (next_fire = :was OR (next_fire IS NULL AND :was IS NULL)) AND NOT paused",
                    fire=u.fire,
                    id=u.schedule_id,
                    was=u.next_fire,
                )
        return released

    async def prune_reminder_sends(self, before: datetime) -> int:
        """Forget send records claimed before `before` (they only guard recent days)."""
        return await self.sql_exec("DELETE FROM reminder_sends WHERE claimed_at < :before", before=before)

    async def reminder_sends(self, schedule_id: int) -> list[tuple[date, str, bool]]:
        """(local date, kind, skipped) of a schedule's claimed reminders, oldest first."""
        rows = await self.sql_fetch(
            "SELECT local_date, kind, skipped FROM reminder_sends WHERE schedule_id = :id ORDER BY local_date",
            id=schedule_id,
        )
        return [(day(r["local_date"]), r["kind"], bool(r["skipped"])) for r in rows]


def _schedule(row: Row) -> ScheduleRow:
    return ScheduleRow(
        id=row["id"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        platform=row["platform"],
        target=row["target"],
        days=mask_days(row["days"]),
        local_time=row["local_time"],
        setting=row["setting"],
        next_fire=Dialect.ts(row["next_fire"]),
        paused=bool(row["paused"]),
    )


def _due(row: Row) -> DueReminder:
    # Unpacked by position (the column order of DUE_SELECT): looking columns up by name scans
    # them one by one (sqlite3.Row) and made this the costliest step of claiming a burst.
    (sid, user_id, chat_id, platform, target, days, local_time, setting, next_fire, replan, last,
     u_pid, u_name, u_tz, u_created, c_tz, c_created, hard_days, race, paused, until,
     run_day) = values(row)  # fmt: skip
    user: UserRow | None = None
    if user_id is not None:
        created = ts(u_created)
        user = UserRow(user_id, platform, u_pid, u_name, u_tz, created)
        tz = u_tz
    else:
        created = ts(c_created)
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
        ts(next_fire),
        bool(replan),
        tz,
        created,
        hard_days or 0,
        _day(race),
        _day(last),
        _day(paused),
        _day(until),
        _day(run_day),
    )
