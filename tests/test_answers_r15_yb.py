"""Round 15 pass 2, tuner yb: verdicts and word misreadings — one verdict per ask, spring in the stride
(calves and jumping drills) against spring the season, hills as a hard session in a before-or-after,
a knee that "plays up" asking about one move, "should I just run?", a race months away, how often to
change the routine, and a bare "skip" that leaves something out (content/answers.py _one_verdict,
content/direct.py, content/steer.py, content/dialogue.py, content/questions.py, content/safety.py)."""

import pytest
from answerutil import text_after as _text

pytestmark = pytest.mark.dateless


# ---- One ask, one verdict -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "could weak hips make my knees cave in?",
        "do weak glutes make your knees fall inward?",
        "can my knees buckling inward be from weak hips?",
    ],
)
def test_one_ask_has_one_yes(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes")
    lines = t.split("\n")
    assert not any(x.startswith("Yes") for x in lines[1:]), t


# ---- Spring in the stride: calves and jumping drills; spring the season is a date ------------------


@pytest.mark.parametrize(
    "q",
    [
        "will stronger calves give me more spring?",
        "do strong calves put more bounce in my step?",
        "will calf raises make my stride springier?",
    ],
)
def test_springier_stride_is_yes_calves_and_plyometrics(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes")
    assert "calf raises" in t.lower() or "calves" in t.lower()
    assert "plyometrics" in t.lower() or "jumping drills" in t.lower()


@pytest.mark.parametrize(
    "q",
    [
        "I want to get under 50 for 10k by spring. What would make a difference?",
        "Aiming to break 24 for 5k by the spring. Which exercises would help?",
        "My goal is sub 1:45 for the half in spring. What would make the biggest difference?",
    ],
)
def test_spring_the_season_is_not_the_calves(q: str) -> None:
    t = _text(q)
    assert "soleus" not in t and "More: /muscle calves" not in t, t
    assert not t.startswith("Yes"), t


# ---- Hills are a hard session: before or after them -----------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "should I do squats before or after running hills",
        "lunges before or after my hill session?",
        "do I lift before or after hill sprints",
        "should I do my calf raises before or after hills",
    ],
)
def test_order_around_hills(q: str) -> None:
    t = _text(q)
    assert t.startswith("Neither, ideally"), t
    assert "hill" in t.lower() and "easy day" in t


def test_order_around_an_easy_run_unchanged() -> None:
    assert _text("squats before or after my easy run?").startswith("After: run first")


# ---- A knee that plays up, asking about one move -----------------------------------------------------


@pytest.mark.parametrize(
    ("q", "move"),
    [
        ("dodgy knee, is the leg press ok?", "leg press"),
        ("wonky knee. is the leg press safe?", "leg press"),
        ("my knee's been playing up, can I still do step ups?", "step-ups"),
    ],
)
def test_knee_playing_up_gets_a_verdict(q: str, move: str) -> None:
    t = _text(q)
    assert t.startswith("Usually yes"), t
    assert move in t and "pain-free" in t and "physio" in t


@pytest.mark.parametrize(
    "q",
    [
        "iffy knee, should I avoid squats?",
        "bad knee, should I skip lunges?",
        "dodgy knees, do i avoid the leg press",
    ],
)
def test_knee_avoid_move_is_not_necessarily(q: str) -> None:
    t = _text(q)
    assert t.startswith("Not necessarily"), t
    assert "pain-free" in t


# ---- "Should I just run?" ----------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["Should I just run?", "can I just run instead?", "could i just jog more"])
def test_just_run_is_running_alone_not_the_order(q: str) -> None:
    t = _text(q)
    assert "inefficient" in t, t
    assert "Run first" not in t and "not sure" not in t


def test_need_anything_besides_running_is_yes() -> None:
    for q in ("do I even need anything other than running?", "do I need something besides my running?"):
        t = _text(q)
        assert t.startswith("Yes"), (q, t)


# ---- A race months away is no race-day question -----------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "first ultra next year, should I lift?",
        "signed up for a half in the spring, should I start leg work?",
        "marathon in 8 months, do I need to start lifting?",
    ],
)
def test_race_months_away_is_yes_to_lifting(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes"), t
    assert not t.startswith("Skip strength work the day before"), t
    assert "explosive start" not in t


def test_day_before_still_said_with_a_far_race() -> None:
    t = _text("marathon in 3 months, is it ok to lift the day before?")
    assert t.startswith("No") and "day before" in t


# ---- How often to change the routine -----------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "how often should I switch up my routine?",
        "how often do I need to change my exercises?",
        "when should I swap to new exercises?",
        "how long should I stick with the same routine?",
    ],
)
def test_how_often_to_change_the_routine(q: str) -> None:
    t = _text(q)
    assert "no schedule" in t, t
    assert not t.startswith("Twice a week")


# ---- A bare "skip" leaves something out -------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "warm up before leg day necessary or can i skip",
        "do I have to warm up or is it fine to skip",
        "cool down stretches, can I skip?",
    ],
)
def test_bare_skip_is_not_the_skipping_drill(q: str) -> None:
    t = _text(q)
    assert "/exercise skipping" not in t and "Skipping:" not in t, t
    assert "warm" in t.lower() or "stretch" in t.lower()


