"""Several processes on one PostgreSQL database beside one process on SQLite, in one run.

Run: .venv/bin/python bench/bench_pg.py [--done 4000] [--reminders 20000] [--processes 1,2,4]

For each setup (SQLite with one process; PostgreSQL with 1, 2 and 4 processes; PostgreSQL with 4
processes claiming without SKIP LOCKED, for comparison) it prints:
  * /done records/s: that many runners each send /done at once, spread evenly over the
    processes, through the real command table (user lookup/creation, the insert, the reply);
  * reminders claimed+composed/s: that many schedules all due in the same minute; every process
    ticks at once and claims, composes and "sends" (no-op transport, no pacing) until none is left;
    then checks that each reminder was claimed once in all.
Each process is a real OS process with its own store (asyncpg pool); the figure is total work over
the wall time from a common start to the last process finishing. PostgreSQL databases are fresh
throwaway ones on the server at LEGWORK_TEST_POSTGRES_URL (default: the local one); the machine's
cores are shared by the bot processes and the database server.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import asyncpg
from bench_reminders import DUE, SETTINGS, ZONES, NoopTransport  # (bench/ is on the path as a script)

from bot.config import Settings
from bot.store import make_store

CREATED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
IN_FLIGHT = 64  # concurrent /done per process
SERVER = os.environ.get("LEGWORK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


# --- the worker processes --------------------------------------------------------------------


def _worker(
    kind: str, database: str, index: int, share: int, skip_locked: bool, ready: Any, go: Any, out: Any
) -> None:
    out.put(asyncio.run(_work(kind, database, index, share, skip_locked, ready, go)))


async def _work(
    kind: str, database: str, index: int, share: int, skip_locked: bool, ready: Any, go: Any
) -> tuple[float, float, int]:
    from bot.services.reminders import ReminderService
    from handlers.deps import Deps
    from handlers.registry import dispatch
    from handlers.types import Chat, Request

    store = make_store(database)
    await store.open()
    if hasattr(store, "skip_locked"):
        store.skip_locked = skip_locked
    settings = Settings(database=database, recovery_week=True)
    deps = Deps(store=store, settings=settings)
    transport = NoopTransport()
    svc = ReminderService(store, settings, deps, {"bench": transport}, clock=lambda: DUE)
    ready.wait()
    go.wait()
    start = time.time()
    done = 0
    if kind == "done":
        slots = asyncio.Semaphore(IN_FLIGHT)

        async def one(i: int) -> None:
            user = f"r{index}-{i}"
            req = Request(
                Chat("console", f"dm:{user}", user, True), "done", ("home", "20"), "home 20", user, DUE
            )
            async with slots:
                await dispatch(req, deps)

        await asyncio.gather(*(one(i) for i in range(share)))
        done = share
    else:
        while True:
            before = svc.stats.claimed
            await svc.tick(DUE)
            await svc.drain()
            if svc.stats.claimed == before:
                break
        done = transport.count
        await svc.stop()
    end = time.time()
    await store.close()
    return start, end, done


def run_processes(
    kind: str, database: str, processes: int, total: int, skip_locked: bool = True
) -> tuple[float, int]:
    """(wall seconds from the common start to the last finish, work done) over `processes` processes."""
    ctx = mp.get_context("spawn")
    ready = ctx.Barrier(processes + 1)
    go = ctx.Event()
    out = ctx.Queue()
    shares = [total // processes + (1 if i < total % processes else 0) for i in range(processes)]
    procs = [
        ctx.Process(target=_worker, args=(kind, database, i, shares[i], skip_locked, ready, go, out))
        for i in range(processes)
    ]
    for p in procs:
        p.start()
    ready.wait()  # every process has opened its store
    go.set()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(30)
    start = min(r[0] for r in results)
    end = max(r[1] for r in results)
    return end - start, sum(r[2] for r in results)


# --- databases -------------------------------------------------------------------------------


async def fresh_pg() -> str:
    name = f"legwork_bench_{uuid.uuid4().hex[:8]}"
    con = await asyncpg.connect(SERVER)
    try:
        await con.execute(f'CREATE DATABASE "{name}"')
    finally:
        await con.close()
    return SERVER.rsplit("/", 1)[0] + f"/{name}"


async def drop_pg(url: str) -> None:
    con = await asyncpg.connect(SERVER)
    try:
        await con.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    finally:
        await con.close()


def schedule_rows(n: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    users = [
        (i, "bench", str(100000 + i), "runner", ZONES[i % len(ZONES)][0], CREATED) for i in range(1, n + 1)
    ]
    tue_fri = (1 << 1) | (1 << 4)
    schedules = [
        (i, i, "bench", str(100000 + i), tue_fri, ZONES[i % len(ZONES)][1], SETTINGS[i % len(SETTINGS)],
         DUE, CREATED, CREATED)
        for i in range(1, n + 1)
    ]  # fmt: skip
    return users, schedules


async def populate(database: str, n: int) -> None:
    """n users with a schedule due at DUE, written through the store's bulk import."""
    store = make_store(database)
    await store.open()
    users, schedules = schedule_rows(n)
    # bulk_import takes every column of a table, in COPY_TABLES order
    full_users = users
    full_schedules = [(s[0], s[1], None, *s[2:8], False, False, None, s[8], s[9]) for s in schedules]
    async with store.bulk_import() as sink:  # type: ignore[attr-defined]
        await sink.write("users", full_users)
        await sink.write("reminder_schedules", full_schedules)
    await store.close()


