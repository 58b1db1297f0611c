"""Issue 25 round 10, tuner tc: muscles, moves and ideas described instead of named; heavy slang;
in-scope questions that got a stock block or a refusal.

The wordings are our own (four or more per class), not the failing rows: a reading that maps a
description or a slang word to the article's term serves every rule after it.
"""

from __future__ import annotations

import pytest

from content.answers import _plain, answerer
from content.spelling import fix_typos, unstretch
from tests.answerutil import text as _text


def _read(q: str) -> str:
    e = answerer()
    return fix_typos(e.fix_names(_plain(unstretch(q, e.index))), e.index).lower()


# ---- a muscle described by where it is --------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("the big muscles up the back of my thigh, what are they doing while i run", "Hamstrings"),
        ("what do the muscles at the back of my legs above the knee do when I run", "Hamstrings"),
        ("those big muscles behind my thighs, how do I strengthen them at home", "hamstring"),
        ("what do the big muscles on the front of my thighs do when I land", "Quadriceps"),
    ],
)
def test_a_muscle_described_by_place_is_that_muscle(q: str, lead: str) -> None:
    assert lead in _text(q).split("\n")[0]


# ---- a move described instead of named ----------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what should my arms and knees be doing when i charge up a slope for training",
        "when I sprint up a hill for training, how many times should I do it",
        "is charging up a slope over and over a real substitute for pumping iron",
        "is blasting up hills over and over a real substitute for lifting",
    ],
)
def test_charging_up_a_slope_is_hill_repeats(q: str) -> None:
    r = _text(q)
    assert "/exercise hill repeats" in r
    assert "hard-run day" not in r.split("\n")[0]


@pytest.mark.parametrize(
    "q",
    [
        "is it bad if i only go a quarter of the way down and up on each move, like tiny little pulses",
        "can I just do little half reps on squats",
        "is doing tiny pulses at the bottom of a squat ok",
        "are partial reps fine for lunges",
    ],
)
def test_partial_reps_get_the_full_range_answer(q: str) -> None:
    r = _text(q)
    assert "full range of motion" in r.split("\n")[0]
    assert r.split("\n")[0].startswith(("No", "Yes, avoid"))


@pytest.mark.parametrize(
    "q",
    [
        "that sitting machine where you kick your legs straight out in front, do i go all the way",
        "on the leg extension do I straighten my legs all the way",
        "leg press, do i push it all the way",
        "quad extension machine, do i go all the way up",
    ],
)
def test_all_the_way_on_a_straightening_machine_is_dont_lock(q: str) -> None:
    assert _text(q).startswith("No, don't lock")


def test_all_the_way_down_on_a_squat_is_still_depth() -> None:
    assert "lock my knees" not in _read("on squats do i go all the way down")


# ---- slang, read as plain words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "want", "gone"),
    [
        ("does tempo pace legit feel easier if ur legs r stronger or is that cap", "a myth", " cap"),
        ("no cap, does lifting make you faster", "does lifting", "cap"),
        ("should i full send the steepest hill i can find", "pick the steepest", "send"),
        ("off szn plans: how many leg days a wk + do i need a deload wk", "off season", "szn"),
        ("gym mate says go heavy on squats. me = 10k runner. thoughts", "lift heavy weights", "thoughts"),
        ("legit started running like 3 wks ago, should i be doing leg workouts", "beginner", "legit"),
        ("sticking on a playlist while i do legs ok?", "music", "playlist"),
    ],
)
def test_slang_reads_as_plain_words(q: str, want: str, gone: str) -> None:
    r = _read(q)
    assert want in r
    assert gone not in r


def test_legit_as_adjective_stays_real() -> None:
    assert "a real exercise" in _read("is the bridge a legit exercise")


@pytest.mark.parametrize(
    "q",
    [
        "does tempo pace legit feel easier if ur legs r stronger or is that cap",
        "tempo felt way smoother since i started lifting, is that a real thing or placebo lol",
        "since i started leg day my long runs feel way easier, coincidence?",
    ],
)
def test_runs_feel_easier_is_the_fatigue_benefit(q: str) -> None:
    r = _text(q)
    assert r.startswith(("Yes", "It's real"))
    assert "oxygen" in r


@pytest.mark.parametrize(
    "q",
    [
        "going up slopes my legs give out way before my lungs do, how do i sort that",
        "on hills my legs give out way before my breathing does, what helps",
        "my quads go out first on climbs, not my lungs, how do i fix it",
    ],
)
def test_legs_giving_out_before_the_lungs_is_fatigue_not_an_injury(q: str) -> None:
    r = _text(q)
    assert not r.startswith("Stop")
    assert "doctor" not in r.split("\n")[0]


def test_a_leg_giving_way_is_still_acute() -> None:
    assert _text("my knee gave out on a run and now it's swollen").startswith("Stop")


# ---- in-scope questions that were refused ----------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "does it actually matter if i mix things up and stick on a good playlist while doing the leg stuff",
        "can i blast some tunes during leg day or should i focus",
        "is it fine to put on music while i do my squats",
    ],
)
def test_music_during_the_session_is_the_fun_rule(q: str) -> None:
    r = _text(q)
    assert "music" in r
    assert "I only know" not in r


