"""Issue 25 round 10, tuner td: the verdict or number first, and a verdict its own body doesn't
contradict, for yes/no, how-much, why and compare questions however they're worded.

Each class is written in the tuner's own wordings (slang, typos, background), not the graded rows:
a frequency "too much" said before the number, a hard run named for another day, the weather and
off-season, speed against injuries, "real or placebo", going heavy, the treadmill for hills, the
wobble, partial reps, tired by the end of a set, a busy running week, plyometrics worth it, "is X
basically Y", the step-up's height, the two hip lifts, why strength spares the joints, do the hips
matter, a relative day after a hard run, the leg extension "all the way", a new runner.
"""

from __future__ import annotations

import pytest

from tests.answerutil import after, text


def _first(q: str) -> str:
    return text(q).split("\n")[0]


@pytest.mark.parametrize(
    "q",
    [
        "is it too much to lift 3 times a week",
        "is 3 days a week of legs too much",
        "would 3 sessions a week be too many",
        "is it too much to do strength 3x per week",
    ],
)
def test_three_a_week_too_much_is_no(q: str) -> None:
    assert _first(q).startswith("No, three is fine")


def test_six_weeks_of_lifting_is_not_a_frequency_of_six() -> None:
    t = _first("i've been lifting for six weeks, how often should i do it")
    assert "Twice a week" in t and "No need" not in t


@pytest.mark.parametrize(
    "q",
    [
        "easy 5k this morning then squats tonight, ok? my intervals are on thursday",
        "run then lift today, fine? not doing any tempo this week",
        "can i do squats after my run, i'm not doing intervals this week",
    ],
)
def test_a_hard_run_on_another_day_is_not_a_no(q: str) -> None:
    t = _first(q)
    assert t.startswith("Yes") and "same day as a hard run" not in t


@pytest.mark.parametrize("q", ["can i do squats after my tempo run", "is it ok to lift after my long run"])
def test_a_hard_run_today_is_still_no(q: str) -> None:
    assert _first(q).startswith("No")


def test_strength_after_the_long_run_on_saturday_is_still_a_problem() -> None:
    q = (
        "I do my strength work straight after my runs, usually after the long run on Saturday. One friend "
        "says that's a bad idea, another says lifting after running is correct. Which is it?"
    )
    assert "hard run" in _first(q)


@pytest.mark.parametrize(
    "q",
    [
        "snowed in all week, should i hit the weights instead of running",
        "its pouring rain, good idea to do leg day instead",
        "marathon season is over, is now the time to focus on strength",
        "heatwave here, too hot to run, more gym then?",
    ],
)
def test_weather_and_off_season_get_the_off_season_yes(q: str) -> None:
    t = _first(q)
    assert t.startswith("Yes") and "off-season" in t and "weather" in t


@pytest.mark.parametrize(
    "q",
    [
        "is lifting for speed or just for injury prevention",
        "does leg work make you faster or does it mostly stop you getting hurt",
        "chasing a sub-20 5k, will a couple leg sesh a week help my speed or is it just for injury stuff",
    ],
)
def test_speed_or_injuries_is_both(q: str) -> None:
    t = _first(q)
    assert t.startswith("Both") and "injury prevention" in t


def test_never_injured_and_faster_is_not_a_speed_or_injury_choice() -> None:
    q = (
        "never had a real injury. I've never done a single squat or weight and I'm faster than most of my "
        "club. what's in it for someone like me?"
    )
    assert not _first(q).startswith("Both")


@pytest.mark.parametrize(
    "q",
    [
        "my runs feel easier since i started squats, is that real or in my head",
        "tempo feels smoother since i started lifting, real thing or placebo",
        "is it a myth that strength makes running feel easier",
    ],
)
def test_easier_running_since_lifting_is_real(q: str) -> None:
    t = _first(q)
    assert t.startswith("It's real") and "oxygen" in t


@pytest.mark.parametrize(
    "q",
    [
        "should i lift heavy as a half marathoner",
        "coach says go heavier on lunges, good idea for a runner?",
        "my mate says go heavy af on squats, im a 10k runner, thoughts",
    ],
)
def test_going_heavy_is_fine_within_limits(q: str) -> None:
    t = _first(q)
    assert t.startswith(("Heavier is fine", "Yes, within reason")) and "12–15" in t


def test_heavy_or_light_keeps_its_pick() -> None:
    assert _first("light weights lots of reps or heavy weights fewer reps").startswith("Heavier with fewer")


@pytest.mark.parametrize(
    "q",
    [
        "no hills near me, does the treadmill on an incline count",
        "live somewhere flat, does an incline treadmill work as hill training",
        "is treadmill incline walking a substitute for hill repeats",
    ],
)
def test_treadmill_incline_counts_for_hills(q: str) -> None:
    t = _first(q)
    assert t.startswith("Yes") and ("5–10%" in t or "5 to 10 percent" in t)


