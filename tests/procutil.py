"""Helpers for process-level tests: the real ``python -m bot`` as a subprocess.

The fake platform servers run in the test's own event loop, so nothing here may block that loop
for long: waiting for the bot (to start, to exit) polls with short sleeps up to a deadline.
Every started process is killed by ``BotProcess.close()`` (call it in a ``finally``).
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import IO, Any

from bot.store.sqlite import Store
from tests.fakes.telegram_server import FakeTelegramServer
from tests.storeutil import table_names, table_rows

ROOT = Path(__file__).resolve().parent.parent
RUNNING = "Legwork is running"
SECRET_VARS = ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "LEGWORK_DATABASE_URL")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(
    path: Path,
    database: Path | str,
    *,
    telegram_url: str | None = None,
    telegram_file_url: str | None = None,
    discord_api: str | None = None,
    discord_gateway: str | None = None,
    lease_seconds: float = 1.0,
    grace_hours: float = 2.0,
    log_level: str = "INFO",
    poll_timeout: int = 2,
    concurrent_updates: int = 8,
    bot_extra: dict[str, object] | None = None,
    telegram_extra: dict[str, object] | None = None,
) -> Path:
    """A config.toml for one test: the database in tmp_path, the platforms at the fake servers."""
    lines = [
        "[bot]",
        f'database = "{database}"',
        'timezone = "UTC"',
        f'log_level = "{log_level}"',
        *_toml_lines(bot_extra),
        "[reminders]",
        f"grace_hours = {grace_hours}",
        "recovery_week = false",
        f"claim_lease_seconds = {lease_seconds}",
        "[telegram]",
        f"poll_timeout = {poll_timeout}",
        f"concurrent_updates = {concurrent_updates}",
        *_toml_lines(telegram_extra),
    ]
    if telegram_url:
        lines.append(f'api_base_url = "{telegram_url}"')
    if telegram_file_url:
        lines.append(f'file_base_url = "{telegram_file_url}"')
    lines.append("[discord]")
    if discord_api:
        lines.append(f'api_base_url = "{discord_api}"')
    if discord_gateway:
        lines.append(f'gateway_url = "{discord_gateway}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml_lines(values: dict[str, object] | None) -> list[str]:
    out = []
    for key, value in (values or {}).items():
        text = (
            f'"{value}"'
            if isinstance(value, str)
            else str(value).lower()
            if isinstance(value, bool)
            else value
        )
        out.append(f"{key} = {text}")
    return out


async def poll_until(
    predicate: Callable[[], bool], within: float, what: str, interval: float = 0.02
) -> float:
    """Wait (without blocking the loop) until predicate() is true; returns the seconds it took."""
    started = time.monotonic()
    deadline = started + within
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within:g}s waiting for {what}")
        await asyncio.sleep(interval)
    return time.monotonic() - started


class BotProcess:
    """One bot process after another on the same config (runs are numbered for the log files)."""

    def __init__(
        self,
        workdir: Path,
        config: Path,
        *,
        telegram_token: str | None = None,
        discord_token: str | None = None,
        env: dict[str, str] | None = None,
        name: str = "bot",
    ) -> None:
        self.workdir = workdir
        self.name = name
        self.config = config
        self.env = {k: v for k, v in os.environ.items() if k not in SECRET_VARS}
        self.env["PYTHONUNBUFFERED"] = "1"
        if telegram_token:
            self.env["TELEGRAM_BOT_TOKEN"] = telegram_token
        if discord_token:
            self.env["DISCORD_BOT_TOKEN"] = discord_token
        self.env.update(env or {})
        self.proc: subprocess.Popen[bytes] | None = None
        self.runs = 0
        self.started_at = 0.0
        self._files: list[IO[Any]] = []

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        self.runs += 1
        out = open(self.stdout_path(self.runs), "wb")
        err = open(self.stderr_path(self.runs), "wb")
        self._files += [out, err]
        self.started_at = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", str(self.config)],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )

    async def wait_running(self, within: float = 30.0) -> float:
        """Until the bot logs that it runs (fails early if it exits); returns the start-up time."""

        def up() -> bool:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"the bot exited with {self.proc.returncode}:\n{self.stderr()[-3000:]}")
            return RUNNING in self.stderr()

        await poll_until(up, within, "the bot to start")
        return time.monotonic() - self.started_at

    async def start_and_wait(self, within: float = 30.0) -> float:
        self.start()
        return await self.wait_running(within)

    def send_signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def kill9(self) -> None:
        """SIGKILL: no shutdown code runs, like a power cut for the process."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)  # a killed process is reaped at once

    async def wait_exit(self, within: float) -> int:
        assert self.proc is not None
        proc = self.proc
        await poll_until(lambda: proc.poll() is not None, within, "the bot to exit")
        assert proc.returncode is not None
        return proc.returncode

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def close(self) -> None:
        """Teardown: kill the process if it still runs and close the log files."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        for f in self._files:
            f.close()
        self._files.clear()

    # --- output ------------------------------------------------------------------------------

    def stdout_path(self, run: int) -> Path:
        return self.workdir / f"{self.name}-{run}.stdout"

    def stderr_path(self, run: int) -> Path:
        return self.workdir / f"{self.name}-{run}.stderr"

    def stderr(self, run: int | None = None) -> str:
        path = self.stderr_path(run or self.runs)
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stdout(self, run: int | None = None) -> str:
        path = self.stdout_path(run or self.runs)
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def all_output(self) -> str:
        return "".join(self.stdout(r) + self.stderr(r) for r in range(1, self.runs + 1))


# --- the database, read from the test process ----------------------------------------------------


def query(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """A read on the bot's SQLite file (WAL: safe while the bot runs, and after a kill -9)."""
    con = sqlite3.connect(db, timeout=10)
    try:
        return list(con.execute(sql, params).fetchall())
    finally:
        con.close()


