"""Runs (issue 27), written once for both stores: ``RunsSql`` implements ``handlers.store_runs.RunsPort``."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime, timedelta

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Conn, Dialect, Row, as_row
from content.runs import Lap
from handlers.store_runs import NewRun, RunPrefs, RunRow

DUPLICATE_WINDOW = timedelta(seconds=60)
DUPLICATE_SHARE = 0.02

COLS = "id, person_id, source, external_id, start_at, local_date, elapsed_s, moving_s, distance_m, elev_gain_m, avg_hr, max_hr, avg_cadence, laps, klass, reason, corrected, race, created_at"
SELECT = f"SELECT {COLS} FROM runs "
ADD = f"INSERT INTO runs (person_id, source, external_id, start_at, local_date, elapsed_s, moving_s, distance_m, elev_gain_m, avg_hr, max_hr, avg_cadence, laps, klass, reason, corrected, race, created_at) VALUES (:p, :source, :external_id, :start, :local_date, :elapsed_s, :moving_s, :distance_m, :elev_gain_m, :avg_hr, :max_hr, :avg_cadence, :laps, :klass, :reason, FALSE, :race, :now) RETURNING {COLS}"
NEAR = f"SELECT {COLS} FROM runs WHERE person_id = :p AND start_at >= :lo AND start_at <= :hi AND ABS(distance_m - :d) <= :tol ORDER BY start_at LIMIT 1"
PREFS = "SELECT units, runs_offered AS offered, run_day FROM runner_plans WHERE user_id = :p"
RUN_DAY = "SELECT MAX(local_date) FROM runs WHERE person_id = :p AND klass IN ('hard', 'long')"
PLAN_ROW = "INSERT INTO runner_plans (user_id) VALUES (:p) ON CONFLICT (user_id) DO NOTHING"
OFFERED = "UPDATE runner_plans SET runs_offered = TRUE WHERE user_id = :p AND NOT runs_offered"
PLAN_SET = "INSERT INTO runner_plans (user_id, {col}) VALUES (:p, :v) ON CONFLICT (user_id) DO UPDATE SET {col} = excluded.{col}"


def _laps(text: str | None) -> tuple[Lap, ...]:
    try:
        return tuple(Lap(**item) for item in json.loads(text or "[]"))
    except (ValueError, TypeError):
        return ()


def _row(r: Row) -> RunRow:
    return as_row(RunRow, r, start=Dialect.ts(r["start_at"]), laps=_laps(r["laps"]))


async def _refresh_run_day(c: Conn, person_id: int) -> None:
    """runner_plans.run_day = the latest local date of a hard or long run (reminders read it)."""
    day = await c.fetchval(RUN_DAY, p=person_id)
    await c.execute(PLAN_SET.format(col="run_day"), p=person_id, v=Dialect.day(day))


async def move_runs(c: Conn, account: int, person: int) -> None:
    """Linking: an account's runs join its person's (those the person has already stay out)."""
    for run in [_row(r) for r in await c.fetch(SELECT + "WHERE person_id = :a", a=account)]:
        if await _duplicate(c, person, run.source, run.external_id, run.start, run.distance_m) is None:
            await c.execute("UPDATE runs SET person_id = :p WHERE id = :id", p=person, id=run.id)
    await c.execute("DELETE FROM runs WHERE person_id = :a", a=account)
    await _refresh_run_day(c, person)


async def _duplicate(
    c: Conn, person: int, source: str, external_id: str | None, start: datetime, dist: float
) -> Row | None:
    if external_id is not None:
        sql = SELECT + "WHERE person_id = :p AND source = :s AND external_id = :e"
        if (found := await c.fetchrow(sql, p=person, s=source, e=external_id)) is not None:
            return found
    window = {"lo": start - DUPLICATE_WINDOW, "hi": start + DUPLICATE_WINDOW}
    return await c.fetchrow(NEAR, p=person, d=float(dist), tol=DUPLICATE_SHARE * float(dist), **window)


class RunsSql(SqlBase):
    async def add_run(self, person_id: int, r: NewRun, now: datetime) -> tuple[RunRow, bool]:
        async with self.sql_tx() as c:
            if c.dialect.name == "postgres":
                # One import at a time per person: two copies of a file sent at once store one run.
                await c.execute("SELECT pg_advisory_xact_lock(7227, CAST(:p AS integer))", p=person_id)
            found = await _duplicate(c, person_id, r.source, r.external_id, r.start, r.distance_m)
            if found is not None:
                return _row(found), False
            floats = {k: float(getattr(r, k)) for k in ("elapsed_s", "moving_s", "distance_m")}
            laps = json.dumps([asdict(lap) for lap in r.laps], separators=(",", ":"))
            row = await c.fetchrow(ADD, **{**vars(r), **floats, "laps": laps}, p=person_id, now=now)
            assert row is not None
            await _refresh_run_day(c, person_id)
            return _row(row), True

    async def get_run(self, person_id: int, run_id: int) -> RunRow | None:
        row = await self.sql_first(SELECT + "WHERE person_id = :p AND id = :id", p=person_id, id=run_id)
        return _row(row) if row else None

    async def recent_runs(self, person_id: int, limit: int) -> list[RunRow]:
        sql = SELECT + "WHERE person_id = :p ORDER BY start_at DESC, id DESC LIMIT :n"
        return [_row(r) for r in await self.sql_fetch(sql, p=person_id, n=limit)]

    async def runs_between(self, person_id: int, start: date, end: date) -> list[RunRow]:
        sql = SELECT + "WHERE person_id = :p AND local_date >= :a AND local_date <= :b ORDER BY start_at, id"
        return [_row(r) for r in await self.sql_fetch(sql, p=person_id, a=start, b=end)]

    async def all_runs(self, person_id: int) -> list[RunRow]:
        rows = await self.sql_fetch(SELECT + "WHERE person_id = :p ORDER BY start_at, id", p=person_id)
        return [_row(r) for r in rows]

    async def set_run_class(self, person_id: int, run_id: int, klass: str, reason: str) -> RunRow | None:
        sql = f"UPDATE runs SET klass = :k, reason = :r, corrected = :t WHERE person_id = :p AND id = :id RETURNING {COLS}"
        async with self.sql_tx() as c:
            row = await c.fetchrow(sql, k=klass, r=reason, t=True, p=person_id, id=run_id)
            if row is not None:
                await _refresh_run_day(c, person_id)
        return _row(row) if row else None

    async def delete_external_run(self, person_id: int, source: str, external_id: str) -> RunRow | None:
        sql = f"DELETE FROM runs WHERE person_id = :p AND source = :s AND external_id = :e RETURNING {COLS}"
        async with self.sql_tx() as c:  # (person, source, external_id) is unique: one row at most
            row = await c.fetchrow(sql, p=person_id, s=source, e=external_id)
            if row is not None:
                await _refresh_run_day(c, person_id)
        return _row(row) if row else None

    async def delete_runs_from(self, person_id: int, source: str) -> int:
        sql = "DELETE FROM runs WHERE person_id = :p AND source = :s"
        async with self.sql_tx() as c:
            if n := await c.execute(sql, p=person_id, s=source):
                await _refresh_run_day(c, person_id)
        return n

    async def run_prefs(self, person_id: int) -> RunPrefs:
        row = await self.sql_first(PREFS, p=person_id)
        return as_row(RunPrefs, row) if row else RunPrefs()

    async def set_units(self, person_id: int, units: str) -> None:
        await self.sql_exec(PLAN_SET.format(col="units"), p=person_id, v=units)

    async def claim_runs_offer(self, person_id: int) -> bool:
        p = {"p": person_id}
        return (await self.sql_script((PLAN_ROW, p), (OFFERED, p)))[1] > 0
