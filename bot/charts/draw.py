"""Draws handlers.charts values as PNGs with matplotlib's Agg backend.

This module is what the chart worker processes run: the bot process never imports it (the pool
refers to its functions by name), so matplotlib's ~50 MB stay out of the bot. Colours are from
the Okabe-Ito palette, which stays distinguishable with every common colour-vision deficiency;
the meaning never rests on colour alone (the target is a labelled band, bars carry their values).
"""

from __future__ import annotations

import io
import logging
import os
import warnings
from typing import TYPE_CHECKING, Any

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from handlers.charts import BoardChart, Chart, StatsChart

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

# Okabe-Ito
BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
GREY = "#555555"
BAND = "#009E73"

DPI = 120  # 8 in wide -> 960 px: sharp in Telegram's photo viewer and Discord's embed alike
STYLE: dict[RcKeyType, Any] = {
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.labelcolor": GREY,
    "axes.edgecolor": "#999999",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": GREY,
    "ytick.color": GREY,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
}


def init_worker() -> None:
    """Runs once in each worker process: lower priority than the bot's event loop, the style set,
    and fonts loaded, so the first real chart costs what every later one does."""
    try:
        os.nice(5)
    except OSError:  # not allowed here: charts just share the CPU evenly
        pass
    # Display names can hold glyphs DejaVu Sans lacks; matplotlib draws a box and warns each time.
    warnings.filterwarnings("ignore", message="Glyph .* missing from font")
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    matplotlib.rcParams.update(STYLE)
    render(StatsChart((("a", 1),), (("quads", 1),), 2, 3))


def render(chart: Chart) -> bytes:
    if isinstance(chart, StatsChart):
        fig = stats_figure(chart)
    elif isinstance(chart, BoardChart):
        fig = board_figure(chart)
    else:
        raise TypeError(f"not a chart: {type(chart).__name__}")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()


def stats_figure(c: StatsChart) -> Figure:
    if c.runs:
        fig = Figure(figsize=(11.5, 3.6))
        ax1, ax2, ax3 = fig.subplots(1, 3, gridspec_kw={"width_ratios": [3, 2, 3]})
        _running_panel(ax3, c)
    else:
        fig = Figure(figsize=(8, 3.6))
        ax1, ax2 = fig.subplots(1, 2, gridspec_kw={"width_ratios": [3, 2]})
    labels = [w for w, _ in c.weeks]
    values = [n for _, n in c.weeks]
    top = max([*values, c.target_high]) + 1
    ax1.axhspan(c.target_low, c.target_high, color=BAND, alpha=0.18, linewidth=0)
    colors = [BLUE if n >= c.target_low else ORANGE for n in values]
    bars = ax1.bar(range(len(values)), values, color=colors, width=0.7)
    if bars:
        bars[-1].set_hatch("//")  # this week: still running
        bars[-1].set_edgecolor("white")
    ax1.bar_label(bars, padding=2, fontsize=9, color=GREY)
    ax1.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax1.set_ylim(0, top)
    ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax1.set_ylabel("sessions")
    ax1.set_xlabel("week starting")
    ax1.set_title("Sessions per week", loc="left")
    ax1.legend(
        handles=[
            Patch(color=BAND, alpha=0.3, label=f"target {c.target_low}–{c.target_high}"),
            Patch(color=BLUE, label="target met"),
            Patch(color=ORANGE, label="below target"),
        ],
        loc="upper left",
        ncols=3,
        bbox_to_anchor=(0, 1.0),
        handlelength=1.2,
        columnspacing=1.0,
    )
    ax1.set_ylim(0, top + 1.2)  # room for the legend above the tallest bar
    if any(e is not None for e in c.effort):
        # The effort trend on its own 0–10 scale: a point per week with rated sessions.
        ax3 = ax1.twinx()
        xs = [i for i, e in enumerate(c.effort) if e is not None]
        ax3.plot(xs, [c.effort[i] for i in xs], color=GREY, marker="o", linewidth=1.5, label="effort")
        ax3.set_ylim(0, 11.5)
        ax3.set_ylabel("average effort (1–10)")
    names = [m for m, _ in c.muscles]
    counts = [n for _, n in c.muscles]
    hbars = ax2.barh(range(len(names)), counts, color=SKY, height=0.65)
    ax2.bar_label(hbars, padding=2, fontsize=9, color=GREY)
    ax2.set_yticks(range(len(names)), names)
    ax2.invert_yaxis()
    ax2.set_xlim(0, max([*counts, 1]) * 1.18)
    ax2.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax2.set_xlabel("sessions that worked it (8 weeks)")
    ax2.set_title("Muscle balance", loc="left")
    # Fixed margins: tight_layout measures every label and doubles the drawing time.
    fig.subplots_adjust(left=0.07, right=0.98, bottom=0.24, top=0.9, wspace=0.42)
    return fig


def _running_panel(ax: Any, c: StatsChart) -> None:
    """Weekly running distance (runs imported from files or Strava)."""
    labels = [w for w, _ in c.runs]
    values = [v for _, v in c.runs]
    bars = ax.bar(range(len(values)), values, color=SKY, width=0.7)
    if bars:
        bars[-1].set_hatch("//")
        bars[-1].set_edgecolor("white")
    ax.bar_label(bars, labels=[f"{v:.0f}" for v in values], padding=2, fontsize=9, color=GREY)
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_ylim(0, max([*values, 1.0]) * 1.18)
    ax.set_ylabel(c.run_unit)
    ax.set_xlabel("week starting")
    ax.set_title("Running per week", loc="left")


def board_figure(c: BoardChart) -> Figure:
    n = max(len(c.rows), 1)
    height = max(2.6, 1.3 + 0.32 * n)
    fig = Figure(figsize=(8, height))
    ax = fig.subplots()
    labels = [label for label, _ in c.rows]
    values = [v for _, v in c.rows]
    colors = [BLUE if v >= c.goal else SKY for v in values]
    bars = ax.barh(range(len(values)), values, color=colors, height=0.7)
    ax.bar_label(bars, padding=3, fontsize=9, color=GREY)
    ax.set_yticks(range(len(values)), labels, parse_math=False)  # names are text, never TeX
    ax.invert_yaxis()
    ax.axvline(c.goal, color=VERMILLION, linestyle="--", linewidth=1.5)
    ax.set_xlim(0, max([*values, c.goal]) * 1.12 + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"{c.unit}", labelpad=4)
    ax.set_title(c.title, loc="left", parse_math=False)
    ax.legend(
        handles=[
            Patch(color=BLUE, label="goal reached"),
            Patch(color=SKY, label="on the way"),
            Line2D([], [], color=VERMILLION, linestyle="--", label=f"goal {c.goal}"),
        ],
        loc="lower right",  # the shortest bars are at the bottom: usually empty space
        frameon=True,
        framealpha=0.9,
        edgecolor="none",
        handlelength=1.4,
    )
    widest = max((len(label) for label in labels), default=4)
    left = min(0.42, 0.03 + 0.0095 * widest)
    fig.subplots_adjust(left=left, right=0.97, bottom=0.6 / height, top=1 - 0.45 / height)
    return fig
