"""Round 12 (tuner q1): fixed by mechanism, each tested on wordings other than the one that taught it.

- Moves, machines and muscles described instead of named (content/described.py): a sentence that
  shows every feature of one thing, in any order and wording, is about that thing.
- A yes/no ask that points back at the one move the background names ("...I've started doing hill
  repeats. Is it doing anything?") is about that move, not a rule a passing word landed on.
- "worth it or a waste of time?": the "Yes" answers the first option, never "No, it's a good one".
"""

from __future__ import annotations

import pytest

from content.described import name_described
from tests.answerutil import text


@pytest.mark.parametrize(
    ("message", "name"),
    [
        (
            "my coach has me stand on a curb with my heels hanging off and rise up on my toes, why?",
            "calf raise",
        ),
        (
            "rising onto the balls of my feet on the bottom stair with my heels dipping below - how many?",
            "calf raise",
        ),
        (
            "the one where you stand on the edge of a stair and go up on tiptoes. worth doing weekly?",
            "calf raise",
        ),
        (
            "lying flat on the floor, knees bent, lifting my bum up and squeezing - how long do I hold?",
            "bridge",
        ),
        ("I lie on my back and push my hips up towards the ceiling, is that enough for my glutes?", "bridge"),
        (
            "feet up on the sofa, lift my backside, then take one leg off and lower slowly - how many?",
            "hamstring push-up",
        ),
        (
            "how do I do the one with my heels on a chair and lifting my hips, then one foot off?",
            "hamstring push-up",
        ),
        (
            "I keep sprinting up the hill by my house, jogging back down, like 6 times. does it count?",
            "hill repeats",
        ),
        ("we run up the steep road over and over at club, is that good for my legs?", "hill repeats"),
        ("can I tilt the running machine up instead of finding a hill?", "treadmill incline"),
        (
            "the gym has a moving belt thing you can tilt up like a slope, does that count?",
            "treadmill incline",
        ),
        (
            "leaning my back on the wall and lifting my toes up while heels stay down, how often?",
            "wall toe raise",
        ),
        ("back against a wall, sliding down till my knees are at 90 and holding, how long?", "wall squat"),
        ("hopping on one foot twice then landing on the same foot and switching, a real drill?", "skipping"),
        ("jumping onto a low step one leg at a time, how many?", "box hops"),
        ("the muscles round my hip that rotate my thigh, how do I strengthen them?", "deep hip muscles"),
        ("what works the muscles on the back of my lower leg?", "calves"),
        ("she said it's for the muscles you sit on", "glutes"),
    ],
)
def test_a_described_thing_is_named(message: str, name: str) -> None:
    assert name in name_described(name_described(message, muscles=True)).lower()


@pytest.mark.parametrize(
    "message",
    [
        "how many calf raises should I do?",
        "is it ok to hold my breath when i push the weight up",
        "Hotel treadmill goes up to 15% incline. What setting should I use?",
        "sudden sharp pain in my groin on the side leg raises",
        "jumping onto a low box with one leg",
        "my knees go past my toes on wall squats, bad?",
    ],
)
def test_named_or_undescribed_text_is_left_alone(message: str) -> None:
    assert name_described(message) == message


@pytest.mark.parametrize(
    ("message", "lead", "wants"),
    [
        (
            "how do I train the muscles at the back of my lower leg, the ones that make my stride springy",
            "For the calves",
            "Calf raise",
        ),
        ("what works the muscles on the back of my lower leg?", "", "Calf raise"),
        (
            "those small deep muscles round the hip joint that turn the leg in and out - do they matter for "
            "running?",
            "Yes",
            "hip",
        ),
        (
            "The hotel gym has one of those moving belt things and you can tilt the front up so it feels "
            "like a slope. Does that count for anything?",
            "Yes",
            "incline",
        ),
        ("can I tilt the running machine up instead of finding a hill?", "Yes", "incline"),
        (
            "lying flat on the floor, knees bent, lifting my bum up and squeezing - how long do I hold it?",
            "Bridge",
            "30",
        ),
        (
            "feet up on the sofa, lift my backside, then take one leg off and lower slowly - how many each "
            "leg?",
            "Hamstring push-up",
            "each leg",
        ),
        (
            "I keep sprinting up the hill by my house, jogging back down, like 6 times. does that count as "
            "strength?",
            "Yes",
            "resistance training",
        ),
    ],
)
def test_a_described_thing_gets_its_answer(message: str, lead: str, wants: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert wants.lower() in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "There's a steep lane behind our house and I've started running up it over and over with my dog and "
        "jogging back down. My legs feel like after a gym session. Is it doing something real?",
        "I've been charging up the hill in the park again and again and walking back down. Friends say it's "
        "like a gym workout. Does it count?",
        "Started doing hill repeats on the hill near work. My gym mates laugh. Is that doing anything?",
    ],
)
def test_a_yes_no_about_the_one_move_told_is_that_moves(message: str) -> None:
    reply = text(message)
    assert "Hill repeats" in reply or "hill" in reply.split("\n")[0].lower()
    assert "Gym kit singles out" not in reply
    assert "•" not in reply  # (no home or gym plan)


