"""The shims over libraries' private insides (bot/compat/): each is pinned to the version range it
was checked against, and each internal is shown to still exist and behave as the shim assumes.

A failure here after an upgrade means: re-check that shim against the new version's source,
then move its ``CHECKED``.
"""

from __future__ import annotations

import asyncio
import importlib
import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta
from importlib.metadata import version
from pathlib import Path

import aiosqlite
import discord
import httpx
import pytest
import yarl
from aiohttp import web
from discord.gateway import DiscordWebSocket
from packaging.specifiers import SpecifierSet
from telegram.error import RetryAfter
from telegram.request import BaseRequest, HTTPXRequest

from bot.compat import aiohttp as compat_aiohttp
from bot.compat import aiosqlite as compat_aiosqlite
from bot.compat import discord as compat_discord
from bot.compat import futures as compat_futures
from bot.compat import httpx as compat_httpx
from bot.compat import telegram as compat_telegram
from bot.compat import telegram_import as compat_telegram_import
from bot.compat import telegram_retry as compat_telegram_retry

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("shim", "dist"),
    [
        (compat_aiosqlite, "aiosqlite"),
        (compat_telegram, "python-telegram-bot"),
        (compat_telegram_retry, "python-telegram-bot"),
        (compat_telegram_import, "python-telegram-bot"),
        (compat_discord, "discord.py"),
        (compat_aiohttp, "aiohttp"),
        (compat_httpx, "httpx"),
    ],
)
def test_each_shim_runs_on_the_version_it_was_checked_against(shim: object, dist: str) -> None:
    checked = SpecifierSet(shim.CHECKED)  # type: ignore[attr-defined]
    assert version(dist) in checked, f"{dist} {version(dist)} is outside {checked}: re-check {shim}"


def test_the_futures_shim_runs_on_the_python_it_was_checked_against() -> None:
    here = ".".join(map(str, sys.version_info[:3]))
    assert here in SpecifierSet(compat_futures.CHECKED)


async def test_aiosqlite_runs_a_function_on_its_thread_with_the_raw_connection(tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "t.db") as db:
        await db.execute("CREATE TABLE t (x INTEGER)")
        await db.commit()
        conn = compat_aiosqlite.raw_connection(db)
        assert isinstance(conn, sqlite3.Connection)
        seen: list[int] = []

        def work() -> int:
            seen.append(threading.get_ident())
            conn.execute("INSERT INTO t VALUES (7)")
            conn.commit()
            return conn.execute("SELECT SUM(x) FROM t").fetchone()[0]

        assert await compat_aiosqlite.on_thread(db, work) == 7
        assert seen and seen[0] != threading.get_ident()  # on aiosqlite's thread, not the loop's
        # The raw connection is the one aiosqlite's own calls use: they see the row.
        assert await db.execute_fetchall("SELECT x FROM t") == [(7,)]

        def fails() -> None:
            raise ValueError("boom")

        with pytest.raises(ValueError, match="boom"):
            await compat_aiosqlite.on_thread(db, fails)


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # RetryAfter's own message
def test_ptb_retry_after_keeps_its_wait_as_a_timedelta() -> None:
    assert compat_telegram_retry.retry_after_delta(RetryAfter(3)) == timedelta(seconds=3)
    assert compat_telegram_retry.retry_after_delta(RetryAfter(timedelta(seconds=1.5))) == timedelta(
        seconds=1.5
    )
    assert compat_telegram_retry.retry_after_delta(RuntimeError()) is None


@pytest.mark.subprocess
def test_the_retry_shim_loads_no_platform_library() -> None:
    code = (
        "import sys, bot.compat.telegram_retry, bot.services.ratelimit; "
        "print(','.join(m for m in ('telegram', 'discord', 'httpx') if m in sys.modules) or '-')"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "-"


async def test_ptb_request_internals() -> None:
    # The "not given" marker PTB hands to do_request is of the shim's DefaultValue class.
    assert isinstance(BaseRequest.DEFAULT_NONE, compat_telegram.DefaultValue)
    req = HTTPXRequest(connect_timeout=3.0)
    await req.initialize()
    try:
        client = compat_telegram.client_of(req)
        assert isinstance(client, httpx.AsyncClient) and not client.is_closed
        assert client.timeout.connect == 3.0  # the client built from this request's settings
    finally:
        await req.shutdown()
    assert compat_telegram.client_of(req).is_closed


def test_discord_is_aimed_through_its_class_attributes() -> None:
    base, gateway = discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    try:
        compat_discord.aim("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/")
        assert discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        assert DiscordWebSocket.DEFAULT_GATEWAY == yarl.URL("ws://127.0.0.1:9/")
    finally:
        discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


async def test_aiohttp_site_reports_the_port_it_bound() -> None:
    runner = web.AppRunner(web.Application())
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        assert compat_aiohttp.bound_port(site) is None  # not started yet
        await site.start()
        port = compat_aiohttp.bound_port(site)
        assert port is not None and port > 0
        _, writer = await asyncio.open_connection("127.0.0.1", port)  # something listens there
        writer.close()
        await writer.wait_closed()
    finally:
        await runner.cleanup()


@pytest.mark.subprocess
def test_process_pool_workers_are_listed() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert compat_futures.worker_pids(pool) == []
        pid = pool.submit(_pid).result(timeout=60)
        assert compat_futures.worker_pids(pool) == [pid]
    assert compat_futures.worker_pids(None) == []


def _pid() -> int:
    import os

    return os.getpid()


def test_httpx_keeps_its_stub_when_its_cli_is_skipped() -> None:
    # bot/__init__.py ran the shim before httpx was imported (this test module imports bot.compat).
    assert sys.modules.get(compat_httpx.CLI_MODULE, "absent") is None
    assert callable(httpx.main)  # the stub httpx defines when its CLI can't be imported
    with pytest.raises(ImportError):
        importlib.import_module(compat_httpx.CLI_MODULE)


@pytest.mark.subprocess
def test_telegram_is_imported_without_passport_cryptography_which_strava_can_still_load() -> None:
    # A fresh interpreter, as the bot process: the Telegram adapter loads PTB with cryptography
    # hidden (PTB takes its own "not installed" branch), and Strava's Fernet still imports after.
    script = (
        "import sys\n"
        "import bot.telegram.adapter\n"
        "import telegram._passport.credentials as c\n"
        "print('crypto-at-start', 'cryptography' in sys.modules, c.CRYPTO_INSTALLED)\n"
        "from bot.services.strava_keys import TokenBox\n"
        "from cryptography.fernet import Fernet\n"
        "box = TokenBox(Fernet.generate_key().decode())\n"
        "print('fernet', box.open(box.seal('tok')) == 'tok', sys.meta_path[0].__class__.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "crypto-at-start False False"
    assert lines[1].startswith("fernet True ") and not lines[1].endswith("_Hide")
