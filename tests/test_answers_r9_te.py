"""Round 9 (te): injuries read as they are told.

An old, healed injury is not today's injury: no "stop and rest" lead, but "build back gradually", and
what it left behind (a wobbly ankle, a weaker or smaller leg) gets one-legged work. An arm or shoulder
hurt leaves the legs free to train. Pregnant now is not "after a baby": the doctor or midwife leads. A
symptom the article doesn't cover (back, front of the hip) gets its own honest answer, not another
injury's card. Acute injuries still lead with stop/rest and a doctor or physio.
"""

from __future__ import annotations

import pytest

from tests.answerutil import text as _text

ACUTE_LEAD = ("Stop and rest", "Stop now")


@pytest.mark.parametrize(
    "q",
    [
        "rolled my ankle 2 yrs ago and it still feels wobbly on trails, any leg stuff that helps",
        "sprained my ankle a few times years back, still feels unstable on rocky trails. what should i do",
        "twisted my left ankle last season n it still feels kinda wobbly, what leg work helps",
        "old ankle sprain from 2019, ankle still wobbles on descents. exercises?",
        "strained my hamstring 6 months ago, physio says its healed, still feels weak. how to rebuild it",
        "tore my calf two years ago and that calf is still smaller than the other one, how do i fix it",
        "had acl surgery 2 yrs ago, back running but that leg is still a lot smaller. how do i even it up",
        "meniscus op in 2018, running fine since but that leg never got its strength back. what should i do",
    ],
)
def test_old_injury_leftover_builds_back_not_acute(q: str) -> None:
    text = _text(q)
    assert not text.startswith(ACUTE_LEAD), text
    assert "one-legged" in text.lower() or "one leg" in text.lower() or "hamstring" in text.lower(), text


@pytest.mark.parametrize(
    "q",
    [
        "my hamstring just went mid sprint and now its bruising",
        "rolled my ankle on a root this morning and its swollen",
        "sharp pain in my knee during lunges just now, swelling up",
        "felt a pop in my calf doing calf raises, can barely walk",
    ],
)
def test_acute_still_leads_with_stop_and_a_professional(q: str) -> None:
    text = _text(q)
    assert text.startswith(ACUTE_LEAD), text
    assert "doctor" in text or "physio" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "My knees have a history: meniscus surgery in 2015. I'm nervous about deep knee bends, how far down "
        "should I go?",
        "old acl reconstruction years ago, running fine now. how deep should i squat",
        "had knee cartilage surgery a couple of years back, all good now. how low can i go on lunges",
    ],
)
def test_old_knee_surgery_depth_is_ninety_degrees(q: str) -> None:
    text = _text(q)
    assert not text.startswith(ACUTE_LEAD), text
    assert "90°" in text or "90 degrees" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "broke my wrist (cast for 6 wks), what leg stuff can i still do",
        "recovering from shoulder surgery so i can't hold dumbbells. alternatives to weighted lunges?",
        "arm's in a sling after a fall last month, can i still do leg day",
        "fractured my collarbone cycling 3 weeks ago, what leg exercises can I do in the meantime",
    ],
)
def test_arm_injury_leaves_legs_to_train(q: str) -> None:
    text = _text(q)
    assert not text.startswith(ACUTE_LEAD), text
    assert "lunge" in text.lower() or "squat" in text.lower(), text


def test_fresh_arm_injury_alone_is_still_seen_today() -> None:
    text = _text("just fell and broke my wrist, it's swollen")
    assert text.startswith(ACUTE_LEAD), text


@pytest.mark.parametrize(
    "q",
    [
        "24 and pregnant (2nd trimester), still running easy. ok to keep doing leg strength?",
        "pregnant with my second, can i keep doing lunges",
        "im in my third trimester, is squatting safe",
        "expecting a baby in may, should i stop the leg workouts",
    ],
)
def test_pregnant_now_asks_doctor_or_midwife(q: str) -> None:
    text = _text(q)
    assert "midwife" in text and "while pregnant" in text, text
    assert "Returning after" not in text, text


def test_after_a_baby_is_not_pregnant_now() -> None:
    text = _text("had a baby 4 months ago, when can i start lunges again?")
    assert "Returning after pregnancy" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "i keep getting a sore lower back/sacroiliac pain while running, what is it",
        "achy lower back after long runs, what could it be",
        "SI joint pain on my right side when i run hills",
        "lower back gets really sore by mile 10, any ideas",
    ],
)
def test_back_pain_is_not_shin_splints(q: str) -> None:
    text = _text(q)
    assert "shin splints" not in text.lower(), text
    assert "Back pain" in text and "physio" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "hip flexors get tight n sore on long runs, is strengthening them a thing",
        "front of my right hip niggles when I push the pace on hills. what should I be strengthening",
        "my hip flexor keeps getting achy on tempo runs, would strengthening help",
        "front of the left hip aches after long runs, what do i work on",
    ],
)
def test_hip_front_niggle_gets_hip_answer(q: str) -> None:
    text = _text(q)
    assert "shin splints" not in text.lower() and "I only know" not in text, text
    assert "hip" in text.lower(), text


def test_strengthen_wh_question_has_no_yes() -> None:
    text = _text("front of my right hip niggles on hills. what should I be strengthening")
    assert not text.startswith("Yes"), text