@pytest.mark.parametrize(
    "q",
    [
        "my ankle wobbles loads on single leg calf raises, is that doing anything",
        "all the shaking when i balance on one leg, is it useful",
        "i wobble like mad standing on one foot, is the wobbling training anything",
    ],
)
def test_the_wobble_is_the_training(q: str) -> None:
    assert _first(q).startswith("Yes: the wobble is the training")


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("can i just do little pulses at the bottom of my lunges", "No"),
        ("do quarter reps on the leg press count", "No"),
        ("is it fine to do half reps on the machines, full ones are too hard", "No"),
        ("is it bad if i only go a quarter of the way down on squats", "Yes, avoid it"),
    ],
)
def test_partial_reps_get_the_full_range_and_lighter(q: str, lead: str) -> None:
    t = _first(q)
    assert t.startswith(lead) and "lighter weight" in t


@pytest.mark.parametrize(
    "q",
    [
        "should my legs be burning by the last rep of each set",
        "am i meant to feel exhausted after every set",
        "should i actually feel tired at the end of each set",
    ],
)
def test_tired_by_the_end_of_a_set_is_yes(q: str) -> None:
    t = _first(q)
    assert t.startswith("Yes") and "12–15" in t


@pytest.mark.parametrize(
    "q",
    [
        "i run 5 days a week, can i still do legs",
        "can i add leg work if i already run every day",
        "i run 6 days a week with no spare days, can i still fit strength in",
        "can i do leg exercises if im only running 3 days a week",
    ],
)
def test_a_busy_running_week_can_still_fit_strength(q: str) -> None:
    t = _first(q)
    assert t.startswith("Yes") and "easy" in t and "No need" not in t


@pytest.mark.parametrize(
    "q",
    [
        "chasing a 5k pb, are plyos worth it or a waste of time tbh",
        "any use doing jump drills for trail running",
        "those bouncy jumping drills sprinters do, any use for a marathoner",
    ],
)
def test_plyometrics_worth_it_leads_with_the_verdict(q: str) -> None:
    assert _first(q).startswith(("Worth it", "Yes"))


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("is a one legged squat basically a lunge", "They're different moves, though both work the quads"),
        ("difference between bridge and hamstring push up?", "They're different moves: the bridge mainly"),
    ],
)
def test_is_x_basically_y_says_how_they_differ(q: str, lead: str) -> None:
    assert _first(q).startswith(lead)


@pytest.mark.parametrize(
    "q",
    [
        "how high should the box or bench be for step ups",
        "whats the right step height for step ups",
        "what height step for step-ups",
    ],
)
def test_step_up_height_is_knee_high(q: str) -> None:
    t = text(q)
    assert "knee" in t.split("\n")[0] and "Box hops" not in t


@pytest.mark.parametrize(
    "q",
    [
        "the side lying leg lift vs the one on your back, do i need both",
        "do i need both the side leg lift and the back one",
        "side lying leg raise or the lying on your back version, which do i need",
    ],
)
def test_the_two_hip_lifts_are_both_done(q: str) -> None:
    assert "two halves of the article's hip strengthener" in _first(q)


@pytest.mark.parametrize(
    "q",
    [
        "why do stronger muscles mean less wear on your joints",
        "why does strength work protect the joints",
        "how come stronger legs mean less wear and tear",
        "why does leg strength help ligaments and tendons",
    ],
)
def test_why_strength_spares_the_joints(q: str) -> None:
    t = _first(q)
    assert t.startswith("Because strong muscles hold your joints steady")


@pytest.mark.parametrize(
    "q",
    [
        "do hip flexors even matter for distance running",
        "are hip muscles really that important",
        "my hip flexors r weak apparently. do they even matter for running or is that just yoga talk",
    ],
)
def test_do_the_hips_matter_is_yes(q: str) -> None:
    t = _first(q)
    assert t.startswith("Yes") and "hip" in t


@pytest.mark.parametrize(
    "q",
    [
        "quads still fried from sundays LR, ok to do my leg sesh tmrw or nah",
        "long run saturday, can i do legs tomorrow",
        "did intervals tuesday, legs wrecked, ok to lift today or nah",
    ],
)
def test_a_session_after_a_hard_run_day_is_answered_not_rescheduled(q: str) -> None:
    t = _first(q)
    assert (
        t.startswith(("Yes, as long as it isn't a hard-run day", "Yes, if the soreness has mostly eased"))
        and "Pick two" not in t
    )


@pytest.mark.parametrize(
    "q",
    [
        "that sitting machine where you kick your legs straight out, do i go all the way",
        "on the leg extension machine do i kick all the way up",
        "on leg extensions should i straighten fully",
    ],
)
def test_the_leg_extension_stops_short_of_straight(q: str) -> None:
    t = _first(q)
    assert t.startswith("No") and ("short" in t or "just before" in t)


def test_after_the_run_yes_says_an_easy_one() -> None:
    t = _first("night shift, i run when i get off at 7am, can i do the leg stuff straight after the run")
    assert t.startswith(("Yes, after an easy run", "Yes, if it was an easy run")) and "hard" in t


@pytest.mark.parametrize(
    "q",
    [
        "just started running last month, is it ok to start leg workouts already",
        "started running 3 wks ago, should i be doing leg workouts already",
    ],
)
def test_a_new_runner_can_start_now(q: str) -> None:
    assert _first(q).startswith(("Yes, you're ready", "Not too early"))


