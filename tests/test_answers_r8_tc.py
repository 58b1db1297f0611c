"""Round 8, tuner tc: a move or muscle described in words the article doesn't use reaches the right
topic and answers the asked part (how low, any good, does it matter, what's it for); the reply leads
with the direct answer. Wordings are our own, not any set's."""

from __future__ import annotations

import re

import pytest

from content import answer


def _text(q: str) -> str:
    return answer(q).text


# ---- a move described, not named -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "the gym machine where you sit and shove a weighted plate away with your legs, is it worth it",
            "leg_press",
        ),
        ("that seated thing where you press a footplate away from you, any use for runners", "leg_press"),
        ("the seated machine where you straighten your knees against a pad, is it good", "quad_extension"),
        (
            "machine where you sit and lift your lower legs till they're straight, what does it work",
            "quad_extension",
        ),
        (
            "machine where you lie on your front and bend your knees to bring your heels up, do i need it",
            "hamstring_curl",
        ),
        ("rising onto the balls of my feet on a step, is that useful", "calf_raise"),
        ("standing on the edge of the stair and lifting up onto my toes, any point", "calf_raise"),
        ("hopping twice on each foot then switching sides, is that a real exercise", "skipping"),
        ("jumping off one foot and landing on that same foot again, then swapping, legit drill?", "skipping"),
        ("big stride forward holding weights, how deep do i go", "lunge"),
        ("sitting down with a gym ball behind my back against the wall, how low", "wall_squat"),
        ("lying on my back and lifting my hips, how high should they go", "bridge"),
        ("the move where your heels are on a ball and you lift your backside", "hamstring_pushup"),
    ],
)
def test_a_described_move_reaches_its_exercise(question: str, topic: str) -> None:
    assert answer(question).topic == f"exercise:{topic}"


@pytest.mark.parametrize(
    "question",
    [
        "rising onto the balls of my feet on a step, is that useful",
        "standing on the edge of the stair and lifting up onto my toes, any point",
        "the seated machine where you straighten your knees against a pad, is it good",
        "hopping twice on each foot then switching sides, is that a real exercise",
        "charging up a hill over and over, is it any good for 10k runners",
        "the leg press, worth doing?",
        "wall squats, any good for runners?",
    ],
)
def test_is_the_move_any_good_gets_yes_first(question: str) -> None:
    assert _text(question).startswith("Yes")


def test_a_described_machine_verdict_says_how_to_use_it() -> None:
    text = _text("that seated thing where you press a footplate away from you, any use for runners")
    assert text.startswith("Yes")
    assert "three basic leg machines" in text and "fully straight" in text


def test_a_plyometric_verdict_says_what_it_builds() -> None:
    text = _text("hopping twice on each foot then switching sides, is that a real exercise")
    assert "explosive power" in text


@pytest.mark.parametrize(
    "question",
    [
        "running up a slope again and again, does that count as strength training",
        "does sprinting up a hill over and over count as strength work",
        "is the treadmill any use for strength",
    ],
)
def test_hills_count_as_resistance_training(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes") and "resistance training" in text


def test_the_hamstring_machine_after_the_quad_one_is_about_balance() -> None:
    text = _text(
        "machine where you lie face down and pull your heels to your bum, do i need it if i already do leg "
        "extensions"
    )
    assert text.startswith("Yes") and "opposing muscles" in text


# ---- how low / how far: the step that says where to stop -------------------------------------------


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("sitting down with a gym ball behind my back against the wall, how low", "90°"),
        ("sliding down the wall with a swiss ball behind me, how far down", "90°"),
        ("stepping out long with dumbbells and dropping down, how far should i go", "90°"),
        ("big stride forward holding weights, how deep do i go", "90°"),
        ("how far should I push on the leg press", "almost straight"),
    ],
)
def test_depth_asks_get_the_stopping_point(question: str, figure: str) -> None:
    text = _text(question)
    assert figure in text.split("\n")[0]
    assert "Trap a pumped-up" not in text


def test_a_hold_asked_as_staying_up_gets_the_seconds() -> None:
    text = _text(
        "the one where you lie down and push your hips up to the ceiling, how long do i stay up there"
    )
    assert "30 seconds" in text.split("\n")[0]


