"""A database outage is logged as one outage, not a line (or a traceback) per update (#30 item 3).

In-process: the real adapters against the fake servers, on a real store behind a switch that
makes every call fail as a lost connection does, for a while.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.dbfaults import DatabaseOutage, unavailable
from bot.outage import OutageLog
from bot.telegram.adapter import TelegramAdapter
from handlers import registry
from handlers.deps import Deps
from handlers.store import Store
from tests.conftest import NOW, Backend, request
from tests.fakes.telegram_server import FakeTelegramServer, make_user, private_chat
from tests.test_telegram import tg_settings


class DownStore:
    """The real store behind a switch: while `down`, every call fails as the backend fails when
    its server is gone (asyncpg's ConnectionDoesNotExistError, SQLite's "unable to open")."""

    def __init__(self, store: Store, backend: str) -> None:
        self._store = store
        self._backend = backend
        self.down = False
        self.failed = 0

    def _error(self) -> Exception:
        if self._backend == "postgres":
            import asyncpg

            return asyncpg.exceptions.ConnectionDoesNotExistError(
                "connection was closed in the middle of operation"
            )
        return sqlite3.OperationalError("unable to open database file")

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._store, name)
        if not asyncio.iscoroutinefunction(target):
            return target

        async def call(*args: object, **kwargs: object) -> object:
            if self.down:
                self.failed += 1
                raise self._error()
            return await target(*args, **kwargs)

        return call


class Records:
    """The log records of the test's call phase (caplog's list is replaced between phases)."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self.caplog = caplog

    def __iter__(self) -> Iterator[logging.LogRecord]:
        return iter(self.caplog.records)


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> Records:
    caplog.set_level(logging.INFO)
    return Records(caplog)


def warnings_of(records: Records) -> list[str]:
    return [
        r.getMessage()
        for r in records
        if r.levelno >= logging.WARNING and r.name.startswith(("bot", "handlers"))
    ]


USERS = [make_user(3000 + i, f"R{i}") for i in range(12)]


async def test_polling_logs_a_database_outage_once_not_a_traceback_per_update(
    server_and_bot: tuple[FakeTelegramServer, TelegramAdapter, DownStore], records: Records
) -> None:
    server, _, down = server_and_bot
    down.down = True
    for round_ in range(3):
        mark = server.mark()
        for u in USERS:
            server.send_text(private_chat(u), u, f"/done home {20 + round_}")
        for u in USERS:
            await server.wait_for(
                "sendMessage", lambda c, u=u: c.params.get("chat_id") == u["id"], since=mark
            )
    assert down.failed >= 36
    lines = warnings_of(records)
    assert len(lines) == 1, lines  # before: a traceback per handler (36 of them)
    assert lines[0].startswith("the database failing (")
    assert not any(r.exc_info for r in records)
    down.down = False
    mark = server.mark()
    server.send_text(private_chat(USERS[0]), USERS[0], "/done home 30")
    await server.wait_for("sendMessage", lambda c: "Logged" in str(c.params.get("text")), since=mark)
    for _ in range(50):
        if len(warnings_of(records)) == 2:
            break
        await asyncio.sleep(0.02)
    lines = warnings_of(records)
    assert len(lines) == 2 and lines[1].startswith("the database working again after"), lines


async def test_webhook_logs_a_database_outage_once_not_a_line_per_delivery(
    tmp_path: Path, backend: Backend, records: Records
) -> None:
    async with FakeTelegramServer() as server:
        store = backend.new()
        await store.open()
        down = DownStore(store, backend.name)
        settings = tg_settings(
            server,
            tmp_path,
            mode="webhook",
            webhook_url="https://legwork.example/tg/hook",
            webhook_listen="127.0.0.1",
            webhook_port=0,
        )
        adapter = TelegramAdapter(
            server.token,
            settings,
            Deps(store=down, settings=settings),  # type: ignore[arg-type]
            clock=lambda: NOW,
            webhook_secret="s3",
        )
        await adapter.start()
        try:
            url = f"http://127.0.0.1:{adapter.webhook_port}/tg/hook"
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3"}
            down.down = True
            async with aiohttp.ClientSession() as http:
                statuses = []
                for i in range(60):
                    u = USERS[i % len(USERS)]
                    update = server.send_text(private_chat(u), u, "/done home 20")
                    async with http.post(url, json=update, headers=headers) as r:
                        statuses.append(r.status)
                assert statuses == [503] * 60  # Telegram sends them again later
                lines = warnings_of(records)
                assert len(lines) == 1 and lines[0].startswith("the database failing"), lines  # before: 60
                down.down = False
                async with http.post(url, json=update, headers=headers) as r:
                    assert r.status == 200
            lines = warnings_of(records)
            assert len(lines) == 2 and lines[1].startswith("the database working again"), lines
            assert not any(r.exc_info for r in records)
        finally:
            await adapter.stop()
            await store.close()


