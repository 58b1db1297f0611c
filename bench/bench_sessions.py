"""Concurrent /done throughput and /stats time with a year of history, on a real SQLite file.

Run: .venv/bin/python bench/bench_sessions.py [--users 1000] [--rounds 5]

Each round: `users` runners never seen before send /done at once (through dispatch, the handler
and the real Store), then the same runners send another /done (known users). The runners ask for
all five settings with assorted minutes, effort and notes; every round is a new day. Figures are
medians over the rounds. /stats is timed through dispatch with its chart drawn in the real chart
worker pool (as the bot does), beside the figures alone.
Left out: the platform adapters (see bench_telegram, bench_discord), and challenge members
(a /done that counts toward a challenge does a few more statements: bench_challenges' subject).
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

from bot import gc_tuning
from bot.charts.pool import ChartPool
from bot.config import Settings
from bot.store.sqlite import Store
from handlers.deps import Deps
from handlers.history import compute_stats
from handlers.registry import dispatch
from handlers.rows import NewSession
from handlers.types import Chat, Request

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
SETTINGS = ("home", "gym", "plyo", "hills", "quick")


def req(user: str, text: str, now: datetime) -> Request:
    cmd, _, rest = text[1:].partition(" ")
    return Request(Chat("console", f"dm:{user}", user, True), cmd, tuple(rest.split()), rest, user, now)


def done_text(i: int, second: bool) -> str:
    setting = SETTINGS[(i + second) % len(SETTINGS)]
    parts = [f"/done {setting}"]
    if i % 3:
        parts.append(str(15 + i % 40))
    if i % 4 == 1:
        parts.append(f"effort {1 + i % 10}")
    if i % 7 == 2:
        parts.append("note felt strong on the hills")
    return " ".join(parts)


async def main(users: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.db"
        store = Store(path)
        await store.open()
        charts = ChartPool()
        deps = Deps(store=store, settings=Settings(database=str(path)), charts=charts)
        warm = charts.warm()
        gc_tuning.settle()  # the collector settings the runtime applies once it has started
        new_rates, known_rates = [], []
        for r in range(rounds):
            day = NOW + timedelta(days=r)
            names = [f"r{r}u{i}" for i in range(users)]
            t0 = time.perf_counter()
            await asyncio.gather(
                *(dispatch(req(n, done_text(i, False), day), deps) for i, n in enumerate(names))
            )
            t1 = time.perf_counter()
            later = day + timedelta(hours=1)
            await asyncio.gather(
                *(dispatch(req(n, done_text(i, True), later), deps) for i, n in enumerate(names))
            )
            t2 = time.perf_counter()
            new_rates.append(users / (t1 - t0))
            known_rates.append(users / (t2 - t1))
        assert await store.count_sessions() == 2 * users * rounds
        print(f"bench_sessions: {rounds} rounds of {users} concurrent /done (medians)")
        print(
            f"  new users:   {statistics.median(new_rates):7,.0f} records/s (target >= 2,000; rounds "
            + ", ".join(f"{x:,.0f}" for x in new_rates)
            + ")"
        )
        print(
            f"  known users: {statistics.median(known_rates):7,.0f} records/s (target >= 3,000; rounds "
            + ", ".join(f"{x:,.0f}" for x in known_rates)
            + ")"
        )

        # A year of history: three sessions a week for one runner.
        runner = await store.ensure_user("console", "yearly", "Y", NOW - timedelta(days=400))
        for d in range(365):
            if d % 7 in (0, 2, 4):
                when = NOW - timedelta(days=d)
                await store.add_session(
                    runner.id,
                    NewSession("home", 20, 6, "", ("quads", "hamstrings", "calves"), when, when.date()),
                )
        for f in warm:
            await asyncio.wrap_future(f)
        times = []
        for _ in range(20):
            s = time.perf_counter()
            [rep] = await dispatch(req("yearly", "/stats", NOW), deps)
            times.append(time.perf_counter() - s)
            assert rep.image
        text_times = []
        for _ in range(50):
            s = time.perf_counter()
            await compute_stats(runner, deps, NOW)
            text_times.append(time.perf_counter() - s)
        print(
            "  /stats with a year of history (157 sessions): "
            f"median {statistics.median(times) * 1000:.1f} ms "
            f"incl. the PNG chart ({len(rep.image or b'') // 1024} KiB, drawn in the worker pool); "
            f"figures alone {statistics.median(text_times) * 1000:.2f} ms"
        )
        charts.close()
        await store.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    asyncio.run(main(args.users, args.rounds))
