"""Round 10 pass 3 (td): bare dose asks, a day's order asked with any yes/no word, why the hips are
talked about or neglected, the difference between two muscles, one machine of two opposed ones."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "q", ["sets per exercise?", "no. of sets each move", "Sets for each exercise", "reps per exercise??"]
)
def test_bare_sets_ask_gets_the_number(q: str) -> None:
    assert text(q).startswith("2 or 3 sets")


@pytest.mark.parametrize(
    "q",
    [
        "Is it acceptable to do my leg routine in the morning and go for my run in the afternoon?",
        "is it wise to lift in the morning and run at night?",
        "morning gym, evening run, is that sensible?",
    ],
)
def test_lift_then_run_same_day_is_no_run_first(q: str) -> None:
    reply = text(q)
    assert reply.startswith("No") and "run first" in reply


@pytest.mark.parametrize(
    "q",
    [
        "why do people always forget to train hips",
        "how come hip muscles get neglected",
        "those little muscles deep inside the hip that keep it steady, why does nobody train them",
    ],
)
def test_why_hips_neglected_leads_with_depth(q: str) -> None:
    assert text(q).startswith("Because they lie deep")


@pytest.mark.parametrize(
    "q", ["why does everyone go on about runners and weak hips", "why r hips such a big deal for runners"]
)
def test_why_hips_matter_leads_with_imbalance(q: str) -> None:
    assert text(q).startswith("Because runners are notorious for muscle imbalances")


def test_sore_hip_why_is_not_the_neglect_reason() -> None:
    assert "lie deep" not in text("why do my hips hurt after long runs")


def test_muscle_difference_says_where_not_both() -> None:
    reply = text("whats the diffrence between quadracep and hamstirng")
    assert not reply.startswith("Both") and "front of the thigh" in reply.split("\n")[0]


def test_only_one_machine_gets_a_pick() -> None:
    reply = text("only time for one machine: leg extension or leg curl?")
    assert reply.startswith("Pick either") and "balance" in reply


@pytest.mark.parametrize(
    "q",
    [
        "how high should the box be for step ups? i've got a 60cm plyo box",
        "step ups on my 75 cm box ok?",
        "my bench is 24 inches, ok for step ups?",
    ],
)
def test_a_tall_box_number_is_checked_against_knee_height(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Probably too high") and "knee height" in reply


def test_a_low_box_is_still_fine() -> None:
    assert not text("is a 40cm box fine for step ups").startswith("Probably too high")
