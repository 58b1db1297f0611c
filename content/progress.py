"""How a runner's levels move: by how sessions felt, not by the calendar (pure rules, no I/O).

A level per muscle group (``MUSCLE_IDS``), 0 to ``MAX_LEVEL``; each exercise is done at the rung of
its group's level (``content.ladders``). Per group rather than per exercise: routines rotate between
exercises for the same muscles, and a calf that found two-legged raises easy is ready for more in
toe raises too. The rules (docs/coaching.md says why):

* up one rung after two sessions in a row that worked the group and felt Easy, or Just right at the
  top of the rep range (odd levels: 15 reps, the article's "tires you by 12–15");
* Just right below the top of the range holds;
* down one rung after a session that felt Hard;
* down one rung after three weeks or more without a session, and after an injury pause.

A change takes effect the next day (the detraining drop on the day the runner is back), so the
routine of a day never changes during it, and a group changes at most once a day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from content.ladders import group_of
from content.model import MUSCLE_IDS, Routine

MAX_LEVEL = 5
BASE_LEVELS: tuple[int, ...] = (0,) * len(MUSCLE_IDS)
DETRAIN_AFTER = timedelta(weeks=3)

# The three buttons under a logged session, on the 1–10 effort scale /done takes.
EASY, JUST_RIGHT, HARD = 3, 6, 9
EFFORT_CHOICES = (("Easy", EASY), ("Just right", JUST_RIGHT), ("Hard", HARD))

UP, HARD_DOWN, DETRAINED, INJURY = "up", "hard", "detraining", "injury"
REASONS = (UP, HARD_DOWN, DETRAINED, INJURY)


def feel(effort: int) -> str:
    """ "easy" (1–4), "just right" (5–7) or "hard" (8–10)."""
    if effort <= 4:
        return "easy"
    return "just right" if effort <= 7 else "hard"


def top_of_range(level: int) -> bool:
    """Odd levels are a form at the top of its rep range (15 reps, the longer hold)."""
    return level % 2 == 1


def ready(effort: int, level: int) -> bool:
    """Does a session at ``level`` that felt like ``effort`` count toward going up?"""
    f = feel(effort)
    return f == "easy" or (f == "just right" and top_of_range(level))


@dataclass(frozen=True)
class Change:
    """A level change of one muscle group, in effect from ``effective`` (a local date)."""

    muscle: str
    level: int
    from_level: int
    reason: str  # one of REASONS
    effective: date
    why: str = ""  # for UP: "easy" (both felt easy) or "top" (just right at the top of the range)


def decide(level: int, efforts: Sequence[int]) -> tuple[int, str, str] | None:
    """The move for a group at ``level`` after its sessions since its last change (efforts, oldest
    first, rated ones only, the latest last): (new level, reason, why) or None to hold."""
    if not efforts:
        return None
    last = efforts[-1]
    if feel(last) == "hard":
        return (level - 1, HARD_DOWN, "") if level > 0 else None
    if len(efforts) >= 2 and ready(efforts[-2], level) and ready(last, level) and level < MAX_LEVEL:
        both_easy = feel(efforts[-2]) == "easy" and feel(last) == "easy"
        return level + 1, UP, "easy" if both_easy else "top"
    return None


def levels_on(changes: Iterable[Change], day: date) -> tuple[int, ...]:
    """Each group's level on ``day`` (in MUSCLE_IDS order) from the history of changes."""
    latest: dict[str, tuple[date, int]] = {}
    for c in changes:
        if c.effective <= day and c.muscle in MUSCLE_IDS:
            seen = latest.get(c.muscle)
            if seen is None or c.effective >= seen[0]:
                latest[c.muscle] = (c.effective, c.level)
    return tuple(clamp(latest[m][1]) if m in latest else 0 for m in MUSCLE_IDS)


def clamp(level: int) -> int:
    return max(0, min(MAX_LEVEL, level))


def detraining(
    levels: tuple[int, ...], changes: Iterable[Change], last_session: date | None, day: date
) -> list[Change]:
    """The drops a runner back after three weeks or more without a session is due on ``day``:
    one rung for each group above 0, unless a change since that last session already took it."""
    if last_session is None or day - last_session < DETRAIN_AFTER:
        return []
    moved = {c.muscle for c in changes if last_session < c.effective <= day and c.reason == DETRAINED}
    return [
        Change(m, lv - 1, lv, DETRAINED, day)
        for m, lv in zip(MUSCLE_IDS, levels, strict=True)
        if lv > 0 and m not in moved
    ]


def apply(levels: tuple[int, ...], changes: Iterable[Change]) -> tuple[int, ...]:
    by = {c.muscle: c.level for c in changes}
    return tuple(clamp(by.get(m, lv)) for m, lv in zip(MUSCLE_IDS, levels, strict=True))


def reason_text(c: Change) -> str:
    """Why a level changed, in a few words ("you found it easy twice")."""
    if c.reason == UP:
        return (
            "you found it easy twice"
            if c.why == "easy"
            else "it felt just right at the top of the range twice"
        )
    if c.reason == HARD_DOWN:
        return "the last one felt hard"
    if c.reason == DETRAINED:
        return "three weeks or more without a session, so we ease back in"
    if c.reason == INJURY:
        return "easing back in after an injury pause"
    return c.reason


def injury_drop(levels: tuple[int, ...], effective: date) -> list[Change]:
    """One rung down for each group above 0 after an injury pause."""
    return [
        Change(m, lv - 1, lv, INJURY, effective) for m, lv in zip(MUSCLE_IDS, levels, strict=True) if lv > 0
    ]


def changed_line(routine: Routine, changes: Iterable[Change]) -> str:
    """One line saying what changed in this routine and why ("Calf raise → one leg at a time, 2 sets
    × 12 reps each leg: you found it easy twice"); "" when no exercise in it changed. The first
    changed exercise speaks for its group; at most two groups are named."""
    by_muscle = {c.muscle: c for c in changes}
    parts: list[str] = []
    seen: set[str] = set()
    if routine.recovery:
        return ""
    for item in routine.items:
        group = group_of(item.exercise.id)
        c = by_muscle.get(group)
        if c is None or group in seen or c.level == c.from_level:
            continue
        seen.add(group)
        shown = item.variant or ""
        label = f"{shown}, {item.dose.text()}" if shown else item.dose.text()
        arrow = "→" if c.level > c.from_level else "↓"
        parts.append(f"{item.exercise.name} {arrow} {label}: {reason_text(c)}")
        if len(parts) == 2:
            break
    return "; ".join(parts)
