"""Round 13 (tuner td): a move, named or told by its look, with one detail asked gets that detail first.

Each mechanism is checked on wordings of our own (not the burned blind sets' questions)."""

from __future__ import annotations

import pytest

from tests.answerutil import text

pytestmark = pytest.mark.dateless


# A move told by what it looks like (split stance, stride and drop, ball between back and wall) is read
# as that move even when a detail question follows it.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "the move with one leg out in front and the back leg resting on its toes behind you, bending "
            "down - what muscles does that work?",
            "One-legged squat works",
        ),
        (
            "that exercise where you take a big stride forward, sink down and push back - what does it work?",
            "Lunge",
        ),
        ("squat with a gym ball between my back and the wall - how far down do I go?", "Wall squat"),
    ],
)
def test_described_move_then_detail(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert "Skipping" not in reply and "range of motion" not in reply


def test_described_ball_squat_depth_is_ninety() -> None:
    reply = text("squat with a gym ball between my back and the wall - how far down do I go?")
    assert "90" in reply.split("\n")[0], reply


# "which part / what bit / what area does it work": the muscles, first.
@pytest.mark.parametrize(
    ("message", "muscle"),
    [
        ("which part of my leg does the hamstring push-up train?", "hamstrings"),
        ("bridge - what bit of me does that work?", "glutes"),
        ("on the step up, what area does it target?", "quads"),
    ],
)
def test_which_part_it_works(message: str, muscle: str) -> None:
    first = text(message).split("\n")[0]
    assert " works the " in first and muscle in first, first


def test_which_part_says_where_the_work_is() -> None:
    reply = text("the hamstring push-up, which part of the leg is that working?")
    assert "leg still on the chair" in reply, reply


# A yes/no detail after a dash ("<move> - should my chest stay up?") gets its verdict and the cue.
@pytest.mark.parametrize(
    "message",
    [
        "lunges - should my chest stay up?",
        "one-legged squat - should my chest stay up?",
        "the one where you step forward holding dumbbells and drop down, then come back - chest up, "
        "should it be?",
    ],
)
def test_chest_up_gets_yes_and_upright(message: str) -> None:
    first = text(message).split("\n")[0]
    assert first.startswith("Yes"), first
    assert "upright" in first, first


# A move the runner told in a sentence before is what a bare detail ask is about.
@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("I've started doing wall squats. How low should I go?", "90"),
        ("My coach has me doing one-legged squats. Where does my back foot go?", "toes"),
        ("Started doing bridges. What muscles is that hitting?", "Bridge works the glutes"),
    ],
)
def test_told_move_is_the_subject(message: str, says: str) -> None:
    first = text(message).split("\n")[0]
    assert says in first, first


# "then what?": the steps after the one told, not the whole card again.
@pytest.mark.parametrize(
    ("message", "next_step", "told_step"),
    [
        (
            "calf raise: I stand on the step edge and let my heels drop, then what?",
            "Rise up onto your toes",
            "1)",
        ),
        ("the hamstring push-up: feet on the chair, then what?", "Take one foot off", "1)"),
        ("bridge - lie on my back with knees bent, what next?", "Squeeze your glutes", "1)"),
    ],
)
def test_then_what_gives_the_rest(message: str, next_step: str, told_step: str) -> None:
    reply = text(message)
    assert next_step in reply, reply
    assert told_step not in reply, reply


def test_now_what_after_steps_told() -> None:
    reply = text("I'm on my back with my heels on a chair, hips up. Now what?")
    assert "Take one foot off" in reply and "1) Lie face up" not in reply, reply


@pytest.mark.parametrize(
    "message",
    [
        "skipping where you land on the same foot - is that a proper plyo drill?",
        "box hops: a real plyometric exercise or not?",
        "is skipping a legit running drill?",
    ],
)
def test_proper_drill_gets_yes(message: str) -> None:
    assert text(message).startswith("Yes"), text(message)


def test_then_what_after_a_step_told_back() -> None:
    reply = text(
        "Saw the hamstring push-up in a magazine. You lie down with your feet on a chair? Then what?"
    )
    assert "Take one foot off" in reply and "Side-lying" not in reply, reply


