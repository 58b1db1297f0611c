"""Round 15 pass 2, tuner yc: injuries, bodies and constraints. A healed fracture is a broken bone (not
"a stress fracture") and "healed" isn't "cleared"; someone else's broken arm is their arm; a stroke or
a nerve condition gets the doctor first; heart rate asked of a covered topic says it isn't covered,
then the topic; "knees are shot" is a knee limit; a move named in a "for X, ...?" frame stays with its
ask; a review answers the other asks too; a gym block is a gym; "protect my ankles" is the joints'
verdict; "hamstring bridge" is the hamstring push-up; "what should my routine be" gets the plan."""

import pytest
from answerutil import text_after as _text

pytestmark = pytest.mark.dateless


# ---- An old fracture that has healed is a broken bone, not a stress fracture -------------------------


@pytest.mark.parametrize(
    "q",
    [
        "my old shin fracture is fully healed, can I start leg work?",
        "had a fracture in my foot years ago, all healed now, which exercises are fine?",
        "my tibia fracture from last year has healed, where do I start with strength?",
    ],
)
def test_old_fracture_is_a_broken_bone(q: str) -> None:
    t = _text(q)
    assert "stress fracture" not in t.lower()
    assert "broken bone" in t.lower()
    assert "Stop running" not in t


# ---- "healed" is not "cleared": no one said a professional cleared them ------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "broke my tibia a few years back, healed now, which exercises should I do?",
        "my old shin fracture is fully healed, can I start leg work?",
        "my ankle fracture healed now, anything to avoid?",
    ],
)
def test_healed_is_not_cleared(q: str) -> None:
    t = _text(q)
    assert "you're cleared" not in t
    assert "healed" in t


def test_cleared_by_physio_still_says_cleared() -> None:
    t = _text("broke my ankle two years ago, physio has cleared me, which exercises should I do?")
    assert "cleared" in t


# ---- Someone else's broken arm: their legs can train ---------------------------------------------


@pytest.mark.parametrize(
    "q,who",
    [
        ("my son broke his arm, can he still do leg exercises?", "his legs"),
        ("my daughter fractured her wrist at netball, can she keep training her legs?", "her legs"),
        ("my husband broke his collarbone, can he keep doing lunges?", "his legs"),
    ],
)
def test_someone_elses_arm(q: str, who: str) -> None:
    t = _text(q)
    assert who in t
    assert "arm" in t
    assert "young runners" not in t


def test_own_arm_unchanged() -> None:
    assert "your legs" in _text("I broke my arm last week, can I still train legs?")


# ---- A stroke or a nerve condition: the doctor or physio first --------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I had a stroke two years ago and one side is weaker. Can I do leg strength work?",
        "since my stroke my left leg is weaker, what exercises would help?",
        "I have MS and one leg is weaker than the other, what should I do for my legs?",
    ],
)
def test_condition_gets_doctor_first(q: str) -> None:
    t = _text(q)
    first = t.split(". ")[0] + t.split(". ")[1]
    assert "doctor" in first
    assert "calf raises" in t


# ---- Heart rate asked of a covered topic: not covered, then the topic -------------------------------


@pytest.mark.parametrize(
    "q,topic",
    [
        ("Should I use heart rate for my hill repeats?", "hill"),
        ("what heart rate zone should my hill sprints be in?", "hill"),
        ("my heart rate goes crazy on box hops, what bpm is ok?", "box"),
    ],
)
def test_heart_rate_then_topic(q: str, topic: str) -> None:
    t = _text(q)
    assert t.startswith("Heart-rate training isn't covered")
    assert topic in t.split("\n", 1)[1].lower()


def test_heart_rate_alone_still_declined() -> None:
    assert _text("what should my resting heart rate be?").startswith("I only know leg strength")


# ---- Bad knees in other words: the knee limit, not runner's knee ------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "my knees are shot from years of rugby, any options for getting stronger legs?",
        "I have bad knees, what's possible for leg strength?",
        "knees aren't great these days, what leg work would you suggest?",
    ],
)
def test_knee_limit(q: str) -> None:
    t = _text(q)
    assert "runner's knee" not in t
    assert "spare the knee" in t
    assert "physio" in t