def test_three_machines_good_enough_is_a_good_start() -> None:
    t = _first("gym sesh tmrw is leg ext, hammy curls n leg press. good enuf or nah")
    assert t.startswith("A good start") and "free-weight" in t


@pytest.mark.parametrize(
    ("prev", "q", "lead"),
    [
        ("should i lift weights as a marathon runner", "how heavy tho", "Heavy enough that 12 to 15 reps"),
        ("is strength training worth it for runners", "and how many sets", "2 or 3 sets of 12 to 15"),
    ],
)
def test_how_heavy_after_a_why_gets_the_load(prev: str, q: str, lead: str) -> None:

    assert after(prev, q).startswith(lead)


@pytest.mark.parametrize(
    "q",
    [
        "does it actually matter if i mix things up and put a playlist on while doing the leg stuff",
        "is it ok to have a playlist on for leg sesh",
        "can music help my leg workouts",
    ],
)
def test_music_and_variety_are_answered_not_refused(q: str) -> None:
    t = _first(q)
    assert t.startswith(("Yes, it helps", "Music is fine")) and "vary" in t


@pytest.mark.parametrize(
    "q",
    [
        "can i do the calf raize with weigths at the gym or is it just a body wieght thing",
        "should i hold dumbbells for calf raises",
        "can i do calf raises with a dumbbell",
    ],
)
def test_calf_raises_with_weights_is_yes(q: str) -> None:
    t = _first(q)
    assert t.startswith(("Yes, you can", "You can")) and "dumbbell" in t


def test_a_weighted_calf_raise_named_alone_keeps_its_card() -> None:
    assert not _first("calf raise with a dumbbell in my hand").startswith("Yes")


@pytest.mark.parametrize(
    "q",
    [
        "the one where you stand on a stair and go up on tiptoes, do my heels start below the stair",
        "calf raises: should my heels hang off the step",
        "do my heels go lower than the step on calf raises",
    ],
)
def test_heels_below_the_step_is_yes(q: str) -> None:
    t = _first(q)
    assert t.startswith("Yes") and ("below" in t or "lower than" in t)


@pytest.mark.parametrize(
    "q",
    [
        "63 yrs old, my balance isnt great, can i still do single leg stuff",
        "balance has gone downhill since I turned 60, nervous about toppling over on one leg exercises",
        "is it safe for me to try one leg moves when my balance is shaky",
    ],
)
def test_poor_balance_can_still_do_one_legged_work_with_support(q: str) -> None:
    t = _first(q)
    assert (
        t.startswith(
            ("Yes, with support", "You can, with support", "Yes, carefully", "Keep them, with support")
        )
        and "wall" in t
    )


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("bridges or step ups for weak glutes", "For the glutes, the bridge"),
        ("lunges vs bridges for my glutes", "For the glutes, the bridge"),
        ("bridge or hamstring push up for hamstrings", "For the hamstrings, the hamstring push-up"),
        ("calf raises or toe raises for shin splints", "The calf raise, if you pick one for shin splints"),
    ],
)
def test_two_moves_named_for_a_muscle_or_injury_get_the_pick(q: str, lead: str) -> None:
    assert _first(q).startswith(lead)


@pytest.mark.parametrize(
    "q",
    [
        "bridge vs hamstring push-up, what's the difference",
        "leg press or hamstring curls if I only have time for one",
    ],
)
def test_a_muscle_in_a_moves_name_is_not_the_muscle_asked_about(q: str) -> None:
    assert not _first(q).startswith("For the")


@pytest.mark.parametrize(
    ("q", "lead"),
    [
        ("is leg day the day after my long run a bad idea", "Fine, if your legs have recovered"),
        ("is lifting after my easy run a bad idea", "No, not a problem"),
    ],
)
def test_a_bad_idea_ask_is_not_answered_yes_when_it_is_fine(q: str, lead: str) -> None:
    assert _first(q).startswith(lead)


@pytest.mark.parametrize(
    "q",
    ["do i need to do all 6 exercises every time", "do i have to do every exercise in the routine"],
)
def test_not_every_exercise_every_time(q: str) -> None:
    assert _first(q).startswith("No: pick 4 to 6")


def test_plyos_on_a_rest_day_better_not() -> None:
    assert _first("can i do plyos on a rest day").startswith("Better not")


@pytest.mark.parametrize(
    "q", ["is 10 minutes of strength work better than nothing", "are 10 min leg sessions even worth it"]
)
def test_a_short_session_still_helps(q: str) -> None:
    assert _first(q).startswith(("Yes, it still helps", "Yes, 10 minutes still helps"))


@pytest.mark.parametrize(
    ("q", "word"),
    [
        ("why do runners need strong calves", "cushion each landing"),
        ("my calves feel fit from running, why train them", "cushion each landing"),
        ("whats the point of hill repeats", "strength training for runners"),
        ("why bother with hill reps", "strength training for runners"),
    ],
)
def test_why_a_muscle_or_move_leads_with_because(q: str, word: str) -> None:
    t = _first(q)
    assert t.startswith("Because") and word in t
