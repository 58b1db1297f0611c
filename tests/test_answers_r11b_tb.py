"""Round 11 pass 2 (tuner tb): multi-part messages, follow-ups, slang and typos (val17 failures)."""

from __future__ import annotations

import pytest

from tests.answerutil import text

POLICE = (
    "police test in 8 weeks. should i even bother with strength this close, "
    "and will it slow down my 1.5 mile?"
)


@pytest.mark.parametrize(
    "message",
    [
        POLICE,
        "army fitness test is 6 weeks out, is there any point doing leg work now or is it too late?",
        "half marathon in 2 months, is it pointless starting squats now?",
    ],
)
def test_event_weeks_away_is_worth_it_not_the_week_off(message: str) -> None:
    # An event N weeks away is no count of weeks lifted: the verdict on the time left, not the week off.
    reply = text(message)
    first = reply.split("\n")[0]
    assert "worth it" in first, reply
    assert "twice a week" in first, reply
    assert "day before" in first, reply
    assert "week off" not in reply, reply


def test_event_weeks_away_then_slow_ask_answered_second() -> None:
    reply = text(POLICE)
    assert "slow you down" in reply.split("\n\n")[1], reply


def test_weeks_lifted_still_gets_the_week_off() -> None:
    assert "week off" in text("I've lifted 6 weeks straight, do I need a break?")
