"""Round 15, tuner xb: every ask of a message gets its own answer, in order (questions told inside a
statement, conditions, a preamble's "it", two things asked of the same subject, "and any tips"), and a
constraint the runner tells shapes the moves offered (missing household kit, a bare floor, a missing
hill, a knee that can't kneel or go deep, a load they can carry)."""

from __future__ import annotations

import pytest

from tests.answerutil import text

pytestmark = pytest.mark.dateless


# ---- A question told inside a statement ("we argue about whether...", "not sure whether...") is ------
# ---- answered after the reply to the explicit ask -------------------------------------------------------
@pytest.mark.parametrize(
    ("message", "first"),
    [
        (
            "My sister says lifting the day before a parkrun is fine. We also disagree about whether to lift "
            "before or after a run. Is she right?",
            "day before a race",
        ),
        (
            "I've got a 10k on Saturday. My friend and I argue about whether to lift before or after a run. "
            "Can I lift on Thursday?",
            "Thursday",
        ),
        (
            "I lift twice a week at home. I'm never sure whether to run before or after the session. How "
            "many sets of lunges should I do?",
            "2–3 sets",
        ),
    ],
)
def test_indirect_question_is_answered_too(message: str, first: str) -> None:
    reply = text(message)
    assert first in reply
    assert "run first, then the strength work" in reply
    assert reply.index(first) < reply.index("run first, then the strength work")


def test_indirect_question_names_no_topic_of_its_own() -> None:
    # the muscle named inside the told question ("raising my hips") is not what the reply is about
    reply = text(
        "The chair keeps wobbling when I do hamstring push-ups. I'm also not sure whether I lift one leg "
        "before or after raising my hips. Ideas?"
    )
    assert "For the hips" not in reply
    assert "2) Raise your backside off the floor. 3) Take one foot off the chair." in reply


def test_indirect_question_the_reply_covers_is_not_repeated() -> None:
    reply = text(
        "Half marathon next month and the race is on a Sunday. My coach and I disagree about whether to lift "
        "before or after a run. Is a Friday session ok?"
    )
    assert reply.count("run first") == 1


# ---- Which part of one move comes first: that move's steps, in order ----------------------------------
@pytest.mark.parametrize(
    ("message", "step"),
    [
        ("in the bridge, feet first or hips first?", "2) Squeeze your glutes and raise your hips."),
        (
            "with step-ups, do I lead with the left or the right first?",
            "4) Repeat, switching the leading leg",
        ),
        ("on a lunge, do I step forward first or bend first?", "2) Lead with a long right-leg stride"),
        (
            "hamstring push-up: do I raise my backside first or take the foot off first?",
            "3) Take one foot off",
        ),
    ],
)
def test_step_order_gives_the_steps(message: str, step: str) -> None:
    reply = text(message)
    assert step in reply
    assert "Hip muscles" not in reply and "Spring off" not in reply


# ---- A hyphenated move said before a colon is what "it" means in each of the asks after it -----------
@pytest.mark.parametrize(
    ("message", "second"),
    [
        ("Wall-sit: what is it good for and how long do I hold?", "no timed hold"),
        ("Bench step-up: what does it target, and how many?", "2–3 sets × 12–15 reps"),
        ("Single-leg squat: what does it work, and how deep?", "90°"),
    ],
)
def test_preamble_move_each_ask_answered(message: str, second: str) -> None:
    reply = text(message)
    assert "works the quads and glutes" in reply
    assert second in reply
    assert "range of motion" not in reply


# ---- "..., and any tips / cues?": an ask of its own ------------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "How steep should the hill be, and any tips on form?",
        "How steep, how many, and any cues for hill repeats?",
        "How many hill repeats, and any form tips?",
    ],
)
def test_tips_request_is_its_own_ask(message: str) -> None:
    reply = text(message)
    assert "5–10%" in reply
    assert "lifting your knees" in reply
    assert "Never sacrifice form to lift a heavier weight" not in reply