# ---- muscles described, and whether they matter ----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what do the muscles at the back of my upper leg do when i run", "muscle:hamstrings"),
        ("the back of my lower leg, what muscles are in there", "muscle:calves"),
        ("the muscle at the top front of my hip, is it worth training", "muscle:hips"),
    ],
)
def test_a_described_muscle_reaches_it(question: str, topic: str) -> None:
    assert answer(question).topic == topic


def test_the_calf_parts_are_named() -> None:
    text = _text("the back of my lower leg, what muscles are in there")
    assert "soleus" in text and "gastrocnemius" in text


@pytest.mark.parametrize(
    "question",
    [
        "my bum doesn't seem to do anything when i run, does that even matter",
        "my backside feels lazy on runs, is that a problem",
        "the deep little muscles round my hip joint, do runners need to bother with them",
    ],
)
def test_does_a_muscle_matter_gets_yes_and_why(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes, it matters")
    assert "bridge" in text.lower() or "Strengthen them with" in text  # what builds them


def test_should_i_train_a_muscle_keeps_its_own_verdict() -> None:
    assert _text("my glutes feel lazy, should i train them?").startswith("Yes: strengthen the glutes with")


@pytest.mark.parametrize(
    "question",
    [
        "glutes are lazy, what sorts that out",
        "my calves are weak, what fixes that",
    ],
)
def test_what_sorts_a_weak_muscle_out_lists_exercises(question: str) -> None:
    assert _text(question).startswith("For the ")


@pytest.mark.parametrize(
    "question",
    [
        "how do i strengthen my hamstrings at home without weights",
        "hamstrings with no equipment, what can i do",
    ],
)
def test_a_muscle_without_weights_gets_its_kit_free_moves(question: str) -> None:
    text = _text(question)
    assert "hamstring push-up" in text.lower()
    assert "No dumbbells?" not in text


# ---- rewrites that keep the safety and verdict rules on the right reading --------------------------


@pytest.mark.parametrize(
    "question",
    [
        "why shouldn't i snap my knees straight at the top of a step up",
        "is snapping my legs straight on the leg press bad",
    ],
)
def test_snapping_the_leg_straight_is_lockout_not_an_injury(question: str) -> None:
    text = _text(question)
    assert "A&E" not in text and "urgent" not in text
    assert "joint" in text


def test_springing_up_from_the_bottom_is_bouncing() -> None:
    text = _text("can i drop fast and spring back up out of the bottom of my squats")
    assert text.startswith("No") and "bouncing" in text


@pytest.mark.parametrize(
    "question",
    [
        "will stronger legs take some of the strain off my old knees and the stringy bits that hold them "
        "together",
        "does getting stronger protect my tendons and ligaments",
    ],
)
def test_joint_protection_is_answered_not_joint_noise(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes") and "wear and tear" in text
    assert "clicking" not in text


def test_a_real_joint_noise_still_gets_the_noise_answer() -> None:
    assert "click" in _text("my creaky knees click when i squat, is that bad").lower()


@pytest.mark.parametrize(
    "question",
    [
        "how is the ankle weight hip exercise done",
        "how do i do hip strengthening with ankle weights",
    ],
)
def test_the_ankle_weight_hip_exercise_gets_its_steps(question: str) -> None:
    text = _text(question)
    assert text.startswith("Side-lying hip raise: 1)")


# ---- whole-topic asks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what are the basic form rules for leg exercises",
        "any general technique tips for all the exercises",
    ],
)
def test_form_rules_are_listed_together(question: str) -> None:
    text = _text(question)
    assert "range of motion" in text and "breathe out" in text and "no bouncing" in text


def test_a_session_from_start_to_finish_has_its_shape() -> None:
    text = _text("what should a leg session look like from start to finish")
    # (the warm-up, the exercises in between, the stretch at the end, in that order)
    assert text.startswith("Start") and "jogging" in text and "stretching" in text
    assert text.index("jogging") < text.index("sets") < text.index("stretching")


def test_right_after_a_session_is_the_stretch_not_a_home_workout() -> None:
    text = _text("what do i do right after my strength session, just head home?")
    assert text.startswith(("Finish with some stretching", "Stretch")) and "•" not in text


def test_form_for_a_move_with_kit_gets_all_its_steps() -> None:
    text = _text("what's the correct technique for lunges with dumbbells")
    assert "1)" in text and "90°" in text


