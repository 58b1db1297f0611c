"""The functions the chart pool sends to its workers, by name.

The pool pickles references to these, which imports this module in both processes; it stays
free of matplotlib so the bot process doesn't load it. draw.py is imported in the worker only.
"""

from __future__ import annotations

import os

from handlers.charts import Chart


def init_worker() -> None:
    from bot.charts import draw

    draw.init_worker()


def ping() -> int:
    """A no-op task: one per worker makes the pool start them all."""
    return os.getpid()


def render(chart: Chart) -> bytes:
    from bot.charts import draw

    return draw.render(chart)
