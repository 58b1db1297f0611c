"""The coaching calendar: day names, what a scheduled strength day brings (hard-run day, race eve,
recovery week, the next free day) and local fire times across DST. Pure: no I/O, no clock.

Local times follow the owner's time zone across DST changes: a time that doesn't exist on the
spring-forward day fires at the end of the gap (02:30 -> 03:00 local), a repeated time on the
fall-back day fires once, at its first occurrence (fold=0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from content.routine import is_recovery_week

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --- local time arithmetic ---------------------------------------------------------------------


def parse_hhmm(text: str) -> tuple[int, int]:
    hh, mm = text.split(":")
    return int(hh), int(mm)


def fire_time(day: date, hour: int, minute: int, tz: ZoneInfo) -> datetime:
    """The UTC instant of `hour:minute` local on `day`.

    A repeated wall time (fall-back) resolves to its first occurrence (fold=0); a wall time in a
    spring-forward gap resolves to the first valid instant after it, the end of the gap.
    """
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    utc = local.astimezone(UTC)
    back = utc.astimezone(tz)
    if back.hour == hour and back.minute == minute and back.day == day.day:
        return utc
    return _gap_end(local, tz)


def _gap_end(local: datetime, tz: ZoneInfo) -> datetime:
    """First UTC instant whose wall time is at or after `local` (which lies in a gap)."""
    naive = local.replace(tzinfo=None)
    # fold=1 reads the wall time with the offset after the change (earlier instant), fold=0 with
    # the one before (later instant); the transition lies between.
    lo = int(local.replace(fold=1).timestamp())
    hi = int(local.replace(fold=0).timestamp())
    if lo > hi:
        lo, hi = hi, lo
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, tz).replace(tzinfo=None) >= naive:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


def next_occurrence(
    days: int, hour: int, minute: int, tz: ZoneInfo, after: datetime
) -> tuple[date, datetime] | None:
    """(local date, UTC instant) of the first scheduled reminder strictly after `after`."""
    if not days & 0x7F:
        return None
    start = after.astimezone(tz).date() - timedelta(days=1)
    for i in range(10):
        d = start + timedelta(days=i)
        if days >> d.weekday() & 1:
            fire = fire_time(d, hour, minute, tz)
            if fire > after:
                return d, fire
    return None


def last_occurrence(
    days: int, hour: int, minute: int, tz: ZoneInfo, now: datetime
) -> tuple[date, datetime] | None:
    """(local date, UTC instant) of the latest scheduled reminder at or before `now`."""
    if not days & 0x7F:
        return None
    start = now.astimezone(tz).date() + timedelta(days=1)
    for i in range(10):
        d = start - timedelta(days=i)
        if days >> d.weekday() & 1:
            fire = fire_time(d, hour, minute, tz)
            if fire <= now:
                return d, fire
    return None


def next_fire_after(days: Sequence[int], local_time: str, tz: ZoneInfo, after: datetime) -> datetime:
    """UTC instant of a schedule's first reminder after `after` (days: weekday numbers, 0 = Monday)."""
    mask = 0
    for d in days:
        mask |= 1 << d
    hour, minute = parse_hhmm(local_time)
    found = next_occurrence(mask, hour, minute, tz, after)
    if found is None:
        raise ValueError("a schedule needs at least one day")
    return found[1]


# --- what a scheduled day brings ---------------------------------------------------------------


