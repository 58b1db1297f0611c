"""Round 16 (zb): constraints the runner states are honoured, and the concrete ask is answered first.

- no hills (and no treadmill): any 5-10% slope (a ramp, a sloping road) stands in, lacked kit never
  prescribed; a ramp, a footbridge or a sloping road asked about for hill work gets "Yes";
- kit told lacked however it's put ("doesn't have", "don't own", "lacks"), and the ball-built steps of
  several moves give way to each move's no-ball version;
- a low bench for step-ups (a tall runner): "a low one is fine", knee-high or lower; "6'5" is a height;
- "what size dumbbells": the load rule;
- after a baby: the not-covered line and a pelvic-health physio first (even when cleared), moves that
  need no kit, no jumps;
- a gym machine told busy or broken: the same muscles' other moves in the gym, never a fracture;
- a fixed time slot (lift mornings, run evenings) or strength only on run days: the verdict first, run
  first, an easy run.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- no hills, no treadmill: the slope stand-in ------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "no hills within 50km of me and no treadmill access either. what replaces hill work?",
        "my gym has no treadmill and it's flat here, any substitute for hills?",
        "zero hills round here and I don't have a treadmill, what do I do for hill training?",
    ],
)
def test_no_hills_no_treadmill_gets_a_slope_not_a_treadmill(q: str) -> None:
    out = text(q)
    assert "slope" in out.split("\n")[0].lower()
    assert "treadmill" not in out.lower()


@pytest.mark.parametrize(
    "q",
    [
        "there are no hills where I live",
        "no hills and no gym membership, what can I do instead of hill sprints?",
        "live somewhere flat as a pancake, hill workouts?",
    ],
)
def test_no_hills_leads_with_any_slope(q: str) -> None:
    out = text(q)
    assert out.startswith("No hill?"), out
    assert "ramp" in out
    assert "For speed" not in out


@pytest.mark.parametrize(
    "q",
    [
        "it's totally flat where I live and I don't have a treadmill. how do I do hill repeats?",
        "I live somewhere dead flat, how do I do hill repeats properly?",
        "no hills near me. how should I run hill repeats?",
    ],
)
def test_flat_place_before_a_hill_repeats_how_to(q: str) -> None:
    out = text(q)
    assert "ramp" in out.split("\n")[0]
    assert "treadmill" not in out.split("\n")[0] or "ramp" in out


@pytest.mark.parametrize(
    ("q", "thing"),
    [
        ("there's a car park ramp near my flat, can I use it for hill repeats?", "car-park ramp"),
        ("I have access to a multi-storey car park ramp. good enough for hills?", "ramp"),
        ("would the footbridge over the river work for hill sprints?", "footbridge"),
        (
            "no real hills but there's a sloping road by the office, does that count for hill work?",
            "sloping road",
        ),
    ],
)
def test_a_ramp_or_slope_for_hills_is_yes(q: str, thing: str) -> None:
    out = text(q)
    assert out.startswith("Yes"), out
    assert thing in out
    assert "5–10%" in out


def test_the_bridge_exercise_is_no_slope() -> None:
    assert "does the job of a hill" not in text("I do the bridge on the floor, should I also do hills?")


def test_can_i_do_hill_repeats_without_a_hill() -> None:
    out = text("can I do hill repeats without a hill")
    assert out.startswith("Yes: any slope"), out


# ---- kit lacked, however it's put; the no-ball steps -------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "my gym doesn't have any exercise balls. how do I do the wall squat and the hamstring one?",
        "I don't own a swiss ball. how do I do wall squats and hamstring push-ups?",
        "the gym lacks an exercise ball, how do the wall squat and the hamstring push-up go?",
    ],
)
def test_no_ball_steps_swap_per_move(q: str) -> None:
    out = text(q)
    assert "Wall squat, no ball: keep your back flat on the wall" in out
    assert "right angle at the knee" in out
    assert "Trap a pumped-up exercise ball" not in out
    assert "ball also works" not in out
    assert "lie face up with your feet resting on a chair" in out.lower()


@pytest.mark.parametrize(
    "q",
    [
        "don't have an exercise ball for the wall squat, any way around that",
        "how do I do a wall squat without a ball?",
        "wall squat without a ball",
    ],
)
def test_no_ball_wall_squat_goes_to_90(q: str) -> None:
    out = text(q)
    assert "right angle at the knee" in out.split("\n")[0]
    assert out.count("No exercise ball?") + out.count("No ball?") == 1


# ---- a low bench for step-ups -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "head"),
    [
        (
            "I'm 6'5 and the only bench at my gym is pretty low. does that mess up step ups?",
            "No, a low one is fine",
        ),
        ("I'm tall and my bench is only shin height, ok for step-ups?", "Yes, a low one is fine"),
        ("is a low step fine for step-ups if I'm 1.95m?", "Yes, a low one is fine"),
        (
            "long legs here, the plyo box is a bit small, is that a problem for step ups?",
            "No, a low one is fine",
        ),
    ],
)
def test_low_bench_step_up_verdict_first(q: str, head: str) -> None:
    out = text(q)
    assert out.startswith(head), out
    assert "knee-high or lower" in out
    assert "older runners" not in out


def test_low_box_without_height_told() -> None:
    out = text("the only box I have is quite low, does that work for bench step ups?")
    assert out.startswith("Yes, a low one is fine:"), out
    assert "tall runner" not in out


@pytest.mark.parametrize(
    "q", ["I'm 6'2 and new to lifting", "I'm 5'11 - should I do lunges?", "im 6'0, tall runner"]
)
def test_a_height_is_not_an_age(q: str) -> None:
    assert "older runners" not in text(q)


# ---- what size dumbbells --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what size dumbbells for lunges? I'm a 70kg guy",
        "what size dumbbells should I get for weighted calf raises",
        "which size weights for lunges, I'm a beginner",
    ],
)
def test_dumbbell_size_gets_the_load_rule(q: str) -> None:
    out = text(q)
    assert "no kg figure" in out.split("\n")[0]
    assert "12–15" in out


# ---- after a baby -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "6 months postpartum, cleared to run, but I can't leave the baby and I have no equipment. what "
        "strength work is sensible?",
        "new mum, back running, what leg work can I do in the living room?",
        "postnatal and cleared by my GP, no kit at home, what exercises should I do?",
    ],
)
def test_after_a_baby_not_covered_and_moves(q: str) -> None:
    out = text(q)
    assert "pregnancy isn't covered in the article" in out, out
    assert "pelvic-health physio" in out
    assert "• Bridge" in out
    assert "Line hops" not in out and "Box hops" not in out
    assert not out.startswith("Running builds endurance")
    assert "Yes" not in out.split("\n")[1]


@pytest.mark.parametrize(
    "q",
    [
        "new mum, back running, what leg work can I do in the living room?",
        "postpartum runner, no kit at all, what should I do for strength?",
        "had my daughter in spring, no equipment at home, which leg exercises should I do?",
    ],
)
def test_after_a_baby_not_cleared_note_first(q: str) -> None:
    out = text(q)
    assert out.startswith("Returning after pregnancy isn't covered"), out
    assert "pelvic-health physio" in out.split("\n")[0]
    assert out.split("\n")[1].startswith("With")


# ---- a gym machine busy or broken --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "machine"),
    [
        ("hamstring curl machine is always busy, alternative?", "hamstring curl"),
        ("someone is always on the leg press, what should I do instead", "leg press"),
        ("there's always a queue for the leg curl, what else works hamstrings?", "hamstring curl"),
        ("gym is rammed after work and I can never get on the quad extension, swap?", "quadriceps extension"),
        ("the leg press is broken at my gym, what do I do instead?", "leg press"),
    ],
)
def test_busy_or_broken_machine_gets_gym_swaps(q: str, machine: str) -> None:
    out = text(q)
    assert out.startswith(f"Same muscles, no {machine} needed:"), out
    assert "No gym machines?" not in out
    assert "at home" not in out
    assert "Stop now" not in out and "fracture" not in out
    assert "• Leg press" not in out


# ---- a fixed slot, or strength only on run days --------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "head"),
    [
        (
            "i can only lift in the mornings before work and my runs are always in the evening. problem?",
            "A small one",
        ),
        ("my only free time for weights is mornings and I run after work, ok?", "It can work"),
        ("I have to lift in the mornings and my runs are in the evenings, is that bad?", "A small one"),
    ],
)
def test_fixed_slot_lift_morning_run_evening(q: str, head: str) -> None:
    out = text(q)
    assert out.startswith(head), out
    assert "Swap the order" not in out
    assert "easy" in out and "hard run" in out


@pytest.mark.parametrize(
    ("q", "head"),
    [
        (
            "with childcare I can only do strength on days I'm already running. is that ok?",
            "Yes, that's fine",
        ),
        ("I can only get to the gym on my run days, is that a problem?", "Not at all, that's fine"),
        ("I only have time to lift on the days I run, is that bad?", "Not at all, that's fine"),
        (
            "can only make it to the gym on running days because of work, will that hurt my running?",
            "Not at all, that's fine",
        ),
    ],
)
def test_strength_only_on_run_days(q: str, head: str) -> None:
    out = text(q)
    assert out.startswith(head), out
    assert "run first" in out
    assert "Yes, avoid it" not in out
