"""Round 11 pass 2 (tuner tc): described moves and muscles, and padding after injury answers."""

from __future__ import annotations

from tests.answerutil import text


def test_described_hamstring_pushup_steps_are_one_move() -> None:
    # the whole telling ("...and then take one foot off") is the hamstring push-up, not skipping
    for q in (
        "that exercise where you lie on your back with your heels up on a chair and push your hips up "
        "and then take one foot off... what is it for and am i meant to go down slow?",
        "with my heels on the sofa I push my hips up then lift one leg up, is that right?",
        "feet up on a chair, lift your bum and take one foot off the chair - how many sets?",
    ):
        r = text(q)
        assert "Skipping" not in r
        assert "bulk" not in r


def test_go_down_slow_is_lowering_not_bulk() -> None:
    for q in (
        "am i meant to go down slow?",
        "should i come back down slowly",
        "on calf raises do I come down slow",
    ):
        r = text(q)
        assert "bulk" not in r.lower()
        assert "slow" in r.lower() or "control" in r.lower()


def test_lowering_slowly_is_not_a_no() -> None:
    # "Don't bounce; lower the weight under control" forbids bouncing, not lowering
    for q in ("should i lower slowly?", "should I lower it slowly", "do I lower the weight slowly"):
        assert not text(q).startswith("No")


def test_muscle_described_beside_its_name_is_no_ask() -> None:
    for q in (
        "the muscles down the back of your thigh, the ones that pull tight when you try to touch your toes, "
        "how do i make them stronger with no equipment at all",
        "those muscles that get tight when i bend over to touch my toes, how to strengthen them at home?",
        "my hamstrings, the ones that always feel tight after long runs, how do I build them up without kit?",
    ):
        r = text(q)
        assert "hamstring" in r.split("\n")[0].lower(), r


def test_no_muscle_padding_after_shin_pain_answer() -> None:
    for q in (
        "the one where you lean back on a wall and lift only your toes up, heels stay down. "
        "does it help the pain on the front of my lower legs?",
        "pain along the front of my lower leg",
        "does anything help the ache down the front of my lower legs when I run?",
    ):
        r = text(q)
        assert "soleus and gastrocnemius" not in r, r


def test_why_runners_need_leg_workouts_is_why_strength() -> None:
    for q in (
        "Why would a runner even need leg workouts? Don't my legs get enough from 40km a week?",
        "why do runners need leg sessions at all",
        "why would runners bother with strength work?",
    ):
        r = text(q)
        assert "4 to 6 exercises" not in r.split("\n")[0]
        assert "endurance" in r.split("\n")[0], r


def test_why_week_off_says_gains_are_kept() -> None:
    for q in (
        "why take a whole week off strength every month?? feels like i'd lose everything",
        "what's the reason for the monthly rest week?",
        "why do I need a recovery week every month",
    ):
        r = text(q)
        assert r.startswith("To give your body extra recovery"), r
        assert "won't undo" in r


def test_a_month_or_weeks_told_is_not_the_week_off() -> None:
    for q in (
        "Second year uni, the gym membership is like £30 a month and I can't justify it. All I've got is "
        "my room and the stairwell. What would you have me do?",
        "police test in 8 weeks. should i even bother with strength this close?",
        "my half marathon is in 6 weeks, what should my leg work look like?",
    ):
        assert "week off" not in text(q).split("\n")[0], q
    for q in ("do i ever need to tak a week of from wieghts?", "do I need a deload every month?"):
        assert "week off" in text(q), q