@pytest.mark.parametrize(
    "q",
    [
        "my shoulders and tummy sort of tip forward by the end of long races, can exercises fix that",
        "my chest drops forward late in a marathon, can leg work fix that",
        "my upper body tips forward when I get tired on long runs, any exercises",
        "my shoulders hunch over in the last miles of a half, can exercises help",
    ],
)
def test_trunk_tipping_forward_is_running_form_not_upper_body(q: str) -> None:
    r = _text(q)
    assert "isn't something I cover" not in r
    assert "glutes" in r


def test_an_upper_body_workout_is_still_declined() -> None:
    assert "isn't something I cover" in _text("whats a good shoulder and chest workout at the gym")


@pytest.mark.parametrize(
    "q",
    [
        "legit started running like 3 wks ago, should i b doing leg workouts already",
        "only took up running a few weeks ago, should I do leg exercises yet",
        "i just started running 2 months ago, is it too early for strength work",
    ],
)
def test_a_new_runner_asking_whether_to_start_gets_a_yes(q: str) -> None:
    r = _text(q)
    assert r.startswith(("Yes", "No, it's not too early"))
    assert "4 to 6 exercises" not in r


@pytest.mark.parametrize(
    "q",
    [
        "my right side feels way more capable than my left, anything to even things out",
        "my left leg feels less stable than my right, what should I do",
        "my right leg seems more powerful than my left one, how do I fix it",
    ],
)
def test_one_side_more_capable_is_one_legged_work(q: str) -> None:
    r = _text(q)
    assert "one-legged" in r.split("\n")[0]
    assert "range of motion" not in r


# ---- a dismissive aside or a "just after" is not a second option ------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "can i do calf raises with weights at the gym or is it just a bodyweight thing",
        "is the leg press any good for runners or is it just a gym bro thing",
        "will two leg sessions a week really help my 10k time or is it just for injuries",
    ],
)
def test_an_aside_keeps_the_yes(q: str) -> None:
    assert _text(q).startswith("Yes")


@pytest.mark.parametrize(
    "q",
    [
        "do i need to strech befor lifting or just aftr",
        "should i stretch before squats or only after",
        "stretch before the session or just after it?",
    ],
)
def test_stretch_before_or_just_after_is_both(q: str) -> None:
    assert _text(q).startswith("Both")


@pytest.mark.parametrize(
    "q",
    [
        "the one where you stand on a stair and go up on tiptoes, do my heels start below the stair",
        "calf raises: should my heels go below the step",
        "on calf raises do my heels hang under the edge of the step",
    ],
)
def test_heels_below_the_step_is_the_calf_raise_start(q: str) -> None:
    r = _text(q)
    assert "lower than your toes" in r.split("\n")[0]
    assert "scale it" not in r


def test_a_dodgy_knee_is_still_a_bad_knee() -> None:
    assert "risky" not in _read("got a dodgy knee, what can i still do")


@pytest.mark.parametrize(
    "q",
    [
        "can i do legg exersises if im only runing 3 days a weak",
        "can i still do legs if i only run twice a week",
    ],
)
def test_can_i_that_the_answer_allows_says_yes_first(q: str) -> None:
    assert _text(q).startswith("Yes")


def test_can_i_that_the_answer_forbids_stays_no() -> None:
    assert _text("can i do squats the day before a race").startswith("No")


@pytest.mark.parametrize(
    ("q", "move"),
    [
        ("hammies always feel weak vs my quads ngl, what shld i add", "hamstring push-up"),
        ("my hamstrings are weak compared to my quads, what exercises should i add", "hamstring curl"),
    ],
)
def test_a_weak_side_of_a_pair_gets_its_moves_first(q: str, move: str) -> None:
    assert move in _text(q).split("\n")[0]


def test_what_builds_it_names_the_drills() -> None:
    assert "line hops" in _text("want more bounce off the ground each stride, what builds that")


@pytest.mark.parametrize(
    "q",
    [
        "the back of my thighs are way weaker than the front, does that even matter",
        "my hamstrings feel much weaker than the front of my thighs, is that a problem",
    ],
)
def test_back_weaker_than_front_is_the_imbalance(q: str) -> None:
    r = _text(q)
    assert r.startswith("Yes")
    assert "imbalance" in r


@pytest.mark.parametrize(
    "q",
    [
        "my hip flexors r weak af apparently. do they even matter for running or is that just yoga ppl talk",
        "do my calves even matter for running",
    ],
)
def test_does_a_muscle_matter_says_yes_with_its_role(q: str) -> None:
    r = _text(q)
    assert r.startswith("Yes")
    assert " they take over" not in r


def test_going_up_onto_a_box_one_foot_at_a_time_is_the_step_up() -> None:
    r = _text("going up onto a box one foot at a time and back down - any tips on doing it right")
    assert "/exercise bench step-up" in r
    assert "locking" in r


@pytest.mark.parametrize(
    "q",
    [
        "is it weird to rock up w/ ankle weights for hip work or do ppl use the cable strap thing",
        "ankle weights or a strap on the cable machine for the hip exercise, which is better",
        "is it fine to use ankle weights for hip work or a cable strap",
    ],
)
def test_two_kit_options_the_article_allows_are_either(q: str) -> None:
    assert _text(q).startswith("Either works: an ankle weight, or a weight hung from the ankle by a strap")
