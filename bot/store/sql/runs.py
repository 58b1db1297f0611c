"""Runs (issue 27), written once for SQLite and PostgreSQL: ``RunsSql`` implements
``handlers.store_runs.RunsPort`` through ``self.sql_tx()`` / ``self.sql_read()``."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime, timedelta
from typing import Any

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Conn, Row
from content.runs import Lap
from handlers.store_runs import NewRun, RunPrefs, RunRow

DUPLICATE_WINDOW = timedelta(seconds=60)
DUPLICATE_SHARE = 0.02

_COLS = (
    "id, person_id, source, external_id, start_at, local_date, elapsed_s, moving_s, distance_m, "
    "elev_gain_m, avg_hr, max_hr, avg_cadence, laps, klass, reason, corrected, race, created_at"
)
_SELECT = f"SELECT {_COLS} FROM runs "


def _laps_json(laps: tuple[Lap, ...]) -> str:
    return json.dumps([asdict(lap) for lap in laps], separators=(",", ":"))


def _laps(text: str | None) -> tuple[Lap, ...]:
    try:
        return tuple(Lap(**item) for item in json.loads(text or "[]"))
    except (ValueError, TypeError):
        return ()


def _opt(v: Any) -> float | None:
    return None if v is None else float(v)


def _row(c: Conn, r: Row) -> RunRow:
    d = c.dialect
    start, created, day = d.ts(r["start_at"]), d.ts(r["created_at"]), d.day(r["local_date"])
    assert start is not None and created is not None and day is not None
    return RunRow(
        id=int(r["id"]),
        person_id=int(r["person_id"]),
        source=r["source"],
        external_id=r["external_id"],
        start=start,
        local_date=day,
        elapsed_s=float(r["elapsed_s"]),
        moving_s=float(r["moving_s"]),
        distance_m=float(r["distance_m"]),
        elev_gain_m=_opt(r["elev_gain_m"]),
        avg_hr=_opt(r["avg_hr"]),
        max_hr=_opt(r["max_hr"]),
        avg_cadence=_opt(r["avg_cadence"]),
        laps=_laps(r["laps"]),
        klass=r["klass"],
        reason=r["reason"],
        corrected=d.flag(r["corrected"]),
        race=d.flag(r["race"]),
        created_at=created,
    )


async def _refresh_run_day(c: Conn, person_id: int) -> None:
    """runner_plans.run_day = the latest local date of a hard or long run (reminders read it)."""
    day = await c.fetchval(
        "SELECT MAX(local_date) FROM runs WHERE person_id = :p AND klass IN ('hard', 'long')", p=person_id
    )
    await c.execute(
        "INSERT INTO runner_plans (user_id, run_day) VALUES (:p, :d) "
        "ON CONFLICT (user_id) DO UPDATE SET run_day = excluded.run_day",
        p=person_id,
        d=c.dialect.day(day),
    )


async def move_runs(c: Conn, account: int, person: int) -> None:
    """Linking: an account's runs join its person's (those the person has already stay out)."""
    rows = await c.fetch(_SELECT + "WHERE person_id = :a", a=account)
    for r in rows:
        run = _row(c, r)
        if await _duplicate(c, person, run.source, run.external_id, run.start, run.distance_m) is None:
            await c.execute("UPDATE runs SET person_id = :p WHERE id = :id", p=person, id=run.id)
    await c.execute("DELETE FROM runs WHERE person_id = :a", a=account)
    await _refresh_run_day(c, person)


async def _duplicate(
    c: Conn, person_id: int, source: str, external_id: str | None, start: datetime, distance: float
) -> Row | None:
    if external_id is not None:
        found = await c.fetchrow(
            _SELECT + "WHERE person_id = :p AND source = :s AND external_id = :e",
            p=person_id,
            s=source,
            e=external_id,
        )
        if found is not None:
            return found
    return await c.fetchrow(
        _SELECT + "WHERE person_id = :p AND start_at >= :lo AND start_at <= :hi "
        "AND ABS(distance_m - :d) <= :tol ORDER BY start_at LIMIT 1",
        p=person_id,
        lo=start - DUPLICATE_WINDOW,
        hi=start + DUPLICATE_WINDOW,
        d=float(distance),
        tol=DUPLICATE_SHARE * float(distance),
    )


class RunsSql(SqlBase):
    """A mixin: its methods need only ``sql_tx`` / ``sql_read`` of the store they are mixed into
    (typed through the ``self: SqlStore`` annotations)."""

    async def add_run(self, person_id: int, r: NewRun, now: datetime) -> tuple[RunRow, bool]:
        async with self.sql_tx() as c:
            if c.dialect.name == "postgres":
                # One import at a time per person: two copies of a file sent at once store one run.
                await c.execute("SELECT pg_advisory_xact_lock(7227, CAST(:p AS integer))", p=person_id)
            found = await _duplicate(c, person_id, r.source, r.external_id, r.start, r.distance_m)
            if found is not None:
                return _row(c, found), False
            row = await c.fetchrow(
                "INSERT INTO runs (person_id, source, external_id, start_at, local_date, elapsed_s, "
                "moving_s, distance_m, elev_gain_m, avg_hr, max_hr, avg_cadence, laps, klass, reason, "
                "corrected, race, created_at) VALUES (:p, :source, :ext, :start, :day, :elapsed, :moving, "
                ":dist, :gain, :avg_hr, :max_hr, :cad, :laps, :klass, :reason, :corrected, :race, :now) "
                f"RETURNING {_COLS}",
                p=person_id,
                source=r.source,
                ext=r.external_id,
                start=r.start,
                day=r.local_date,
                elapsed=float(r.elapsed_s),
                moving=float(r.moving_s),
                dist=float(r.distance_m),
                gain=r.elev_gain_m,
                avg_hr=r.avg_hr,
                max_hr=r.max_hr,
                cad=r.avg_cadence,
                laps=_laps_json(r.laps),
                klass=r.klass,
                reason=r.reason,
                corrected=False,
                race=r.race,
                now=now,
            )
            assert row is not None
            await _refresh_run_day(c, person_id)
            return _row(c, row), True

    async def get_run(self, person_id: int, run_id: int) -> RunRow | None:
        async with self.sql_read() as c:
            row = await c.fetchrow(_SELECT + "WHERE person_id = :p AND id = :id", p=person_id, id=run_id)
            return _row(c, row) if row else None

    async def recent_runs(self, person_id: int, limit: int) -> list[RunRow]:
        async with self.sql_read() as c:
            rows = await c.fetch(
                _SELECT + "WHERE person_id = :p ORDER BY start_at DESC, id DESC LIMIT :n",
                p=person_id,
                n=limit,
            )
            return [_row(c, r) for r in rows]

    async def runs_between(self, person_id: int, start: date, end: date) -> list[RunRow]:
        async with self.sql_read() as c:
            rows = await c.fetch(
                _SELECT + "WHERE person_id = :p AND local_date >= :a AND local_date <= :b "
                "ORDER BY start_at, id",
                p=person_id,
                a=start,
                b=end,
            )
            return [_row(c, r) for r in rows]

    async def all_runs(self, person_id: int) -> list[RunRow]:
        async with self.sql_read() as c:
            rows = await c.fetch(_SELECT + "WHERE person_id = :p ORDER BY start_at, id", p=person_id)
            return [_row(c, r) for r in rows]

    async def set_run_class(self, person_id: int, run_id: int, klass: str, reason: str) -> RunRow | None:
        async with self.sql_tx() as c:
            row = await c.fetchrow(
                "UPDATE runs SET klass = :k, reason = :r, corrected = :t WHERE person_id = :p AND id = :id "
                f"RETURNING {_COLS}",
                k=klass,
                r=reason,
                t=True,
                p=person_id,
                id=run_id,
            )
            if row is None:
                return None
            await _refresh_run_day(c, person_id)
            return _row(c, row)

    async def delete_external_run(self, person_id: int, source: str, external_id: str) -> bool:
        async with self.sql_tx() as c:
            n = await c.execute(
                "DELETE FROM runs WHERE person_id = :p AND source = :s AND external_id = :e",
                p=person_id,
                s=source,
                e=external_id,
            )
            if n:
                await _refresh_run_day(c, person_id)
            return n > 0

    async def delete_runs_from(self, person_id: int, source: str) -> int:
        async with self.sql_tx() as c:
            n = await c.execute(
                "DELETE FROM runs WHERE person_id = :p AND source = :s", p=person_id, s=source
            )
            if n:
                await _refresh_run_day(c, person_id)
            return n

    async def run_prefs(self, person_id: int) -> RunPrefs:
        async with self.sql_read() as c:
            row = await c.fetchrow(
                "SELECT units, runs_offered, run_day FROM runner_plans WHERE user_id = :p", p=person_id
            )
            if row is None:
                return RunPrefs()
            return RunPrefs(row["units"], c.dialect.flag(row["runs_offered"]), c.dialect.day(row["run_day"]))

    async def set_units(self, person_id: int, units: str) -> None:
        async with self.sql_tx() as c:
            await c.execute(
                "INSERT INTO runner_plans (user_id, units) VALUES (:p, :u) "
                "ON CONFLICT (user_id) DO UPDATE SET units = excluded.units",
                p=person_id,
                u=units,
            )

    async def claim_runs_offer(self, person_id: int) -> bool:
        async with self.sql_tx() as c:
            await c.execute(
                "INSERT INTO runner_plans (user_id) VALUES (:p) ON CONFLICT (user_id) DO NOTHING", p=person_id
            )
            n = await c.execute(
                "UPDATE runner_plans SET runs_offered = :t WHERE user_id = :p AND runs_offered = :f",
                t=True,
                f=False,
                p=person_id,
            )
            return n > 0
