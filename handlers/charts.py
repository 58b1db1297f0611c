"""What a chart shows, as plain values, and the port that turns it into a PNG.

Handlers describe a chart (``StatsChart``, ``BoardChart``) and ask ``Deps.charts`` to draw it.
The runtime's renderer (bot/charts/) draws in worker processes, so a chart never holds up the
event loop and the bot process never loads the plotting library. The values are small, frozen
and picklable: they cross a process boundary.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StatsChart:
    """/stats: sessions in each of the last weeks against the target band, the effort trend, and
    muscle balance."""

    weeks: tuple[tuple[str, int], ...]  # (label, sessions), oldest first; the last is this week
    muscles: tuple[tuple[str, int], ...]  # (muscle group, sessions that worked it)
    target_low: int
    target_high: int
    # The average effort (1–10) of each week's rated sessions, the same weeks; None: none rated.
    effort: tuple[float | None, ...] = ()
    runs: tuple[tuple[str, float], ...] = ()  # (label, distance in run_unit) per week; () no runs
    run_unit: str = "km"


@dataclass(frozen=True)
class BoardChart:
    """A challenge leaderboard: the top of the board as horizontal bars against the goal."""

    title: str
    rows: tuple[tuple[str, int], ...]  # ("1. Ann", score), best first
    goal: int
    unit: str  # "sessions" | "weeks met"


Chart = StatsChart | BoardChart


class ChartRenderer(Protocol):
    async def render(self, chart: Chart) -> bytes:
        """The chart as a PNG."""
        ...


async def draw(renderer: ChartRenderer | None, chart: Chart) -> bytes | None:
    """The PNG, or None where no renderer is wired (then replies go out as text alone)."""
    if renderer is None:
        return None
    try:
        return await renderer.render(chart)
    except TimeoutError:
        # Under load a chart can take longer than the renderer waits: the reply goes out as text,
        # with one plain line in the log (no traceback: nothing is broken).
        log.warning("a chart took too long to draw; the reply goes without it")
        return None