# ---- "And for step-ups, how high?": the move stays with its ask -------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "How often should I do leg work? And for step-ups, how high?",
        "how many sets of lunges? and for step ups, how high should the box be?",
        "Is twice a week enough? Also for the step-up, how high?",
    ],
)
def test_setting_names_the_move(q: str) -> None:
    assert "knee height" in _text(q)


def test_review_then_other_ask() -> None:
    t = _text("I do lunges and step-ups. Is that enough? How high for the step-ups?")
    assert "hamstring" in t
    assert "knee height" in t


# ---- A gym block is a gym ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I'm on a gym block this month, what leg exercises should I do?",
        "starting a 6 week gym block, which leg moves should go in it?",
        "doing a gym block over winter, what should I do for legs?",
    ],
)
def test_gym_block(q: str) -> None:
    t = _text(q)
    assert "/workout gym" in t
    assert "Leg press" in t


# ---- Can leg work protect my joints: the verdict, not how often -------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "can leg work build my hill strength and also protect my ankles?",
        "can leg work protect my ankles?",
        "would leg work make my hill running better and keep my knees safe?",
    ],
)
def test_protect_joints(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes")
    assert "steady your joints" in t
    assert "Twice a week, sometimes three" not in t


# ---- "hamstring bridge" is the hamstring push-up, not also the bridge -------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "no gym ball and my chairs are wobbly, how do I do the hamstring bridge thing",
        "how many hamstring bridges should I do?",
        "are hamstring bridges good for runners?",
    ],
)
def test_hamstring_bridge(q: str) -> None:
    t = _text(q)
    assert "Hamstring push-up" in t
    assert "Bridge:" not in t


# ---- "What should my routine be?" at 70: the verdict and the routine --------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I'm 70, is it too late to lift, and what should my routine be?",
        "I'm 72. Am I too old to start lifting? What should my routine look like?",
        "is 68 too late to start strength work? what should my programme be?",
    ],
)
def test_old_starter_routine(q: str) -> None:
    t = _text(q)
    assert t.startswith("No")
    # the routine itself follows the verdict: the exercises listed, or the session's make-up
    assert "•" in t or "4 to 6 exercises" in t


# ---- A fresh injury still leads with rest and a professional ----------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I pulled my calf yesterday, what exercises should I do?",
        "sprained my ankle this morning, can I still do step-ups? how high?",
        "my knees are shot and one is swollen since this morning, what can I do?",
    ],
)
def test_acute_still_leads(q: str) -> None:
    t = _text(q)
    assert t.startswith(("Stop", "Not yet"))
    assert "doctor or physio" in t


# ---- "what height" is a figure of the move, as "how high" -------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what height should the box be for step-ups?",
        "step ups, what height step?",
        "for my step-ups what height of bench works?",
    ],
)
def test_what_height(q: str) -> None:
    assert "knee height" in _text(q)


# ---- A missing piece of kit asked for one move: that move's way round it -----------------------------


@pytest.mark.parametrize(
    "q",
    [
        "don't own a gym ball for wall squats, what do I do?",
        "no swiss ball for the wall squat, is there a workaround?",
        "wall squats without an exercise ball possible?",
    ],
)
def test_kit_for_one_move(q: str) -> None:
    t = _text(q)
    assert "Wall squat" in t or "wall squat" in t
    assert "Hamstring push-up" not in t


# ---- After cancer treatment: the oncologist or physio, and a gentle pace ----------------------------


@pytest.mark.parametrize(
    "q",
    [
        "finished chemotherapy in the spring, would leg strength work help me get back to running?",
        "I beat bowel cancer last year, is leg work safe for me now?",
        "radiotherapy ended a few months ago, what leg exercises should I start with?",
    ],
)
def test_after_cancer_treatment(q: str) -> None:
    t = _text(q)
    assert "oncologist" in t
    assert "bridges" in t


# ---- A knee "wrecked after long runs" is still a symptom, not a knee limit ---------------------------


def test_knee_wrecked_after_runs_is_a_symptom() -> None:
    assert _text("knee is wrecked after long runs").startswith("I can't diagnose it")


