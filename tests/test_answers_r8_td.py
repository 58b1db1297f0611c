"""Tuner td (round 8, pass 1): acute injuries in runners' own words, old healed injuries, either/or
verdicts, yes/no verdicts that fit the question, why-questions and injuries the article doesn't cover.
Every wording here is the tuner's own, not a tuning set's."""

import pytest

from content import answer


def _text(question: str) -> str:
    return answer(question).text


# ---- Acute: stop and see someone first --------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "felt a sudden pop in my calf halfway up the hill and now I can barely push off",
        "calf felt like somebody kicked it from behind during my tempo, can hardly push off now",
        "my calf just went mid-run, like someone threw a stone at it",
        "hamstring went ping on the track, what do I do",
        "I felt it tear in my quad doing sprints",
        "there was a tearing feeling in my groin on the last rep",
        "thigh went on the final sprint and there's a dent in the muscle now",
        "my knee went from under me on the downhill, it hurts to bend",
        "can barely put any weight on my foot after the trail race",
    ],
)
def test_muscle_or_tendon_going_leads_with_stop_and_help(question: str) -> None:
    text = _text(question)
    assert text.startswith("Stop"), text
    assert "doctor" in text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "felt a pop in my calf on a hill rep, should I keep going?",
        "something went ping in my hamstring, can I still do my session tomorrow?",
    ],
)
def test_severe_with_a_carry_on_ask_still_starts_with_stop(question: str) -> None:
    text = _text(question)
    assert text.startswith("Stop now"), text


@pytest.mark.parametrize(
    "question",
    [
        "everything went black for a second at the top of the hill rep",
        "I went black for a moment during squats",
        "my heart's still going like crazy half an hour after I stopped",
    ],
)
def test_alarming_symptoms_are_red_flags(question: str) -> None:
    assert _text(question).startswith("Stop exercising now")


@pytest.mark.parametrize(
    "question",
    [
        "my toenail went black after the marathon",
        "legs went to jelly at mile 20",
        "how do I push off harder on hills",
        "my legs feel like I got hit by a truck after leg day",
    ],
)
def test_ordinary_words_are_not_acute(question: str) -> None:
    text = _text(question)
    assert not text.startswith("Stop"), text


# ---- An old, healed injury: ease back in, not "stop now" -------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "pulled my hamstring a few months ago, it's fine now, how should I get back into leg work",
        "tore my quad two years ago and it healed ok, anything to do differently in the gym?",
        "I had a calf strain in the spring, all good now, can I start calf raises again",
        "sprained my ankle back in march, feels fine now, how do I get back into plyos",
        "strained my groin last season, it's settled, how do I rebuild",
    ],
)
def test_old_healed_injury_is_not_acute(question: str) -> None:
    text = _text(question)
    assert not text.startswith(("Stop", "Not yet")), text


@pytest.mark.parametrize(
    "question",
    [
        "pulled my hamstring yesterday, can I still do squats",
        "strained my calf this morning, it's a bit better now, can I run",
    ],
)
def test_fresh_strain_stays_acute(question: str) -> None:
    text = _text(question)
    assert "Stop" in text[:20], text


# ---- Either/or: the choice first, then why -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "should I bother with the leg press or just do lunges, which helps running more",
            "Lunges have the edge",
        ),
        ("lunges or leg press machine for a marathoner - which would you pick", "Lunges have the edge"),
        ("calf raises on flat ground or hanging off a stair, which is better", "A step"),
        ("is it better to do calf raises off a step or on the floor", "A step"),
        (
            "walking lunges vs the normal step-back ones, what's the difference",
            "Either: the article gives both",
        ),
        ("hill reps or track intervals if my goal is stronger legs", "Hills, for leg strength"),
        (
            "running hills vs lifting weights in the gym, which makes me stronger for racing",
            "Both, for different",
        ),
        (
            "for preventing injuries what's more useful, stretching or strength training",
            "Strength work does more",
        ),
        ("lift in the off season or during race season, which is better", "The off-season"),
        ("should my leg session go on an easy run day or a rest day, which is better", "Either works"),
        ("one-legged exercises versus two-legged ones, does it make a difference", "Single-leg"),
    ],
)
def test_either_or_leads_with_the_choice(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead), text
    assert len(text) < 500


