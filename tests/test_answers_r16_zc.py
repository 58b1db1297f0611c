"""Round 16, tuner zc: slang, paraphrase and typos read as what they mean — "is X a thing" as a move's
verdict, a goal told before a move's yes/no, a bare "what's the move," before the real ask, "do I need
it (fr)" after running told, "dead" glutes while running as weak, runs wrecked for days with "am I doing
it wrong" (a verdict and the fixes), ELI5 / plain-English as "what is", "pick one reason" as the main
reason, "X for runners look like" as its steps, what lifting gives that running doesn't, "strength or
run first", hills replacing the gym, a race or PB with a bare "focus?", heavy legs after lifting the
day before, two "best" picks in one ask and "should I lift?" (content/questions.py SHORTHAND,
content/asks.py, content/direct.py, content/steer.py, content/one_ask.py, content/situation.py,
content/reasons.py, content/verdicts.py, content/dialogue.py, content/followups.py, content/plan.py,
content/compose.py)."""

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


# ---- "is X a thing (for runners)?": the move's yes/no ----------------------------------------------


@pytest.mark.parametrize(
    ("q", "move"),
    [
        ("are box jumps a thing for runners?", "Box hops"),
        ("is skipping even a thing for runners", "Skipping"),
        ("are wall sits actually a thing?", "Wall squat"),
        ("is the leg press a thing for distance runners?", "Leg press"),
    ],
)
def test_a_thing_is_the_moves_verdict(q: str, move: str) -> None:
    t = text(q)
    assert t.startswith("Yes"), t
    assert move in t


@pytest.mark.parametrize(
    ("q", "move"),
    [
        ("tryna get more pop off the start line, are box jumps a thing for runners?", "box"),
        ("trying to get more explosive, are box hops good for runners?", "Box hops"),
        ("need a faster start off the line, are line hops any good?", "Line hops"),
    ],
)
def test_goal_told_then_a_moves_yes_no(q: str, move: str) -> None:
    t = text(q)
    assert t.startswith("Yes"), t
    assert move in t
    assert "Scale it" not in t and "Progress from" not in t and "easier" not in t.lower()


@pytest.mark.parametrize(
    "q",
    [
        "are box hops good for a faster start?",
        "is skipping good for a faster start?",
        "box hops for a quick start?",
    ],
)
def test_a_race_start_is_not_a_beginner_start(q: str) -> None:
    t = text(q)
    assert "Scale it" not in t and "Use a lower step" not in t, t


# ---- "what's the move," before the real ask ---------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("ngl hill reps are brutal, whats the move, how many do i send", "Hill repeats: 5–8"),
        ("calf raises burn so bad, what's the play, how many sets?", "Calf raise: 2–3 sets"),
        ("lunges kill me, whats the move, how many reps should i do", "Lunge: 2–3 sets"),
    ],
)
def test_bare_whats_the_move_is_dropped(q: str, lead: str) -> None:
    t = text(q)
    assert t.startswith(lead), t
    assert "Start with a few that cover the main muscles" not in t


# ---- "do I need it (fr)?" after running told --------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "gym bros keep saying never skip leg day but like i literally run every day, do i need it fr",
        "everyone says never skip leg day but i run 6 days a week, do i really need it",
        "people keep telling me to lift, i already run loads, is it necessary fr",
        "coach wants me doing squats but i run most days, do i need to?",
    ],
)
def test_need_it_after_running_told_is_yes(q: str) -> None:
    t = text(q)
    assert t.startswith("Yes"), t
    assert "inefficient way to build strength" in t
    assert "•" not in t  # no routine


# ---- "dead" glutes while running: weak, not sore ----------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "lowkey my glutes are dead when i run, like my form totally falls apart late in races. fix??",
        "hips feel dead on long runs and my form goes to pot, help",
        "my glutes are dead when i run, fix?",
    ],
)
def test_dead_glutes_when_running_are_weak(q: str) -> None:
    t = text(q)
    assert "soreness" not in t.lower(), t
    assert "Bridge" in t or "bridge" in t.lower()
    assert not t.startswith("Yes")


def test_dead_after_leg_day_is_still_soreness() -> None:
    assert "normal" in text("my glutes are dead after leg day, normal?")


# ---- runs wrecked for days, "am I doing it wrong?": a verdict and the fixes -------------------------


@pytest.mark.parametrize(
    "q",
    [
        "leg day wrecks my runs for like 3 days lol am i doing it wrong",
        "squats leave me wrecked for my runs all week, is that wrong",
        "after leg day i cant run properly for 3 days, what am i doing wrong",
        "lifting kills my running for half the week, am i overdoing it?",
    ],
)
def test_runs_wrecked_for_days_gets_verdict_and_fixes(q: str) -> None:
    t = text(q)
    assert t.startswith("Probably"), t
    assert "comfortable" in t and "week off" in t and "day before a race" in t


def test_sore_for_days_doing_wrong_is_not_yes_normal() -> None:
    t = text("my legs are trashed for days after every strength session, am i doing something wrong?")
    assert not t.startswith("Yes, that's normal"), t
    assert "too much" in t


# ---- ELI5 / plain English: what it is ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("explain plyometrics to me like I'm five", "Plyometrics are jumping and bounding drills"),
        ("eli5 plyometrics", "Plyometrics are jumping and bounding drills"),
        ("explain the bridge to me like im a total noob", "Bridge: A held hip lift"),
        ("what are plyometrics in plain english", "Plyometrics are jumping and bounding drills"),
    ],
)
def test_eli5_is_what_it_is(q: str, lead: str) -> None:
    t = text(q)
    assert t.startswith(lead), t
    assert "Easier:" not in t


