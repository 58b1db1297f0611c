"""Start-up with a database that can't be opened: ``python -m bot`` as a process.

A wrong setting (a path that can't be created, a missing database or role, a malformed URL) ends
the start with exit code 2 and one line naming the setting, no traceback, no password. A database
that is down (its port closed) is waited for with capped back-off, one line per attempt, and the
bot runs once it is there (a TCP relay to the test server opens the port late).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.telegram_server import FakeTelegramServer
from tests.pgutil import fresh_database, server_url
from tests.procutil import BotProcess, free_port, write_config

pytestmark = pytest.mark.subprocess

TOKEN = "987654323:db-start-test-token"
PASSWORD = "pw-Db7Start"


def pg_root() -> str:
    """The test server's URL without a database name: postgresql://user@host:port"""
    head = server_url().partition("?")[0]
    return head.rsplit("/", 1)[0] if head.count("/") > 2 else head


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegramServer]:
    async with FakeTelegramServer(token=TOKEN) as s:
        yield s


def bot_for(tmp_path: Path, tg: FakeTelegramServer, database: str, env_url: str | None) -> BotProcess:
    config = write_config(
        tmp_path / "config.toml", database, telegram_url=tg.base_url, telegram_file_url=tg.base_file_url
    )
    env = {"LEGWORK_DATABASE_URL": env_url} if env_url else {}
    return BotProcess(tmp_path, config, telegram_token=TOKEN, env=env)


def cases(tmp_path: Path) -> dict[str, tuple[str, str | None, str]]:
    """name -> ([bot] database, LEGWORK_DATABASE_URL, the setting the line must name)"""
    root = pg_root()
    host = root.split("@", 1)[-1].split("://", 1)[-1]
    return {
        "sqlite file that can't be created": (
            str(tmp_path / "a-file" / "legwork.db"),
            None,
            "[bot] database",
        ),
        "missing database": ("legwork.db", f"{root}/legwork_no_such_database", "LEGWORK_DATABASE_URL"),
        "missing role": (
            "legwork.db",
            f"postgresql://nosuchrole_x:{PASSWORD}@{host}/postgres",
            "LEGWORK_DATABASE_URL",
        ),
        "malformed URL": ("legwork.db", f"postgresql://u:{PASSWORD}@[::1/x:port", "LEGWORK_DATABASE_URL"),
        "port that is no number": (
            "legwork.db",
            f"postgresql://u:{PASSWORD}@127.0.0.1:nope/x",
            "LEGWORK_DATABASE_URL",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "sqlite file that can't be created",
        "missing database",
        "missing role",
        "malformed URL",
        "port that is no number",
    ],
)
async def test_a_wrong_database_setting_exits_2_with_one_line(
    tmp_path: Path, tg: FakeTelegramServer, case: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    database, env_url, setting = cases(tmp_path)[case]
    bot = bot_for(tmp_path, tg, database, env_url)
    try:
        bot.start()
        assert await bot.wait_exit(30) == 2
    finally:
        bot.close()
    err = bot.stderr().strip()
    assert "Traceback" not in err and PASSWORD not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("legwork: ") and setting in lines[0], err


async def relay(port: int, target: tuple[str, int]) -> asyncio.Server:
    """A TCP relay on 127.0.0.1:`port` to the test server (the database 'comes back' on that port)."""

    async def pipe(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        with contextlib.suppress(Exception):
            while data := await r.read(65536):
                w.write(data)
                await w.drain()
        w.close()

    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        tr, tw = await asyncio.open_connection(*target)
        await asyncio.gather(pipe(r, tw), pipe(tr, w))

    return await asyncio.start_server(handle, "127.0.0.1", port)


async def test_a_database_that_is_down_at_start_is_waited_for(tmp_path: Path, tg: FakeTelegramServer) -> None:
    port = free_port()
    host_port = pg_root().rsplit("@", 1)[-1].split("://", 1)[-1]
    host, _, pg_port = host_port.partition(":")
    async with fresh_database() as url:
        name = url.rsplit("/", 1)[1]
        user = pg_root().split("://", 1)[1].split("@", 1)[0]
        bot = bot_for(tmp_path, tg, "legwork.db", f"postgresql://{user}@127.0.0.1:{port}/{name}")
        server = None
        try:
            bot.start()
            for _ in range(200):  # two attempts logged (1 s, then about 2 s)
                if bot.stderr().count("trying again") >= 2:
                    break
                assert bot.running, bot.stderr()
                await asyncio.sleep(0.1)
            assert bot.stderr().count("trying again") >= 2, bot.stderr()
            server = await relay(port, (host or "127.0.0.1", int(pg_port or 5432)))
            up = await bot.wait_running(within=60)
            bot.send_signal(15)
            assert await bot.wait_exit(15) == 0
        finally:
            bot.close()
            if server is not None:
                server.close()
    err = bot.stderr()
    attempts = [ln for ln in err.splitlines() if "database: can't open" in ln]
    print(f"database down at start: {len(attempts)} attempts logged, running {up:.1f} s after the start")
    assert "Traceback" not in err
    assert all("ConnectionRefusedError" in ln and "trying again in" in ln for ln in attempts), attempts
    assert 2 <= len(attempts) <= 6
