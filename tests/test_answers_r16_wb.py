"""Round 16, tuner wb (issue 25): multi-part messages, constraints and injuries. A niggle that keeps
coming back gets a back-off and physio line; a covered injury told beside a shoe word is answered, not
declined as a shoe question; a runner who can't grip (a bad wrist, tendinitis) gets the move with the
hands on the hips; ", and can't grip..." is no second ask; which order the sides go in (alternate every
rep, or one side's set first), also for a move named in a frame ("For step-ups, ...")."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "question",
    [
        "Shin splints keep coming back even after I bought new shoes. What can I do?",
        "My shin splints keep returning despite new trainers, any ideas?",
        "got new running shoes and the shin splints are back again, what should I do?",
    ],
)
def test_covered_injury_beside_a_shoe_word_is_answered(question: str) -> None:
    reply = text(question)
    assert "running shop" not in reply
    assert "calf raise" in reply.lower()
    assert "keeps coming back" in reply and "physio" in reply


@pytest.mark.parametrize(
    "question",
    [
        "My hamstring keeps tweaking every time I do speed work. What should I be doing?",
        "I tweak my hamstring again every time I sprint. Any advice?",
        "my calf keeps tightening up on every long run, what exercises would help?",
    ],
)
def test_recurring_niggle_gets_back_off_and_physio(question: str) -> None:
    reply = text(question)
    assert "ease off" in reply
    assert "physio" in reply


def test_recurring_shin_pain_names_the_stress_fracture() -> None:
    assert "stress fracture" in text("shin splints keep coming back every time I up my mileage, help?")


def test_a_one_off_question_gets_no_recurring_line() -> None:
    assert "keeps coming back" not in text("What helps my calves get stronger?")


@pytest.mark.parametrize(
    "question",
    [
        "I've got wrist tendonitis and can't grip dumbbells, how do I do lunges and stuff?",
        "My wrist is weak and can't hold weights, how should I do lunges?",
        "Elbow tendinitis, so I can't hold weights. How do I do lunges now?",
    ],
)
def test_no_grip_how_to_keeps_the_hands_free(question: str) -> None:
    reply = text(question)
    assert "Hold a dumbbell" not in reply
    assert "hands on your hips" in reply
    assert "Tendon pain" not in reply
    assert reply.startswith("Nothing needs a grip")


def test_no_grip_how_to_still_answers_the_dose_asked_next() -> None:
    reply = text("I cant hold weights. How do I do lunges, and how many reps?")
    assert "hands on your hips" in reply
    assert "12–15" in reply


@pytest.mark.parametrize(
    "question",
    [
        "For step-ups, do I do all reps on one side first, and how should I come down?",
        "do I do all reps on one side first for step-ups?",
        "On lunges, should I finish one leg before switching?",
    ],
)
def test_alternating_moves_say_alternate(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No, alternate") or reply.startswith("Alternate")


@pytest.mark.parametrize(
    "question",
    [
        "one-legged squats: alternate legs or finish one side?",
        "hamstring push-ups - do I do one leg first?",
        "with the one legged squat do I do all my reps on one leg first?",
    ],
)
def test_set_per_side_moves_say_one_side_first(question: str) -> None:
    reply = text(question)
    assert "one side first" in reply.split("\n")[0].lower()


def test_step_up_frame_answers_both_asks() -> None:
    reply = text("For step-ups, do I do all reps on one side first, and how should I come down?")
    assert "under control" in reply
    assert "2 or 3 sets of 12 to 15 reps, with a resistance" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Hotel gyms on my work trips usually have a treadmill and literally nothing else. "
        "Anything useful I can do in there?",
        "Our office gym is just a treadmill. What leg work can I do there?",
        "my apartment gym only has a treadmill, what should I do for my legs?",
        "Only a treadmill in the hotel. Any strength ideas?",
    ],
)
def test_treadmill_alone_gets_incline_and_floor_moves(question: str) -> None:
    reply = text(question)
    assert "incline" in reply
    assert "Leg press" not in reply and "Machines target" not in reply
    assert "One-legged squat" in reply
    assert not reply.startswith("Yes") or "anything" in question.lower()


@pytest.mark.parametrize(
    "question",
    [
        "How soon will I notice a difference, and am I going to put on a load of weight from the muscle?",
        "how long before I see results, and am I going to get heavier from it?",
        "When will I feel stronger, and am I going to put on weight from all this?",
    ],
)
def test_second_ask_on_weight_gain_is_answered(question: str) -> None:
    reply = text(question)
    assert "timeframe" in reply
    assert "bulk you up" in reply


@pytest.mark.parametrize(
    "question",
    [
        "For lunges, how low do I go and where do I hold the dumbbells?",
        "For step-ups, how high should the bench be and how many reps?",
        "On calf raises, how far down do I go and how long do I pause?",
    ],
)
def test_framed_move_keeps_both_asks(question: str) -> None:
    reply = text(question)
    assert "\n\n" in reply or "Dose:" in reply
    if "dumbbells" in question:
        assert "at your sides or above your head" in reply


@pytest.mark.parametrize(
    "question",
    [
        "what kind of weights would you actually use?",
        "what sort of weights should I lift?",
        "What type of weights do you use for leg day?",
    ],
)
def test_what_kind_of_weights_is_how_heavy(question: str) -> None:
    reply = text(question)
    assert "Machines target single muscles" not in reply
    assert "12" in reply and "15" in reply


@pytest.mark.parametrize(
    "question",
    [
        "is a jog a good warm-up?",
        "would an easy run be a decent warm up for squats?",
        "is jogging an ok warm up for leg day?",
    ],
)
def test_jog_as_warm_up_is_not_answered_no(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("No")
    assert reply.startswith("Yes")


def test_stretch_and_jog_warm_up_together_do_not_contradict() -> None:
    reply = text("Do I stretch before or after leg workouts? And is a jog a good warm-up?")
    assert "No." not in reply
    assert "stretch" in reply and "jogging" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Should I work one muscle group per session like bodybuilders do, or everything at once?",
        "should I do one muscle group each session or everything?",
        "do I train one muscle group per workout or the lot?",
    ],
)
def test_one_group_or_all_is_answered_by_the_option(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Several")


def test_groups_and_routine_say_vary_once() -> None:
    reply = text(
        "Should I work one muscle group per session like bodybuilders do, or everything at once? "
        "And should I keep the same routine?"
    )
    assert reply.lower().count("vary") == 1


@pytest.mark.parametrize(
    "question",
    [
        "My gym doesn't have any exercise balls, how do I do wall squats?",
        "our gym doesn't have a swiss ball, how should I do the wall squat?",
        "I don't own an exercise ball, how do I do a wall squat?",
    ],
)
def test_kit_lacked_before_a_how_leads_with_the_stand_in(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No ball?") or reply.startswith("No exercise ball?")
    assert "resistance machines make a sensible first stop" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I don't have ankle weights, how am I meant to do the side-lying hip raises?",
        "how do I do side-lying hip raises without ankle weights?",
        "no ankle weights at home - how do I do the side-lying hip raise?",
    ],
)
def test_no_ankle_weights_said_once(question: str) -> None:
    reply = text(question)
    assert reply.startswith("No ankle weight")
    assert reply.count("No ankle weight") == 1
    assert not any(x.startswith("2)") for x in reply.split("\n"))


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("What should I do for shin splints, and what for runner's knee?", "For runner's knee: "),
        ("which exercises for the quads, and which for the hamstrings?", "For the hamstrings"),
        ("What do you recommend for my calves, and what for my glutes?", "Exercises: One-legged squat"),
    ],
)
def test_elliptical_second_ask_borrows_the_first_verb(question: str, second: str) -> None:
    reply = text(question)
    assert second in reply
    assert "\nBecause" not in reply and not reply.startswith("Because")