# ---- Heat illness told as history: not an emergency now ----------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "had heat stroke last summer, can I lift?",
        "I got heatstroke a few years ago at a marathon, anything to watch with leg training?",
        "collapsed with heat exhaustion two years ago, is strength work ok for me?",
    ],
)
def test_past_heat_illness(q: str) -> None:
    t = _text(q)
    assert "emergency services" not in t
    assert "behind you" in t


def test_heat_stroke_now_is_still_an_emergency() -> None:
    t = _text("ran in 35 degrees today, got confused and stopped sweating")
    assert t.startswith("Stop and call emergency services")


# ---- A fracture told weeks back: still rest and a professional first, and not "a stress fracture" ----


@pytest.mark.parametrize(
    "q",
    [
        "had a fracture in my foot 3 weeks ago, when can I lift?",
        "fractured my leg a few weeks ago, what can I do?",
        "I broke my ankle last week, what leg work can I do?",
    ],
)
def test_recent_fracture(q: str) -> None:
    t = _text(q)
    assert t.startswith("Stop")
    assert "doctor or physio" in t
    assert "stress fracture" not in t.lower()


def test_suspected_fracture_is_still_urgent() -> None:
    t = _text("I think I have a fracture in my foot")
    assert t.startswith("Stop")
    assert "doctor" in t


@pytest.mark.parametrize(
    "q",
    [
        "Should I track heart rate during leg day?",
        "what heart rate should I be at when lifting?",
        "is there a heart rate zone for strength training?",
    ],
)
def test_heart_rate_on_leg_day_gives_the_load_rule(q: str) -> None:
    t = _text(q)
    assert t.startswith("Heart-rate training isn't covered")
    assert "12 to 15 reps" in t


def test_heart_symptom_is_still_a_red_flag() -> None:
    t = _text("my heart rate went crazy and I felt dizzy during squats")
    assert "heart-rate training" not in t.lower()
    assert "doctor" in t or "emergency" in t


# ---- Kit that is broken or taken: not a broken bone, and the gym's own swaps ------------------------


@pytest.mark.parametrize(
    "q",
    [
        "leg extension machine at my gym is broken, what can I do instead?",
        "our squat rack broke, how do I train legs?",
        "the treadmill at the gym is broken again, what leg work can I do?",
    ],
)
def test_broken_kit_is_not_an_injury(q: str) -> None:
    t = _text(q)
    assert not t.startswith("Stop")
    assert "A&E" not in t


@pytest.mark.parametrize(
    "q",
    [
        "I fell off the bench and my ankle is broken",
        "the machine broke my finger",
        "the treadmill at the gym broke and I broke my toe",
    ],
)
def test_broken_bone_beside_kit_still_urgent(q: str) -> None:
    assert _text(q).startswith("Stop")


@pytest.mark.parametrize(
    "q",
    [
        "the leg press at my gym is always taken by the same guys, what can I swap in?",
        "hamstring curl machine at the gym is always busy, what instead?",
        "hamstring curl machine at the gym is always taken, what instead?",
    ],
)
def test_machine_taken_gym_swaps(q: str) -> None:
    t = _text(q)
    assert "at home" not in t
    assert "Same muscles" in t or "Instead of" in t


# ---- A weaker leg, and whether to keep two-legged moves: both answered ------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "my right leg is noticeably weaker than my left. how do i fix that, and should i still bother with "
        "two-leg exercises?",
        "my left leg is weaker than my right. How do I even it up, and should I keep doing two-legged "
        "exercises?",
        "One leg is weaker than the other. What should I do? Do I still do both-leg squats?",
    ],
)
def test_weaker_leg_and_two_leg_moves(q: str) -> None:
    t = _text(q)
    assert "one-legged" in t.lower()
    assert "Keep some two-legged moves" in t


@pytest.mark.parametrize(
    "q",
    [
        "broke my foot years ago, all healed, are lunges ok?",
        "fractured my ankle two years back, completely healed, are lunges ok for me?",
        "old tibia break, properly healed now, is it ok to lunge?",
    ],
)
def test_healed_break_move_asked(q: str) -> None:
    t = _text(q)
    assert t.startswith("Yes, generally")
    assert "lunge" in t.lower()
