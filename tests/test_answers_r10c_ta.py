"""Round 10, pass 3 (tuner ta): the runner's limits read from the message (a hotel with no kit and a
short "any leg stuff?"; the only day they can lift is a hard-run day, told without a day name)."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "message",
    [
        "staying in a hotel for a conference, no kit, tiny room. any leg stuff?",
        "away on business, hotel room, any good moves?",
        "no equipment at my airbnb this week, got any leg exercises?",
        "no kit at home, tiny flat, any leg stuff?",
    ],
)
def test_no_kit_any_stuff_gets_the_moves(message: str) -> None:
    reply = text(message)
    assert "One-legged squat" in reply and "Bridge" in reply
    assert reply.count("calf raise") + reply.count("Calf raise") == 1  # one list, not two


@pytest.mark.parametrize(
    "message",
    [
        "shift worker, the only day i can do strength is the day of my long run",
        "nurse on nights, the only day i can get to the gym is the same day as my intervals",
        "i only get one day off work and that's when i do my long run. can i lift that day too?",
        "only day i can lift is the day of my tempo run. what do i do?",
    ],
)
def test_only_day_is_a_hard_run_day(message: str) -> None:
    reply = text(message)
    assert "run first" in reply
    assert "hard-run day" in reply


@pytest.mark.parametrize(
    "message",
    [
        "parkrun flat out every saturday morning, could i do legs saturday afternoon?",
        "I race parkrun on saturdays. is a gym session saturday evening ok?",
        "race on sunday, can i lift sunday evening after?",
    ],
)
def test_same_day_as_the_race_is_a_no(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No")
    assert "Leg press" not in reply and "run first, then the strength work.\nKeep" not in reply


def test_which_days_with_a_long_run_still_names_two() -> None:
    reply = text("i run long on saturdays and intervals on tuesdays, which days should legs go on")
    assert "Wed and Sun" in reply


@pytest.mark.parametrize(
    "message",
    [
        "hip strengtheners want ankle weights but i don't have any. any other options?",
        "the side lying leg lifts want ankle weights and i don't own any, alternatives?",
        "hip raises say ankle weight, i haven't got one. anything instead?",
    ],
)
def test_ankle_weights_lacked_after_the_kit(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No weight needed to start")
    assert "strap" in reply
