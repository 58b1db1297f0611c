"""Runs: what a run file (or Strava) tells us, and the rules that classify a run.

Pure: no I/O. Parsing files lives in content/runfiles.py; storing in handlers/runs.py.

The classification rules (docs/runs.md has them with their check on sample files):

1. **race** (class hard): the file or Strava says it was a race.
2. **long**: moving time >= 90 min, or >= 1.5x the runner's 4-week median moving time (with at
   least 3 runs in those 4 weeks) and at least 40 min.
3. **hard** by heart rate: at least 10 min, or 20 % of the moving time, at >= 88 % of the runner's
   top heart rate (the highest max HR of the run and their history; while fewer than 3 runs
   carry heart rate, at least 185 bpm is assumed, so one run can't make itself look hard).
4. **hard** intervals: 3 or more fast stretches of 60 s to 15 min, or fast stretches adding up to
   10 min or more, each at least 15 % faster than the run's median running pace (20-second windows
   at 9:16 /km or faster, so walk breaks and stops don't lower it; a clearly downhill window is never
   "fast"); or 3+ "active" laps between "rest" laps; or 3+ laps each 15 % faster than the laps on
   either side.
5. **hard** tempo: at least 15 min at an average pace 8 % or more faster than the runner's usual
   (median of their easy runs in 4 weeks, at least 3 of them).
6. **hilly**: climb >= 20 m per km and >= 150 m in all.
7. otherwise **easy**.

A runner's correction ([Easy] [Hard]) is stored on the run; later classifications read the
corrected classes (the usual pace comes from the runs the runner calls easy).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

KM = 1000.0
MILE = 1609.344
SPORTS = ("run", "ride", "swim", "walk", "other")

LONG_MINUTES = 90.0
LONG_FACTOR = 1.5
LONG_MIN_MINUTES = 40.0
HR_NEAR_TOP = 0.88
HR_MIN_HARD_S = 600.0
HR_MIN_HARD_SHARE = 0.20
HR_ASSUMED_TOP = 185.0
FAST_FACTOR = 1.15
FAST_MIN_S = 60.0
FAST_MAX_S = 900.0
FAST_REPEATS = 3
FAST_TOTAL_S = 600.0
WINDOW_S = 20.0
MOVING_FLOOR = 0.5  # m/s: slower windows are stops
RUN_FLOOR = 1.8  # m/s (9:16 /km): slower windows are walking (or stops), not the run's own pace
DOWNHILL = -0.04  # a window falling more than 4 m per 100 m is downhill: its speed says nothing
TEMPO_FACTOR = 1.08
TEMPO_MIN_S = 900.0
HILLY_M_PER_KM = 20.0
HILLY_MIN_M = 150.0
BASELINE_DAYS = 28
BASELINE_RUNS = 3


@dataclass(frozen=True)
class Lap:
    start_offset_s: float
    elapsed_s: float
    distance_m: float
    avg_hr: float | None
    max_hr: float | None
    intensity: str | None  # "active" / "rest" / None


Sample = tuple[float, float, float | None, float | None]  # (offset_s, distance_m, hr, altitude_m)


@dataclass(frozen=True)
class RunData:
    start: datetime  # aware UTC
    elapsed_s: float
    moving_s: float
    distance_m: float
    elev_gain_m: float | None
    avg_hr: float | None
    max_hr: float | None
    avg_cadence: float | None
    laps: tuple[Lap, ...] = ()
    sport: str = "run"  # "run" | "ride" | "swim" | "walk" | "other" (lower-case)
    race: bool = False  # the file/Strava says it was a race
    hint: str | None = None  # Strava workout_type evidence: "race" | "long" | "workout" | None
    samples: tuple[Sample, ...] = ()  # optional, for classification


class RunClass(StrEnum):
    EASY = "easy"
    LONG = "long"
    HARD = "hard"
    HILLY = "hilly"

    @property
    def hard_day(self) -> bool:
        """Whether a run of this class makes its day a hard-run day for planning."""
        return self in (RunClass.HARD, RunClass.LONG)


class PastRun(Protocol):
    """What classification reads of a stored run (handlers.store_runs.RunRow has it)."""

    @property
    def start(self) -> datetime: ...
    @property
    def moving_s(self) -> float: ...
    @property
    def distance_m(self) -> float: ...
    @property
    def max_hr(self) -> float | None: ...
    @property
    def klass(self) -> str: ...


# --- wording ---------------------------------------------------------------------------------


def duration_text(seconds: float) -> str:
    """ "1 h 52 min", "48 min", "45 s"."""
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    h, m = divmod(round(s / 60), 60)
    return f"{h} h {m} min" if h else f"{m} min"


def distance_text(meters: float, unit: str = "km") -> str:
    """ "21.1 km" / "13.1 mi"."""
    per = MILE if unit == "mi" else KM
    return f"{meters / per:.1f} {unit}"


def pace_text(seconds: float, meters: float, unit: str = "km") -> str:
    """ "5:20 /km" — time per kilometre (or mile); "–" when no distance."""
    if meters <= 0 or seconds <= 0:
        return "–"
    per = MILE if unit == "mi" else KM
    total = round(seconds / (meters / per))
    m, s = divmod(total, 60)
    return f"{m}:{s:02d} /{unit}"


def day_text(d: date) -> str:
    """ "Sun 6 Dec"."""
    return f"{d:%a} {d.day} {d:%b}"


# --- validation --------------------------------------------------------------------------------

EARLIEST = datetime(2000, 1, 1).date()
MAX_ELAPSED_S = 24 * 3600.0


def check_run(run: RunData, now: datetime) -> str | None:
    """Why a run can't be stored (a short reply), or None when it can."""
    sport = run.sport if run.sport in SPORTS else "other"
    if sport == "ride":
        return "That's a ride — I only track runs."
    if sport == "swim":
        return "That's a swim — I only track runs."
    if sport == "other":
        return "That activity isn't a run — I only track runs."
    # Walks are kept: hikers and run-walkers log them as runs; they classify as easy or hilly.
    if run.start.date() < EARLIEST:
        return "That run starts before the year 2000 — check the watch's date and export it again."
    if run.start > now + timedelta(minutes=10):
        return "That run starts in the future — check the watch's date and export it again."
    if run.elapsed_s > MAX_ELAPSED_S or run.moving_s > MAX_ELAPSED_S:
        return "That run lasts over 24 hours — I only take single runs. Split it and send it again."
    if run.elapsed_s <= 0 or run.distance_m < 0:
        return "That file has no usable time or distance."
    return None


