"""Runs the runner actually did (issue 27): recording one (from a file or Strava), the class
correction buttons, and what the plan does with a hard or long run.

``record_run``, ``remove_run`` and ``remove_runs_from`` are the contract the Strava sync codes
against (notes/RUNS_API.md); keep their names and meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from content.calendar import DAY_NAMES, fire_time, moved_to, parse_hhmm, plan_day
from content.runs import (
    RunClass,
    RunData,
    check_run,
    classify,
    day_text,
    distance_text,
    duration_text,
    pace_text,
    weekday_pattern,
)
from handlers.common import current_user, presses_own, user_zone
from handlers.deps import Deps
from handlers.ical import runner_rules
from handlers.rows import UserRow
from handlers.store_runs import NewRun, RunRow, hard_dates
from handlers.types import Button, Reply, Request, esc

HISTORY_DAYS = 56  # runs read for a classification's baselines (4 weeks) and the top heart rate
CLASS_PREFIX = "runclass"
OFFER_PREFIX = "runoffer"


class Status(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True)
class RecordOutcome:
    status: Status
    run: RunRow | None
    message: str  # short text for the runner (neutral markup)
    moved: str | None = None  # "I moved your strength session to Tue" or None
    offer: tuple[int, ...] = ()  # weekdays to offer as hard-run days (made once), () none


def run_summary(run: RunRow, unit: str) -> str:
    """ "Sun 6 Dec, 21.1 km in 1 h 52 min (5:18 /km)"."""
    return (
        f"{day_text(run.local_date)}, {distance_text(run.distance_m, unit)} in "
        f"{duration_text(run.moving_s)} ({pace_text(run.moving_s, run.distance_m, unit)})"
    )


def class_buttons(owner: str, run: RunRow) -> tuple[Button, ...]:
    """[Easy] [Hard] to correct the class (the one it has is left out)."""
    out = []
    for label, klass in (("Easy", RunClass.EASY), ("Hard", RunClass.HARD)):
        if run.klass != klass:
            out.append(Button(label, f"{CLASS_PREFIX}:{owner}:{run.id}:{klass.value}"))
    return tuple(out)


async def record_run(
    deps: Deps, user: UserRow, data: RunData, *, source: str, external_id: str | None, now: datetime
) -> RecordOutcome:
    """Validate, dedupe, classify and store a run, and move a planned strength day off a hard or
    long run day. Nothing is stored for a REJECTED or DUPLICATE outcome."""
    problem = check_run(data, now)
    if problem:
        return RecordOutcome(Status.REJECTED, None, esc(problem))
    store = deps.store
    tz = user_zone(user, deps)
    local_date = data.start.astimezone(tz).date()
    prefs = await store.run_prefs(user.id)
    history = await store.runs_between(user.id, local_date - timedelta(days=HISTORY_DAYS), local_date)
    klass, reason = classify(data, history, unit=prefs.units)
    new = NewRun(
        source=source,
        external_id=external_id,
        start=data.start,
        local_date=local_date,
        elapsed_s=data.elapsed_s,
        moving_s=data.moving_s,
        distance_m=data.distance_m,
        elev_gain_m=data.elev_gain_m,
        avg_hr=data.avg_hr,
        max_hr=data.max_hr,
        avg_cadence=data.avg_cadence,
        laps=data.laps,
        klass=klass.value,
        reason=reason,
        race=data.race or data.hint == "race",
    )
    row, created = await store.add_run(user.id, new, now)
    if not created:
        seen = f"{day_text(row.local_date)}, {distance_text(row.distance_m, prefs.units)}"
        return RecordOutcome(Status.DUPLICATE, row, f"Already have this run ({seen}).")
    moved = await moved_text(deps, user, row, now) if klass.hard_day else None
    offer = await _pattern_offer(deps, user, now, prefs.offered) if klass.hard_day else ()
    message = f"Run added: {esc(run_summary(row, prefs.units))}.\n<b>{esc(reason)}</b>"
    return RecordOutcome(Status.ADDED, row, message, moved, offer)


async def remove_run(deps: Deps, user_id: int, *, source: str, external_id: str) -> RunRow | None:
    """Delete the run a source knows by its id (a Strava activity deleted there); the row that went."""
    return await deps.store.delete_external_run(user_id, source, external_id)


async def keep_correction(deps: Deps, user_id: int, old: RunRow | None, new: RunRow | None) -> None:
    """A run stored again (its source sent an update) keeps the class the runner set with a button."""
    if old is not None and old.corrected and new is not None:
        await deps.store.set_run_class(user_id, new.id, old.klass, old.reason)


async def remove_runs_from(deps: Deps, user_id: int, source: str) -> int:
    """Delete every run from a source (Strava disconnected); how many went."""
    return await deps.store.delete_runs_from(user_id, source)


async def moved_text(deps: Deps, user: UserRow, run: RunRow, now: datetime) -> str | None:
    """Where the strength session planned for a hard or long run's day goes, when that day has a
    reminder not yet sent (the reminder service plans the day the same way when it fires)."""
    row = await deps.store.get_user_schedule(user.id)
    day = run.local_date
    if row is None or row.paused or day.weekday() not in row.days:
        return None
    tz = user_zone(user, deps)
    hour, minute = parse_hhmm(row.local_time)
    if fire_time(day, hour, minute, tz) <= now:
        return None  # that day's reminder went (or was due) already
    rules = await runner_rules(user, row, deps)
    if plan_day(day, rules, None).kind != "hard":
        return None  # paused, race days, recovery weeks: nothing was planned to move
    free = moved_to(day, rules)
    if free is None:
        return "No strength session today after that run: fit it in on your next easy day."
    return f"I moved your strength session to {DAY_NAMES[free.weekday()][:3]} {free.day}."


async def _pattern_offer(deps: Deps, user: UserRow, now: datetime, offered: bool) -> tuple[int, ...]:
    """Weekdays with hard or long runs in 3 of the last 4 weeks, offered once."""
    if offered:
        return ()
    store = deps.store
    today = now.astimezone(user_zone(user, deps)).date()
    runs = await store.runs_between(user.id, today - timedelta(days=27), today)
    first = await store.recent_runs(user.id, 10_000)
    first_day = min((r.local_date for r in first), default=None)
    days = weekday_pattern(hard_dates(runs), today, first_day)
    plan = await store.get_runner_plan(user.id)
    days = tuple(d for d in days if d not in plan.hard_days)
    if not days or not await store.claim_runs_offer(user.id):
        return ()
    return days


async def class_button(req: Request, deps: Deps) -> list[Reply]:
    """[Easy] / [Hard] on an imported run: store the runner's class."""
    parts = req.text.split(":")
    expired = [Reply("That button has expired. /runs lists your runs.", private=True)]
    if len(parts) != 4 or not parts[2].isascii() or not parts[2].isdigit():
        return expired
    _, owner, run_text, klass_text = parts
    if not await presses_own(req, deps, owner):
        return [Reply("That run belongs to someone else.", private=True)]
    if klass_text not in (RunClass.EASY, RunClass.HARD):
        return expired
    user = await current_user(req, deps)
    klass = RunClass(klass_text)
    reason = f"{klass.value.capitalize()} run: set by you"
    row = await deps.store.set_run_class(user.id, int(run_text[:18]), klass.value, reason)
    if row is None:
        return [Reply("That run isn't stored any more. /runs lists your runs.", private=True)]
    units = (await deps.store.run_prefs(user.id)).units
    lines = [f"Noted: {esc(run_summary(row, units))} is a <b>{klass.value}</b> run."]
    if klass.hard_day:
        moved = await moved_text(deps, user, row, req.now)
        if moved:
            lines.append(esc(moved))
    else:
        lines.append("I'll count it among your easy runs from now on.")
    return [Reply("\n".join(lines), buttons=class_buttons(owner, row), edit=True)]


BUTTONS = {CLASS_PREFIX: class_button}
