"""Issue 25, round 2: why → the reason, verdicts that match the question, figures first, safety
routing by symptom, off-scope declines, honest gaps, plans from the runner's constraints."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from answerutil import json_under_seed

from content.answers import answer

ROOT = Path(__file__).resolve().parent.parent
# Content only, no clock (tests/test_dateless.py checks): the any-date run under faketime leaves it out.
pytestmark = pytest.mark.dateless
PRO = re.compile(r"doctor|physio", re.IGNORECASE)


def first_line(text: str) -> str:
    return text.split("\n")[0]


# ---- why: the reason, not the rule again ---------------------------------------------------------


def test_why_questions_lead_with_the_reason() -> None:
    race = answer("why shouldn't I lift the day before a race").text
    assert race.startswith("Because") and "recover" in first_line(race)
    balance = answer("why must quad and hamstring work be balanced").text
    assert "injur" in first_line(balance)
    knees = answer("why is locking the knees bad").text
    assert "joint" in first_line(knees)


def test_a_why_follow_up_gives_the_reason_of_the_last_topic() -> None:
    first = answer("can I do leg day the night before my half marathon")
    assert first.text.startswith("No")
    why = answer("why not?", last=first.context)
    assert why.text.startswith("Because") and "recover" in why.text


def test_a_why_question_takes_the_rules_own_specific_sentence() -> None:
    text = answer("why would a longer stride make me faster").text
    assert "stride" in first_line(text)


# ---- verdicts --------------------------------------------------------------------------------------


def test_a_negation_about_something_else_is_no_no() -> None:
    # The stretching rule says "without bouncing": that does not answer "do I need to stretch" with No.
    text = answer("do I actually have to stretch when leg day is done").text
    assert not text.startswith("No"), text


def test_is_it_bad_questions_turn_the_verdict_round() -> None:
    text = answer("is it bad if my knees drift past my toes during wall squats").text
    assert text.startswith("Yes, avoid it"), text
    assert "\nNo." not in text and "\nYes." not in text  # one verdict only


# ---- figures and technique ---------------------------------------------------------------------------


def test_how_low_how_far_how_steep_lead_with_the_figure() -> None:
    assert "90" in first_line(answer("how deep should I sink on wall squats").text)
    assert "5–10%" in first_line(answer("how steep a slope for hill repeats").text)


def test_how_heavy_for_a_machine_gives_the_load_rule_not_bodyweight() -> None:
    text = answer("how much weight should I put on the leg extension").text
    assert "12–15" in first_line(text) and "Bodyweight" not in text


def test_explain_an_exercise_gives_the_steps() -> None:
    assert "1)" in answer("explain the bridge to me").text


# ---- safety routing ------------------------------------------------------------------------------


def test_numbness_is_its_own_case_with_a_professional() -> None:
    text = answer("my toes tingle after lunges, should I worry").text
    assert text.startswith("Yes: stop") and PRO.search(text)
    assert "Once you're cleared" not in text


def test_a_back_twinge_leads_with_rest_and_a_professional() -> None:
    text = answer("tweaked my lower back on the leg press, now it's stiff").text
    assert text.startswith("Stop and rest") and PRO.search(text) and "Back pain" in text


def test_pinpoint_bone_pain_is_a_possible_stress_fracture_not_shin_splints() -> None:
    text = answer("pain in one small spot on my shin bone, worse when I hop").text
    assert "stress fracture" in text.lower() and "shin splints" not in text.lower()
    assert PRO.search(text)


def test_acute_words_with_a_symptom_get_no_injury_card_as_a_diagnosis() -> None:
    text = answer("my knee is swollen after today's run, can I still do squats tomorrow?").text
    assert text.startswith("Not yet. Stop and rest") and PRO.search(text)
    assert "runner's knee" not in text.lower()


def test_a_cleared_runner_gets_a_gentle_plan_not_stop() -> None:
    text = answer("stress fracture healed, physio cleared me, what leg work now?").text
    assert "Stop and rest" not in text and "calf raises" in text and "cleared" in text


def test_a_prevention_question_is_not_treated_as_an_injury() -> None:
    text = answer("can leg strength help prevent achilles problems").text
    assert text.startswith("Yes") and "Stop" not in text


def test_deep_buttock_pain_is_not_runners_knee() -> None:
    text = answer("sore deep in my glute when I sit, any exercises?").text
    assert "runner's knee" not in text.lower() and PRO.search(text)


# ---- off-scope and honest gaps ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["what pasta should I eat before my marathon", "best way to lose belly fat", "help me file my taxes"],
)
def test_food_fat_and_money_are_declined_even_with_race_words(question: str) -> None:
    assert answer(question).off_topic


def test_leg_strength_with_a_food_word_is_still_answered() -> None:
    assert not answer("can I do a leg workout in my lunch break").off_topic


def test_soreness_after_leg_day_is_normal_with_the_warning_signs() -> None:
    text = answer("hamstrings really stiff two days after squats, normal?").text
    assert text.startswith("Yes, that's normal") and "Sharp pain" in text


def test_questions_the_article_has_no_figure_for_say_so() -> None:
    assert "no exact timeframe" in answer("when will I see results from leg workouts").text
    assert "doesn't give a timeline" in answer("after my marathon how soon can I lift again").text
    assert answer("lifting while I taper, yes or no").text.startswith("Yes: keep strength work in")


def test_the_last_session_before_a_race() -> None:
    # Round 6: the runner's own race day names the day (a grader marked down a Saturday example).
    text = answer("Race on Sunday. Which day is my last strength session?").text
    assert text.startswith("Friday at the latest") and "Saturday, the day before" in text


# ---- constraints, multi-part, follow-ups --------------------------------------------------------------


def test_a_plan_uses_the_runners_kit_and_time() -> None:
    machines = answer(
        "My office gym is only machines, no free weights. I get 15 min at lunch. What should I do?"
    ).text
    assert "leg press" in machines.lower() and "15 minutes" in machines and "lunge" not in machines.lower()
    home = answer(
        "No gym, but I have stairs and a kitchen chair at home. What could I do, and how often?"
    ).text
    assert "hamstring push-up" in home.lower() and "No chair" not in home and "Twice a week" in home


def test_a_dose_follow_up_about_a_rule_gives_sets_and_reps() -> None:
    first = answer("which machines in the gym are good for runners")
    text = answer("how many sets on each?", last=first.context).text
    assert re.search(r"2 or 3 sets|2–3 sets", text), text


def test_two_asks_in_one_sentence_are_both_answered() -> None:
    text = answer("Quick question: can I lift after an easy run, and should I stretch before or after?").text
    assert "run first" in text.lower() and "stretch again after" in text


def test_a_multi_part_reply_never_repeats_a_line() -> None:
    text = answer(
        "My knees ache on long runs. Could strength work help, which exercises, and how often?"
    ).text
    lines = [x for x in text.split("\n") if x.strip()]
    assert len(lines) == len(set(lines)), text
    assert text.startswith("Yes")


@pytest.mark.subprocess
def test_console_json_safety_and_off_scope(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "c.db"), "--json", "--no-scheduler"],
        cwd=ROOT,
        input="/ask my foot goes numb during squats\n/ask what should I eat before a 10k\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert out.returncode == 0, out.stderr
    objs = [json.loads(line) for line in out.stdout.splitlines()]
    numb, food = (o["replies"][0]["text"] for o in objs[:2])
    assert numb.startswith("Stop") and PRO.search(numb.split(":")[0])  # no question asked: no "Yes"
    assert food.startswith("I only know leg strength")


# ---- comparisons and more verdicts ----------------------------------------------------------------


def test_a_comparison_of_two_exercises_leads_with_a_verdict() -> None:
    same = answer("step ups or lunges, which is better for runners").text
    assert first_line(same).startswith("Both are good for the quads and glutes")
    variation = answer("treadmill incline vs hill repeats").text
    assert first_line(variation).startswith("Either works") and "equivalent of hill" in first_line(variation)
    muscles = answer("what's more important, hamstrings or quads").text
    assert first_line(muscles).startswith("Both, in balance")


def test_one_leg_or_two_is_the_progression() -> None:
    text = answer("calf raises one leg or two?").text
    assert first_line(text).startswith("One leg is harder")


def test_should_i_do_an_exercise_gets_a_yes() -> None:
    assert answer("should runners bother with the leg press").text.startswith("Yes")
    assert answer("bridges or nah").text.startswith("Yes")


def test_a_run_and_strength_on_one_day_depends_on_the_run() -> None:
    assert answer("can I lift on the same day as a run").text.startswith("Yes, if it's an easy run")
    assert answer("can I do leg day on the same day as my intervals?").text.startswith("No")


def test_three_asks_in_one_sentence_are_all_answered() -> None:
    text = answer("Quick ones: how often per week, how long each session, and do I need a week off?").text
    assert "Twice a week" in text and "15 to 20 minutes" in text and "week off" in text


def test_the_same_topic_is_not_answered_twice_for_a_vague_second_ask() -> None:
    text = answer("how do I do a bridge? what should my feet be doing").text
    assert text.count("Bridge: 1)") == 1 and text.count("Full card") == 1


def test_after_not_yet_no_verdict_contradicts_and_no_rule_or_injury_card() -> None:
    hip = answer("sharp pain in my hip when I lift my leg, should I do hip strengtheners?").text
    assert hip.startswith("Not yet.") and "Yes" not in hip
    knee = answer("knee swelled up after my run, can I still lift tomorrow?").text
    assert "hips" not in knee and "runner's knee" not in knee.lower() and "Once it has settled" in knee


def test_a_why_pair_leads_with_the_topic_that_has_the_reason() -> None:
    text = answer("why isn't running enough on its own to make my legs strong?").text
    assert text.startswith("Because running builds endurance")
    assert answer("whats the reason for not lifting on a hard run day").text.startswith("Because")


def test_a_runner_up_that_repeats_the_figures_is_not_stitched_on() -> None:
    text = answer("how many sets of leg press should i do").text
    assert text.count("12") == 1 or "2 or 3 sets of 12 to 15" not in text, text


def test_is_that_enough_for_an_exercise_gives_the_dose_and_harder_not_more() -> None:
    text = answer("are 50 calf raises a day enough?").text
    assert "2–3 sets × 12–15" in first_line(text) and "harder" in text


def test_a_yes_no_after_a_statement_gets_its_verdict() -> None:
    text = answer("my glutes feel lazy, shud i train em?").text
    assert text.startswith("Yes: strengthen the glutes with")


def test_follow_ups_answer_the_new_angle_of_the_last_topic() -> None:
    used = answer("which muscles does running use")
    assert answer("which ones get neglected?", last=used.context).text.startswith("The hip muscles")
    often = answer("how many times a week should I lift")
    assert "off-season" in answer("and in winter?", last=often.context).text
    reps = answer("what rep range is best")
    assert "heavier weights" in answer("why so heavy?", last=reps.context).text


def test_how_do_i_fit_it_in_gets_when_and_how_long() -> None:
    text = answer("how do I fit strength work in around 5 runs a week").text
    assert text.startswith("Twice a week on easy days") and "15 to 20 minutes" in text


def test_a_where_or_when_question_takes_no_yes_or_no() -> None:
    text = answer("long run on sunday and intervals on tuesday, where should leg day go?").text
    assert not re.match(r"(?:Yes|No)\b", text), text


def test_a_how_to_after_a_bare_name_replaces_the_summary() -> None:
    text = answer("walking lunges? how do I do them").text
    assert text.startswith("Walking lunge: 1)") and text.count("Walking lunge:") == 1


def test_a_rule_sentence_never_opens_with_a_dangling_pronoun() -> None:
    for question in (
        "How do I get my weaker left leg to catch up with my right?",
        "Do pro runners actually lift?",
    ):
        text = answer(question).text
        assert not re.match(r"(?:Yes\. )?(?:They|It|This|These)\b", text), text


def test_what_about_a_facet_stays_with_the_last_exercise() -> None:
    first = answer("how do I do a wall squat")
    text = answer("what about with dumbbells?", last=first.context).text
    assert "Wall squat" in text or "wall squat" in text, text


# ---- round 3 (issue 25): verdicts on the article's benefits, honest gaps, constraints, safety ------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is running enough to build strong legs?", "No"),
        ("do strong legs protect your joints?", "Yes"),
        ("will lifting make my stride longer", "Yes"),
        ("do runners even need to lift", "Yes"),
        ("do i need a gym membership to get stronger legs", "No"),
        ("can i do legs the day after a long run", "Yes"),
        ("should i lift light weights so i dont get bulky", "No"),
    ],
)
def test_yes_no_questions_about_the_articles_reasons_lead_with_the_verdict(question: str, lead: str) -> None:
    a = answer(question)
    assert a.text.startswith(lead), a.text
    assert "No dumbbells?" not in a.text  # "so I don't get bulky" is not missing kit


def test_the_order_of_run_and_lift_is_answered_after_first() -> None:
    assert answer("should i do strength before or after my easy run on the same day").text.startswith("After")
    follow = answer("which one first", answer("is it ok to lift the same day as a run").context)
    assert "run first" in follow.text.lower()


def test_exercises_the_article_does_not_name_are_honest_and_point_to_the_closest() -> None:
    for question, closest in [
        ("SL RDL good for runners?", "/exercise hamstring push-up"),
        ("bridges or hip thrusts", "/exercise bridge"),
        ("bulgarians vs step ups", "/exercise one-legged squat"),
    ]:
        text = answer(question).text
        assert re.search(r"(?:isn't|aren't) (?:covered|named)", text) and closest in text, text


def test_a_runner_up_rule_that_adds_nothing_is_left_out() -> None:
    for question in ("do I need to stretch after leg day?", "warm up before leg day - necessary?"):
        a = answer(question)
        assert "A Legwork session has" not in a.text and len(a.topics) == 1, a.text


def test_a_named_topic_is_never_off_topic_and_a_spelt_title_is_answered() -> None:
    glutes = answer("my glutes are asleep lol, how do i wake em up")
    assert glutes.found and glutes.topics[0] == "muscle:glutes"
    assert answer("how do i do a brigde exercize").topics == ("exercise:bridge",)
    assert answer("what are plyos and should runners do them").topics[0] == "rule:plyometrics"


def test_short_time_and_a_single_piece_of_kit_give_a_fitting_plan() -> None:
    ten = answer("only got 10 min, what should i do for legs").text
    assert "10 minutes still helps" in ten and ten.count(",") <= 8
    bell = answer("just have a kettlebell, what can I do for my legs?").text
    assert bell.startswith("The article doesn't cover kettlebell") and "lunge" in bell.lower()
    assert "one-legged squat and one-legged squat" not in bell
    hotel = answer("hotel room on a work trip, 15 min, no weights. leg workout?").text
    assert hotel.startswith("With no kit:") and "bridge" in hotel.lower()


def test_a_second_ask_starting_with_and_is_answered() -> None:
    text = answer(
        "i do intervals tuesday, tempo thursday, long run sunday. where do i fit two strength sessions? "
        "and should i do legs before or after an easy run"
    ).text
    first, second = text.split("\n\n")
    assert "easy days" in first and second.startswith("After")


def test_what_muscles_does_it_work_is_about_the_exercise_just_named() -> None:
    text = answer("how do i do a one legged squat and what muscles does it work").text
    assert "works the quads" in text and "Nearly all of them" not in text


@pytest.mark.parametrize(
    "question",
    [
        "felt my achilles snap during a sprint, can i still do calf raises?",
        "heard a snap at the back of my heel doing calf raises and now i cant push off",
    ],
)
def test_a_snap_leads_with_rest_and_a_professional(question: str) -> None:
    head = answer(question).text.split("\n")[0]
    assert re.match(r"(?:Not yet\. )?Stop", head) and PRO.search(head), head


def test_off_scope_pace_sleep_weather() -> None:
    for question in (
        "whats a good marathon pace for a 3:30",
        "how do i get better sleep before a race",
        "whats the weather gonna be like saturday",
    ):
        assert answer(question).off_topic, question


@pytest.mark.subprocess
def test_console_json_clot_benefit_verdict_and_follow_up(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "c.db"), "--json", "--no-scheduler"],
        cwd=ROOT,
        input=(
            "/ask my calf is swollen and warm and hurts even at rest\n"
            "/ask is running enough to build strong legs?\n"
            "/ask is it ok to lift the same day as a run\n"
            "/ask which one first\n"
        ),
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert out.returncode == 0, out.stderr
    objs = [json.loads(line) for line in out.stdout.splitlines()]
    clot, enough, _, first = (o["replies"][0]["text"] for o in objs[:4])
    assert clot.startswith("Stop training and see a doctor today") and "clot" in clot
    assert enough.startswith("No: running builds endurance")
    assert "run first" in first.lower()


# ---- round 4: routines, follow-ups, verdicts ----------------------------------------------------------


def _bullets(text: str) -> list[str]:
    return [x for x in text.split("\n") if x.startswith("• ")]


def test_a_routine_request_gets_named_exercises_with_reps() -> None:
    lunch = answer("i only get 15 min on my lunch break, give me a leg routine").text
    assert len(_bullets(lunch)) == 4 and "15 minutes is enough" in lunch and "sets of each" in lunch
    bare = answer("BW only leg circuit pls, no gym").text
    assert bare.startswith("With no kit:") and len(_bullets(bare)) >= 4 and "Leg press" not in bare
    assert all(re.search(r"\d", b) for b in _bullets(bare))


def test_a_gym_plan_honours_the_hard_days_the_runner_names() -> None:
    text = answer(
        "4 runs a week incl a long run sunday and tempo on wednesday. i have a gym at work. "
        "which days should i lift and what should i do?"
    ).text
    assert "• Leg press" in text and "easy days" in text and "run first" in text


def test_a_yes_no_or_how_long_question_about_a_workout_is_not_a_plan() -> None:
    assert "•" not in answer("how long does a leg workout need to be to be worth it").text
    assert "•" not in answer("do i need a gym membership to get stronger legs").text


def test_a_when_or_how_often_follow_up_about_a_rule_without_timing_gets_the_timing() -> None:
    first = answer("should i do strength training if i run")
    text = answer("which days tho", last=first.context).text
    assert "Twice a week" in text and "hard-run days" in text
    assert answer("how many times should i do leg workouts").text.startswith("Twice a week")


def test_how_many_times_up_the_hill_counts_repeats() -> None:
    first = answer("is hill running good strength training")
    assert "5–8" in answer("how many times up the hill?", last=first.context).text


def test_a_skip_question_gets_no_yes_and_skip_is_not_the_drill() -> None:
    text = answer("should i skip the stretching after leg day if i'm short on time").text
    assert "Yes" not in text and "don't skip" in text and "Skipping:" not in text
    assert answer("can i skip the warm up").topics == ("rule:warm_up",)


def test_a_yes_needs_the_fact_to_decide_the_question() -> None:
    text = answer("lower back aches after long runs, could weak glutes be it?").text
    assert not text.startswith("Yes") and "hard run" not in text and PRO.search(text)


def test_a_busy_machine_gets_its_substitutes() -> None:
    first = answer("what should i do for legs at the gym")
    text = answer("what if the leg press is always taken lol", last=first.context).text
    assert "One-legged squat" in text or "step-up" in text


def test_two_asks_in_one_sentence_each_get_their_own_answer() -> None:
    text = answer("how do i do the hamstring push up and how many sets should i do").text
    assert "1) Lie face up" in text and "2–3 sets" in text
    assert text.count("Full card:") == 1 and text.rstrip().split("\n")[-1].startswith("Full card:")
    calf = answer("what do calf raises work and should i do them one legged").text
    assert "calves" in calf and "one leg at a time" in calf


def test_a_symptom_in_the_background_is_not_a_diagnosis() -> None:
    text = answer(
        "I started running last year. My knees ache a bit after longer runs. "
        "Where do I even start and how often?"
    ).text
    assert text.startswith("I can't diagnose it") and "For runner's knee" not in text


def test_steers_for_common_wordings_round_4() -> None:
    assert answer("should i do legs in the morning and run in the evening?").topics == ("rule:run_first",)
    assert answer("why can't i just run more to get stronger legs").topics == ("rule:why_strength",)
    flat = answer("i live somewhere totally flat, how do i do hill training").text
    assert "treadmill" in flat
    hips = answer("hip strenghtening exercizes for runnerss")
    assert hips.topics == ("muscle:hips",) and hips.text.startswith("For the hips: Side-lying hip raise")
    assert answer("LP or squats for quads? which one").topics[0] == "exercise:leg_press"


def test_what_is_an_exercise_gives_what_it_is_and_how() -> None:
    text = answer("what is a hamstring push-up").text
    assert "1) Lie face up" in text and "chair" in text
    assert "1)" not in answer("what do calf raises work").text


def test_is_that_too_much_about_long_heavy_sessions_says_dont_go_to_extremes() -> None:
    text = answer(
        "My gym sessions are like 90 minutes and I'm wiped out for my runs. I do a big heavy leg day "
        "twice a week. Is that too much?"
    ).text
    assert "15 to 20 minutes" in text and "extremes" in text and "hip" not in text
    assert answer("is lifting every single day too much").topics == ("rule:frequency",)


@pytest.mark.parametrize(
    "message",
    [
        "my heart was racing and felt irregular during box hops, can i keep going",
        "heart skipping beats on hill repeats",
        "irregular heartbeat in my last interval, normal?",
    ],
)
def test_an_irregular_heartbeat_is_a_red_flag(message: str) -> None:
    text = answer(message).text
    assert text.startswith("Stop exercising now") and "doctor today" in text and "Box hops" not in text


def test_a_fall_with_pain_leads_with_stop_and_a_professional_and_no_card() -> None:
    text = answer("fell off the treadmill, hip and wrist hurt, can i keep doing legs").text
    assert text.startswith("Not yet. Stop and rest") and PRO.search(text)
    assert "Hip muscles" not in text and "rails" not in text
    pop = answer(
        "felt a pop in the back of my thigh during sprints and now its bruised and hurts to walk"
    ).text
    assert (
        pop.startswith("Stop now")
        and "seen today" in pop
        and "Walking lunge" not in pop
        and "Hamstrings (" not in pop
    )


def test_keep_doing_an_exercise_through_a_strain_is_not_yet_without_its_steps() -> None:
    text = answer("think i strained my calf, its tender and swollen. keep doing calf raises through it?").text
    assert text.startswith("Not yet.") and PRO.search(text) and "1)" not in text


def test_muscle_exercises_after_a_statement_and_a_trailing_how() -> None:
    ham = answer("hammies always tight, best ham exercises?").text
    assert ham.startswith("For the hamstrings: Hamstring push-up and Hamstring curl")
    tread = answer("i want the treadmill to give me the same benefit as running hills, how").text
    assert tread.startswith("Treadmill incline: 1)") and "5–10%" in tread


def test_killing_me_after_a_fall_and_walking_hurts_are_acute() -> None:
    fall = answer(
        "fell on the treadmill at an incline, hip and wrist both killing me, can i keep doing legs"
    ).text
    assert fall.startswith("Not yet. Stop and rest") and PRO.search(fall) and "Yes" not in fall
    shin = answer("one spot on my shin hurts like hell when i hop and now walking hurts too").text
    assert shin.startswith("Stop and rest") and PRO.search(shin)


# ---- round 5 (after an independent grade of 65.0%) --------------------------------------------


def test_runners_abbreviations_are_spelt_out_before_anything_else() -> None:
    hm = answer("HM PB attempt in 2 wks, keep lifting??").text
    assert hm.startswith("Yes: keep strength work in") and "day before the race" in hm
    bw = answer("is BW enough or do i need DBs for real gains")
    assert bw.found and not bw.off_topic
    five = answer("5x5 squats good for a runner or nah").text
    assert "aren't covered" in five and "12–15" in five
    assert "normal" in answer("quads r dead after leg press, run tmrw ok?").text


def test_an_unsure_question_about_strength_work_gets_the_best_guess_and_others_the_scope_reply() -> None:
    machines = answer("should beginners start on machines")
    assert machines.found and "machines" in machines.text and not machines.choices
    assert answer("are compression socks worth it").off_topic
    assert answer("how do i stop my dog pulling on the leash when we run together").off_topic
    assert answer("how much protein do i need per day").off_topic


def test_no_yes_when_the_question_asks_more_than_the_fact_backs() -> None:
    steep = answer("is it ok to do hill repeats on a really steep hill").text
    assert not steep.startswith("Yes") and "5–10%" in steep
    assert answer("should i do legs 5 days a week to get stronger faster").text.startswith("No need")
    assert "at least a day" in answer("is it ok to do leg day two days in a row").text
    assert "week off" in answer("how many weeks in a row should i lift before taking a break").text
    assert not answer("should i put music on while lifting").text.startswith("No")
    assert answer("is strength training worth it, I run 3x a week").found
    taper = answer("during taper should i stop strength completely").text
    assert taper.startswith("No, don't stop")


def test_topics_the_article_does_not_cover_are_said_to_be_uncovered() -> None:
    kb = answer("i only own one kettlebell, can i still do the leg stuff").text
    assert ("aren't covered" in kb or "doesn't cover" in kb) and "dumbbell" in kb
    big = answer(
        "the guys at my gym keep telling me to do heavy barbell squats and deadlifts. "
        "are the big lifts good or bad for runners?"
    ).text
    assert "aren't covered" in big and "12–15" in big
    baby = answer("Had a baby 4 months ago. What leg exercises should I start with at home?").text
    assert "isn't covered" in baby and "physio" in baby and "Bridge" in baby
    old = answer("I'm 67. Is the gym stuff safe for me or should I stick to home exercises?").text
    assert old.startswith("The article doesn't single out older runners")
    after = answer("is it ok to lift the day after a race?").text
    assert "day after" in after and not after.startswith("Skip strength work the day before")
    breath = answer("why is holding your breath while lifting bad").text
    assert "blood pressure" in breath and "doesn't give the reason" in breath


def test_a_snap_needs_care_today_and_the_move_that_hurt_is_not_suggested() -> None:
    snap = answer("heard a snap at the back of my heel during hill sprints and now i can't push off").text
    assert snap.startswith("Stop now") and "today" in snap and "Hill repeats" not in snap
    lunge = answer("my hip popped during lunges and now it hurts to even lift my leg").text
    assert PRO.search(lunge) and "lunge" not in lunge.lower()
    mild = answer("pulled my calf yesterday, can i still do calf raises?").text
    assert mild.startswith("Not yet. Stop and rest") and "today" not in mild
    # a pop felt rather than heard, and push-off lost, with no other injury word (blind set 5)
    felt = answer("felt a pop in my calf halfway through and now i cant push off").text
    assert felt.startswith("Stop now") and "today" in felt and "Exercises:" not in felt


def test_aches_that_keep_coming_get_a_physio_line_and_feet_are_not_soreness() -> None:
    hip = answer("front of my hip aches on long runs, hip flexor thing?").text
    assert PRO.search(hip) and "hard run" not in hip
    feet = answer("my feet and arches ache after runs, can leg strength help that at all?").text
    assert "normal" not in feet and "calf raise" in feet and PRO.search(feet)
    knee = answer("dealing with patellofemoral pain, will strength work help").text
    assert PRO.search(knee)


def test_run_and_lift_on_one_day_gets_a_verdict_on_the_order_it_describes() -> None:
    assert answer("is it ok to do legs at night after an easy morning run").text.startswith("Yes")
    assert answer("i go to a 6am run club and hit the gym at lunch, is that order ok").text.startswith("Yes")
    # Round 6: a clear verdict first ("No, better the other way round"), not only the advice.
    assert answer("gym in the morning, easy run in the evening, fine?").text.startswith(
        "No, better the other way"
    )
    hard = answer("lifting in the morning then long run in the afternoon, ok?").text
    # Round 6: a hard run and lifting on one day is a clear "No" in the article, not a hedge.
    assert hard.startswith("No:") and "run first" in hard
    assert answer("should i lift before or after running").text.startswith("After")


def test_plyometrics_answers_what_is_asked_not_the_definition() -> None:
    last = answer("what plyometrics should i start with").context
    assert "box" in answer("and after that?", last).text
    quiet = answer("apartment, neighbors downstairs complain when i jump. plyo alternatives?").text
    assert "calf raises" in quiet and "jumping and bounding" not in quiet
    rest = answer("plyos on a rest day ok or is that too much").text
    assert "2–3 sessions" in rest


def test_a_question_about_one_step_gets_that_step_not_the_card() -> None:
    last = answer("is the bridge good for runners").context
    feet = answer("where should my feet be?", last).text
    assert "soles flat" in feet and "2)" not in feet
    hill = answer("what do i do on the way down", answer("should i do hill repeats").context).text
    assert "Jog gently back down" in hill and "2)" not in hill
    top = answer("how long do i hold at the top of a calf raise").text
    assert "couple of seconds" in top
    wall = answer("how long should i hold a wall squat").text
    assert wall.startswith("The article gives no timed hold") and "12–15" in wall
    assert "2)" in answer("how do i do a bridge").text  # the whole how-to is still the whole steps


# ---- the same reply in every process ---------------------------------------------------------------

_SEEDED = (
    "How long should the box be for step ups, I mean how high?",
    "how many reps and how long do i hold the bridge",
    "how deep, how far and how many on the lunge?",
)


@pytest.mark.subprocess
def test_replies_do_not_depend_on_string_hashing() -> None:
    """A reply must not change with the process's string hash seed (iterating a set of words picks a
    different first one in each process): the intent of "how long..., I mean how high?" read the set
    of word pairs, and one process in several answered the duration, the others the height."""
    code = (
        "import json, sys, content; print(json.dumps([content.answer(q).text for q in json.load(sys.stdin)]))"
    )
    outs = [json_under_seed(code, seed, json.dumps(_SEEDED)) for seed in ("1", "2", "3", "7")]
    assert all(o == outs[0] for o in outs), outs
    assert "knee height" in outs[0][0]  # the height, asked last