async def claims_made(database: str) -> int:
    store = make_store(database)
    await store.open()
    try:
        return (await store.table_counts())["reminder_sends"]  # type: ignore[attr-defined]
    finally:
        await store.close()


# --- the run ---------------------------------------------------------------------------------


def measure(
    label: str, database_for: Any, processes: int, n_done: int, n_rem: int, skip_locked: bool = True
) -> None:
    db = database_for()
    try:
        wall, done = run_processes("done", db, processes, n_done, skip_locked)
        assert done == n_done
        done_rate = n_done / wall
    finally:
        cleanup(db)
    db = database_for()
    try:
        asyncio.run(populate(db, n_rem))
        wall, sent = run_processes("remind", db, processes, n_rem, skip_locked)
        claims = asyncio.run(claims_made(db))
        assert sent == n_rem and claims == n_rem, (sent, claims)
        rem_rate = n_rem / wall
    finally:
        cleanup(db)
    print(f"{label:44} {done_rate:>10,.0f} {rem_rate:>14,.0f}", flush=True)


_TMP = tempfile.mkdtemp(prefix="legwork-bench-pg-")


def sqlite_db() -> str:
    return str(Path(_TMP) / f"{uuid.uuid4().hex[:8]}.db")


def pg_db() -> str:
    return asyncio.run(fresh_pg())


def cleanup(db: str) -> None:
    if db.startswith("postgresql://"):
        asyncio.run(drop_pg(db))
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--done", type=int, default=4000, help="runners sending /done at once (default 4000)")
    p.add_argument("--reminders", type=int, default=20000, help="schedules due at once (default 20000)")
    p.add_argument("--processes", default="1,2,4", help="PostgreSQL process counts (default 1,2,4)")
    args = p.parse_args()
    counts = [int(x) for x in args.processes.split(",")]
    print(f"{os.cpu_count()} CPUs; {args.done:,} concurrent /done; {args.reminders:,} reminders due at once")
    print(f"{'setup':44} {'/done rec/s':>10} {'reminders/s':>14}")
    measure("SQLite, 1 process", sqlite_db, 1, args.done, args.reminders)
    for n in counts:
        measure(f"PostgreSQL, {n} process{'es' if n > 1 else ''}", pg_db, n, args.done, args.reminders)
    top = max(counts)
    measure(f"PostgreSQL, {top} processes, no SKIP LOCKED", pg_db, top, args.done, args.reminders, False)
    print(f"(claims checked: each reminder claimed once in all; due at {DUE:%Y-%m-%d %H:%M} UTC)")


if __name__ == "__main__":
    main()
