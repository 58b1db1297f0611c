"""Scheduled reminders at scale: N subscribers all due in the same minute.

Run: .venv/bin/python bench/bench_reminders.py [--n 100000] [--apscheduler-jobs 20000]

On a real SQLite file in a temp dir it prints:
  * start-up: opening the store and starting ReminderService with N schedules stored, and the
    process RSS then (targets: < 1 s, < 150 MB);
  * claims + composes per second when all N are due at once, sent through a no-op transport
    (target: >= 10,000/s), with the split between claiming (SQL) and composing, and peak RSS;
  * our CPU time per reminder beside the 33 ms per message Telegram's 30 msg/s limit allows;
  * optionally, for comparison, the time and memory of registering one APScheduler job per user.
The runners signed up over two years (routines depend on the training week), ask for all five
settings, live in four zones; one in ten has hard-run days, one in fifty a race.
Left out: the platform. The transport is a no-op: real sending is paced by the platform's send
budget (Telegram 30/s), so 100,000 reminders take ~56 minutes to deliver whatever our CPU cost.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot import gc_tuning
from bot.config import Settings
from bot.services.ratelimit import TELEGRAM_GLOBAL
from bot.services.reminders import ReminderService
from bot.store.sqlite import Store
from bot.store.sqlite.core import iso
from handlers.deps import Deps
from handlers.progress import BASE
from handlers.types import Button, Reply

DUE = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)  # a Tuesday
CREATED = iso(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))  # when the schedules were set


def signed_up(i: int) -> str:
    """Runner i's sign-up: spread over two years, so reminders are for ~100 different training
    weeks (the routine and its cache depend on the week) and every recovery-week phase."""
    return iso(datetime(2026, 11, 20, 9, 0, tzinfo=UTC) - timedelta(days=(i * 7919) % 730))


# (zone, local time) pairs that all fall on DUE's minute
ZONES = (("UTC", "07:00"), ("Europe/Berlin", "08:00"), ("America/New_York", "02:00"), ("Asia/Tokyo", "16:00"))
SETTINGS = ("home", "gym", "plyo", "hills", "quick")


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB."""
    cur = peak = 0.0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    if not peak:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return cur, peak


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)  # all threads, the aiosqlite one included
    return r.ru_utime + r.ru_stime


class NoopTransport:
    platform = "bench"

    def __init__(self) -> None:
        self.count = 0

    async def send(self, chat_id: str, replies: Sequence[Reply]) -> None:
        self.count += 1


def populate(path: Path, n: int) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO users (id, platform, platform_user_id, display_name, tz, created_at) "
        "VALUES (?, 'bench', ?, 'runner', ?, ?)",
        ((i, str(100000 + i), ZONES[i % len(ZONES)][0], signed_up(i)) for i in range(1, n + 1)),
    )
    con.executemany(
        "INSERT INTO reminder_schedules (user_id, platform, target, days, local_time, setting, next_fire, "
        "created_at, updated_at) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                i,
                str(100000 + i),
                (1 << 1) | (1 << 4),  # Tue, Fri
                ZONES[i % len(ZONES)][1],
                SETTINGS[i % len(SETTINGS)],
                iso(DUE),
                CREATED,
                CREATED,
            )
            for i in range(1, n + 1)
        ),
    )
    # One runner in ten has hard-run days (Wed, Sat) and one in fifty a race coming up.
    con.executemany(
        "INSERT INTO runner_plans (user_id, hard_days, race_date) VALUES (?, ?, ?)",
        ((i, (1 << 2) | (1 << 5), "2027-03-14" if i % 50 == 0 else None) for i in range(10, n + 1, 10)),
    )
    con.execute("COMMIT")
    con.close()