@pytest.mark.parametrize(
    "question",
    [
        "no stairs or steps in my flat, how can I do calf raises",
        "legs wrecked after hill reps, still do my gym session tonight or skip it?",
        "Can I do squats or lunges at home?",
    ],
)
def test_not_a_choice_between_two_options(question: str) -> None:
    text = _text(question)
    assert not text.startswith(("A step:", "Both, for different jobs", "Both work the quads")), text


# ---- Yes/no verdicts that fit the question -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "will squats and that kind of thing make me better on the hills?",
        "would lunges help with climbing in trail races",
        "does doing leg exercises make hills easier",
    ],
)
def test_strength_helps_on_hills_gets_a_yes(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes"), text
    assert "hill" in text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("can I lift and run on the same day, or does one cancel the other out", "Yes"),
        ("does doing weights after my run cancel out the benefits", "No, it doesn't"),
    ],
)
def test_cancel_out_worry(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead), text
    assert "run first" in text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "do I actually need a gym for this or is home fine",
        "is a gym membership really necessary to get stronger legs",
    ],
)
def test_gym_not_required(question: str) -> None:
    assert _text(question).startswith("No")


@pytest.mark.parametrize(
    "question",
    [
        "can I do my calf raises on the bottom step of the stairs",
        "is the kerb outside ok for calf raises",
    ],
)
def test_calf_raises_on_a_stair_gets_yes_and_how(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes") and "calf raise" in text, text


@pytest.mark.parametrize("question", ["do i have to do hill repeats", "do I really need to do wall squats"])
def test_one_exercise_is_not_a_must(question: str) -> None:
    assert _text(question).startswith("No, not that one")


# ---- Why-questions: the because, once ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("why do my glutes matter for how I run", "trunk"),
        ("why should runners care about their quads", "knee"),
        ("why bother training hamstrings as a runner", "imbalance"),
    ],
)
def test_why_gets_its_because(question: str, word: str) -> None:
    text = _text(question)
    assert text.startswith("Because"), text
    assert word in text and len(text) < 450


# ---- Injuries: the verdict on the exercise first ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("my physio thinks it's runner's knee; is the leg press safe or will it aggravate it", "Usually yes"),
        ("got runners knee, can I keep doing lunges", "Usually yes"),
        ("sore shins from running, are calf raises alright to do", "Yes, if they're pain-free"),
        ("achilles feels tight and niggly, will calf raises make it worse", "Not if they're slow"),
        ("heel pain in the morning (plantar fasciitis?), are calf raises ok", "Only if"),
        ("got jumper's knee, should I stop doing squats", "Drop it for now"),
    ],
)
def test_injury_and_exercise_verdict_first(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead), text
    assert "physio" in text


def test_injury_prevention_is_not_a_verdict_on_having_it() -> None:
    text = _text("how do I prevent shin splints, are calf raises good for that")
    assert not text.startswith("Yes, if they're pain-free"), text


@pytest.mark.parametrize(
    "question",
    [
        "pulse still racing an hour after my intervals",
        "heart is going a mile a minute and won't calm down",
        "I saw black spots after standing up from squats",
    ],
)
def test_more_alarming_symptoms_are_red_flags(question: str) -> None:
    assert _text(question).startswith("Stop exercising now")


