"""Round 7, tuner t8: the runner's kit told, then 'what <leg work> can I fit in?' asks what to do with it."""

import pytest

from content import answer

KIT_FIT = [
    ("I have a chair and some stairs at home, what strength stuff can I fit in?", "Calf raise"),
    ("Tiny flat, just a wall and a step. What leg work could I fit in?", "step-up"),
]


@pytest.mark.parametrize(("question", "must"), KIT_FIT)
def test_kit_then_what_work_fits_in_gives_exercises(question: str, must: str) -> None:
    text = answer(question, None).text
    assert must in text
    assert not text.startswith("Twice a week")


WHEN_FIT = [
    "I have dumbbells at home. What days should I fit in leg sessions?",
    "What days can I fit in leg work? I run Mon Wed Fri.",
]


@pytest.mark.parametrize("question", WHEN_FIT)
def test_what_days_to_fit_in_stays_a_timing_answer(question: str) -> None:
    assert "• " not in answer(question, None).text