# "how do I do it right": the steps (no yes/no, no "other side").
@pytest.mark.parametrize(
    ("message", "step"),
    [
        ("the side-lying hip raise - what's it for and how do I do it right?", "Lift the top"),
        ("bridges: what are they for and how do I do them right?", "Squeeze your glutes"),
        ("how do I do the side-lying hip raise right?", "Lift the top"),
    ],
)
def test_how_to_do_it_right_gives_steps(message: str, step: str) -> None:
    reply = text(message)
    assert step in reply, reply
    assert "Same dose each leg" not in reply, reply


# Two moves named as a choice: both compared, not "one leg vs two".
@pytest.mark.parametrize(
    ("message", "names"),
    [
        ("is a one-legged squat better than a step up?", ("One-legged squat", "step-up")),
        ("step ups or one leg squats for a runner?", ("One-legged squat", "step-up")),
        ("split squats vs step-ups - which one should I be doing?", ("One-legged squat", "step-up")),
    ],
)
def test_two_moves_compared(message: str, names: tuple[str, ...]) -> None:
    reply = text(message)
    assert all(n.lower() in reply.lower() for n in names), reply
    assert not reply.startswith("One leg is harder"), reply


# "if I only had time for one": a pick, not "both".
@pytest.mark.parametrize(
    "message",
    [
        "hills or the gym, if I only had time for one?",
        "hill sprints vs leg weights if I only got time for one",
        "lunges or step ups, if I only had time for one which?",
    ],
)
def test_only_time_for_one_picks(message: str) -> None:
    first = text(message).split("\n")[0]
    assert "if it's only one" in first, first


# A kit told, and which moves it can load: the loaded moves, with that kit.
@pytest.mark.parametrize(
    ("message", "kit"),
    [
        ("I only own one 12kg kettlebell. Which exercises could I load with it?", "kettlebell"),
        ("Got a pair of 8kg dumbbells at home. Which moves can I use them for?", "dumbbell"),
        ("There's a kettlebell in my flat. What exercises can I do with it for my legs?", "kettlebell"),
    ],
)
def test_kit_told_loads_moves(message: str, kit: str) -> None:
    reply = text(message)
    assert "Lunge" in reply and kit in reply.lower(), reply


# What it's for, and a yes/no on how: both.
@pytest.mark.parametrize(
    ("message", "yes_fact"),
    [
        (
            "the one with your heels on a chair where you lift your hips and take a foot off... what's it "
            "for and am I meant to lower slowly?",
            "slow",  # (r20 tq: "slowly" stems as "slow", so "The slow lowering is the exercise" may answer)
        ),
        ("hamstring push-ups - what are they for, and do I go down slow?", "slow"),  # (r20 tq: as above)
        ("calf raises: what are they for, and should I pause at the top?", "Pause"),
    ],
)
def test_what_for_and_a_yes(message: str, yes_fact: str) -> None:
    reply = text(message)
    assert "Yes" in reply and yes_fact in reply, reply
    assert "plyometrics" not in reply, reply


# A move named, then several detail asks: each detail of that move (not a seated machine for "sit").
@pytest.mark.parametrize(
    ("message", "says"),
    [
        (
            "Wall squat - where do my feet go, how deep do I sit, and anything to watch with my knees?",
            ("feet a little forward", "90", "in front of your toes"),
        ),
        (
            "wall squats: how low do I go and anything to watch out for with my knees?",
            ("90", "in front of your toes"),
        ),
        (
            "one-legged squat - how far down do I go and where does my back foot go?",
            ("toes on the ground", "90"),
        ),
    ],
)
def test_move_details_each_said(message: str, says: tuple[str, ...]) -> None:
    reply = text(message)
    assert all(s in reply for s in says), reply
    assert "Leg press" not in reply, reply


