"""Round 20 (fa): a grade told with "%", foul weather keeping a runner off the hill, a session's length
asked "to count"."""

from __future__ import annotations

import pytest

import content


def _reply(q: str) -> str:
    return content.answer(q).text


@pytest.mark.parametrize(
    ("q", "n"),
    [
        (
            "strava says the hill is about 13%. how many reps should i do, and is 13% too steep?",
            13,
        ),
        ("google maps says the slope is 11%. how should i run hill repeats on it?", 11),
        ("local climb is 14% per my watch, how many times up and is that too much?", 14),
    ],
)
def test_percent_sign_is_the_grade_not_a_rep_count(q: str, n: int) -> None:
    text = _reply(q)
    assert f"{n}% is steeper" in text
    assert "5–10%" in text and "5–8" in text
    assert "12 to 15 reps" not in text


def test_percent_sign_in_range() -> None:
    text = _reply("is a 7% hill fine for repeats?")
    assert text.startswith("Yes: 7% is in the article's 5–10% range")


@pytest.mark.parametrize(
    "q",
    [
        "it's snowing, how do i do hill work",
        "icy roads all week, what can i do instead of hill repeats?",
        "storm all week - any ideas for my hill session?",
    ],
)
def test_foul_weather_hills_go_indoors(q: str) -> None:
    text = _reply(q)
    assert "treadmill" in text and "5–10%" in text and "5–8" in text
    assert "jog back down" not in text


def test_weather_yes_no_keeps_its_verdict() -> None:
    assert not _reply("should i do hill repeats in the rain").startswith("Take the hills indoors")


@pytest.mark.parametrize(
    "q",
    [
        "how many minutes of leg work actually counts as a session?",
        "how much time does a strength workout really need to matter?",
        "how long must a leg workout last to really count",
    ],
)
def test_session_length_to_count(q: str) -> None:
    text = _reply(q)
    assert "15 to 20 minutes" in text
    assert "one-legged squat (quads" not in text
