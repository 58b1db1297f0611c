"""Round 19, tk (issue 25): long messages A, fixed by mechanism.

- walking told as a way of life ("I'm a postman so I walk a lot") is no sign a cramp lingers, and
  calf raises done on the floor that feel too easy move to a step's edge first, then one leg;
- someone else's fear ("my wife is convinced I'm going to pass out") is not a symptom told: the
  breathing ask is answered, not the red-flag stop;
- the front and back of the thigh told as unequal, with a why or worry ask, is the imbalance rule;
- a lockout ask is its own subject (not the bench height told in the story), "should I stop
  straightening fully?" is a Yes, and "how should the rep look?" after it is the told move's steps;
- "how's a good lunge done?", "how should a rep look?" ask for the steps;
- "what should I watch out for?" about one move told gives that move's own cues first;
- an age told in passing adds no older-runners note to a move's depth or cues.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- cramp told in passing; flat-floor calf raises too easy -------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I'm a postman in Krakow so I walk a lot, and I run at weekends. My calves cramp near the end of "
        "long runs. I do calf raises on the flat floor but they feel way too easy. How can I make them "
        "actually do something?",
        "I cycle to work every day and run three times a week. My calves cramp up at the end of my long "
        "Sunday runs. I do calf raises on the kitchen floor but I could do a hundred of them. How do I make "
        "them harder?",
        "I walk the dog every day and run 30k a week, and my calves cramp late in races. Calf raises on the "
        "floor are too easy now. How do I make them harder?",
    ],
)
def test_floor_calf_raises_too_easy_go_to_the_step(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Move them onto the edge of a step")
    assert "one leg at a time" in reply
    assert "physio" not in reply and "Rest it" not in reply


# ---- someone else's fear is no symptom --------------------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I used to free dive so I'm naturally a breath holder. Started doing leg presses and my face goes "
        "bright red on every rep. My wife is convinced I'm going to pass out. Is there a right way to "
        "breathe?",
        "My face goes purple on squats and my husband thinks I'm going to faint one day. How should I "
        "breathe when I lift?",
        "I grunt and hold it on every lunge and my coach says I'm gonna black out. What's the right way to "
        "breathe during a set?",
    ],
)
def test_others_fear_gets_the_breathing_rule(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Breathe out on the effort")
    assert "Stop exercising now" not in reply


def test_own_dizziness_keeps_the_red_flag() -> None:
    reply = text("I hold my breath on squats and I go dizzy. How should I breathe?")
    assert reply.startswith("Stop exercising now")


# ---- quads against hamstrings told, a why or worry asked --------------------------------------------
@pytest.mark.parametrize(
    ("q", "lead"),
    [
        (
            "Triathlete here, so lots of bike as well as running. My quads are massive compared to my "
            "hamstrings, like visibly. I've heard that's bad news but nobody explains why. Is it something "
            "I should worry about? My plan has zero hamstring work in it.",
            "Yes",
        ),
        (
            "Footballer turned runner here. My thighs are huge at the front but the back of my legs is "
            "pretty weak. A physio friend mentioned that might be a problem. Why would that matter?",
            "Because",
        ),
        (
            "I ride a lot so my quads are way stronger than my hamstrings. Is that a problem for my running?",
            "Yes",
        ),
    ],
)
def test_told_imbalance_gets_the_injury_reason(q: str, lead: str) -> None:
    reply = text(q)
    assert reply.startswith(lead)
    assert "injur" in reply
    assert "hamstring" in reply.lower()


# ---- lockout asked; the rep's look is the told move's steps -----------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "Been doing step ups on a bench in my garage and my mate shouted at me for snapping my knee "
        "straight at the top. I'm 6'3 so the bench is pretty low for me anyway. Is locking out actually "
        "bad, and how should the rep look?",
        "I do step-ups onto a low box in the shed, I'm tall so it's well below my knee. Is locking out at "
        "the top bad, and how should the rep look?",
        "My step ups are on a low bench, really low for my height. Is locking my knee at the top bad, and "
        "how should a rep look?",
    ],
)
def test_lockout_answered_then_the_steps(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes, avoid it")
    assert "1) " in reply and "knee-high" not in reply.split("\n")[0]
    assert "a low one is fine" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "I do step-ups onto a kitchen chair most evenings and I push my knee all the way straight at the "
        "top. Should I stop straightening fully, and what's the right way?",
        "On step ups I lock my leg fully straight every rep. Should I stop straightening it fully?",
        "Leg press: I straighten my knees fully at the end of each push. Should I avoid straightening "
        "them fully?",
    ],
)
def test_stop_straightening_is_a_yes(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes")
    assert not reply.startswith("No")


# ---- "how's it done" asks the steps ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("q", "name"),
    [
        (
            "There's a dumbbell rack at my gym and people do lunges with the weights over their heads. I "
            "run 10ks. Want to start lunges but do them properly. How's a good lunge done?",
            "Lunge: 1)",
        ),
        ("how should a step up rep look?", "Bench step-up: 1)"),
        ("hows a good bridge done?", "Bridge: 1)"),
    ],
)
def test_hows_it_done_gives_steps(q: str, name: str) -> None:
    assert text(q).startswith(name)


# ---- watch-outs of one move are its own cues; no age note --------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "How far down should I go on wall squats, and what should I watch out for? My knees aren't "
        "amazing, I'm 58. The trainer suggested doing them with a big ball.",
        "My knees click a lot and I'm 62. I want to try wall squats with an exercise ball at my gym. How "
        "low should I go and what's the thing to be careful about?",
        "Been running since uni and I'm 61 now. Going to try wall squats with a ball at the gym tomorrow. "
        "How far should I go down, and what should I watch out for?",
    ],
)
def test_wall_squat_watch_outs_are_its_cues(q: str) -> None:
    reply = text(q)
    assert "90°" in reply.split("\n")[0]
    assert "in front of your toes" in reply
    assert "older runners" not in reply


# ---- a hold asked about the move told ----------------------------------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "So I've been doing the bridge on my bedroom floor for a few weeks. I'm 50 and run parkrun every "
        "Saturday. I lift my hips and drop straight back down. How long am I supposed to hold it at the top?",
        "Been doing bridges after my runs, I'm a 10k runner. I push my hips up and come straight down. How "
        "long do I hold it at the top?",
        "My physio gave me the bridge for my glutes. I run 3 times a week. How long am I meant to hold it?",
    ],
)
def test_hold_of_the_told_bridge(q: str) -> None:
    reply = text(q)
    assert "30 seconds" in reply.split("\n")[0] or "30 s" in reply.split("\n")[0]
    assert "/exercise bridge" in reply
    assert "hip raise" not in reply.lower()


# ---- a hard run done today, a lift planned tonight, "is that a good idea?" -----------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I had a hard interval session this morning and I'm feeling a bit tired and tight in the "
        "hamstrings. I was planning to do my leg weights tonight at the gym. Is that a good idea or should "
        "I wait?",
        "Did a tempo run this morning and my legs feel heavy. I had leg day planned for this evening at the "
        "gym. Should I still do it?",
        "Track session today at lunchtime, 8x400. I was going to do squats tonight. Is that ok or should I "
        "move it?",
    ],
)
def test_hard_run_today_then_lift_tonight_waits(q: str) -> None:
    reply = text(q)
    assert reply.startswith("No, better to wait")
    assert "easy day" in reply
    assert "Leg press" not in reply and "soreness" not in reply


def test_easy_run_today_then_lift_is_fine() -> None:
    assert text("Easy run this morning, leg weights tonight. Is that ok?").startswith("Yes")


# ---- a daily-life wobble and "is there any point in balance work?" -------------------------------------
@pytest.mark.parametrize(
    "q",
    [
        "I wobble like mad standing on one leg, like when I'm putting socks on. I'm 64, run slow 5ks and I "
        "want to keep running into my 80s. Is there any point doing balance stuff for running, and what "
        "kind?",
        "I wobble all over the place on one leg when I pull my trousers on. I'm 58 and jog 3 times a week. "
        "Would balance exercises help my running at all, and which ones?",
        "Standing on one leg I wobble like crazy. I run 20k a week. Is there any point in balance work, and "
        "what kind?",
    ],
)
def test_balance_point_is_yes_with_the_one_legged_moves(q: str) -> None:
    reply = text(q)
    assert reply.startswith("Yes")
    assert "small muscles" in reply and "one-legged squat" in reply
    assert "Keep at them" not in reply and "Legwork session has" not in reply