def integrity(db: Path) -> str:
    return str(query(db, "PRAGMA integrity_check")[0][0])


# --- the database, through the Store (in-process adapter tests) -----------------------------------

Dump = dict[str, list[tuple[tuple[str, Any], ...]]]  # table -> rows as (column, value) pairs
FIRST_CONTACT = ("users", "chats")  # a refused request may still create these rows (with no settings)
# Bookkeeping, not user data: a command that must not run twice notes its message before running.
BOOKKEEPING = ("handled_messages",)


async def dump(store: Any) -> Dump:
    """Every row of every table (sorted), for before/after comparisons."""
    out: Dump = {}
    for name in await table_names(store):
        out[name] = await table_rows(store, name, named=True)
    return out


def assert_unchanged(before: Dump, after: Dump, what: str = "") -> None:
    """Nothing changed, except that a first contact may have added a user or chat row (without a
    time zone or anything else set)."""
    assert set(before) == set(after)
    for table in before:
        if table in BOOKKEEPING:
            continue
        if table in FIRST_CONTACT:
            missing = set(before[table]) - set(after[table])
            assert not missing, f"{what}: {table} rows changed or removed: {sorted(missing)[:3]}"
            added = [dict(r) for r in set(after[table]) - set(before[table])]
            assert all(r.get("tz") is None for r in added), f"{what}: {table} added with settings: {added}"
        else:
            assert after[table] == before[table], f"{what}: table {table} changed"


@asynccontextmanager
async def telegram_bot(tmp: Path) -> AsyncIterator[tuple[FakeTelegramServer, Store]]:
    """A Legwork Telegram adapter running in this loop against a fresh fake Bot API server."""
    from bot.config import Settings, TelegramConfig
    from bot.services.ratelimit import Limit, SendBudget
    from bot.telegram.adapter import TelegramAdapter
    from handlers.deps import Deps
    from tests.conftest import NOW

    async with FakeTelegramServer() as server:
        store = Store(tmp / "legwork.db")
        await store.open()
        cfg = TelegramConfig(
            api_base_url=server.base_url, file_base_url=server.base_file_url, poll_timeout=10
        )
        settings = Settings(database=str(tmp / "legwork.db"), base_dir=tmp, telegram=cfg)
        # Pacing has its own tests (test_delivery, test_ratelimit); these bots answer many presses
        # from a few chats, so the chats' limits are lifted to keep the suite quick.
        fast = Limit(rate=1000.0, burst=100.0)
        adapter = TelegramAdapter(
            server.token,
            settings,
            Deps(store=store, settings=settings),
            clock=lambda: NOW,
            retry_delay=0.01,
            budget=SendBudget(fast, fast, group_limit=fast),
        )
        await adapter.start()
        server.bot_outbox = adapter.outbox
        try:
            yield server, store
        finally:
            await adapter.stop()
            await store.close()


@asynccontextmanager
async def discord_bot(tmp: Path, server: Any, token: str) -> AsyncIterator[Store]:
    """A Legwork Discord adapter running in this loop against an already started fake Discord."""
    from bot.config import DiscordConfig, Settings
    from bot.discord.adapter import DiscordAdapter
    from handlers.deps import Deps
    from tests.conftest import NOW

    store = Store(tmp / "legwork.db")
    await store.open()
    cfg = DiscordConfig(api_base_url=server.api_base, gateway_url=server.gateway_url)
    settings = Settings(database=str(tmp / "legwork.db"), base_dir=tmp, discord=cfg)
    adapter = DiscordAdapter(
        token, settings, Deps(store=store, settings=settings), clock=lambda: NOW, guild_ready_timeout=0.05
    )
    await adapter.start()
    try:
        yield store
    finally:
        await adapter.stop()
        await store.close()
