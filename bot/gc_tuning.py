"""Garbage-collector settings for the long-running bot process.

A bot allocates many short-lived objects per update (parsed JSON, requests, replies) on top of a
large, long-lived heap (content, library caches, the scheduler's state). With CPython's defaults
the young generations fill every 700 allocations and each full collection walks the whole heap.
After start-up we move everything alive into the permanent generation (``gc.freeze``) and let the
youngest generation grow larger before it is collected, which cuts the collector's share of the
CPU spent per update; see docs/benchmarks.md for the measured effect.
"""

from __future__ import annotations

import gc

GEN0_THRESHOLD = 20_000  # CPython's default is 700


def settle() -> None:
    """Call once start-up is done (adapters connected, schedules loaded)."""
    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), gen1, gen2)
