"""Round 12, after the held-out grade: '<a move> - <a question about that/it>' asks about the move
before the dash (a described move named there had lost its yes/no verdict or its own answer)."""

from __future__ import annotations

import pytest

from content import answer


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("skipping back and forth over a line - is that a decent way to begin plyos?", "Yes"),
        ("line hops - are they a sensible first step into jump training?", "Yes"),
        ("putting the treadmill on an incline - does that work as well as real hills?", "Yes"),
        ("raising the treadmill incline - is that as good as hills outside?", "Yes"),
        # (r18 td: "what is it for?" gets what the hip raise is for, the hips' job, its steps not asked)
        ("side-lying hip raise - what is it for?", "Hip strength keeps each stride in line"),
        ("the bridge exercise - is it good for runners?", "Yes"),
    ],
)
def test_the_move_before_the_dash_is_what_that_means(message: str, lead: str) -> None:
    assert answer(message).text.startswith(lead)


@pytest.mark.parametrize(
    "message",
    [
        "that one where you lie on your back and push your hips up and hold it - what's it good for?",
        "leaning my back on a wall and just lifting my toes up - what's that one for?",
    ],
)
def test_an_unclear_it_is_left_alone(message: str) -> None:
    text = answer(message).text
    assert "works the" in text or "It works" in text  # what it's for, not a cue


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("my leg day is 2 hours, is that overkill?", "Yes"),
        ("I do a massive leg day every tuesday and thursday. too much?", ""),
    ],
)
def test_a_leg_day_told_and_judged_is_not_a_routine_asked_for(message: str, lead: str) -> None:
    text = answer(message).text
    assert text.startswith(lead) and "15 to 20 minutes" in text and "•" not in text