def test_a_what_question_after_a_dash_takes_no_yes() -> None:
    assert not _text("plyometrics for my 10k — which hops do i begin with").startswith("Yes")


def test_a_useful_question_about_jump_drills_gets_yes() -> None:
    assert _text("those bouncing and jumping drills, are they actually useful for runners?").startswith("Yes")


def test_full_range_of_motion_shorthand() -> None:
    assert "range of motion" in _text("full ROM on squats or are half squats ok?").split("\n")[0]


def test_which_machines_names_the_three() -> None:
    text = _text("starting at a gym next month, which leg machines should i use")
    assert "quadriceps extension" in text.split("\n")[0] and "leg press" in text.split("\n")[0]


def test_home_moves_in_the_gym_with_weights() -> None:
    text = _text("can i do the bodyweight moves at the gym with dumbbells too")
    assert text.startswith("Yes") and "one-legged squat" in text and "treadmill" in text


@pytest.mark.parametrize(
    "question",
    [
        "on step ups do i push all the way till my leg is straight",
        "leg press: do i push until my legs are fully straight",
    ],
)
def test_pushing_until_the_leg_is_straight_is_locking_out(question: str) -> None:
    assert _text(question).startswith("No")


def test_what_a_described_move_trains_names_the_muscles() -> None:
    text = _text("lying on my side with an ankle weight lifting my top leg, what's that actually working?")
    assert text.startswith("Side-lying hip raise works the hips")


def test_how_strength_makes_you_faster_leads_with_the_reason() -> None:
    text = _text("how do stronger legs actually make you faster, surely it's all cardio")
    assert text.startswith("Well-trained muscles use oxygen")


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "what's that exercise where you stand on a step and drop your heels, what's it called",
            "calf raise",
        ),
        ("what is that move with your heels up on a chair and your hips off the floor", "hamstring push-up"),
    ],
)
def test_what_is_that_move_names_it_then_says_how(question: str, name: str) -> None:
    text = _text(question)
    assert text.startswith(f"That's the {name}.") and "1)" in text


@pytest.mark.parametrize(
    "question", ["how stepp should a hil be for repeats", "how step should hills be for repeats"]
)
def test_steep_typed_as_step_is_the_grade(question: str) -> None:
    text = _text(question)
    assert "5–10%" in text and "Calf raise (on a stair" not in text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("is the bottom step of my stairs ok for calf raises", "calf raise"),
        ("can i use a chair for step ups", "chair"),
        ("can i do hip raises on the floor", "floor"),
    ],
)
def test_a_stand_in_asked_about_gets_yes_it_works(question: str, said: str) -> None:
    text = _text(question)
    assert text.startswith("Yes: ") and said in text.split("\n")[0]
    assert "Gluteal" not in text


@pytest.mark.parametrize(
    "question",
    ["going up on my toes off the bottom stair, is that useful", "calf raises on the bottom step, any good"],
)
def test_the_bottom_stair_is_not_the_glutes(question: str) -> None:
    assert answer(question).topics == ("exercise:calf_raise",)


@pytest.mark.parametrize(
    "question",
    [
        "would lunges and that help on hills",
        "will strength training help me get up hills",
        "squats and stuff, will they help me on the hills",
    ],
)
def test_will_strength_help_on_hills_gets_yes(question: str) -> None:
    text = _text(question)
    lead = text.split("\n")[0]
    assert lead.startswith("Yes: stronger leg") and "hills" in lead


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("pressing my back into a wall and lifting the front of my feet, what is that for", "shin splints"),
        ("back against the wall raising my toes with heels down, what's it supposed to fix", "shin splints"),
        ("lying on my back lifting one straight leg with an ankle weight on, what does it do", "hips"),
    ],
)
def test_what_is_a_described_move_for(question: str, said: str) -> None:
    assert said in _text(question).split("\n")[0]


def test_what_a_muscle_is_for_keeps_its_role() -> None:
    assert not _text("front of thigh muscles, what are they for").startswith("Why it matters")


@pytest.mark.parametrize(
    ("question", "muscle"),
    [
        ("my glutes are weak, what exercises help", "glutes"),
        ("my backside is weak, which exercises help", "glutes"),
        ("calves are always tight, which exercises would help", "calves"),
    ],
)
def test_a_weak_muscle_then_which_exercises_lists_that_muscles_moves(question: str, muscle: str) -> None:
    assert _text(question).startswith(f"For the {muscle}:")


