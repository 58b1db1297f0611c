"""The runtime's chart renderer: a small pool of worker processes that draw with matplotlib.

Drawing a chart takes ~100 ms of CPU; on the event loop that stalls every other chat's update
(issue 17 measured a /help waiting 0.6–0.9 s behind ten /stats). In worker processes it costs
the loop one pickle round trip, the bot process never imports matplotlib (~50 MB lighter), and
the workers run at a lower priority, so the loop wins when the cores are busy.

Workers are started with "spawn" (a fresh interpreter: nothing inherited from the bot's threads)
on first use or by ``warm()``; each loads matplotlib once in ``draw.init_worker``.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextvars import ContextVar
from typing import Protocol

from bot.charts import worker
from bot.compat.futures import worker_pids
from bot.retry import CHART_WORKER, call
from handlers.charts import Chart

log = logging.getLogger(__name__)


class WaitHook(Protocol):
    """How an adapter that handles a bounded number of updates at once lends out an update's
    place while its chart is drawn (the pool queues charts itself): see ``WAITING``."""

    def park(self) -> None: ...

    async def unpark(self) -> None: ...


# Set by an adapter around each update it handles; ``render`` parks the update while it waits.
WAITING: ContextVar[WaitHook | None] = ContextVar("legwork_chart_wait", default=None)


def default_workers(cpus: int | None = None) -> int:
    """One core stays for the event loop (and the database thread); at most four workers."""
    cpus = cpus if cpus is not None else (os.cpu_count() or 1)
    return max(1, min(4, cpus - 1))


class ChartPool:
    """``handlers.charts.ChartRenderer`` backed by a ``ProcessPoolExecutor``."""

    def __init__(self, workers: int = 0, *, timeout: float = 30.0) -> None:
        self.workers = workers if workers > 0 else default_workers()
        self.timeout = timeout
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=worker.init_worker,
                initargs=(os.getpid(),),
            )
        return self._executor

    def warm(self) -> list[Future[int]]:
        """Start every worker now (in the background), so the first /stats doesn't wait for it."""
        pool = self._pool()
        return [pool.submit(worker.ping) for _ in range(self.workers)]

    async def render(self, chart: Chart) -> bytes:
        hook = WAITING.get()
        if hook is None:
            return await self._render(chart)
        hook.park()
        try:
            return await self._render(chart)
        finally:
            await hook.unpark()

    async def _render(self, chart: Chart) -> bytes:
        # A worker died (killed, out of memory): a fresh pool, and once more (bot/retry.py).
        return await call(CHART_WORKER, (BrokenProcessPool,), None, self._render_once, chart)

    async def _render_once(self, chart: Chart) -> bytes:
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(self._pool(), worker.render, chart), self.timeout
            )
        except BrokenProcessPool:
            log.warning("chart worker pool broke; restarting it")
            self._discard()
            raise

    def worker_pids(self) -> list[int]:
        """The live workers' process ids (for tests and the bench's memory figures)."""
        return worker_pids(self._executor)

    def _discard(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