# A kit problem told (no ball; a chair on wheels) for the move named by its kind ("the hamstring one").
@pytest.mark.parametrize(
    ("message", "says"),
    [
        ("dont own a gym ball, can i still do the hamstring one?", "chair braced against a wall"),
        ("my only chair has wheels so the hamstring push-up is dodgy, what else?", "exercise ball"),
        ("office chair has castors - hamstring push ups, what do I do?", "against a wall"),
    ],
)
def test_kit_problem_for_the_hamstring_move(message: str, says: str) -> None:
    reply = text(message)
    assert says in reply and "hamstring push-up" in reply.lower(), reply
    assert "Wall squat" not in reply and "Hamstrings (the back" not in reply, reply


def test_how_to_with_a_wheeled_chair_gives_steps_and_the_fix() -> None:
    reply = text("how do I do hamstring push ups? my only chair has wheels")
    assert "1) Lie face up" in reply and "against a wall" in reply.split("\n", 1)[1], reply


# A kit lacked (told in the message) on a move with its own stand-in: the stand-in first, the steps
# whole under it (not cut into a list that starts at "2)").
@pytest.mark.parametrize(
    ("message", "swap"),
    [
        ("no ball in the flat. how do I do wall squats?", "No ball? Keep your back flat on the wall"),
        (
            "I don't have an exercise ball. How do I do wall squats?",
            "No ball? Keep your back flat on the wall",
        ),
        ("no dumbbells at home. how do I do lunges?", "No dumbbells? Use bodyweight alone"),
    ],
)
def test_lacked_kit_gets_the_moves_stand_in(message: str, swap: str) -> None:
    reply = text(message)
    assert reply.startswith(swap), reply
    assert "1) " in reply, reply


# A machine told by its look.
@pytest.mark.parametrize(
    ("message", "name"),
    [
        (
            "that lift where you lie on your belly and curl your heels to your bum on a machine - "
            "what's it for?",
            "Hamstring curl",
        ),
        (
            "I lie on my front and curl the pad up to my bum on a machine at the gym. how heavy "
            "should it be?",
            "Hamstring curl",
        ),
        (
            "the gym one where you lie face down and bend your knees to bring your heels to your "
            "backside, how many reps?",
            "Hamstring curl",
        ),
    ],
)
def test_machine_told_by_its_look(message: str, name: str) -> None:
    reply = text(message)
    assert name in reply.split("\n")[0], reply
    assert not reply.startswith("Hip strength"), reply


# A detail asked as an either/or of one move: the option its cue says, first; the move's own
# "one-legged" name is no one-leg-versus-two question.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "side-lying hip raise - should my leg be straight or bent?",
            "Straight: keep the lifting leg straight",
        ),
        ("hip raise on my side: leg straight or bent, should it be?", "Straight"),
        ("one-legged squat: should my back foot be flat or on its toes?", "back toes"),
    ],
)
def test_either_or_detail_of_a_move(message: str, lead: str) -> None:
    first = text(message).split("\n")[0]
    assert lead in first, first
    assert not first.startswith("One leg is harder"), first


def test_one_or_two_legged_squat_is_still_the_progression() -> None:
    # (r15 xf: the either/or opens with the pick itself, "Single-leg, where you can", as graded)
    assert text("one legged squat or two legged squat?").startswith("Single-leg")


# A telling hyphenated into one long word is read as its words.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("the pushing-up-onto-tiptoes-off-a-stair one: how many sets?", "Calf raise"),
        ("that lying-on-your-back-hips-up-to-the-ceiling thing - how long do I hold it?", "Bridge"),
        ("the lean-against-the-wall-and-lift-your-toes one - what's it for?", "Wall toe raise"),
    ],
)
def test_hyphenated_telling(message: str, lead: str) -> None:
    first = text(message).split("\n")[0]
    assert first.startswith(lead), first


# A move told, then "is that good for <injury or part>?": that move for it, not the injury's own list.
@pytest.mark.parametrize(
    ("message", "move"),
    [
        (
            "I've been doing the thing where you sit against the wall with a ball behind you. Is that good "
            "for runner's knee?",
            "wall squat",
        ),
        ("I've started doing calf raises on the stairs. Will it help my shins?", "Calf raise"),
        ("I do bench step-ups twice a week. Is that good for runner's knee?", "step-up"),
    ],
)
def test_told_move_good_for_an_injury(message: str, move: str) -> None:
    first = text(message).split("\n")[0]
    assert first.startswith("Yes") and move in first, first
