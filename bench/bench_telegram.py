"""Telegram throughput: Legwork's adapter vs a bare echo bot, through python-telegram-bot 22.

Both bots poll the same fake Bot API server, which runs in its own process (so its work doesn't
share the bots' event loop). For each round the server queues N private messages from 200
different runners at once; the clock stops when the N-th reply has been accepted. Legwork
answers "/workout <setting>" (runner k always asks for setting k % 5; the real handler: user row
upsert in SQLite, routine building, HTML, a Done button). The runners signed up over the past
year, and each measured round is a new day (its warm-up round the day before), so a runner's
first /workout of a round misses the routine cache, as in real use. The echo bot is a PTB
Application with one MessageHandler that replies with the text. Same server, same rate-limiter
settings, same concurrency.

The echo bot runs with AIORateLimiter(overall_max_rate=0, group_max_rate=0) and Legwork with its
own send budget at an unreachable rate: both pass every request through their rate limiter
(retries on 429) but neither throttles, so the figures show the bots' own cost. With the
production budget Legwork holds to Telegram's 30 messages a second (``--with-limits``).

A second sweep adds 50 ms to every Bot API answer (a round trip to api.telegram.org), where
concurrency matters more than CPU.

    .venv/bin/python bench/bench_telegram.py [--n 600] [--rounds 2] [--quick] [--latency-ms 50]
                                             [--with-limits]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters  # noqa: E402

from bot import gc_tuning  # noqa: E402
from bot.config import Settings, TelegramConfig  # noqa: E402
from bot.services.ratelimit import Limit, SendBudget  # noqa: E402
from bot.store.sqlite import Store  # noqa: E402
from bot.telegram.adapter import TelegramAdapter  # noqa: E402
from handlers.deps import Deps  # noqa: E402
from tests.fakes.telegram_server import make_user, private_chat  # noqa: E402

USERS = 200
FIRST_USER = 50_000
SETTINGS = ("home", "gym", "plyo", "hills", "quick")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
DAYS = itertools.count()  # each Legwork bot started is one day later than the one before


class FakeServerProcess:
    """The fake Bot API in a child process, driven through its /_fake/ control API."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None
        self.port = 0
        self.token = ""
        self.http: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> FakeServerProcess:
        self.proc = subprocess.Popen(  # noqa: ASYNC220 - reads two lines, once, before measuring
            [sys.executable, "-m", "tests.fakes.telegram_server", "--port", "0"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline().split()[1])
        self.token = self.proc.stdout.readline().split()[1]
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300))
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.http is not None:
            await self.http.close()
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def control(self, action: str, body: dict[str, Any] | None = None) -> Any:
        assert self.http is not None
        async with self.http.post(f"http://127.0.0.1:{self.port}/_fake/{action}", json=body or {}) as r:
            data = await r.json()
            if r.status != 200:
                raise RuntimeError(f"{action}: {data}")
            return data

    async def round(self, n: int) -> float:
        """Queue n messages at once; seconds until n replies were accepted.

        Runner k always asks for ``/workout SETTINGS[k % 5]`` (all settings in every round)."""
        await self.control("reset")
        items = []
        for i in range(n):
            k = i % USERS
            user = make_user(FIRST_USER + k, f"Runner{k}")
            text = f"/workout {SETTINGS[k % len(SETTINGS)]}"
            items.append({"chat": private_chat(user), "user": user, "text": text})
        started = time.perf_counter()
        await self.control("send_many", {"items": items})
        await self.control("wait_count", {"method": "sendMessage", "count": n, "timeout": 240})
        return time.perf_counter() - started


UNTHROTTLED = Limit(rate=1e9, burst=1e9)


def no_throttle() -> AIORateLimiter:
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)


