"""The challenge rules, decided here once: which sessions count, a member's score, and the ranking.

Stores apply them (bot/store/sql/challenges.py counts entries with ``on_time`` and rebuilds a
member's score with ``score_entries``; its SQL ``BOARD_ORDER`` is the order of ``rank_key``, kept
in SQL so the top of a large board is an indexed read); handlers label the ranks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.rows import BoardRow

_ASCII_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def on_time(logged_at: datetime, local_date: date, zone: ZoneInfo, late_days: int) -> bool:
    """A session counts on a board unless logged more than late_days after its own day."""
    return (logged_at.astimezone(zone).date() - local_date).days <= late_days


def rank_key(row: BoardRow, kind: str) -> tuple[int, str, str, int]:
    """Sort key equal to the SQL ranking order (scores of 0 have no reached time)."""
    return (-row.score(kind), row.reached or "", row.name.translate(_ASCII_FOLD), row.user_id)


def label_ranks(ordered: Sequence[BoardRow], kind: str) -> list[tuple[str, BoardRow]]:
    """Competition ranks for rows in ranking order: equal scores share a rank, shown "=3"."""
    scores = [r.score(kind) for r in ordered]
    sizes: dict[int, int] = {}
    for sc in scores:
        sizes[sc] = sizes.get(sc, 0) + 1
    out = []
    position, prev = 0, None
    for i, (sc, r) in enumerate(zip(scores, ordered, strict=True), 1):
        if sc != prev:
            position, prev = i, sc
        out.append((f"={position}" if sizes[sc] > 1 else str(position), r))
    return out


@dataclass(frozen=True)
class Score:
    sessions: int  # counted sessions, per-day cap applied
    weeks_met: int  # weekly challenges: weeks with at least goal counted sessions
    reached_at: str | None  # ISO time the score was reached (last counted session / last week met)
    weeks: dict[int, int]  # weekly challenges: counted sessions per 0-based week


def score_entries(
    entries: list[tuple[str, str, int]], kind: str, goal: int, start: date, weeks: int, max_per_day: int
) -> Score:
    """Score one member from their entries (day, logged_at, session_id).

    The earliest-logged sessions of a day are the ones that count; a week is met when its
    goal-th counted session is logged.
    """
    per_day: dict[str, int] = {}
    per_week: dict[int, int] = {}
    total = 0
    last_at: str | None = None
    week_met_at: list[str] = []
    for day, logged_at, _sid in sorted(entries, key=lambda e: (e[1], e[2])):
        if per_day.get(day, 0) >= max_per_day:
            continue
        per_day[day] = per_day.get(day, 0) + 1
        total += 1
        last_at = logged_at
        if kind == "weekly":
            week = min(max((date.fromisoformat(day) - start).days // 7, 0), max(weeks - 1, 0))
            per_week[week] = per_week.get(week, 0) + 1
            if per_week[week] == goal:
                week_met_at.append(logged_at)
    if kind == "weekly":
        return Score(total, len(week_met_at), max(week_met_at, default=None), per_week)
    return Score(total, 0, last_at, {})
