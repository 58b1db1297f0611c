"""Round 8, tuner ta: the runner's situation read into the answer (kit, time, fears, dislikes, the
run-up to a race, overdoing it, a hill's grade). Own wordings, not the dev rows."""

from __future__ import annotations

import pytest

import content


def answer(message: str) -> str:
    return content.answer(message).text


# A dislike of jumping and "do I have to?": plyometrics are one option, not a must.
# ("a must?": no; "can I skip them?": yes, you can leave them out)
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("i can't stand jumping, are plyos a must?", "No"),
        ("do i really need to do plyometrics? jumping kills my knees", "No"),
        ("can i skip the jumping drills altogether", "Yes"),
        ("is plyometric training mandatory for runners", "No"),
        ("not a fan of box jumps, can i leave plyo out", "Yes"),
        ("do i need to jump to get stronger legs?", "No"),
    ],
)
def test_plyometrics_are_optional(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead) and "leave them out" in text.split("\n")[0], text
    assert "calf raises" in text and "hill" in text


@pytest.mark.parametrize("message", ["are plyometrics worth it?", "how do i start plyometrics"])
def test_plyometrics_asked_plainly_not_optional(message: str) -> None:
    assert "not a must" not in answer(message)


# A fear for the back while lifting: how to lift safely, not a session length or a card.
@pytest.mark.parametrize(
    "message",
    [
        "scared of hurting my back with heavy weights, how do i stay safe",
        "worried i'll injure my back squatting heavy, any advice",
        "how do i lift without wrecking my lower back",
        "paranoid about putting my back out on the leg press. tips?",
    ],
)
def test_back_fear_gets_form_first(message: str) -> None:
    text = answer(message)
    assert text.startswith("Form first"), text
    assert "comfortable" in text and "slowly" in text


def test_back_hurt_now_still_leads_with_rest() -> None:
    text = answer("i hurt my back lifting yesterday, what should i do")
    assert text.startswith("Stop and rest"), text