@pytest.mark.parametrize(
    "question",
    ["felt my knee shift sideways and give way", "calf felt like it got hit by a golf ball on the climb"],
)
def test_more_acute_wordings_lead_with_stop(question: str) -> None:
    assert _text(question).startswith("Stop")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("step-ups vs lunges when I only have time for one", "Step-ups, if it's only one"),
        ("lunges or step ups if i had to pick", "Step-ups, if it's only one"),
        ("hill sprints or gym work if I only have time for one", "Hills, if it's only one"),
    ],
)
def test_only_one_gets_a_pick(question: str, lead: str) -> None:
    assert _text(question).startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("bridges or step ups for my glutes?", "For the glutes, the bridge"),
        ("step-ups vs bridge, which is better for the glutes", "For the glutes, the bridge"),
        ("should I start with line hops or box hops", "Line hops first"),
        ("box hops or line hops for a beginner", "Line hops first"),
    ],
)
def test_pair_verdict_uses_what_the_article_says(question: str, lead: str) -> None:
    assert _text(question).startswith(lead)


# ---- Running injuries the article doesn't cover: honest, general, a professional --------------------


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("I've got bursitis in my hip, which strength exercises help", "Hip pain"),
        ("osteoarthritis in my knee, is the leg press still ok for me", "Arthritis"),
        ("pain right at my sit bone on long runs, anything to strengthen", "Tendon pain"),
    ],
)
def test_uncovered_injury_is_said_honestly(question: str, name: str) -> None:
    text = _text(question)
    assert f"{name}" in text and "isn't covered in detail" in text, text
    assert "physio" in text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("jumping hurts my knees, do I have to do plyos?", "No, you can leave them out"),
        ("can I just skip the jumping drills? I hate them", "Yes, you can leave them out"),
        ("is it fine to leave out plyometrics altogether", "Yes, you can leave them out"),
    ],
)
def test_plyometrics_are_an_option(question: str, lead: str) -> None:
    assert _text(question).startswith(lead)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("does charging up a hill again and again count as strength training", "Yes: the article calls hill"),
        ("are those bounding and hopping drills any use for a distance runner", "Yes: jumping and bounding"),
        ("my glutes never seem to switch on when I run, does it matter", "Yes, it matters"),
        ("is it ok to go down fast and spring up out of my squats to save time", "No: keep every rep slow"),
        (
            "three weeks into running and never lifted, is it too early to start strength?",
            "No, it's not too",
        ),
        ("I cycle 15 minutes to the gym, does that count as a warm up?", "Yes: an easy jog"),
        ("half squats or the full range of motion, what's better", "Full range"),
    ],
)
def test_more_yes_no_and_either_or_verdicts(question: str, lead: str) -> None:
    assert _text(question).startswith(lead)


# ---- Second stint ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "everyone says don't snap your knees straight at the top, why is that",
        "why shouldn't I snap my legs straight on the leg press?",
        "is snapping my knee straight on step-ups a bad habit",
    ],
)
def test_snapping_a_leg_straight_is_a_form_cue_not_an_injury(question: str) -> None:
    text = _text(question)
    assert not text.startswith("Stop now")
    assert "lock" in text.lower() or "straight" in text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "heard a snap in my calf on the hill and can hardly walk",
        "my hamstring snapped in the last sprint",
    ],
)
def test_a_real_snap_still_leads_with_stop(question: str) -> None:
    assert _text(question).startswith("Stop now")