@pytest.mark.parametrize(
    "question",
    ["will squats the day before my half mess up my race", "will lifting the day before my 10k ruin it"],
)
def test_will_it_ruin_the_race_gets_yes_it_can(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes, it can: skip strength work the day before")


@pytest.mark.parametrize(
    "question",
    ["can i skip the easy jog before lifting", "is it ok to leave out the light jog before weights"],
)
def test_skipping_the_warm_up_jog_is_no(question: str) -> None:
    text = _text(question)
    assert text.startswith("No") and "warm up" in text
    assert "right order" not in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("my mate says heavy weights will make me bulky, true?", "No"),
        ("someone said you should lock your knees at the top, true?", "No"),
        ("the stretching bit at the end, is that really needed", "Yes"),
        ("is a warm up necessary before leg day", "Yes"),
    ],
)
def test_a_claim_or_need_checked_gets_its_verdict_first(question: str, verdict: str) -> None:
    assert _text(question).startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "can i run and do strength on the same day",
        "can i go for a run and do my leg day on the same day",
        "can i run and do my gym session the same day",
        "can i lift weights the same day as my easy jog",
    ],
)
def test_run_and_strength_on_one_day_is_yes_if_easy_run_first(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes, if it's an easy run: run first")
    assert "hard-run day" in text
    assert "combining them" not in text


def test_two_exercises_on_one_day_keep_the_combine_verdict() -> None:
    assert "combining them is fine" in _text("should i do squats and lunges on the same day")


@pytest.mark.parametrize(
    "question",
    [
        "walk or jog back down on hill repeats?",
        "walking or jogging down between hill repeats?",
        "between hill reps should i walk or jog down",
        "on hill repeats do i walk or jog back down",
        "hill reps, jog the descents or walk them?",
    ],
)
def test_walk_or_jog_down_on_hills_is_the_hills_own_step(question: str) -> None:
    text = _text(question)
    assert "back down" in text and "Jog" in text
    assert "leg swings" not in text  # not the warm-up glued on
    assert "Walking lunge" not in text


def test_hill_reps_is_the_exercise_not_a_rep_count() -> None:
    text = _text("how do i run hill reps")
    assert "5–10%" in text and "12 to 15" not in text


@pytest.mark.parametrize(
    "question",
    [
        "does leg strength work help runners or does it make you heavy",
        "training for a marathon, will weights help or just add bulk?",
        "will lifting make me quicker or bulkier",
        "will the gym help my running or slow me down",
    ],
)
def test_help_or_bulk_answers_both_halves(question: str) -> None:
    text = _text(question)
    assert text.startswith("It should help")
    assert "won't bulk you up" in text


@pytest.mark.parametrize(
    "question",
    [
        "i slump forward late in my races. muscle problem?",
        "my posture collapses and i hunch forward late in races, is that weak muscles?",
        "i bend forward at the hips when tired on long runs, can strength work fix that",
        "i tip forward late in my long runs, could weak muscles be why?",
        "near the finish of long runs i fold over at the waist. strength issue?",
    ],
)
def test_leaning_forward_late_in_runs_is_yes_the_glutes(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert "glutes" in text
    assert "keep your trunk upright. The article" not in text


def test_leaning_forward_in_a_squat_is_still_no() -> None:
    assert _text("should i lean forward when i squat").startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "how do i warm up for a leg workout",
        "what warm up should i do before lifting",
        "warm up ideas before a leg session?",
    ],
)
def test_warm_up_answer_says_the_jog_once(question: str) -> None:
    text = _text(question)
    assert "jogging" in text
    assert "For example" not in text  # the example only said the jog and leg swings again


def test_cool_down_keeps_its_example() -> None:
    assert "For example" in _text("what stretches do i do when i finish")


