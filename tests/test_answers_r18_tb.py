"""Round 18, tb (issue 25): multi-part, constraint and either/or messages, fixed by mechanism.

- an either/or between two named moves with a pick asked ("which is better", "only time for one"): the one
  that works more of the leg is picked, not "Both" nor the article's any-one-move line;
- two moves the article gives for one injury, one asked for: the broader one, else the one it names first;
- machines or free weights, two sessions or three, off-season or all year: a pick leads, no "Both",
  "Either works" or "Yes" to an either/or;
- a second ask naming a run of its own ("the same evening as an interval session") after the race-day
  ask: its own answer, not swallowed as a follow-up;
- "at home, and what at the gym?": a line for each place;
- "more reps or more weight?" is the heavy-or-light choice; "how do I know if it's too heavy?" gets the test;
- a plan's lead names only moves the kit left in the list;
- rain said the runner's way ("chucking it down") after hill repeats: the treadmill; no hills told, the
  treadmill named beside the ramp;
- a niggle told ("niggly hip flexor"): the ease-off and physio line.
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        ("bridges or step ups, if I can only fit one in?", "step-up"),
        ("leg extensions or lunges, which is better for a runner?", "lunge"),
        ("bridge or bench step-up, which should I pick?", "step-up"),
    ],
)
def test_a_pick_between_two_moves_names_one(question: str, picked: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("If you pick one, make it the")
    assert picked in lead.split(";")[0]
    assert not lead.startswith(("Both", "The article doesn't pick"))


@pytest.mark.parametrize(
    "question",
    [
        "bridge vs step up, what's the difference?",
        "is a bridge basically the same as a step up?",
        "step ups and bridges, do they work the same muscles?",
    ],
)
def test_a_difference_asked_is_no_pick(question: str) -> None:
    assert "If you pick one" not in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "toe raises or calf raises for my shin splints?",
        "shin splints: wall toe raise or calf raise?",
        "for shin splints should I do calf raises or the toe raise thing?",
    ],
)
def test_two_moves_for_one_injury_gets_a_pick(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("The calf raise, if you pick one")
    assert "so do both" not in lead


@pytest.mark.parametrize(
    "question",
    [
        "free weights or machines for a beginner?",
        "machines vs free weights, which should a runner use?",
        "should I use the machines or dumbbells?",
    ],
)
def test_machines_or_free_weights_picks_by_stage(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Machines first, then free weights")


@pytest.mark.parametrize(
    "question",
    [
        "2 or 3 sessions a week?",
        "twice or three times a week for legs?",
        "should I lift two or three days a week",
    ],
)
def test_two_or_three_picks_two(question: str) -> None:
    reply = text(question)
    assert not reply.startswith(("Either", "Both", "Yes"))
    assert "two" in _lead(reply).lower() or "twice" in _lead(reply).lower()


@pytest.mark.parametrize(
    "question",
    [
        "is leg strength an off season thing or all year round?",
        "should I lift in the off-season or all year?",
        "strength work: off season thing or year round? and what do I do when it snows?",
    ],
)
def test_off_season_or_all_year_picks_all_year(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("All year round")


@pytest.mark.parametrize(
    "question",
    [
        "can I lift the day before a 10k? and is that fine after my tempo run the same day?",
        "leg day the day before my race, ok? and is it ok the same night as my intervals?",
        "is strength the day before parkrun a bad idea? and what about after a long run the same day?",
    ],
)
def test_a_run_named_in_the_second_ask_is_answered(question: str) -> None:
    reply = text(question)
    assert "day before a race" in reply.split("\n\n")[0]
    assert len(reply.split("\n\n")) >= 2
    assert rx_hard(reply.split("\n\n")[1])


def rx_hard(part: str) -> bool:
    return "hard-run day" in part or "hard run" in part


@pytest.mark.parametrize(
    ("question", "home", "gym"),
    [
        ("what works my glutes at home and what at the gym?", "bridge", "leg press"),
        ("hamstring moves at home? and which ones in the gym?", "hamstring push-up", "hamstring curl"),
        ("what leg exercises can I do at home and what at the gym", "calf raise", "leg press"),
    ],
)
def test_home_and_gym_both_answered(question: str, home: str, gym: str) -> None:
    reply = text(question)
    at_home, at_gym = reply.split("\n")[:2]
    assert "at home" in at_home.lower() and home in at_home
    assert at_gym.startswith("At the gym:") and gym in at_gym


@pytest.mark.parametrize(
    "question",
    [
        "I've never set foot in a gym. What can I do at home?",
        "Is it worth paying for a gym when I can train at home?",
        "home or gym, which is better?",
    ],
)
def test_one_place_is_not_both(question: str) -> None:
    assert "At the gym:" not in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "more reps or more weight?",
        "should I go for more weight or more reps on lunges?",
        "how heavy should my dumbbells be? and is it reps or weight that matters?",
    ],
)
def test_reps_or_weight_is_the_heavy_or_light_choice(question: str) -> None:
    assert "Heavier with fewer reps" in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "how can I tell if the weight is too heavy?",
        "how do i know if my load is too light",
        "is my dumbbell too heavy? how do I tell",
    ],
)
def test_too_heavy_gets_the_test(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Too heavy if you can't finish 12 to 15 reps with good form")


@pytest.mark.parametrize(
    "question",
    [
        "on a sports field with no equipment, anything for my hamstrings?",
        "I'm in a park with no kit, anything for my hamstrings?",
        "no chair, no ball, no dumbbells, only the floor. anything for my hamstrings?",
    ],
)
def test_a_plan_lead_names_only_moves_the_kit_allows(question: str) -> None:
    reply = text(question)
    assert "hamstring push-up" not in reply.lower()
    assert _lead(reply).startswith("For your hamstrings:")
    assert "bridge" in _lead(reply)


@pytest.mark.parametrize(
    "then",
    [
        "and if it's chucking it down?",
        "what about when it's tipping it down",
        "and when it's blowing a gale?",
    ],
)
def test_rain_after_hill_repeats_is_the_treadmill(then: str) -> None:
    reply = after("what's a good hill session for leg strength?", then)
    assert "treadmill" in _lead(reply)


@pytest.mark.parametrize(
    "question",
    [
        "no hills anywhere near me, it's totally flat. how do i get the hill benefit?",
        "where I live is pancake flat, no hills at all. how do I do hill repeats?",
        "there are no hills round here, how can I do hill reps?",
    ],
)
def test_no_hills_names_the_treadmill(question: str) -> None:
    assert "treadmill" in text(question).lower()


@pytest.mark.parametrize(
    "question",
    [
        "niggly hip flexor on my right side only",
        "my left glute is a bit niggly on long runs",
        "quads feel niggly after hills, what should I do?",
    ],
)
def test_a_niggle_gets_the_ease_off_and_physio_line(question: str) -> None:
    reply = text(question).lower()
    assert "ease off" in reply or "keep the next runs easy" in reply
    assert "physio" in reply


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("race on saturday, its thursday now. can i still do my leg session?", "Thursday"),
        ("10k on sunday and it's friday today, ok to do legs?", "Friday"),
        ("parkrun saturday. today is wednesday, is a leg workout fine?", "Wednesday"),
    ],
)
def test_the_day_told_as_today_is_read_for_the_race(question: str, day: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Yes") and day in lead
    assert "Legwork session has" not in lead


@pytest.mark.parametrize(
    "question",
    [
        "do i need a rest day after leg day?",
        "should I take a rest day after lifting?",
        "is a recovery day after strength training necessary?",
    ],
)
def test_a_rest_day_after_lifting_is_not_lifting_on_rest_days(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("No, not a full one")


@pytest.mark.parametrize(
    "question",
    [
        "leg strength without any jumping, what can I do?",
        "anything for calves without hopping",
        "what leg exercises can I do without jumping?",
    ],
)
def test_without_jumping_lists_no_jumps(question: str) -> None:
    reply = text(question)
    assert "calf raise" in reply.lower()
    assert not any(f"• {drill}" in reply for drill in ("Line hops", "Box hops", "Skipping"))


@pytest.mark.parametrize(
    "question",
    [
        "downstairs neighbours moan about noise, what instead of plyos?",
        "quiet alternatives to plyometrics?",
        "live in a flat with neighbours below. leg exercises without jumping?",
    ],
)
def test_a_noise_limit_gets_the_quiet_moves_first(question: str) -> None:
    lead = _lead(text(question))
    assert not lead.startswith("Take the hops outside")
    assert "calf raise" in lead.lower()