# ---- "pick one reason": the main reason, not one exercise --------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "if you had to pick one reason runners should bother with leg strength, what would it be?",
        "give me one good reason to do leg day",
        "name one reason runners should lift",
    ],
)
def test_one_reason_is_the_main_reason(q: str) -> None:
    t = text(q)
    assert "injur" in t.split(".")[0], t
    assert "our pick" not in t and "•" not in t


# ---- "what does X (for runners) look like": its steps -----------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what does the one legged squat for runners look like? i definitely cannot do a pistol squat",
        "what does a step up for runners look like",
        "whats a calf raise for runners supposed to look like",
    ],
)
def test_look_like_gives_the_steps(q: str) -> None:
    t = text(q)
    assert "1) " in t and "2) " in t, t


# ---- what strength gives that running doesn't -------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I already run 50 miles a week, what extra does leg strength training give me that the miles don't?",
        "what does lifting give me that running doesnt",
        "what do squats add that my runs dont",
        "what's leg day gonna do for me that mileage can't",
    ],
)
def test_what_strength_adds_over_running(q: str) -> None:
    t = text(q)
    assert "prevent injuries" in t and "alignment" in t, t
    assert "1) " not in t


# ---- "strength or run first": the order ------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "strength or run first same day?",
        "weights or run first on the same day",
        "run or legs first if same day",
    ],
)
def test_lift_or_run_first_is_the_order(q: str) -> None:
    t = text(q)
    assert t.startswith("Run first"), t
    assert "Do both" not in t and "Machines target" not in t


def test_lift_or_run_first_around_intervals_keeps_the_hard_day() -> None:
    t = text("same day as my interval session, run first or lift first?")
    assert "hard-run day" in t and "Run first" in t


# ---- hills instead of the gym -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "hill reps = leg day? skip gym",
        "hill reps = leg day? can i skip the gym",
        "i do hill sprints every week, can i ditch leg day?",
        "if i do hills can i skip the gym",
    ],
)
def test_hills_for_the_gym_is_not_on_its_own(q: str) -> None:
    t = text(q)
    assert t.startswith("Not on its own"), t
    assert "hamstring" in t and "•" not in t
    assert t.count("Not on its own") == 1 and "\nYes" not in t


def test_hills_count_as_leg_day_keeps_its_yes() -> None:
    assert text("hill reps = leg day?").startswith("Yes")


def test_why_not_just_hills_stays_a_why() -> None:
    t = text("Why can't I just run more hills and miles instead of lifting? running already uses my legs")
    assert t.startswith("Because"), t


# ---- a race or a PB, "focus?" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("marathon PB this autumn, focus?", "For speed"),
        ("10k pb in june, whats the focus?", "For speed"),
        ("half marathon in spring, what should i focus on", "The basics"),
        ("first ultra next year, what should i focus on?", "The basics"),
        ("what exercises should i do for a half marathon", "The basics"),
    ],
)
def test_race_goal_focus_gets_the_moves(q: str, lead: str) -> None:
    t = text(q)
    assert t.startswith(lead), t
    assert "I only know leg strength" not in t


def test_race_eve_exercises_stay_the_race_day_rule() -> None:
    assert "day before a race" in text("what exercises the day before a race")


# ---- heavy legs after lifting the day before --------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "lifting day before, legs heavy?",
        "squats the day before my run, legs felt dead, normal?",
        "did legs the night before, calves were toast on my run",
    ],
)
def test_heavy_legs_after_lifting_the_day_before(q: str) -> None:
    t = text(q)
    assert "heavy for a day or two" in t, t
    assert "bulk" not in t and "jogging for a few minutes" not in t


# ---- two "best" picks in one ask ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "first", "second"),
    [
        ("best quad and best calf exercise", "Quads: the one-legged squat", "Calves: the calf raise"),
        ("top hamstring and top glute move?", "Hamstrings: the hamstring push-up", "Glutes: the bridge"),
        ("best glute and hip exercise", "Glutes: the bridge", "Hips: the side-lying hip raise"),
    ],
)
def test_two_best_picks(q: str, first: str, second: str) -> None:
    t = text(q)
    assert t.startswith(first), t
    assert second in t


def test_one_best_pick_keeps_its_steps() -> None:
    t = text("best calf exercise")
    assert t.startswith("The calf raise") and "1) " in t


# ---- "should I lift?" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q", ["should i lift?", "should i lift or just run?", "do runners even lift weights"]
)
def test_should_i_lift_is_answered(q: str) -> None:
    t = text(q)
    assert "not sure" not in t, t
    assert "inefficient way" in t


# ---- "one at a time rather than both together": the one-or-two verdict --------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "is it better to train legs one at a time rather than both together?",
        "should i work my legs one at a time or both at once",
        "better to do legs one side at a time instead of both?",
    ],
)
def test_one_at_a_time_rather_than_both(q: str) -> None:
    t = text(q)
    assert t.startswith("Single-leg, where you can"), t


# ---- calf muscles' difference: the two at the back, not the shin ------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "soleus vs gastrocnemius - what's the difference and what do they do in a stride?",
        "whats the difference between the two calf muscles",
        "gastroc vs soleus, whats the difference",
    ],
)
def test_calf_difference_leaves_out_the_shin(q: str) -> None:
    t = text(q)
    assert "soleus" in t and "gastrocnemius" in t, t
    assert "shin muscles lift" not in t