async def test_dispatch_keeps_the_traceback_of_a_bug_and_reports_an_outage_once(
    deps: Deps, backend: Backend, records: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    down = DownStore(deps.store, backend.name)
    ddeps = Deps(store=down, settings=deps.settings, outage=DatabaseOutage(down))  # type: ignore[arg-type]
    down.down = True
    for _ in range(20):
        [reply] = await registry.dispatch(request("/done home 20"), ddeps)
        assert reply.text == registry.APOLOGY
    assert len(warnings_of(records)) == 1
    # /tips needs no database: it works, but the outage is over only once the database answers.
    [tips] = await registry.dispatch(request("/tips"), ddeps)
    assert tips.text != registry.APOLOGY
    assert len(warnings_of(records)) == 1
    down.down = False
    await registry.dispatch(request("/tips"), ddeps)
    assert [m.split(" after")[0] for m in warnings_of(records)[1:]] == ["the database working again"]

    async def broken(req: object, deps: object) -> list[object]:
        raise KeyError("a bug")

    monkeypatch.setitem(registry.COMMANDS, "tips", registry.Command("tips", broken, "", "", "/tips"))  # type: ignore[arg-type]
    for _ in range(2):
        await registry.dispatch(request("/tips"), ddeps)
    bugs = [r for r in records if r.exc_info]
    assert len(bugs) == 2 and all(isinstance(r.exc_info[1], KeyError) for r in bugs if r.exc_info)


def test_an_outage_is_summarised_at_most_every_30_seconds() -> None:
    now = [0.0]
    logged: list[str] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            logged.append(record.getMessage())

    logger = logging.getLogger("tests.outage")
    logger.addHandler(Catch())
    logger.propagate = False
    out = OutageLog(logger, "the database", clock=lambda: now[0])
    for _ in range(1200):  # 120 s of failures, 10 a second
        out.failed(ConnectionRefusedError("refused"))
        now[0] += 0.1
    out.ok()
    assert len(logged) == 1 + 3 + 1  # the start, a summary at 30, 60 and 90 s, the end
    assert "1200 failures" in logged[-1]


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (ConnectionRefusedError(111, "Connection refused"), True),
        (OSError(5, "Input/output error"), True),
        (sqlite3.OperationalError("database is locked"), True),
        (sqlite3.OperationalError("unable to open database file"), True),
        (sqlite3.OperationalError("no such table: users"), False),
        (KeyError("x"), False),
        (ValueError("bad"), False),
    ],
)
def test_what_counts_as_the_database_being_unavailable(exc: BaseException, expected: bool) -> None:
    assert unavailable(exc) is expected


def test_asyncpg_connection_errors_count_as_unavailable() -> None:
    import asyncpg

    assert unavailable(asyncpg.exceptions.ConnectionDoesNotExistError("closed"))
    assert unavailable(asyncpg.exceptions.CannotConnectNowError("starting up"))
    assert unavailable(asyncpg.exceptions.InterfaceError("pool is closing"))
    assert not unavailable(asyncpg.exceptions.UniqueViolationError("dup"))
    wrapped = RuntimeError("while handling")
    wrapped.__cause__ = ConnectionResetError()
    assert unavailable(wrapped)


@pytest.fixture
async def server_and_bot(tmp_path: Path, backend: Backend) -> Any:
    async with FakeTelegramServer() as server:
        store = backend.new()
        await store.open()
        down = DownStore(store, backend.name)
        settings = tg_settings(server, tmp_path)
        adapter = TelegramAdapter(
            server.token,
            settings,
            Deps(store=down, settings=settings),
            clock=lambda: NOW,
            retry_delay=0.01,  # type: ignore[arg-type]
        )
        await adapter.start()
        try:
            yield server, adapter, down
        finally:
            await adapter.stop()
            await store.close()
