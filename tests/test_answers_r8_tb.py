"""Round 8, tuner tb: multi-part and long messages, follow-ups in context (own wordings, not the dev rows)."""

from __future__ import annotations

import re

import pytest

import content


def answer(message: str, prev: str | None = None) -> str:
    last = content.answer(prev).context if prev else None
    return content.answer(message, last).text


# A second ask about the end of the session ("once I'm done", "when I finish") after the warm-up:
# the stretch after, not the warm-up again.
@pytest.mark.parametrize(
    "message",
    [
        "do i have to warm up before lifting, and what do i do once i'm done?",
        "how should i warm up? and what about when i'm finished",
        "whats a good warm up for leg day and what do i do when i finish",
        "is a warm up needed before squats, and anything once the session is over?",
    ],
)
def test_warm_up_then_the_end_of_the_session(message: str) -> None:
    text = answer(message)
    assert "stretch" in text.split("\n\n")[-1].lower()
    assert "Never skip the warm-up" not in text.split("\n\n")[-1]


# Two injuries in one message: a caution line leading the second part's reply is not a reason to
# drop that part's answer.
@pytest.mark.parametrize(
    ("message", "second"),
    [
        ("what helps runner's knee? and is there anything for shin splints too", "calf raise"),
        ("anything for runners knee? is there something for shin splints as well", "calf raise"),
        ("what should i do for weak hips, and is there anything for runner's knee as well?", "hamstring"),
    ],
)
def test_second_injury_not_dropped(message: str, second: str) -> None:
    parts = answer(message).split("\n\n")
    assert len(parts) == 2
    assert second in parts[1]


# The dose asked three ways in one message is said once, not twice over.
@pytest.mark.parametrize(
    "message",
    [
        "how heavy should i go, how many reps and how many sets",
        "how heavy, how many sets, how many reps?",
        "how much weight, and how many reps should i do",
    ],
)
def test_dose_said_once(message: str) -> None:
    text = answer(message)
    assert text.count("12 to 15") + text.count("12–15") == 1


# Rest between sets (not the monthly week off), alone or as one part of a message.
@pytest.mark.parametrize(
    "message",
    [
        "how long rest between sets?",
        "how heavy, how many reps, and how long rest between sets?",
        "whats the rest time between sets",
        "how much of a break between each set",
        "how long do i wait between rounds?",
    ],
)
def test_rest_between_sets(message: str) -> None:
    text = answer(message)
    assert "between sets" in text
    assert "week off" not in text


def test_rest_between_sessions_still_sessions() -> None:
    text = answer("how much rest between leg sessions?")
    assert "between sets" not in text


# A long message's last worry about speed or bulk ("and will it make me slower?") is answered, not
# swallowed by the timing the first ask got.
@pytest.mark.parametrize(
    "message",
    [
        "i run 4x a week, long run sunday. how should i fit strength in, and will it actually make me "
        "slower?",
        "how often should i lift? and won't that slow me down",
        "tempo on tuesdays and a long run saturday. when should i lift, and is it going to make me bulky?",
        "where do leg days go in my week, and would all that make my legs heavy?",
    ],
)
def test_slower_worry_answered(message: str) -> None:
    text = answer(message)
    assert "won't bulk you up or slow you down" in text
    assert len(text.split("\n\n")) >= 2


def test_slower_alone_is_still_no() -> None:
    assert answer("will it make me slower?").startswith("No")


# A strength session told on a race's eve, and whether to keep it: skip it or move it (not a home
# routine, not the skipping drill); a session clear of the eve is kept.
@pytest.mark.parametrize(
    "message",
    [
        "10k race this sunday and my legs session is always saturday morning. do it as normal or skip?",
        "half marathon on sunday and i always do legs on saturday. should i still do them?",
        "parkrun saturday, leg day is friday. ok to keep it or should i skip?",
        "race on sunday and my gym day is saturday, what should i do?",
    ],
)
def test_session_on_race_eve(message: str) -> None:
    text = answer(message)
    assert "day before your race" in text
    assert "Skipping:" not in text and "•" not in text
    assert not text.startswith("Yes")


@pytest.mark.parametrize(
    "message",
    [
        "10k on sunday, i lift on wednesday. should i still do it?",
        "marathon on sunday, i do squats on thursdays, can i keep doing them that week?",
    ],
)
def test_session_clear_of_race_eve(message: str) -> None:
    assert answer(message).startswith("Yes")


# "is that ok if I'm new?" after a rule or a list of exercises: yes, and how a beginner starts it.
@pytest.mark.parametrize(
    ("prev", "message"),
    [
        ("how many times a week should i lift", "is that ok if im new"),
        ("how often do runners do leg strength", "is that fine for a beginner?"),
        ("what are the best glute exercises", "would that work if i'm completely new to this"),
        ("what can i do at home for my quads", "is that ok for someone who's never lifted?"),
        ("how often should i do strength training", "ok for beginners?"),
    ],
)
def test_beginner_check_follow_up(prev: str, message: str) -> None:
    text = answer(message, prev)
    assert text.startswith("Yes")
    assert "one or two sets" in text


def test_too_much_for_a_beginner_is_not_a_bare_yes() -> None:
    assert not answer("is it too much for a beginner", "how often should i do strength training").startswith(
        "Yes"
    )


