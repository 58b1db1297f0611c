"""The functions the chart pool sends to its workers, by name.

The pool pickles references to these, which imports this module in both processes; it stays
free of matplotlib so the bot process doesn't load it. draw.py is imported in the worker only.
"""

from __future__ import annotations

import os
import threading
import time

from handlers.charts import Chart

PARENT_CHECK_SECONDS = 0.5


def init_worker(parent: int) -> None:
    """``parent`` is the bot process's pid, passed in by the pool: read here with ``os.getppid()``, it
    would already be 1 if the bot was killed while this worker was still starting (seen under load),
    and the watch would never see it change."""
    watch_parent(parent)
    from bot.charts import draw

    draw.init_worker()


def watch_parent(parent: int, every: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """Exit as soon as the bot process that started this worker is gone (a ``kill -9`` runs none
    of its shutdown code, and an orphaned worker would otherwise live on, holding its memory). A
    daemon thread compares ``os.getppid()`` (it changes when the parent dies: the orphan is
    re-parented) every `every` seconds. PR_SET_PDEATHSIG is not used: it fires when the *thread*
    that spawned the worker ends, and the pool spawns replacements from its own manager thread."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(0)

    thread = threading.Thread(target=watch, name="legwork-parent-watch", daemon=True)
    thread.start()
    return thread


def ping() -> int:
    """A no-op task: one per worker makes the pool start them all."""
    return os.getpid()


def render(chart: Chart) -> bytes:
    from bot.charts import draw

    return draw.render(chart)