# A hill's grade: outside 5-10% is a no, inside a yes.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("is a 20% hill ok for hill repeats", "No: 20%"),
        ("can i do hill sprints on a 15% grade", "No: 15%"),
        ("the slope near me is like 12 percent, too steep?", "Yes, too steep: 12%"),
        ("is an 8% grade too steep for hill sprints", "No: 8%"),
        ("my treadmill goes up to 15% incline, should i use that for hill reps?", "No: 15%"),
        ("is a 7% incline good for hill reps", "Yes: 7%"),
        ("my hill is about 3%, is that enough", "It's gentler"),
    ],
)
def test_hill_grade_against_five_to_ten(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert "5–10%" in text


def test_hill_repeat_count_is_not_a_grade() -> None:
    assert not answer("i do 10 hill repeats, is that too many").startswith(("No: 10%", "Yes: 10%"))


# How soon after a hard run or a race.
@pytest.mark.parametrize(
    "message",
    [
        "how soon after a hard track session can i lift legs",
        "how soon after my long run can i hit the gym",
        "how long should i wait after intervals before doing strength",
    ],
)
def test_how_soon_after_a_hard_run(message: str) -> None:
    text = answer(message)
    assert "same day" in text and "easy day" in text
    assert "• " not in text  # not a routine


@pytest.mark.parametrize(
    "message",
    [
        "ran a marathon on sunday, how soon can i start lifting again",
        "how soon after a half marathon can i do legs",
    ],
)
def test_how_soon_after_a_race(message: str) -> None:
    text = answer(message)
    assert "no set time" in text and "light" in text
    assert "Friday" not in text


@pytest.mark.parametrize(
    "message",
    [
        "just started running 3 weeks ago and never lifted, is it too early to start strength?",
        "total beginner, should i wait before adding leg strength",
    ],
)
def test_beginner_not_too_soon(message: str) -> None:
    text = answer(message)
    assert text.startswith("No, it's not too early"), text
    assert "bodyweight" in text


# Kit told: the stairwell, a chair and a wall, "can X be my gym?"
@pytest.mark.parametrize(
    "message",
    [
        "the only place i can train is the stairwell in my apartment block, ideas?",
        "can i use my staircase for a leg workout",
        "i live up three flights of stairs, no gym. can the stairway be my gym?",
    ],
)
def test_stairs_get_a_stairs_plan(message: str) -> None:
    text = answer(message)
    assert "With stairs" in text and "Calf raise" in text and "step-up" in text
    assert "Leg press" not in text


def test_can_kit_be_enough_gets_yes_first() -> None:
    text = answer("can i do a leg workout with just a chair and a wall")
    assert text.startswith("Yes."), text
    assert "Hamstring push-up" in text


def test_hard_day_session_is_not_a_kit_question() -> None:
    text = answer("can i do my strength session on interval day, like straight after the track")
    assert text.startswith("No"), text


@pytest.mark.parametrize(
    "message",
    [
        "got ten minutes at lunch, what's the best leg routine",
        "i only have ten mins, what should i do for my legs",
    ],
)
def test_ten_minutes_in_words(message: str) -> None:
    text = answer(message)
    assert "10 minutes still helps" in text
    assert "I only know" not in text


# No kit, "can I still do X?": yes, and what to use instead, for that exercise only.
@pytest.mark.parametrize(
    ("message", "must", "card"),
    [
        ("my gym doesn't have ankle weights, can i still do the side-lying hip raise", "strap", "side-lying"),
        ("no ankle weights at home, can i do the hip strengthener anyway", "strap", "side-lying"),
        ("don't have an exercise ball, can i still do wall squats", "skip the ball", "wall squat"),
        ("i don't own a swiss ball, can i still do hamstring push ups", "chair", "hamstring push-up"),
        ("no bench at my place, can i still do step ups", "stair", "bench step-up"),
    ],
)
def test_no_kit_can_i_still(message: str, must: str, card: str) -> None:
    text = answer(message)
    assert text.startswith("Yes: "), text
    assert must in text and f"/exercise {card}" in text
    assert "Hamstring push-up:" not in text and "calisthenics" not in text


def test_no_step_how_do_i_keeps_kit_dropped() -> None:
    text = answer("no stairs or steps in my flat, how do i do calf raises")
    assert "bottom stair" not in text


# Overdoing it: flat legs, stalled running.
@pytest.mark.parametrize(
    "message",
    [
        "i've been doing legs twice a week for about five months solid, never skipping. my legs feel "
        "heavy all "
        "the time and my 10k times have plateaued. i think i might be overdoing it. should i change "
        "anything?",
        "been lifting 3x a week since spring without a break and my legs feel heavy on every run, am i "
        "overdoing it?",
        "my legs always feel dead lately and my running has stalled. strength twice a week. is it too much?",
        "legs feel flat and my running's stalled, i do strength twice weekly. what should i change?",
    ],
)
def test_flat_and_stalled_gets_the_week_off(message: str) -> None:
    text = answer(message)
    assert "week off" in text, text
    assert not text.startswith("No need")


def test_twice_a_week_and_fine_is_not_overdoing() -> None:
    text = answer("i lift twice a week and feel great, am i overdoing it?")
    assert text.startswith("No"), text
    assert "Probably" not in text


def test_to_failure_with_ugly_form() -> None:
    text = answer(
        "i lift 3 times a week, as heavy as i can to failure, and my form goes sloppy at the end. my legs "
        "are dead for my saturday race. too much?"
    )
    # (a likely yes first, "Probably" or "Yes, probably"; the load to drop to and the race's eve)
    assert "probably" in text.lower()[:15], text
    assert "12–15" in text and "day before" in text


# The run-up to a race: steady, then light; not a stock routine.
@pytest.mark.parametrize(
    "message",
    [
        "i'm 54, running a 10k in 3 weeks that matters to me. two leg sessions a week since spring. what "
        "should i do with strength in the run-up and in race week?",
        "marathon is 10 days away. what do i do with my leg sessions in the taper?",
        "got a 5k in 3 weeks, still doing legs twice a week. how should i handle strength as the race gets "
        "close?",
    ],
)
def test_run_up_to_a_race(message: str) -> None:
    text = answer(message)
    assert "day before the race" in text and "race week" in text.lower()
    assert "• " not in text


# Kit told in other words: packed ankle weights, standing only, a park bench and slope, no hills.
@pytest.mark.parametrize(
    "message",
    [
        "travelling light, only brought my ankle weights. anything worth doing with just those",
        "all i've packed is a pair of ankle weights, what leg work can i do",
    ],
)
def test_ankle_weights_only_get_the_hip_work(message: str) -> None:
    text = answer(message)
    assert "With ankle weights" in text and "Side-lying hip raise" in text
    assert "Lunge" not in text


@pytest.mark.parametrize(
    "message",
    [
        "office job, can't lie on the floor in work clothes. any leg stuff i can do standing up",
        "only standing exercises please, what can i do for my legs",
    ],
)
def test_standing_only(message: str) -> None:
    text = answer(message)
    assert text.startswith("All standing") and "Bridge" not in text and "Hamstring push-up" not in text


def test_park_bench_and_slope() -> None:
    text = answer("there's a local park near me with a bench and a gentle slope, leg workout ideas")
    assert "step-up" in text and "Hill repeats" in text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        # (r16 zb: any slope, a ramp, leads; the treadmill is still said)
        ("there are zero hills where i live. how do i get hill training in", "Any slope"),
        ("it's pancake flat round here, how can i do hill work", "Any slope"),
        ("can I do hill repeats without a hill", "Yes: any slope"),
    ],
)
def test_no_hills_gets_the_treadmill(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert "5–10%" in text


def test_no_hills_and_no_treadmill_never_suggests_it() -> None:
    text = answer("no hills near me and no treadmill either, what can i do instead of hill reps")
    assert "treadmill" not in text.lower().replace("no treadmill", "")


def test_hotel_with_basically_nothing_is_bodyweight() -> None:
    text = answer(
        "work trips every week, hotel rooms with no gym or a tiny one with a treadmill and a few dumbbells. "
        "what routine can i do with basically nothing?"
    )
    assert "With no kit" in text and "Weighted" not in text
    assert "dumbbells" in text  # when the hotel has them


def test_no_bench_for_step_ups_gets_the_swap() -> None:
    text = answer("no bench at home for step ups. what else can i use")
    assert "stair" in text and "•" not in text


def test_bullets_drop_the_lacked_kit_cleanly() -> None:
    text = answer("no bench at home, what leg exercises can i do")
    assert "(a knee-high step)" in text and "step." not in text


# The race's eve and the one lift day told.
@pytest.mark.parametrize(
    ("message", "lead", "day"),
    [
        (
            "I've got a 10k this sunday. I always do legs saturday morning since that's when the house "
            "is quiet. "
            "Do it anyway or skip?",
            "Skip it or move it: Saturday",
            "Thursday",
        ),
        (
            "half marathon on saturday and friday is my usual leg day. should i still do it?",
            "Skip it",
            "Wednesday",
        ),
        ("parkrun saturday, i lift on wednesdays. is that ok?", "Yes, keep it", "Wednesday"),
        ("race on sunday, i do strength thursday. should i skip it?", "No, keep it", "Thursday"),
    ],
)
def test_one_lift_day_against_the_race(message: str, lead: str, day: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert day in text and "• " not in text


def test_quiet_house_is_not_a_no_jumping_rule() -> None:
    text = answer("my house is only quiet on sunday mornings, what leg routine can i do at home then?")
    assert "No jumping" not in text


# The hard days named and a day put to them; a week of n runs with no day named.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("my hard days are tuesday and thursday, legs on wednesday?", "Yes, Wednesday works"),
        ("my hard days are tuesday and thursday, legs on thursday?", "No: Thursday is one of your hard days"),
        ("intervals monday, tempo thursday. friday for legs?", "Yes, Friday works"),
        ("speed work on wednesdays and a long run saturday, so lifting on saturday?", "No: Saturday"),
    ],
)
def test_a_day_put_to_the_hard_days(message: str, lead: str) -> None:
    assert answer(message).startswith(lead)