# "what about the other leg?" after a one-sided exercise: its switch step, not the card again.
@pytest.mark.parametrize(
    ("prev", "message", "step"),
    [
        ("how do i do the hip exercise with ankle weights", "what about the other leg", "turn over"),
        ("how do i do a one legged squat", "and the other side?", "switch"),
        ("how do i do lunges", "what about my other leg?", "left leg"),
        ("how do i do hamstring push-ups", "ok and the other leg", "other leg"),
    ],
)
def test_other_leg_follow_up(prev: str, message: str, step: str) -> None:
    text = answer(message, prev)
    assert text.startswith("Same again on the other side")
    assert step in text.split("\n")[0]


# The claim that runners needn't lift ("pointless, we run enough"), told and then "is he wrong?" /
# "is that true?", or asked straight: the verdict on the claim, then why runners lift.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "I run 70 miles a week. A clubmate says strength training is pointless for us because we already "
            "do more leg work than anyone in a gym. Is he wrong?",
            "He's wrong",
        ),
        ("my club mates say weights are useless for distance runners. are they wrong?", "They're wrong"),
        ("my mate reckons lifting is a waste of time for runners. is that true?", "No"),
        ("isnt lifting a waste of time for marathoners?", "No"),
        ("is running all the leg work i need?", "No"),
    ],
)
def test_needless_claim(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead)
    assert "inefficient way to build strength" in text


# Lifting to the limit with form giving way, and "am I overdoing it?": yes, the article's load.
@pytest.mark.parametrize(
    "message",
    [
        "i squat as heavy as i can, 4 or 5 reps to failure, and my form gets ugly by the end. am i "
        "overdoing it?",
        "3x a week i go to failure on leg press and my form is sloppy on the last set, legs dead for my "
        "race. "
        "is that too much?",
        "i max out on squats every leg day and honestly my form falls apart. am i overtraining?",
    ],
)
def test_to_failure_with_bad_form(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes")
    assert "good form" in text.lower()
    assert "12–15" in text
    assert "normal" not in text


# The worry told as a statement ("I'm wondering if I'm overdoing it"), months without a break, feeling
# flat, and an open ask: the week off, not "no need to change".
@pytest.mark.parametrize(
    "message",
    [
        "legs twice a week for eight months straight, never skipped. i feel flat on every run. i think i'm "
        "overdoing it. what should i change?",
        "been lifting 3 days a week for months without a break and my legs are always heavy. i'm "
        "wondering if "
        "it's too much. should i do something different?",
    ],
)
def test_overdo_worry_told(message: str) -> None:
    assert "week off" in answer(message)


# "will squats help me on hills?": the verdict first, and what the move works.
@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("will doing lunges actually make me better on hills?", "lunge"),
        ("do step ups help with climbing?", "step-up"),
        ("would calf raises make the climbs easier?", "calf raise"),
        ("could squats help my uphill running", "squat"),
    ],
)
def test_move_helps_on_hills(message: str, move: str) -> None:
    text = answer(message)
    assert text.startswith("Yes")
    assert move in text.split("\n")[0]


# A piece of household kit for a named exercise: yes when its kit or stand-ins say it, no stray card.
@pytest.mark.parametrize(
    ("message", "kit"),
    [
        ("can i just do calf raises on the bottom stair at home", "stair"),
        ("can i do step ups on my stairs", "stair"),
        ("is a kitchen chair ok for hamstring push ups", "chair"),
        ("can i do hamstring push ups with a swiss ball", "ball"),
        ("could i do box hops onto the bottom step", "step"),
    ],
)
def test_household_kit_for_an_exercise(message: str, kit: str) -> None:
    text = answer(message)
    assert text.startswith("Yes")
    assert kit in text.split("\n")[0]
    assert "Gluteal" not in text and "good one for runners" not in text


# "is <one exercise> enough on its own?" named in the ask itself (not only after it): no, and why.
@pytest.mark.parametrize(
    "message",
    [
        "is the leg press enough on its own? and what does full range of motion mean",
        "are calf raises alone enough for my legs?",
        "is doing just lunges by itself enough",
    ],
)
def test_one_exercise_alone_enough(message: str) -> None:
    text = answer(message)
    assert text.startswith("No")
    assert "several muscle groups" in text


# "do I really/even/actually need X for <exercise>?" is the kit question, not whether it's a good one.
@pytest.mark.parametrize(
    "message",
    [
        "do i really need the ball for wall squats? also what's the rule about knees and toes",
        "do i even need a bench for step ups",
        "do i actually need a chair for hamstring push ups?",
    ],
)
def test_really_need_kit(message: str) -> None:
    text = answer(message)
    assert text.startswith("Not strictly")
    assert "good one for runners" not in text


# What a gym adds over home training: isolation, added resistance, variety, motivation (not a home list).
@pytest.mark.parametrize(
    "message",
    [
        "what does the gym actually give me that home workouts dont? and is the treadmill any use",
        "what's the advantage of a gym over my living room?",
        "what are the benefits of joining a gym if i can train at home?",
        "what would a gym add for me",
    ],
)
def test_what_the_gym_adds(message: str) -> None:
    text = answer(message)
    assert "muscle groups" in text.split("\n")[0]
    assert "calisthenics" not in text


