"""Round 20 (tp): told constraints kept in every suggestion, and each part of a multi-part message answered.

- No jumping told (thin floors, neighbours below, "plyos are out", "without plyometrics"): whichever rule
  wrote the reply, a line that pitches the jumping drills becomes the no-jump way to power (hills or the
  treadmill incline, heavier weights), and a drill's pointer goes to the hills.
- One treadmill told as a gym's whole kit ("a hotel gym with 1 treadmill", "I only get to use the treadmill
  at my gym"): the routine is the treadmill's and the bodyweight moves, never the leg press or curls.
- Two asks, the first about sets and reps: the first ask's own dose stays where it was asked, though the
  second ask's answer says the dose again inside more.
- "Can I do <move> with weights/dumbbells?" for a move the ask names: a verdict for that move (its weighted
  version, its dumbbell step, or that the article keeps it bodyweight), each ask its own "Yes", and a
  second move's answer is not dropped as a restatement of the first's.
"""

from __future__ import annotations

import pytest

import content

_JUMP_WORDS = ("line hops", "box hops", "skipping (", "Plyometrics are")


@pytest.mark.parametrize(
    "q",
    [
        "Plyos are out, the neighbours below complain. Is there another way to build power?",
        "no jumping for me (bad neighbours). what builds explosiveness?",
        "I live in a flat with paper thin floors so jumping is out. can I still get more explosive?",
        "I live in an apartment and can't make noise. How can I build explosive power without plyometrics?",
    ],
)
def test_no_jumping_told_power_without_the_drills(q: str) -> None:
    t = content.answer(q).text
    assert "without jumping" in t.lower() and "hill" in t
    assert not any(w in t for w in _JUMP_WORDS)
    assert "/exercise line hops" not in t and "/exercise box hops" not in t


def test_no_jumping_for_a_sore_knee_keeps_the_pain_line_and_no_hops_later() -> None:
    t = content.answer(
        "Jumping hurts my knees so I skip it. Any other way to get more explosive off the line?"
    ).text
    assert "Without jumping" in t and "physio" in t
    assert "somewhere to land" not in t  # (the body rules the hops out, not the place)


def test_no_jumping_in_a_list_stays_an_item() -> None:
    t = content.answer(
        "no jumping allowed in my flat (thin floors). how do I get more explosive for sprint finishes?"
    ).text
    assert "• Power without jumping" in t
    assert not any(w in t for w in _JUMP_WORDS)


@pytest.mark.parametrize(
    "q",
    [
        # a worry about drills asked about, and the drills asked for: not a limit told
        "My son's coach wants him doing plyos and I'm worried the jumping will wreck his knees. "
        "How should he start?",
        "which jumping drills wont hurt my knees",
    ],
)
def test_jumping_asked_about_is_not_filtered(q: str) -> None:
    t = content.answer(q).text
    assert "without jumping" not in t.lower()


@pytest.mark.parametrize(
    "q",
    [
        "business trip, hotel has a tiny gym with one treadmill. what leg workout?",
        "I only get to use the treadmill at my gym. what strength work can I do?",
        "travelling for work, hotel rooms and sometimes a gym with 1 treadmill. how do I keep my legs strong",
        "My apartment gym has a single treadmill, no weights. Leg routine ideas?",
    ],
)
def test_one_treadmill_told_gets_no_machines(q: str) -> None:
    t = content.answer(q).text
    assert "Treadmill incline" in t
    for machine in ("Leg press", "Hamstring curl", "Quadriceps extension"):
        assert machine not in t


def test_treadmill_beside_dumbbells_keeps_the_dumbbells() -> None:
    t = content.answer("Hotel gym on work trips: one treadmill, a rack of dumbbells. Plan?").text
    assert t.startswith("With dumbbells") and "Hamstring push-up" in t


@pytest.mark.parametrize(
    ("q", "first"),
    [
        (
            "How many sets and reps on the leg press, and should I be going heavy or light?",
            "Leg press: 2–3 sets",
        ),
        ("how many sets on the leg press and should it be heavy or light?", "Leg press: 2–3 sets"),
        ("How many reps on leg press, and do I go heavy or light?", "Leg press: 2–3 sets"),
    ],
)
def test_first_asks_dose_stays_first(q: str, first: str) -> None:
    t = content.answer(q).text
    assert t.startswith(first)
    assert "Heavier" in t  # (the second ask answered too)


@pytest.mark.parametrize(
    ("q", "must"),
    [
        (
            "Can I do calf raises with weights at the gym? "
            "And does the one-legged squat work with dumbbells too?",
            ("weighted calf raise", "weighted one-legged squat", "Yes, you can"),
        ),
        (
            "Can I do lunges with dumbbells? And can step-ups be weighted as well?",
            ("lunges are done with them", "hold a dumbbell in each hand"),
        ),
        (
            "Can I do step-ups holding dumbbells? and what about bridges with a weight?",
            ("Yes, once the bodyweight version feels easy", "Not in the article: its bridge uses no weights"),
        ),
        (
            "Is the bridge ok with a weight on my hips? And what about calf raises with a dumbbell?",
            ("its bridge uses no weights", "weighted calf raise"),
        ),
    ],
)
def test_each_move_asked_with_weights_gets_its_answer(q: str, must: tuple[str, ...]) -> None:
    t = content.answer(q).text
    for m in must:
        assert m in t
    assert "It's a good one for runners" not in t and "it's a good one for runners" not in t


def test_each_yes_no_ask_keeps_its_verdict() -> None:
    t = content.answer(
        "Can I do calf raises with weights at the gym? And does the one-legged squat work with dumbbells too?"
    ).text
    assert t.count("Yes, you can") == 2


@pytest.mark.parametrize(
    "q",
    [
        "can one-legged squats be done holding weights?",
        "does the one legged squat work with dumbbells?",
        "can I do the one-legged squat with dumbbells in my hands?",
    ],
)
def test_named_move_with_weights_is_a_verdict(q: str) -> None:
    t = content.answer(q).text
    assert t.startswith("Yes, you can:") and "weighted one-legged squat" in t


@pytest.mark.parametrize(
    "q",
    [
        "are dumbbell lunges any good for runners?",
        "Can I hold the dumbbells overhead for lunges?",
        "can I do lunges without weights",
    ],
)
def test_weights_named_but_not_asked_to_load(q: str) -> None:
    t = content.answer(q).text
    assert "lunges are done with them" not in t