@pytest.mark.parametrize(
    "message",
    [
        "i run 5 days a week, where do i squeeze in two strength sessions",
        "running six days a week, when should i do my 2 leg sessions?",
        "i run 4 times a week, where should i put the gym?",
    ],
)
def test_n_runs_a_week_no_days_named(message: str) -> None:
    text = answer(message)
    assert text.startswith("With ") and "easy" in text and "run first" in text
    assert "which days are hard" in text


def test_parkrun_eve_stays_the_race_rule() -> None:
    assert content.answer("parkrun saturday, legs friday?").topics == ("rule:race_day",)


# A race weeks away: a normal week now, their days named (not the taper text).
@pytest.mark.parametrize(
    ("message", "days"),
    [
        (
            "long run sunday, 10k saturday in 4 weeks. which days should i lift this week?",
            "Monday and Wednesday",
        ),
        (
            "marathon in 10 weeks. intervals tuesday, easy run wednesday, tempo thursday, long run sunday. "
            "which days for legs?",
            "Wed",
        ),
    ],
)
def test_a_race_weeks_away_is_a_normal_week(message: str, days: str) -> None:
    text = answer(message)
    assert days in text and "weeks off" in text
    assert "tapering" not in text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "easy run commute mon wed fri and there's a gym at my office, so legs at lunch on those "
            "days. does "
            "the order matter, and is three days too much?",
            "It does, and yours is right",
        ),
        (
            "i jog to work tuesday and thursday, easy, then lift at lunch those days. is that the right "
            "order?",
            "Yes",
        ),
    ],
)
def test_lifting_after_easy_runs_the_same_days(message: str, lead: str) -> None:
    text = answer(message)
    assert lead in text.split("\n")[0] or text.split("\n")[1].startswith(lead), text
    assert "run comes first" in text


# Hills or the gym for climbing: both, and a hill session when asked.
@pytest.mark.parametrize(
    "message",
    [
        "trail runner, climbs wreck me. hill repeats or the gym, which is better, and what does a hill "
        "session "
        "look like?",
        "for hilly races, is the gym or hill repeats more useful?",
        "should i do hills or lifting to get better at climbing?",
    ],
)
def test_hills_or_gym_is_both(message: str) -> None:
    text = answer(message)
    assert text.startswith("Both"), text
    assert "resistance training" in text


def test_hill_session_said_when_asked() -> None:
    text = answer("hill reps vs weights for trail climbs? and what would a hill session look like")
    assert "5–8" in text and "5–10%" in text


@pytest.mark.parametrize(
    "message",
    [
        "the gym intimidates me. can i get the same benefit at home?",
        "can i just train at home instead of paying for a gym?",
        "would i get similar results at home without the gym?",
    ],
)
def test_same_benefit_at_home(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes, mostly"), text
    assert "calf raises" in text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("my balance is rubbish, i wobble all over on single leg squats", "Keep at them"),
        ("i keep falling over on one-legged squats, should i skip them?", "No, do bother"),
        ("wobbling like mad on single-leg squats, any tips", "Keep at them"),
    ],
)
def test_wobbly_single_leg_squats(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert "wall or chair" in text and "90°" in text


def test_little_time_and_priorities_gets_the_moves() -> None:
    text = answer(
        "full-time job and a toddler, maybe 20 minutes spare. is strength even worth it with so little time, "
        "and what would you prioritise?"
    )
    assert text.startswith("Yes") and "one-legged squat" in text.lower()


@pytest.mark.parametrize(
    "message",
    [
        "i never know how to begin or finish. what should the start and end of a leg session look like?",
        "what do you do at the beginning and end of a strength workout? warm up, stretching?",
    ],
)
def test_start_and_end_of_a_session(message: str) -> None:
    text = answer(message)
    # (the warm-up first, the stretch last: content/dialogue.py's "Start: ... End: ..." reply)
    assert text.startswith("Start") and "jogging" in text and "stretching" in text
    assert text.index("jogging") < text.index("stretching")
    assert "• " not in text and "In between" not in text


@pytest.mark.parametrize(
    "message",
    [
        "when should hill reps go in my week if im also doing 2 gym sessions",
        "how do hill repeats fit into my week alongside two strength sessions?",
    ],
)
def test_hills_count_as_a_strength_session(message: str) -> None:
    text = answer(message)
    assert text.startswith("Count them as strength work") and "resistance training" in text


@pytest.mark.parametrize(
    "message",
    [
        "ok to do legs the evening before my track session? not racing, just a hard workout",
        "can i lift the day before my tempo run?",
    ],
)
def test_the_eve_of_a_hard_run_is_allowed(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes"), text
    assert "day before a race" in text


def test_sprinter_asking_what_helps_the_start_gets_the_power_plan() -> None:
    text = answer(
        "club sprinter, 200m, slow out of the blocks, we have a weights room. what leg work would help "
        "my start?"
    )
    assert "explosive" in text and "line hops" in text.lower()


def test_bored_and_skipping_gets_the_keep_at_it_answer() -> None:
    text = answer(
        "I keep skipping my strength sessions lately, it's the same routine every time and it feels "
        "like a chore "
        "doing it on my own in the spare room. Any ideas how to make myself actually want to do it?"
    )
    assert "music" in text and "•" not in text


@pytest.mark.parametrize(
    "message",
    [
        "Marathon done, and I'm taking the next two months as an off-season with easy running only. I "
        "want to get "
        "stronger. How many days a week should I lift, and what should each session include?",
        "It's my off season now. How often should I lift and what should a workout look like?",
    ],
)
def test_off_season_how_often_and_what(message: str) -> None:
    text = answer(message)
    assert text.startswith("Good use of it") and "two or three times a week" in text
    assert "hamstrings" in text and "week off" in text


def test_what_should_i_be_working_on_with_kit_is_a_plan() -> None:
    text = answer(
        "Trail runner, I keep rolling my ankles and my calves die on long climbs. I've got a step and a "
        "pair of "
        "dumbbells. What should I be working on?"
    )
    assert "Calf raise" in text and "ankles" in text
    assert "Treadmill" not in text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("i jog 10 min to the gym, does that count as my warm up before lunges", "Yes"),
        ("i run to the gym, is that enough of a warm up?", "Yes"),
        ("does a 5 minute jog count as a warm up for legs", "Yes"),
        ("i cycle to the gym, does that work as a warm-up?", "Yes"),
        ("i walk to the gym, does that count as a warm-up?", "Partly"),
    ],
)
def test_does_the_trip_there_count_as_the_warm_up(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead), text
    assert "stretch" in text


