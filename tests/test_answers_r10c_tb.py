"""Round 10, pass 3 (tuner tb): long messages whose ask points back at the background."""

from __future__ import annotations

import pytest

from tests.answerutil import after, text


@pytest.mark.parametrize(
    "message",
    [
        "I've always believed weights would make me heavy and slow. I'd hate to lose my speed. "
        "Is my worry justified?",
        "Been running 10 years. Never lifted cos I figured weights = heavy legs and slower times. "
        "Is that true?",
        "I worry gym work adds weight that slows me on hills. Is that a real concern?",
        "My husband says squats will make my legs heavy and slower on race day. Should I be worried?",
    ],
)
def test_bulk_worry_checked(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No"), reply
    assert "slow you down" in reply


def test_bulk_worry_am_i_wrong() -> None:
    reply = text("my coach wants me lifting but i think it'll just make me heavier and slower. am i wrong?")
    assert reply.startswith("Yes, it's a myth"), reply


@pytest.mark.parametrize(
    "message",
    [
        "Everyone keeps saying I'll get injured if I don't do strength work. I've never lifted and the gym "
        "scares me a bit. Where on earth do I start?",
        "my mate says I'll get hurt without leg work before my marathon. no clue about gyms. "
        "what's step one?",
        "First marathon in 16 weeks, never lifted in my life. Where the heck do I begin?",
    ],
)
def test_beginner_start_not_injury_or_gym(message: str) -> None:
    reply = text(message)
    assert "calf raise" in reply.lower(), reply
    assert "machines" not in reply and "Run first" not in reply


@pytest.mark.parametrize(
    ("message", "names"),
    [
        ("best one for glutes and best one for hamstrings? home only", ("bridge", "hamstring push-up")),
        ("top exercise for glutes + top exercise for calves?", ("bridge", "calf raise")),
        ("one move for my hips and one for my hamstrings please, no gym", ("hip", "hamstring")),
    ],
)
def test_two_picks_both_answered(message: str, names: tuple[str, str]) -> None:
    reply = text(message).lower()
    assert all(n in reply for n in names), reply


@pytest.mark.parametrize(
    "message",
    [
        "Would you explain how to do the bridge, and is it acceptable to hold my breath while I hold it?",
        "Could you please explain how to perform the bridge correctly? My physio says my glutes are weak.",
    ],
)
def test_polite_how_to_gives_steps(message: str) -> None:
    reply = text(message)
    assert "1) Lie face up" in reply, reply


@pytest.mark.parametrize(
    "then",
    [
        "what if it's pouring rain all week",
        "can i do them indoors? its icy out",
        "snowing all week, alternative?",
    ],
)
def test_hill_repeats_bad_weather_treadmill(then: str) -> None:
    reply = after("how do i do hill repeats for strength", then)
    assert "treadmill" in reply.split("\n")[0], reply


@pytest.mark.parametrize(
    "then",
    ["can i do them moving forward across the room instead", "could i travel with them down the hall?"],
)
def test_lunges_travelling_is_walking_lunge(then: str) -> None:
    reply = after("how do i do lunges with dumbbells", then)
    assert reply.startswith("Yes: that's the walking lunge"), reply


def test_lunge_step_direction_not_walking() -> None:
    assert "walking lunge" not in after("how do i do lunges with dumbbells", "do i step forward or back?")


@pytest.mark.parametrize("then", ["why tho, im a marathoner not a sprinter", "why, i only run marathons"])
def test_bare_why_then_told_follows_up(then: str) -> None:
    reply = after("what plyometric exercises should i do", then)
    assert "explosive power" in reply, reply


def test_stretching_after_order_question_keeps_the_frame() -> None:
    reply = after("should i do strength before or after my run", "and stretching?")
    assert reply.startswith("Both"), reply