# ---- Two things asked of strength work in one yes/no: each answered ---------------------------------------
@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        ("Could lifting make me quicker and also help my knees?", "run faster", "runner's knee"),
        ("Will strength training improve my posture and also stop shin splints?", "posture", "shin splints"),
        ("Can strength work help my hill running and also prevent runner's knee?", "hills", "runner's knee"),
    ],
)
def test_two_gains_each_answered(message: str, first: str, second: str) -> None:
    reply = text(message)
    assert first in reply and second in reply
    assert reply.index(first) < reply.index(second)


# ---- A condition belongs to the ask after it ("if I start, how do I...") --------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "I run 30k a week. If I'm not injured, why bother lifting, and if I start, how do I stop it getting "
        "boring?",
        "Never been hurt. If I'm fine already, why bother with strength work, and if I do, how do I make it "
        "less of a chore?",
    ],
)
def test_conditions_stay_with_their_asks(message: str) -> None:
    reply = text(message)
    paragraphs = reply.split("\n\n")
    assert len(paragraphs) == 2  # why, then how: each ask once
    assert "Because" in paragraphs[0] or "because" in paragraphs[0]
    assert "music" in paragraphs[1]  # the second ask: how to keep it from being a chore


# ---- A yes/no ask after what is told (a comma, a dash, an emoji), then a second ask ----------------------
@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("recently moved, 40s, keen 5k runner 🙂 is leg work worth it and what should I start with?", "Yes"),
        ("52F, two half marathons a year 🙂 is strength work worth it and what should I do first?", "Yes"),
        (
            "ran for years, never lifted 😬 is it too late and which moves first?",
            "No, it's never too late",  # (xe's lead for too late beside a plan ask)
        ),
    ],
)
def test_inner_yes_no_then_second_ask(message: str, verdict: str) -> None:
    reply = text(message)
    assert reply.startswith(verdict)
    assert "• " in reply or "one-legged squat" in reply.lower()


# ---- A missing hill told, then a bare "substitute?": the hill's stand-ins ----------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "Dead flat round here, no hills to speak of. Substitute?",
        "Dead flat coastal town, no hills anywhere. Substitute?",
        "Dead flat fen country, no hills. Substitute?",
    ],
)
def test_missing_hill_told_then_substitute(message: str) -> None:
    reply = text(message)
    assert "treadmill" in reply
    assert "Stronger legs power you up hills" not in reply


# ---- Household kit told missing, or only the floor: the floor moves, nothing that needs the kit ------------
@pytest.mark.parametrize(
    "message",
    [
        "hotel room with no chair and no desk, just floor. any leg ideas?",
        "no bench, no chair, nothing but floor space. any ideas?",
        "only have the floor, nothing else. what can I do?",
    ],
)
def test_household_lacks_give_floor_moves(message: str) -> None:
    reply = text(message)
    assert "• Bridge" in reply
    assert "flat on the floor" in reply
    assert "Hamstring push-up (a chair" not in reply
    assert "Bench step-up" not in reply
    assert "No chair?" not in reply


def test_floor_only_in_a_small_room_keeps_no_jumping() -> None:
    reply = text("tiny room, just the floor and me. leg routine?")
    assert "no jumping" in reply
    assert "Line hops" not in reply


# ---- How to do named moves with the kit they need told missing: each move's stand-in -------------------
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "no stairs in my flat, how do I do step-ups?",
            ["a sturdy chair pushed against a wall", "Step up until"],
        ),
        ("I don't have a bench. How do I do step-ups?", ["no bench, so use a sturdy chair"]),
        (
            "no dumbbells at home, how do I do lunges and calf raises?",
            ["Lunge: no dumbbells, so use bodyweight alone", "Calf raise:"],
        ),
        (
            "Bungalow, so no stairs. How should I do calf raises and step-ups?",
            ["won't tip", "Bench step-up: no stairs"],
        ),
    ],
)
def test_named_moves_without_missing_kit(message: str, expected: list[str]) -> None:
    reply = text(message)
    for piece in expected:
        assert piece in reply
    assert "No step or box? Calf raise" not in reply