# ", and if I join one, what should I start on?": a conditional second ask is its own part (the machines).
@pytest.mark.parametrize(
    "message",
    [
        "is gym better than training at home, and if i join one what should i start on",
        "should i lift at home or in a gym, and if i sign up which machines do i start with",
        "if i join a gym what should i start on",
    ],
)
def test_conditional_second_ask_gym_start(message: str) -> None:
    text = answer(message)
    assert "hamstring curl" in text
    assert "machines" in text


def test_if_so_stays_with_its_ask() -> None:
    from content.asks import split_asks

    # (r15 ya) ", and if so how much" is now an ask of its own and answered (the dose), where the one ask
    # left "how much" unanswered; "if so" still never stands alone as an ask
    asks = split_asks("is it ok to lift the day after a long run, and if so how much")[0]
    assert len(asks) <= 2
    assert not any(a.strip(" ,?").lower() in ("if so", "and if so") for a in asks)


# "is a break going to undo everything?": no first, then the monthly week off.
@pytest.mark.parametrize(
    "message",
    [
        "ten weeks of lifting with no break, legs flat lately. is a break going to undo everything?",
        "is a break going to undo all my work?",
        "will i lose my gains if i take a deload week?",
        "would a week off set me back?",
    ],
)
def test_break_undo(message: str) -> None:
    text = answer(message)
    assert text.startswith("No")
    assert "once a month" in text


# Strength work in the weeks before a race ("the run-up", "race week", "taper"): keep it light and
# familiar, off hard-run days, none the day before (not a routine from scratch).
@pytest.mark.parametrize(
    ("message", "yes"),
    [
        (
            "running a 10k in 3 weeks, two leg sessions a week since spring. worried about heavy legs on the "
            "day. what should i do in the run-up, especially race week?",
            False,
        ),
        ("half marathon in a month. how should i handle leg work during my taper?", False),
        ("10k in 3 weeks. do i keep lifting during race week?", True),
        ("what should i do for strength in race week before my 5k?", False),
    ],
)
def test_race_run_up(message: str, yes: bool) -> None:
    text = answer(message)
    assert text.startswith("Yes") == yes
    assert "day before the race" in text
    assert "•" not in text


# "does the order matter?" with a run and a lift told: run first; "is that too much?" after it: how often.
@pytest.mark.parametrize(
    "message",
    [
        "i run to work mon wed fri and want to do legs at lunch those days. does the order matter?",
        "i run and lift on tuesdays. does the order matter?",
        "easy run and leg day on the same day, which comes first?",
        "gym and a 5k jog on saturday - does it matter which i do first?",
    ],
)
def test_order_of_run_and_lift(message: str) -> None:
    # (with their days told, content/week.py's "It does, and yours is right: the run comes first")
    text = answer(message)
    head = text.split("\n")[0].lower()
    assert text.startswith(("Run first", "It does")) and ("run first" in head or "run comes first" in head)


def test_exercise_order_is_not_the_run_order() -> None:
    assert not answer("which order should i do my exercises in").startswith("Run first")


def test_too_much_after_run_first_is_how_often() -> None:
    text = answer(
        "i run commute mon wed fri and lift at lunch those days. does the order matter and is that too much?"
    )
    # (the order first, then how often: their three days against the article's twice, sometimes three)
    head, rest = text.split("\n", 1)
    assert "run comes first" in head or head.startswith("Run first")
    assert "twice a week" in rest.lower()


# A sprinter's start ("more pop out of the blocks"): plyometrics for explosive power, then strength moves.
@pytest.mark.parametrize(
    "message",
    [
        "200m runner here, slow out of the blocks and my coach wants more pop. what leg work would help "
        "my start?",
        "800m runner with a weak race start. what strength work would help my start?",
        "how do i get more power for sprint starts",
    ],
)
def test_sprint_start(message: str) -> None:
    text = answer(message)
    assert "explosive start" in text
    assert "line hops" in text and "lunges" in text


@pytest.mark.parametrize(
    "message", ["how do I build explosive power", "what do I do at the start and the end of a session"]
)
def test_not_a_sprint_start(message: str) -> None:
    assert "sprinters" not in answer(message)


# "... and do <something>" is the verb, not a second question; "and do I ..." still splits.
@pytest.mark.parametrize(
    "message",
    [
        "can i run and do strength on the same day or does it cancel out",
        "is it ok to go for a run and do legs after?",
        "can i run in the morning and do my leg workout on the same day?",
    ],
)
def test_and_do_is_the_verb(message: str) -> None:
    from content.asks import split_asks

    assert len(split_asks(message)[0]) == 1
    text = answer(message)
    assert not text.startswith("No") and "run first" in text.lower()


def test_and_do_i_still_splits() -> None:
    from content.asks import split_asks

    assert len(split_asks("how do i do lunges and do i need weights?")[0]) == 2


