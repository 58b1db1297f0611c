"""Round 20 (lead, after the grade): "leg day" names a session, not a day near a race, for the race rule's
generic timing entry (test37-003 got "Skip strength work the day before a race" to "is leg day even a
thing for runners?")."""

from __future__ import annotations

import pytest

import content


@pytest.mark.parametrize(
    "question",
    [
        "yo is leg day even a thing for runners or nah",
        "is leg day even a thing for runners",
        "do runners actually need a leg day or nah",
    ],
)
def test_leg_day_is_not_the_race_eve(question: str) -> None:
    reply = content.answer(question).text
    assert not reply.startswith("Skip strength work the day before a race")
    assert "endurance" in reply


@pytest.mark.parametrize(
    "question",
    ["leg day before a race?", "can i do leg day the day before my 10k", "gym day the day before a race ok?"],
)
def test_leg_day_before_a_race_still_gets_the_race_rule(question: str) -> None:
    assert "day before a race" in content.answer(question).text
