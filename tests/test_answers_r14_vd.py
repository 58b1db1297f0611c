"""Round 14 (tuner vd): text quality and padding: a card's "what it works" line in plain English, no
fragment left where a sentence about missing kit was cut, no generic endorsement or restated paragraph
glued under a complete answer, and no "Yes" over a which-question that only sets its scene first."""

from __future__ import annotations

import re

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless

# "It works the quads, glutes, and helps prevent runner's knee and weak hips and poor alignment."
_GARBLED = re.compile(
    r"\b(?:quads|calves|glutes|hamstrings|hips), and helps prevent\b|\bquads, glutes\b|"
    r"and weak hips and poor alignment|: It works the\b"
)


@pytest.mark.parametrize(
    ("message", "works"),
    [
        (
            "lunges any good for a marathoner?",
            "quads and glutes; it helps prevent runner's knee and weak hips",
        ),
        ("are step ups worth it for distance runners", "quads and glutes; it helps prevent"),
        ("whats the point of the one legged squat", "One-legged squat works the quads and glutes"),
        ("hill repeats for runners", "It works the quads, calves and glutes."),
        ("leg extensions for runners", "It works the quads; it helps prevent runner's knee"),
    ],
)
def test_works_line_reads_as_plain_english(message: str, works: str) -> None:
    reply = text(message)
    assert works in reply, reply
    assert not _GARBLED.search(reply), reply


@pytest.mark.parametrize(
    "message",
    [
        "no bench at the park, just some concrete steps. fine for step-ups?",
        "gym has no bench, only a plyo box. ok for step ups?",
        "there's no bench in my garage, only a crate. alright for step-ups?",
    ],
)
def test_cut_kit_sentence_leaves_no_fragment(message: str) -> None:
    reply = text(message)
    assert "A simple." not in reply and "A simple" not in reply.split("\n")[0][:40], reply
    # (since tuner vb's merge a stand-in named before "ok for step-ups?" gets its own verdict first)
    assert reply.startswith(("Yes", "Bench step-up works the quads and glutes")), reply
    assert "bench step-up" in reply.lower(), reply


@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("do calf raises actually help shin splints?", "Calf raise"),
        ("do bridges help with weak hips?", "Bridge"),
        (
            "don't have an exercise ball, can I still do wall squats and the hamstring push up thing?",
            "Wall squat",
        ),
        ("do calf raises help shin splints y/n", "Calf raise"),
    ],
)
def test_no_generic_endorsement_under_a_complete_answer(message: str, move: str) -> None:
    reply = text(message)
    assert "good one for runners" not in reply, reply
    assert f"{move} works the" not in reply, reply  # what it works, glued under the answer, is padding


@pytest.mark.parametrize(
    "message",
    [
        "the drill where you hop off one foot and land on that same foot, then switch? any good for runners",
        "lunges with dumbbells overhead or at my sides? and are walking lunges legit",
    ],
)
def test_endorsement_kept_when_it_answers_its_own_ask(message: str) -> None:
    reply = text(message)
    assert re.search(r"\b(?:works?|good one)\b", reply.split("\n\n")[-1]), reply


@pytest.mark.parametrize(
    "message",
    [
        "Can I squat and jog on the same day? and if so what goes first?",
        "lifting and running on one day - ok? and which should come first?",
        "can I do strength on the same day as my run, which first, and do I need to warm up?",
    ],
)
def test_run_first_said_once(message: str) -> None:
    reply = text(message)
    assert len(re.findall(r"\b[Rr]un first\b", reply)) == 1, reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("can I lift the day after intervals?", "ok and on easy days, which one do I do first?"),
        (
            "should I do strength on the same day as my tempo run?",
            "and on recovery run days, which goes first?",
        ),
        ("is lifting on a tempo day a bad idea?", "ok so on easy run days, which comes first?"),
    ],
)
def test_which_first_after_a_scene_setting_clause_gets_no_yes(first: str, then: str) -> None:
    reply = after(first, then)
    assert not reply.startswith(("Yes", "No")), reply
    assert "Run first" in reply or "run first" in reply, reply
    assert len(re.findall(r"\b[Rr]un first\b", reply)) == 1, reply


