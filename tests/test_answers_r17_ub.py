"""Round 17, ub (issue 25): failures found on 45 self-written fresh questions, fixed by mechanism.

- the day's order asked with "gym" in it ("I do my gym session first then go for my run after, that
  fine?"): the order's verdict, not a gym routine; "X and after that Y" does X first;
- a circuit that only names the session ("warm up before a 15 min leg circuit?"): the warm-up asked, not
  how the circuit's sets run;
- "a quick leg session" is a short one, not a fast one: no "No" turned round for speed;
- legs (not only knees) that cave in or collapse: the weak-hips answer, not one-legged moves;
- "my coach says don't lift on tempo days, is she right?": the article agrees, so "Yes, your coach is
  right", not a "No" that reads as "she's wrong"; someone's advice against a fault ("never hold your
  breath") is not the runner's own fault to correct;
- "only a chair - could I still do the hamstring push-up?": the move the kit allows, "Yes" first;
- "bridges - legit glute drill?": "legit" before a kind of move is the verdict word (not the adverb
  "really"), so the move's verdict, not its steps;
- "machines or dumbbells, which is better for balance?": the aim told picks free weights;
- "won't turn me into a sluggish tank?": the bulky-and-slow worry in other words;
- "which bits soak up the jolt when my foot lands?": the quads and the calves, not the quads alone;
- "which is more time-efficient, a long run or a strength session?": the pick first, then the minutes.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "I do my gym session first then go for my run after, that fine?",
        "leg day at the gym, then an easy run afterwards - ok?",
        "squats and lunges, and afterwards an easy run, fine?",
    ],
)
def test_lifting_before_the_run_is_turned_round(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("No, better the other way round"), lead


def test_after_that_keeps_the_order_told() -> None:
    lead = _lead(text("i go to the gym for legs and after that a 5k jog, is that wrong"))
    assert "run first" in lead and not lead.startswith("No, not a problem"), lead


@pytest.mark.parametrize(
    "question",
    [
        "Do I really need to warm up before a 15 min leg circuit?",
        "do i have to warm up before my circuit of squats and lunges",
        "is a warm-up needed for a quick leg circuit?",
        "is a warm-up needed for a quick leg session?",
    ],
)
def test_warm_up_before_a_circuit_is_yes(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Yes") and "warm up" in lead, lead


@pytest.mark.parametrize(
    "question",
    [
        "my legs cave in toward each other every stride, what's behind that?",
        "my pins cave in toward each other every stride, what's behind that?",
    ],
)
def test_legs_caving_in_is_weak_hips(question: str) -> None:
    reply = text(question)
    assert "weak hips" in reply and not reply.startswith("Where you can, include one-legged"), reply


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("my coach says dont lift on tempo days, is she right?", "coach"),
        ("my physio told me no squats the day before a race, is he right?", "physio"),
        ("my mate says never hold your breath on the leg press, is that correct?", "mate"),
        ("my coach told me not to bounce on lunges, is she right?", "coach"),
        ("my gf says dont hold my breath when lifting, is she right?", "gf"),
    ],
)
def test_someone_right_to_say_dont(question: str, who: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith(f"Yes, your {who} is right: "), lead


@pytest.mark.parametrize(
    "question",
    [
        "only got a broom handle and a kitchen chair at my flat - could i still do that hamstring push-up "
        "thing?",
        "I've only got a chair, can I do hamstring push-ups?",
        "all I have is a step, can I do calf raises?",
    ],
)
def test_kit_allows_the_move_named_yes_first(question: str) -> None:
    assert _lead(text(question)).startswith("Yes. With a "), text(question)


@pytest.mark.parametrize(
    "question",
    [
        "bridges - legit glute drill?",
        "Tying a bag of tins round my ankle and lifting my leg sideways lying down - legit hip drill?",
        "wall squat with a ball, solid move?",
    ],
)
def test_legit_kind_of_move_is_a_verdict(question: str) -> None:
    assert _lead(text(question)).startswith("Yes, it's a good one for runners."), text(question)


@pytest.mark.parametrize(
    "question",
    [
        "machines or dumbbells - which is better for a runner who wants better balance?",
        "for balance, free weights or machines?",
        "which builds balance better, machines or free weights?",
    ],
)
def test_balance_aim_picks_free_weights(question: str) -> None:
    assert _lead(text(question)).startswith("For balance, free weights"), text(question)


@pytest.mark.parametrize(
    "question",
    [
        "So hauling heavy stuff in the weight room won't turn me into a sluggish tank?",
        "will squats turn me into a hulk?",
        "does lifting make you sluggish?",
    ],
)
def test_tank_and_sluggish_are_the_bulk_worry(question: str) -> None:
    assert "won't bulk you up or slow you down" in _lead(text(question)), text(question)


@pytest.mark.parametrize(
    "question",
    [
        "when my foot hits the tarmac, which bits soak up the jolt?",
        "which muscles absorb the shock when I land?",
        "what cushions the impact when my foot lands",
    ],
)
def test_shock_of_landing_is_quads_and_calves(question: str) -> None:
    lead = _lead(text(question))
    assert "quads" in lead and "calves" in lead, lead


def test_starting_before_i_can_run_far_is_not_the_days_order() -> None:
    lead = _lead(text("Can I start legs before I can run for 40 minutes straight? I've got a chair."))
    assert not lead.startswith("No, better the other way round"), lead


@pytest.mark.parametrize(
    "question",
    [
        "Which is more time-efficient, a long run or a strength session?",
        "strength session or a run, which takes less time?",
        "which takes less time, my long run or my strength session?",
    ],
)
def test_time_efficient_choice_names_the_strength_session(question: str) -> None:
    assert _lead(text(question)).startswith("The strength session:"), text(question)