@pytest.mark.parametrize(
    "question",
    [
        "on step-ups do I stop when my leg is nearly straight?",
        "step up till the knee is almost straight, is that right",
        "should my knee be just short of straight at the top of a step up",
    ],
)
def test_nearly_straight_gets_a_yes_not_a_no(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert "lock" in text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is a leg press machine as good as doing lunges?", "Not quite. Lunges have the edge"),
        ("are lunges as useful as the leg press for a runner", "Yes, lunges have the edge"),
        ("is the hamstring curl as good as hamstring push-ups", "Yes, both work the hamstrings"),
        ("are flat calf raises as good as doing them off a step", "Not quite. A step"),
        ("flat floor calf raises or step calf raises, which one", "A step"),
    ],
)
def test_as_good_as_gets_its_verdict_first(question: str, lead: str) -> None:
    assert _text(question).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "going up onto my tiptoes on the bottom step, does that even help",
        "is rising onto my toes off a kerb any use for my calves",
        "does going up on my toes on the stairs actually work anything",
    ],
)
def test_a_calf_raise_told_in_words_gets_yes_it_is_the_calf_raise(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes") and "calf raise" in text.lower()
    assert "bottom stair of a staircase" not in text


@pytest.mark.parametrize(
    "question",
    [
        "my right hip always aches but the left is fine, is one side weaker?",
        "could my left leg be weaker than my right",
        "is my right leg weaker than the other one? it tires first",
        "my knee niggles on one side only, could one leg be weaker",
    ],
)
def test_is_one_side_weaker_gets_a_verdict(question: str) -> None:
    text = _text(question)
    assert text.startswith("Quite possibly")
    assert "One-legged" in text


def test_stronger_legs_and_posture_is_not_the_weaker_side_reply() -> None:
    assert not _text("could stronger legs keep me from hunching over late in a marathon").startswith(
        "Quite possibly"
    )


def test_calves_location_is_not_nested_brackets() -> None:
    text = _text("what do my calves do when I run")
    assert "((" not in text and "(the back of the lower leg (" not in text
    assert "soleus and gastrocnemius" in text


@pytest.mark.parametrize(
    "question",
    [
        "climbing onto the box one leg at a time, do I push till my knee is fully straight?",
        "step-ups: should I go all the way up until the leg is straight",
        "do you straighten the knee completely at the top of a step up",
    ],
)
def test_all_the_way_straight_gets_a_no(question: str) -> None:
    text = _text(question)
    assert text.startswith("No")
    assert "lock" in text.lower()


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "the seat where you straighten your legs out against a pad, is it any good",
            "Yes: that's the quadriceps",
        ),
        (
            "the sitting machine you kick your shins up straight on, worth it for runners?",
            "Yes: that's the quadriceps",
        ),
        ("pressing a sled away with my feet at the gym, useful for a runner?", "Yes: that's the leg press"),
        (
            "that thing where you lie on your front and curl your legs up, do I need it",
            "Yes: that's the hamstring curl",
        ),
    ],
)
def test_a_machine_told_in_words_and_asked_if_worth_it_gets_yes_and_its_name(
    question: str, lead: str
) -> None:
    text = _text(question)
    name = lead.removeprefix("Yes: that's the ")
    assert text.startswith("Yes") and name in text.split("\n")[0].lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "fine to lift weights the night before a long run, no race",
        "ok to squat the night before my interval session",
        "legs the night before a hard track workout, fine or not?",
    ],
)
def test_the_eve_of_a_hard_session_that_is_no_race_is_allowed(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes") and "only rules out the same day" in text.split("\n")[0]


def test_the_evening_before_a_race_is_still_out() -> None:
    assert "day before a race" in _text("can I do my leg session the evening before my half marathon")


@pytest.mark.parametrize(
    "question",
    [
        "my knees crunch a bit, would stronger thighs take some load off them?",
        "could leg strength ease the pounding on my creaky ankles",
        "will building muscle take the strain off my noisy knee joints",
    ],
)
def test_will_muscle_take_the_load_off_creaky_joints_gets_yes(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("I keep falling over on one-legged squats, is it pointless for me?", "No, do bother. Keep at them"),
        (
            "single leg squats have me wobbling everywhere, should I give up on them",
            "No, do bother. Keep at them",
        ),
        ("I lose my balance on one leg squats every time", "Keep at them"),
    ],
)
def test_wobbling_on_one_legged_squats_gets_keep_at_them_and_the_support(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead)
    assert "toes" in text


