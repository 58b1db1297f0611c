"""Round 9 (td): verdicts first, right, and consistent with the reply's own body, for whole classes of
wordings (yes/no, how-much, compare, why, timing), not one dev question each."""

from __future__ import annotations

import pytest

from content.direct import direct, week_verdict
from content.text import normalize
from content.verdicts import settles
from tests.answerutil import text_after as _text


def _settled(message: str) -> str:
    found = settles(normalize(message))
    return found[0] if found else ""


@pytest.mark.parametrize(
    "message",
    [
        "when I go heavier on lunges my knee wobbles and my torso tips forward, should I keep going heavier?",
        "form gets sloppy at the new heavier weight on squats, should i push through",
        "adding weight to my step ups makes my knees cave in, is that ok",
        "my back arches when i go up in weight on the bridge, keep going?",
    ],
)
def test_heavier_with_failing_form_is_a_no(message: str) -> None:
    said = _settled(message)
    assert said.startswith("No: when your form breaks down"), said


@pytest.mark.parametrize(
    "message",
    [
        "is a stool a bit higher than my knee ok for step-ups",
        "the only thing I have for step ups is a stool that's a bit higher than my knee, is that ok",
        "can i do step ups on a waist high box",
        "step-ups on a bench thats way higher than my knees, fine?",
    ],
)
def test_step_up_higher_than_the_knee_is_a_no(message: str) -> None:
    # (the first wording is answered by content/one_ask.py's knee-safety lead before the verdict table;
    # the settled verdict is checked for it)
    text = _text(message)
    if not text.startswith("No"):
        text = _settled(message)
    assert text.startswith("No") and "knee-high or lower" in text, text


@pytest.mark.parametrize(
    "message",
    [
        "plyo box at my gym is like waist high lol do i need one that big",
        "do box jumps need a really high box",
        "is a knee high box too big for hops",
        "for plyos do i need a tall platform",
    ],
)
def test_plyo_box_height_is_a_low_box(message: str) -> None:
    text = _text(message)
    assert "low box" in text.split("\n")[0] and not text.startswith("Yes"), text


@pytest.mark.parametrize(
    "message",
    [
        "can hill repeats be my only leg strength work",
        "are hills enough, can i skip the gym since i do hills",
        "could hill sprints replace the gym for me",
        "i only do hill reps, is that all i need for strength",
    ],
)
def test_hills_alone_are_not_the_whole_job(message: str) -> None:
    text = _text(message)
    assert text.startswith("Not on its own"), text


@pytest.mark.parametrize(
    "message",
    [
        "do i need to stretch beforehand as well",
        "should I stretch before leg day",
        "do you have to stretch first before strength work",
        "is it important to stretch before a leg session",
    ],
)
def test_stretch_before_is_a_yes(message: str) -> None:
    text = _text(message)
    assert text.startswith("Yes") and "stretch" in text.split("\n")[0].lower(), text


@pytest.mark.parametrize(
    "message",
    [
        "should i put my leg workouts on my hard workout days so my easy days stay easy",
        "can i lift on my interval days",
        "is it smart to do squats on long run days",
        "should leg day go on my tempo days",
    ],
)
def test_lifting_on_hard_days_is_a_no(message: str) -> None:
    text = _text(message)
    assert text.startswith(("No", "Bad idea")) and "hard run" in text, text


def test_avoiding_hard_days_is_not_turned_into_a_no() -> None:
    said = _settled("should I avoid lifting before races and on hard run days")
    assert not said.startswith("No: the article says not to"), said


@pytest.mark.parametrize(
    "message",
    [
        "how many sets should I do before moving to the next exercise",
        "how many sets b4 i switch to the next exercise",
        "how many sets of each move",
        "how many rounds before changing exercise",
    ],
)
def test_sets_before_moving_on_is_the_number(message: str) -> None:
    text = _text(message)
    assert text.startswith("Two or three"), text


@pytest.mark.parametrize(
    "message",
    [
        "what percentage of bodyweight should i hold for lunges",
        "how much of my body weight should the dumbbells be for squats",
        "what percent of bodyweight for weighted calf raises",
    ],
)
def test_percentage_of_bodyweight_is_honest(message: str) -> None:
    text = _text(message)
    assert text.startswith("The article gives no percentage") and "12–15" in text, text


