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
