"""Garbage-collector and allocator settings for the long-running bot process.

A bot allocates many short-lived objects per update (parsed JSON, requests, replies) on top of a
large, long-lived heap (content, library caches, the scheduler's state). With CPython's defaults
the young generations fill every 700 allocations and each full collection walks the whole heap.
After start-up we move everything alive into the permanent generation (``gc.freeze``) and let the
youngest generation grow larger before it is collected, which cuts the collector's share of the
CPU spent per update; see docs/benchmarks.md for the measured effect.

glibc gives each thread that allocates its own malloc arena (up to 8 per core), and the bot's
threads (aiosqlite's, the executor answering questions and parsing files) each keep theirs'
freed pages. Two arenas are plenty for one event loop and a few helper threads: ~3.5 MB less RSS
after the first question (issue 25's memory target; docs/benchmarks.md).
"""

from __future__ import annotations

import ctypes
import gc

GEN0_THRESHOLD = 20_000  # CPython's default is 700
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt() parameter number


def limit_arenas() -> None:
    """Call first thing, before any thread allocates (a no-op on a C library without mallopt)."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_ARENA_MAX, MALLOC_ARENAS)


def settle() -> None:
    """Call once start-up is done (adapters connected, schedules loaded)."""
    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), gen1, gen2)