# A week told with a race months away, "which days should I fit it into, and what do I start with?":
# their own days (not the taper), then the gym's first stop when a gym was told.
@pytest.mark.parametrize(
    "message",
    [
        "marathon in 16 weeks. intervals tuesday, tempo thursday, long run saturday, easy runs otherwise. "
        "i have "
        "a gym i never use. which days should i fit leg strength into, and what should i even start with?",
    ],
)
def test_days_then_gym_start(message: str) -> None:
    # (their easy days, the hard ones kept free: "Not Tuesday, ..." or "Put them on easy days: ...")
    parts = answer(message).split("\n\n")
    assert "easy day" in parts[0] and re.search(r"\bTue", parts[0])
    assert "taper" not in parts[0]
    assert "hamstring curl" in parts[-1]


# "what should I be careful of / watch out for?" about strength work in general: the article's cautions.
@pytest.mark.parametrize(
    "message",
    [
        "any mistakes to avoid when lifting?",
        "what should i watch out for when i start strength training",
        "i'm 58 and new to the gym. is that sensible at my age and what should i be careful of?",
    ],
)
def test_what_to_be_careful_of(message: str) -> None:
    text = answer(message)
    assert "slow and controlled" in text and "hold your breath" in text
    assert "young runners" not in text and "teenagers" not in text


def test_avoid_days_is_not_the_cautions() -> None:
    assert "slow and controlled" not in answer("should I avoid lifting before races and on hard run days")


# "what would you prioritise?" with little time: a few moves that work several big groups.
@pytest.mark.parametrize(
    "message",
    [
        "i barely have 20 minutes. is it even worth it, and what would you prioritise?",
        "what matters most for leg strength if i'm short on time?",
        "two short sessions a week is all i get. what should i prioritise?",
    ],
)
def test_priorities(message: str) -> None:
    text = answer(message)
    # (a few moves led by the one-legged squat; with the minutes told and "is it worth it?", the yes and
    # a short routine for those minutes, content/plan.py's, does the same job)
    assert "several big muscle groups" in text or (text.startswith("Yes") and "A short leg routine" in text)
    assert "one-legged squat" in text.lower()


# Both ends of a session asked at once: the warm-up and the stretch after (not a routine of exercises).
@pytest.mark.parametrize(
    "message",
    [
        "i just walk in and start on the leg press. what should the start and end of a session look like?",
        "what do i do before and after a leg session?",
        "what's the right warm up and cool down for leg day?",
    ],
)
def test_both_ends_of_a_session(message: str) -> None:
    text = answer(message)
    assert text.startswith("Start:") and "\nEnd:" in text
    assert "•" not in text


def test_stretching_before_and_after_keeps_its_verdict() -> None:
    assert answer("stretching before and after a workout?").startswith("Both")


# "which days should I do legs?" with no week told: how to pick the days (not "not sure").
@pytest.mark.parametrize(
    "message",
    ["which days should i do legs", "what days are best for leg day", "best days for legs?"],
)
def test_which_days_without_a_week(message: str) -> None:
    text = answer(message)
    assert text.startswith("Two easy days")
    assert "not sure" not in text


def test_which_days_then_bulk_answers_both() -> None:
    parts = answer("which days should i do legs and is it going to make me bulky?").split("\n\n")
    assert parts[0].startswith("Two easy days")
    assert "bulk" in parts[1]


# ---- pass 2 ----------------------------------------------------------------------------------------


# Two exercises named as a choice, with "which one" or "if I can only do one": the either/or verdict,
# not the gym-starter machines nor a third exercise neither option named.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("leg press or lunges, which one should I do", "Lunges have the edge"),
        ("lunges vs the leg press, which one?", "Lunges have the edge"),
        ("curl machine or hamstring push ups, which one", "Both work the hamstrings"),
        ("if i can only do one, step ups or lunges?", "Step-ups, if it's only one"),
        ("step-ups or lunges if i only have time for one", "Step-ups, if it's only one"),
    ],
)
def test_either_or_reaches_the_verdict(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead)
    assert "Start with the quadriceps extension" not in text
    assert "The one-legged squat (our pick" not in text


# "X or Y? which is better": the second ask only asks for the first one's verdict; said once, no card.
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("squats or lunges? which is better", "Both work the quads and glutes"),
        ("leg press or lunges? Which one should I do?", "Lunges have the edge"),
        ("hills or flat intervals? which builds more strength?", "Hills, for leg strength"),
        ("walking lunges or the normal ones? does it matter", "Either"),
    ],
)
def test_choice_then_which_is_one_ask(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead)
    assert "\n\n" not in text
    assert "1) " not in text


# Back from an injury that is only better now: no "Good that you're cleared" unless someone cleared them.
@pytest.mark.parametrize(
    "message",
    [
        "tweaked my hamstring last spring, fine now, what should i do for it",
        "had a pulled hamstring a while ago but it's better now, which exercises for my hamstrings?",
    ],
)
def test_better_now_is_not_cleared(message: str) -> None:
    text = answer(message)
    assert "cleared" not in text
    assert "Hamstring push-up" in text


def test_cleared_by_a_physio_is_still_said() -> None:
    text = answer("my physio gave me the all clear after a stress fracture, what works my hips?")
    assert text.startswith("Good that you're cleared")


