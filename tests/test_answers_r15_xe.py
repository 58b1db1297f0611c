"""Round 15 (tuner xe): injury wording, safety false alarms, follow-ups and verdicts. A pet in the
story is not a question about the pet; a healed broken bone is history (a fresh one still stops); an
arm fracture leaves the legs free to train; one side stronger than the other is an imbalance, not a
stroke; starting from scratch days before a race waits; "too late/old" beside a plan request still
gets its "No"; bonking is fuel first; dead legs on descents are the quads; lift or run more is both;
"legit or crossfit nonsense" about a move is that move; a cause question about a covered injury gets
the answer first; "anything else for that" after a move for an injury lists the injury's moves; rest
days after a day-timing rule; a bare time asked after the frequency rule carries it; an uncovered
injury's "should I do something?", "diagnosed…, is X ok?" and "an imbalance?" get their own lead."""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless

_STOP = ("Stop and rest", "Stop now")
_VET = ("vet", "animal")
_EMERGENCY = "emergency services"


# --- a pet told in the story, the runner asking about themselves -----------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I take the dog out for 8 km every morning, should I still do leg strength work?",
        "between my job and walking our puppy I'm on my feet all day, do I really need squats too?",
        "I jog with my dog most evenings, can I skip leg day?",
    ],
)
def test_pet_in_the_story_is_not_a_vet_question(message: str) -> None:
    reply = text(message).lower()
    assert not any(w in reply for w in _VET)
    assert "i only coach runners" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "my dog limps after our long runs, any leg exercises for him?",
        "our spaniel's hips seem stiff after runs, what can I do for her?",
    ],
)
def test_the_pets_own_legs_still_go_to_a_vet(message: str) -> None:
    assert "vet" in text(message).lower()


# --- a healed broken bone is history; a fresh one still stops --------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "fractured my tibia two years ago, it's pain free now, what leg work should I start with?",
        "I broke my foot last summer, fully healed now, which strength exercises are good?",
        "snapped my fibula a few years back, no pain these days. how do I build my legs up again?",
    ],
)
def test_healed_broken_bone_is_not_acute(message: str) -> None:
    reply = text(message)
    assert not reply.startswith(_STOP)
    assert "A&E" not in reply and "seen today" not in reply
    assert "calf raises" in reply


@pytest.mark.parametrize(
    "message",
    [
        "I think I just broke my ankle on my run, it's swollen",
        "fell on the trail today and I think my foot is broken",
    ],
)
def test_fresh_break_still_leads_with_stop(message: str) -> None:
    assert text(message).startswith(_STOP)


@pytest.mark.parametrize(
    "message",
    [
        "wrist fracture three weeks ago, what leg exercises can I still do?",
        "arm fracture from a bike crash, can I keep doing leg work?",
        "elbow fracture in a cast, any leg routine for me?",
    ],
)
def test_arm_fracture_leaves_the_legs_free(message: str) -> None:
    reply = text(message)
    assert not reply.startswith(_STOP)
    assert "arm" in reply.lower() or "hand" in reply.lower()


# --- one side stronger is an imbalance, not a stroke -----------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "one side of my body is much stronger than the other, how do I even it out?",
        "one side of my body feels weaker when I do squats, what should I change?",
        "I've noticed one side of my body is a bit weaker, any exercises?",
    ],
)
def test_one_side_weaker_is_an_imbalance(message: str) -> None:
    reply = text(message)
    assert _EMERGENCY not in reply
    assert "one leg" in reply.lower() or "one-legged" in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "one side of my body suddenly went weak and numb on my run",
        "one side of my face drooped after my long run",
    ],
)
def test_sudden_one_sided_weakness_is_still_a_stroke_sign(message: str) -> None:
    reply = text(message)
    assert _EMERGENCY in reply and "stroke" in reply


