"""Round 10 (te): soreness, tiredness and mild aches are not acute injuries; exercise facts.

Soreness after a session told in injury words ("DOMS so bad I can't walk downstairs lol") is soreness,
not "get it seen today"; legs that give out on hills before the lungs is fatigue. A genuine can't-bear-
weight, pop or snap still gets the urgent lead. A knee or lower back that aches a bit on one exercise
gets that exercise's fix for that joint. Dizzy with the breath held keeps the red-flag lead and adds the
breathing rule. The wall toe raise is a shin move, not a calf exercise; lists read cleanly.
"""

from __future__ import annotations

import pytest

from tests.answerutil import text as _text

URGENT = "Stop now, keep weight off it"
ACUTE_LEAD = ("Stop and rest", "Stop now")


@pytest.mark.parametrize(
    "q",
    [
        "DOMS from squats so bad i cant walk downstairs lol 😩 normal?? still ok to run tmrw",
        "so sore after leg day i can barely walk haha, is that normal",
        "my quads are that stiff from the squats i can hardly walk properly, did i overdo it",
        "cant walk down the stairs after lunges yesterday, legs wrecked lol. is that normal",
    ],
)
def test_session_soreness_in_injury_words_is_not_urgent(q: str) -> None:
    reply = _text(q)
    assert not reply.startswith(ACUTE_LEAD), reply
    assert "sore" in reply.lower(), reply


@pytest.mark.parametrize(
    "q",
    [
        "rolled my ankle on a trail and now i cant walk on it",
        "heard a pop in my calf and cant walk properly",
        "fell off a box jump and cant put weight on my knee",
        "felt a pop in my calf during squats and now i cant walk",
        "did squats yesterday and my knee is swollen, cant walk on it",
    ],
)
def test_cant_bear_weight_stays_urgent(q: str) -> None:
    assert _text(q).startswith(URGENT)


@pytest.mark.parametrize(
    "q",
    [
        "going up slopes my legs give out way before my lungs do, how do i sort that",
        "legs just give out in the last 5k of a marathon, would strength work help",
        "my legs gave out on the big climb at the weekend even though my lungs were ok",
        "on hills my quads give out but my breathing is fine",
    ],
)
def test_legs_tiring_is_not_an_injury(q: str) -> None:
    assert not _text(q).startswith(ACUTE_LEAD)


@pytest.mark.parametrize(
    "q",
    [
        "my knee gives out going downstairs",
        "my legs gave out from under me and i fell, now my knee hurts",
    ],
)
def test_a_joint_giving_way_stays_acute(q: str) -> None:
    assert _text(q).startswith(ACUTE_LEAD)


@pytest.mark.parametrize(
    "q, fix",
    [
        (
            "knees ache a bit after leg extensions, not bad just achy",
            "just before your knees are fully straight",
        ),
        (
            "knees grumble a bit when i do step ups onto my coffee table, am i doing something wrong",
            "knee height",
        ),
        ("lower back gets tight after my dumbbell lunges", "at your sides"),
        ("lower back gets achy after wall squats with the gym ball, is that normal", "ball"),
        ("lower back kinda feels it when i do bridges, normal?", "shoulder blades"),
        ("my knees are kinda achy after box jumps, is that bad", "low, stable box"),
    ],
)
def test_mild_ache_on_an_exercise_gets_its_fix(q: str, fix: str) -> None:
    reply = _text(q)
    head = reply.split("\n")[0]
    assert fix in head, reply
    assert "physio" in head, reply
    assert not reply.startswith(ACUTE_LEAD), reply


@pytest.mark.parametrize(
    "q",
    [
        "sharp pain in my knee on lunges",
        "my knee swelled up after squats",
    ],
)
def test_acute_ache_on_an_exercise_keeps_the_lead(q: str) -> None:
    assert _text(q).startswith(ACUTE_LEAD)