# A muscle and "anything I can do (at home)?": yes, and that muscle's moves with a dose, not what
# the muscle does in running.
@pytest.mark.parametrize(
    ("message", "move"),
    [
        ("my hamstrings are the weak link, is there anything I could do at home", "hamstring push-up"),
        ("tight calves after every tempo, should i be doing something for them?", "calf raise"),
        ("hammies feel weak. anything i could try?", "hamstring push-up"),
    ],
)
def test_muscle_anything_to_do_lists_moves(message: str, move: str) -> None:
    text = answer(message)
    assert move in text.lower()
    assert "2–3 sets" in text or "12–15" in text
    assert "In running" not in text and "travels forward" not in text


def test_home_muscle_moves_leave_out_the_machines() -> None:
    text = answer("my hamstrings are the weak link, is there anything I could do at home")
    assert "curl" not in text.split("\n")[0]


# "harder version?" after where to start with plyos: the later steps, not the start repeated.
@pytest.mark.parametrize("follow", ["harder version?", "how do i make it tougher", "and once that's easy?"])
def test_plyo_harder_after_the_start(follow: str) -> None:
    text = answer(follow, "how do i get started with plyometrics")
    assert text.startswith("Move on through")
    assert "skipping" in text


# Where the dumbbells go in a lunge, asked after (or with) its steps: sides or overhead, both allowed.
@pytest.mark.parametrize(
    ("message", "prev"),
    [
        ("how do i do walking lunges, and can i hold the dumbbells above my head?", None),
        ("could I hold the weights overhead?", "how do i do a walking lunge"),
    ],
)
def test_lunge_weights_overhead(message: str, prev: str | None) -> None:
    text = answer(message, prev)
    assert "over your head" in text
    assert "done with them" not in text


# "is that ok if I'm new?" after an injury's exercises: yes, those moves, eased into (not the card again).
@pytest.mark.parametrize(
    ("prev", "follow"),
    [
        ("what helps shin splints", "is that ok if i've only just started running"),
        ("exercises for runner's knee?", "fine for a complete beginner?"),
        ("what should i do about weak hips", "is that ok for a total beginner"),
    ],
)
def test_beginner_after_an_injury(prev: str, follow: str) -> None:
    text = answer(follow, prev)
    assert text.startswith("Yes: the ")
    assert "beginner" in text
    assert "I can't diagnose it" not in text


# "why?" after a yes/no on a technique rule about an exercise: that rule's reason, not the exercise.
@pytest.mark.parametrize(
    ("prev", "follow"),
    [
        ("do i lock out my knees at the top of a step up?", "why tho"),
        ("should my knees go fully straight on the leg press", "how come?"),
    ],
)
def test_why_after_a_rule_verdict_on_an_exercise(prev: str, follow: str) -> None:
    text = answer(follow, prev)
    assert "joint" in text
    assert "It works the quads" not in text


# A short either/or tacked on with ", and ...": its own ask, answered after the first.
@pytest.mark.parametrize(
    ("message", "second"),
    [
        ("do I breathe in or out when stepping up onto the bench, and fast or slow?", "slow and controlled"),
        ("how low should wall squats go, and quick or slow?", "slow and controlled"),
        ("how many sets of calf raises, and one leg or two?", "One leg is harder"),
    ],
)
def test_trailing_either_or_is_answered(message: str, second: str) -> None:
    parts = answer(message).split("\n\n")
    assert len(parts) >= 2
    assert second.lower() in parts[1].lower()


def test_trailing_either_or_does_not_split_a_verb_choice() -> None:
    from content.asks import split_asks

    assert len(split_asks("can i run and then lift or should i rest?")[0]) == 1


# "what about <another day kind>?" after the race-eve verdict: that day's rule, not the eve again.
@pytest.mark.parametrize(
    ("message", "prev"),
    [
        ("can I squat the day before my 10k? and what about on tempo days", None),
        ("what about on interval days?", "is lifting the day before a race ok"),
    ],
)
def test_what_about_another_day_kind(message: str, prev: str | None) -> None:
    text = answer(message, prev)
    last = text.split("\n\n")[-1]
    assert "hard run" in last or "hard-run" in last


def test_what_about_days_before_stays_on_the_race() -> None:
    assert "day before a race" in answer("what about two days before?", "is lifting the day before a race ok")


# "what plyos should I do?": the drills in order, not what plyometrics are; a beginner check after
# plyos: start easy with line hops (no "resistance" for hops).
@pytest.mark.parametrize(
    "message",
    ["what plyos should i do", "which jumping drills are good for runners", "what plyo moves should I try"],
)
def test_which_plyos_lists_the_drills(message: str) -> None:
    text = answer(message)
    assert "line" in text and "box" in text
    assert not text.startswith("Plyometrics are")


def test_plyo_beginner_check_starts_with_line_hops() -> None:
    text = answer("what jump drills should i do and are they ok for a newbie?")
    assert "line hops first" in text.split("\n\n")[-1]
    assert "resistance" not in text


# How to keep the knees safe on a named (or just discussed) exercise: its knee cues, no injury card.
@pytest.mark.parametrize(
    ("message", "prev", "cue"),
    [
        ("is the leg press any good for runners, and how do i not wreck my knees on it", None, "lock"),
        ("how do i keep my knees happy on step ups?", None, "lock"),
        ("how do i protect my knees?", "how do i do wall squats", "in front of your toes"),
    ],
)
def test_knee_safety_on_an_exercise(message: str, prev: str | None, cue: str) -> None:
    text = answer(message, prev)
    assert cue in text
    assert "For runner's knee" not in text