async def bench(n: int, tmp: Path) -> None:
    path = tmp / "bench.db"
    store = Store(path)
    await store.open()  # schema only
    await store.close()
    t0 = time.perf_counter()
    populate(path, n)
    print(f"populated {n:,} users and schedules in {time.perf_counter() - t0:.1f} s (not part of start-up)")
    gc.collect()

    # --- start-up with N schedules stored ----------------------------------------------------
    now = [DUE - timedelta(seconds=30)]
    transport = NoopTransport()
    t0 = time.perf_counter()
    store = Store(path)
    await store.open()
    settings = Settings(database=str(path), recovery_week=True)
    deps = Deps(store=store, settings=settings)
    svc = ReminderService(store, settings, deps, {"bench": transport}, clock=lambda: now[0])
    await svc.start()
    startup = time.perf_counter() - t0
    gc_tuning.settle()  # as serve() does once the adapters and the scheduler have started
    cur, _ = rss_mb()
    print(
        f"start-up with {await store.count_schedules():,} schedules: "
        f"{startup * 1000:.0f} ms, RSS {cur:.0f} MB"
    )

    # --- everyone due in the same minute --------------------------------------------------------
    compose_time = [0.0]
    real_compose = svc.days.compose

    def timed_compose(row, plan, at=BASE):  # type: ignore[no-untyped-def]
        c0 = time.perf_counter()
        try:
            return real_compose(row, plan, at)
        finally:
            compose_time[0] += time.perf_counter() - c0

    svc.days.compose = timed_compose  # type: ignore[method-assign]
    now[0] = DUE
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    ticks = 0
    while svc.stats.claimed < n:
        ticks += 1
        claimed_before = svc.stats.claimed
        await svc.tick(DUE)
        await svc.drain()
        if svc.stats.claimed == claimed_before:
            break
    elapsed = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    cur, peak = rss_mb()
    claimed = svc.stats.claimed
    print(
        f"claimed {claimed:,} and sent {transport.count:,} messages in {elapsed:.2f} s over {ticks} ticks: "
        f"{claimed / elapsed:,.0f} claims+composes/s (target >= 10,000/s)"
    )
    print(
        f"  of which composing: {compose_time[0]:.2f} s ({compose_time[0] / claimed * 1e6:.0f} µs each); "
        "claiming, queueing and no-op sending the rest "
        f"({(elapsed - compose_time[0]) / claimed * 1e6:.0f} µs each)"
    )
    print(
        f"  RSS now {cur:.0f} MB, peak {peak:.0f} MB "
        f"(send queue bounded at {svc.max_queue:,} claimed reminders)"
    )
    print(f"  per CPU second (this machine may be shared): {claimed / cpu:,.0f} claims+composes")
    per = cpu / claimed * 1e6
    budget = TELEGRAM_GLOBAL.interval * 1e6
    print(
        f"CPU per reminder: {per:.0f} µs (user+sys, all threads) vs {budget:,.0f} µs per message that "
        f"Telegram's ~30 msg/s allows: {per / budget * 100:.2f} % of the pacing budget"
    )
    print(
        f"  at 30 msg/s, {n:,} reminders take {n / TELEGRAM_GLOBAL.rate / 60:.0f} min to deliver; "
        f"claiming and composing them takes {elapsed:.1f} s"
    )
    again = await svc.tick(DUE)
    print(f"a repeated tick at the same minute queues {again} more")
    await svc.stop()
    await store.close()


def apscheduler_jobs(n: int) -> None:
    """For comparison: one APScheduler cron job per user (what we don't do)."""
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    async def remind(user: int) -> None:
        return None

    async def run() -> None:
        gc.collect()
        before, _ = rss_mb()
        sched = AsyncIOScheduler(timezone=UTC)
        sched.start(paused=True)
        t0 = time.perf_counter()
        for i in range(n):
            zone, local = ZONES[i % len(ZONES)]
            hh, mm = local.split(":")
            sched.add_job(
                remind, "cron", args=(i,), day_of_week="tue,fri", hour=int(hh), minute=int(mm), timezone=zone
            )
        elapsed = time.perf_counter() - t0
        after, _ = rss_mb()
        print(
            f"APScheduler, one cron job per user: {n:,} jobs in {elapsed:.1f} s "
            f"({elapsed / n * 1e6:.0f} µs each), RSS +{after - before:.0f} MB "
            f"(~{elapsed / n * 100_000:.0f} s and +{(after - before) / n * 100_000:.0f} MB at 100,000)"
        )
        sched.shutdown(wait=False)

    asyncio.run(run())


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=100_000, help="subscribers (default 100000)")
    p.add_argument(
        "--routine-stub",
        action="store_true",
        help="replace handlers.coach.routine_reply with a constant reply: the scheduler's own cost alone",
    )
    p.add_argument(
        "--apscheduler-jobs",
        type=int,
        default=0,
        metavar="N",
        help="also time registering one APScheduler job per user for N users (default: skip)",
    )
    args = p.parse_args()
    if args.routine_stub:
        import handlers.coach

        canned = Reply("routine", (Button("Done ✅", "done:0:20261201:home"),))
        handlers.coach.routine_reply = lambda *a, **k: canned  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(bench(args.n, Path(tmp)))
    if args.apscheduler_jobs:
        apscheduler_jobs(args.apscheduler_jobs)


if __name__ == "__main__":
    main()