@pytest.mark.parametrize(
    "message",
    [
        "how close to race day should i stop doing leg workouts",
        "how many days before a marathon should i stop lifting",
        "how long before my half should my last leg session be",
        "how near to a 10k can i still do strength work",
    ],
)
def test_how_close_to_a_race_is_the_day_before(message: str) -> None:
    text = _text(message)
    assert "day before" in text.split("\n")[0] and "15 to 20 minutes" not in text, text


@pytest.mark.parametrize(
    "message",
    [
        "when in the year should I focus on strength, I race a spring and an autumn marathon",
        "what time of year is best to focus on strength",
        "which part of the season should i lift most",
        "whens the best time of year to really focus on strength",
    ],
)
def test_time_of_year_is_the_off_season(message: str) -> None:
    text = _text(message)
    assert "off-season" in text.split("\n")[0] and not text.startswith("Not the day before"), text


@pytest.mark.parametrize(
    "message",
    [
        "is taking a week off strength every month actually sensible or just lazy",
        "is a recovery week every month really necessary",
        "are weeks off lazy",
        "is the monthly week off a good idea",
    ],
)
def test_week_off_sensible_gets_a_clear_yes(message: str) -> None:
    text = _text(message)
    assert text.startswith("Yes, it's sensible"), text


@pytest.mark.parametrize(
    "message,lead",
    [
        ("how many weeks off strength a year should an older runner take", "Once a month (so about twelve"),
        ("how often should i take a deload week", "Once a month"),
        ("how many recovery weeks should i have", "Once a month"),
    ],
)
def test_how_many_weeks_off_is_the_number(message: str, lead: str) -> None:
    text = _text(message)
    assert lead in text, text


@pytest.mark.parametrize(
    "message,lead",
    [
        ("tmrw's sesh: quads + hams + calves all in one, too much?", "No, that's fine"),
        ("is it too much to do glutes, hips and calves in the same session", "No, that's fine"),
        ("how many muscle groups should one session cover", "Several"),
        ("how many muscles should i train per session", "Several"),
    ],
)
def test_several_muscle_groups_per_session(message: str, lead: str) -> None:
    text = _text(message)
    assert text.startswith(lead) and "several major muscle groups" in text, text


@pytest.mark.parametrize(
    "message,lead",
    [
        (
            "do i gotta do the hip stuff tho or can i just smash quads n calves and call it a day",
            "Yes, do the hips",
        ),
        ("can i skip the hip exercises", "No, keep the hip work"),
        ("do i really need to do hips", "Yes, do the hips"),
        ("is it ok to ignore hips if i do loads of squats", "No, keep the hip work"),
    ],
)
def test_hip_work_is_kept(message: str, lead: str) -> None:
    said = _text(message)
    assert said.startswith(lead) or _settled(message).startswith(lead), said


@pytest.mark.parametrize(
    "message,lead",
    [
        ("only hill near me is a steep bridge ramp, maybe 15%. usable for hill reps?", "Too steep"),
        ("is 15% too steep for hill reps", "Too steep"),
        ("my hill is about 8 percent, ok for hill repeats?", "Yes: 8%"),
        ("local slope is like 3% grade, good enough for hills?", "It's"),
    ],
)
def test_hill_grade_verdict(message: str, lead: str) -> None:
    text = _text(message)
    assert text.startswith((lead, "No: 15%", "Yes, too steep: 15%")) and "5–10%" in text, text


@pytest.mark.parametrize(
    "message,lead",
    [
        ("in a bridge should my shoulder blades stay on the floor", "Yes"),
        ("should my feet be right under me on the wall squat", "No"),
        ("should my knees go past my toes on the wall squat", "No"),
        ("on calf raises should my heels be flat on the floor", "No"),
    ],
)
def test_form_checks_lead_with_the_cue_verdict(message: str, lead: str) -> None:
    text = _text(message)
    assert text.startswith(lead) and "Full card" in text, text


def test_form_check_leaves_kit_and_worth_asks_alone() -> None:
    assert "Either works" in _text("does the hamstring push up work with an exercise ball instead of a chair")
    assert not _text("are skips with big knee drive a useful drill").startswith("Yes. Drive")