# --- starting from scratch days before a race ------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "is now a good time to begin lunges, my half is 4 days away?",
        "thinking of starting leg work in race week, good idea?",
        "never done strength work, my marathon is this sunday, start now?",
    ],
)
def test_starting_new_work_right_before_a_race_waits(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Wait until after")
    assert "off-season" in reply


def test_lifting_as_usual_days_before_a_race_is_still_fine() -> None:
    assert text("can I do my usual squats 3 days before my 10k?").startswith("Yes")


# --- too late / too old beside a plan request ------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I'm 58, too late to get into leg strength, and what should I do first?",
        "66 and too old to start? what exercises should I do at home?",
        "turned 60 and never lifted, too late for me? which exercises first?",
    ],
)
def test_too_late_keeps_its_no_before_the_plan(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No, it's never too late")
    assert "•" in reply  # the plan follows
    assert reply.count("any age") <= 2


# --- bonking and dead legs on descents --------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "I keep hitting the wall around mile 20 of my marathons, would the gym help?",
        "bonked again at 32k, can leg strength work fix that?",
        "I always run out of gas late in long runs, would lifting help?",
    ],
)
def test_bonking_is_fuel_first_then_strength(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Partly")
    assert "fuel" in reply and "•" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "my quads are destroyed after every long downhill, what should I train?",
        "legs turn to jelly on steep descents in trail races, how do I fix it?",
        "running downhill wrecks my thighs, any strength work for that?",
    ],
)
def test_dead_legs_on_descents_get_the_quads_answer(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Downhills load your quads")
    assert "shock" in reply


def test_climbs_are_not_descents() -> None:
    reply = text("I die on the climbs but descents are fine, what helps?")
    assert "Downhills load" not in reply


# --- lift or just run more -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "is it smarter to just run more or add strength sessions?",
        "should I do leg work or just add more miles?",
        "gym sessions or just run more, what's better for a 10k runner?",
    ],
)
def test_lift_or_run_more_is_both(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("No")
    assert reply.startswith("Do both")


# --- a move labelled as crossfit nonsense ----------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "box jumps: legit for runners or crossfit hype?",
        "are box jumps just a crossfit thing or do they actually help?",
        "hopping drills legit or crossfit nonsense",
    ],
)
def test_crossfit_label_on_a_move_is_about_the_move(message: str) -> None:
    reply = text(message)
    assert "cross-training" not in reply
    assert reply.startswith(("Legit", "Worth it"))


def test_crossfit_itself_is_still_cross_training() -> None:
    assert "cross-training" in text("does crossfit count as my leg strength work?")


# --- a cause question about a covered injury: the answer first ------------------------------------


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("can weak calves lead to shin splints?", "impact"),
        ("are weak hamstrings to blame for runner's knee?", "knee"),
        ("what's behind shin splints in runners?", "calf raises"),
    ],
)
def test_cause_question_leads_with_the_answer(message: str, word: str) -> None:
    reply = text(message)
    first = reply.split(". ")[0]
    assert "doctor" not in first and "physio" not in first
    assert word in reply
    assert "physio" in reply  # the professional line still comes, after


def test_cause_question_with_acute_words_still_stops() -> None:
    assert text("tore my calf today, do weak calves cause shin splints?").startswith(_STOP)