@pytest.mark.parametrize(
    "question",
    [
        "how many hill repeats per session",
        "how many times up the slope should i go",
        "hill sprints, how many?",
    ],
)
def test_a_hill_count_says_the_grade_once(question: str) -> None:
    text = _text(question)
    assert "5–8" in text
    assert text.count("5–10%") == 1


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is it fine to do half reps on the leg press", "No: move through your full range"),
        ("partial squats are ok right?", "No: move through your full range"),
        ("is it bad to do half squats", "Yes, avoid it: move through your full range"),
        ("half reps or full range on step-ups?", "Full range:"),
        ("are partial reps ok on lunges or should i go all the way down", "Full range:"),
    ],
)
def test_half_reps_get_the_full_range_verdict(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead)
    assert "12 to 15" not in text  # not the sets-and-reps rule glued on


@pytest.mark.parametrize(
    "question", ["what do my calves do when i run", "role of the calf muscles in running"]
)
def test_a_muscle_line_has_no_brackets_inside_brackets(question: str) -> None:
    text = _text(question)
    assert "(with the shin" not in text and "))" not in text


@pytest.mark.parametrize(
    "question",
    [
        "how steep should the treadmill be for hill repeats",
        "what angle should the treadmill be at",
        "how steep do i set the treadmill",
    ],
)
def test_how_steep_on_the_treadmill_is_the_grade_not_the_repeat_count(question: str) -> None:
    text = _text(question)
    assert text.startswith("Treadmill incline: Raise the platform's incline to roughly a 5–10% grade")


# ---- round 8 pass 2 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("how many sets of lunges should i do and how heavy should they be", "Lunge: 2–3 sets"),
        ("how many reps on the leg press, and how heavy?", "Leg press: 2–3 sets"),
    ],
)
def test_a_dose_then_a_weight_keeps_the_dose_first_and_says_it_once(question: str, first: str) -> None:
    text = _text(question)
    assert text.startswith(first)
    assert "no set weight" in text
    assert text.count("2–3 sets") == 1


@pytest.mark.parametrize(
    "question",
    [
        "can i go for a jog and then do lunges on the same day",
        "run and squats in one day, is that allowed",
        "is it fine to run in the morning and do step ups that day",
        "squats and an easy run on the same day, ok?",
    ],
)
def test_a_run_and_a_named_move_on_one_day_is_yes_run_first(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes, if it's an easy run: run first")


def test_two_moves_on_one_day_is_still_the_combine_verdict() -> None:
    text = _text("is it ok to do lunges and bridges on the same day")
    assert text.startswith("Yes: the article says to work")


@pytest.mark.parametrize(
    "question",
    [
        "if i pause my leg work for a week will i go backwards",
        "will missing a week of strength set me back",
        "taking a week off the gym, do i lose my progress",
        "stopping squats for a week on holiday, will i get weaker",
    ],
)
def test_a_week_off_is_no_it_wont_undo_your_work(question: str) -> None:
    text = _text(question)
    assert text.startswith("No: a week off won't undo")
    assert "once a month" in text


@pytest.mark.parametrize(
    "question",
    [
        "is the coffee table ok for bench step-ups",
        "can i put my feet up on the dinner table for the hamstring push-up",
    ],
)
def test_furniture_named_after_a_meal_is_not_a_food_question(question: str) -> None:
    assert not answer(question).off_topic


@pytest.mark.parametrize(
    "question",
    [
        "my trunk tips forward in the last miles of a long run",
        "near the end of races i hunch over more and more",
        "my shoulders slump forward late in a marathon, what can i do",
        "my posture collapses towards the end of a long run",
    ],
)
def test_leaning_forward_late_in_runs_says_weak_glutes(question: str) -> None:
    text = _text(question)
    assert "glutes" in text.split("\n")[0]
    assert re.search(r"(?i)weak glutes|under-developed glutes", text)
    assert "Bridge" in text or "bridge" in text


@pytest.mark.parametrize(
    ("question", "pick"),
    [
        ("give me one good move for the calves", "The calf raise:"),
        ("a solid hamstring exercise for runners?", "The hamstring push-up:"),
        ("i need a single exercise for my glutes", "The bridge:"),
    ],
)
def test_one_exercise_asked_for_a_muscle_is_one_pick(question: str, pick: str) -> None:
    text = _text(question)
    assert text.startswith(pick)
    assert "Dose:" in text


@pytest.mark.parametrize(
    "question",
    [
        "how would you do the hip strengthener with the ankle weight",
        "how do u do the hip strengtheners",
    ],
)
def test_how_do_you_do_a_named_move_is_its_steps(question: str) -> None:
    text = _text(question)
    assert text.startswith("Side-lying hip raise: 1)")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("how long and how many sets for a bridge?", "hold 30 s"),
        ("how deep and how many reps for the lunge", "90°"),
        ("how steep and how many times on hill repeats?", "5–10%"),
    ],
)
def test_two_hows_share_the_move_named_at_the_end(question: str, says: str) -> None:
    text = _text(question)
    assert "not sure" not in text
    assert says in text and ("2–3 sets" in text or "5–8" in text)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("on single leg squats where should my back foot be", "back about a stride"),
        ("one legged squat: how far behind me does the rear foot go", "back about a stride"),
        ("how far apart do my feet go for the bridge", "as wide apart as your hips"),
    ],
)
def test_where_a_foot_goes_is_the_step_that_places_it(question: str, says: str) -> None:
    assert says in _text(question)


