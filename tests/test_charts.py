"""Charts: what they draw (in this process) and where the runtime draws them (worker processes)."""

from __future__ import annotations

import logging
import os
import signal
import struct
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.charts.pool import ChartPool, default_workers
from bot.dbfaults import DatabaseOutage
from handlers.charts import BoardChart, StatsChart
from handlers.deps import Deps
from handlers.registry import APOLOGY, dispatch
from tests.conftest import request

ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n"
STATS = StatsChart(
    weeks=tuple((f"{d:02d} Nov", n) for d, n in zip(range(1, 30, 4), [3, 2, 1, 4, 2, 0, 3, 1], strict=True)),
    muscles=(("quads", 12), ("hamstrings", 8), ("glutes", 10), ("calves", 5), ("hips", 3), ("core", 0)),
    target_low=2,
    target_high=3,
)
BOARD = BoardChart(
    title="Winter $dozen$ 🏃",
    rows=tuple((f"{i}. Rünner {i} 🏃 $x^2$", 18 - i) for i in range(1, 16)),
    goal=12,
    unit="sessions",
)


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG)
    return struct.unpack(">II", png[16:24])


@pytest.fixture(scope="session")
def matplotlib_fonts() -> None:
    """matplotlib builds its font cache on first import, running ``fc-list`` (a process) when the
    cache folder is empty, as on a fresh machine or under an empty HOME: done once, up front,
    before the per-test guard against starting processes is in place."""
    import matplotlib.font_manager  # noqa: F401


def test_charts_are_pngs_both_platforms_show_well(matplotlib_fonts: None) -> None:
    from bot.charts import draw

    draw.init_worker()
    for chart in (STATS, BOARD, BoardChart("Empty", (), 3, "weeks met")):
        png = draw.render(chart)
        width, height = png_size(png)
        assert width == 960 and 250 <= height <= 800  # readable on a phone, not a poster
        assert len(png) < 120_000
    with pytest.raises(TypeError):
        draw.render("not a chart")  # type: ignore[arg-type]


def test_pool_size_leaves_a_core_for_the_event_loop() -> None:
    assert [default_workers(n) for n in (1, 2, 4, 16)] == [1, 1, 3, 4]
    assert ChartPool(2).workers == 2


@pytest.mark.subprocess
def test_the_bot_process_draws_in_a_worker_and_never_loads_matplotlib(tmp_path: Path) -> None:
    # A fresh interpreter, as the bot is: /stats through dispatch with the runtime's pool, on a
    # machine that never ran it (empty HOME and caches: matplotlib's font cache is built cold).
    script = textwrap.dedent(
        """
        import asyncio, os, sys
        from datetime import UTC, datetime
        from pathlib import Path
        from bot.charts.pool import ChartPool
        from bot.config import Settings
        from bot.store.sqlite import Store
        from handlers.deps import Deps
        from handlers.registry import dispatch
        from handlers.types import Chat, Request

        async def main():
            store = Store(Path(sys.argv[1]))
            await store.open()
            pool = ChartPool(1)
            deps = Deps(store=store, settings=Settings(database=sys.argv[1]), charts=pool)
            now = datetime(2026, 11, 27, 9, tzinfo=UTC)
            chat = Chat("console", "dm:a", "a", True)
            await dispatch(Request(chat, "done", ("home",), "home", "A", now), deps)
            [r] = await dispatch(Request(chat, "stats", (), "", "A", now), deps)
            assert r.image.startswith(b"\\x89PNG"), r
            [worker] = pool.worker_pids()
            assert worker != os.getpid()
            maps = Path(f"/proc/{worker}/maps").read_text()
            print("worker-has-matplotlib", "matplotlib" in maps)
            print("bot-has-matplotlib", any(m.startswith("matplotlib") for m in sys.modules))
            pool.close()
            await store.close()

        asyncio.run(main())
        """
    )
    cold = {name: tmp_path / name for name in ("home", "cache", "config", "mpl")}
    for folder in cold.values():
        folder.mkdir()
    env = {
        **os.environ,
        "HOME": str(cold["home"]),
        "XDG_CACHE_HOME": str(cold["cache"]),
        "XDG_CONFIG_HOME": str(cold["config"]),
        "MPLCONFIGDIR": str(cold["mpl"]),
    }
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "c.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert list(cold["mpl"].glob("fontlist-*.json")), "the worker built its font cache from cold"
    assert "worker-has-matplotlib True" in out.stdout
    assert "bot-has-matplotlib False" in out.stdout