@pytest.mark.parametrize(
    "question",
    [
        "could I do the home moves at the gym with dumbbells instead",
        "is it ok to add weights to the home exercises",
        "can the calisthenics ones be weighted once they get easy",
    ],
)
def test_home_moves_with_weights_gets_the_weighted_versions(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes: the article gives weighted versions")


def test_easier_and_harder_texts_are_whole_instructions() -> None:
    text = _text("could the dumbbell one-legged squat be made easier")
    assert "Drop the dumbbells and use bodyweight" in text
    assert ": Bodyweight only." not in text


@pytest.mark.parametrize(
    "question",
    [
        "leg day leaves me sore for my long run, should I do strength after my runs instead",
        "DOMS from lunges ruins my long run every week, should I be lifting after my runs instead",
    ],
)
def test_sore_from_leg_day_and_asking_to_lift_after_runs_gets_yes_run_first(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes, on days with both: run first")


# ---- Pass 2: a sore or tight muscle from running is soreness care, not the nearest covered injury -----


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("my calves feel sore after running, what helps?", "calf raises"),
        ("my calf is achy, any advice", "calf raises"),
        ("quads are tight after my long runs, what do i do", "one-legged squats"),
        ("hamstrings feel stiff whenever I run, what should I do", "hamstring curls"),
        ("my glutes ache after trail runs", "bridges"),
    ],
)
def test_sore_muscle_gets_soreness_care(question: str, says: str) -> None:
    text = _text(question)
    assert says in text
    assert "runner's knee" not in text and "shin splints" not in text
    assert "not easing" in text  # when to see someone


def test_sore_muscle_rest_or_strengthen_is_both() -> None:
    text = _text("always getting small calf niggles, should I strengthen them or rest?")
    assert text.startswith("Both")
    assert "calf raises" in text


def test_sore_and_sharp_muscle_is_still_acute() -> None:
    text = _text("sharp pain in my hamstring and it's sore to touch")
    assert text.startswith("Stop")
    assert "Ordinary soreness" not in text


# ---- Pass 2: a niggle building up is not an acute injury; a pet's limp is a vet's question ----------


@pytest.mark.parametrize(
    "question",
    [
        "my shins twinge a bit after my runs lately, what can I do at home to help them",
        "knees twinging slightly after running, what exercises would help",
    ],
)
def test_gradual_twinge_is_not_told_to_stop(question: str) -> None:
    assert not _text(question).startswith(("Stop", "Not yet"))


def test_sudden_twinge_is_still_acute() -> None:
    assert _text(
        "felt a sudden twinge in my hamstring during strides, can I still lift tomorrow?"
    ).startswith(("Stop", "Not yet", "No"))


@pytest.mark.parametrize(
    "question",
    [
        "my dog has been limping after our runs, are there leg exercises for him",
        "our puppy seems stiff in his back legs after parkrun, what can I do",
    ],
)
def test_pet_is_declined_with_vet(question: str) -> None:
    text = _text(question)
    assert "vet" in text
    assert not text.startswith("Stop")


def test_runner_with_dog_is_still_the_runner() -> None:
    assert _text("my dog yanked me over and now my ankle is swollen").startswith("Stop")


# ---- Pass 2: numbness that hasn't worn off is seen today ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "my toes are still numb a couple of hours after leg press",
        "tingling in my foot since this morning's squats, it won't go away",
    ],
)
def test_numbness_that_stays_is_today(question: str) -> None:
    text = _text(question)
    assert text.startswith("Stop and get it checked today")


def test_passing_numbness_keeps_the_plain_check() -> None:
    assert "today" not in _text("pins and needles in my foot during lunges, normal?")


# ---- Pass 2: food words beside furniture; drinks are off-topic ---------------------------------------


def test_coffee_table_is_kit_not_food() -> None:
    text = _text("would a coffee table do for step ups")
    assert "I only know" not in text
    assert "step-up" in text


def test_what_to_drink_after_leg_day_is_declined() -> None:
    assert _text("what should I be drinking after a leg session").startswith("I only know")


# ---- Pass 2: a run and strength work on one day ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "can i go for a jog and do lunges on the same day",
        "is it ok to run and lift weights on one day",
        "could I do my run and some squats the same day",
    ],
)
def test_same_day_run_and_lift_is_yes_easy_day(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert "run first" in text and "hard-run day" in text


def test_same_day_with_a_hard_run_is_no() -> None:
    assert _text("can I do intervals and squats the same day").startswith("No")


# ---- Pass 2: a symptom or a lift described is not the benefits of strength work ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "my achilles tendon hurts when lifting up onto my toes, what should i do",
        "my knee joint clicks when I'm lifting, is that ok",
    ],
)
def test_symptom_is_not_why_strength(question: str) -> None:
    assert "inefficient way to build strength" not in _text(question)