@pytest.mark.parametrize(
    "message",
    [
        "is the leg press machine legit for runners or is it just a gym bro thing",
        "are calf raises legit for runners or nah",
        "is the hamstring curl legit for runners",
    ],
)
def test_legit_asks_get_a_verdict(message: str) -> None:
    assert _text(message).startswith(("Legit for runners, yes", "Yes, it's a good one", "It's a good one"))


@pytest.mark.parametrize(
    "message,lead",
    [
        ("tempo sesh tmrw morning, is doing legs tonight a bad idea or fine", "Fine"),
        ("long run tomorrow, is leg day today ok or a bad idea", "Fine"),
        ("legs straight after hill repeats, good or bad", "Bad idea"),
    ],
)
def test_either_or_verdicts_name_the_side(message: str, lead: str) -> None:
    text = _text(message)
    assert text.startswith(lead), text


def test_polar_lead_in_direct() -> None:
    said = direct("rule:hard_run_day", "tempo run tomorrow is doing legs tonight a bad idea or fine") or ""
    assert said.startswith("Fine:"), said


@pytest.mark.parametrize(
    "message,lead",
    [
        (
            "intervals on wednesday — lift tuesday, wednesday or thursday?",
            "Tuesday or Thursday, not Wednesday",
        ),
        ("tempo on tuesday - should i lift monday or tuesday?", "Monday, not Tuesday"),
        ("long run saturday: legs on friday or saturday?", "Friday, not Saturday"),
    ],
)
def test_day_choice_names_the_days_that_fit(message: str, lead: str) -> None:
    said = week_verdict(message) or ""
    assert said.startswith(lead), said


@pytest.mark.parametrize(
    "message",
    [
        "i do legs twice a week on thurs and fri but im always sore going into my saturday long run. is that "
        "the problem",
        "legs on friday, tempo saturday, my legs feel dead every tempo. is that a problem",
        "i lift on tuesday and my intervals are wednesday, legs always heavy for them, problem?",
    ],
)
def test_lifting_the_day_before_a_hard_run_with_tired_legs(message: str) -> None:
    said = week_verdict(message) or ""
    assert said.startswith("Likely, yes"), said


def test_same_evenings_as_hard_runs_is_a_no_for_both_days() -> None:
    said = (
        week_verdict(
            "On Tuesdays and Thursdays I do hard interval sessions in the morning. I've been doing my leg "
            "weights on those same evenings because I figured as long as I run first it's fine. My legs "
            "never "
            "seem to recover though. Is that the right setup?"
        )
        or ""
    )
    assert said.startswith("No: Tuesday and Thursday are hard-run days") and "Running first" in said, said


@pytest.mark.parametrize(
    "message,lead",
    [
        ("i run at lunch, should i lift in the morning or evening", "The evening"),
        ("i do my runs in the evening, should i lift morning or night", "The night"),
        ("my run is in the morning, gym at lunch or evening?", None),
    ],
)
def test_time_of_day_choice_is_after_the_run(message: str, lead: str | None) -> None:
    text = _text(message)
    if lead is None:
        assert "run first" in text.lower(), text
    else:
        assert text.startswith(lead) and "run first" in text, text


@pytest.mark.parametrize(
    "message,lead",
    [
        ("should i stop a set once my form starts falling apart", "Yes, stop the set"),
        ("do i end the set when my technique starts to go", "Yes, stop the set"),
        ("form getting sloppy on the last reps, push through?", "No, stop the set"),
        (
            "my running feels sloppy and wobbly, can getting stronger tidy up my technique",
            "Yes, it can: stronger legs",
        ),
        ("will strength work help my posture when i slouch late in races", "Yes, it can: stronger legs"),
        ("do pro runners actually bother with strength training", "Yes: both professional"),
        ("do elite marathoners lift weights", "Yes: both professional"),
        ("is it ok to listen to music while doing my leg workout or should i concentrate", "Music is fine"),
        ("can i wear headphones with music during leg day", "Music is fine"),
        ("single leg calf raises r brutal lol, ok to just do both legs til i get stronger?", "Yes: two legs"),
        ("is it fine to do squats on two legs for now", "Yes: two legs"),
        (
            "when should my group start plyometrics, straight away or after a few weeks of the basic stuff",
            "After",
        ),
        ("how soon can a beginner start jumping drills", "After the basics"),
        ("how many day in a week a runner must do legs training", "Twice a week, sometimes three"),
        ("how many times a week should i do leg day", "Twice a week, sometimes three"),
        (
            "i can only manage about 10 min at my desk each day. is doing little bits daily as good as two "
            "longer sessions",
            "Not quite the same",
        ),
    ],
)
def test_more_settled_verdicts(message: str, lead: str) -> None:
    said = _text(message)
    assert said.startswith(lead) or _settled(message).startswith(lead), said


