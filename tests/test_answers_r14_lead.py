"""Round 14 (lead): a verdict asked of the work keeps its answer when the plan also answers a
"where would I begin?" (the regression test25-117 showed after pass 1: the plan's moves-ask reading
counted "is it too late to start leg strength work" as covered by the plan, and the No was lost)."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "message",
    [
        "I am 66 and have jogged for decades. My GP says exercise is fine. Is it too late to start leg "
        "strength work, and where would I begin?",
        "Been running since my 30s and I am 61 now. Hills feel harder lately. Is it too late to start leg "
        "strength work, and where do I start?",
        "Retired teacher, 64, running three times a week for ages. Is it too late to start leg strength "
        "work, and what would I do first?",
    ],
)
def test_too_late_to_start_keeps_its_no_before_the_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No"), reply
    assert "any age" in reply, reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("Is there a breathing rule when lifting, like in or out on the push?", "Breathe out"),
        ("is there a rule for breathing during squats?", "Breathe out"),
        ("any rule about locking my knees when I lift?", "Don't lock"),
    ],
)
def test_one_form_rule_asked_gets_that_rule_not_the_whole_list(message: str, lead: str) -> None:
    """(test26-051 after pass 2: "a breathing rule" got the whole list of ground rules.)"""
    reply = text(message)
    assert reply.startswith(lead), reply
    assert "ground rules" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "Shared flat, thin walls, and I have maybe 15 minutes in the evenings. Would a strength routine "
        "even be worth it, and what would I do?",
        "Thin walls in my flat and only 20 minutes after work. Would leg work even be worth it, and what "
        "should I do?",
        "neighbours below complain about noise, I have 15 min at night. would a routine really be worth "
        "doing, and which moves?",
    ],
)
def test_worth_it_with_minutes_told_leads_with_the_yes(message: str) -> None:
    """(test26-031 after pass 2: the noise line led and the "worth it?" verdict sat at the bottom.)"""
    reply = text(message)
    assert reply.startswith("Yes: "), reply
    assert "minutes is enough" in reply.split("\n")[0], reply
    assert "No jumping" in reply, reply
