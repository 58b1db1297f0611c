"""Round 17, vb (issue 25): long messages (background, then one or two asks) that missed an ask or the kit.

- "should I add leg strength now or wait until...?" with the kit told (a staircase and a chair): the
  either/or's side first ("Start now") and the plan for that kit, not a line about running being
  inefficient; a "can run 30 minutes nonstop" is a run's length, not the time for the session;
- children: "which of my exercises are fine for a class of 9 year olds, which should I leave out?" is
  answered (the article doesn't cover them; playful bodyweight moves in, loaded work out);
- hills for a runner whose kit is a treadmill (a hotel gym) or who asks about the gym: the treadmill's
  incline stands in, not hill repeats outside; a weighted calf raise needs a step or block, not a stair;
- a wheelchair racer's "chair" is not a chair they have;
- "bent forward at the waist, is it weak glutes?": the glutes' trunk lean, not the hips' angled legs;
- "take-off power" (a steeplechaser's, a jumper's) is explosive power: the plyometrics, not the off-season;
- "was it lifting itself, or what I picked?" about their own quad-heavy routine ("zero hamstring or hip
  work"): what they picked, and the groups it left out;
- "is the leg extension machine okay?": yes, with the article's machine cues (slow, knees never locked);
- "slow on hills and my hips ache... what covers both?": the hills answered too;
- "same routine for six months... how do I progress it and keep it interesting?": how to make it harder
  and how to keep it fresh, no list of the calves they told nor a free-weights paragraph;
- "can you suggest a week I'd actually stick to?": the week laid out, not only the twice-a-week rule.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


# ---- start now or wait, with the kit told ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've volunteered at my local parkrun for two years as marshal and tail walker and this year I "
        "want to "
        "actually run it. I'm 52, carrying a bit of extra weight, and I'm up to week 6 of a couch to 5k app. "
        "Should I add leg strength now or wait until I can run the whole 5k? All I've got at home is a "
        "staircase and a dining chair.",
        "Should I add leg strength now or wait until I can run the whole 5k? All I've got at home is a "
        "staircase and a dining chair.",
        "Should I start strength work now or wait until I can run 30 minutes nonstop? I have a chair and "
        "stairs.",
        "Just got back into running after years off. Do I start the leg exercises now or hold off until my "
        "runs feel easier? There's a step and a swiss ball at home.",
    ],
)
def test_now_or_wait_with_kit_starts_now_with_that_kit(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("Start now"), reply
    assert "• " in reply and "inefficient" not in reply
    assert "once a month" not in reply


def test_too_soon_with_kit_is_still_answered_first() -> None:
    reply = text(
        "I'm a beginner runner doing couch to 5k. Is it too early to start leg strength work, or should I "
        "wait until I finish the plan? I only have a staircase and a chair."
    )
    assert _lead(reply).startswith("No, it's not too early"), reply
    assert "Hamstring push-up (a chair" in reply


@pytest.mark.parametrize(
    "question",
    [
        "Should I start strength work now or wait until I can run 30 minutes nonstop? I have a chair and "
        "stairs.",
        "Can I start legs before I can run for 40 minutes straight? I've got a chair and some stairs.",
    ],
)
def test_a_runs_length_is_not_the_sessions_time(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith(("Start now", "No, it's not too early")), reply
    assert "more than enough" not in reply and "30 minutes is" not in reply and "40 minutes is" not in reply


def test_only_run_20_minutes_keeps_the_time_they_have() -> None:
    reply = text(
        "I can only run for 20 minutes at the moment. I've got 15 minutes and a chair, what should I do?"
    )
    assert "15 minutes is enough" in reply, reply


# ---- children ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "My class does the daily mile and some of the kids have asked me to show them 'runner exercises' in "
        "PE. I'm a runner myself. Which of my leg exercises would be fine for a class of 9 year olds to try, "
        "and which should I leave out?",
        "I coach a junior running club, ages 8 to 11. What leg strength moves are safe for kids that age?",
        "My 10 year old wants to copy my leg workouts. Is any of it ok for him, or is he too young?",
        "Which of these exercises are suitable for children in my running club, and which should I leave "
        "out?",
    ],
)
def test_children_get_what_suits_them_and_what_to_leave_out(question: str) -> None:
    reply = text(question)
    assert "doesn't cover children" in reply, reply
    assert "Leave out" in reply and "calf raises" in reply
    teen = text("I coach teenagers aged 15. Are weights safe for them?")  # (teenagers keep their reply)
    assert "children" not in teen and "teenagers" in teen


# ---- hills where the kit is a treadmill or the gym ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I travel a lot for work so I'm usually in hotel gyms: a treadmill, a bike, dumbbells up to 20kg and "
        "a swiss ball, nothing else. Can I get a full leg session out of that? I'd also like something for "
        "hills because my June race is on a hilly course.",
        "Hotel gym with a treadmill and dumbbells. My next race is hilly, what should my leg session be?",
        "I'm the support runner for a wheelchair racer - on park sessions I jog alongside him and help push "
        "the chair up the steep bits, and I race 10ks myself. Pushing up those hills wrecks my legs and I "
        "notice I end up bent forward at the waist. Is that a glute weakness thing? What should I do in the "
        "gym twice a week?",
    ],
)
def test_hills_in_a_gym_are_the_treadmill_incline(question: str) -> None:
    reply = text(question)
    assert "Treadmill incline (your hills)" in reply, reply
    assert "• Hill repeats" not in reply
    assert "on a stair, dumbbells" not in reply


def test_hills_outside_stay_hill_repeats_at_home() -> None:
    reply = text("No gym, hills everywhere where I live, and a chair at home. What leg routine should I do?")
    assert "Treadmill incline" not in reply


# ---- a wheelchair's chair ----------------------------------------------------------------------------


def test_a_wheelchair_is_not_a_chair_they_have() -> None:
    reply = text(
        "I'm the support runner for a wheelchair racer and help push the chair up the steep bits. What "
        "should I do in the gym twice a week?"
    )
    assert "With a chair" not in reply and "a chair and a gym" not in reply, reply
    theirs = text(
        "I push my daughter's wheelchair on our walks and I have a kitchen chair at home. What leg "
        "exercises can I do?"
    )
    assert "With a chair" in theirs, theirs  # (a kitchen chair beside the wheelchair is theirs)


# ---- bent forward at the waist -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I end up bent forward at the waist when I run. Is that a glute weakness thing?",
        "I lean forward at the waist on hills. Is it weak glutes?",
        "I slouch forward at the waist on long runs. Are my glutes weak?",
    ],
)
def test_a_forward_lean_is_the_glutes_not_angled_legs(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("Yes"), reply
    assert "trunk" in _lead(reply) and "angle in or out" not in reply


# ---- take-off power ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I race the 3000m steeple at club level. The barriers and especially the water jump are "
        "where I bleed "
        "time - I land heavy coming out of the pit and my first few strides after are sluggish. Coach has me "
        "on mostly mileage. What strength work would actually help my take-off power and landings, and "
        "should I do it in season or only over winter?",
        "What strength work would actually help my take-off power and landings?",
        "What strength work would help my take-off power for the long jump?",
        "I am a steeplechaser - how do I get more power off the barriers?",
    ],
)
def test_take_off_power_is_the_plyometrics(question: str) -> None:
    reply = text(question)
    assert "line hops" in reply.lower(), reply
    assert not _lead(reply).startswith("Strength training fits well into the off-season")


# ---- lifting itself, or what they picked ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "group"),
    [
        (
            "Last winter I did a gym block and my coach reckoned I looked slower by spring. I was "
            "doing heavy "
            "back squats 5x5, lots of leg press and basically zero hamstring or hip work. Now I'm "
            "nervous about "
            "the gym. Was it lifting itself, or what I picked? How should I set this winter up?",
            "hips",
        ),
        (
            "I did leg extensions and leg press all last year, no hamstring work at all, and I got "
            "slower. Was "
            "it the weights or my choice of exercises?",
            "hamstrings",
        ),
        (
            "I've been doing squats and lunges with no glute or calf work. Is it the lifting or my exercise "
            "choice that's making my legs heavy on runs?",
            "glutes",
        ),
    ],
)
def test_what_they_picked_not_lifting_itself(question: str, group: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("Most likely what you picked"), reply
    assert group in reply


# ---- is the machine okay -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Had a knee arthroscopy (meniscus trim) 10 weeks ago and my physio has cleared me for walk/run "
        "intervals. She's given me some exercises but I'd like to know what else is worth adding from a "
        "running point of view - my quad on that side looks visibly smaller. Also, is the leg extension "
        "machine okay?",
        "My physio cleared me after knee surgery. Is the leg extension machine okay?",
        "Is the leg press ok?",
        "are hamstring curls fine to do?",
    ],
)
def test_is_a_machine_okay_is_yes_with_its_cues(question: str) -> None:
    reply = text(question)
    assert "Yes, it's a good one" in reply, reply
    assert ("lock" in reply.lower() or "straight" in reply.lower()) and "slow" in reply.lower()


# ---- both asked, the hills one of them -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Army reservist here. Our fitness test is a 2km run plus jerry can carries and I've got a "
        "course in 10 "
        "weeks with loads of tabbing under weight. I run 3x a week. I'm fine on the flat but slow on hills "
        "and my hips ache after long tabs. What leg strength work covers both, and how do I fit it around 3 "
        "runs?",
        "I'm slow up hills and my glutes feel weak. What exercises help both?",
        "I struggle on hills and my calves cramp late in races. Anything that fixes both?",
    ],
)
def test_both_asked_answers_the_hills_too(question: str) -> None:
    reply = text(question)
    assert "hill repeats" in reply.lower() and "5–10%" in reply, reply


# ---- progress it and keep it interesting ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "I've done the same bodyweight routine for six months (squats, lunges, calf raises) and I'm bored "
        "stiff and not sure it's doing anything anymore. I've got a resistance band and a 12kg kettlebell. "
        "How do I progress it and keep it interesting?",
        "Same squats and lunges routine for a year with a pair of 8kg dumbbells. How do I progress it?",
        "Been doing the same leg circuit with a kettlebell for months and it's boring. How can I progress "
        "this and keep it interesting?",
    ],
)
def test_progress_it_is_how_to_make_it_harder(question: str) -> None:
    reply = text(question)
    assert _lead(reply).startswith("Make it harder"), reply
    assert "Machines target single muscles" not in reply and "For your calves" not in reply
    if "interesting" in question:
        assert "music" in reply


# ---- a week asked for -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Primary school teacher, on my feet all day, then I run 4-5 evenings a week after marking. Half "
        "term's coming and I want to start a proper leg routine I can keep up once term starts. I can use "
        "the school hall after hours - benches, a few gym mats and medicine balls, no weights. Can you "
        "suggest a week that I'd actually stick to?",
        "I run 5 days a week and have dumbbells at home. Can you give me a weekly plan for leg strength?",
        "Can you plan my week? I have a gym and run four times.",
    ],
)
def test_a_week_asked_for_is_laid_out(question: str) -> None:
    reply = text(question)
    assert "Your week: two of these sessions on easy-run days" in reply, reply
