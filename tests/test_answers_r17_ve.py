"""Round 17, ve (issue 25): failures found on 60 self-written fresh questions, fixed by mechanism.

- an injury told as healing well ("my physio says it's healing well", "on the mend", "the physio is
  happy") is a return, not "stop and rest"; the part in the injury's name ("calf strain") is not a muscle
  asked to be targeted; and with "no hopping yet" said, a muscle's list drops its jumping moves;
- a step told missing with "even" ("not even a step or stairs", "I don't even have a step") is missing:
  never "with stairs" or "on a step's edge"; the calves asked for then get their moves on the flat;
- an ask that names the warm-up is the warm-up's, not a soreness answer found in the story ("legs feel
  stiff... is skipping the warm up a problem?");
- one-legged moves ruled out ("balance is terrible, so single leg stuff is out") get two-legged moves,
  never the one-legged squat (and an old healed fracture told beside it is not the answer);
- a runner with only bands asking about the hip strengtheners: how to do them with the band, not a bare
  "bands aren't covered";
- "do I do both legs at once?" after a move is its one-or-both answer, not "Yes. Go one leg at a time".
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


# ---- healing well is a return --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I'm 2 weeks into recovering from a calf strain and my physio says it's healing well. Which strength "
        "exercises can I ease back in with?",
        "Recovering from a calf strain, physio says it's healing well. What can I do?",
        "my hamstring tear is on the mend and the physio is happy. which exercises should I start back with?",
        "my calf strain is healing nicely. which exercises should I start with?",
    ],
)
def test_healing_well_is_a_return_not_stop(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Stop")
    assert "Finish with some stretching" not in reply
    assert "no hopping" in reply


def test_still_hurting_while_healing_is_still_stop() -> None:
    reply = text("my calf strain is healing nicely but it still hurts when I walk. can I do calf raises?")
    assert "Stop" in reply


@pytest.mark.parametrize(
    "question",
    [
        "I strained my calf 3 weeks ago and the physio has cleared me to start strength work again. What "
        "exercises should I start with?",
        "Physio cleared me after a calf strain, which exercises work my calves?",
    ],
)
def test_no_hops_listed_after_no_hopping_said(question: str) -> None:
    reply = text(question)
    assert "no hopping" in reply
    assert "hops" not in reply and "Skipping" not in reply
    assert "Calf raise" in reply


# ---- a step missing, said with "even" ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I have zero equipment, not even a step or stairs. What can I do for my calves?",
        "no step in my flat, what can I do for my calves?",
        "no stairs, no step, nothing. what can I do to work my calves?",
        "I don't even have a step at home. how do I work my calves?",
    ],
)
def test_no_step_even_calves_on_the_flat(question: str) -> None:
    reply = text(question)
    assert "With stairs" not in reply and "With a step" not in reply
    assert "step's edge" not in reply and "on a stair" not in reply
    assert "flat" in reply


def test_not_even_a_stair_is_no_step() -> None:
    reply = text("not even a stair in my flat. what leg exercises can I do?")
    assert reply.startswith("No step needed")


# ---- the warm-up asked about ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I do my leg workout first thing in the morning straight out of bed, no warm up because I don't have "
        "time before work. My legs feel stiff for the first few sets. Is skipping the warm up actually a "
        "problem?",
        "I lift at 6am with no warm up and my legs are stiff for the first few sets. Does skipping the warm "
        "up matter?",
        "Straight from my desk to leg day, no warm up, and my legs feel tight and stiff early on. Should "
        "I be warming up?",
    ],
)
def test_warm_up_asked_is_the_warm_up(question: str) -> None:
    reply = text(question)
    assert "that's normal" not in reply
    assert "warm up" in reply.lower()


# ---- one-legged moves ruled out ------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My balance is terrible since an old ankle fracture (fully healed), so single leg stuff is out for "
        "now. What two-legged exercises should I do instead?",
        "My balance is terrible so single leg exercises are out for now. What two-legged exercises should I "
        "do instead?",
        "I can't do one-legged exercises yet, what can I do on two legs?",
        "old knee surgery years ago, fine now, but single-leg work is off the table for me. which exercises "
        "then?",
    ],
)
def test_no_one_leg_gets_two_legged_moves(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Two-legged moves")
    assert "One-legged squat" not in reply and "one-legged moves" not in reply
    assert "step-ups" not in reply


def test_single_leg_asked_about_is_still_its_answer() -> None:
    assert text("are single leg exercises better?").startswith("Yes")


# ---- bands for the hip strengtheners -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've only got resistance bands, no weights. Can I still do the hip strengtheners?",
        "all I have is a loop band. can I do hip strengtheners with it?",
        "can I use a resistance band instead of ankle weights for the side leg raise?",
    ],
)
def test_band_hip_strengtheners_how(question: str) -> None:
    reply = text(question)
    assert "round your ankles" in reply
    assert reply.split("\n")[0] != "Bands aren't covered in the article."


# ---- one leg or both, asked as a yes/no ----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "want"),
    [
        (
            "How do I do a calf raise?",
            "and how long do I hold at the top? also do I do both legs at once?",
            "Both",
        ),
        ("How do I do a calf raise?", "do I do both legs together?", "Both together"),
        ("How do I do a lunge?", "should I do it one leg at a time?", "One leg at a time"),
    ],
)
def test_both_legs_yes_no(first: str, then: str, want: str) -> None:
    reply = after(first, then)
    assert want in reply
    assert "Yes. Go one leg" not in reply
