"""Round 13 (tuner tp): every part of the reply belongs to the question, and every part asked gets
an answer. A rule glued on by a loose keyword, a later part that describes the first one's muscle, a
pronoun ask the reply before already answered, a catch-all after a specific answer: none is added.
"""

from __future__ import annotations

import pytest

from tests.answerutil import after, text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "message",
    [
        "how many weeks can I lift before taking a break?",
        "how many weeks can I lift before taking time off, and how long should it be?",
        "do I need a recovery week? and how long should it be?",
        "should I take a week off lifting now and then? how long should it last?",
    ],
)
def test_lift_before_a_break_is_not_run_first(message: str) -> None:
    reply = text(message)
    assert "week off" in reply
    assert "run first" not in reply.lower() and "get the run done" not in reply
    assert "minutes" not in reply  # (the week off's length, not a session's)


@pytest.mark.parametrize(
    "message",
    [
        "the quads, what do they actually do when I run? think mine are lazy",
        "my calves - what are they actually doing when I run? feel like mine are weak",
        "my quads - what do they actually do when I run? think mine are lazy",
    ],
)
def test_what_they_do_when_i_run_stays_on_the_muscle(message: str) -> None:
    reply = text(message)
    assert "Run first" not in reply and "share a day" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "the muscles in the lower leg that point and flex my foot - do they actually matter for running?",
        "those lower leg muscles that point and flex the foot, why do they matter for runners?",
    ],
)
def test_a_described_muscle_gets_no_second_muscle(message: str) -> None:
    reply = text(message)
    assert "calves" in reply.lower()
    assert "glute" not in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "when my knees fall in as I run - which muscles are to blame?",
        "when my knees wobble inward on a run - what's going on with my muscles?",
        "my knees drift inwards on runs, what's happening with my muscles?",
    ],
)
def test_no_catch_all_muscles_after_the_knees(message: str) -> None:
    reply = text(message)
    assert "hip" in reply.lower()
    assert "Nearly all of them" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "My shins ache along the inside whenever I add miles. It's calmed down now. "
        "Strength can help I hear - which exercises exactly?",
        "Shins got sore after upping my distance, rested and they're ok now. I've heard "
        "strength helps - which moves exactly?",
        "sore shins whenever I add distance, they've calmed down now. strength "
        "supposedly helps with this - which exercises exactly?",
    ],
)
def test_which_exercises_after_the_shins_is_no_new_topic(message: str) -> None:
    reply = text(message)
    assert "calf raise" in reply.lower()
    assert "balance" not in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "whats the reason to not lock my knees, and on which exercises does that apply?",
        "why shouldn't I lock my knees, and on which exercises?",
        "locking out the knees: why is it bad and for what exercises does it apply?",
    ],
)
def test_lock_knees_which_exercises_names_them(message: str) -> None:
    reply = text(message)
    assert "step-up" in reply.lower() or "leg press" in reply.lower()
    assert "For the glutes" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "heavy vs light weights for runners, and will going heavy make me bulky and slow?",
        "light weights or heavy ones for a runner? also will heavy make me bulky?",
        "My mates say squats will make me big and slow. I want more power on hills. How "
        "many reps should I do and how heavy?",
        "my mates reckon squats make you bulky. which leg exercises should I start with?",
    ],
)
def test_the_bulk_worry_asked_or_told_beside_another_ask_is_answered(message: str) -> None:
    reply = text(message)
    assert "bulk you up" in reply or "won't bulk" in reply
    assert "12" in reply or "one-legged" in reply  # the other ask's answer is still there


@pytest.mark.parametrize(
    "message",
    [
        "why would stronger legs make me faster over a half marathon?",
        "why will leg work make me faster at 5k?",
        "what does lifting actually improve for my running?",
        "what does strength training actually improve for a runner?",
        "what would leg work do for my running?",
        "how does strength work make you faster?",
    ],
)
def test_what_strength_improves_lists_the_gains(message: str) -> None:
    reply = text(message).lower()
    assert "oxygen" in reply and "stride" in reply and "hill" in reply


def test_a_muscle_or_form_ask_keeps_its_own_answer() -> None:
    assert "oxygen" not in text("what do stronger legs do for my running form?").lower()
    assert "oxygen" not in text("bridges - what do they improve?").lower()


@pytest.mark.parametrize(
    "message",
    [
        "what should I do before a gym session, and what should I do afterwards?",
        "what should i do before leg day and after it?",
        "what do I do before leg day, and after?",
        "what should I do before my strength workout? and what should I do after the workout?",
    ],
)
def test_before_and_after_a_session_gets_both_ends(message: str) -> None:
    reply = text(message).lower()
    assert "warm-up" in reply or "jog" in reply
    assert "stretching" in reply


@pytest.mark.parametrize(
    "message",
    [
        "does leg work help sprinters and marathoners alike?",
        "what does strength training do for a sprinter vs a distance runner?",
        "I'm a sprinter, is it the same for long distance runners?",
    ],
)
def test_sprinters_and_distance_runners_each_get_their_gain(message: str) -> None:
    reply = text(message).lower()
    assert "explosive" in reply
    assert "distance runners" in reply and "oxygen" in reply


