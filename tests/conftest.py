"""Shared fixtures: a real store on each backend (SQLite in tmp_path, PostgreSQL in a throwaway
database), deps, a request builder, and a network trap."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import Settings
from bot.store import make_store
from bot.store.sqlite import Store
from handlers.deps import Deps
from handlers.registry import dispatch, parse_command
from handlers.types import Chat, Reply, Request
from tests.fakes.charts import RecordingCharts

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

# Every process this test session starts inherits this mark (bot processes, their chart workers,
# multiprocessing's helpers), so the session can tell at its end whether it left any behind.
SESSION_MARK = "LEGWORK_TEST_SESSION"
os.environ.setdefault(SESSION_MARK, uuid.uuid4().hex)


def _marked_processes(mark: str) -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every running process carrying `mark`."""
    found: dict[int, tuple[int, str]] = {}
    needle = f"{SESSION_MARK}={mark}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                if needle not in f.read().split(b"\0"):
                    continue
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if fields[0] == "Z":
                continue  # a zombie: gone, waiting for its reaper
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except (OSError, IndexError):
            continue
        found[int(entry)] = (int(fields[2]), cmd)
    return found


def left_behind(mark: str) -> dict[int, str]:
    """This session's orphans: marked processes whose parent (part of the session) has died."""
    procs = _marked_processes(mark)
    me = os.getpid()  # this process set the mark after it started, so it is not among them
    return {pid: cmd for pid, (ppid, cmd) in procs.items() if ppid not in procs and me not in (pid, ppid)}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if a process it started outlived its parent (a chart worker after its bot's
    kill -9, say). Allowed a few seconds: a worker notices its parent's death within a second."""
    if os.environ.get("PYTEST_XDIST_WORKER") or not os.path.isdir("/proc"):
        return  # the controller checks, once, for every worker
    mark = os.environ[SESSION_MARK]
    deadline = time.monotonic() + 5.0
    orphans = left_behind(mark)
    while orphans and time.monotonic() < deadline:
        time.sleep(0.2)
        orphans = left_behind(mark)
    if orphans:
        lines = "\n".join(f"  {pid}: {cmd[:200]}" for pid, cmd in sorted(orphans.items()))
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        text = f"processes this test session started are still running:\n{lines}"
        if reporter is not None:
            reporter.write_line(text, red=True)
        else:
            print(text)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist (make test: --dist loadgroup) the tests that start processes run in two
    chains, each one test after another on one worker: they time real processes, and many at
    once on a 2-core machine would only starve each other. The in-process tests fill the other
    workers."""
    for item in items:
        if item.get_closest_marker("subprocess") is not None:
            item.add_marker(pytest.mark.xdist_group(_process_group(item)))
        if DATELESS.match(item.path.name):
            item.add_marker(pytest.mark.dateless)
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") == "postgres":
            item.add_marker(pytest.mark.pgtwin)


# The answer-rule test files (one per tuner and round or pass: r10_ta, r10b_ta...) ask
# content.answer() only: the answer path takes no clock and reads no date (tests/test_dateless.py
# checks both), so the any-date run under faketime leaves them out rather than repeat ~2,500
# identical checks.
DATELESS = re.compile(r"test_answers_r\d+[a-z]?_\w+\.py\Z")


# The multi-process PostgreSQL checks mostly wait on Telegram's pace (1,000 reminders at 30/s), so
# they run in a chain of their own beside the other process tests rather than after them.
_OWN_CHAIN = ("test_pg_process.py", "test_strava_process.py")


def _process_group(item: pytest.Item) -> str:
    return "processes-pg" if item.path.name in _OWN_CHAIN else "processes"


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that tries to reach a host other than this machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and self.family in (socket.AF_INET, socket.AF_INET6):
            if not (host.startswith("127.") or host in ("::1", "localhost")):
                raise RuntimeError(f"test tried to reach the network: {host}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture(autouse=True)
def processes_are_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that starts a process must say so (marker "subprocess"): the any-date run under
    libfaketime leaves exactly those out, so an unmarked one would break it or be missed."""
    if request.node.get_closest_marker("subprocess") is not None:
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("this test starts a process: mark it @pytest.mark.subprocess")

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database=str(tmp_path / "legwork.db"), base_dir=tmp_path)


@dataclass(frozen=True)
class Backend:
    """One test's database: ``new()`` gives another (unopened) store on it, as a second process would."""

    name: str  # "sqlite" | "postgres"
    database: str  # the [bot] database setting: a path or a postgresql:// URL

    def new(self) -> Store:
        return make_store(self.database)


@pytest.fixture(params=["sqlite", "postgres"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    """Every test using the store runs on both backends (the port's one behaviour). The PostgreSQL
    one is an empty schema the store has already migrated (tests/pgutil.py reused_database): the
    tests of migrating itself make their own with fresh_database()."""
    if request.param == "sqlite":
        yield Backend("sqlite", str(tmp_path / "legwork.db"))
        return
    from tests.pgutil import reused_database

    async with reused_database() as url:
        yield Backend("postgres", url)


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Store]:
    s = backend.new()
    await s.open()
    yield s
    await s.close()


@pytest.fixture
def charts() -> RecordingCharts:
    return RecordingCharts()


@pytest.fixture
def deps(store: Store, settings: Settings, charts: RecordingCharts) -> Deps:
    return Deps(store=store, settings=settings, charts=charts)


def chat(user: str = "u1", group: str | None = None, admin: bool = False, platform: str = "console") -> Chat:
    if group:
        return Chat(platform, group, user, is_private=False, is_admin=admin)
    return Chat(platform, f"dm:{user}", user, is_private=True)


def request(text: str, c: Chat | None = None, now: datetime = NOW, name: str = "Runner") -> Request:
    c = c or chat()
    parsed = parse_command(text)
    if parsed:
        cmd, args, rest = parsed
        return Request(c, cmd, args, rest, name, now)
    return Request(c, "", (), text, name, now)


def press(action: str, c: Chat | None = None, now: datetime = NOW, name: str = "Runner") -> Request:
    return Request(c or chat(), "button", (), action, name, now)


async def say(deps: Deps, text: str, c: Chat | None = None, now: datetime = NOW) -> list[Reply]:
    return await dispatch(request(text, c, now), deps)
