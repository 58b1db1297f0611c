"""PostgreSQL SQL for scheduled reminders: schedules, the send log (the claims), runner calendars.

Several processes tick at once. A tick selects due schedule rows ``FOR UPDATE OF s SKIP LOCKED``,
so concurrent ticks take disjoint batches instead of queueing behind each other, and inserts
``(schedule_id, local_date)`` into ``reminder_sends`` (primary key): even a row two ticks both
examined (one after the other committed) is claimed once. Both steps and the advance of
``next_fire`` are one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

import asyncpg

from bot.store.common import DUE_SELECT, SCHEDULE_COLS, days_mask, mask_days
from bot.store.postgres.core import CoreStore, affected, iso
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

REPLAN_NOW = datetime(1970, 1, 1, tzinfo=UTC)  # due at once; the next tick re-plans it

_SCHEDULE_COLS = SCHEDULE_COLS
_DUE_SELECT = DUE_SELECT
_DUE_WHERE = "WHERE s.platform = $1 AND s.next_fire <= $2 {targets}ORDER BY s.next_fire LIMIT $3"
_DUE_SQL = _DUE_SELECT + _DUE_WHERE + " FOR UPDATE OF s SKIP LOCKED"
_DUE_SQL_UNLOCKED = _DUE_SELECT + _DUE_WHERE  # bench comparison only: UNIQUE claims alone


def _scope_sql(scope: Scope | None, first: int, alias: str = "s.") -> tuple[str, list[object]]:
    """An "AND ..." clause keeping a schedule row (``alias``: its table prefix) within the scope;
    its parameters are numbered from ``first``."""
    if scope is None:
        return "", []
    clause = (
        f"AND {alias}target = ANY(${first}::text[]) AND ({alias}user_id IS NULL OR {alias}user_id IN "
        f"(SELECT id FROM users WHERE platform = {alias}platform AND platform_user_id = ${first + 1})) "
    )
    return clause, [sorted(scope.chats), scope.user]


class RemindersStore(CoreStore):
    # False only in bench/bench_pg.py, to measure claims that rely on the UNIQUE key alone
    skip_locked = True

    # --- schedules (handlers) ----------------------------------------------------------------

    async def get_user_schedule(self, user_id: int) -> ScheduleRow | None:
        return await self._get_schedule("user_id", user_id)

    async def get_club_schedule(self, chat_id: int) -> ScheduleRow | None:
        return await self._get_schedule("chat_id", chat_id)

    async def _get_schedule(self, owner_col: str, owner: int) -> ScheduleRow | None:
        assert owner_col in ("user_id", "chat_id")
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                f"SELECT {_SCHEDULE_COLS} FROM reminder_schedules WHERE {owner_col} = $1", owner
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
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                f"INSERT INTO reminder_schedules ({owner_col}, platform, target, days, local_time, "
                "setting, next_fire, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) "
                f"ON CONFLICT ({owner_col}) DO UPDATE SET platform = excluded.platform, "
                "target = excluded.target, days = excluded.days, local_time = excluded.local_time, "
                "setting = excluded.setting, next_fire = excluded.next_fire, replan = false, "
                f"paused = false, updated_at = excluded.updated_at RETURNING {_SCHEDULE_COLS}",
                owner,
                platform,
                target,
                days_mask(days),
                local_time,
                setting,
                next_fire,
                now,
            )
        assert row is not None
        return _schedule(row)

    async def delete_user_schedule(self, user_id: int) -> bool:
        async with self.pool.acquire() as con:
            return (
                affected(await con.execute("DELETE FROM reminder_schedules WHERE user_id = $1", user_id)) > 0
            )

    async def delete_club_schedule(self, chat_id: int) -> bool:
        async with self.pool.acquire() as con:
            return (
                affected(await con.execute("DELETE FROM reminder_schedules WHERE chat_id = $1", chat_id)) > 0
            )

    async def pause_schedule(self, schedule_id: int) -> None:
        """Stop a schedule whose chat can't be reached; setting it again resumes it."""
        async with self.pool.acquire() as con:
            await con.execute(
                "UPDATE reminder_schedules SET paused = true, next_fire = NULL WHERE id = $1", schedule_id
            )

    async def mark_reminder_skipped(self, user_id: int, local_date: date) -> bool:
        """Record that the runner skipped that day's reminded routine (False: no such reminder)."""
        async with self.pool.acquire() as con:
            status = await con.execute(
                "UPDATE reminder_sends SET skipped = true WHERE local_date = $1 AND schedule_id = "
                "(SELECT id FROM reminder_schedules WHERE user_id = $2)",
                local_date,
                user_id,
            )
        return affected(status) > 0

    async def count_schedules(self) -> int:
        async with self.pool.acquire() as con:
            return int(await con.fetchval("SELECT COUNT(*) FROM reminder_schedules"))

    # --- runner calendar ---------------------------------------------------------------------

    async def get_runner_plan(self, user_id: int) -> RunnerPlan:
        async with self.pool.acquire() as con:
            row = await con.fetchrow(
                "SELECT hard_days, race_date FROM runner_plans WHERE user_id = $1", user_id
            )
        if row is None:
            return RunnerPlan()
        return RunnerPlan(mask_days(row["hard_days"]), row["race_date"])

    async def set_hard_days(self, user_id: int, days: Sequence[int]) -> None:
        async with self.pool.acquire() as con:
            await con.execute(
                "INSERT INTO runner_plans (user_id, hard_days) VALUES ($1, $2) "
                "ON CONFLICT (user_id) DO UPDATE SET hard_days = excluded.hard_days",
                user_id,
                days_mask(days),
            )

    async def set_race_date(self, user_id: int, race: date | None) -> None:
        async with self.pool.acquire() as con:
            await con.execute(
                "INSERT INTO runner_plans (user_id, race_date) VALUES ($1, $2) "
                "ON CONFLICT (user_id) DO UPDATE SET race_date = excluded.race_date",
                user_id,
                race,
            )

    # --- the scheduler -----------------------------------------------------------------------

    async def next_reminder_due(
        self, platforms: Iterable[str], scopes: Mapping[str, Scope | None] | None = None
    ) -> datetime | None:
        """The earliest next_fire among the given platforms' active schedules (within
        ``scopes[platform]`` where that is given)."""
        best: datetime | None = None
        async with self.pool.acquire() as con:
            for platform in platforms:
                clause, extra = _scope_sql((scopes or {}).get(platform), 2, "reminder_schedules.")
                found = await con.fetchval(
                    f"SELECT MIN(next_fire) FROM reminder_schedules WHERE platform = $1 {clause}",
                    platform,
                    *extra,
                )
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

        ``plan`` (pure, called inside the transaction) decides per row which local date to claim,
        if any, and the next fire time. Only rows whose (schedule, local date) was not claimed
        before, by any process, are returned in ``claimed``; every examined row is advanced.
        ``scope`` limits it to one process's chats (a console delivers only its own).
        """
        clause, extra = _scope_sql(scope, 4)
        sql = (_DUE_SQL if self.skip_locked else _DUE_SQL_UNLOCKED).format(targets=clause)
        async with self.tx() as con:
            rows = await con.fetch(sql, platform, now, limit, *extra)
            if not rows:
                return ClaimBatch(0, [])
            due = [_due(r) for r in rows]
            plans = [plan(d) for d in due]
            wanted = [(d, p) for d, p in zip(due, plans, strict=True) if p.send_date is not None]
            won: set[int] = set()
            if wanted:
                inserted = await con.fetch(
                    "INSERT INTO reminder_sends (schedule_id, local_date, kind, claimed_at, sent_at) "
                    "SELECT i, d, k, $4, CASE WHEN k = ANY($5::text[]) THEN $4::timestamptz END "
                    "FROM unnest($1::bigint[], $2::date[], $3::text[]) AS v(i, d, k) "
                    "ON CONFLICT DO NOTHING RETURNING schedule_id",
                    [d.schedule_id for d, _ in wanted],
                    [p.send_date for _, p in wanted],
                    [p.kind for _, p in wanted],
                    now,
                    sorted(SILENT_KINDS),
                )
                won = {r[0] for r in inserted}
            await con.execute(
                "UPDATE reminder_schedules s SET next_fire = v.f, replan = false "
                "FROM unnest($1::bigint[], $2::timestamptz[]) AS v(i, f) WHERE s.id = v.i",
                [d.schedule_id for d in due],
                [p.next_fire for p in plans],
            )
            claimed = [(d, p) for d, p in wanted if d.schedule_id in won]
            recovery = [(d.schedule_id, p.send_date) for d, p in claimed if p.recovery and p.send_date]
            if recovery:
                await con.execute(
                    "UPDATE reminder_schedules s SET last_recovery = v.d "
                    "FROM unnest($1::bigint[], $2::date[]) AS v(i, d) WHERE s.id = v.i",
                    [i for i, _ in recovery],
                    [d for _, d in recovery],
                )
        return ClaimBatch(len(due), claimed)

    async def mark_sent(self, keys: Sequence[tuple[int, date]], now: datetime) -> None:
        """Record that these claimed reminders reached their platform (or were given up for good)."""
        if not keys:
            return
        async with self.pool.acquire() as con:
            await con.execute(
                "UPDATE reminder_sends r SET sent_at = $3 "
                "FROM unnest($1::bigint[], $2::date[]) AS v(i, d) "
                "WHERE r.schedule_id = v.i AND r.local_date = v.d AND r.sent_at IS NULL",
                [k[0] for k in keys],
                [k[1] for k in keys],
                now,
            )

    async def refresh_claim(self, schedule_id: int, day: date, claimed_at: str, now: datetime) -> str | None:
        """Extend an unsent claim's lease if it is still ours; returns the new stamp, or None if another
        scheduler took it over (or it was sent) meanwhile."""
        async with self.pool.acquire() as con:
            status = await con.execute(
                "UPDATE reminder_sends SET claimed_at = $1 WHERE schedule_id = $2 AND local_date = $3 "
                "AND claimed_at = $4 AND sent_at IS NULL",
                now,
                schedule_id,
                day,
                datetime.fromisoformat(claimed_at),
            )
        return iso(now) if affected(status) == 1 else None

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

        Only claims made within the grace window are taken; rows are locked SKIP LOCKED and
        re-stamped in the same transaction, so two processes never take over the same claim.
        """
        clause, extra = _scope_sql(scope, 5)
        async with self.tx() as con:
            sends = await con.fetch(
                "SELECT r.schedule_id, r.local_date, r.kind, r.claimed_at FROM reminder_sends r "
                "JOIN reminder_schedules s ON s.id = r.schedule_id "
                "WHERE r.sent_at IS NULL AND r.claimed_at < $1 AND r.claimed_at >= $2 "
                f"AND s.platform = $3 AND NOT s.paused {clause}ORDER BY r.claimed_at LIMIT $4 "
                "FOR UPDATE OF r SKIP LOCKED",
                now - timedelta(seconds=lease_seconds),
                now - timedelta(seconds=grace_seconds),
                platform,
                limit,
                *extra,
            )
            if not sends:
                return []
            await con.execute(
                "UPDATE reminder_sends r SET claimed_at = $3 "
                "FROM unnest($1::bigint[], $2::date[]) AS v(i, d) "
                "WHERE r.schedule_id = v.i AND r.local_date = v.d",
                [r[0] for r in sends],
                [r[1] for r in sends],
                now,
            )
            rows = await con.fetch(
                _DUE_SELECT + "WHERE s.id = ANY($1::bigint[])", sorted({r[0] for r in sends})
            )
        by_id = {r["id"]: r for r in rows}
        out = []
        for sid, day, kind, claimed in sends:
            row = by_id.get(sid)
            if row is None or row["next_fire"] is None:
                continue
            due = _due(row)
            out.append((due, ClaimPlan(due.next_fire, day, kind, claimed, False)))
        return out

    async def release_claims(self, items: Sequence[Unsent]) -> int:
        """Undo claims that were never sent (shutdown): the next tick, in any process, sends them if
        still in grace. A schedule changed meanwhile (re-set, paused, advanced again) keeps its own."""
        released = 0
        async with self.tx() as con:
            for u in items:
                status = await con.execute(
                    "DELETE FROM reminder_sends WHERE schedule_id = $1 AND local_date = $2",
                    u.schedule_id,
                    u.local_date,
                )
                released += affected(status)
                await con.execute(
                    "UPDATE reminder_schedules SET next_fire = $1 WHERE id = $2 "
                    "AND next_fire IS NOT DISTINCT FROM $3 AND NOT paused",
                    u.fire,
                    u.schedule_id,
                    u.next_fire,
                )
        return released

    async def prune_reminder_sends(self, before: datetime) -> int:
        """Forget send records claimed before `before` (they only guard recent days)."""
        async with self.pool.acquire() as con:
            return affected(await con.execute("DELETE FROM reminder_sends WHERE claimed_at < $1", before))

    async def reminder_sends(self, schedule_id: int) -> list[tuple[date, str, bool]]:
        """(local date, kind, skipped) of a schedule's claimed reminders, oldest first."""
        async with self.pool.acquire() as con:
            rows = await con.fetch(
                "SELECT local_date, kind, skipped FROM reminder_sends WHERE schedule_id = $1 "
                "ORDER BY local_date",
                schedule_id,
            )
        return [(r[0], r[1], r[2]) for r in rows]


def _schedule(row: asyncpg.Record) -> ScheduleRow:
    return ScheduleRow(
        id=row["id"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        platform=row["platform"],
        target=row["target"],
        days=mask_days(row["days"]),
        local_time=row["local_time"],
        setting=row["setting"],
        next_fire=row["next_fire"],
        paused=row["paused"],
    )


def _due(row: asyncpg.Record) -> DueReminder:
    (sid, user_id, chat_id, platform, target, days, local_time, setting, next_fire, replan, last,
     u_pid, u_name, u_tz, u_created, c_tz, c_created, hard_days, race, paused, until,
     run_day) = row  # fmt: skip
    user: UserRow | None = None
    if user_id is not None:
        user = UserRow(user_id, platform, u_pid, u_name, u_tz, u_created)
        tz, created = u_tz, u_created
    else:
        tz, created = c_tz, c_created
    return DueReminder(
        sid,
        user,
        chat_id,
        platform,
        target,
        days,
        local_time,
        setting,
        next_fire,
        replan,
        tz,
        created,
        hard_days or 0,
        race,
        last,
        paused,
        until,
        run_day,
    )