# --- classification ---------------------------------------------------------------------------


def _recent(run: RunData, history: Sequence[PastRun]) -> list[PastRun]:
    lo = run.start - timedelta(days=BASELINE_DAYS)
    return [h for h in history if lo <= h.start < run.start]


def _speed(seconds: float, meters: float) -> float:
    return meters / seconds if seconds > 0 else 0.0


def classify(run: RunData, history: Sequence[PastRun], *, unit: str = "km") -> tuple[RunClass, str]:
    """The run's class and the reason shown to the runner (see the module docstring's rules)."""
    if run.race or run.hint == "race":
        return RunClass.HARD, f"Race: {distance_text(run.distance_m, unit)} in {duration_text(run.moving_s)}"
    recent = _recent(run, history)
    moving = run.moving_s
    if moving >= LONG_MINUTES * 60:
        return RunClass.LONG, f"Long run: {duration_text(moving)}, 90 min or more"
    if len(recent) >= BASELINE_RUNS:
        usual = statistics.median(h.moving_s for h in recent)
        if moving >= LONG_FACTOR * usual and moving >= LONG_MIN_MINUTES * 60:
            return RunClass.LONG, f"Long run: {duration_text(moving)}, your usual is {duration_text(usual)}"
    if run.hint == "long":
        return RunClass.LONG, f"Long run: {duration_text(moving)} (marked as a long run)"
    hr = _hr_reason(run, history)
    if hr:
        return RunClass.HARD, hr
    reps = _interval_reason(run, unit)
    if reps:
        return RunClass.HARD, reps
    tempo = _tempo_reason(run, recent, unit)
    if tempo:
        return RunClass.HARD, tempo
    if run.hint == "workout":
        return RunClass.HARD, "Hard run: marked as a workout"
    gain = run.elev_gain_m or 0.0
    km = run.distance_m / KM
    if gain >= HILLY_MIN_M and km > 0 and gain / km >= HILLY_M_PER_KM:
        return RunClass.HILLY, f"Hilly run: {gain:.0f} m of climb over {distance_text(run.distance_m, unit)}"
    return RunClass.EASY, (f"Easy run: {duration_text(moving)} at {pace_text(moving, run.distance_m, unit)}")


def top_hr(run: RunData, history: Sequence[PastRun]) -> float | None:
    """The runner's top heart rate as far as we know it (see rule 3)."""
    known = [h.max_hr for h in history if h.max_hr]
    if run.max_hr:
        known.append(run.max_hr)
    if not known:
        return None
    top = max(known)
    if len(known) <= BASELINE_RUNS:
        top = max(top, HR_ASSUMED_TOP)
    return top


def _hr_reason(run: RunData, history: Sequence[PastRun]) -> str | None:
    top = top_hr(run, history)
    if top is None:
        return None
    line = HR_NEAR_TOP * top
    near = 0.0
    prev: Sample | None = None
    for s in run.samples:
        if prev is not None and s[2] is not None and s[2] >= line:
            near += min(max(s[0] - prev[0], 0.0), 30.0)  # a gap in the recording counts 30 s at most
        prev = s
    if not run.samples and run.avg_hr and run.avg_hr >= line:
        near = run.moving_s  # no samples: the average alone says the whole run was near the top
    if near >= HR_MIN_HARD_S or (
        run.moving_s > 0 and near >= HR_MIN_HARD_SHARE * run.moving_s and near >= 120
    ):
        return f"Hard run: {duration_text(near)} at {line:.0f}+ bpm, near your top of {top:.0f}"
    return None


