"""Round 9, tuner ta: the runner's limits and kit read once and kept by the plan (no floor, no
jumping, no grip, no deep knee bend, one kettlebell, a loaded backpack, bands, weights too light,
"is that enough?"). Own wordings, not the dev rows."""

from __future__ import annotations

import re

import pytest

from tests.answerutil import text as answer


def listed(text: str) -> str:
    """The routine's bullet lines only."""
    return "\n".join(x for x in text.split("\n") if x.startswith("•"))


# Can't get down on the floor: no bridges, no hamstring push-ups, no hip raises lying down.
@pytest.mark.parametrize(
    "message",
    [
        "getting down on the floor is hard for me these days, what leg exercises can i do",
        "i'm 70 and getting onto the ground and back up is a struggle. which leg moves should i do",
        "bad hip so floor work is out, what else can i do for glutes and hamstrings",
        "can't get down on the floor after my back op, any leg exercises i can do standing?",
        "no lying down stuff please, what can i do for my legs at home",
    ],
)
def test_no_floor_keeps_floor_moves_out(message: str) -> None:
    body = listed(answer(message))
    assert body, answer(message)
    for move in ("Bridge", "Hamstring push-up", "Side-lying hip raise", "Lying leg lift"):
        assert move not in body, body


# No jumping (neighbours, impact): no plyometrics in the list, whatever the wording.
@pytest.mark.parametrize(
    "message",
    [
        "upstairs flat, what leg stuff doesnt involve jumping",
        "need leg exercises that don't involve any hopping, thin floors",
        "what can i do for my legs without jumping? my ceiling is someone's floor",
        "low impact leg exercises please, my joints don't like jumping",
    ],
)
def test_no_jumping_keeps_plyos_out(message: str) -> None:
    text = answer(message)
    body = listed(text)
    assert body, text
    assert "hops" not in body.lower() and "jump" not in body.lower(), text


# Can't hold weights (shoulder, wrist, arm): a plan with nothing held, not the dumbbell lunge card.
@pytest.mark.parametrize(
    "message",
    [
        "recovering from shoulder surgery so i can't hold dumbbells. alternatives to weighted lunges?",
        "arm in a sling for a month, what leg work can i still do",
        "wrist is in a cast so i can't grip weights, what can i do instead of dumbbell lunges",
        "elbow injury means holding weights is out. what leg exercises still work?",
    ],
)
def test_no_grip_nothing_held(message: str) -> None:
    text = answer(message)
    assert "Hold a dumbbell in each hand" not in text, text
    assert "a weight in each hand" not in text and "dumbbells in hand" not in text, text
    # a list of moves: the plan's bullets, or the arm-injury answer's (content/safety.py) own list
    assert "•" in text or "lunges, one-legged squats" in text, text


# A knee that won't bend deeply: the 90° stop said first, not one machine's card.
@pytest.mark.parametrize(
    "message",
    [
        "got a dodgy knee that doesn't like deep bending, what leg work can i still do",
        "my knees hate deep bends, what can i do for leg strength",
        "nervous about deep knee bends after an old op, what leg exercises should i do",
        "my knee doesn't tolerate deep squats, what leg exercises would work",
    ],
)
def test_no_deep_bend(message: str) -> None:
    text = answer(message)
    assert "90°" in text.split("\n")[0], text
    # the plan's bullets, or the knee-limit answer's (content/safety.py) list of knee-friendly moves
    assert "•" in text or "barely bend it" in text, text


# One kettlebell (or one dumbbell, a loaded backpack): never "a weight in each hand".
@pytest.mark.parametrize(
    ("message", "held"),
    [
        (
            "i only own one kettlebell (12kg). can i still do a proper runners leg workout with that",
            "kettlebell",
        ),
        ("just got a single 16kg kettlebell, what leg workout can i do with it", "kettlebell"),
        (
            "all i've got is a flight of stairs and a backpack i can load with books. enough for a leg "
            "workout?",
            "backpack",
        ),
        ("i have a rucksack full of books and some stairs, what leg workout can i do", "backpack"),
    ],
)
def test_single_load_not_each_hand(message: str, held: str) -> None:
    text = answer(message)
    assert "a weight in each hand" not in text and "dumbbells in hand" not in text, text
    assert held in listed(text), text


