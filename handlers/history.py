"""Looking back: /history, /stats and /export (the sessions, with runs and level changes beside them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import content
from handlers import progress
from handlers.charts import StatsChart, draw
from handlers.coach import SETTING_NAMES
from handlers.common import (
    DIGITS_ONLY,
    bad,
    csv_bytes,
    current_user,
    local_today,
    parse_int,
    user_zone,
)
from handlers.deps import Deps
from handlers.pause import active_pause, pause_text, streak_weeks
from handlers.rows import UserRow
from handlers.runs_stats import running_stats, runs_export
from handlers.sessions import TARGET_HIGH, TARGET_LOW
from handlers.types import Reply, Request, esc

MUSCLE_GROUPS = ("quads", "hamstrings", "calves", "glutes", "hips")
SESSIONS_COLUMNS = ("date", "logged_at_local", "timezone", "setting", "minutes", "effort", "muscles", "note")


async def history(req: Request, deps: Deps) -> list[Reply]:
    n = 10
    if req.args:
        value = parse_int(req.args[0], 1, 100)
        if value is None or len(req.args) > 1:
            return bad(f"Give how many sessions to show, from 1 to 100. {DIGITS_ONLY}", "/history 10")
        n = value
    user = await current_user(req, deps)
    rows = await deps.store.recent_sessions(user.id, n)
    private = not req.chat.is_private
    if not rows:
        return [Reply("No sessions logged yet. Finish a /workout and tap Done.", private=private)]
    tz = user_zone(user, deps)
    lines = [f"<b>Your last {len(rows)} sessions</b> ({esc(tz.key)})"]
    for r in rows:
        parts = [f"{r.local_date:%a %d %b}", SETTING_NAMES.get(r.setting, r.setting)]
        if r.minutes:
            parts.append(f"{r.minutes} min")
        if r.effort:
            parts.append(f"effort {r.effort}")
        line = "• " + esc(" · ".join(parts))
        if r.note:
            line += f" — <i>{esc(r.note[:80])}</i>"
        lines.append(line)
    return [Reply("\n".join(lines), private=private)]


@dataclass(frozen=True)
class Stats:
    this_week: int
    weeks: tuple[tuple[date, int], ...]  # (monday, sessions), oldest first, 8 weeks
    streak: int  # consecutive weeks meeting the 2-session target (weeks in a pause skipped)
    muscles: dict[str, int]
    total: int
    effort: tuple[float | None, ...] = ()  # average rated effort per week, the same 8 weeks


async def compute_stats(user: UserRow, deps: Deps, now: datetime) -> Stats:
    today = local_today(user, deps, now)
    monday = today - timedelta(days=today.weekday())
    rows = await deps.store.all_sessions(user.id)
    per_week: Counter[date] = Counter()
    muscles: Counter[str] = Counter()
    efforts: dict[date, list[int]] = {}
    first8 = monday - timedelta(weeks=7)
    for r in rows:
        wk = r.local_date - timedelta(days=r.local_date.weekday())
        per_week[wk] += 1
        if r.effort:
            efforts.setdefault(wk, []).append(r.effort)
        if wk >= first8:
            muscles.update(m for m in r.muscles if m in MUSCLE_GROUPS)
    weeks = tuple(
        (monday - timedelta(weeks=i), per_week[monday - timedelta(weeks=i)]) for i in range(7, -1, -1)
    )
    # The current week counts once it has met the target; otherwise the streak runs to last week.
    # Weeks inside a pause (injury, holiday) neither count nor break it.
    pauses = await deps.store.pauses(user.id)
    streak = streak_weeks(per_week, monday, TARGET_LOW, pauses, today)
    return Stats(
        this_week=per_week[monday],
        weeks=weeks,
        streak=streak,
        muscles={m: muscles[m] for m in MUSCLE_GROUPS},
        total=len(rows),
        effort=tuple(round(sum(e) / len(e), 1) if (e := efforts.get(d)) else None for d, _ in weeks),
    )


async def stats(req: Request, deps: Deps) -> list[Reply]:
    user = await current_user(req, deps)
    s = await compute_stats(user, deps, req.now)
    private = not req.chat.is_private
    pause = await active_pause(user.id, local_today(user, deps, req.now), deps)
    paused = [pause_text(pause) + " — paused weeks don't break your streak."] if pause else []
    running, run_weeks, run_unit = await running_stats(user, deps, s.weeks[-1][0])
    if s.total == 0:
        return [
            Reply(
                "\n".join(
                    [
                        "No sessions logged yet. Try /workout home and tap Done when you finish.",
                        *paused,
                        *running,
                    ]
                ),
                private=private,
            )
        ]
    lines = [
        "<b>Your leg-strength stats</b>",
        *paused,
        f"This week: <b>{s.this_week}</b> of {TARGET_LOW}–{TARGET_HIGH} sessions",
        f"Streak: <b>{s.streak}</b> week{'s' if s.streak != 1 else ''} meeting the target",
        "Last 8 weeks: " + " ".join(str(n) for _, n in s.weeks),
        f"All time: {s.total} session{'s' if s.total != 1 else ''}",
        "Muscle balance (last 8 weeks): "
        + ", ".join(
            f"{content.MUSCLES[m].name if m in content.MUSCLES else m} {n}" for m, n in s.muscles.items()
        ),
    ]
    rated = [e for e in s.effort if e is not None]
    if rated:
        trend = " → ".join(f"{e:g}" for e in rated[-4:])
        lines.append(f"Effort trend (weekly average, 1–10): {trend} — see /progress for your levels")
    weakest = min(s.muscles, key=lambda m: s.muscles[m])
    if s.muscles[weakest] * 2 < max(s.muscles.values()):
        lines.append(f"Tip: your {esc(weakest)} get less work — try /workout gym or /exercise for ideas.")
    lines.extend(running)
    chart = StatsChart(
        weeks=tuple((f"{d:%d %b}", n) for d, n in s.weeks),
        muscles=tuple(s.muscles.items()),
        target_low=TARGET_LOW,
        target_high=TARGET_HIGH,
        effort=s.effort,
        runs=run_weeks,
        run_unit=run_unit,
    )
    image = await draw(deps.charts, chart)
    return [Reply("\n".join(lines), image=image, private=private)]


async def export(req: Request, deps: Deps) -> list[Reply]:
    user = await current_user(req, deps)
    rows = await deps.store.all_sessions(user.id)
    tz = user_zone(user, deps)
    data = csv_bytes(
        SESSIONS_COLUMNS,
        (
            (
                r.local_date.isoformat(),
                r.logged_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                tz.key,
                r.setting,
                r.minutes or "",
                r.effort or "",
                " ".join(r.muscles),
                _csv_safe(r.note),
            )
            for r in rows
        ),
    )
    private = not req.chat.is_private
    replies = [
        Reply(
            f"Your data: {len(rows)} session{'s' if len(rows) != 1 else ''} as CSV.",
            file=("legwork-sessions.csv", data),
            private=private,
        )
    ]
    changes = await deps.store.level_changes(user.id)
    if changes:  # the level history (issue 29), a second file
        n = len(changes)
        replies.append(
            Reply(
                f"Your level changes: {n} as CSV.",
                file=("legwork-levels.csv", progress.levels_csv(changes)),
                private=private,
            )
        )
    runs_csv = await runs_export(user, deps, tz, private)
    if runs_csv is not None:  # the runs (issue 27), another file
        replies.append(runs_csv)
    return replies


def _csv_safe(text: str) -> str:
    """Stop spreadsheets from running a note as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