def _windows(samples: Sequence[Sample], width: float = WINDOW_S) -> list[tuple[float, float, float | None]]:
    """(start offset, speed m/s, grade or None) over consecutive windows of ~width seconds."""
    out: list[tuple[float, float, float | None]] = []
    if len(samples) < 2:
        return out
    i = 0
    for j in range(1, len(samples)):
        dt = samples[j][0] - samples[i][0]
        if dt >= width:
            dd = samples[j][1] - samples[i][1]
            a0, a1 = samples[i][3], samples[j][3]
            grade = (a1 - a0) / dd if a0 is not None and a1 is not None and dd >= 20.0 else None
            out.append((samples[i][0], dd / dt, grade))
            i = j
    return out


def _lap_reason(run: RunData) -> str | None:
    active = [lap for lap in run.laps if lap.intensity == "active"]
    rests = [lap for lap in run.laps if lap.intensity == "rest"]
    if len(active) >= FAST_REPEATS and rests:
        return f"Intervals: {len(active)} work laps with recoveries between"
    speeds = [_speed(lap.elapsed_s, lap.distance_m) for lap in run.laps]
    fast = 0
    for k, lap in enumerate(run.laps):
        near = [speeds[n] for n in (k - 1, k + 1) if 0 <= n < len(speeds)]
        if near and FAST_MIN_S <= lap.elapsed_s <= FAST_MAX_S and speeds[k] >= FAST_FACTOR * max(near):
            fast += 1
    if fast >= FAST_REPEATS:
        return f"Intervals: {fast} fast laps with slower laps between"
    return None


def _interval_reason(run: RunData, unit: str) -> str | None:
    laps = _lap_reason(run)
    if laps:
        return laps
    wins = _windows(run.samples)
    moving = [v for _, v, _ in wins if v >= MOVING_FLOOR]
    running = [v for v in moving if v >= RUN_FLOOR]
    base = running if len(running) >= 10 else moving
    if len(base) < 10:
        return None
    median = statistics.median(base)
    fast = FAST_FACTOR * median
    stretches: list[float] = []
    begin: float | None = None
    last_end = 0.0
    for k, (t, v, grade) in enumerate(wins):
        end = wins[k + 1][0] if k + 1 < len(wins) else t + WINDOW_S
        if v >= fast and (grade is None or grade >= DOWNHILL):
            if begin is None:
                begin = t
            last_end = end
        elif begin is not None:
            stretches.append(last_end - begin)
            begin = None
    if begin is not None:
        stretches.append(last_end - begin)
    long_enough = [d for d in stretches if d >= FAST_MIN_S]
    reps = [d for d in long_enough if d <= FAST_MAX_S]
    why = f"15 % or more faster than the run's {pace_text(1.0, median, unit)}"
    if len(reps) >= FAST_REPEATS:
        return (
            f"Intervals: {len(reps)} fast stretches of about {duration_text(statistics.median(reps))}, {why}"
        )
    if sum(long_enough) >= FAST_TOTAL_S:
        return f"Hard run: {duration_text(sum(long_enough))} in fast stretches, {why}"
    return None


def _tempo_reason(run: RunData, recent: Sequence[PastRun], unit: str) -> str | None:
    easy = [h for h in recent if h.klass == RunClass.EASY and h.moving_s > 0 and h.distance_m > 0]
    if len(easy) < BASELINE_RUNS or run.moving_s < TEMPO_MIN_S:
        return None
    usual = statistics.median(_speed(h.moving_s, h.distance_m) for h in easy)
    speed = _speed(run.moving_s, run.distance_m)
    if usual > 0 and speed >= TEMPO_FACTOR * usual:
        return (
            f"Tempo run: {pace_text(run.moving_s, run.distance_m, unit)} over "
            f"{duration_text(run.moving_s)}, your usual is {pace_text(1.0, usual, unit)}"
        )
    return None


# --- the weekday pattern --------------------------------------------------------------------


def weekday_pattern(hard_dates: Sequence[date], today: date, first_run: date | None) -> tuple[int, ...]:
    """Weekdays (0 = Monday) with a hard or long run in at least 3 of the last 4 weeks, once the
    runs span 3 weeks or more; () otherwise. Weeks are the 7-day blocks ending today."""
    if first_run is None or (today - first_run).days < 14:
        return ()
    weeks: dict[int, set[int]] = {}
    for d in hard_dates:
        age = (today - d).days
        if 0 <= age < 28:
            weeks.setdefault(d.weekday(), set()).add(age // 7)
    return tuple(sorted(w for w, seen in weeks.items() if len(seen) >= 3))