def test_physio_said_hips_weak_a_few_words_later() -> None:
    text = answer(
        "Saw a physio a while back about my knee and she said my hips are weak. Lost the exercises she "
        "gave me. "
        "What should I be doing for my hips?"
    )
    assert text.startswith("For the weak hips your physio found"), text


def test_sprinter_more_explosive_out_of_the_blocks() -> None:
    text = answer(
        "400m runner, slow starts. what leg work would help me be more explosive out of the blocks?"
    )
    assert "line hops" in text.lower() and "explosive" in text


@pytest.mark.parametrize(
    "message",
    [
        "scared squats will hurt my knees, what should i do",
        "worried lunges will wreck my knees, how do i do them safely",
    ],
)
def test_knee_fear_gets_how_to_spare_them(message: str) -> None:
    text = answer(message)
    assert text.startswith("Done well, they help your knees"), text
    assert "lock" in text and "physio" in text


def test_knee_that_hurts_now_is_not_the_fear_answer() -> None:
    assert not answer("my knee hurts when i squat, what should i do").startswith("Done well")


def test_after_a_short_race_is_a_day_or_two() -> None:
    text = answer("how soon after a parkrun can i do legs")
    assert "a day or two" in text and "marathon" not in text


# A muscle told weak against one told strong: the weak one leads, the strong one's isolation move drops.
@pytest.mark.parametrize(
    "message",
    [
        "lots of cycling so my quads are massive but my hamstrings are really weak. "
        "i use a gym, what should i add?",
        "weak hamstrings and strong quads, i have a gym, which exercises?",
        "my hammies are weak compared to my quads. i train at a gym, what should i do",
    ],
)
def test_weak_muscle_against_a_strong_one_leads(message: str) -> None:
    text = answer(message)
    assert text.startswith("Bring up your hamstrings first"), text
    assert "opposing muscles" in text and "Quadriceps extension" not in text


def test_weak_glutes_against_strong_calves_has_no_opposing_claim() -> None:
    text = answer("strong calves but weak glutes, at home with no kit, what should i do")
    assert text.startswith("Bring up your glutes first"), text
    assert "opposing" not in text


def test_two_muscles_named_without_weak_or_strong_keeps_both() -> None:
    text = answer("my quads and hamstrings get trashed on downhills, gym access, what should i do")
    assert text.startswith("For your quads and hamstrings"), text


# An older runner asking whether the gym's machines are sensible and what to watch for.
@pytest.mark.parametrize(
    "message",
    [
        "im 67 and my grandson wants me on the leg machines at his gym. "
        "is that wise, and what do i watch for?",
        "at 60 is it safe to start on gym machines for my legs?",
        "i'm in my 70s, is the leg press sensible at my age?",
    ],
)
def test_older_runner_machines_gets_what_to_watch(message: str) -> None:
    text = answer(message)
    assert "older runners" in text and "fully straight" in text and "comfortable" in text, text
    assert "teenagers" not in text


def test_older_runner_with_a_sore_knee_is_not_the_machines_answer() -> None:
    assert "Watch for:" not in answer("im 60 with a sore knee, is the leg press safe?")