@contextlib.asynccontextmanager
async def legwork_bot(
    server: FakeServerProcess, concurrency: int, limits: bool
) -> AsyncIterator[Callable[[], None]]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            database=str(Path(tmp) / "bench.db"),
            base_dir=Path(tmp),
            telegram=TelegramConfig(
                api_base_url=server.base_url,
                file_base_url=server.base_url.replace("/bot", "/file/bot"),
                concurrent_updates=concurrency,
                poll_timeout=10,
            ),
        )
        store = Store(settings.database_path)
        await store.open()
        # The runners signed up over the past year (their routines depend on the week), and every
        # round is a new day: each runner's first /workout in a round misses the routine cache.
        for k in range(USERS):
            since = NOW - timedelta(weeks=k % 52, days=k % 7)
            await store.ensure_user("telegram", str(FIRST_USER + k), f"Runner{k}", since)
        day = NOW + timedelta(days=2 * next(DAYS))
        today = [day - timedelta(days=1)]  # the warm-up round; the measured round is `day`
        adapter = TelegramAdapter(
            server.token,
            settings,
            Deps(store=store, settings=settings),
            clock=lambda: today[0],
            # Its own send budget (bot/telegram/pacing.py), unthrottled unless --with-limits.
            budget=None if limits else SendBudget(UNTHROTTLED),
        )
        await adapter.start()
        try:
            yield lambda: today.__setitem__(0, day)
        finally:
            await adapter.stop()
            await store.close()


@contextlib.asynccontextmanager
async def echo_bot(
    server: FakeServerProcess, concurrency: int, limits: bool
) -> AsyncIterator[Callable[[], None]]:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.message.text is not None
        await update.message.reply_text(update.message.text)

    app = (
        ApplicationBuilder()
        .token(server.token)
        .base_url(server.base_url)
        .concurrent_updates(concurrency)
        .rate_limiter(AIORateLimiter(max_retries=3) if limits else no_throttle())
        .job_queue(None)
        .pool_timeout(10.0)
        .build()
    )

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        logging.getLogger("telegram").warning("echo bot: %s", context.error)

    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_error_handler(on_error)
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(timeout=10)
    try:
        yield lambda: None
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


@dataclass
class Result:
    rates: list[float] = field(default_factory=list)  # updates per second, per round
    cpus: list[float] = field(default_factory=list)  # this process's CPU µs per update, per round
    retries: int = 0  # replies re-sent after a timeout or error (can inflate the count: see footnote)

    def add(self, n: int, wall: float, cpu: float) -> None:
        self.rates.append(n / wall)
        self.cpus.append(cpu / n * 1e6)

    @property
    def rate(self) -> float:
        return statistics.median(self.rates)

    @property
    def cpu_us(self) -> float:
        return statistics.median(self.cpus)


def ratio(echo: Result, legwork: Result) -> float:
    """Median of the per-round ratios: each Legwork round against the echo round beside it."""
    return statistics.median(lw / e for lw, e in zip(legwork.rates, echo.rates, strict=True))


