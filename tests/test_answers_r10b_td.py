"""Round 10b, tuner td: breathing in another sport, preventing DOMS, a can-I under a kit limit, a quad
exercise asked about for the knees, hill-repeat effort, block weeks, young runners' real asks."""

from __future__ import annotations

import pytest

from tests.answerutil import after, text

OFF = "I only know leg strength for runners"


@pytest.mark.parametrize(
    "q",
    [
        "how do I breathe in freestyle swimming",
        "how should I breathe when cycling",
        "whats the right way to breathe when rowing on the erg",
        "breathing tips for swimming laps?",
    ],
)
def test_breathing_in_another_sport_is_off_topic(q: str) -> None:
    assert text(q).startswith(OFF)


def test_breathing_under_a_load_keeps_the_rule() -> None:
    assert text("how do i breathe during squats").startswith("Breathe out on the effort")


@pytest.mark.parametrize(
    "q",
    [
        "how to stop leg day soreness wrecking every easy run",
        "any tips to avoid being so sore the day after leg day",
        "how can i reduce doms after lifting, it kills my tempo",
        "DOMS from leg day is wrecking my easy runs every single week, how do i stop feeling like this",
    ],
)
def test_preventing_doms_gets_the_prevention(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Use weights you are comfortable with"), reply
    assert "gradually" in reply and "warm up" in reply


def test_is_doms_normal_still_yes() -> None:
    assert text("is it normal to be sore after leg day").startswith("Yes, that's normal")


@pytest.mark.parametrize(
    "q",
    [
        "only dumbbells at home, no bench or machines, can I still do the gym-type leg stuff",
        "only dumbbells at home (up to 10kg), no bench or machines. can I still do the gym-type leg stuff",
    ],
)
def test_can_i_under_a_kit_limit_is_not_an_either_or(q: str) -> None:
    assert not text(q).startswith("Both, for different jobs")


def test_dumbbells_or_machines_is_still_a_choice() -> None:
    assert text("should I use dumbbells or machines for legs").startswith("Machines first, then free weights")


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("knee surgery 6 months ago, physio cleared me, can I do wall squats", "Yes, once your physio"),
        (
            "had acl reconstruction last year, physio signed me off, can i start doing lunges",
            "Yes, once your physio",
        ),
        ("do wall squats help my knees", "Yes, done pain-free"),
        ("are step ups good for bad knees", "Yes, done pain-free"),
    ],
)
def test_quad_exercise_for_the_knees_is_yes(q: str, lead: str) -> None:
    reply = text(q)
    assert reply.startswith(lead), reply
    assert "No. Don't let your knees" not in reply


def test_wall_squat_what_and_knees_has_no_wrong_no() -> None:
    reply = text("what is a wall squat and does it help my knees")
    assert "No. Don't let your knees" not in reply
    assert "Yes, done pain-free" in reply


def test_knee_pain_on_the_exercise_is_not_a_yes() -> None:
    assert not text("my knee hurts on wall squats, is it ok").startswith("Yes")


@pytest.mark.parametrize(
    "q",
    [
        "do i sprint up or just run hard",
        "should i sprint the hills or just run them hard",
        "how hard should hill repeats be",
    ],
)
def test_hill_repeat_effort(q: str) -> None:
    assert text(q, "exercise:hill_repeats").startswith("Run hard, not an all-out sprint")
    assert after("how do i do hill repeats", q).startswith("Run hard, not an all-out sprint")


def test_hill_sprints_steepness_is_not_the_effort() -> None:
    assert not text("hill sprints, how steep we talking").startswith("Run hard")


@pytest.mark.parametrize(
    "q",
    [
        "4 week training blocks, when do I take the strength week off",
        "i train in 4 week blocks, which week should be the recovery week for strength",
        "when in a 4 week cycle do i drop the gym",
    ],
)
def test_four_week_block_takes_the_fourth_week(q: str) -> None:
    assert text(q).startswith("The fourth")


@pytest.mark.parametrize(
    "q",
    [
        "im 16, does it help a distance runner, and how much time?",
        "15 yo 800m runner, will squats make me faster",
    ],
)
def test_young_runner_real_asks(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes: stronger legs"), reply
    assert "coach or PE teacher" in reply


def test_young_runner_how_much_time() -> None:
    assert "Twice a week, about 15–20 minutes" in text(
        "im 16, does it help a distance runner, and how much time?"
    )


@pytest.mark.parametrize(
    "q",
    [
        "gym in the morning and run in the evening, or run in the morning and gym in the evening?",
        "morning run + evening gym or morning gym + evening run?",
    ],
)
def test_two_orders_offered_pick_the_run_first_option(q: str) -> None:
    assert text(q).startswith("Run in the morning, lift later")


def test_two_orders_told_by_word_order() -> None:
    q = "gym in the morning and run after work, or run in the morning and gym after work"
    assert text(q).startswith("Run in the morning, lift later")


@pytest.mark.parametrize(
    "q",
    [
        "im out of breath on runs, will leg strength help",
        "always out of breath going up hills, would stronger legs help",
    ],
)
def test_winded_is_not_the_breathing_rule(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Partly: stronger leg muscles"), reply