# ---- Pass 2: soreness verdicts that fit the ask -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "sore for four days after each leg session, am I doing too much?",
        "my legs ache for days after lunges, am i overdoing things",
    ],
)
def test_sore_for_days_overdoing_is_not_yes_normal(question: str) -> None:
    text = _text(question)
    assert text.startswith("Possibly")
    assert "12–15" in text


@pytest.mark.parametrize(
    "question",
    [
        "legs stiff after intervals, should I skip the gym today?",
        "calves fried after hill sprints, still do my strength session or bin it?",
    ],
)
def test_sore_from_a_hard_run_skips_todays_strength(question: str) -> None:
    text = _text(question)
    assert text.startswith("Skip it today")
    assert "hard-run day" in text


# ---- Pass 2: hill repeats, the way down and "= strength work" -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "on hill repeats should I sprint back down as well?",
        "do you run hard on the way down the hill too",
    ],
)
def test_sprint_down_the_hill_is_no_jog(question: str) -> None:
    text = _text(question)
    assert text.startswith("No: jog gently back down")


def test_jog_or_walk_down_is_jog() -> None:
    assert _text("for hill repeats, walk back down or jog it?").startswith("Jog")


@pytest.mark.parametrize(
    "question",
    ["hill sprints are strength training, right?", "hill repeats = strength work?"],
)
def test_hills_as_strength_is_yes(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert "resistance training" in text


# ---- Pass 2: balance training, why and whether ----------------------------------------------------------


def test_why_balance_work_is_balance_not_imbalance() -> None:
    text = _text("whats the point of balance exercises if i only care about strength")
    assert "small muscles" in text
    assert "opposing muscles" not in text


def test_does_balance_work_matter_is_yes() -> None:
    assert _text("does balance training actually matter for runners?").startswith("Yes")


# ---- Pass 2: an exercise told or named, "ok for runners?" --------------------------------------------


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "lying on my side and lifting my top leg with an ankle weight, is it worth it?",
            "side-lying hip raise",
        ),
        ("leg press ok for runners?", "Leg press"),
        ("is the hamstring curl machine fine for runners", "Hamstring curl"),
    ],
)
def test_exercise_ok_for_runners_is_yes_first(question: str, name: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert name in text
    assert "runner's knee:" not in text


def test_hip_strengthener_how_is_its_steps() -> None:
    text = _text("how would you do that hip strengthener with the ankle weights?")
    assert text.startswith("Side-lying hip raise: 1)")


# ---- Pass 2: "could weak legs be part of it?" about a pain the article doesn't cover ------------------


def test_weak_legs_part_of_back_pain_leads_with_verdict() -> None:
    text = _text("my lower back hurts after long runs, might weak glutes be the cause?")
    assert text.startswith("It can be")
    assert "bridge" in text and "physio" in text


# ---- Pass 2: single-leg work, yes; "is one side weaker?" stays its own -------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "should I be doing one legged exercises",
        "do i need single-leg work when my right leg is the weaker one",
        "is single leg stuff worth it",
    ],
)
def test_single_leg_work_is_yes_where_you_can(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert "non-dominant" in text or "weaker leg" in text


def test_is_one_side_weaker_keeps_its_own_verdict() -> None:
    assert _text("could my right leg be weaker than my left?").startswith("Quite possibly")


# ---- Pass 2: the runner's own sets and reps, checked against the article's --------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("i do step ups 3x25 with no weight, is that ok", "Not quite"),
        ("2 sets of 14 on the leg press, sound right?", "Yes"),
        ("hamstring curls 4x8 really heavy, is that alright", "A little heavy"),
    ],
)
def test_told_dose_gets_a_verdict(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead)
    assert "12–15" in text


