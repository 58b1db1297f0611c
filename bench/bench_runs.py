"""Run files: a 4-hour run recorded at 1 Hz as FIT and as GPX, each imported through /runs import
(parse off the event loop, classify, store on a real SQLite file), while another user's /help is
timed on the same event loop.

Run: .venv/bin/python bench/bench_runs.py [--rounds 5]

Figures are medians over the rounds: the import's wall time (parse + classify + store), the
parse alone, and the slowest /help answered meanwhile (sent every 20 ms during the import).
Left out: the platform download (Telegram getFile, a Discord attachment): see bench_telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import Settings
from bot.store.sqlite import Store
from content.runfiles import parse_run_file
from content.runs import classify
from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.types import Attachment, Chat, Request
from tests import runsamples

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def four_hours() -> list[runsamples.Seg]:
    # 4 h at 1 Hz: easy blocks with surges, heart rate present (14,400 records).
    segs = []
    for _ in range(24):
        segs += [runsamples.Seg(540, 2.9, 145), runsamples.Seg(60, 3.6, 165)]
    return segs


async def one(deps: Deps, name: str, data: bytes, user: str) -> tuple[float, float]:
    """(import seconds, slowest /help seconds meanwhile)."""

    async def fetch(limit: int) -> bytes:
        return data

    chat = Chat("console", f"dm:{user}", user, True)
    req = Request(
        chat, "runs", ("import",), "import", user, NOW, attachment=Attachment(name, len(data), fetch)
    )
    other = Chat("console", "dm:other", "other", True)
    helps: list[float] = []
    done = asyncio.Event()

    async def probe() -> None:
        while not done.is_set():
            t = time.perf_counter()
            await dispatch(Request(other, "help", (), "", "other", NOW), deps)
            helps.append(time.perf_counter() - t)
            await asyncio.sleep(0.02)

    task = asyncio.create_task(probe())
    t0 = time.perf_counter()
    replies = await dispatch(req, deps)
    took = time.perf_counter() - t0
    done.set()
    await task
    assert "Run added" in replies[0].text, replies[0].text
    return took, max(helps, default=0.0)


async def main(rounds: int) -> None:
    segs = four_hours()
    files = {
        "4h.fit": runsamples.fit(NOW - timedelta(days=1), segs),
        "4h.gpx": runsamples.gpx(NOW - timedelta(days=1), segs),
    }
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database=str(Path(tmp) / "b.db"), base_dir=Path(tmp))
        store = Store(settings.database)
        await store.open()
        deps = Deps(store=store, settings=settings)
        print(f"{'file':8} {'size':>9} {'parse':>8} {'classify':>9} {'import':>8} {'/help max':>10}")
        for name, data in files.items():
            parses, classes, imports, helps = [], [], [], []
            for r in range(rounds):
                t = time.perf_counter()
                run = parse_run_file(name, data)
                parses.append(time.perf_counter() - t)
                t = time.perf_counter()
                classify(run, [])
                classes.append(time.perf_counter() - t)
                took, help_max = await one(deps, name, data, f"{name}-{r}")
                imports.append(took)
                helps.append(help_max)
            print(
                f"{name:8} {len(data) / 1e6:7.2f}MB {statistics.median(parses):7.3f}s "
                f"{statistics.median(classes) * 1000:7.1f}ms {statistics.median(imports):7.3f}s "
                f"{statistics.median(helps) * 1000:8.1f}ms"
            )
            assert len(run.samples) >= 14_400
        await store.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    asyncio.run(main(ap.parse_args().rounds))