# "can I get a session done in that time?": the time's yes leads the plan; plural chairs count.
@pytest.mark.parametrize(
    "message",
    [
        "nap time gives me 20 mins, no weights, just stairs and dining chairs. "
        "can i get a leg session done in that time?",
        "i get 15 minutes at lunch, there's a staircase and office chairs. "
        "can i actually do a leg workout in that?",
    ],
)
def test_time_asked_gets_yes_first_and_chairs_used(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes: "), text
    assert "Hamstring push-up" in text


def test_time_not_asked_keeps_minutes_line_after_the_list() -> None:
    text = answer("20 min with dumbbells, give me a leg routine")
    assert text.startswith("With dumbbells"), text


# A place told as all they have, and "what can I do there?": the plan for that place.
@pytest.mark.parametrize(
    "message",
    [
        "the stairwell in my block is the only thing i have, what can i do there",
        "the only thing ive got is a step, what can i do on it",
        "there's a bench in the park near me, what leg stuff could i do there",
    ],
)
def test_place_then_what_can_i_do_there_is_a_plan(message: str) -> None:
    text = answer(message)
    assert "Step-up" in text or "step-up" in text, text
    assert "not sure what you're asking" not in text


# "race in N days, when's my last leg session?": how late it can go, not the run-up text.
@pytest.mark.parametrize(
    "message",
    [
        "10k a week on saturday, when's my final strength workout?",
        "how close to my half can my last leg day be?",
        "marathon in 12 days, how late can the last gym session go",
    ],
)
def test_last_session_before_a_race_says_how_late(message: str) -> None:
    text = answer(message)
    assert "two" in text and "day before" in text, text
    assert "as the race gets close" not in text


# Once a week, "is it worth it?": its yes; "is it enough?" keeps no yes.
@pytest.mark.parametrize(
    "message",
    [
        "honestly once a week is all i can do strength, is it worth it?",
        "i can only lift once a week, is that even worth doing?",
    ],
)
def test_once_a_week_worth_it_gets_yes(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes, worth it"), text
    assert "twice a week" in text


def test_once_a_week_enough_gets_no_yes() -> None:
    assert not answer("i only manage legs once a week, is that enough?").startswith("Yes")


# A pro's "weak hips" with kit told (ankle weights, a gym) or the knee drifting in: how, with the bridge.
@pytest.mark.parametrize(
    ("message", "want"),
    [
        (
            "my physio says weak hips are why my knee caves in. ankle weights at home, gym too. "
            "what should i do for my hips?",
            "Your ankle weights make them, at home or on a gym bench",
        ),
        (
            "my coach reckons my hips are weak, i go to the gym a lot, what exercises target that",
            "on a gym bench",
        ),
        (
            "the physio told me my hips are weak and that's why my knees collapse in. which exercises?",
            "angle inward",
        ),
    ],
)
def test_pro_weak_hips_uses_the_kit_told(message: str, want: str) -> None:
    text = answer(message)
    assert text.startswith("For the weak hips"), text
    assert want in text and "bridge" in text and "12–15" in text


def test_pro_weak_hips_without_kit_keeps_the_start_line() -> None:
    text = answer("physio told me my hips are weak. which exercises should i do?")
    assert "Start with the side-lying hip raise" in text


# What to do straight after a session: stretch (not a routine).
@pytest.mark.parametrize(
    "message",
    [
        "what do i do straight after a leg workout?",
        "what should i do right after the gym session, just leave?",
        "what should i do after my lifting session ends",
    ],
)
def test_after_the_session_is_stretching(message: str) -> None:
    text = answer(message)
    assert text.startswith("Stretch before you go"), text


# A session from start to finish: the warm-up, the middle, the stretch; start and end only: no middle.
@pytest.mark.parametrize(
    "message",
    [
        "how should a strength session go from start to finish?",
        "how should my gym session be structured from beginning to end?",
    ],
)
def test_session_start_to_finish_has_the_middle(message: str) -> None:
    text = answer(message)
    assert text.startswith("Start every session warm"), text
    assert "In between" in text and text.index("In between") < text.index("End with stretching")


def test_start_and_end_only_has_no_middle() -> None:
    text = answer("what should the start and end of a leg session be?")
    assert text.startswith("Start") and "jogging" in text and "In between" not in text


# A hill workout asked with how steep: the grade first, then the session.
@pytest.mark.parametrize(
    "message",
    [
        "what's a good hill session and how steep should the hill be?",
        "hill workout ideas? how steep a slope do i need",
    ],
)
def test_hill_workout_with_how_steep(message: str) -> None:
    text = answer(message)
    assert text.startswith("About 5–10%"), text
    assert "5–8" in text


# One part at home with no kit: that part's bodyweight moves, not a dumbbell swap.
@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("how can i build my hamstrings at home with no weights", "hamstring push-up"),
        ("what can i do for my glutes at home, no equipment", "bridge"),
        ("quads at home with no weights, what should i do?", "one-legged squat"),
    ],
)
def test_one_part_at_home_with_no_kit(message: str, want: str) -> None:
    text = answer(message)
    assert text.startswith("At home, for your"), text
    assert want in text and "No dumbbells" not in text