# A follow-up ask a situational reply already answered ("...and what should I watch out for?" after a
# reply that listed what to watch): not a second, reworded list.
def test_watch_out_not_said_twice() -> None:
    text = answer(
        "I'm 66 and run three mornings a week, knees a little stiff but no pain. My son wants me on the "
        "machines at his gym. Is that wise at my age and what should I look out for?"
    )
    assert text.count("slow") <= 2
    assert "Keep every rep slow and controlled, with no bouncing" not in text


# "who's right, and what should I actually do?": the verdict with its dose is the answer to both;
# no bulk line or unrelated card pointer under it.
@pytest.mark.parametrize(
    "message",
    [
        "my running buddy says light weights and high reps only, my coach says heavy. who's right, and what "
        "should i actually do?",
        "gym bro says heavy, my pilates friend says 3x30 light to stay lean. who is right and what do i "
        "do then?",
    ],
)
def test_who_is_right_then_what_to_do(message: str) -> None:
    text = answer(message)
    assert "12–15" in text
    assert "bulk" not in text
    assert "/exercise" not in text


# Light weights for many reps, and "is this set up right?": not quite, the article's load; legs that
# never recover on three days a week: fewer sessions.
@pytest.mark.parametrize(
    "message",
    [
        "i do legs 3 times a week with light dumbbells, 3 sets of 25 each. legs always wrecked. is my "
        "routine ok?",
        "my set up: light weights, 4x20 on everything, three days a week, and my runs feel sluggish. "
        "am i doing it wrong?",
    ],
)
def test_light_high_reps_routine_judged(message: str) -> None:
    text = answer(message)
    assert text.startswith("Not quite")
    assert "12–15 reps" in text
    assert "twice a week" in text
    assert "bulk" not in text


# "which muscles matter most, and one exercise for each?": the muscles once, then one move each.
@pytest.mark.parametrize(
    "message",
    [
        "what are the main muscles for running and one exercise for each?",
        "which muscles are most important for runners, and the best exercise for each one",
    ],
)
def test_muscles_with_one_exercise_each(message: str) -> None:
    text = answer(message)
    assert "hamstring push-up" in text and "calf raise" in text and "bridge" in text
    assert text.count("quads") <= 2


def test_one_exercise_each_after_the_muscles() -> None:
    text = answer("and one move for each of them?", "which muscles does running use")
    assert text.startswith("The main ones")
    assert "side-lying hip raise" in text


# A yes/no about doing it fast ("sprint back down?") whose fact says the slow way: "No", not "Yes".
@pytest.mark.parametrize(
    ("message", "prev"),
    [
        ("how many hill reps, and do i sprint back down?", None),
        ("should i race back down the hill?", "how do hill repeats work"),
    ],
)
def test_fast_asked_slow_said_is_no(message: str, prev: str | None) -> None:
    last = answer(message, prev).split("\n\n")[-1]
    assert last.startswith("No")
    assert "Yes" not in last


