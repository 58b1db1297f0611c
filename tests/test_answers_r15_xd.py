"""Round 15 (tuner xd): thin or missing facts where the article has them. What a weak group shows as,
a named move's depth asked with what it works or how to breathe, the drills that plyometrics are, the
easiest drill as a follow-up, which injuries strength work helps (by name), what balances a group told,
the beginner's load after a what-weight ask, form cues and the works line a multi-part ask left out,
the form rules beside the moves when both are asked, old healed injuries (not acute) getting their
moves while fresh ones still stop, and "can't go deep / what's possible?" getting the plan."""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


# --- what a weak group shows as ("signs of X", "what happens if X is weak") --------------------------


@pytest.mark.parametrize(
    "message",
    [
        "if a runner's hips are weak what goes wrong?",
        "how would I know my hip muscles are weak?",
        "are there signs that my hips are weak?",
    ],
)
def test_weak_hips_signs(message: str) -> None:
    reply = text(message)
    assert "angle in or out" in reply
    assert "side-lying hip raise" in reply
    assert not reply.startswith("For weak hips")


@pytest.mark.parametrize(
    "message",
    [
        "what would weak glutes do to my running form?",
        "how can I tell whether my glutes are weak?",
        "symptoms of lazy glutes in runners?",
    ],
)
def test_weak_glutes_signs(message: str) -> None:
    reply = text(message).lower()
    assert "lean forward" in reply or "tips forward" in reply
    assert "bridge" in reply


@pytest.mark.parametrize(
    ("message", "word", "move"),
    [
        ("what do weak calves mean for a runner?", "spring", "calf raise"),
        ("what do weak quads do to a runner?", "knee", "one-legged squat"),
        ("effects of weak hamstrings on running?", "imbalance", "hamstring curl"),
    ],
)
def test_weak_group_effect_and_moves(message: str, word: str, move: str) -> None:
    reply = text(message).lower()
    assert word in reply
    assert move in reply


def test_weak_effect_not_on_what_would_you_have_me_do() -> None:
    reply = text("Coach says my glutes are weak. What would you have me do about it?")
    assert "tips forward" not in reply


# --- one named move: depth with what it works or how to breathe ---------------------------------------


@pytest.mark.parametrize(
    ("message", "muscle"),
    [
        ("lunge - how deep do I go, and what's it good for?", "quads"),
        ("single-leg squat: what does it work and how low?", "hamstrings"),
        ("one leg squats: how far down, and what's it good for?", "glutes"),
    ],
)
def test_depth_with_what_it_works(message: str, muscle: str) -> None:
    reply = text(message)
    assert "90°" in reply
    assert muscle in reply
    assert "range of motion on every rep" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "squats: when do I breathe, and how far down should I go?",
        "lunges: when should I breathe out, and how low?",
        "breathing on the one legged squat, and how deep?",
    ],
)
def test_depth_with_breathing(message: str) -> None:
    reply = text(message)
    assert "90°" in reply
    assert "Breathe out" in reply


# --- plyometrics: the drills with the definition, the easiest as a follow-up ---------------------------


@pytest.mark.parametrize(
    "message",
    [
        "what on earth are plyometrics?",
        "plyos - what does the word actually mean?",
        "my coach mentioned plyometric work, what counts as plyometric?",
    ],
)
def test_plyo_definition_names_the_drills(message: str) -> None:
    reply = text(message).split("\n")[0]
    assert "jumping and bounding" in reply
    assert "line hops" in reply and "skipping" in reply


def test_plyo_definition_not_doubled_when_start_is_asked_too() -> None:
    reply = text("what are plyometrics and how do I start them?")
    assert "The article's drills" not in reply
    assert "line hops" in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("should runners do plyometrics?", "and the simplest one?"),
        ("what are plyometrics?", "simplest one?"),
        ("is plyo worth doing for runners?", "ok whats the easiest one"),
    ],
)
def test_easiest_drill_followup(first: str, then: str) -> None:
    reply = after(first, then)
    first_line = reply.split("\n")[0].lower()
    assert "line hops" in first_line or "over a line" in first_line
    assert not reply.startswith("Plyometrics are jumping")


# --- which injuries strength work helps, by name --------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "what injuries does strengthening my legs protect against?",
        "which running injuries can leg work help prevent?",
        "does leg strength reduce injuries? which kinds?",
    ],
)
def test_which_injuries_named(message: str) -> None:
    reply = text(message)
    assert "Shin splints" in reply
    assert "Runner's knee" in reply
    assert "knees, hips and feet" in reply


def test_which_injuries_yes_first_when_asked_yes_no() -> None:
    assert text("can leg work prevent injuries, and what ones?").startswith("Yes")


def test_which_exercises_prevent_injuries_names_moves() -> None:
    reply = text("what exercises are best to prevent running injuries?").lower()
    assert "calf raises" in reply
    assert "balanced" in reply
    assert "ask me about" not in reply


def test_injury_told_is_not_the_list() -> None:
    reply = text("I have shin splints, which injuries can strength help with?")
    assert "The article names these" not in reply