def test_a_move_ruled_out_is_not_the_ache() -> None:
    reply = _text(
        "stiff back at 67 so getting down on the floor is a pain, bridges and that hamstring chair thing are "
        "out. what else works glutes and hamstrings"
    )
    assert "on bridges" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "got dizzy and saw spots on the leg press just now, think i was holding my breath",
        "felt lightheaded after a heavy set of squats, i hold my breath on the way up",
    ],
)
def test_dizzy_with_breath_held_keeps_red_flag_and_adds_breathing(q: str) -> None:
    reply = _text(q)
    assert reply.startswith("Stop exercising now."), reply
    assert "doctor" in reply.split("\n")[0]
    assert "breathe out on the effort" in reply


@pytest.mark.parametrize(
    "q",
    [
        "whats the difference between soleus and gastrocnemius and what exercise hits them",
        "calves r toast on every climb, any calf stuff w/ no gym",
        "exercises for my calves",
    ],
)
def test_toe_raise_is_not_listed_for_the_calves(q: str) -> None:
    reply = _text(q).lower()
    assert "wall toe raise" not in reply, reply
    assert "((" not in reply and "(tape" not in reply, reply


def test_shin_part_names_its_move() -> None:
    assert "wall toe raise" in _text("what exercises work my shin muscles").lower()


def test_hamstring_role_reads_on_its_own() -> None:
    reply = _text("the back of my thighs are way weaker than the front, does that even matter")
    assert "forward they take over" not in reply


@pytest.mark.parametrize(
    "q",
    [
        "cant walk down the stairs after lunges yesterday, legs wrecked. run today or rest?",
        "first leg session in years and now it hurts to walk lol",
        "so sore from leg day i can hardly walk, should i skip my run tomorrow",
        "legs are killing me 2 days after my first gym session, cant get up from the sofa",
    ],
)
def test_session_soreness_told_as_trouble_walking(q: str) -> None:
    reply = _text(q)
    assert "soreness after a session" in reply, reply
    assert "Walking lunge" not in reply and "doctor or physio" in reply, reply


def test_session_soreness_run_ask_gets_the_run_verdict_first() -> None:
    assert _text("so sore from leg day i can hardly walk, should i skip my run tomorrow").startswith(
        "An easy run is fine"
    )


@pytest.mark.parametrize(
    "q",
    [
        "my hip flexors always feel tight and kind of weak, what helps",
        "hip flexors feel tight after long runs",
    ],
)
def test_tight_hip_flexors_are_not_hip_pain(q: str) -> None:
    reply = _text(q)
    assert "isn't covered in detail" not in reply and "stretch" in reply, reply


def test_painful_hip_flexor_is_still_hip_pain() -> None:
    assert "Hip pain" in _text("my hip flexor is tight and sore, what should i do")


@pytest.mark.parametrize(
    "q",
    [
        "my knees and feet ache after most long runs, could weak muscles be the cause",
        "my shins and knees ache after runs, is it because my legs are weak",
    ],
)
def test_aches_in_several_places_weak_muscles_is_imbalance(q: str) -> None:
    reply = _text(q)
    assert reply.startswith("Yes, it can"), reply
    assert "imbalance" in reply, reply


@pytest.mark.parametrize(
    ("q", "move"),
    [
        (
            "calves r toast by the back half of every marathon tbh, whats the best calf builder for me",
            "calf",
        ),
    ],
)
def test_sore_muscle_with_an_exercise_ask_leads_with_the_exercise(q: str, move: str) -> None:
    reply = _text(q)
    assert not reply.startswith("Ordinary soreness"), reply
    assert move in reply.split(".")[0], reply
    assert "runner's knee" not in reply, reply


@pytest.mark.parametrize(
    "q",
    [
        "my groin was a bit tweaked last week but its settled, can i do lunges",
        "tore my calf in march, physio says im good to go, how should i restart leg workouts",
        "strained my calf back in march, all good now, how do i build it up",
    ],
)
def test_an_old_or_settled_strain_is_not_acute(q: str) -> None:
    assert not _text(q).startswith(ACUTE_LEAD)


@pytest.mark.parametrize(
    "q",
    [
        "pulled my hamstring last week, can i do lunges",
        "strained my calf yesterday, what should i do",
        "rolled my ankle last week and its still swollen, can i do calf raises",
    ],
)
def test_a_recent_strain_keeps_the_acute_lead(q: str) -> None:
    reply = _text(q)
    assert reply.startswith(ACUTE_LEAD), reply
    assert "doctor or physio" in reply.split("\n")[0], reply
