"""Round 10b, tuner te: fresh injury, safety and body-part messages (illness, groin, toe, the top of the
foot, behind the knee, a grinding kneecap, weak ankles, soreness after one move, pain on one move, a
knee limit asked about one named move, an old ligament injury rehabbed, tennis elbow)."""

from __future__ import annotations

import pytest

from tests.answerutil import after, text

PRO = ("doctor", "physio")


def _pro(reply: str) -> bool:
    return any(w in reply for w in PRO)


@pytest.mark.parametrize(
    "message",
    [
        "back from covid, legs feel like lead, safe to do the leg workout?",
        "getting over covid, can i do squats yet?",
        "had a bad cold last week, ok to lift?",
    ],
)
def test_after_an_illness_eases_back_in(message: str) -> None:
    reply = text(message)
    assert reply.startswith(("Yes, gently", "Ease back in", "Once the fever"))
    assert "chest pain" in reply and "doctor" in reply


def test_illness_long_ago_is_not_the_question() -> None:
    assert "build back over a week or two" not in text(
        "I had covid in 2021, now I want stronger legs for running"
    )


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("groin pain when i kick my leg out to the side", "Groin pain isn't covered in detail"),
        ("my groin is sore after football", "Groin pain isn't covered in detail"),
        ("side of my foot hurts when i run, top outside bit", "top or outside of the foot isn't covered"),
        ("my big toe joint hurts when i push off", "Toe pain isn't covered in detail"),
        ("back of my knee hurts after long runs", "Pain behind the knee isn't covered in detail"),
    ],
)
def test_uncovered_pain_is_honest_not_another_injurys_card(message: str, name: str) -> None:
    reply = text(message)
    assert name in reply
    assert _pro(reply)
    assert "runner's knee" not in reply and "Side-lying hip raise:" not in reply
    assert "plantar" not in reply


def test_grinding_kneecap_without_pain_is_usually_harmless() -> None:
    reply = text("kneecap kind of grinds when i go up stairs, no pain")
    assert reply.startswith("Usually harmless")
    assert "runner's knee" not in reply and "physio" in reply


def test_weak_ankles_get_calf_and_balance_work_not_the_ankle_weight_card() -> None:
    reply = text("which exercises are good for weak ankles")
    assert reply.startswith("Calf raises") and "/exercise calf raise" in reply
    assert "Side-lying" not in reply


@pytest.mark.parametrize(
    "message",
    ["my glutes hurt after bridges, is that right", "quads sore after the wall sits, meant to be like that?"],
)
def test_muscle_sore_after_a_move_is_normal_soreness(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes, that's normal")
    assert "Sharp pain" in reply


@pytest.mark.parametrize(
    ("message", "card"),
    [
        ("doing the wall sit makes my knee hurt on the inside", "/exercise wall squat"),
        ("my knee hurts when i do lunges", "/exercise lunge"),
    ],
)
def test_knee_pain_on_one_move_gets_that_moves_fix(message: str, card: str) -> None:
    reply = text(message)
    assert reply.startswith("Knee pain on")
    assert card in reply and "physio" in reply
    assert "runner's knee" not in reply


@pytest.mark.parametrize(
    ("message", "lead", "card"),
    [
        ("are bridges ok for bad knees", "Yes: the bridge barely bends", "/exercise bridge"),
        (
            "is the wall sit ok for someone w dodgy knees?",
            "Usually, if you keep it knee-friendly",
            "wall squat",
        ),
        ("is hill running ok for dodgy knees", "Go carefully", "/exercise hill repeats"),
    ],
)
def test_knee_limit_about_one_named_move_answers_that_move(message: str, lead: str, card: str) -> None:
    reply = text(message)
    assert reply.startswith(lead) and card in reply
    assert "pick moves that spare the knee" not in reply


def test_knee_limit_with_no_move_named_keeps_the_general_list() -> None:
    assert "pick moves that spare the knee" in text("what can i do with dodgy knees")


def test_dodgy_knees_follow_up_is_about_the_chats_move() -> None:
    reply = after("how do I do a wall sit", "ok for someone w dodgy knees?")
    assert "/exercise wall squat" in reply and "pick moves that spare the knee" not in reply


def test_old_acl_fully_rehabbed_is_not_told_to_stop() -> None:
    reply = text(
        "used to play rugby and did my ACL 6 yrs ago, fully rehabbed. ok to start these leg exercises?"
    )
    assert not reply.startswith("Stop") and "locks, swells or gives way needs a proper diagnosis" not in reply
    assert "build up" in reply


def test_tennis_elbow_still_trains_legs() -> None:
    reply = text("tennis elbow from padel, can I still do the leg routine")
    assert reply.startswith("Yes, your legs can still train")


def test_fresh_injuries_still_lead_with_stop() -> None:
    assert text("twisted my knee playing football sunday, swollen now").startswith("Stop")
    assert text(
        "rolled my ankle on a trail yesterday, its puffy and purple, can i still do my long run"
    ).startswith("Stop")
    assert text("got dizzy and saw stars halfway through my tempo run today").startswith("Stop")


def test_old_sprained_ankle_that_gives_way_gets_one_legged_work_not_the_ankle_weight_card() -> None:
    reply = text("my ankle gives way sometimes since i sprained it years ago")
    assert "one-legged" in reply.lower() and "Side-lying" not in reply