# --- what balances a group told ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I do tons of lunges and leg presses. What should I balance those with?",
        "my sessions are basically all quad work, what am I missing?",
        "which muscle is the opposite of the quads, and how do I work it?",
    ],
)
def test_quad_work_balanced_with_hamstrings(message: str) -> None:
    reply = text(message)
    assert reply.startswith("The hamstrings")
    assert "hamstring curl" in reply or "hamstring push-up" in reply


@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("lots of calf raises in my plan, what balances them?", "wall toe raise"),
        ("what opposes the glutes?", "lying leg lift"),
        ("what's the opposing muscle group to the hamstrings?", "one-legged squat"),
    ],
)
def test_other_groups_balanced(message: str, move: str) -> None:
    assert move in text(message)


def test_opposing_reasoning_question_not_hijacked() -> None:
    # a why/reasoning ask about opposing groups in general is not "what balances X"
    reply = text("why does the article care so much about opposing groups in the hips?")
    assert "opposite number" not in reply


# --- the beginner's load after a what-weight ask -------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how heavy should my weights be?", "and if I've never lifted?"),
        ("What weight should I pick for the leg machines?", "what if I'm brand new to the gym?"),
        ("how much weight for leg exercises?", "and if I'm a complete beginner?"),
    ],
)
def test_beginner_load_followup(first: str, then: str) -> None:
    reply = after(first, then)
    assert "comfortable" in reply
    assert "12–15" in reply


# --- form cues / what it works left out of a multi-part ask --------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "hill repeats: how many, what gradient, and any technique pointers?",
        "for hill reps how steep should it be and any form tips?",
        "How many hill repeats, and any cues for doing them?",
    ],
)
def test_hill_form_cues_given(message: str) -> None:
    reply = text(message)
    assert "Knees up, arms pumping" in reply or "lifting your knees" in reply
    assert "5–10%" in reply
    assert "The ground rules for every leg exercise" not in reply


@pytest.mark.parametrize(
    ("message", "muscle"),
    [
        ("what do bridges actually work, and how do I make them harder once they're easy?", "glutes"),
        ("what do step-ups actually work and how do I make them harder?", "quads"),
        ("what does the bridge really work, and how do I make it tougher?", "glutes"),
    ],
)
def test_works_line_given(message: str, muscle: str) -> None:
    assert f"works the {muscle}" in text(message)


# --- moves and the form rules, both asked ---------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "coaching a youth group: what bodyweight leg exercises can they do, plus any safety tips?",
        "which leg moves should I do at home, and any safety advice?",
        "give me some leg exercises and the basic form rules please",
    ],
)
def test_moves_and_rules(message: str) -> None:
    reply = text(message).lower()
    assert "breathe out" in reply
    assert "bouncing" in reply
    assert "step-up" in reply or "one-legged squat" in reply or "calf raise" in reply


# --- old healed injuries get moves; fresh ones still stop ----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "broke my wrist and ankle skiing years ago, all healed. which exercises are ok?",
        "broke my leg years back, all healed now. Which leg exercises are ok?",
        "old ankle sprain from ages ago, fine now, which leg exercises are safe for me?",
    ],
)
def test_old_injury_gets_moves(message: str) -> None:
    reply = text(message)
    assert "Stop now" not in reply and "Stop and rest" not in reply
    assert "calf raise" in reply.lower() or "bridge" in reply.lower()
    assert "4 to 6 exercises" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I sprained my ankle this afternoon. Which leg exercises are ok?",
        "just tore my calf on my run, what exercises should I do?",
        "strained my hamstring yesterday, which exercises are safe?",
    ],
)
def test_fresh_injury_still_stops(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop")
    assert "doctor" in reply or "physio" in reply


@pytest.mark.parametrize(
    "message",
    [
        "worn-out knees after years of football, can't go deep. what's possible?",
        "I can't squat deep because of old knee trouble. What's still doable?",
        "dodgy knees, unable to get down low or kneel. what are my options?",
    ],
)
def test_cant_go_deep_gets_the_plan(message: str) -> None:
    reply = text(message)
    assert "90°" in reply
    assert "Bridge" in reply or "bridge" in reply
    assert "Stop each movement" not in reply.split("\n")[0]


def test_no_squats_plan_does_not_lead_with_a_squat() -> None:
    reply = text("old knee injury, I can't do squats at all. What leg work can I still do?")
    assert "add the one-legged squat" not in reply


# --- how a set's last reps should feel (the load's verdict) --------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "are the final couple of reps supposed to be tough?",
        "should my last few reps be a real grind?",
        "is it ok that the last reps of every set burn?",
    ],
)
def test_last_reps_hard_is_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "12–15" in reply
    assert "form" in reply


def test_last_reps_easy_is_no() -> None:
    reply = text("should the last reps of a set feel easy?")
    assert reply.startswith("No")
    assert "12–15" in reply


# --- "how do I do X" answered with only a swap or one step: the steps -----------------------------------


