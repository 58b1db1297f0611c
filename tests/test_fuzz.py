"""Property-based fuzzing of every command's arguments and of free text through dispatch."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import Settings
from bot.store.sqlite import Store
from handlers.deps import Deps
from handlers.registry import COMMANDS, dispatch
from handlers.types import Chat, Request
from tests.fakes.charts import RecordingCharts

EXAMPLES = int(os.environ.get("LEGWORK_FUZZ_EXAMPLES", "150"))
APOLOGY = "something went wrong"
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

NASTY = st.sampled_from(
    [
        "\u202e",
        "\u200f",
        "\x00",
        "\x1b[31m",
        "<b>",
        "</i>",
        "&amp;",
        "*_~`|>",
        "@everyone",
        "<@123>",
        "'; DROP TABLE sessions;--",
        '" OR 1=1 --',
        "%s%n",
        "../../etc/passwd",
        "🏃‍♀️",
        "ـ",
        "2026-02-30",
        "25:61",
        "-1",
        "1e309",
        "9" * 40,
    ]
)
WORD = st.one_of(
    st.text(min_size=1, max_size=30), NASTY, st.sampled_from(["home", "gym", "off", "new", "weekly"])
)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[asyncio.AbstractEventLoop, Deps]]:
    loop = asyncio.new_event_loop()
    store = Store(tmp_path / "fuzz.db")
    loop.run_until_complete(store.open())
    deps = Deps(store=store, settings=Settings(database=str(tmp_path / "fuzz.db")), charts=RecordingCharts())
    yield loop, deps
    loop.run_until_complete(store.close())
    loop.close()


async def dump(deps: Deps) -> list[tuple]:
    """Every row of every table except users and chats (first contact may create those)."""
    out = []
    async with deps.store.read() as db:
        names = await (await db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).fetchall()
        for name in sorted(r[0] for r in names):
            if name in ("users", "chats") or name.startswith("sqlite_"):
                continue
            rows = await (await db.execute(f'SELECT * FROM "{name}"')).fetchall()
            out.append((name, sorted(map(tuple, rows), key=repr)))
    return out


def run_checked(loop: asyncio.AbstractEventLoop, deps: Deps, req: Request, text_limit: int = 60_000) -> None:
    """Dispatch; a reply that rejects the input (it shows an example) must leave the data unchanged."""
    before = loop.run_until_complete(dump(deps))
    replies = loop.run_until_complete(dispatch(req, deps))
    check(replies, text_limit)
    if any("Example" in r.text for r in replies):
        assert loop.run_until_complete(dump(deps)) == before, req.command


def check(replies: list, text_limit: int = 60_000) -> None:
    assert replies, "every input gets a reply"
    for r in replies:
        assert APOLOGY not in r.text, r.text
        assert 0 < len(r.text) <= text_limit
        for b in r.buttons:
            assert len(b.action.encode()) <= 64


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    cmd=st.sampled_from(sorted(COMMANDS)),
    args=st.lists(WORD, max_size=6),
    private=st.booleans(),
    admin=st.booleans(),
)
def test_every_command_survives_random_arguments(
    env: tuple[asyncio.AbstractEventLoop, Deps], cmd: str, args: list[str], private: bool, admin: bool
) -> None:
    loop, deps = env
    if cmd == "forget":
        args = []
    chat = Chat("console", "dm:f" if private else "group:g", "f", private, admin and not private)
    req = Request(chat, cmd, tuple(" ".join(args).split()), " ".join(args), "Fuzzy <b>", NOW)
    run_checked(loop, deps, req)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    text=st.one_of(
        st.text(max_size=400), NASTY, st.builds(lambda s: s * 2000, st.text(min_size=1, max_size=60))
    )
)
def test_free_text_and_buttons_survive(env: tuple[asyncio.AbstractEventLoop, Deps], text: str) -> None:
    loop, deps = env
    chat = Chat("console", "dm:t", "t", True)
    check(loop.run_until_complete(dispatch(Request(chat, "", (), text, "T", NOW), deps)))
    for prefix in ("done", "forget", "keep", "join", "skip"):
        action = f"{prefix}:{text[:40]}"
        check(loop.run_until_complete(dispatch(Request(chat, "button", (), action, "T", NOW), deps)))


def test_hundred_kilobyte_messages(env: tuple[asyncio.AbstractEventLoop, Deps]) -> None:
    loop, deps = env
    big = ("x<b>&" * 25_000)[:100_000]
    chat = Chat("console", "dm:b", "b", True)
    for cmd in [*sorted(COMMANDS), ""]:
        req = Request(chat, cmd, tuple(big.split()[:1000]), big, "B", NOW)
        run_checked(loop, deps, req, text_limit=20_000)
    loop.run_until_complete(deps.store.close())
    loop.run_until_complete(deps.store.open())
    assert loop.run_until_complete(deps.store.integrity_ok())