class CountFailures(logging.Handler):
    """Counts (and swallows) the bots' send failures, so an overloaded round is visible."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


FAILURES = CountFailures()


async def one_round(server: FakeServerProcess, kind: str, concurrency: int, n: int, result: Result) -> None:
    bot = legwork_bot if kind == "legwork" else echo_bot
    async with bot(server, concurrency, False) as next_day:
        await server.round(min(100, n))  # warm up: connections, imports (Legwork: the day before)
        next_day()
        before = FAILURES.count
        cpu = time.process_time()
        wall = await server.round(n)
        result.add(n, wall, time.process_time() - cpu)
        result.retries += FAILURES.count - before


async def compare(server: FakeServerProcess, concurrency: int, n: int, rounds: int) -> tuple[Result, Result]:
    """Echo and Legwork rounds alternate (ABBA...), so both see the same background load."""
    echo, legwork = Result(), Result()
    for i in range(rounds):
        order = ("echo", "legwork") if i % 2 == 0 else ("legwork", "echo")
        for kind in order:
            await one_round(server, kind, concurrency, n, echo if kind == "echo" else legwork)
    return echo, legwork


async def limited_rate(server: FakeServerProcess, n: int) -> float:
    async with legwork_bot(server, 8, True) as next_day:
        await server.round(20)
        next_day()
        return n / await server.round(n)


def table(results: dict[int, tuple[Result, Result]]) -> None:
    head = ("concurrency", "echo/s", "Legwork/s", "ratio", "echo µs", "Legwork µs", "retries")
    widths = (11, 7, 9, 6, 8, 10, 7)
    print("  " + "  ".join(f"{h:>{w}}" for h, w in zip(head, widths, strict=True)))
    for c, (e, lw) in results.items():
        cells = (
            c,
            f"{e.rate:.0f}",
            f"{lw.rate:.0f}",
            f"{ratio(e, lw):.0%}",
            f"{e.cpu_us:.0f}",
            f"{lw.cpu_us:.0f}",
            f"{e.retries}/{lw.retries}",
        )
        print("  " + "  ".join(f"{x!s:>{w}}" for x, w in zip(cells, widths, strict=True)))


async def main(n: int, rounds: int, quick: bool, with_limits: bool, latency_ms: float) -> None:
    for name in ("bot.telegram.adapter", "telegram", "handlers"):
        logging.getLogger(name).addHandler(FAILURES)
        logging.getLogger(name).propagate = False
    print(
        f"Telegram bench: /workout <setting k % 5>, {n} updates per round from {USERS} runners, {rounds} "
        "alternating rounds per bot; fake Bot API server in its own process"
    )
    sweep = (1, 8) if quick else (1, 8, 64, 256)
    gc_tuning.settle()  # the collector settings serve() applies once the bot has started
    async with FakeServerProcess() as server:
        results = {c: await compare(server, c, n, rounds) for c in sweep}
        echo, legwork = results[8]
        print("\nconcurrent_updates=8 (the default), no network latency")
        print(f"  echo bot           {echo.rate:7.0f} updates/s   {echo.cpu_us:6.0f} µs CPU/update")
        print(f"  Legwork /workout   {legwork.rate:7.0f} updates/s   {legwork.cpu_us:6.0f} µs CPU/update")
        print(
            f"  ratio              {ratio(echo, legwork):7.0%}  (median of per-round ratios; target >= 70%)"
        )
        print(
            f"  by CPU per update  {echo.cpu_us / legwork.cpu_us:7.0%}  (echo's µs / Legwork's µs, medians)"
        )
        print("\nconcurrent_updates sweep, no network latency (CPU-bound)")
        table(results)

        if latency_ms > 0:
            await server.control("latency", {"seconds": latency_ms / 1000})
            n_lat = max(50, n // 4)
            lat = {c: await compare(server, c, n_lat, 2) for c in sweep}
            await server.control("latency", {"seconds": 0})
            print(
                f"\nconcurrent_updates sweep, {latency_ms:g} ms per Bot API call "
                f"(a round trip to api.telegram.org), {n_lat} updates"
            )
            table(lat)
        print(
            "\n  updates/s: median round; ratio: median of Legwork/echo over adjacent rounds;"
            "\n  µs: this process's CPU time per update (median round); retries: echo/Legwork sends that"
            "\n  failed and were logged (timeouts when the fake server falls > 5 s behind; Legwork"
            "\n  re-sends, which can count twice)"
        )
        if with_limits:
            limited = await limited_rate(server, 150)
            print(f"\nwith the production send budget (30 msg/s): Legwork {limited:.0f} updates/s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=600, help="updates per round (default 600)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per bot (default 3)")
    parser.add_argument("--latency-ms", type=float, default=50, help="simulated Bot API latency (0: skip)")
    parser.add_argument("--quick", action="store_true", help="sweep only 1 and 8")
    parser.add_argument("--with-limits", action="store_true", help="also run with Telegram's 30 msg/s limit")
    args = parser.parse_args()
    asyncio.run(main(args.n, args.rounds, args.quick, args.with_limits, args.latency_ms))
