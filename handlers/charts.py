"""PNG charts (matplotlib's Agg backend, imported only when a chart is drawn: it is slow to load)."""

from __future__ import annotations

import io


def stats_chart(weeks: list[tuple[str, int]], muscles: dict[str, int], target: int) -> bytes:
    """Sessions per week (with the target line) beside muscle-group balance."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(8, 3.2), dpi=80)
    ax1, ax2 = fig.subplots(1, 2, gridspec_kw={"width_ratios": [3, 2]})
    labels = [w for w, _ in weeks]
    values = [n for _, n in weeks]
    colors = ["#2e7d32" if n >= target else "#9e9e9e" for n in values]
    ax1.bar(range(len(values)), values, color=colors)
    ax1.axhline(target, color="#c62828", linestyle="--", linewidth=1, label=f"target {target}")
    ax1.set_xticks(range(len(labels)), labels, rotation=45, ha="right", fontsize=7)
    ax1.set_title("Sessions per week", fontsize=10)
    ax1.set_ylim(0, max([*values, target]) + 1)
    ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax1.legend(fontsize=7, loc="upper left")
    names = list(muscles)
    ax2.barh(names, [muscles[m] for m in names], color="#1565c0")
    ax2.set_title("Muscle balance (8 weeks)", fontsize=10)
    ax2.invert_yaxis()
    ax2.xaxis.set_major_locator(MaxNLocator(integer=True))
    # Fixed margins: tight_layout measures every label and doubles the drawing time.
    fig.subplots_adjust(left=0.06, right=0.98, bottom=0.2, top=0.9, wspace=0.35)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