# ---- Limits and loads told, with an open ask: the plan that fits them ------------------------------------
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Bad knees, can't kneel on the floor or go deep. What's possible?", "Nothing deep needed"),
        ("Old rugby knees: can't kneel or squat low. What's doable?", "Nothing deep needed"),
        (
            "All I have is a rucksack I can fill with books, no weights. Can I train with that?",
            "loaded backpack",
        ),
        ("Only a kettlebell at home. Can I work with that?", "kettlebell held at your chest"),
        (
            "Upstairs flat, no jumping allowed. What can I still do for my legs?",
            "No jumping, so no plyometrics",
        ),
    ],
)
def test_told_limits_shape_the_plan(message: str, expected: str) -> None:
    reply = text(message)
    assert expected in reply
    assert "• " in reply
    assert "you can leave them out" not in reply


def test_a_rocking_floor_is_not_a_rock() -> None:
    reply = text("Live on a boat, the floor rocks and I can't jump. What can I still do for my legs?")
    assert "log or rock" not in reply
    assert "• " in reply


# ---- After a plan, an ask for safety tips or what to watch for: the article's cautions ------------------
@pytest.mark.parametrize(
    "message",
    [
        "Running club coach here: what bodyweight leg moves for the group, and any safety tips?",
        "Give me a no-equipment leg routine for my kids' running club, and what should I watch for?",
        "What home leg exercises can I do with no kit, and any safety advice?",
    ],
)
def test_safety_ask_after_a_plan(message: str) -> None:
    reply = text(message)
    assert "• " in reply  # the moves
    assert "slow and controlled" in reply and "breathe out" in reply  # and the cautions


# ---- An incline walked on a desk treadmill: the hill stand-in is run, and walking isn't strength work --
@pytest.mark.parametrize(
    "message",
    [
        "I have a walking desk at the office, can its incline count as my hill training?",
        "I walk on an inclined treadmill every evening, does that count as hill work?",
        "my office has a treadmill desk, is walking on it at an incline as good as hill repeats?",
    ],
)
def test_walking_incline_is_not_the_hill_work(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Partly")
    assert "running up them" in reply and "isn't targeted strength work" in reply


# ---- The kit told is all there is ("just a bench"): moves for it, the calves on the bench's edge -------
@pytest.mark.parametrize(
    "message",
    [
        "just a bench in my garage, what leg stuff can I do?",
        "just a weights bench in the spare room, what leg stuff can I do?",
        "only a bench in my shed, what leg stuff can I do?",
    ],
)
def test_just_a_bench_gets_its_moves(message: str) -> None:
    reply = text(message)
    assert "• Bench step-up" in reply
    assert "Calf raise (on the edge of a bench)" in reply


# ---- A bare "how low / how far?" after an ask that named one move: that move's figure -----------------
@pytest.mark.parametrize(
    ("message", "figure"),
    [
        ("do I breathe in or out on lunges, and how low do I go?", "front knee is bent to 90°"),
        ("when should I breathe out on one-legged squats, and how low do I go?", "right angle (90°)"),
        ("do I breathe out going up on a one-legged squat, and how low do I go?", "right angle (90°)"),
    ],
)
def test_bare_figure_ask_takes_the_move_named_before(message: str, figure: str) -> None:
    reply = text(message)
    assert "Breathe out on the effort" in reply  # the first ask
    assert figure in reply  # the second, about the move
    assert "calf raise" not in reply.lower()  # not the range-of-motion rule's example


# ---- "Which injuries?" (alone, or "which ones?" after injury prevention): the ones the article names ---
@pytest.mark.parametrize(
    "message",
    [
        "which injuries can leg strength prevent?",
        "does lifting help prevent injuries? which kinds?",
        "Will strength training protect me from getting hurt, and which ones does it stop?",
    ],
)
def test_which_injuries_are_named(message: str) -> None:
    reply = text(message)
    # (xd's list says "overuse injuries to the knees, hips and feet" for weak hips)
    assert "shin splints" in reply.lower() and "runner's knee" in reply.lower()
    assert "weak hips" in reply or "hips" in reply
    assert reply.count("repetitive-stress") <= 1


# ---- "If so, what?" after a yes/no about needing strength work: the moves -----------------------------
@pytest.mark.parametrize(
    "message",
    [
        "I walk loads at work. Does that count as leg training? If so, what?",
        "I cycle to work every day. Do I still need leg strength work? If so, which?",
        "Do marathon runners really need strength work? If yes, what?",
    ],
)
def test_if_so_what_gets_the_moves(message: str) -> None:
    reply = text(message)
    assert "\n\n" in reply  # the verdict, then the moves
    assert "calf raise" in reply.lower() and "bridge" in reply.lower()


# ---- "Anything to go easy on?" is the article's cautions; after an operation, its limits first ----------
@pytest.mark.parametrize(
    ("message", "operated"),
    [
        ("60, new hip, all healed and cleared. Anything I should go easy on?", True),
        ("Knee replacement last year, all healed. What should I be careful of with leg work?", True),
        ("Just starting leg work at 45. Anything I should take it easy with?", False),
    ],
)
def test_go_easy_on_is_the_cautions(message: str, operated: bool) -> None:
    reply = text(message)
    assert "slow and controlled" in reply
    assert ("surgeon's or physio's limits come first" in reply) is operated
    assert "For the hips" not in reply


# ---- "Should every session be the same?": vary it --------------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "Should every leg session be the exact same routine?",
        "should each strength session look the same?",
        "Does every gym session have to be the same?",
    ],
)
def test_every_session_the_same_is_vary_it(message: str) -> None:
    assert text(message).startswith("Better to vary it")


