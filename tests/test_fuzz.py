"""Property-based fuzzing of every command's arguments and of free text through dispatch."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
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
# Digits str.isdigit() (and regex \\d) accepts but that are not ASCII: superscripts int() rejects,
# and other scripts' digits int() quietly reads.
ODD_DIGITS = ("²", "³", "٣", "３")
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
        *ODD_DIGITS,
        "٠٧:٠٠",
        "２０２６-12-31",
        "9999-12-31",
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
    for prefix in ("done", "clubdone", "forget", "keep", "join", "skip"):
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


# --- Unicode digits in every numeric argument ---------------------------------------------------------

# Each numeric argument of every command and button, with {n} where the number goes. The group
# forms run as a group admin (challenges and the club reminder need one).
NUMERIC_FORMS: list[tuple[str, str]] = [
    ("done", "home {n}"),
    ("done", "home {n} min"),
    ("done", "home 20 effort {n}"),
    ("done", "home 20 {n}/10"),
    ("done", "{n}"),
    ("history", "{n}"),
    ("schedule", "tue,fri {n}7:00"),
    ("schedule", "tue,fri 07:{n}0"),
    ("schedule", "tue {n}am"),
    ("race", "{n}026-12-13"),
    ("race", "2026-12-1{n}"),
    ("club", "schedule mon,thu 1{n}:30"),
    ("challenge", 'new "x" {n} by 2026-12-31'),
    ("challenge", 'new "x" weekly {n} for 2'),
    ("challenge", 'new "x" weekly 1 for {n}'),
    ("challenge", 'new "x" 3 by 2026-12-3{n}'),
    ("challenge", 'new "x" weekly 1 for 2 from 2026-12-0{n}'),
    ("challenge", "join {n}"),
    ("challenge", "leave {n}"),
    ("challenge", "end {n}"),
    ("challenge", 'edit {n} name "y"'),
    ("challenge", "remove {n} @someone"),
    ("leaderboard", "{n}"),
]
BUTTON_FORMS = [
    "done:u:2026112{n}:home",
    "clubdone:20261127:home:{n}:0",
    "clubdone:20261127:home:0:{n}",
    "clubdone:2026112{n}:home:0:0",
    "skip:u:2026112{n}",
    "join:{n}",
    "join:{n}:abc",
]


def test_unicode_digits_in_every_numeric_argument(
    env: tuple[asyncio.AbstractEventLoop, Deps], caplog: pytest.LogCaptureFixture
) -> None:
    """Each gets a clear reply with an example (buttons: a private refusal), nothing is stored, and
    nothing is logged as an error: "²" used to crash int(), "٣" was silently read as 3."""
    loop, deps = env
    caplog.set_level(logging.WARNING)
    group = Chat("console", "group:g", "u", False, True)
    dm = Chat("console", "dm:u", "u", True)
    # A running challenge, so "join ³" can't fall back on "the only one".
    setup = Request(group, "challenge", (), 'new "Real" 3 by 2026-12-31', "U", NOW)
    assert "New challenge" in loop.run_until_complete(dispatch(setup, deps))[0].text
    cases = 0
    for digit in ODD_DIGITS:
        for cmd, form in NUMERIC_FORMS:
            text = form.format(n=digit)
            chat = group if cmd in ("challenge", "club", "leaderboard") else dm
            before = loop.run_until_complete(dump(deps))
            replies = loop.run_until_complete(
                dispatch(Request(chat, cmd, tuple(text.split()), text, "U", NOW), deps)
            )
            check(replies)
            shown = "\n".join(r.text for r in replies)
            if cmd == "done" and not form.startswith("home 20"):
                # "/done home ³ min" and "/done ³" must not store ³ as minutes; a number that
                # isn't minutes may end up in the note, as text.
                rows = loop.run_until_complete(deps.store.recent_sessions(_user_id(loop, deps), 100))
                assert all(r.minutes is None for r in rows), (text, shown)
                if "Logged" in shown:
                    loop.run_until_complete(
                        deps.store.undo_last_session(_user_id(loop, deps), since=NOW - timedelta(days=1))
                    )
                    cases += 1
                    continue
            assert "Example" in shown, (cmd, text, shown)
            assert loop.run_until_complete(dump(deps)) == before, (cmd, text)
            cases += 1
        for form in BUTTON_FORMS:
            action = form.format(n=digit)
            for chat in (dm, group):
                before = loop.run_until_complete(dump(deps))
                replies = loop.run_until_complete(
                    dispatch(Request(chat, "button", (), action, "U", NOW), deps)
                )
                check(replies)
                assert all(r.private for r in replies), (action, replies)
                assert loop.run_until_complete(dump(deps)) == before, action
                cases += 1
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert cases == len(ODD_DIGITS) * (len(NUMERIC_FORMS) + 2 * len(BUTTON_FORMS))


def _user_id(loop: asyncio.AbstractEventLoop, deps: Deps) -> int:
    user = loop.run_until_complete(deps.store.get_user("console", "u"))
    assert user is not None
    return user.id