@pytest.mark.parametrize(
    "message",
    [
        "how do I start with plyos and why are they worth doing?",
        "where do I start with jump training, and what do they actually do for runners?",
        "how should I progress my plyometrics, and what's the point of them for runners?",
    ],
)
def test_the_point_of_them_after_a_plyo_start_is_the_plyos_point(message: str) -> None:
    reply = text(message).lower()
    assert "line hops" in reply
    assert "explosive" in reply
    assert "inefficient way to build strength" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "Wall squat - where do my feet go, how deep do I sit, and anything to watch with my knees?",
        "wall squat: where do my feet go, how deep do I sit, and what should I watch with my knees?",
    ],
)
def test_the_move_named_stays_the_subject_of_its_later_asks(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Wall squat")
    assert "Leg press" not in reply and "platform" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "bridge - how long do I hold it, and what should I feel in my hips?",
        "the bridge, how long do I hold it and how many sets?",
        "bridges: how long should I hold them?",
    ],
)
def test_hold_before_a_move_is_no_unknown_move(message: str) -> None:
    reply = text(message)
    assert "doesn't cover" not in reply
    assert "30" in reply


@pytest.mark.parametrize(
    "message",
    [
        "how strict should I be about form?",
        "how fussy should i be about technique?",
        "do I need perfect form or is close enough ok?",
    ],
)
def test_how_fussy_about_form_is_form_first(message: str) -> None:
    assert "Never sacrifice form" in text(message)


@pytest.mark.parametrize(
    "message",
    [
        "What should I focus on in a session besides just building muscle? Is balance work worth it, "
        "and how fussy should I be about form?",
        "Besides building muscle what should a session do? Are balance moves worth it, and how strict "
        "should I be with form?",
    ],
)
def test_every_part_of_a_session_focus_message_is_answered(message: str) -> None:
    reply = text(message)
    assert "coordination" in reply
    assert "Never sacrifice form" in reply
    assert not reply.startswith("Never skip the warm-up")


@pytest.mark.parametrize(
    "message",
    [
        "what muscles does running use, and what exercises train them?",
        "what are the main running muscles and what should I do for each one?",
        "Which muscles matter most for runners, and which exercise for each?",
    ],
)
def test_exercises_for_each_running_muscle(message: str) -> None:
    reply = text(message)
    assert "Hamstrings: hamstring push-up" in reply
    assert "balance train the small muscles" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "tore my hamstring sprinting years ago, all healed, how do I strengthen it for distance running?",
        "I tore a hamstring last season, fully healed now. How should I build it back up?",
        "tore my hammy two years back, healed now, what should I do to strengthen it safely?",
    ],
)
def test_tore_is_no_toe(message: str) -> None:
    reply = text(message).lower()
    assert "hamstring" in reply
    assert "toe raise" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "Saw a move called the hamstring push-up. You lie down with your feet on a chair? Then what?",
        "I read about a 'hamstring push-up'. You lie down, feet on a chair, right? Then what?",
        "Found an exercise called a 'hamstring push-up' but I'm lost. You lie down with your feet on a "
        "chair? Then what?",
    ],
)
def test_lying_down_names_no_side_lying_move(message: str) -> None:
    reply = text(message)
    assert "Side-lying" not in reply and "ankle weight" not in reply
    assert "one foot off the chair" in reply or "Lowering yourself on one leg" in reply


@pytest.mark.parametrize(
    "message",
    [
        "can I build leg strength for free?",
        "Broke student here. Can I get stronger legs for free?",
        "is it possible to do leg strength work free of charge?",
    ],
)
def test_for_free_is_no_money_not_free_weights(message: str) -> None:
    reply = text(message)
    assert "Machines target" not in reply and "free weights" not in reply.lower()
    assert "calf raise" in reply.lower()


@pytest.mark.parametrize(
    ("message", "kept", "dropped"),
    [
        ("don't have a ball, can I still manage the hamstring one?", "Hamstring push-up", "Wall squat"),
        (
            "dont own an exercise ball, can i still do the hamstring one",
            "Hamstring push-up",
            "Hamstrings (the",
        ),
        ("don't have an exercise ball, can I still do the squat one?", "Wall squat", "Hamstring push-up"),
    ],
)
def test_the_one_asked_after_a_kit_swap_keeps_its_own_swap(message: str, kept: str, dropped: str) -> None:
    reply = text(message)
    assert kept.lower() in reply.lower() and dropped not in reply  # (the move named or pointed to)


@pytest.mark.parametrize(
    "message",
    [
        "is the leg press bad for a runner's knees?",
        "are lunges ok for a runners knees?",
        "are step-ups safe for a runner's knees?",
    ],
)
def test_a_runners_knees_are_knees_not_the_injury(message: str) -> None:
    reply = text(message)
    assert "For runner's knee" not in reply and "recover from runner's knee" not in reply
    assert "knee" in reply


def test_what_it_improves_after_a_lifting_question_is_the_gains() -> None:
    reply = after("should I lift weights as a runner?", "what does it actually improve?")
    assert "oxygen" in reply and "stride" in reply
    assert "oxygen" not in after("how do I do a bridge?", "what does it improve?")
