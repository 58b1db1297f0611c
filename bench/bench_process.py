"""The real bot process against the fake Bot API: start-up, memory, and a /help behind charts.

Run: .venv/bin/python bench/bench_process.py [--rounds 7] [--history-weeks 52] [--startups 5]

``python -m bot`` is started as the production entry point (Telegram only, polling) on a fresh
SQLite file seeded with a year of sessions for 11 runners; the fake Bot API runs in this process.
It prints
  * start-up: from spawning the process to its "Legwork is running" log line (target < 1 s), the
    median of --startups spawns, and how long the chart workers then take to be ready (in the
    background);
  * the idle latency of /help (update queued -> its sendMessage reaches the fake server), and the
    latency of a /help queued right behind ten /stats from ten other chats (target: within 3x the
    idle latency + 100 ms), medians over the rounds;
  * RSS of the bot process after drawing charts (target < 90 MB) and of each chart worker, and the
    bot's RSS once a first question has loaded the answerer.
Not covered: Discord (same renderer), webhook mode, network latency to Telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.store.sqlite import Store  # noqa: E402
from handlers.rows import NewSession  # noqa: E402
from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat  # noqa: E402
from tests.procutil import RUNNING, write_config  # noqa: E402

STATS_USERS = 10


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        kids += [int(k) for k in text]
    return kids


async def seed(path: Path, users: list[dict], weeks: int) -> None:
    store = Store(path)
    await store.open()
    now = datetime.now(UTC)
    for u in users:
        row = await store.ensure_user(
            "telegram", str(u["id"]), u["first_name"], now - timedelta(weeks=weeks + 1)
        )
        for day in range(weeks * 7):
            if day % 7 in (0, 2, 4):
                when = now - timedelta(days=day)
                await store.add_session(
                    row.id,
                    NewSession("home", 20, 6, "", ("quads", "hamstrings", "calves"), when, when.date()),
                )
    await store.close()


async def latency(server: FakeTelegramServer, chat: dict, user: dict, text: str, method: str) -> float:
    mark = server.mark()
    started = time.monotonic()
    server.send_text(chat, user, text)
    call = await server.wait_for(
        method, lambda c: c.params.get("chat_id") == chat["id"], timeout=60, since=mark
    )
    return call.at - started


async def spawn(cfg: Path, env: dict[str, str], err_path: Path) -> tuple[subprocess.Popen[bytes], float]:
    """`python -m bot` started, and the seconds from spawning it to its "running" log line."""
    with open(err_path, "wb") as err:
        started = time.monotonic()
        proc = subprocess.Popen(  # noqa: ASYNC220 - before measuring anything else
            [sys.executable, "-m", "bot", "--config", str(cfg)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    while RUNNING not in err_path.read_text():
        if proc.poll() is not None:
            raise SystemExit(f"bot exited:\n{err_path.read_text()[-2000:]}")
        await asyncio.sleep(0.005)
    return proc, time.monotonic() - started


async def main(rounds: int, weeks: int, startups: int) -> None:
    stats_users = [make_user(70_000 + i, f"Stats{i}") for i in range(STATS_USERS)]
    helper = make_user(79_999, "Helper")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        await seed(db, stats_users, weeks)
        async with FakeTelegramServer() as server:
            cfg = write_config(
                Path(tmp) / "config.toml",
                db,
                telegram_url=server.base_url,
                telegram_file_url=server.base_file_url,
                log_level="INFO",
                poll_timeout=10,
            )
            env = {
                "PATH": "/usr/bin:/bin",
                "HOME": tmp,
                "TELEGRAM_BOT_TOKEN": server.token,
                "PYTHONUNBUFFERED": "1",
            }
            starts: list[float] = []
            for k in range(startups - 1):  # start-up alone, several times: one spawn is noisy
                proc, took = await spawn(cfg, env, Path(tmp) / f"start{k}.log")
                starts.append(took)
                proc.terminate()
                proc.wait(30)
            err_path = Path(tmp) / "stderr.log"
            proc, startup = await spawn(cfg, env, err_path)
            starts.append(startup)
            try:
                rss_ready = rss_mb(proc.pid)
                # The workers start in the background after "running"; wait until they have
                # loaded matplotlib (their RSS stops growing) so the idle figure is idle.
                t0 = time.monotonic()
                first = await latency(
                    server, private_chat(stats_users[0]), stats_users[0], "/stats", "sendPhoto"
                )
                workers_ready = time.monotonic() - t0
                for u in stats_users:  # every runner's first /stats once, like the later rounds
                    await latency(server, private_chat(u), u, "/stats", "sendPhoto")
                idle = []
                for _ in range(rounds):
                    await asyncio.sleep(0.3)  # idle: nothing else in hand
                    idle.append(await latency(server, private_chat(helper), helper, "/help", "sendMessage"))
                stats_alone = [
                    await latency(server, private_chat(stats_users[0]), stats_users[0], "/stats", "sendPhoto")
                    for _ in range(rounds)
                ]
                behind = []
                for _ in range(rounds):
                    await asyncio.sleep(0.3)
                    mark = server.mark()
                    t0 = time.monotonic()
                    for u in stats_users:
                        server.send_text(private_chat(u), u, "/stats")
                    behind.append(await latency(server, private_chat(helper), helper, "/help", "sendMessage"))
                    for u in stats_users:
                        await server.wait_for(
                            "sendPhoto", lambda c, u=u: c.params.get("chat_id") == u["id"], 60, since=mark
                        )
                    behind_total = time.monotonic() - t0
                rss_bot = rss_mb(proc.pid)
                workers = {k: rss_mb(k) for k in children(proc.pid)}
                # The first question loads the answerer (retrieval stack and model) into the
                # bot process: reported apart, since the target is about charts.
                await latency(server, private_chat(helper), helper, "what helps shin splints?", "sendMessage")
                rss_asked = rss_mb(proc.pid)
            finally:
                proc.terminate()
                proc.wait(30)
    idle_ms, behind_ms = statistics.median(idle) * 1000, statistics.median(behind) * 1000
    limit = 3 * idle_ms + 100
    print(f"bench_process: real `python -m bot` (Telegram polling) against the fake Bot API, {rounds} rounds")
    print(
        f"  start-up to ready: median {statistics.median(starts) * 1000:.0f} ms over {len(starts)} spawns "
        f"(target < 1,000 ms; spawns: {', '.join(f'{x * 1000:.0f}' for x in starts)}); "
        f"RSS then {rss_ready:.0f} MB"
    )
    print(
        f"  first /stats after ready (workers starting in the background): {first * 1000:.0f} ms "
        f"(answered {workers_ready * 1000:.0f} ms after ready)"
    )
    print(f"  /stats alone ({weeks} weeks of history): median {statistics.median(stats_alone) * 1000:.0f} ms")
    print(f"  /help idle: median {idle_ms:.1f} ms (rounds: {', '.join(f'{x * 1000:.0f}' for x in idle)})")
    print(
        f"  /help behind ten /stats from other chats: median {behind_ms:.1f} ms "
        f"(rounds: {', '.join(f'{x * 1000:.0f}' for x in behind)}); limit 3x idle + 100 ms = {limit:.0f} ms "
        f"— {'met' if behind_ms <= limit else 'NOT met'}"
    )
    print(f"  the ten /stats charts all sent after {behind_total * 1000:.0f} ms (last round)")
    print(
        f"  RSS after drawing charts: bot process {rss_bot:.0f} MB (target < 90 MB); "
        f"chart workers: {', '.join(f'{v:.0f} MB' for v in workers.values()) or 'none'}"
    )
    print(f"  RSS after the first question as well (the answerer loaded): {rss_asked:.0f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--history-weeks", type=int, default=52)
    ap.add_argument("--startups", type=int, default=5, help="spawns for the start-up median (default 5)")
    args = ap.parse_args()
    asyncio.run(main(args.rounds, args.history_weeks, max(1, args.startups)))