# Hill running "counts as strength work?": yes, in the article's words; "or just cardio?" said that way.
@pytest.mark.parametrize(
    "message",
    [
        "does running hills count as strength training?",
        "are hill repeats really resistance training?",
        "charging up a slope again and again, is that actually strength work?",
    ],
)
def test_hill_running_counts_as_strength(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes: the article calls hill running resistance training"), text


def test_hill_running_strength_or_cardio() -> None:
    text = answer("sprinting up an incline over and over, is that strength work or just cardio?")
    assert text.startswith("Strength work, not just cardio"), text


# A box told is named a box in the plan's head, not a bench.
@pytest.mark.parametrize(
    "message",
    [
        "i've got a plyo box at home, leg workout ideas?",
        "gym plus a box to jump on, sprinter wanting more pop off the line, what leg work?",
    ],
)
def test_box_named_as_told(message: str) -> None:
    text = answer(message)
    assert "With a box" in text and "a bench" not in text.split("\n")[1 if text.startswith("For") else 0]


# ---- pass 2 ---------------------------------------------------------------------------------------
# One leg or side weaker or smaller, and how to even it out: one leg at a time, weaker leg first.
@pytest.mark.parametrize(
    "message",
    [
        "my right leg is noticeably weaker than my left since an old knee injury, how do i even things up",
        "running feels lopsided, one side is clearly weaker. what can I do to fix the imbalance?",
        "my left calf is smaller than my right, how do i even it out",
        "twisted my knee years ago and that leg never got its strength back, how do i catch it up?",
    ],
)
def test_weaker_side_evened_out(message: str) -> None:
    text = answer(message)
    assert text.startswith("Work each leg on its own"), text
    assert "weaker leg first" in text and "One-legged squat" in text


def test_quads_hamstrings_imbalance_not_the_side_reply() -> None:
    assert not answer("my quads are way stronger than my hamstrings, how do i fix the imbalance?").startswith(
        "Work each leg on its own"
    )


# A ball and dumbbells at home: the ball's moves (wall squat behind the back, hamstring push-up on it)
# and the dumbbells' (lunges, weighted calf raises), no bench.
@pytest.mark.parametrize(
    "message",
    [
        "got a swiss ball and some dumbbells for my birthday, no space for a bench, what leg moves can I do",
        "only kit i own is a stability ball and two 8kg dumbbells. leg workout?",
    ],
)
def test_ball_and_dumbbells_plan(message: str) -> None:
    text = answer(message)
    assert "feet on the exercise ball" in text and "ball between your back and the wall" in text, text
    assert "Weighted calf raise" in text and "Lunge" in text
    assert "Bench step-up" not in text and text.endswith("/workout home")


# A strength session two or more days before the race is fine: "session" there is not a hard run.
@pytest.mark.parametrize(
    ("message", "days"),
    [
        ("race is sunday, last leg session thursday or friday ok?", "Thursday and Friday"),
        ("half marathon sunday, is a leg workout on friday fine?", "Friday"),
        ("10k on saturday, is a strength session on wednesday ok?", "Wednesday"),
    ],
)
def test_strength_session_days_before_race_ok(message: str, days: str) -> None:
    text = answer(message)
    assert text.startswith("Yes") and days in text.split("\n")[0], text
    assert "taken days" not in text


# A few minutes at the office: standing moves, no floor work, and the time said once.
@pytest.mark.parametrize(
    "message",
    [
        "only 10 minutes at my desk at lunch, what's the most useful leg stuff i can squeeze in",
        "got like 10 min at lunch in the office, any leg stuff i can sneak in",
        "i have 10 minutes at my desk between meetings, what can i do for my legs",
    ],
)
def test_office_minutes_standing_plan(message: str) -> None:
    text = answer(message)
    assert text.startswith("Standing moves for the office"), text
    assert "Hamstring push-up" not in text and "Bridge" not in text
    assert text.count("15 to 20") == 1


def test_office_minutes_worth_it_names_moves() -> None:
    text = answer("i get about 10 mins at lunch at work, is it worth doing anything for my legs")
    assert text.startswith("Yes") and "one-legged squats, calf raises and step-ups" in text, text


# Only the kit told, nothing asked ("only thing I've got is a ball"), or a plea for help from a hotel:
# the plan for that kit.
@pytest.mark.parametrize(
    ("message", "head"),
    [
        ("only thing i've got is an exercise ball", "With an exercise ball"),
        ("all i've got is a gym ball", "With an exercise ball"),
        ("all i have at home is a pair of dumbbells", "With dumbbells"),
        ("only thing i have is a bench", "With a bench"),
        ("stuck in hotel rooms all week for work, no gym, help", "With no kit"),
        ("away on business in hotels for two weeks, no equipment. advice?", "With no kit"),
    ],
)
def test_kit_told_only_gets_plan(message: str, head: str) -> None:
    text = answer(message)
    assert text.startswith(head) and "2–3 sets" in text, text


def test_form_tips_for_an_exercise_not_a_plan() -> None:
    assert not answer("walking lunges across the gym floor, form tips").startswith("With a gym")


# One side weaker and "should I do single-leg work, and how?": yes, and how it's set up.
@pytest.mark.parametrize(
    "message",
    [
        "hurt my right knee last year, fine now but that leg is weaker, physio measured it. should i do "
        "single leg work and how do i set it up?",
        "right leg weaker than left, would single leg work help?",
    ],
)
def test_weaker_side_single_leg_asked(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes. Work each leg on its own"), text
    assert "\n\n" not in text  # the how is in the reply, nothing stacked under it


def test_weaker_side_how_ask_gets_no_yes() -> None:
    assert answer("my left leg is weaker. how do i fix it?").startswith("Work each leg on its own")


# Never been in a gym: not "With a gym"; a gym beginner uneasy about the free weights: machines first.
@pytest.mark.parametrize(
    "message",
    [
        "total beginner, never been inside a gym, how do i start with leg strength",
        "never set foot in a gym in my life, where should i start for legs?",
    ],
)
def test_never_in_a_gym_not_a_gym_plan(message: str) -> None:
    text = answer(message)
    assert not text.startswith("With a gym") and "Leg press" not in text, text
    assert "one or two sets" in text


@pytest.mark.parametrize(
    "message",
    [
        "first time in a gym and i'm nervous about the dumbbell section, what should i do",
        "new to the gym and the free weights area intimidates me",
        "gym newbie here, the squat racks scare me. where to start?",
        "complete beginner at the gym, feel out of place in the weights room",
    ],
)
def test_gym_beginner_wary_of_free_weights_gets_machines(message: str) -> None:
    text = answer(message)
    assert text.startswith("Start on the machines"), text
    assert "leg press" in text and "12–15" in text


def test_older_beginner_safe_start_has_easier_versions() -> None:
    text = answer("i'm 61 and never lifted anything, which leg exercises are safe to begin with")
    assert text.count("(easier:") >= 2, text


# Bad weather with a gym told: the gym's kit in the sessions, not a home pointer.
def test_weather_month_with_gym_uses_the_gym() -> None:
    text = answer(
        "icy roads for the next few weeks so barely any running outside. there's a gym at my work with "
        "machines and dumbbells and a treadmill. should i use this spell to focus on strength?"
    )
    assert "leg press" in text.lower() and text.endswith("/workout gym"), text


# Their routine told by its numbers (light weights, 25-30 reps), asked if it's right: too light, and too
# much when the legs never recover.
@pytest.mark.parametrize(
    "message",
    [
        "my current setup: run in the morning, legs in the evening with light weights, 3 sets of 25 reps on "
        "everything, 3 days a week. legs are always wrecked and my runs are slow. is my routine right?",
        "i do light dumbbells, 4 sets of 30 for every leg exercise. is that ok?",
    ],
)
def test_high_rep_light_routine_reviewed(message: str) -> None:
    text = answer(message)
    assert text.startswith("Not quite") and "12–15 reps" in text, text
    if "wrecked" in message:
        assert "drop to twice" in text


# Calf raises with no step: the flat floor works (less range; one leg at a time to make up for it).
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("no step at home for calf raises, will flat floor do", "Yes, the flat floor works"),
        ("can i just do heel raises on the floor?", "Yes, the flat floor works"),
        ("no step, can I still do calf raises?", "Yes, the flat floor works"),
        ("there are no stairs in my apartment, how can i do calf raises?", "Use the flat floor"),
    ],
)
def test_calf_raises_without_a_step(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead) and "one leg at a time" in text, text


