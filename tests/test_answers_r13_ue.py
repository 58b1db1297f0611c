"""Round 13 (tuner ue): wrong-topic and false-alarm replies to short and medium messages."""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless

_AE = "A&E"


@pytest.mark.parametrize(
    "message",
    [
        "physio had a look, no fracture, just shin splints. what can i do to stop them returning?",
        "doc says my calf isn't torn, just tight from upping mileage. exercises to stop it flaring?",
        "had my foot x-rayed and nothing's broken, the ache has gone. what should I strengthen?",
    ],
)
def test_break_or_tear_ruled_out_is_not_acute(message: str) -> None:
    reply = text(message)
    assert _AE not in reply and not reply.startswith("Stop")


@pytest.mark.parametrize(
    "message",
    [
        "felt a pop in my calf and now I can't push off, not seen anyone yet",
        "x-ray said not broken but I still can't put any weight on my ankle",
        "heard a snap in my achilles on a hill rep, not sure if it's torn",
    ],
)
def test_true_acute_still_sent_to_be_seen(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop")


@pytest.mark.parametrize(
    "message",
    [
        "is a leg session fine the morning after my long run?",
        "squats the following morning after intervals, bad idea?",
        "leg session next morning after a tempo run, fine?",
    ],
)
def test_morning_after_hard_run_is_another_day(message: str) -> None:
    reply = text(message)
    assert "recovered" in reply
    assert not reply.startswith("No")


@pytest.mark.parametrize(
    "message",
    [
        "squats and an easy jog today, which one first, really need to know",
        "gym and a run on the same day, which one goes first?",
        "lift or run first on the same day?? need to know asap",
    ],
)
def test_which_goes_first_is_the_order_not_a_routine(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Run first") or reply.startswith("After")
    assert "•" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "squats the night before my marathon, will i be wrecked?",
        "leg day the day before my parkrun, will my legs be sore and dead?",
        "will squats the day before my half leave my legs heavy?",
    ],
)
def test_lifting_on_race_eve_is_the_race_rule_not_soreness(message: str) -> None:
    reply = text(message)
    assert "day before a race" in reply
    assert not reply.startswith("No") and "soreness" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "lifted every week for over a month without a week off, do I need to pull back?",
        "six weeks straight of squats with no rest, time to take it easy?",
        "been doing legs five weeks in a row without a break, time to back off?",
    ],
)
def test_weeks_without_a_break_get_the_monthly_week_off(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes") and "week off" in reply
    assert "between sets" not in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("give me a leg routine", "how steep should it be"),
        ("what's a good hill workout for a 10k runner?", "what gradient?"),
        ("what should a session look like for a 5k runner?", "how much incline"),
    ],
)
def test_how_steep_after_any_topic_is_the_hill_grade(first: str, then: str) -> None:
    reply = after(first, then)
    assert "5–10%" in reply
    assert "15 to 20 minutes" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "no money for a gym and no kit, is it still possible to build leg strength?",
        "I have zero equipment and no gym nearby. could I still get my legs stronger for running?",
        "no weights and no gym. can i still build stronger legs?",
    ],
)
def test_no_kit_can_i_still_get_stronger_is_yes_with_moves(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes") and "calf raise" in reply
    assert "15 to 20 minutes" not in reply


@pytest.mark.parametrize(
    ("message", "role_word"),
    [
        ("how important are my calves for running?", "landing"),
        ("how much does the hamstring matter for a runner?", "straighten the hip"),
        ("my butt muscles, how much do they matter when I run?", "trunk"),
    ],
)
def test_how_much_a_muscle_matters_gives_its_role(message: str, role_word: str) -> None:
    reply = text(message)
    assert role_word in reply
    assert not reply.startswith("For the ")


@pytest.mark.parametrize(
    "message",
    [
        "want to beef up my pins for road-pounding, but not get huge",
        "beefing up my skinny pins for pavement bashing, will I bulk?",
        "how do I build my pins up for running without looking like a bodybuilder?",
    ],
)
def test_pins_slang_is_legs_not_off_topic(message: str) -> None:
    reply = text(message)
    assert "I only know leg strength" not in reply


def test_pins_and_needles_still_a_nerve_sign() -> None:
    assert "tingling" in text("pins and needles in my foot after runs")
