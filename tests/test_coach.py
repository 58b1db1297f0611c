"""Coaching handlers: routines, cards, answers and the replies to wrong input."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from handlers.deps import Deps
from handlers.registry import COMMANDS, dispatch, menu, parse_command
from handlers.types import Request
from tests.conftest import NOW, chat, request, say


async def test_workout_home_is_a_balanced_routine_with_done(deps: Deps) -> None:
    [r] = await say(deps, "/workout")
    assert "Home routine" in r.text and "Warm-up" in r.text and "Cool-down" in r.text
    assert r.buttons and r.buttons[0].action.startswith("done:u1:20261127:home")
    again = await say(deps, "/workout home")
    assert again[0].text == r.text  # deterministic per user and day


async def test_workout_varies_between_days_and_users(deps: Deps) -> None:
    texts = {
        (await say(deps, "/workout home", now=NOW + timedelta(days=d)))[0].text.split("\n", 1)[1]
        for d in range(6)
    }
    assert len(texts) >= 3


@pytest.mark.parametrize("setting", ["gym", "plyo", "hills", "quick"])
async def test_each_setting(deps: Deps, setting: str) -> None:
    [r] = await say(deps, f"/workout {setting}")
    assert "Exercises" in r.text and r.buttons


@pytest.mark.parametrize("text", ["/workout swimming", "/workout home gym", "/workout " + "é" * 3000])
async def test_workout_bad_argument(deps: Deps, text: str) -> None:
    [r] = await say(deps, text)
    assert "Example: <code>/workout gym</code>" in r.text
    assert len(r.text) < 400


async def test_ask_calf_raise_and_shin_splints(deps: Deps) -> None:
    [r] = await say(deps, "/ask how do I do a calf raise")
    assert "calf" in r.text.lower()
    [r] = await dispatch(Request(chat(), "", (), "what helps shin splints?", "R", NOW), deps)
    assert "calf raise" in r.text.lower()


async def test_off_topic_question_says_what_i_know_with_an_example(deps: Deps) -> None:
    [r] = await say(deps, "/ask what is the capital of france")
    assert r.text.startswith("I only know leg strength for runners") and "what helps shin splints?" in r.text


async def test_exercise_and_muscle_cards(deps: Deps) -> None:
    [r] = await say(deps, "/exercise brigde")
    assert "bridge" in r.text.lower() and r.text.startswith("<b>")
    [r] = await say(deps, "/muscle hamstrings")
    assert "hamstring" in r.text.lower()
    [r] = await say(deps, "/exercise xyzzy")
    assert "Example" in r.text
    [r] = await say(deps, "/muscle elbows")
    assert "Example" in r.text


async def test_unknown_command_and_help(deps: Deps) -> None:
    [r] = await say(deps, "/fly")
    assert "/help" in r.text and "/workout home" in r.text
    [r] = await say(deps, "/help")
    for name in COMMANDS:
        assert f"/{name}" in r.text
    [r] = await say(deps, "/tips")
    assert r.text.count("•") >= 5


def test_parse_command_forms() -> None:
    assert parse_command("/workout@LegworkBot gym", "legworkbot") == ("workout", ("gym",), "gym")
    assert parse_command("/workout@OtherBot gym", "legworkbot") is None
    assert parse_command("hello") is None
    assert parse_command("/WORKOUT") == ("workout", (), "")
    assert all(len(desc) <= 256 for _, desc in menu())


@pytest.mark.parametrize("today", [date(2026, 12, 1), date(2028, 2, 29), date(2031, 12, 31)])
async def test_help_examples_with_dates_lie_ahead_of_today(deps: Deps, today: date) -> None:
    now = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    [reply] = await dispatch(request("/help", now=now), deps)
    found = [date.fromisoformat(d) for d in re.findall(r"\d{4}-\d{2}-\d{2}", reply.text)]
    assert len(found) >= 2  # /race and /challenge show dated examples
    assert all(d > today for d in found), reply.text
    assert "{" not in reply.text  # no unfilled example field
