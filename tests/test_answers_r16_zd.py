"""Round 16, tuner zd: timing, multi-part, follow-ups, yes/no and off-topic.

Each mechanism is checked with the tuner's own wordings (not only the failure list's):

- an off-topic decline says who can help (a running shop, a sports dietitian, the device's manual,
  a coach, a forecast); a subject with no obvious helper keeps the plain decline;
- a food ask about the days before a race is declined, not answered with the strength taper;
- a day the runner asks about ("is wednesday ok?") is not read as a day they told as hard;
- "at what point / stage" asks when, not "what's the point";
- where stretching goes in a session: before (after the warm-up jog) and after;
- plyometrics "straight away or wait": after the basics, not a strength-vs-plyo comparison;
- "N sessions a week, too much?": the frequency verdict (two or three fine, four or more too many);
- hills instead of the gym: partly; home rather than a gym: yes;
- "what other machines?" after a machine: the other machines;
- walk or jog the recovery between hill efforts: jog (not the monthly recovery week);
- a short either/or after ", and" is an ask of its own; "when is / when's ..., and ...?" is two asks;
- calf raise knee angle: not in the article, said so;
- keep running during a strength block: yes;
- "strength or run first?": the run-first rule alone;
- "free weights any point?": the free weights' own verdict;
- "best quad and best calf exercise": one pick each.
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless

DECLINE = "I only know leg strength for runners"


# ---- off-topic: who can help -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "which trail shoes should I get for wide feet?",
        "best running shoes for a heel striker",
        "can you recommend some insoles for long runs",
    ],
)
def test_shoes_point_to_a_running_shop(message: str) -> None:
    reply = text(message)
    assert reply.startswith(DECLINE) and "running shop" in reply


@pytest.mark.parametrize(
    "message",
    [
        "is pasta the best thing to eat the night before my half?",
        "how many carbs should I have on race morning",
        "what should I drink during a 30k long run",
    ],
)
def test_food_points_to_a_dietitian(message: str) -> None:
    reply = text(message)
    assert reply.startswith(DECLINE) and "dietitian" in reply


@pytest.mark.parametrize(
    "message",
    [
        "how do I change the data screens on my garmin",
        "my strava won't sync with my watch, help",
        "how do I turn on auto lap on my coros",
    ],
)
def test_a_device_points_to_its_manual(message: str) -> None:
    reply = text(message)
    assert reply.startswith(DECLINE) and "manual" in reply


def test_a_subject_without_a_helper_keeps_the_plain_decline() -> None:
    reply = text("who won the snooker last night")
    assert reply.startswith(DECLINE) and "what helps shin splints?" in reply


@pytest.mark.parametrize(
    "message",
    [
        "what should I eat in the 2 days before my marathon?",
        "how much should I drink in race week?",
        "what should i eat the 3 days before my 10k",
    ],
)
def test_food_before_a_race_is_not_the_taper(message: str) -> None:
    reply = text(message)
    assert reply.startswith(DECLINE)
    assert "race week" not in reply


# ---- the day asked about ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("hard track session tuesday - is wednesday ok for legs?", "Wednesday"),
        ("intervals on thursday. friday fine for the gym?", "Friday"),
        ("tempo monday, what about tuesday for squats?", "Tuesday"),
    ],
)
def test_the_day_asked_about_is_not_a_hard_day(message: str, day: str) -> None:
    reply = text(message)
    assert reply.startswith(f"Yes, {day}"), reply


# ---- when, not why ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "at what point in the session do I do my stretching?",
        "where does the stretching go in a leg session?",
        "do i stretch at the start or the end of my strength workout?",
    ],
)
def test_stretching_goes_before_and_after(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Both"), reply
    assert "before" in reply and "after" in reply


def test_at_which_point_to_add_weight_is_a_when() -> None:
    reply = text("at which point should i add weight to my lunges?")
    assert "12–15" in reply.split("\n")[0]
    assert not reply.startswith("Because")


@pytest.mark.parametrize(
    "message",
    [
        "should I start plyometrics straight away or wait until I've done some strength work?",
        "can i jump straight into plyos or build up with strength first?",
        "box jumps right away or should i wait a few weeks?",
    ],
)
def test_plyos_now_or_later_is_after_the_basics(message: str) -> None:
    reply = text(message)
    assert reply.startswith("After the basics"), reply
    assert "line hops" in reply


# ---- yes/no: how often -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("is three strength sessions a week overkill for a runner?", "No, three is fine"),
        ("2 gym sessions a week, is that overkill while marathon training?", "No, twice a week"),
        ("would 4 leg workouts a week be too much?", "Yes, probably"),
        ("is doing 5 strength sessions a week too many?", "Yes"),
    ],
)
def test_sessions_a_week_too_much_gets_the_frequency_verdict(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert "extremes" not in reply


# ---- hills or home instead of the gym --------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "could I just do hill reps instead of going to the gym?",
        "can hill sprints replace my gym sessions?",
        "thinking of ditching the gym and doing hills instead, good idea?",
        "bro can i just send it on hill sprints and skip the gym entirely",
    ],
)
def test_hills_instead_of_the_gym_is_not_on_its_own(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Not on its own"), reply
    assert "resistance training" in reply


@pytest.mark.parametrize(
    "message",
    [
        "hill reps = leg day? skip gym",
        "hill reps count as leg day? so i can skip the gym",
        "do hill sprints count as leg day, can i drop the gym?",
    ],
)
def test_hills_as_leg_day_is_no_gym_routine(message: str) -> None:
    reply = text(message)
    assert "resistance training" in reply, reply
    assert "• Leg press" not in reply


def test_a_why_about_hills_instead_keeps_its_because() -> None:
    reply = text("why can't I just run more hills instead of lifting?")
    assert not reply.startswith("Partly"), reply


@pytest.mark.parametrize(
    "message",
    [
        "can I get away with doing it all at home rather than paying for a gym?",
        "is training at home without a gym membership enough?",
        "can i just train at home and skip the gym?",
    ],
)
def test_home_rather_than_a_gym_is_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes"), reply


# ---- follow-ups: other machines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "names"),
    [
        ("is the leg press any good for runners", "ok what other machines then", ("extension", "curl")),
        (
            "how do I use the hamstring curl machine",
            "which other machines should i use?",
            ("extension", "press"),
        ),
        ("is the leg extension worth doing", "any other machines worth using?", ("curl", "press")),
    ],
)
def test_other_machines_after_a_machine(first: str, then: str, names: tuple[str, ...]) -> None:
    reply = after(first, then)
    lead = reply.split("\n")[0]
    assert lead.startswith("Besides the"), reply
    assert all(n in lead for n in names), reply


# ---- walk or jog the recovery ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "hill reps on the treadmill: what incline, how many, and do I walk or jog the recovery?",
        "is the recovery a walk or a jog?",
        "hill sprints - how many, and walk or jog back down?",
    ],
)
def test_walk_or_jog_the_recovery_is_the_hill_jog(message: str) -> None:
    reply = text(message)
    assert rx_jog_down(reply), reply
    assert "week off" not in reply


def rx_jog_down(reply: str) -> bool:
    """The hill recovery said: the jog (back) down."""
    low = reply.lower()
    return "jog down" in low or "jog gently back down" in low


def test_an_either_or_after_and_is_its_own_ask() -> None:
    reply = text("hill sprints - how many, and walk or jog back down?")
    first, _, second = reply.partition("\n\n")
    assert "5–8" in first and second.startswith("Jog")


def test_walk_or_jog_on_recovery_days_is_not_the_hill() -> None:
    assert "hill" not in text("should i walk or jog on my recovery days?").lower()


# ---- when's / when is ..., and ...? ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "second"),
    [
        (
            "when's the best time of year for a strength block, and do I keep running during it?",
            "keep running",
        ),
        ("when is the best time to start, and do i need a gym?", "No"),
        ("when should i lift, and do i run first?", "run"),
    ],
)
def test_a_when_question_then_a_second_ask(message: str, second: str) -> None:
    from content.asks import split_asks

    assert len(split_asks(message)[0]) == 2
    assert second in text(message)


@pytest.mark.parametrize(
    "message",
    [
        "do I keep running during a strength block?",
        "should i stop running while i build strength in the off season?",
        "do i keep my runs going during a strength phase?",
    ],
)
def test_running_goes_on_during_strength_work(message: str) -> None:
    reply = text(message)
    assert reply.startswith(("Yes: keep running", "No: keep running")), reply


# ---- calf raise knee angle -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "calf raises - straight leg or bent knee?",
        "should my knees be straight or bent when i do calf raises?",
        "calf raise with bent knees or straight legs, which is better?",
    ],
)
def test_calf_raise_knee_angle_is_an_honest_gap(message: str) -> None:
    reply = text(message)
    assert reply.startswith("The article doesn't give a knee angle"), reply
    assert "Lying leg lift" not in reply


# ---- order: strength or run first ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "strength or run first same day?",
        "gym or run first?",
        "run or legs first?",
    ],
)
def test_strength_or_run_first_is_the_order_alone(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Run first"), reply
    assert "inefficient" not in reply and "Machines" not in reply and "Home workouts" not in reply


# ---- free weights any point? -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prev", "message"),
    [
        (None, "free weights any point?"),
        ("are gym machines good for runners", "free weights any point?"),
        ("which machines should i use for legs at the gym?", "what about free weights, any point?"),
    ],
)
def test_free_weights_point_is_theirs(prev: str | None, message: str) -> None:
    reply = after(prev, message) if prev else text(message)
    assert reply.startswith("Yes") and "free weights" in reply, reply
    assert "inefficient" not in reply


# ---- two picks -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "both"),
    [
        ("best quad and best calf exercise", ("squat", "calf raise")),
        ("best glute and best hamstring moves?", ("glutes", "hamstring")),
        ("top hip and top calf exercise?", ("hip", "calf")),
    ],
)
def test_two_picks_each_answered(message: str, both: tuple[str, str]) -> None:
    # (merge: zc answers the two picks in one block, a line each, in the order asked; zd had split
    # them into two asks. One mechanism kept, zc's: each pick named, in order.)
    reply = text(message).lower()
    assert both[0] in reply and both[1] in reply, reply
    assert reply.index(both[0]) < reply.index(both[1]), reply


# ---- same-day order told with times of day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("weights in the mornings, runs in evenings, issue?", "A small one"),
        ("lifting at 7am and running after work - problem?", "A small one"),
        ("legs before work, easy run after work, fine?", "No, better the other way round"),
        ("runs in the mornings and gym in the evenings, ok?", "Yes, that's the right order"),
    ],
)
def test_the_order_told_with_times_of_day(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply


# ---- a session's length, with a race named as the goal ---------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "how long should leg day be for marathon training",
        "how many minutes leg day marathon",
        "how long should my gym sessions be for a 10k block?",
    ],
)
def test_session_length_with_a_race_named(message: str) -> None:
    reply = text(message)
    assert reply.startswith("15 to 20 minutes"), reply
    assert "day before a race" not in reply


def test_how_long_before_a_race_is_still_the_race_day_rule() -> None:
    assert "day before" in text("how long before a marathon should i stop lifting?").split("\n")[0]


# ---- back-to-back long runs are the runner's runs, not two leg days ---------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "back-to-back long runs saturday and sunday, a hilly run on wednesday. where should strength go?",
        "back to back long runs on the weekend plus hills on tuesday, when do i lift?",
        "long runs sat and sun, hills wednesday - which days for legs?",
    ],
)
def test_back_to_back_long_runs_keep_strength_midweek(message: str) -> None:
    reply = text(message)
    assert "Split the groups" not in reply, reply
    assert "Monday" in reply


def test_legs_back_to_back_on_the_weekend_is_still_the_split() -> None:
    assert "Split the groups" in text("weekends only, Sat and Sun back to back: legs both days ok?")


# ---- when time vanishes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "busy week, no time - do I cut a run or the strength session?",
        "only have time for 3 runs or 2 runs plus strength this week, which?",
        "crazy week at work: drop the gym or drop a run?",
        "if i'm short on time should i skip the run or the leg session?",
    ],
)
def test_no_time_shrinks_the_strength_work(message: str) -> None:
    # (merge: za's and zd's texts for this ask are one now, verdicts.DROP_CHOICE_TEXT: the short
    # strength sessions kept, an easy run trimmed first)
    reply = text(message)
    assert reply.startswith("Keep the strength sessions if you can"), reply
    assert "15–20 minutes" in reply and "easy run" in reply


# ---- an off-topic part beside a leg-strength ask ----------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "move", "helper"),
    [
        ("how do I do lunges and what shoes should I wear?", "Lunge", "running shop"),
        ("what protein powder is best, and how many lunges should i do?", "Lunge", "dietitian"),
        ("how many sets of squats? also what's the best garmin?", "squat", "manual"),
        ("what's a good podcast for long runs, and how many calf raises should I do?", "Calf raise", "cover"),
    ],
)
def test_the_off_topic_part_gets_one_line_and_the_leg_ask_its_answer(
    message: str, move: str, helper: str
) -> None:
    reply = text(message)
    assert not reply.startswith("I only know leg strength"), reply
    assert move in reply and helper in reply, reply
    assert "inefficient" not in reply
    assert reply.count("I only know leg strength") <= 1


def test_a_message_wholly_off_topic_is_still_declined_whole() -> None:
    reply = text("how many grams of protein a day should a runner eat, and which powder is best?")
    assert reply.startswith("I only know leg strength")


# ---- a why gets a because -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "why should i run first?",
        "why run before lifting on the same day?",
        "how come the run goes before the strength work?",
    ],
)
def test_why_run_first_starts_with_because(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Because"), reply
    assert "fresh legs" in reply


# ---- the day after a race: a verdict that fits any yes/no wording ------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "should i lift the day after a 5k?",
        "is it bad to lift the day after my 10k?",
        "can i do a leg session 2 days after a marathon?",
    ],
)
def test_the_day_after_a_race_is_fine_once_recovered(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Fine once your legs have recovered"), reply
    assert "day before" in reply


# ---- short follow-ups: rest between, a bare number of sessions ----------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how many sets of lunges?", "and rest between?"),
        ("how many sets for leg press", "and how long rest between?"),
        ("how many sets of step-ups should i do", "any rest between them?"),
    ],
)
def test_rest_between_after_sets_is_between_sets(first: str, then: str) -> None:
    reply = after(first, then)
    assert "between sets" in reply and "week off" not in reply, reply


@pytest.mark.parametrize(
    ("then", "lead"),
    [
        ("is 3 ok?", "Yes, three is fine"),
        ("is 3 too many?", "No, three is fine"),
        ("what about 3?", "Three is fine"),
    ],
)
def test_a_bare_number_after_how_often(then: str, lead: str) -> None:
    reply = after("how often should I lift?", then)
    assert reply.startswith(lead), reply