# --- follow-ups ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("do calf raises help shin splints?", "what else is good for that besides calf raises?"),
        ("are calf raises good for shin splints?", "any other moves for it apart from calf raises?"),
        ("calf raises for shin splints, yes?", "anything else for that other than calf raises?"),
    ],
)
def test_anything_else_for_that_keeps_the_injury(first: str, then: str) -> None:
    reply = after(first, then)
    assert "wall toe raise" in reply
    assert "line hops" not in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("can I lift on the same day as my interval session?", "and on rest days, is that ok?"),
        ("should I avoid leg day on my long run day?", "is a rest day fine for it then?"),
        ("how often should runners do strength work?", "can it go on my rest days?"),
    ],
)
def test_rest_days_after_a_day_timing_rule(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Yes")
    assert "week off" not in reply


@pytest.mark.parametrize(
    "then",
    ["and in the off season?", "what about during the off-season?", "ok and over the winter?"],
)
def test_a_time_asked_after_frequency_keeps_the_how_often(then: str) -> None:
    reply = after("how many times a week should I lift?", then)
    assert rx_times(reply)


def rx_times(reply: str) -> bool:
    low = reply.lower()
    return any(w in low for w in ("two or three", "twice", "three times", "2–3 times", "two to three"))


# --- an uncovered injury: what was asked leads ------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "my achilles has been achy for three weeks, should I do something about it?",
        "heel pain every morning for a month, do I need to get it checked?",
        "IT band has been niggling for weeks, should I worry?",
    ],
)
def test_should_i_do_something_gets_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "Only if" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "physio diagnosed patellar tendinopathy, are wall squats ok?",
        "I was diagnosed with achilles tendinopathy, is it ok to do calf raises?",
        "diagnosed with IT band syndrome last week - can I still do lunges?",
    ],
)
def test_diagnosed_condition_puts_the_professional_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Check with your physio first")
    assert not reply.startswith("Usually yes")


@pytest.mark.parametrize(
    "message",
    [
        "hamstrings always tight after speed sessions, could it be a muscle imbalance?",
        "footballer here, my hamstrings get tight after sprinting. is it an imbalance?",
        "recurring tight hamstrings after track work, imbalance?",
    ],
)
def test_imbalance_asked_leads_with_it(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Possibly")
    assert "balance" in reply.split(". ")[0]


# --- no pain told, no pain line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "what should I do for weak glutes and hips?",
        "my hips are weak, which moves?",
        "hip strength exercises for a runner with weak hips please",
    ],
)
def test_weakness_without_pain_gets_no_pain_line(message: str) -> None:
    reply = text(message)
    assert "If pain is sharp" not in reply
    assert "hip" in reply.lower()


def test_pain_told_keeps_the_pain_line() -> None:
    reply = text("my hips ache and feel weak, which moves help?")
    assert "doctor" in reply or "physio" in reply


@pytest.mark.parametrize(
    "message",
    [
        "how many leg sessions a week before it starts hurting my race times?",
        "can too much lifting hurt my running performance? how often is safe?",
        "what's the most leg days per week that won't hurt my training?",
    ],
)
def test_hurting_my_running_is_not_pain(message: str) -> None:
    reply = text(message)
    assert "If the pain persists" not in reply


@pytest.mark.parametrize(
    ("message", "word"),
    [
        ("what actually goes wrong in my running if my glutes are weak?", "alignment"),
        ("what happens to a runner whose calves are weak?", "impact"),
        ("what goes wrong at the knee if my hamstrings are weak?", "knee"),
    ],
)
def test_what_weakness_does_is_the_consequence(message: str, word: str) -> None:
    reply = text(message)
    # (one mechanism answers it: xd's weak-group effect in content/technique.py, which leads with it)
    assert reply.startswith(("Weak", "The article gives no sign list"))
    assert word in reply


