"""An asyncio event loop on virtual time: when nothing is ready, time jumps to the next timer.

Code that paces itself with the loop's clock (asyncio.sleep, call_later, aiolimiter) runs at
full speed, and ``loop.time()`` tells when each step happened as if it had run in real time.
Sockets still work (a ready socket is never skipped), but time never passes while waiting for
one: use it for pacing logic, not for network tests.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class _Selector(selectors.DefaultSelector):
    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if not ready and timeout is None:
            raise RuntimeError("deadlock: nothing scheduled and nothing to read")
        # Nothing to do until the next timer: skip to it. Every loop iteration also takes 0.1 µs,
        # as a real one would: code that re-arms a timer for "now" (float rounding) must see time
        # pass, or it would spin for ever.
        if not ready:
            self.now += timeout or 0.0
        self.now += 1e-7
        return ready


def run(coro: Coroutine[Any, Any, T], start: float = 1000.0) -> T:
    """Run `coro` to completion on a fresh virtual-time loop."""
    selector = _Selector()
    selector.now = start
    loop = asyncio.SelectorEventLoop(selector)
    loop.time = lambda: selector.now  # type: ignore[method-assign]
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()
