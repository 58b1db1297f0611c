"""Round 17, ud (issue 25): failures found on 45 self-written questions (injuries, bodies and lives, timing,
follow-ups), fixed by mechanism.

- a lifelong condition the article doesn't cover, told as the runner's own (diabetes, an amputation or a
  prosthesis, MS "due to" or "from"): the general answer first, the honest "not covered" after it and who
  tailors it, with "Usually yes." (not "if it stays pain-free") for a can-I; before, the background was
  dropped and the ask answered bare (how often, the session's length, run first);
- jumping asked about after a baby, not yet cleared: a physio's OK and about three months first, not the
  hop progression or "Yes, you're ready";
- "is it fine in peak training or only in the off season?": the "only" is on the second option, so the
  first is asked yes or no and all year is a yes (it got "No: ... all year round");
- a jumping drill asked about yes or no while a shin, knee or heel hurts now: hold the hops, keep the
  pain-free strength work, bring them back last (it got the drill's card, "Yes, it's a good one");
- "maybe 15 minutes a day, is that enough for a leg workout?": yes for a session, and not needed daily (it
  got the session's length, no verdict).
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "q",
    [
        "I have type 1 diabetes, anything special for leg strength days?",
        "type 2 diabetes here, how often should I lift legs?",
        "I'm diabetic, can I do leg strength on my run days?",
        "on an insulin pump, is strength work ok for me?",
    ],
)
def test_diabetes_is_answered_as_a_condition(q: str) -> None:
    reply = text(q)
    assert "glucose" in reply
    assert "pain-free" not in reply
    assert not reply.startswith("Training with diabetes")


@pytest.mark.parametrize(
    "q",
    [
        "I have a below-knee prosthesis on my left leg. which of these leg exercises can I adapt?",
        "I'm an amputee runner, can I do lunges?",
        "run on a blade after losing my leg below the knee, what strength work?",
        "above knee amputation 3 years ago, what leg work suits me?",
    ],
)
def test_amputation_gets_adapted_moves(q: str) -> None:
    reply = text(q)
    assert "sound leg" in reply
    assert "prosthetist" in reply


@pytest.mark.parametrize(
    "q",
    [
        "I'm a wheelchair user part of the time due to MS but can run short bits on good days. what leg "
        "strength can I do seated?",
        "weak legs from MS, what strength work can I do?",
    ],
)
def test_ms_told_any_way_is_the_condition(q: str) -> None:
    assert "doctor or physio" in text(q)


@pytest.mark.parametrize(
    "q",
    [
        "I had a baby 8 weeks ago, when can I start plyometrics again",
        "postpartum 3 months, when can I start jumping drills",
        "had my daughter 10 weeks ago, is skipping and hopping ok yet?",
        "new mum here, are box hops a good idea yet?",
    ],
)
def test_jumping_after_a_baby_waits_for_a_physio(q: str) -> None:
    reply = text(q)
    assert "pelvic" in reply
    assert "three months" in reply
    assert not reply.startswith(("Start with line hops", "Yes"))


@pytest.mark.parametrize(
    "q",
    [
        "is it fine to do strength work in peak marathon training or only in the off season",
        "can I lift during race season or only in winter?",
        "is it ok to lift legs during a marathon block or only in the off-season?",
    ],
)
def test_or_only_season_is_a_yes(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes, all year round")
    assert "twice a week" in reply


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("shin splints again. is hopping over a line a bad idea for now?", "Yes, hold off"),
        ("I have shin splints, can I still do box hops?", "Not for now"),
        ("runner's knee flaring, is plyometrics ok?", "Not for now"),
        ("my shins ache after runs, should I stop the jumping drills for a bit?", "Yes, hold off"),
        ("my heel has been sore for a week, are hops ok?", "Not for now"),
    ],
)
def test_hops_wait_while_it_hurts(q: str, lead: str) -> None:
    reply = text(q)
    assert reply.startswith(lead)
    assert "line hops" in reply


@pytest.mark.parametrize(
    "q",
    [
        "i've got three kids under 5 and maybe 15 minutes a day. is that enough for a leg workout",
        "i've got 15 minutes a day. is that enough?",
        "work nights, I can spare 20 min a day, enough for leg strength?",
    ],
)
def test_minutes_a_day_enough_is_a_yes(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes")
    assert "every day" in reply
