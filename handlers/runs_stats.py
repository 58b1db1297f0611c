"""Runs beside the strength sessions: /stats lines and chart values, /export's runs CSV."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from content.runs import KM, MILE, distance_text, duration_text
from handlers.common import csv_bytes
from handlers.deps import Deps
from handlers.rows import UserRow
from handlers.types import Reply

RUNS_CSV = "legwork-runs.csv"
RUNS_COLUMNS = [
    "date", "start_local", "timezone", "source", "distance_km", "moving_min", "elapsed_min",
    "elevation_gain_m", "avg_hr", "max_hr", "avg_cadence", "laps", "class", "class_set_by_you", "reason",
]  # fmt: skip


async def running_stats(
    user: UserRow, deps: Deps, monday: date
) -> tuple[list[str], tuple[tuple[str, float], ...], str]:
    """(/stats lines, weekly distance for the chart (8 weeks, oldest first), unit); nothing
    when the runner has no runs in the 8 weeks."""
    first = monday - timedelta(weeks=7)
    rows = await deps.store.runs_between(user.id, first, monday + timedelta(days=6))
    if not rows:
        return [], (), "km"
    unit = (await deps.store.run_prefs(user.id)).units
    per = MILE if unit == "mi" else KM
    dist = [0.0] * 8
    secs = [0.0] * 8
    for r in rows:
        i = (r.local_date - first).days // 7
        dist[i] += r.distance_m
        secs[i] += r.moving_s
    lines = [
        f"Running this week: <b>{distance_text(dist[-1], unit)}</b> in {duration_text(secs[-1])}",
        f"Running, last 8 weeks: {distance_text(sum(dist), unit)} in {duration_text(sum(secs))} "
        f"({len(rows)} run{'s' if len(rows) != 1 else ''})",
    ]
    chart = tuple((f"{first + timedelta(weeks=i):%d %b}", dist[i] / per) for i in range(8))
    return lines, chart, unit


async def runs_export(user: UserRow, deps: Deps, tz: ZoneInfo, private: bool) -> Reply | None:
    """The runner's runs as a second CSV file (None without runs)."""
    rows = await deps.store.all_runs(user.id)
    if not rows:
        return None
    data = csv_bytes(
        RUNS_COLUMNS,
        (
            (
                r.local_date.isoformat(),
                r.start.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S"),
                tz.key,
                r.source,
                f"{r.distance_m / KM:.3f}",
                f"{r.moving_s / 60:.1f}",
                f"{r.elapsed_s / 60:.1f}",
                "" if r.elev_gain_m is None else f"{r.elev_gain_m:.0f}",
                "" if r.avg_hr is None else f"{r.avg_hr:.0f}",
                "" if r.max_hr is None else f"{r.max_hr:.0f}",
                "" if r.avg_cadence is None else f"{r.avg_cadence:.0f}",
                len(r.laps),
                r.klass,
                "yes" if r.corrected else "no",
                r.reason,
            )
            for r in rows
        ),
    )
    n = len(rows)
    return Reply(
        f"Your runs: {n} run{'s' if n != 1 else ''} as CSV.",
        file=(RUNS_CSV, data),
        private=private,
    )
