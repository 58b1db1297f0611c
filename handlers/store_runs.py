"""The storage port for runs (issue 27): rows and the operations handlers call.

Runs belong to the person (``UserRow.id``): linked accounts share them. bot/store/sql/runs.py
implements these once for both stores; ``handlers.store.Store`` includes this port.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from content.runs import Lap

UNITS = ("km", "mi")


@dataclass(frozen=True)
class NewRun:
    source: str  # "file" | "strava"
    external_id: str | None
    start: datetime  # aware UTC
    local_date: date  # in the runner's zone
    elapsed_s: float
    moving_s: float
    distance_m: float
    elev_gain_m: float | None
    avg_hr: float | None
    max_hr: float | None
    avg_cadence: float | None
    laps: tuple[Lap, ...]
    klass: str  # content.runs.RunClass value
    reason: str
    race: bool = False


@dataclass(frozen=True, kw_only=True)
class RunRow(NewRun):
    """A stored run: what was added (NewRun) with its id, its runner and the runner's correction."""

    id: int
    person_id: int
    corrected: bool  # the runner set the class with a button
    created_at: datetime


@dataclass(frozen=True)
class RunPrefs:
    units: str = "km"  # "km" | "mi"
    offered: bool = False  # the weekday-pattern offer was made (it is made once)
    run_day: date | None = None  # the latest local date a hard or long run made a hard-run day


class RunsPort(Protocol):
    async def add_run(self, person_id: int, r: NewRun, now: datetime) -> tuple[RunRow, bool]:
        """Store a run unless the person has it already: the same (source, external_id), or a
        start within 60 s and a distance within 2 %. (the stored row, True if added now).
        Keeps RunPrefs.run_day up to date."""
        ...

    async def get_run(self, person_id: int, run_id: int) -> RunRow | None: ...
    async def recent_runs(self, person_id: int, limit: int) -> list[RunRow]:
        """The latest runs, newest first."""
        ...

    async def runs_between(self, person_id: int, start: date, end: date) -> list[RunRow]:
        """Runs with local_date in [start, end], oldest first."""
        ...

    async def all_runs(self, person_id: int) -> list[RunRow]: ...
    async def set_run_class(self, person_id: int, run_id: int, klass: str, reason: str) -> RunRow | None:
        """The runner's correction (corrected = True); None if the run is gone."""
        ...

    async def delete_external_run(self, person_id: int, source: str, external_id: str) -> RunRow | None:
        """Delete the run a source knows by that id; the row deleted (None if there was none)."""
        ...

    async def delete_runs_from(self, person_id: int, source: str) -> int: ...
    async def run_prefs(self, person_id: int) -> RunPrefs: ...
    async def set_units(self, person_id: int, units: str) -> None: ...
    async def claim_runs_offer(self, person_id: int) -> bool:
        """Mark the weekday-pattern offer as made; True only for the call that marked it."""
        ...


def hard_dates(rows: Sequence[RunRow]) -> list[date]:
    """Local dates of hard and long runs."""
    return [r.local_date for r in rows if r.klass in ("hard", "long")]