def test_how_deep_is_still_the_angle() -> None:
    assert "90°" in _text("how low do i go on the one legged squat")


@pytest.mark.parametrize(
    "question",
    [
        "what's the point of balance exercises if i just want strength",
        "why bother with balance drills",
        "are balance drills any use for a runner",
    ],
)
def test_balance_exercises_are_balance_training_not_muscle_imbalance(question: str) -> None:
    text = _text(question)
    assert "small muscles" in text
    assert "opposing" not in text


@pytest.mark.parametrize(
    "question",
    [
        "sore for three days after squats, am i doing too much",
        "doms every time after leg day, am i overtraining",
    ],
)
def test_sore_for_days_asked_as_overdoing_it_is_not_a_yes(question: str) -> None:
    text = _text(question)
    assert not text.startswith("Yes")  # a yes to "am I overdoing it?" with "that's normal" after it
    assert "normal" in text


@pytest.mark.parametrize(
    "question",
    [
        "does running uphill count as a leg workout",
        "hills = strength work?",
        "do lunges count as strength work",
    ],
)
def test_does_it_count_as_strength_is_yes(question: str) -> None:
    assert _text(question).startswith("Yes")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("i do step ups 3x25, is that right", "No"),
        ("squats, 4 sets of 30 with light weights, good?", "No: that's more reps"),
        ("lunges 3x12, right?", "Yes: that's the article's dose"),
    ],
)
def test_a_dose_the_runner_tells_is_checked_against_the_article(question: str, lead: str) -> None:
    text = _text(question)
    verdict = lead.split(":")[0].split(",")[0]
    assert text.startswith(verdict) or (verdict == "No" and text.startswith("Not quite")), text
    assert "12–15" in text


def test_hops_are_not_held_to_the_reps_dose() -> None:
    assert not _text("box hops 3x20 ok?").startswith("No: that's more reps")


@pytest.mark.parametrize(
    "question",
    ["skipping drills, good for my 5k speed?", "calf raises, good for hill running?"],
)
def test_a_move_then_good_for_a_running_goal_gets_yes(question: str) -> None:
    assert _text(question).startswith("Yes")


@pytest.mark.parametrize(
    "question",
    ["is the calf one muscle or two, is there an inner part?", "soleus and gastroc, what's the difference"],
)
def test_the_calf_parts_are_both_named(question: str) -> None:
    text = _text(question)
    assert "soleus" in text and "gastrocnemius" in text
    assert text.count("point and pull up the foot") == 1


@pytest.mark.parametrize(
    "question",
    [
        "on my side raising the upper leg with an ankle weight, any good?",
        "lie on your side and lift the top leg, is that worth it",
    ],
)
def test_the_side_lying_leg_lift_described_is_the_hip_strengthener(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes") and "Side-lying hip raise" in text


def test_a_plyometric_drill_asked_what_for_is_explosive_power() -> None:
    assert "explosive power" in _text("line hops, what are they for")


def test_the_toe_raise_asked_what_for_is_the_shin_not_the_calves() -> None:
    text = _text("why lift my toes with my back on a wall")
    assert "front of the shin" in text and "works the calves" not in text


@pytest.mark.parametrize(
    "question", ["the hamstring curl machine, ok for runners?", "leg extensions, fine for a runner"]
)
def test_a_machine_ok_for_runners_gets_yes(question: str) -> None:
    assert _text(question).startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "hill repeats, walk or jog between them",
        "hill repeats — walk down or jog down?",
        "hill reps, jog the way back down?",
    ],
)
def test_the_way_down_a_hill_repeat_is_its_step(question: str) -> None:
    text = _text(question)
    assert "jog gently back down" in text.split("\n")[0].lower()
    assert "Walking lunge" not in text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("the hamstring curl feels easy, how much more weight", "add enough that 12–15 reps tire you again"),
        ("calf raises too easy now, how much heavier", "one leg at a time"),
    ],
)
def test_going_heavier_from_an_easy_load(question: str, says: str) -> None:
    assert says in _text(question)