# A gym membership being weighed: the reply says one isn't needed to start, and what a gym adds.
@pytest.mark.parametrize(
    "message",
    [
        "will lifting make me a faster runner? thinking about joining a gym",
        "is strength work worth it for a 5k runner? before i splash out on a gym membership",
    ],
)
def test_membership_decision_is_answered(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes")
    assert "membership" in text and "home" in text


# "should I go heavier?": yes, within reason (heavier with fewer reps, 12–15 good reps); not the gym's
# perks, not "No." over a text that says heavier. "As heavy as possible" / to failure stays a no.
@pytest.mark.parametrize(
    "message",
    [
        "should i be lifting heavier at the gym?",
        "is it worth going heavier on my lunges?",
        "800m runner, plyos twice a week. should i lift heavier weights too?",
    ],
)
def test_go_heavier_is_yes_within_reason(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes, within reason")
    assert "12–15" in text


@pytest.mark.parametrize(
    "message",
    [
        "should i go as heavy as possible",
        "is it ok to go heavier in race week",
        "can heavy lifting bulk me up",
    ],
)
def test_not_go_heavier(message: str) -> None:
    assert not answer(message).startswith("Yes, within reason")


# "should I do single-leg work, and how would I set that up?": yes first, then the one-legged moves
# with a dose (not the fit-around-running text); hills told in the background don't make "one-legged"
# a follow-up about hill repeats.
@pytest.mark.parametrize(
    "message",
    [
        "my left leg is the weak one. should i be doing single leg work, and how do i set it up?",
        "rolled my ankle badly a while back, fine now but that leg is weaker and i feel it on hills. "
        "should i "
        "do one-legged stuff and how would i set that up?",
    ],
)
def test_single_leg_then_setup(message: str) -> None:
    text = answer(message)
    assert re.search(r"\bYes\b", text.split("\n")[0] + text.split("\n")[-1]) or "Yes" in text
    assert "Pick a moderate slope" not in text
    assert "one-legged" in text.lower() or "single-leg" in text.lower()
    assert "12–15" in text


def test_setup_after_one_legged_followup() -> None:
    text = answer("how would i set that up?", "are single leg exercises better for runners")
    assert text.startswith("Set it up like this")


# An either/or about how to do a move ("on the floor or off a step, does it matter?"): the verdict,
# not a form check's "Yes, avoid it".
@pytest.mark.parametrize(
    "message",
    [
        "calf raises on the floor or off a stair edge, does it make any difference",
        "calf raises flat on the ground or on the edge of a step - does it matter?",
    ],
)
def test_either_or_form_question_gets_the_verdict(message: str) -> None:
    text = answer(message)
    assert text.startswith("A step")
    assert "avoid it" not in text


# A short slot told with "what can I fit in?": the plan for that time, said once (no second time line).
@pytest.mark.parametrize(
    "message",
    [
        "10 minutes free at lunch most days, what's the best leg work i can fit in",
        "only got 12 min in the evening, what could i squeeze in for my legs?",
    ],
)
def test_short_slot_plan_said_once(message: str) -> None:
    text = answer(message)
    assert "\n\n" not in text
    assert "Machines target single muscles" not in text
    assert text.count("15 to 20") <= 1


# "are step ups good?": the step in "step-ups" is no household kit (not "a step that won't slide").
@pytest.mark.parametrize(
    "message", ["are step ups good for runners", "is a step up worth doing for runners?"]
)
def test_step_ups_are_not_kit(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes")
    assert "won't slide or tip" not in text


# "do I need weights for lunges?": not strictly (bodyweight works); an exercise's name is said once in
# a two-part reply even after a verdict.
def test_need_weights_for_lunges() -> None:
    text = answer("do you need dumbbells for lunges, and how low should i go?")
    assert text.startswith("Not strictly")
    assert text.count("Lunge:") == 1


# "how long should each set be?": counted in reps (or the bridge's hold), not the session's minutes.
@pytest.mark.parametrize(
    ("message", "prev", "want"),
    [
        ("can i do lunges daily? how long should each set be?", None, "12–15 reps"),
        ("how long per set?", "how do i do a bridge", "30-second hold"),
        ("how long should one set take?", None, "12–15"),
    ],
)
def test_set_length_is_reps(message: str, prev: str | None, want: str) -> None:
    text = answer(message, prev)
    assert want in text
    assert "15 to 20 minutes" not in text


# A missed session or week, asked about: no harm, pick up where you left off (not the frequency again).
@pytest.mark.parametrize(
    ("message", "prev", "lead"),
    [
        ("what if i miss a week?", "how often should i do leg strength", "No harm done"),
        ("missed both sessions this week with work, is that bad?", None, "No harm done"),
        ("skipped leg day this week. should i do two next week to catch up?", None, "No need to double up"),
    ],
)
def test_missed_session(message: str, prev: str | None, lead: str) -> None:
    text = answer(message, prev)
    assert text.startswith(lead)
    assert text.count("double up") <= 1


# "what exercises (should I do)?" with no muscle, kit or goal: the basics, not "not sure" or balance work.
@pytest.mark.parametrize(
    "message", ["what exercises should i do?", "which exercises then?", "what moves should I start with"]
)
def test_bare_what_exercises_gets_the_basics(message: str) -> None:
    text = answer(message)
    assert text.startswith("Start with a few")
    assert "not sure" not in text


# A week told and "which days, and how long / what exercises?": the days, then the other ask answered.
@pytest.mark.parametrize(
    ("message", "second"),
    [
        (
            "i run 5 days a week and want to lift twice. which days, and how long should sessions be?",
            "15 to 20",
        ),
        ("I run 4 times a week. which days should I do legs, and what exercises?", "Start with a few"),
    ],
)
def test_days_then_second_ask(message: str, second: str) -> None:
    parts = answer(message).split("\n\n")
    assert len(parts) == 2
    assert second in parts[1]


# Kit told (a ball and dumbbells) and "what can I do with this lot?": a plan for that kit, not the
# bodyweight-or-dumbbells verdict nobody asked for.
@pytest.mark.parametrize(
    "message",
    [
        "got a swiss ball and some 8kg dumbbells for my birthday. never lifted before, no bench. what leg "
        "exercises can i do at home with them?",
        "i have an exercise ball and a pair of dumbbells in my flat, nothing else. what can i do for my "
        "legs?",
    ],
)
def test_ball_and_dumbbells_plan(message: str) -> None:
    text = answer(message)
    assert "exercise ball" in text
    assert "Lunge" in text
    assert not text.startswith("Bodyweight is enough")


# "and the day after?" after the race's eve: the day after (the article is silent; recover first).
@pytest.mark.parametrize("follow", ["and the day after?", "what about afterwards?", "ok and the days after"])
def test_day_after_the_race(follow: str) -> None:
    text = answer(follow, "can I lift the day before a race")
    assert "day after" in text
    assert "two or more days out" not in text


# "what muscles does it work?" after "I don't have a chair" for hamstring push-ups: the exercise.
def test_exercise_stays_the_subject_after_its_swap() -> None:
    first = content.answer("how do i do hamstring push ups")
    swap = content.answer("i've got no chair", first.context)
    text = content.answer("what muscles does it work?", swap.context).text
    assert "hamstrings" in text
    assert "No chair" not in text


# A named injury told with kit and "what exercises?": the kit's plan, led by the injury's moves the
# plan leaves out (not when the runner only told a symptom: no diagnosis, and no gym moves at home).
def test_plan_led_by_the_named_injury() -> None:
    text = answer(
        "shin splints keep coming back when i build mileage. i have a gym. what exercises, how often?"
    )
    assert text.startswith("For the shin splints, add the calf raise")
    assert "Twice a week" in text


def test_symptom_only_plan_gets_no_injury_lead() -> None:
    text = answer("week 4 of couch to 5k, knees a bit sore after runs. gym scares me. where do i start?")
    assert "runner's knee" not in text.lower()


# "do I need weights for X?" where X is a bodyweight move: no, holding dumbbells is the harder version.
@pytest.mark.parametrize(
    ("message", "name"),
    [("do i need weights for step ups?", "step-up"), ("do you need dumbbells for calf raises", "calf raise")],
)
def test_need_weights_for_a_bodyweight_move(message: str, name: str) -> None:
    text = answer(message)
    assert text.startswith(("No: the ", "Not strictly"))
    assert name in text.lower()


# An ache told, then "could that be weak X? what should I do, and can I keep running?": each ask
# answered in order (possibly + no diagnosis; that muscle's moves with a dose; running on with care).
def test_ache_three_asks_in_order() -> None:
    parts = answer(
        "my knees get achy on the stairs after long runs, fine while running. could it be weak quads? what "
        "should i do, and can i still run?"
    ).split("\n\n")
    assert len(parts) == 3
    assert parts[0].startswith("Possibly")
    assert "2–3 sets" in parts[1] and "one-legged squat" in parts[1]
    assert "pain" in parts[2] and "physio" in parts[2]


def test_knees_in_could_be_glutes() -> None:
    text = answer("my knees collapse inwards when i land. could that be my glutes?")
    assert text.startswith("Yes, often")
    assert text.count("drift inward") == 1


# Soreness after a session and "am I overdoing it?": not necessarily (never "Yes, that's normal").
@pytest.mark.parametrize(
    "message",
    [
        "legs wrecked for days after leg day, am i overdoing it?",
        "so sore since yesterday's squats, have i overdone it",
    ],
)
def test_doms_overdoing_is_not_yes(message: str) -> None:
    text = answer(message)
    assert not text.startswith("Yes")
    assert "soreness" in text


# Two muscles told, one fine and one weak, then "what do I do?": the weak one's moves.
def test_the_weak_muscle_of_two() -> None:
    text = answer("my quads are strong but my hammies are weak, what should i do")
    assert text.startswith("For the hamstrings")
    assert "hamstring push-up" in text


# "how steep and how many for hill reps?": the bare first ask is about the exercise the second names.
@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("how steep and how many for hill repeats?", "5–10%"),
        ("how low and how many reps on wall squats", "90°"),
    ],
)
def test_bare_first_ask_takes_the_named_exercise(message: str, want: str) -> None:
    text = answer(message)
    assert want in text
    assert "not sure" not in text


# "strengthen them or rest?" about a muscle with niggles: the verdict between the two, then the moves.
@pytest.mark.parametrize(
    "message",
    [
        "my calves keep niggling, should i rest them or strengthen them?",
        "hamstrings a bit niggly lately. train them or rest?",
    ],
)
def test_rest_or_strengthen_verdict(message: str) -> None:
    text = answer(message)
    assert "strengthen" in text.split(".")[0].lower()
    assert "physio" in text


@pytest.mark.parametrize("message", ["calf raises 3x25 with light dumbbells, that's the way to go right?"])
def test_light_high_reps_slang_check(message: str) -> None:
    assert answer(message).startswith("Not quite")


# "is it better than X?" after an exercise: the either/or between the two, not X's card.
@pytest.mark.parametrize(
    ("prev", "follow", "lead"),
    [
        ("what does the leg press work", "is it better than lunges?", "Lunges have the edge"),
        ("how do i do step ups", "or are lunges better?", "Both are good"),
    ],
)
def test_compare_follow_up(prev: str, follow: str, lead: str) -> None:
    assert answer(follow, prev).startswith(lead)


# Machines told and "do I need free weights too?": add them (what each gives), not a kit swap card;
# a machine's name ("hamstring curl") is no muscle told.
@pytest.mark.parametrize(
    "message",
    [
        "our gym has a leg press, a leg extension and a hamstring curl. enough, or do i need free "
        "weights too?",
        "i only ever use the machines. should i add free weights?",
    ],
)
def test_free_weights_too(message: str) -> None:
    text = answer(message)
    assert "free weights too" in text.split(".")[0]
    assert "Without it" not in text


# Jumping drills and lifting in one session: the order (drills first, general advice), not the run's.
@pytest.mark.parametrize(
    "message",
    [
        "box jumps before or after squats?",
        "can i do plyos and weights in one session, and which goes first?",
        "line hops and lunges on the same day, what order?",
    ],
)
def test_plyo_and_lifting_order(message: str) -> None:
    text = answer(message)
    assert "jumping drills first" in text
    assert "run first" not in text.lower()