# ---- Where they'll train shapes the list: at home, no hill repeats; on a field, no chair or bench -------
@pytest.mark.parametrize(
    "message",
    [
        "My calves burn on the hills of my loop. What can I do at home in the evenings with no equipment?",
        "I struggle on hills and my glutes feel weak by the top. What could I do at home with no kit?",
        "I run hilly routes and my quads suffer. What could I do at home with no equipment?",
    ],
)
def test_at_home_asked_no_hill_repeats(message: str) -> None:
    reply = text(message)
    assert "• " in reply
    assert "Hill repeats" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "I coach a junior club. What no-equipment leg circuit can we do on the playing field after training?",
        "Our running group meets in the park with no kit. What strength circuit could we do on the field?",
        "We train on a school field with nothing but cones. What leg exercises can the squad do there?",
    ],
)
def test_open_air_no_chair_or_bench(message: str) -> None:
    reply = text(message)
    assert "• " in reply
    assert "chair braced" not in reply and "Bench step-up" not in reply and "stair" not in reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("As my weekly mileage climbs my calves get tight. Give me a home routine.", "For your calves:"),
        (
            "when my distance climbs my hamstrings tighten up, what can I do at home?",
            "For your hamstrings:",
        ),
        (
            "I coach teens. When the volume climbs some of them get sore shins. What no-kit circuit can we "
            "do on the field?",
            "For your shins:",
        ),
    ],
)
def test_climbing_mileage_is_no_hill(message: str, lead: str) -> None:
    reply = text(message)
    assert lead in reply  # the part told, not the quads a climb would work
    assert "quads" not in reply.split("\n")[0]


# ---- "Can strength work stop injuries?": the yes first ----------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "can strength work stop injuries?",
        "does lifting prevent injuries?",
        "will lifting help me avoid injuries?",
    ],
)
def test_prevents_injuries_gets_its_yes(message: str) -> None:
    assert text(message).startswith("Yes")