# "Is that enough?" about kit that covers the article's basics: yes first.
@pytest.mark.parametrize(
    "message",
    [
        "only have resistance bands, no weights. enough for runners?",
        "all i have is a flight of stairs and a backpack, is that enough for a leg workout",
        "just one kettlebell at home, is that enough for runner leg strength?",
        "only got a yoga mat and a couple of bands, will that do for leg work?",
    ],
)
def test_kit_enough_yes_first(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes"), text
    assert "•" in text, text


# Weights that feel too light: how to make it harder, first.
@pytest.mark.parametrize(
    "message",
    [
        "only have a pair of 5kg dumbbells and they feel too light for lunges now, what do i do",
        "my dumbbells are getting too easy, what can i do to make leg work harder",
        "lunges with my 8kg kettlebell are too easy now, what should i do",
        "the only weights i own are 4kg and they're way too light for my legs. what now?",
    ],
)
def test_too_light_harder_first(message: str) -> None:
    text = answer(message)
    first = text.split("\n")[0].lower()
    assert "harder" in first and "one-legged" in first, text


# Something the runner rules out by name stays out of the list.
@pytest.mark.parametrize(
    ("message", "move"),
    [
        (
            "stiff back at 70, bridges and the hamstring chair thing are out. what else for my hamstrings",
            "Bridge",
        ),
        ("no gym, and calf raises are out with my achilles. what else can i do at home", "Calf raise"),
        ("home workout please but step ups are a no go for me", "step-up"),
        ("what can i do at home, lunges are out because of my knee", "Lunge"),
    ],
)
def test_ruled_out_move_left_out(message: str, move: str) -> None:
    text = answer(message)
    assert move.lower() not in listed(text).lower(), text


# "The only thing I own is X", "X is all I packed": the kit told is the constraint, a plan for it.
@pytest.mark.parametrize(
    ("message", "kit_line"),
    [
        ("only thing I own is a swiss ball. what leg exercises can I do with it", "exercise ball"),
        ("the only thing i've got is a stability ball, what leg moves can i do", "exercise ball"),
        (
            "resistance band is all i packed for this trip. anything for hamstrings with it",
            "Hamstring push-up",
        ),
        ("a loop band is all i brought on holiday, anything for my legs?", "•"),
    ],
)
def test_only_kit_gets_a_plan(message: str, kit_line: str) -> None:
    text = answer(message)
    assert "•" in text and kit_line in text, text


# Dumbbells only (a school weights room, a gym with nothing else): the calves too.
@pytest.mark.parametrize(
    "message",
    [
        "im 15 and our school weights room only has dumbbells, what leg stuff can i do with them",
        "my work gym only has dumbbells. what should i do for my legs",
        "hotel gym is literally just a rack of dumbbells, what leg workout can i do",
        "the weights room at school only has dumbbells, what can i do for my legs",
    ],
)
def test_dumbbells_only_calves_too(message: str) -> None:
    assert "Weighted calf raise" in answer(message)


# A move that bothers the knee, "what can I swap in?": the plan with the 90° stop, not that move's card.
@pytest.mark.parametrize(
    "message",
    [
        "dodgy right knee, deep lunges really bother it. what can I swap in",
        "my knees hate deep bending, what can i swap in",
        "my knee doesn't like deep lunges, what can i sub in",
        "deep bends kill my knees these days, what can i swap to",
    ],
)
def test_knee_swap_plan(message: str) -> None:
    text = answer(message)
    assert "90°" in text.split("\n")[0] and "•" in text, text


# A hill's grade told any way ("the ramp, maybe 15%"): against the article's 5-10%.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("only hill near me is a steep bridge ramp, maybe 15%. usable for hill reps?", "No"),
        ("the road up to my house is about 20%, ok for hill repeats?", "No"),
        ("my local hill is around 8%, good for hill reps?", "Yes"),
        ("the path behind the school climbs maybe 12 percent, can i do hill repeats there", "No"),
    ],
)
def test_grade_told(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead) and "5–10%" in text, text


# A chair that rolls or slides: brace it or use something else, first.
@pytest.mark.parametrize(
    "message",
    [
        "working from home, my only chair is an office chair on wheels. can i still do the hamstring thing",
        "my chairs slide all over the floor when i try the hamstring push up thing, any fix",
        "can i do hamstring push ups with my feet on a swivel chair",
        "the chair keeps sliding away on the hamstring push up, what do i do",
    ],
)
def test_rolling_chair(message: str) -> None:
    first = answer(message).split("\n")[0]
    assert "wall" in first and "ball" in first, first