@pytest.mark.parametrize(
    "message",
    [
        "calf raises: W or L for trail runners?",
        "locking out on leg extensions, W or L for runners?",
        "step ups: W or L for ultra peeps?",
        "lunges: W or L for half marathon peeps?",
    ],
)
def test_no_why_strength_line_glued_under_a_named_move_or_form_rule(message: str) -> None:
    reply = text(message)
    assert "inefficient way" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "Cyclist turning runner. On the strength side of my week, what reps are recommended, and should I "
        "lift heavy?",
        "Masters runner here. For the gym side of my week, how many reps, and is going heavy ok?",
        "Swimmer adding running. On the leg side of things, how many sets should I do, and should I go "
        "single-leg?",
        "Hockey player, off-season now. For the running side of my training, what sets are best, and "
        "should I be doing single-leg work?",
    ],
)
def test_scene_setting_part_is_no_ask_of_its_own(message: str) -> None:
    reply = text(message)
    # the figure asked for leads; the "For the ... side of my week" part gets no paragraph of its own
    assert reply.startswith("2 or 3 sets of 12 to 15 reps"), reply
    assert "Run first" not in reply and "Side-lying" not in reply and "Gym kit" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "my right leg is weaker than my left, how do I fix the imbalance?",
        "how do i get my weaker side to catch up with my strong one",
        "had knee surgery 3 years ago and that leg is still smaller, running fine now. how do I even it up?",
    ],
)
def test_same_dose_said_once_for_a_list(message: str) -> None:
    reply = text(message)
    bullets = [x for x in reply.split("\n") if x.startswith("• ")]
    assert len(bullets) >= 3, reply
    assert reply.count("12–15 reps each leg") == 1, reply
    assert "2–3 sets of 12–15 reps each leg" in reply, reply


def test_one_dose_leaves_mixed_doses_alone() -> None:
    from content.answers import one_dose

    mixed = (
        "No kit, 2–3 sets:\n• Lunge: 12–15 reps each leg\n• Bridge: hold 30 s\n• Step-up: 12–15 reps each leg"
    )
    assert one_dose(mixed) == mixed
    same = (
        "Twice a week, 2–3 sets:\n• Calf raise: 12–15 reps\n• Wall squat: 12–15 reps\n• Leg press: 12–15 reps"
    )
    assert one_dose(same) == "Twice a week, 2–3 sets of 12–15 reps:\n• Calf raise\n• Wall squat\n• Leg press"


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("is the bridge more for glutes or hamstrings?", "Mostly the glutes"),
        ("wall squat good for quads or mostly glutes?", "Both"),
        ("leg press: quads or hamstrings?", "Mostly the quads"),
        ("hamstring curl: hammies or glutes?", "The hamstrings"),
        ("lunges more for the butt or the quads?", "Both"),
    ],
)
def test_muscle_either_or_names_the_muscle_not_yes(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert not reply.startswith("Yes"), reply


@pytest.mark.parametrize(
    "message",
    [
        "do box hops build power or just cardio",
        "line hops, do they build power or just fitness?",
        "do skipping drills help speed or just coordination",
    ],
)
def test_benefit_either_or_gets_no_generic_yes(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("Yes"), reply
    assert "explosive power" in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "is it fine to run and do legs the same day, and which first?",
        "how many reps should my run club do on leg exercises",
        "do i have to do lunges on both legs",
    ],
)
def test_no_session_size_line_glued_on_for_the_word_legs(message: str) -> None:
    reply = text(message)
    assert "4 to 6 exercises" not in reply, reply


def test_session_size_still_answers_when_asked() -> None:
    assert "4 to 6" in text("how many exercises should one leg workout have?")


@pytest.mark.parametrize(
    "message",
    [
        "do i have to do lunges on both legs",
        "lunges - should I do them on each leg?",
        "lunges, do I work each leg in turn?",
    ],
)
def test_body_word_picks_no_kit_stand_in(message: str) -> None:
    reply = text(message)
    assert "no dumbbells" not in reply and "bodyweight alone" not in reply, reply