@pytest.mark.parametrize(
    "message",
    [
        "can lunges give me runner's knee?",
        "will the leg press cause knee problems?",
        "do step-ups lead to knee pain?",
    ],
)
def test_a_move_blamed_for_pain_is_not_when_done_well(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Not when done well")
    assert "knee" in reply.lower() and "physio" in reply


@pytest.mark.parametrize(
    "message",
    [
        "my legs go heavy in the final 10k of a marathon, would lifting help?",
        "quads are toast in the last few miles of long runs, can strength work fix that?",
        "legs die in the closing stages of races, would squats help?",
    ],
)
def test_legs_fading_late_get_the_fatigue_answer(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes: stronger legs tire more slowly")


# --- pain going on, told after an injury or a move -------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what helps shin splints?", "it's getting worse though"),
        ("exercises for runner's knee?", "been doing them two weeks and it's not getting any better"),
        ("how do I do the wall toe raise?", "my shins feel worse after them"),
    ],
)
def test_worsening_after_an_injury_is_get_it_checked(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Then get it checked")
    assert "physio" in reply
    assert "I only know leg strength" not in reply


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what helps runner's knee?", "fine to keep going if it hurts a little?"),
        ("how do I do bridges?", "ok to push through the pain?"),
        ("best exercises for shin splints?", "is it alright to do them even when they ache?"),
    ],
)
def test_training_through_pain_is_no(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("No, not through pain")


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("are plyometrics worth it for runners?", "which one do I start with?"),
        ("what are plyometrics?", "whats the easiest one?"),
        ("should I add plyometrics?", "so which drill comes first?"),
    ],
)
def test_first_plyometric_drill_is_line_hops(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Line hops first")
    assert "Run first" not in reply


# --- a break told weeks back: stop and rest, not A&E today ----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "cracked a toe last week, are lunges still ok?",
        "I broke my foot a few weeks ago, what can I still train?",
        "fractured my ankle last month, which exercises are safe?",
    ],
)
def test_break_weeks_back_is_stop_and_rest_not_a_and_e(message: str) -> None:
    reply = text(message)
    assert reply.startswith(_STOP) or reply.startswith("Not yet")
    assert "A&E" not in reply
    assert "doctor or physio" in reply


def test_break_weeks_back_but_still_swollen_is_still_seen_today() -> None:
    assert "A&E" in text("broke my toe last week and it's still swollen and black")


@pytest.mark.parametrize(
    "message",
    [
        "legs shaking after lunges, is that a bad sign?",
        "my quads tremble at the end of wall squats, should I worry?",
        "shaky legs after a hard leg session, is something wrong?",
    ],
)
def test_shaking_is_that_bad_is_no(message: str) -> None:
    assert text(message).startswith("No, that's normal")


# --- a head rush on standing up fast is said in proportion -----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "went a bit lightheaded when I got up quickly after a set of bridges, normal?",
        "felt woozy for a second standing up too fast after wall squats",
        "bit dizzy once when I sat up suddenly after hamstring curls, should I worry?",
    ],
)
def test_head_rush_is_not_the_red_flag_text(message: str) -> None:
    reply = text(message)
    assert "head rush" in reply
    assert "see a doctor" in reply  # the signs that do need one are still said


@pytest.mark.parametrize(
    "message",
    [
        "got dizzy and my heart was racing when I stood up fast after squats",
        "dizzy every time I stand up fast after lunges",
        "I get dizzy in the middle of my squat sets",
    ],
)
def test_dizziness_with_other_signs_keeps_the_red_flag(message: str) -> None:
    reply = text(message)
    assert "head rush" not in reply
    assert reply.startswith("Stop")


@pytest.mark.parametrize(
    "message",
    [
        "is the week of my first half a good time to start leg work?",
        "planning to start squats, my 10k is next weekend, good idea?",
        "never lifted, marathon next sunday, ok to begin now?",
    ],
)
def test_starting_with_the_race_close_waits(message: str) -> None:
    assert text(message).startswith("Wait until after")


def test_base_phase_start_is_still_yes() -> None:
    assert text("base phase now, good time to start strength?").startswith("Yes")


# --- an operation weeks back: the surgeon's or physio's plan ---------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "had knee surgery three weeks ago, can I start lunges?",
        "ACL reconstruction last month, which leg exercises should I do?",
        "recovering from meniscus surgery, is the leg press ok?",
    ],
)
def test_recent_surgery_puts_the_surgeon_first(message: str) -> None:
    reply = text(message)
    assert "surgeon's or physio's rehab plan comes first" in reply.split(". ")[0] + reply
    assert not reply.startswith(("Yes", "Usually yes"))


def test_old_surgery_is_still_a_comeback() -> None:
    reply = text("acl surgery 4 years ago, all good now, can I do lunges?")
    assert "rehab plan comes first" not in reply
