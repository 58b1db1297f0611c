"""Levels that follow the runner (issue 29): the effort buttons, level moves, /progress.

The rules are content/progress.py's; this module applies them to what the store holds. A change
takes effect the next day, so a day's routine is the same from its first reminder to its last
/workout, on every platform the runner has linked (levels belong to the person, ``user.id``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import content
from content.ladders import LADDERS, group_of, rung
from content.model import MUSCLE_IDS
from content.progress import (
    BASE_LEVELS,
    DETRAIN_AFTER,
    EFFORT_CHOICES,
    MAX_LEVEL,
    Change,
    apply,
    decide,
    detraining,
    feel,
    injury_drop,
    levels_on,
    reason_text,
)
from handlers.common import csv_bytes, current_user, local_today, parse_int
from handlers.deps import Deps
from handlers.rows import SessionRow, UserRow
from handlers.store_levels import LevelState, RatedSession
from handlers.types import Button, Reply, Request, esc

EFFORT_PREFIX = "effort"
_EFFORTS = frozenset(v for _, v in EFFORT_CHOICES)
EXPIRED = (
    "That button has expired (the session is already rated, removed, or not yours). Give an effort "
    "when you log, e.g. <code>/done home 20 effort 6</code>."
)


@dataclass(frozen=True)
class DayLevels:
    """A runner's level per muscle group on a day, and the changes they haven't trained with yet."""

    levels: tuple[int, ...]
    fresh: tuple[Change, ...] = ()  # the latest unseen change per group, for the routine's "why" line


BASE = DayLevels(BASE_LEVELS)


def levels_from(state: LevelState, day: date) -> DayLevels:
    """The levels for ``day`` from the store's state (pure: reminders, /calendar and /workout agree)."""
    levels = levels_on(state.changes, day)
    drops = detraining(levels, state.changes, state.last_session, day)
    levels = apply(levels, drops)
    start = state.last_session or date.min
    latest: dict[str, Change] = {}
    for c in (*state.changes, *drops):
        if start < c.effective <= day:
            latest[c.muscle] = c
    return DayLevels(levels, tuple(latest[m] for m in MUSCLE_IDS if m in latest))


async def day_levels(user: UserRow, day: date, deps: Deps) -> DayLevels:
    if not user.id:  # a club's stand-in owner: the club routine stays at the first rung
        return BASE
    return levels_from(await deps.store.level_state(user.id, day), day)


def effort_buttons(session_id: int) -> tuple[Button, ...]:
    return tuple(Button(label, f"{EFFORT_PREFIX}:{session_id}:{value}") for label, value in EFFORT_CHOICES)


async def after_logging(user: UserRow, row: SessionRow, deps: Deps, now: datetime) -> list[Change]:
    """What a new session does to levels: the drop after three weeks off (on the day back) and,
    when it came with an effort, the move that effort decides."""
    day = row.local_date
    state = await deps.store.level_state(user.id, day)
    drops = detraining(levels_on(state.changes, day), state.changes, state.last_session, day)
    if drops:
        await deps.store.add_level_changes(user.id, drops, now)
    if not row.effort:
        return drops
    rated = RatedSession(row.id, row.setting, row.effort, row.muscles, day)
    return drops + await _rated(user, rated, deps, now)


async def _rated(user: UserRow, s: RatedSession, deps: Deps, now: datetime) -> list[Change]:
    """Decide each group the session worked, from that group's sessions since its last change."""
    changes = await deps.store.level_changes(user.id)
    levels = dict(zip(MUSCLE_IDS, levels_on(changes, s.local_date), strict=True))
    window = s.local_date - DETRAIN_AFTER  # sessions further apart than this are not "in a row"
    sessions = await deps.store.sessions_since(user.id, window)
    made: list[Change] = []
    for m in MUSCLE_IDS:
        if m not in s.muscles:
            continue
        since = max((c.effective for c in changes if c.muscle == m), default=window)
        mine = [x for x in sessions if m in x.muscles and x.local_date >= max(since, window)]
        if not mine or mine[-1].id != s.id:
            continue  # a later session (or a change already made today) speaks for this group
        move = decide(levels[m], [x.effort for x in mine if x.effort])
        if move is not None:
            level, reason, why = move
            made.append(Change(m, level, levels[m], reason, s.local_date + timedelta(days=1), why))
    if made and not await deps.store.add_level_changes(user.id, made, now, session_id=s.id):
        return []
    return made


