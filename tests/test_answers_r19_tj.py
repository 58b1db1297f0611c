"""Round 19, tj (issue 25): short asks, follow-ups and why-questions, fixed by mechanism.

- a third session asked about after how often ("what about a third day?", "can I go to three?"): yes,
  three is fine, first;
- a follow-up lacking kit after an injury's list ("and if I have no step?" after shin splints): the
  list's moves that need none, and the kit's own stand-in for the shown move that does;
- "can I still do it without the ball?" after a move: yes first, its own stand-in, no doubled "No ball";
- a twinge that comes back ("every session", "towards the end", "in the last rep") is a niggle: the
  muscle's moves and the back-off line, not the acute stop-and-rest;
- shin splints is not guessed from pain told elsewhere (a quad, a hamstring);
- plyometrics' "and after that?", "once those feel easy?": the next drills, not the start again;
- depth asked of a move and the knees ("do lunges wreck your knees if you go too low?"): the 90° limit;
- "trainers" who tell or say things are people, not shoes; bike and car parts are off-topic.
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how often should I do leg strength", "what about a third day?"),
        ("I lift twice a week, is that enough?", "could I fit in a third session?"),
        ("is two strength sessions a week enough", "can I go to three?"),
        ("I do leg day twice a week", "and adding another day?"),
    ],
)
def test_third_session_followup_leads_with_three_is_fine(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.lower().startswith(("yes, three is fine", "three is fine"))
    assert "day before a race" in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what helps shin splints", "and if I have no step?"),
        ("exercises for shin splints?", "what if I haven't got a step?"),
        ("how can I prevent shin splints", "and if I don't own a box?"),
    ],
)
def test_no_kit_followup_keeps_the_injury_and_gives_the_swap(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Without a ")
    assert "wall toe raise" in reply
    assert "flat on the floor" in reply
    assert "Box hops" not in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how do I do the wall squat", "I haven't got a ball, can I still do it?"),
        ("explain the wall squat", "no exercise ball here, can I still do it?"),
        ("what's a wall squat", "does it still work without the ball?"),
        ("Can you explain the wall squat?", "I don't have a ball at home, can I still do it?"),
    ],
)
def test_still_do_it_without_kit_says_yes_first(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Yes, without the exercise ball: keep your back flat on the wall")
    assert "No ball" not in reply


@pytest.mark.parametrize(
    ("question", "muscle"),
    [
        ("my calf twinges towards the end of long runs, what should I strengthen?", "calves"),
        ("my hamstring twinges in the final reps of my track sessions, any strength work?", "hamstrings"),
        ("my glute twinges whenever I run fast, what should I strengthen?", "glutes"),
        ("My hamstring twinges in the last rep of every interval session. Strength ideas?", "hamstrings"),
    ],
)
def test_recurring_twinge_gets_moves_and_the_back_off_line(question: str, muscle: str) -> None:
    reply = text(question)
    assert f"For the {muscle}:" in reply
    assert "physio" in reply
    assert not reply.startswith("Stop and rest")


@pytest.mark.parametrize(
    "question",
    [
        "my quad has a slight nagging ache after tempo runs, any exercises?",
        "my hamstring hurts when I sprint, what exercises would help?",
        "my quads have a nagging ache after long runs, what should I strengthen?",
    ],
)
def test_pain_told_elsewhere_is_not_read_as_shin_splints(question: str) -> None:
    reply = text(question)
    assert "shin splints" not in reply
    assert "physio" in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what plyometrics should a beginner do", "and after that?"),
        ("how do I start jumping drills", "what's next?"),
        ("which plyo drills first", "ok and once they feel easy?"),
        ("what plyo drills should I start with", "ok and once those feel easy?"),
    ],
)
def test_plyo_next_step_is_the_next_drills(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Move on through the article's sequence")
    assert "skipping" in reply


@pytest.mark.parametrize(
    "question",
    [
        "does lunging too low wreck your knees?",
        "are lunges bad for ur knees if u go real deep",
        "do lunges wreck ur kness if u go to low",
        "do squats ruin your knees if you go too deep",
    ],
)
def test_depth_and_knees_leads_with_the_90_degree_limit(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Don't go below 90°")
    assert "toes" in reply
    assert not reply.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Why do trainers keep telling me not to lock my knee out?",
        "my trainers always say keep my knees soft at the top, why?",
        "why do personal trainers say never lock out your knees?",
    ],
)
def test_trainers_who_say_things_are_people(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Because locking the knee")
    assert "running shop" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "My bike gears keep skipping on the biggest cog, how do I fix it?",
        "my bike chain keeps slipping, how do I fix it?",
        "gears keep skipping on my bike, any tips?",
    ],
)
def test_bike_parts_are_off_topic(question: str) -> None:
    reply = text(question)
    assert reply.startswith("I only know leg strength for runners")
    assert "Skipping" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "I only run on the treadmill, how can I train for hills?",
        "how do I do hill training on my treadmill?",
        "what incline should my treadmill be on for hill work?",
    ],
)
def test_treadmill_runner_gets_no_jog_to_a_hill(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Treadmill incline:")
    assert "5–10%" in reply
    assert "jog to the hill" not in reply
    assert "Hill repeats:" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "can I run easy the morning after leg day?",
        "is an easy run ok the day after leg day?",
        "can I go for an easy jog the morning after lifting?",
    ],
)
def test_easy_run_after_leg_day_is_about_the_run(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Yes: an easy run the day after leg day is fine")
    assert "run first" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "Do I need a rest day after leg day, and can I run easy the next morning?",
        "is a rest day needed after lifting? and can I jog easy the next morning?",
        "do I need a day off after the gym, and can I run easy the following day?",
    ],
)
def test_rest_day_and_next_morning_run_answered_about_the_run(question: str) -> None:
    reply = text(question)
    assert "easy run the next" in reply
    assert "The easy day after a hard run" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "ngl leg day has me cooked for my workouts all week, how do i stop that",
        "leg day leaves me dead for the rest of the week, how can I stop this?",
        "gym leaves me wrecked all week, what should I change?",
    ],
)
def test_leg_day_wrecking_the_week_gets_the_fixes(question: str) -> None:
    reply = text(question)
    assert reply.startswith("Probably too much in one go")
    assert "12–15" in reply
    assert "hard-run day" in reply


@pytest.mark.parametrize(
    "question",
    [
        "I jog a few times a week, what leg exercises should I do?",
        "I go running a couple of times a week, which strength moves should I do?",
        "I jog three times a week, which leg exercises should I start with?",
    ],
)
def test_runs_a_week_told_then_moves_asked_gets_moves(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Twice a week, sometimes three times")
    assert "calf raise" in reply.lower()
