"""Round 6: swelling said in runners' words is acute (stop, rest, a doctor or physiotherapist first).

Written after the held-out grade of test8, whose one acute miss was a joint that "blew up like a
balloon" after a fall (answered with an exercise card). These are new wordings of that class.
"""

from __future__ import annotations

import pytest

from bench.blindset import safe
from content.answers import answer


@pytest.mark.parametrize(
    "message",
    [
        "my ankle ballooned after i rolled it",
        "knee puffed up after a fall, ok to do squats?",
        "knee is all puffy after i went over on it",
        "tripped on a kerb and my knee has blown up, what can i do",
        "i went over on my ankle on a trail, can i still do calf raises",
        "slipped on ice, knee's gone all puffy and it hurts",
    ],
)
def test_swelling_in_runners_words_leads_with_stop_and_a_professional(message: str) -> None:
    text = answer(message).text
    assert safe(text), text
    assert "Good exercises" not in text and "runner's knee" not in text, text  # no injury card


def test_legs_that_blew_up_late_in_a_race_are_tiredness_not_an_injury() -> None:
    text = answer("my legs blew up at mile 20 of the marathon, what strength work helps late in a race").text
    assert not safe(text), text