def day_kind(
    day: date,
    created_at: datetime,
    hard_days: int,
    race_date: date | None,
    last_recovery: date | None,
    recovery_weeks: bool,
) -> tuple[str, bool]:
    """(kind, is the week's recovery note) for a scheduled day.

    race_day: nothing is sent. race_eve: a short rest note. recovery: the week's one recovery
    note (first scheduled day of a recovery week); quiet: later days of that week, nothing sent.
    hard: a hard-run day, so a note suggesting the next free day. routine: the day's routine.
    """
    if race_date is not None:
        if day == race_date:
            return "race_day", False
        if day == race_date - timedelta(days=1):
            return "race_eve", False
    if recovery_weeks:
        start = created_at.date()
        week = max(0, (day - start).days // 7)
        if is_recovery_week(week):
            week_start = start + timedelta(days=7 * week)
            if last_recovery is None or last_recovery < week_start:
                return "recovery", True
            return "quiet", False
    if hard_days >> day.weekday() & 1:
        return "hard", False
    return "routine", False


def next_free_day(day: date, hard_days: int, strength_days: int, race_date: date | None) -> date | None:
    """The first day after `day` that is no hard-run day, strength day, race day or race eve."""
    for i in range(1, 7):
        d = day + timedelta(days=i)
        if hard_days >> d.weekday() & 1 or strength_days >> d.weekday() & 1:
            continue
        if race_date is not None and race_date - timedelta(days=1) <= d <= race_date:
            continue
        return d
    return None


# --- the plan: what reminders do on each scheduled day, and where the strength work lands -------


@dataclass(slots=True)  # not frozen: one is built per due reminder, and a frozen init costs more
class DayRules:
    """A runner's (or club's) calendar rules: everything planning a scheduled day needs (read-only
    by convention)."""

    strength_days: int  # mask, bit 0 = Monday
    created_at: datetime  # drives week numbers (recovery weeks)
    hard_days: int = 0  # mask
    race_date: date | None = None
    recovery_weeks: bool = True
    pause_from: date | None = None  # paused from this local date ...
    pause_until: date | None = None  # ... up to (not including) this one; None: until /resume
    run_day: date | None = None  # a date a hard or long run made a hard-run day (runs, issue 27)

    def paused(self, day: date) -> bool:
        start = self.pause_from
        if start is None or day < start:
            return False
        return self.pause_until is None or day < self.pause_until

    def in_recovery_week(self, day: date) -> bool:
        if not self.recovery_weeks:
            return False
        return is_recovery_week(max(0, (day - self.created_at.date()).days // 7))


class DayPlan(NamedTuple):  # a tuple: one per due reminder, cheap to make
    kind: str  # "paused", "race_day", "race_eve", "recovery", "quiet", "hard", "routine"
    recovery: bool = False  # this is the week's recovery note
    strength_on: date | None = None  # the day the strength routine goes: the day itself, or moved


def plan_day(day: date, rules: DayRules, last_recovery: date | None) -> DayPlan:
    """What a scheduled day brings — the one rule reminders and /calendar both follow.

    paused: nothing is sent (personal pauses; club schedules carry none). Otherwise as day_kind();
    a hard-run day's routine moves to moved_to().
    """
    if rules.paused(day):
        return DayPlan("paused")
    kind, recovery = day_kind(
        day, rules.created_at, rules.hard_days, rules.race_date, last_recovery, rules.recovery_weeks
    )
    if kind == "routine" and day == rules.run_day:
        kind = "hard"  # a hard or long run that day: the routine moves as on a /runs hard day
    if kind == "routine":
        return DayPlan(kind, recovery, day)
    if kind == "hard":
        return DayPlan(kind, recovery, moved_to(day, rules))
    return DayPlan(kind, recovery)


def moved_to(day: date, rules: DayRules) -> date | None:
    """Where a hard-run day's strength work goes: the next free day, unless that one is paused or in
    a recovery week (then nowhere: the reminder says "your next easy day")."""
    free = next_free_day(day, rules.hard_days, rules.strength_days, rules.race_date)
    if free is None or rules.paused(free) or rules.in_recovery_week(free):
        return None
    return free


@dataclass(frozen=True, slots=True)
class PlannedDay:
    day: date  # the scheduled day (its reminder's local date)
    fire: datetime  # the reminder's UTC instant
    plan: DayPlan


def plan_window(
    rules: DayRules, hour: int, minute: int, tz: ZoneInfo, after: datetime, until: datetime
) -> list[PlannedDay]:
    """Every scheduled reminder after `after` up to `until`, planned as the reminders will be.

    Recovery notes are tracked as the reminder service tracks them (the week's first scheduled
    day sends it), so later days of a recovery week plan as "quiet".
    """
    out: list[PlannedDay] = []
    last_recovery: date | None = None
    cursor = after
    while True:
        found = next_occurrence(rules.strength_days, hour, minute, tz, cursor)
        if found is None or found[1] > until:
            return out
        day, fire = found
        plan = plan_day(day, rules, last_recovery)
        if plan.recovery:
            last_recovery = day
        out.append(PlannedDay(day, fire, plan))
        cursor = fire


def strength_days(planned: list[PlannedDay]) -> list[tuple[date, PlannedDay]]:
    """(day the routine is done, the reminder that planned it), in date order, one per day."""
    seen: dict[date, PlannedDay] = {}
    for p in planned:
        on = p.plan.strength_on
        if on is not None and on not in seen:
            seen[on] = p
    return sorted(seen.items())
