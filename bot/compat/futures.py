"""concurrent.futures: the worker processes of a ``ProcessPoolExecutor``.

The executor keeps them in the private ``_processes`` (pid → Process); the chart pool reports
their pids for the tests and the benchmarks' memory figures.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

CHECKED = ">=3.11,<3.14"  # CPython 3.11 to 3.13 (the project's requires-python)


def worker_pids(executor: ProcessPoolExecutor | None) -> list[int]:
    """The pids of ``executor``'s live worker processes (none before its first task)."""
    procs = getattr(executor, "_processes", None) or {}
    return [p.pid for p in procs.values() if p.pid is not None]
