"""Leaderboard timing for a challenge with 5,000 members and a month of sessions.

Run: .venv/bin/python bench/bench_challenges.py [--members N] [--runs N]

The data is written straight into a temporary SQLite file with executemany (users, sessions,
memberships, counted entries, per-member scores computed with the store's own scoring function),
then the board is read through the real Store and ranked/rendered by the real handler code.
Target: the text leaderboard (store read + rank + text) under 50 ms, median of several runs.
Also timed: the whole /leaderboard command through dispatch, chart included (drawn in the real
chart worker pool). Left out: the platform adapter and sending the PNG.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.charts.pool import ChartPool
from bot.config import Settings
from bot.store.sqlite import Store
from bot.store.sqlite.core import iso
from handlers.challenge_board import board_page, board_text
from handlers.challenge_rules import score_entries
from handlers.deps import Deps
from handlers.registry import dispatch
from handlers.types import Chat, Request

START = date(2026, 12, 1)
DAYS = 31
TARGET_MS = 50.0


def build(path: Path, members: int, seed: int = 1) -> int:
    """Fill the file: one chat, a total and a weekly challenge, `members` runners in both."""
    rnd = random.Random(seed)
    now = datetime(2026, 12, 31, 12, tzinfo=UTC)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(
        "INSERT INTO chats (id, platform, platform_chat_id, is_private, created_at) "
        "VALUES (1, 'telegram', '-100123', 0, ?)",
        (iso(now),),
    )
    con.executemany(
        "INSERT INTO users (id, platform, platform_user_id, display_name, created_at) VALUES (?, ?, ?, ?, ?)",
        [(i, "telegram", str(10_000 + i), f"Runner {i}", iso(now)) for i in range(1, members + 1)],
    )
    rules = {1: ("total", 16, 0), 2: ("weekly", 3, 4)}
    for cid, (kind, goal, weeks) in rules.items():
        end = START + timedelta(days=DAYS - 1 if kind == "total" else 7 * weeks - 1)
        con.execute(
            "INSERT INTO challenges (id, chat_id, name, kind, goal, weeks, start_date, end_date, tz, "
            "max_per_day, late_days, created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'Europe/Berlin', 1, 2, ?)",
            (cid, f"Bench {kind}", kind, goal, weeks, START.isoformat(), end.isoformat(), iso(now)),
        )
        con.executemany(
            "INSERT INTO challenge_members (challenge_id, user_id, joined_at) VALUES (?, ?, ?)",
            [(cid, i, iso(now)) for i in range(1, members + 1)],
        )
    sessions, entries = [], []
    sid = 0
    for uid in range(1, members + 1):
        keen = rnd.random()  # some train most days, some rarely
        for d in range(DAYS):
            if rnd.random() > 0.2 + 0.6 * keen:
                continue
            day = START + timedelta(days=d)
            for _ in range(2 if rnd.random() < 0.1 else 1):  # a few double days (over the cap)
                sid += 1
                at = iso(
                    datetime(day.year, day.month, day.day, 5, tzinfo=UTC)
                    + timedelta(minutes=rnd.randrange(900))
                )
                sessions.append((sid, uid, "home", at, day.isoformat()))
                for cid in rules:
                    entries.append((cid, uid, sid, day.isoformat(), at))
    con.executemany(
        "INSERT INTO sessions (id, user_id, setting, logged_at, local_date) VALUES (?, ?, ?, ?, ?)", sessions
    )
    con.executemany(
        "INSERT INTO challenge_entries (challenge_id, user_id, session_id, day, logged_at) "
        "VALUES (?, ?, ?, ?, ?)",
        entries,
    )
    per_member: dict[tuple[int, int], list[tuple[str, str, int]]] = defaultdict(list)
    for cid, uid, s, day_text, at in entries:
        per_member[(cid, uid)].append((day_text, at, s))
    scores, weeks_rows = [], []
    for (cid, uid), rows in per_member.items():
        kind, goal, weeks = rules[cid]
        sc = score_entries(rows, kind, goal, START, weeks, 1)
        score = sc.weeks_met if kind == "weekly" else sc.sessions  # the ranking score, as the store keeps it
        scores.append((sc.sessions, sc.weeks_met, score, sc.reached_at, cid, uid))
        weeks_rows += [(cid, uid, w, n) for w, n in sc.weeks.items()]
    con.executemany(
        "UPDATE challenge_members SET sessions = ?, weeks_met = ?, score = ?, reached_at = ? "
        "WHERE challenge_id = ? AND user_id = ?",
        scores,
    )
    con.executemany(
        "INSERT INTO challenge_weeks (challenge_id, user_id, week, sessions) VALUES (?, ?, ?, ?)", weeks_rows
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return len(sessions)


async def measure(path: Path, runs: int, members: int) -> bool:
    store = Store(path)
    await store.open()
    charts = ChartPool()
    deps = Deps(store=store, settings=Settings(database=str(path)), charts=charts)
    ok = True
    try:
        t0 = time.perf_counter()
        await asyncio.gather(*(asyncio.wrap_future(f) for f in charts.warm()))
        print(
            f"  (starting {charts.workers} chart worker(s): "
            f"{(time.perf_counter() - t0) * 1000:.0f} ms, not counted)"
        )
        today = START + timedelta(days=20)
        me = members  # the caller: somewhere down the board
        caller = Chat("telegram", "-100123", str(10_000 + me), False)
        when = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
        for cid in (1, 2):
            c = await store.get_challenge(cid)
            assert c is not None
            await board_page(store, c, today, me)  # warm the page cache
            store_ms, text_ms, full_ms, cmd_ms = [], [], [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                page = await board_page(store, c, today, me)
                t1 = time.perf_counter()
                text = board_text(c, page, today, me)
                t2 = time.perf_counter()
                store_ms.append((t1 - t0) * 1000)
                text_ms.append((t2 - t0) * 1000)
                t0 = time.perf_counter()
                rows = await store.board(c, today)
                full_ms.append((time.perf_counter() - t0) * 1000)
                # The whole command as a member sends it: text board and the chart (drawn in the
                # worker pool, as the bot does).
                t0 = time.perf_counter()
                replies = await dispatch(
                    Request(caller, "leaderboard", (str(cid),), str(cid), "me", when), deps
                )
                cmd_ms.append((time.perf_counter() - t0) * 1000)
            assert page.members == members == len(rows) and "(you)" in text
            png = replies[-1].image
            assert png is not None and "(you)" in replies[0].text
            med = statistics.median(text_ms)
            ok = ok and med < TARGET_MS
            print(
                f"  {c.kind:6} challenge: text board median {med:5.1f} ms "
                f"(min {min(text_ms):.1f}, max {max(text_ms):.1f}; of which store read "
                f"{statistics.median(store_ms):.1f}) over {runs} runs\n"
                f"                    /leaderboard with its chart (worker pool) median "
                f"{statistics.median(cmd_ms):.0f} ms ({len(png) // 1024} KiB PNG)\n"
                f"                    whole ranked board ({members} rows) median "
                f"{statistics.median(full_ms):.1f} ms"
            )
    finally:
        charts.close()
        await store.close()
    return ok


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        store = Store(path)
        await store.open()  # create the schema through the real migrations
        await store.close()
        t0 = time.perf_counter()
        n = build(path, args.members)
        print(
            f"bench_challenges: {args.members} members, {n} sessions over {DAYS} days "
            f"(built in {time.perf_counter() - t0:.1f} s)"
        )
        ok = await measure(path, args.runs, args.members)
    print(f"  target: text board under {TARGET_MS:.0f} ms (median) — {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