def test_how_many_with_a_dose_is_not_a_check() -> None:
    assert not _text("how many sets of 15 should i do").startswith(("Not quite", "A little heavy"))


# ---- Pass 2: verdicts the body used to contradict ----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("does good form matter more than lifting heavier?", "Yes"),
        ("are heavier weights more important than form", "No"),
        ("which matters more, strict form or more weight?", "Form comes first"),
    ],
)
def test_form_against_weight_verdict_fits_the_order(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead)
    assert "never trade good form" in text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("can i hold on to a wall when i do single leg squats", "Yes"),
        ("is it cheating to rest a hand on the counter for calf raises on one leg", "No"),
    ],
)
def test_holding_on_for_balance(question: str, lead: str) -> None:
    text = _text(question)
    assert text.startswith(lead)
    assert "wobble" in text and "dumbbell" not in text.lower()


def test_runners_knees_plural_is_the_runners_knee_verdict() -> None:
    text = _text("are leg extensions ok for runners knees")
    assert text.startswith("Usually yes")


def test_can_i_use_a_machine_as_a_runner_is_yes() -> None:
    text = _text("could I use the hamstring curl machine as a runner")
    assert text.startswith("Yes") and "Hamstring curl" in text


def test_plyo_drills_named_first_then_good_for_is_yes() -> None:
    text = _text("bounding and box jumps, good for my finishing kick?")
    assert text.startswith("Yes") and "explosive power" in text


# ---- Pass 2: either/or asks get a pick, not a "No" ----------------------------------------------------


def test_lift_then_run_or_run_then_lift_is_run_first() -> None:
    assert _text("squats then a jog, or a jog then squats?").startswith("Run first")


def test_fast_or_slow_reps_is_slow() -> None:
    assert "Slow" in _text("do I lift quick or slow on the leg press")[:20]


@pytest.mark.parametrize(
    "question",
    ["would dumbbells be better than the machines for me", "should I do dumbbells instead of machines"],
)
def test_dumbbells_against_machines_is_both(question: str) -> None:
    text = _text(question)
    assert text.startswith("Machines first, then free weights")
    assert "No dumbbells?" not in text


# ---- Pass 2: "can I use X instead of Y?" is the article's stand-in, with its yes ----------------------


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("could I use a sturdy chair instead of a bench", "chair"),
        ("can i use our stairs instead of a step", "stair"),
        ("can I use a kitchen chair instead of a box for step-ups", "chair"),
    ],
)
def test_stand_in_kit_is_yes(question: str, says: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert says in text
    assert not text.startswith("No ")


# ---- Pass 2: more acute wordings lead with stop + see someone ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "my calf seized and then it felt like a knife going in, still ok to run tomorrow?",
        "came down awkwardly off the step and my ankle's gone black and blue",
        "my hamstring felt like it snapped on the bend, should I stretch it out",
        "calf grabbed on me halfway round the loop, had to pull up and walk",
        "knee cap popped out for a second on a lunge then went back",
        "can't put my foot down on the floor since this morning's run",
    ],
)
def test_more_acute_wordings_start_with_stop(question: str) -> None:
    text = _text(question)
    assert text.startswith(("Stop", "Not yet. Stop"))
    assert "doctor" in text or "physio" in text


def test_a_toenail_gone_purple_is_still_foot_care() -> None:
    assert "podiatrist" in _text("big toenail turned purple after my long run")


@pytest.mark.parametrize(
    "question",
    [
        "what helps me avoid straining a calf on hills",
        "how can I reduce the risk of tearing a hamstring",
        "how do I stay sharp in the last mile of a race",
        "my weekly plan feels broken, where do strength days fit",
    ],
)
def test_injury_words_that_are_not_an_injury_now(question: str) -> None:
    assert not _text(question).startswith(("Stop", "Not yet"))


def test_a_pull_while_avoiding_something_is_still_acute() -> None:
    assert _text("strained my quad yesterday avoiding a cyclist, what should I do").startswith("Stop")