@pytest.mark.parametrize(
    "question",
    [
        "my knees cave in on every stride. is something weak?",
        "knees knocking together late in runs, weak muscles?",
        "filmed my running and my knees drift inwards, could that be a strength issue?",
    ],
)
def test_knees_drifting_in_asked_as_weakness_is_yes_the_hips(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert "hip" in text.split("\n")[0]


def test_a_bare_weak_hips_is_not_a_verdict() -> None:
    assert not _text("weak hips?").startswith("Yes, it can be")


def test_what_weak_hips_do_is_what_the_article_says_they_do() -> None:
    text = _text("what does having weak hips do to a runner")
    assert "angle in or out" in text


@pytest.mark.parametrize(
    "question", ["is the leg press any good for runners", "is the hamstring curl good for runners"]
)
def test_a_named_machine_good_for_runners_is_that_machine(question: str) -> None:
    a = answer(question)
    assert a.topic is not None and a.topic.startswith("exercise:")
    assert a.text.startswith("Yes")
    assert "For runner's knee" not in a.text


@pytest.mark.parametrize(
    ("question", "fixed"),
    [("how offten should i lift", "often"), ("sqquats for runners", "squats")],
)
def test_a_letter_typed_twice_inside_a_word_is_a_typo(question: str, fixed: str) -> None:
    from content.answers import answerer
    from content.spelling import fix_typos

    assert fixed in fix_typos(question, answerer().index).split()


def test_a_real_word_with_a_double_letter_is_kept() -> None:
    from content.answers import answerer
    from content.spelling import fix_typos

    assert fix_typos("hopping and running", answerer().index) == "hopping and running"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("where am i meant to feel the bridge", "Mainly in your glutes"),
        ("lunges, should i be feeling them in my quads?", "Yes: mainly in your quads and glutes"),
        ("i mostly feel the bridge in my lower back, am i doing it wrong", "It should be mainly your glutes"),
    ],
)
def test_where_a_move_should_be_felt(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead)
    assert "doesn't cover" not in text


def test_sitting_like_a_chair_with_a_ball_is_not_the_ball_or_chair_choice() -> None:
    text = _text("back on a ball against the wall like sitting in a chair, how long should i stay there")
    assert "hamstring push-up" not in text


def test_ball_or_chair_is_still_the_choice() -> None:
    assert _text("for hamstring push ups, chair or ball?").startswith("Either works")


@pytest.mark.parametrize(
    ("question", "lead"),
    [("is 2 leg days a wk enuf", "Yes"), ("wud step ups help me on hills", "Yes")],
)
def test_chat_spellings_of_enough_and_would(question: str, lead: str) -> None:
    assert _text(question).startswith(lead)


@pytest.mark.parametrize(
    "question",
    ["our puppy is lame after long runs, any strengthening for him?", "hip exercises for my dog please"],
)
def test_an_animals_legs_are_declined_with_a_vet(question: str) -> None:
    a = answer(question)
    assert a.off_topic and "vet" in a.text


def test_a_runner_who_walks_the_dog_is_still_answered() -> None:
    assert not answer("can i still do leg day if i walk the dog for an hour every morning").off_topic


@pytest.mark.parametrize(
    "question",
    ["step ups: quick or slow?", "how fast should i lower on the wall squat", "bridges, fast or slow"],
)
def test_the_tempo_of_a_rep_is_slow_and_controlled(question: str) -> None:
    text = _text(question)
    assert "Slow and controlled" in text.split("\n")[0]
    assert text.count("no bouncing or momentum") == 1


def test_a_runners_own_hip_beside_a_dog_is_not_declined() -> None:
    assert "vet" not in _text("walking the dog makes my hip ache")