@pytest.mark.parametrize(
    "message",
    ["how many calf raises should i do on the floor", "calf raises flat or off a step, does it matter?"],
)
def test_calf_raise_flat_not_for_dose_or_comparison(message: str) -> None:
    assert "flat floor works" not in answer(message)


# A warm-up or a core routine asked for: not the leg plan.
@pytest.mark.parametrize(
    "message",
    [
        "what's a good warm up before a leg session",
        "whats a good core routine for runners, planks and stuff?",
        "any decent ab workout for runners?",
    ],
)
def test_other_routines_not_the_leg_plan(message: str) -> None:
    text = answer(message)
    assert "2–3 sets of each" not in text and "• Calf raise" not in text, text


# Running form that falls apart late in runs, asked what to do: glutes, hips, one-legged work.
@pytest.mark.parametrize(
    "message",
    [
        "my posture collapses late in marathons, i lean forward and shuffle. what strength work should i "
        "focus on?",
        "at the end of a half my form gets sloppy, how do i fix it?",
        "in the last hours of an ultra I hunch over and shuffle. I don't want to bulk up. what should I "
        "work on, and does balance training matter?",
    ],
)
def test_form_fading_late_gets_glutes_hips(message: str) -> None:
    text = answer(message)
    assert text.startswith("Work on the glutes, hips"), text
    assert "Bridge" in text and "twice a week" in text and "\n\n" not in text
    if "balance" in message:
        assert "Balance matters too" in text
    if "bulk" in message:
        assert "None of it bulks you up" in text


def test_form_fade_yes_no_leads_yes() -> None:
    text = answer(
        "near the end of long runs I fold forward at the waist, strength issue? what do i do about it?"
    )
    assert text.startswith("Yes, often: weak glutes"), text


@pytest.mark.parametrize(
    "message",
    [
        "my squat form falls apart on the last reps, what should i do?",
        "why do i lean forward late in long runs?",
    ],
)
def test_form_fade_not_for_lifting_form_or_why(message: str) -> None:
    assert not answer(message).startswith(("Work on the glutes", "Yes, often: weak glutes"))


# A long message telling the parts (desk job, glutes asleep, tight hips, "all quads") and asking what to do
# for them: a plan led by the parts asked about, the overworked one not leading, with doses.
@pytest.mark.parametrize(
    "message",
    [
        "I work at a desk all day and my glutes feel switched off. my hips are tight and when I run it's all "
        "quads. about 30k a week. what should I do for my glutes and hips?",
        "office worker, 8 hours sitting, my bum doesn't fire and my quads do all the work on runs, my hips "
        "feel stiff too. what should i be doing for the glutes and hips?",
    ],
)
def test_long_message_parts_lead_the_plan(message: str) -> None:
    text = answer(message)
    assert text.startswith("For your glutes and hips"), text
    assert "Side-lying hip raise" in text and "Bridge: hold 30 s" in text and "2–3 sets" in text
    assert "Quadriceps extension" not in text


def test_no_stairs_or_steps_calf_raise_is_the_flat_floor() -> None:
    assert answer("no stairs or steps in my flat, how do i do calf raises").startswith("Use the flat floor")


# Strength from the runs themselves: not from ordinary running; hills are the resistance work.
@pytest.mark.parametrize(
    "message",
    [
        "hate the gym, love the outdoors. how can i build leg strength on my runs?",
        "can i build leg strength during my runs instead of lifting?",
        "i run 5 times a week, how do i get stronger legs from running?",
        "does easy running make your legs stronger?",
        "how do i make my runs build strength",
    ],
)
def test_strength_from_runs_is_hills(message: str) -> None:
    text = answer(message)
    assert text.startswith("Not from ordinary running") and "5–10%" in text, text


def test_hill_running_builds_strength_keeps_its_own_answer() -> None:
    assert not answer("does hill running build strength?").startswith("Not from ordinary running")


def test_rather_outside_than_gym_is_no_gym() -> None:
    text = answer("i'd rather train outside than in a gym, what leg strength can i do outdoors?")
    assert not text.startswith("With a gym") and "Leg press" not in text, text