def test_skipping_the_drill_still_the_drill() -> None:
    assert "/exercise skipping" in _text("how do I skip properly?")


def test_which_to_skip_is_still_asked() -> None:
    t = _text("gym on Tuesday and Friday, race Saturday. Which one should I skip?")
    assert "omit" not in t


# ---- A sentence break is no move's name --------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "glutes r lazy af. bridge or what",
        "my butt is sleepy. bridges any good?",
        "hamstrings are tight, lunges ok?",
    ],
)
def test_word_before_a_sentence_break_is_not_a_move(q: str) -> None:
    t = _text(q)
    assert "doesn't cover" not in t, t


def test_unknown_move_still_said() -> None:
    assert "doesn't cover cossack squats" in _text("are cossack squats good")


# ---- Pop or spring wanted at the push-off ------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I want more pop when my foot leaves the ground, it feels weak",
        "need a bit more bounce at toe-off, ideas?",
        "want springier legs for parkrun, what should I do?",
    ],
)
def test_pop_wanted_gets_calves_and_jumping_drills(q: str) -> None:
    t = _text(q)
    assert "calf raises" in t.lower() and "line hops" in t, t


# ---- "when the reps get heavy" is the load, not a harm asked ----------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "is it ok to hold my breath when the weights get heavy?",
        "fine to hold my breath once the sets get heavy?",
        "can I hold my breath when the load gets heavy",
    ],
)
def test_hold_breath_when_heavy_is_no(q: str) -> None:
    t = _text(q)
    assert t.startswith("No"), t
    assert "avoid it" not in t


# ---- A stretch or warm-up called a waste is no claim that lifting is pointless ----------------------


@pytest.mark.parametrize(
    "q",
    [
        "is stretching after a lifting session a waste of time?",
        "do I need to stretch after leg day or is that pointless",
        "is a cool down stretch a waste of time",
    ],
)
def test_stretch_waste_is_no_do_it(q: str) -> None:
    t = _text(q)
    assert "inefficient way to build strength" not in t, t
    assert "stretch" in t.lower()
    assert not t.startswith("Yes."), t


# ---- "how far out from a race" is time before it ------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "how far out from my marathon should I stop lifting?",
        "how far out from race day do I drop leg work?",
        "how far ahead of a half should I stop the gym?",
    ],
)
def test_how_far_out_is_time_before_the_race(q: str) -> None:
    t = _text(q)
    assert "day before" in t, t
    assert "range of motion" not in t


# ---- A bare verdict asked ("yay or nay") ------------------------------------------------------------


@pytest.mark.parametrize(
    "q", ["leg press, yay or nay for runners", "step ups yay or nay?", "bridges: W or L for runners?"]
)
def test_yay_or_nay_gets_yes_first(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes"), t
    assert "No step" not in t


# ---- One leg at a time against both together is the one-legged choice ------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "is it better to train legs one at a time rather than both together?",
        "should i work each leg separately or both together?",
        "one leg at a time or both legs together for squats?",
    ],
)
def test_one_leg_or_both_together_is_not_combining_groups(q: str) -> None:
    t = _text(q)
    assert "combining them is fine" not in t, t
    assert "one-legged" in t.lower() or "one leg" in t.lower()


def test_lite_is_light() -> None:
    t = _text("hevy or lite weights for runners?")
    assert t.startswith("Heavier"), t


# ---- "Never skip leg day" told, "do I need it?" asked: Yes ------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "my mates say never skip leg day but i run every day, do i really need it?",
        "people say never skip legs, but I already run 40 miles. is it necessary?",
        "everyone says don't skip leg day, but I run five times a week. do I actually need it?",
    ],
)
def test_need_asked_after_never_skip_is_yes(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes"), t
    assert "don't skip it" not in t


def test_skip_asked_is_still_no() -> None:
    assert _text("can I skip leg day since I run?").startswith("No")


def test_need_a_gym_is_still_no() -> None:
    assert _text("do I need weights for leg day?").startswith("No")


# ---- "Should I bother with X or not": Yes first, never "Not:" --------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "should i bother with hill reps or not",
        "should i bother stretching or not",
        "should I bother warming up or not?",
    ],
)
def test_bother_or_not_gets_yes(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes"), t
    assert not t.startswith("Not:")


# ---- Why balance work (one leg said as its example) is the balance reason ----------------------------


@pytest.mark.parametrize(
    "q",
    [
        "why do coaches make you do balance stuff like standing on one leg?",
        "why balance drills, like standing on one leg with eyes shut?",
        "why all the balance work, standing on one leg and that?",
    ],
)
def test_why_balance_work_is_the_balance_reason(q: str) -> None:
    t = _text(q)
    assert "posture" in t, t


def test_why_one_legged_still_its_own_reason() -> None:
    assert "mimic running" in _text("why single leg squats?")


# ---- "<background>, worth X?": the last clause asks a verdict ----------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "marathon in the autumn, worth adding weights?",
        "ironman next summer, worth adding weights?",
        "been running two years - worth doing leg work?",
    ],
)
def test_worth_after_background_gets_yes(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes"), t