@pytest.mark.parametrize(
    ("message", "step"),
    [
        ("how do I do wall toe raises with my back to the wall", "Keeping your heels on the floor"),
        ("how do I do lunges with dumbbells", "front knee is bent to 90°"),
        ("no exercise ball and the chair wobbles, how do I do the hamstring bridge?", "Take one foot off"),
    ],
)
def test_how_do_gets_the_steps(message: str, step: str) -> None:
    reply = text(message)
    assert step in reply
    assert reply.count("Lean your back against a wall") <= 1


def test_how_do_steps_not_when_kit_lacking_is_in_them() -> None:
    reply = text("no chair that stays put, how do I do the hamstring push-up?")
    assert "How: " not in reply


# --- an operation behind them: their surgeon first, then the rules -------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "new knee last year and the surgeon's happy. anything to go easy on?",
        "hip replaced 9 months ago, cleared. what should I avoid?",
        "had an operation on my knee, surgeon says fine. anything I should take it easy on?",
    ],
)
def test_operated_careful(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Your surgeon's or physio's limits come first")
    assert "comfortable" in reply and "breathe out" in reply


# --- overdid it once, pain gone: the way back, not a diagnosis -----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Last year I went too heavy on lunges and my knees ached for a month. How should I start again?",
        "I overdid step-ups last time and my calves were sore for days, how do I build up this time?",
        "overdid the squats back then and my knees hurt for weeks - how do I avoid that this time?",
    ],
)
def test_past_overdo_gets_the_way_back(message: str) -> None:
    reply = text(message)
    assert reply.startswith("This time, build up gradually")
    assert "runner's knee" not in reply


def test_overdid_with_pain_now_is_not_the_way_back() -> None:
    reply = text("I overdid squats yesterday and my knees hurt now, how do I go about it?")
    assert not reply.startswith("This time")


# --- an old fracture is history; a fresh one still stops -----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "old ankle fracture, long healed. anything I should avoid?",
        "an old leg fracture, long healed, which exercises suit me?",
        "old foot fracture healed years ago - which exercises are ok?",
    ],
)
def test_old_fracture_not_acute(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("Stop now")
    assert "A&E" not in reply


def test_fresh_fracture_still_stops() -> None:
    assert text("I fractured my ankle yesterday, anything I should avoid?").startswith("Stop now")


# --- "so I don't end up lopsided", an old injury of the weak side told ---------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "My quads are huge from cycling. How do I keep my legs balanced?",
        "quads are big and I pulled a hamstring years ago. how do I set up sessions so I don't end up "
        "lopsided?",
        "lots of quad strength from skiing, how do I stay even?",
    ],
)
def test_lopsided_gets_the_opposite_group(message: str) -> None:
    reply = text(message)
    assert reply.startswith("The hamstrings")
    assert "Stop and rest" not in reply


def test_both_groups_named_keeps_what_they_do() -> None:
    reply = text("What do the quads and hamstrings do when I run, and how do I keep them balanced?")
    assert "opposite number" not in reply


# --- form or more: the form wins ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("which counts for more: clean reps or extra reps?", "Clean reps"),
        ("good reps or more reps, which should I chase?", "Good reps"),
        ("more reps with sloppy form or fewer proper reps, what's better?", "Proper reps"),
    ],
)
def test_form_beats_more(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "never trade good form" in reply


def test_more_reps_or_more_sets_is_not_the_form_verdict() -> None:
    assert "never trade good form" not in text("should I do more reps or more sets?")


# --- a wobble told in a form check: the balance at work, not a fault ------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I keep wobbling on my single-leg calf raises, is that bad?",
        "when I do step-ups I lose my balance a bit, am I doing it wrong?",
        "my lunges are pretty unsteady, am I doing them wrong?",
    ],
)
def test_wobble_is_balance_work(message: str) -> None:
    reply = text(message)
    assert "balance work doing its job" in reply
    assert not reply.startswith("Yes, worth fixing")


# --- "what's the easiest leg exercise?": the simple basics, not the session length ----------------------


@pytest.mark.parametrize(
    "message",
    [
        "what's the easiest leg exercise?",
        "which is the simplest move to start with?",
        "what are some easy leg exercises?",
    ],
)
def test_easiest_move_named(message: str) -> None:
    reply = text(message)
    assert "bridge" in reply
    assert "4 to 6 exercises" not in reply


def test_steps_added_with_key_cue_before_pointer() -> None:
    lines = text("how do I do the bridge with a bad back?").split("\n")
    assert lines[0].startswith("Bridge: 1)")
    assert lines[-2].startswith("Key cue: ")
    assert lines[-1].startswith("Full card:")


@pytest.mark.parametrize(
    ("message", "injury"),
    [
        ("which injuries did you say the bridge helps?", "weak hips"),
        ("which injuries does the calf raise prevent?", "shin splints"),
        ("what injuries can the wall squat help prevent?", "runner's knee"),
    ],
)
def test_which_injuries_of_one_move(message: str, injury: str) -> None:
    reply = text(message)
    assert injury in reply
    assert "The article names these" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I just tore my hamstring, what happens if my hamstrings are weak?",
        "sprained my ankle today, which injuries does strength work prevent?",
        "pulled my quad this morning, quads are big, what should I balance them with?",
    ],
)
def test_acute_lead_kept_over_the_new_replies(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Stop")
    assert "doctor" in reply or "physio" in reply
