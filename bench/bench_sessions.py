"""Concurrent /done throughput and /stats time with a year of history, on a real SQLite file.

Run: .venv/bin/python bench/bench_sessions.py [--users 1000]
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
from bot.store.sqlite import NewSession, Store
from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.types import Chat, Request

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def req(user: str, text: str, now: datetime = NOW) -> Request:
    cmd, _, rest = text[1:].partition(" ")
    return Request(Chat("console", f"dm:{user}", user, True), cmd, tuple(rest.split()), rest, user, now)


async def main(users: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "b.db")
        await store.open()
        deps = Deps(store=store, settings=Settings(database=str(Path(tmp) / "b.db")))
        # Warm up users so the figure is about logging, then a second round with new users too.
        t0 = time.perf_counter()
        await asyncio.gather(*(dispatch(req(f"u{i}", "/done home 20 effort 6"), deps) for i in range(users)))
        t1 = time.perf_counter()
        await asyncio.gather(*(dispatch(req(f"u{i}", "/done gym 25"), deps) for i in range(users)))
        t2 = time.perf_counter()
        assert await store.count_sessions() == 2 * users
        print(f"concurrent /done, {users} new users: {users / (t1 - t0):,.0f} records/s")
        print(f"concurrent /done, {users} known users: {users / (t2 - t1):,.0f} records/s")

        # A year of history: three sessions a week for one runner.
        runner = await store.ensure_user("console", "yearly", "Y", NOW - timedelta(days=400))
        for day in range(365):
            if day % 7 in (0, 2, 4):
                when = NOW - timedelta(days=day)
                await store.add_session(
                    runner.id,
                    NewSession("home", 20, 6, "", ("quads", "hamstrings", "calves"), when, when.date()),
                )
        times = []
        for _ in range(20):
            s = time.perf_counter()
            [r] = await dispatch(req("yearly", "/stats"), deps)
            times.append(time.perf_counter() - s)
            assert r.image
        text_times = []
        from handlers.sessions import compute_stats

        for _ in range(50):
            s = time.perf_counter()
            await compute_stats(runner, deps, NOW)
            text_times.append(time.perf_counter() - s)
        print(
            f"/stats with a year of history (157 sessions): median {statistics.median(times) * 1000:.1f} ms "
            f"incl. PNG chart; figures alone {statistics.median(text_times) * 1000:.2f} ms"
        )
        await store.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=1000)
    asyncio.run(main(ap.parse_args().users))