@pytest.mark.parametrize(
    "q",
    [
        "my arches ache after runs and someone said weak hips can mess up ur feet?? true",
        "heel hurts after runs, could it be weak hips causing it",
    ],
)
def test_weak_hips_link_answered(q: str) -> None:
    text = _text(q)
    assert text.startswith("Yes, it can"), text
    assert "hip" in text, text


def test_running_told_is_not_running_asked() -> None:
    text = _text("I'm 58 with mild arthritis in one hip and still run about 30k a week. is lifting ok for me")
    assert "don't run through it" not in text, text
    assert text.startswith("Usually yes"), text


def test_hops_after_old_sprain_verdict_first() -> None:
    text = _text("keep rolling my ankle on trails since an old sprain. would hopping help or make it worse")
    assert text.startswith("They can help later"), text


@pytest.mark.parametrize(
    "q",
    [
        "my lower back aches when i do lunges, am i doing something wrong",
        "lower back hurts during bridges, what am i doing wrong",
        "back gets sore after squats, is my form off",
    ],
)
def test_back_ache_on_one_exercise_gets_its_form_check(q: str) -> None:
    text = _text(q)
    assert "Back pain isn't covered" not in text, text
    assert "physio" in text, text


def test_back_ache_after_runs_keeps_the_back_answer() -> None:
    text = _text("my lower back aches after long runs, what am i doing wrong")
    assert "Back pain" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "little niggles, one week knee next week hip. coach says im imbalanced. what does that mean",
        "I've had 3 different overuse injuries in 2 years, knee then hip then foot. could strength "
        "work break the cycle?",
        "always injured, one thing after another, calf then knee. will lifting help or not",
        "so injury prone lately, several niggles this year. does strength training actually help",
    ],
)
def test_injuries_that_keep_coming_get_the_imbalance_answer(q: str) -> None:
    text = _text(q)
    assert "imbalance" in text and "alignment" in text, text
    assert "week off" not in text, text


@pytest.mark.parametrize(
    "q",
    [
        "always my right calf that tightens up around mile 18 of a marathon, never the left. weird right?",
        "my left hamstring gets tight on long runs, only on the left, never the right",
    ],
)
def test_one_sided_tightness_names_the_imbalance(q: str) -> None:
    text = _text(q)
    assert "imbalance" in text and "each leg" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "had a tibia stress fracture last yr, fully healed. should plyos be in my routine or too risky",
        "cleared after a stress fracture in my foot, can i start jumping yet",
        "physio cleared my old ankle sprain, is hopping ok now",
    ],
)
def test_cleared_jumps_question_gets_the_verdict_first(q: str) -> None:
    text = _text(q)
    assert text.startswith("Yes, but last"), text
    assert "line hops" in text, text


@pytest.mark.parametrize(
    "q",
    [
        "cleared to start easy running again after a metatarsal stress fracture. can strength training help "
        "stop this happening again",
        "physio cleared my achilles, will calf work help prevent it coming back",
    ],
)
def test_cleared_will_strength_help_says_yes(q: str) -> None:
    text = _text(q)
    assert text.startswith("Yes"), text


@pytest.mark.parametrize(
    "q",
    [
        "got a dodgy knee that doesn't like deep bending, what leg work can i still do",
        "bad knees, which leg exercises are kind on them",
        "creaky knee, what can i do that wont hurt it",
        "weak knees lol what leg stuff is gentle on them",
    ],
)
def test_knee_that_limits_gets_knee_friendly_moves(q: str) -> None:
    text = _text(q)
    assert text.startswith("Plenty"), text
    assert "90°" in text and "bridge" in text.lower(), text


@pytest.mark.parametrize(
    "q",
    [
        "hip replacement 3 yrs ago (63 now), back to gentle running. are side-lying leg lifts ok for me",
        "new knee last year, is the leg press safe for me",
        "had my hip replaced in 2020, running again. are lunges ok",
    ],
)
def test_joint_replacement_asks_the_surgeon_first(q: str) -> None:
    text = _text(q)
    assert "surgeon" in text, text
    assert not text.startswith(ACUTE_LEAD), text


@pytest.mark.parametrize(
    "q",
    [
        "old hamstring injury from last year, felt a pop today mid sprint",
        "sprained my ankle years ago, rolled it again this morning and its swollen",
        "tore my calf two years ago and now it still hurts after every run",
        "strained my groin a few months back and it still twinges when i lunge",
    ],
)
def test_old_injury_hurting_now_is_still_acute(q: str) -> None:
    text = _text(q)
    assert text.startswith(ACUTE_LEAD) or "doctor" in text or "physio" in text, text
    assert "Build that side back" not in text, text


@pytest.mark.parametrize(
    "q",
    [
        "lower back kinda feels it when i do bridges, normal?",
        "lower back gets achy after wall squats with the gym ball, is that normal",
        "my low back aches during lunges, is that ok",
    ],
)
def test_back_ache_on_an_exercise_normal_gets_form_and_physio(q: str) -> None:
    text = _text(q)
    assert text.startswith("Not usually"), text
    assert "form" in text and "physio" in text, text


def test_arm_and_leg_hurt_in_a_fall_is_still_acute() -> None:
    text = _text("fell on my run and hurt my wrist and knee, can i still run tomorrow")
    assert text.startswith(ACUTE_LEAD) or "doctor" in text, text
