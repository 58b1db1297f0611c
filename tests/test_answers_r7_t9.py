"""Tuner t9 (round 7, pass 4): a choice between two options gets no bare "Yes" opener."""

import pytest

from content import answer


@pytest.mark.parametrize(
    "question",
    [
        "Should I do my bridges and step-ups before my easy run or after it?",
        "Should I be pretty wiped out by the end of each set, or stop while it still feels easy?",
        "Should I lift on easy days or hard days?",
        "Should I lift more in the off-season or during race season?",
        "Should I go heavy, or keep the weights light?",
    ],
)
def test_either_or_gets_no_bare_yes(question: str) -> None:
    assert not answer(question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Is leg day worth it or not?",
        "Are single-leg exercises actually worth it or just a gimmick?",
        "Can I do squats or lunges at home?",
    ],
)
def test_yes_no_with_or_keeps_its_yes(question: str) -> None:
    assert answer(question).text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "do runners need a cutback week from leg work?",
        "should I have an off week from the gym now and then",
        "when should I plan a lighter week?",
    ],
)
def test_down_week_words_get_the_recovery_week(question: str) -> None:
    assert answer(question).topic == "rule:recovery_week"


def test_how_long_to_be_worth_it_is_the_session_length() -> None:
    assert "15 to 20 minutes" in answer("how long does a strength session have to last to be effective?").text