# ---- Pass 2: knees in / hip drop + "is something weak?" -----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "a video of me running shows my knees rolling inward, is something weak",
        "when I run my knees knock together, is a muscle too weak?",
    ],
)
def test_knees_in_or_hip_drop_is_weakness_yes(question: str) -> None:
    text = _text(question)
    assert text.startswith("Yes")
    assert "side-lying hip raise" in text
    assert text.count("knees that drift inward") == 1


# ---- Pass 2: an old injury, healed, and the worry it comes back ---------------------------------------


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "rolled my ankle badly two years ago, all fine now, how do I stop it happening again?",
            "calf raises",
        ),
        ("had achilles trouble last year, healed now but worried it'll come back", "calf raises"),
    ],
)
def test_old_healed_injury_worry_is_keep_it_strong(question: str, says: str) -> None:
    text = _text(question)
    assert text.startswith("Good that it's healed")
    assert says in text
    assert "no hopping or jumping until running feels normal" not in text


def test_weeks_ago_is_not_weeks_of_lifting() -> None:
    assert (
        "a week off strength work once a month"
        not in _text("tweaked my groin 5 weeks ago, it's fine now, can I do leg day again?").split("\n")[0]
    )


# ---- Pass 2: texts: no "No two dumbbells?", a yes for an exercise without its kit ---------------------


def test_lunges_without_dumbbells_is_one_clean_yes() -> None:
    text = _text("could I do lunges without any dumbbells")
    assert text.startswith("Yes")
    assert "No two dumbbells" not in text and text.count("No dumbbells?") <= 1


# ---- Pass 2: more either/or picks between the article's options ---------------------------------------


@pytest.mark.parametrize(
    ("question", "lead", "says"),
    [
        ("for lazy glutes, the bridge or side lying hip raises?", "Both", "lead with the bridge"),
        ("skipping drills or line hops, which do I start with?", "Line hops first", "skipping"),
        ("quad extensions or the leg press, which is better for my knees", "Both", "hamstring curls"),
    ],
)
def test_more_either_or_picks(question: str, lead: str, says: str) -> None:
    text = _text(question)
    assert text.startswith(lead)
    assert says in text


# ---- Pass 2: skip one exercise, kit for one exercise, sore and lifting, machine or free weight ---------


def test_skip_one_exercise_is_yes_an_option() -> None:
    text = _text("could I just skip the wall squat")
    assert text.startswith("Yes") and "one option" in text


def test_need_kit_for_an_exercise_is_not_strictly() -> None:
    text = _text("will I need ankle weights for the side lying hip raise")
    assert text.startswith("Not strictly") and "no weight at all" in text


def test_lift_while_a_bit_sore_is_yes_light() -> None:
    text = _text("can I train if my legs are still a little achy from sunday")
    assert text.startswith("Yes") and "light" in text
    assert "Lying leg lift" not in text


def test_leg_press_is_not_a_free_weight() -> None:
    assert _text("is the hamstring curl a free weight").startswith("No")


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("my knees ache on the leg press, am I doing something wrong?", "leg press"),
        ("knees are sore doing one legged squats, is my technique bad", "one-legged squat"),
    ],
)
def test_ache_on_an_exercise_am_i_doing_it_wrong(question: str, cue: str) -> None:
    text = _text(question)
    assert text.startswith(("Possibly", "Check these first"))  # (dialogue's form check, or this verdict)
    assert cue in text.lower() and "physio" in text


def test_sharp_pain_on_an_exercise_is_still_stop() -> None:
    assert _text("sharp pain in my knee on step ups, is my form wrong").startswith("Stop")


def test_weights_overhead_is_yes_with_the_article_grip() -> None:
    text = _text("could I keep the dumbbells above my head when I lunge")
    assert text.startswith("Yes")
    assert "at your sides or over your head" in text
    assert "done with them" not in text


def test_why_sore_after_a_session_is_because_not_yes() -> None:
    text = _text("why are my quads so stiff the day after squats")
    assert text.startswith("Because") and "recover" in text