@pytest.mark.parametrize(
    "message",
    [
        "Is the quadriceps extension worth it for a runner or a waste of time?",
        "is the bridge worth it or pointless?",
        "leg press, worth it or a waste of time for marathoners?",
    ],
)
def test_worth_it_or_a_waste_is_not_answered_no(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("No")


@pytest.mark.parametrize(
    "message",
    [
        "I'm 45 and want to finally do a pull-up. What's a good progression?",
        "how do I get more push ups for the police fitness test? chest and arms are weak",
        "best way to get bigger biceps? any routine",
        "any tips for getting more sponsors for my charity marathon fundraising page?",
        "how do I set up a fundraising page for my first half?",
        "can you recommend a good running stroller for twins",
        "which buggy is best for running with a toddler",
    ],
)
def test_off_topic_messages_get_the_short_refusal(message: str) -> None:
    assert text(message).startswith("I only know leg strength for runners")


@pytest.mark.parametrize(
    "message",
    [
        "chest pain and my left arm feels weak after hill reps",
        "chest pain during push ups",
        "I can do 10 chin ups but my legs are weak, what should I do",
        "need some no-faff S&C for a dad who pushes a running buggy everywhere",
    ],
)
def test_upper_body_words_beside_a_sign_or_the_legs_are_not_refused(message: str) -> None:
    assert not text(message).startswith("I only know leg strength for runners")


@pytest.mark.parametrize(
    "message",
    [
        "how meny sets of lungs shud i do",
        "how many reps of lungs each leg",
        "lungs with dumbbells, how heavy?",
        "doing weighted lungs tonight, how many sets?",
    ],
)
def test_lungs_in_a_workout_are_lunges(message: str) -> None:
    reply = text(message)
    assert "/exercise lunge" in reply
    assert "2–3 sets" in reply


def test_lungs_that_burn_are_not_lunges() -> None:
    assert "Lunge" not in text("my lungs burn on hills, will leg strength help?")


@pytest.mark.parametrize(
    "message",
    [
        "plyometics for begginers?? wher to start",
        "How do I get started with plyometrics at home? Total beginner, we have a back step and a garden",
        "How do I get started with plyometrics at home? I swim and bike, haven't jumped since school",
        "new to plyometrics, what first?",
        "starting plyos next week, how should I progress?",
    ],
)
def test_a_plyometrics_start_gets_the_progression(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Start with line hops")
    assert "box hops" in reply and "skipping" in reply
    assert "•" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "For faster start in sprint, is better plyometric jumps or weights?",
        "when should my group start plyometrics, straight away or after a few weeks of the basic stuff",
    ],
)
def test_a_plyometrics_either_or_keeps_its_verdict(message: str) -> None:
    assert not text(message).startswith("Start with line hops")


@pytest.mark.parametrize(
    "message",
    [
        "yo whats a solid leg day for a runner",
        "leg day for runners, whats the move fr",
        "tryna not be noodle legs on the beep test, gimme the move list (no gym)",
        "need some no-faff S&C for a busy dad, keep it chill",
        "gimme a leg day, no kit",
    ],
)
def test_a_leg_day_asked_for_is_a_routine(message: str) -> None:
    reply = text(message)
    assert reply.count("\n• ") >= 4


@pytest.mark.parametrize(
    "message",
    [
        "i hate leg day lol how do i make it less awful",
        "tbh leg day is boring af, how do i make it not suck",
        "is leg day bad before a long run?",
        "how often should leg day be?",
    ],
)
def test_leg_day_said_in_another_ask_is_not_a_routine(message: str) -> None:
    assert "\n• " not in text(message)


@pytest.mark.parametrize(
    "message",
    [
        "yo whats a solid leg day for a runner that wont make me slow af",
        "best leg day for a runner, dont wanna get swole n slow lol",
        "give me a leg routine that wont bulk me up",
    ],
)
def test_a_routine_asked_with_the_bulk_worry_answers_it_too(message: str) -> None:
    reply = text(message)
    assert "\n• " in reply
    assert "won't bulk you up or slow you down" in reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("gym bros keep saying lock out ur knees on leg press for max gains. legit or cap?", "No"),
        ("people say you should bounce at the bottom of squats. legit or cap?", "No"),
        ("heard lifting makes runners slow. legit or cap?", "No"),
        ("my mate says hill sprints count as leg day, cap or legit", "Yes"),
    ],
)
def test_legit_or_cap_asks_whether_the_claim_is_true(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "running builds endurance but is an inefficient way" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "why does running up hills count as strength training? it's still just running",
        "why do hill repeats count as strength work?",
        "so why would hills count as a strength session",
    ],
)
def test_a_why_is_not_answered_yes(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("Yes")
    assert "resistance training" in reply


@pytest.mark.parametrize(
    "message",
    [
        "how many series I must do for each leg in the hamstring exercise with the chair?",
        "the hamstring one on the sofa, how do I do it?",
        "is the hammy move with the chair ok for beginners?",
    ],
)
def test_the_hamstring_exercise_with_a_chair_is_the_push_up(message: str) -> None:
    assert "/exercise hamstring push-up" in text(message)


@pytest.mark.parametrize(
    ("message", "lead", "not_in"),
    [
        ("How many reps and sets should a runner do in the gym?", "2 or 3 sets", "Gym kit singles out"),
        ("how many sets and reps at the gym for runners", "2 or 3 sets", "Gym kit singles out"),
        (
            "how long does a strength session need to be, I only get a 30 min lunch break",
            "15 to 20 minutes",
            "Recovery week",
        ),
        (
            "how long should a leg session take, i only have my lunch break",
            "15 to 20 minutes",
            "Recovery week",
        ),
        (
            "how long should each session last, my breaks at work are short",
            "15 to 20 minutes",
            "Recovery week",
        ),
    ],
)
def test_the_setting_told_is_not_a_second_topic(message: str, lead: str, not_in: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert not_in not in reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("is it bad if my knees go past my toes on wall squats", "Yes, avoid it"),
        ("are my knees meant to stop at 90 on wall squats?", "Yes"),
        ("is it ok if my knees wobble on box hops?", ""),
    ],
)
def test_the_kit_word_of_a_moves_name_is_not_kit_asked_about(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "works for the" not in reply


def test_kit_asked_about_still_gets_the_kit_answer() -> None:
    assert text("can I do box hops on a step?").startswith("Yes: a step works for the box hops")
