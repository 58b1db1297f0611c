"""Round 10b, tuner tc: reading faults other tuners found (stems, clean-up, retrieval, compose)."""

from __future__ import annotations

import pytest

from tests.answerutil import text


@pytest.mark.parametrize(
    "q",
    [
        "going up slopes my legs give out way before my lungs do, how do I sort that",
        "on inclines my legs die before my lungs, what should I do",
        "struggle on slopes, legs gone, lungs ok, help",
        "my lungs are fine on steep bits but my quads burn out",
    ],
)
def test_lungs_are_not_lunges(q: str) -> None:
    assert "Lunge:" not in text(q)


@pytest.mark.parametrize(
    "q",
    [
        "on inclines my legs die before my lungs, what should I do",
        "going up slopes my legs give out way before my lungs do, how do I sort that",
    ],
)
def test_slopes_and_inclines_are_hills(q: str) -> None:
    assert "hill" in text(q).lower()


def test_treadmill_inclines_stay_the_treadmill() -> None:
    assert "Treadmill incline" in text("on the treadmill, what inclines should I use for hill work")


@pytest.mark.parametrize(
    "q",
    [
        "I do ankle weights and that's it, can you make me a plan",
        "all I've got is ankle weights and that's it, what can I do",
        "i have a bench and ankle weights n thats it",
        "gym at the caravan park has a bench and a couple of ankle weights and that's it",
    ],
)
def test_ankle_weights_kit_is_kept(q: str) -> None:
    assert "ankle weights" in text(q).lower()


@pytest.mark.parametrize(
    "q",
    [
        "I am a beginner runner, should I do leg exercises",
        "my calves are sore after runs, what exercises help",
        "new runner, do i need leg exercises",
        "im a newbie runner is leg work worth it",
    ],
)
def test_runner_alone_is_not_runners_knee(q: str) -> None:
    assert "runner's knee" not in text(q).lower()


@pytest.mark.parametrize("q", ["my knees ache after long runs", "pfps flaring up"])
def test_knee_pain_still_runners_knee(q: str) -> None:
    assert "runner's knee" in text(q).lower()


@pytest.mark.parametrize(
    "q",
    [
        "knee surgery 6 months ago, physio cleared me, can I do wall squats",
        "had knee surgery 6 months ago, physio cleared me, can i do wall squats",
    ],
)
def test_background_knee_is_not_a_no(q: str) -> None:
    assert not text(q).lstrip().startswith("No")
    assert "\nNo." not in text(q)


def test_knees_past_toes_still_avoid() -> None:
    assert text("is it bad if my knees go past my toes").startswith("Yes, avoid it")


@pytest.mark.parametrize(
    "q",
    [
        "how tall a box for step ups",
        "how tall should the bench be for step-ups",
        "step ups, how tall should the step be",
        "how tall a step for bench step ups?",
    ],
)
def test_how_tall_is_the_height(q: str) -> None:
    assert "knee height" in text(q)


@pytest.mark.parametrize(
    "q",
    [
        "r squats bad for runners knees",
        "are squats bad for runners knees",
        "lunges ok on runners' knees?",
        "is the leg press safe for runners knees",
    ],
)
def test_runners_knees_are_knees_of_runners(q: str) -> None:
    reply = text(q)
    assert not reply.startswith("Yes, avoid")
    assert not reply.startswith("No.")


def test_runners_knee_injury_not_forbidden_by_knee_cue() -> None:
    assert not text("are squats good for runner's knee").startswith("No")


@pytest.mark.parametrize(
    "q",
    [
        "what does wall toe raise work",
        "wall toe raise, what muscles",
        "toe raises against the wall - what do they hit?",
        "what muscle does the wall toe raise train",
    ],
)
def test_wall_toe_raise_works_the_shin(q: str) -> None:
    reply = text(q)
    assert "front of the shin" in reply
    assert "works the calves" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "strengthen the front of my shins",
        "exercises for the front of the lower leg",
        "what strengthens the front of the shin",
        "the muscle at the front of the shin is weak, what helps",
    ],
)
def test_front_of_the_shin_is_the_toe_raise(q: str) -> None:
    assert text(q).startswith("Wall toe raise")


def test_front_of_lower_leg_pain_is_still_shin_splints() -> None:
    reply = text("pain along the front of my lower leg")
    assert "shin splints" in reply
    assert "physio" in reply or "doctor" in reply