async def effort_button(req: Request, deps: Deps) -> list[Reply]:
    """[Easy] [Just right] [Hard] under a logged session: records its effort once, for its owner."""
    parts = req.text.split(":")
    session_id = parse_int(parts[1], 1) if len(parts) == 3 else None
    value = parse_int(parts[2], 1, 10) if len(parts) == 3 else None
    if session_id is None or value not in _EFFORTS:
        return [Reply(EXPIRED, private=True)]
    user = await current_user(req, deps)
    assert value is not None
    rated = await deps.store.rate_session(user.id, session_id, value)
    if rated is None:
        return [Reply(EXPIRED, private=True)]
    made = await _rated(user, rated, deps, req.now)
    lines = [f"Noted: it felt <b>{feel(value)}</b> (effort {value}/10). Thanks!"]
    lines += [change_text(c) for c in made]
    return [Reply("\n".join(lines), edit=True, private=not req.chat.is_private)]


def change_text(c: Change) -> str:
    name = content.MUSCLES[c.muscle].name if c.muscle in content.MUSCLES else c.muscle
    way = "up" if c.level > c.from_level else "down"
    return f"{esc(name)}: {way} to level {c.level} from {_short(c.effective)} — {esc(reason_text(c))}."


def _short(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


async def injury_paused(user: UserRow, today: date, deps: Deps, now: datetime) -> list[Change]:
    """An injury pause: one rung down for every group, from tomorrow (today's routine stays)."""
    state = await deps.store.level_state(user.id, today + timedelta(days=1))
    levels = levels_from(state, today + timedelta(days=1)).levels
    drops = injury_drop(levels, today + timedelta(days=1))
    await deps.store.add_level_changes(user.id, drops, now)
    return drops


def _example(m: str, level: int) -> str:
    """The rung of a group's lead home (or first) exercise at ``level``, for /progress."""
    lead = next((x for x in LADDERS if group_of(x) == m and content.EXERCISES[x].setting == "home"), None)
    lead = lead or next(x for x in LADDERS if group_of(x) == m)
    return f"{content.EXERCISES[lead].name}: {rung(lead, level).label}"


async def progress(req: Request, deps: Deps) -> list[Reply]:
    """/progress: each muscle group's level and its last change."""
    user = await current_user(req, deps)
    today = local_today(user, deps, req.now)
    state = await deps.store.level_state(user.id, today)
    current = levels_from(state, today)
    last: dict[str, Change] = {}
    for c in state.changes:
        last[c.muscle] = c
    for c in current.fresh:
        last.setdefault(c.muscle, c)
        if c.effective >= last[c.muscle].effective:
            last[c.muscle] = c
    lines = [f"<b>Your levels</b> (0 to {MAX_LEVEL}; they move with how sessions feel)"]
    for m, lv in zip(MUSCLE_IDS, current.levels, strict=True):
        name = content.MUSCLES[m].name if m in content.MUSCLES else m
        lines.append(f"• <b>{esc(name)}</b> level {lv} — {esc(_example(m, lv))}")
        change = last.get(m)
        if change is not None:
            way = "up" if change.level > change.from_level else "down"
            when = _short(change.effective)
            lines.append(
                f"   last change: {way} from {change.from_level} on {when}, {esc(reason_text(change))}"
            )
    lines.append(
        "After a session, tap how it felt: two that felt easy (or just right at 15 reps) move a group "
        "up a rung; a hard one moves it down."
    )
    return [Reply("\n".join(lines), private=not req.chat.is_private)]


def levels_csv(changes: list[Change]) -> bytes:
    """/export's level history: one row per change."""
    return csv_bytes(
        ("effective", "muscle", "from_level", "level", "reason"),
        ((c.effective.isoformat(), c.muscle, c.from_level, c.level, c.reason) for c in changes),
    )