# The only slot the runner has is a hard-run day (named once or twice): another day first, then how.
@pytest.mark.parametrize(
    "message",
    [
        "my club track session is tuesday night and tuesday evening is also the only time I can get to the "
        "gym. what do I do",
        "thursday is my tempo run and thursday is the only day i can get to the gym, what should i do",
        "my only free days are sunday (long run) and wednesday (intervals). when do i fit strength",
        "the only days i get to train are tuesday (track) and saturday (long run). where does strength go",
        "only evening i have is thursday which is my tempo night. can i still lift?",
    ],
)
def test_only_slot_is_hard_day(message: str) -> None:
    text = answer(message)
    first = text.split("\n")[0]
    assert "another" in first and "easy day" in first and "hard-run" in first, text
    assert "run first" in text, text


# No ankle weights (or cable) for the hip moves: the same moves with no weight, first.
@pytest.mark.parametrize(
    "message",
    [
        "my gym has no ankle weights or cable for the hip thing, what else works for hips",
        "dont own ankle weights, anything for my hips?",
        "no ankle weights at home, what can i do for weak hips",
        "we don't have ankle straps at our gym. what should i do for my hips",
    ],
)
def test_hips_without_ankle_weights(message: str) -> None:
    first = answer(message).split("\n")[0]
    assert first.startswith("No weight needed") and "side-lying hip raise" in first, first


# A stale routine ("same routine, plateauing, bored"): vary it, first.
@pytest.mark.parametrize(
    "message",
    [
        "been lifting 3x a week for 2 months, same routine every time (squats, lunges, calf raises). my "
        "running is better but im plateauing and kinda bored. should i change stuff up",
        "same leg workout for 6 months now and my times have stalled. should i switch things up?",
        "I'm bored of my leg routine and progress has plateaued lately. Should I change anything?",
        "doing the same exercises every session for ages, running's not improving lately, should i mix it up",
    ],
)
def test_stale_routine_vary(message: str) -> None:
    first = answer(message).split("\n")[0]
    assert first.startswith(("Yes", "Better")) and re.search(r"\b(?:vary|change)", first.lower()), first


# "I run four days a week" is running, not lifting: no "too much lifting" verdict.
@pytest.mark.parametrize(
    "message",
    [
        "I'm 62 and I run four days a week, only one of them hard. How do I fit strength in without "
        "overdoing it?",
        "i run 5 days a week and i'm worried about overdoing it if i add legs. how should i fit it in",
        "running six days a week already, scared strength will be too much. how do i add it",
        "I run every day and worry lifting will leave me too tired. How do I fit it in without overdoing it?",
    ],
)
def test_running_days_not_lifting_days(message: str) -> None:
    text = answer(message)
    assert not text.startswith("Probably"), text
    assert "Then twice a week" not in text and "Twice a week, three at most" not in text.split("\n")[0], text


# Shift work and a yes/no "can I fit it in?": yes first, then where it goes.
@pytest.mark.parametrize(
    "message",
    [
        "i work 12 hr shifts as a nurse and only have 3 days a week to train. can i fit strength in at all",
        "I do 4 x 12h shifts in a row then get 3 days off. can all my strength go in the days off?",
        "shift worker here, nights then days. is it possible to fit legs in twice a week?",
        "my rota is all over the place with night shifts, could i still squeeze in leg work?",
    ],
)
def test_shift_work_yes_first(message: str) -> None:
    first = answer(message).split("\n")[0]
    assert first.startswith("Yes") and "15–20 minutes" in first, first


# Bodyweight moves getting easy: how to make it harder, first (one-legged, then weight).
@pytest.mark.parametrize(
    "message",
    [
        "bridges are getting too easy now, how do i make glute work harder",
        "my home leg routine is too easy now, how do i make leg work harder",
        "been doing bodyweight stuff for months, how can i make the work harder for my quads",
        "i can hold the bridge for 2 mins and it's getting easy, how do i make glute work harder",
    ],
)
def test_bodyweight_too_easy(message: str) -> None:
    first = answer(message).split("\n")[0].lower()
    assert "harder" in first and "one-legged" in first, first


# Coming back after a long break and asking where to begin: the gentle home basics.
@pytest.mark.parametrize(
    "message",
    [
        "I took a whole year off running because of burnout and my legs feel like noodles now. I want to "
        "come back properly rather than getting hurt again. Where do I begin?",
        "after a long time off I want to rebuild my legs before running again, what should i do first",
        "took two years out from running, want to rebuild strength first. where should i begin?",
        "had 18 months away from running, muscles feel like mush. where do i start with leg strength?",
    ],
)
def test_comeback_where_to_begin(message: str) -> None:
    text = answer(message)
    assert "one or two sets" in text.split("\n")[0] and "•" in text, text