@pytest.mark.subprocess
async def test_a_dead_worker_is_replaced() -> None:
    pool = ChartPool(1)
    try:
        first = await pool.render(STATS)
        assert png_size(first)[0] == 960
        [pid] = pool.worker_pids()
        os.kill(pid, 9)
        again = await pool.render(BOARD)  # the broken pool is replaced, the chart still drawn
        assert again.startswith(PNG)
        assert pool.worker_pids() and pid not in pool.worker_pids()
    finally:
        pool.close()


@pytest.mark.subprocess
def test_chart_workers_exit_soon_after_their_bot_is_killed() -> None:
    """kill -9 of the bot runs none of its shutdown: the workers see their parent gone and exit."""
    script = textwrap.dedent(
        """
        import signal, sys
        from multiprocessing import resource_tracker
        from bot.charts.pool import ChartPool
        pool = ChartPool(2)
        for f in pool.warm():
            f.result(60)
        tracker = resource_tracker._resource_tracker._pid
        print(*pool.worker_pids(), *([tracker] if tracker else []), flush=True)
        signal.pause()  # a bot at rest until the test kills it
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        pids = [int(p) for p in proc.stdout.readline().split()]
        assert len(pids) >= 2 and all(alive(p) for p in pids)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        killed = time.monotonic()
        while any(alive(p) for p in pids) and time.monotonic() - killed < 5:
            time.sleep(0.1)
        left = [p for p in pids if alive(p)]
        assert left == [], f"still running {time.monotonic() - killed:.1f} s after the kill: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


@pytest.mark.subprocess
def test_a_worker_whose_bot_died_while_it_started_exits() -> None:
    """The bot killed while a worker is still importing: by the time the worker's initializer runs it
    has already been re-parented, so the parent it watches must be the pid the bot passed in, not
    ``os.getppid()`` read then (that left a worker running for good, seen under load)."""
    script = textwrap.dedent(
        """
        import os, signal, sys
        from bot.charts import worker
        bot = int(sys.argv[1])  # (a pid that is not this process's parent: the bot already gone)
        assert os.getppid() != bot
        worker.init_worker(bot)
        signal.pause()  # only the parent watch ends this process
        """
    )
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(10)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", script, str(dead.pid)], cwd=ROOT, timeout=20)
    assert proc.returncode == 0
    assert time.monotonic() - started < 15  # it exited on its own (the run's 20 s timeout would kill it)


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.subprocess  # starts a chart worker (and multiprocessing's resource tracker)
async def test_a_chart_that_times_out_gives_a_plain_reply_and_no_traceback(
    deps: Deps, caplog: pytest.LogCaptureFixture
) -> None:
    """Under load the pool's wait runs out (here: 10 ms, less than a worker takes to start):
    /stats answers with its figures and no image, one plain log line, no traceback (#30 item 8)."""
    pool = ChartPool(1, timeout=0.01)
    try:
        slow = replace(deps, charts=pool, outage=DatabaseOutage(deps.store))
        [r] = await dispatch(request("/done home 20"), slow)
        [r] = await dispatch(request("/stats"), slow)
    finally:
        pool.close()
    assert r.text != APOLOGY and "This week" in r.text and r.image is None
    assert not any(rec.exc_info for rec in caplog.records)
    lines = [rec.getMessage() for rec in caplog.records if rec.levelno >= logging.WARNING]
    assert lines == ["a chart took too long to draw; the reply goes without it"]