# A few minutes a day, "any point?": yes, and the article's rhythm (pool them into two sessions).
@pytest.mark.parametrize(
    "message",
    [
        "i only have 5 minutes a day, is there any point doing strength?",
        "10 mins a day is all i can spare, worth it?",
    ],
)
def test_minutes_a_day_worth_it(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes") and "two (sometimes three)" in text, text
    assert text.count("15 to 20") + text.count("15–20") == 1


# Their lift days against a race, "should I change anything?": the eve moves, the others stay.
@pytest.mark.parametrize(
    ("message", "lead", "named"),
    [
        (
            "half marathon on sunday. I usually lift tuesday and friday. should i change anything this week?",
            "No change needed",
            "Tuesday and Friday",
        ),
        (
            "10k this saturday, my leg days are monday and friday. do I need to change anything?",
            "One change: move Friday",
            "Keep Monday",
        ),
        (
            "race sunday, I lift wednesday and saturday, any changes?",
            "One change: move Saturday",
            "Keep Wednesday",
        ),
    ],
)
def test_lift_days_against_race_change_ask(message: str, lead: str, named: str) -> None:
    text = answer(message)
    assert text.startswith(lead) and named in text, text


# A long message with the runner's hard days named and "when?" asked: the plan names their easy days.
@pytest.mark.parametrize(
    ("message", "days"),
    [
        (
            "I do a long run on Sundays and intervals on Wednesdays, 30 miles a week. I have dumbbells at "
            "home. What should my leg sessions look like and when should I do them?",
            "Wed (intervals), Sun (long run)",
        ),
        (
            "tempo on thursdays, long run saturdays. i have a gym membership. what should i do for legs and "
            "which days?",
            "Thu (tempo), Sat (long run)",
        ),
    ],
)
def test_plan_names_their_days(message: str, days: str) -> None:
    text = answer(message)
    assert "• " in text, text
    if "which days" in message:  # the week's own reply answers that ask, after the plan, once
        assert "Pick two easy days" in text and "Put them on easy days" not in text, text
    else:
        assert "Put them on easy days" in text and days in text, text


def test_plan_good_idea_asked_gets_yes() -> None:
    text = answer(
        "I'm 50 with stairs at home and 20 minutes. Is strength work a good idea and what should I do?"
    )
    assert text.startswith("Yes"), text


# Days off that change every week: plan week by week.
@pytest.mark.parametrize(
    "message",
    [
        "shift worker, my days off change every week. how do i schedule strength?",
        "i work rotating shifts so no two weeks look the same, when should i fit in leg sessions?",
    ],
)
def test_irregular_week_plan_week_by_week(message: str) -> None:
    text = answer(message)
    assert text.startswith("Plan it week by week") and "day before a race" in text, text


# Only the weekend free, the long run on one of its days: the other day.
@pytest.mark.parametrize(
    ("message", "day"),
    [
        (
            "i can only train on weekends, saturday and sunday. my long run is sunday. when do i lift?",
            "Saturday",
        ),
        ("only free at the weekend and my long run is saturday, which day for legs?", "Sunday"),
    ],
)
def test_weekend_only_other_day(message: str, day: str) -> None:
    text = answer(message)
    assert text.startswith(f"{day}:") and "one session a week" in text, text


# One session a week and "what should it be?": the plan, made a full one.
@pytest.mark.parametrize(
    "message",
    [
        "i can only get to the gym once a week, what should that session be?",
        "one strength session a week is all i can do, what should it include?",
    ],
)
def test_once_a_week_session_plan(message: str) -> None:
    text = answer(message)
    assert "• " in text and "Once a week still helps" in text, text


# Can't squat (the knee): a plan without squats or lunges, the constraint said once.
def test_cant_squat_plan_leaves_squats_out() -> None:
    text = answer("can't squat because of my knee, what else can i do for my legs?")
    assert text.startswith("No squats or lunges") and "One-legged squat" not in text, text
    assert "doesn't cover" not in text


# "All I own is dumbbells": their own kit, at home: the calves and hamstrings too, the home pointer.
@pytest.mark.parametrize(
    "message",
    ["all i own is a pair of 8kg dumbbells", "all i've got is two dumbbells, what leg work can i do"],
)
def test_owned_dumbbells_home_plan(message: str) -> None:
    text = answer(message)
    assert "Weighted calf raise" in text and "Hamstring push-up" in text and text.endswith("/workout home"), (
        text
    )


def test_owned_kettlebell_can_i_use_it_leads_yes() -> None:
    text = answer("the only thing i own is a 10kg kettlebell, can i use it for leg work")
    assert text.startswith("Yes") and "like a dumbbell" in text and "\nYes" not in text, text


# A dislike of one exercise and a swap asked: moves for the same muscles.
@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("i find lunges really boring, what can i do instead?", "Leg press"),
        ("i hate the leg press, alternatives?", "Lunge"),
        ("can't stand calf raises, anything else for calves?", "Line hops"),
    ],
)
def test_disliked_exercise_swapped(message: str, first: str) -> None:
    text = answer(message)
    assert text.startswith("Swap it for another move for the same muscles"), text
    assert text.split("\n")[1].startswith(f"• {first}") and "Wall toe raise" not in text


# A general fear of getting hurt lifting, no pain told: how to start safely.
@pytest.mark.parametrize(
    "message",
    [
        "scared i'll get injured lifting weights as a beginner",
        "nervous about hurting myself in the gym, first time lifting",
        "worried about getting hurt when i start lifting weights",
    ],
)
def test_fear_of_injury_lifting_start_safely(message: str) -> None:
    text = answer(message)
    assert text.startswith("Start light and keep form first") and "comfortable" in text, text


def test_pain_while_lifting_still_leads_with_rest() -> None:
    assert answer("i think i hurt myself lifting yesterday, sharp pain in my thigh").startswith("Stop")


# A worry that strength work leaves them too tired to run: placed well, it won't.
@pytest.mark.parametrize(
    "message",
    [
        "i'm worried strength work will make me too tired for my runs",
        "scared that lifting will wreck my running, legs heavy all the time",
    ],
)
def test_fear_of_tired_runs(message: str) -> None:
    text = answer(message)
    assert text.startswith("Not if you place it well") and "easy days" in text, text


# A bridge pushed as high as it goes (felt in the lower back): stop at the straight line, glutes lifting.
@pytest.mark.parametrize(
    "message",
    [
        "been doing bridges daily for weeks, but i feel them in my lower back and hamstrings, not my glutes. "
        "i lift my hips up as high as i can and then drop straight back down. what am i doing wrong?",
        "when i do bridges i push my hips up as far as they go, is that right?",
    ],
)
def test_bridge_too_high_stops_at_straight_line(message: str) -> None:
    text = answer(message)
    assert "straight line" in text and text.endswith("/exercise bridge"), text
    if "drop straight back down" in message:
        assert "squeezing your butt" in text and "Hold for 30 seconds" in text


# "hill reps = strength work?" (the sign lost in reading): yes, hills count.
@pytest.mark.parametrize(
    "message",
    ["hill reps = strength work? asking for my marathon block", "hill sprints = resistance training?"],
)
def test_hills_equals_strength_work(message: str) -> None:
    assert answer(message).startswith("Yes: the article calls hill running resistance training"), message


def test_hills_and_strength_same_day_not_the_counts_answer() -> None:
    assert not answer("hill repeats strength work same day ok?").startswith("Yes: the article calls hill")
