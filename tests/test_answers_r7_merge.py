"""Classes mended when round 7's tuners were merged (each seen on a validation set, tested here in
other words): a programme's name is not a plan request, walking uphill on a treadmill is the
treadmill incline, and the run-first "Yes" is never given after a hard run."""

from __future__ import annotations

import pytest

import content


@pytest.mark.parametrize(
    "question",
    [
        "I finished couch to 5k in the spring, what strength work should I add?",
        "did c25k last year and want stronger legs, where do I start?",
    ],
)
def test_a_runners_history_with_a_programme_name_is_in_scope(question: str) -> None:
    ans = content.answer(question)
    assert not ans.off_topic, ans.text


@pytest.mark.parametrize(
    "question",
    [
        "is walking up a steep incline on the treadmill a decent hill workout?",
        "does uphill treadmill walking count as hills?",
    ],
)
def test_walking_uphill_on_a_treadmill_is_the_treadmill_incline(question: str) -> None:
    text = content.answer(question).text
    assert "treadmill" in text.lower() and "cross-training" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "legs straight after my long run, good idea?",
        "can I lift right after my tempo run?",
        "is it fine to do squats after my interval run",
    ],
)
def test_no_yes_to_lifting_after_a_hard_run(question: str) -> None:
    text = content.answer(question).text
    assert not text.startswith("Yes"), text
    assert "hard-run day" in text or "hard run" in text, text


def test_after_an_easy_run_is_the_right_order() -> None:
    assert content.answer("can I do squats after my easy run?").text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "had a heavy pressing sort of feeling in my chest halfway through squats, carry on?",
        "weird tight feeling across my chest on the last hill rep, fewer reps next time?",
    ],
)
def test_a_chest_feeling_named_before_the_chest_is_a_red_flag(question: str) -> None:
    text = content.answer(question).text
    assert text.startswith("Stop exercising now") and "doctor" in text, text


def test_the_chest_named_without_a_bad_feeling_is_not_a_red_flag() -> None:
    assert "Stop exercising" not in content.answer("I feel the stretch in my chest when I swing my arms").text