def test_why_hips_and_joints_give_the_article_reasons() -> None:
    hips = _text("why do hip muscles matter so much for runners")
    assert "steady" in hips.split("\n")[0] and "angle in or out" in hips
    joints = _text("why is strength training good for my joints")
    assert "joints" in joints and "ligaments" in joints


@pytest.mark.parametrize(
    "message,lead",
    [
        ("and on interval days?", "Not on a hard-run day"),
        ("what about tempo days", "Not on a hard-run day"),
    ],
)
def test_hard_day_follow_ups_say_no(message: str, lead: str) -> None:
    text = _text(message, "can i do leg day on my easy run days")
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "message,lead",
    [
        (
            "I can only get to the gym at lunchtime but my running club is at 6pm the same day (easy social "
            "pace). "
            "Problem?",
            "A small one",
        ),
        ("lifting at 7am then an easy jog at lunch, is that bad", "A small one"),
        ("easy run in the morning then gym in the evening, is that a problem", "No, not a problem"),
    ],
)
def test_order_problem_asks(message: str, lead: str) -> None:
    text = _text(message)
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "message,lead",
    [
        ("hill sprints vs plyos for explosive power, which one", "For explosive power, plyometrics"),
        ("for a more explosive kick, plyometrics or hill repeats?", "For explosive power, plyometrics"),
        ("wall squat with ball or one legged squat, which is better for runners", "The one-legged squat"),
        ("single leg squats vs wall sits, which should i do", "The one-legged squat"),
    ],
)
def test_compare_picks_one(message: str, lead: str) -> None:
    text = _text(message)
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    "message,lead",
    [
        ("is leg press plus hamstring curls enough for legs", "A good start"),
        ("quad extensions and leg press, is that a decent leg day", "A good start"),
        (
            "going up and down one stair over and over, does that count as proper training",
            "Yes: that's the bench",
        ),
        ("does stepping up onto a box count as real strength work", "Yes: that's the bench"),
    ],
)
def test_is_it_enough_or_proper(message: str, lead: str) -> None:
    said = _text(message)
    assert said.startswith(lead) or _settled(message).startswith(lead), said


def test_team_lift_after_hard_practice_is_a_problem() -> None:
    text = _text(
        "i do college xc and our team lift is always right after practice, even on workout days when weve "
        "done like 8x800. by lift time im cooked and my lunges look trash. is this bad? what should i do"
    )
    assert text.startswith("Yes, that's a problem") and "hard-run days" in text, text


@pytest.mark.parametrize(
    "message,lead",
    [
        (
            "why do coaches keep banging on about hip strength",
            "Because hip strength keeps each stride in line",
        ),
        (
            "my coach has us do hill repeats every monday. i go all out on the way up and then walk down "
            "cuz im "
            "dead. my times on the hill get worse every rep. am i doing hills wrong",
            "Partly",
        ),
        ("i sprint flat out up the hill and walk down, is that wrong", "Partly"),
        ("plyo for a 50+ ultra dude, legit or just a sprinter thing", "Not just for sprinters"),
        ("are jump drills only for sprinters", "Not just for sprinters"),
        ("is plyo mainly for track guys", "Not just for sprinters"),
        ("should i add a 3rd session", "Yes, if you recover well"),
        ("would a third leg day help", "Yes, if you recover well"),
    ],
)
def test_pass_three_verdicts(message: str, lead: str) -> None:
    said = _text(message)
    assert said.startswith(lead) or _settled(message).startswith(lead), said


def test_third_session_follow_up() -> None:
    text = _text("is a third time worth it", "I do leg strength in the gym twice a week")
    assert text.startswith("Yes, if you recover well"), text
