"""Round 9, tuner tb: long messages (background then a generic ask), multi-part and follow-up messages
(own wordings, not the dev rows)."""

from __future__ import annotations

import pytest

from tests.answerutil import after
from tests.answerutil import text as answer


# A generic "where do I start?" after background: a beginner routine (with the kit told), not a line
# about a word the background happened to say (the off-season, a squat, the off-topic refusal).
@pytest.mark.parametrize(
    "message",
    [
        "I'm 39, finished my first 10k last month and loved it. Never touched a weight in my life and "
        "honestly gyms scare me. Everyone at parkrun says I need strength work. Where do I even begin?",
        "Coming back after two years off with a new baby, legs feel like jelly. I want to build some "
        "strength before I add mileage. What should my first few weeks look like?",
        "so i've been running about a year, 3x a week, never done squats or anything. mates keep saying "
        "i should. how do i get started",
        "Took the whole summer off running after a stressful house move. I'd like to be stronger when I "
        "start back so I don't break down again. What should the first month look like?",
    ],
)
def test_generic_start_gets_a_beginner_routine(message: str) -> None:
    text = answer(message)
    low = text.lower()
    assert "only know leg strength" not in low and "off-season" not in low
    assert "calf raise" in low and "bridge" in low
    assert "twice a week" in low


# "What's in it for me?" after background: what strength work does for a runner, and the time it takes.
@pytest.mark.parametrize(
    "message",
    [
        "I've done 40 miles a week for years with no injuries and I've never lifted. My coach keeps "
        "on at me about the gym. Honestly what's in it for me?",
        "I'm quick for my age and have never done a squat in my life. Why should I even bother?",
        "Never been injured, PB'd three times this year, zero strength work. What would lifting actually "
        "do for someone like me?",
        "whats in it for a runner like me",
    ],
)
def test_generic_benefit_gets_why_strength(message: str) -> None:
    text = answer(message)
    low = text.lower()
    assert "oxygen" in low and "injur" in low
    assert "one-legged squat:" not in low and "not sure what you're asking" not in low


# "Push through or back off?" after tiredness told: back off first, then the monthly week off.
@pytest.mark.parametrize(
    "message",
    [
        "Two months of leg days three times a week with dumbbells. This week my legs are dead and every "
        "easy run feels awful. Do I push through or back off?",
        "I've been lifting hard since January, lunges and step ups twice a week. Lately I'm knackered "
        "and my runs are flat. Should I keep going or ease off?",
        "legs feel trashed all the time since i added squats. push on or take a break?",
        "My runs feel sluggish and my legs are heavy after 7 weeks straight of strength work. Back off "
        "or power through?",
    ],
)
def test_push_through_or_back_off_leads_with_back_off(message: str) -> None:
    text = answer(message)
    assert text.startswith("Back off")
    assert "week off" in text


# "How should I use this time?" with snow or ice told: strength work in the meantime, the kit told.
@pytest.mark.parametrize(
    "message",
    [
        "It's been icy for ten days and the trails are lethal. I have a treadmill and some dumbbells in "
        "the spare room. How should I use this time?",
        "Snowed in for the next fortnight, no way I'm running outside. I've got a home gym. What should "
        "I do with this time?",
        "Winter's brutal here and it's dark by 4pm, so I'm down to two treadmill runs a week. How can I "
        "make the most of this period?",
        "Heatwave and smoke, runs are off for a while. Got a bench and a kettlebell. How should I spend "
        "these weeks?",
    ],
)
def test_use_this_time_gets_the_season_answer(message: str) -> None:
    text = answer(message)
    assert text.startswith("Good use of the time")


# "What should strength look like over the next N days?" with a race told: the run-up answer.
@pytest.mark.parametrize(
    "message",
    [
        "My marathon is in 12 days and I've lifted twice a week all block. I want fresh legs on the day. "
        "What should strength work look like over the next 12 days?",
        "10k race is in two weeks. I do legs on Mondays and Thursdays. What should I do between now and "
        "race day?",
        "Half marathon is in 9 days, strength twice a week so far. How should I handle lifting until the "
        "race?",
        "Race is in a fortnight. How should I use this time?",
    ],
)
def test_next_days_before_a_race_gets_the_run_up(message: str) -> None:
    text = answer(message)
    assert "day before the race" in text and "light" in text


# "Should I keep going heavier?" when the runner told their form breaks: no, form first.
@pytest.mark.parametrize(
    "message",
    [
        "When I add weight to my lunges my knee wobbles and I lean forward. Should I keep going heavier?",
        "my squats get really sloppy once i add plates. should i still go heavier",
        "Form goes out the window past 20kg on step ups. Should I go heavier anyway to get stronger?",
        "I lose my form on the last few reps of heavy lunges, knees caving in. Do I need to go heavier?",
    ],
)
def test_heavier_when_form_breaks_is_no(message: str) -> None:
    text = answer(message)
    assert text.startswith("No") and "form" in text


def test_heavier_without_form_trouble_is_still_yes() -> None:
    assert answer("should i go heavier on leg press? its getting easy").startswith("Yes")


# Multi-part: no "One part I'm not sure about" line, and no bare "No." left after a repeated part.
@pytest.mark.parametrize(
    "message",
    [
        "whats a good warm up before a leg session and do i need to stretch beforehand as well",
        "I'm 58 and never lifted. Where do I start and how many days a week?",
        "what goes at the start and what at the end of a strength session",
    ],
)
def test_multi_has_no_unsure_line_nor_bare_verdict(message: str) -> None:
    text = answer(message)
    assert "not sure about" not in text
    assert "\n\nNo.\n" not in text and not text.endswith("\n\nNo.")


def test_start_and_end_of_a_session_both_answered() -> None:
    text = answer("what do i do at the start and what at the end of a strength workout")
    assert "warm-up" in text and "stretching" in text


# One big session or split: split it; several muscle groups each session.
@pytest.mark.parametrize(
    "message",
    [
        "is one big leg day better or should i split it over the week",
        "One long gym session on Sunday or spread it out across the week?",
        "should I do one massive session or break it up into two shorter ones",
        "Can I spread my strength work over the week instead of one huge workout?",
    ],
)
def test_one_big_session_or_split(message: str) -> None:
    text = answer(message)
    assert text.startswith("Split it") and "bulk" not in text


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("should each session hit lots of muscle groups", "Yes"),
        ("should I do one muscle group per session like bodybuilders do", "No"),
        ("do I need to work several muscle groups every workout?", "Yes"),
        ("is it fine to train just one muscle group each session?", "No"),
    ],
)
def test_groups_per_session(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead) and "several" in text


# Follow-ups: "too easy" after an exercise is its harder form (never the easier one).
@pytest.mark.parametrize(
    ("first", "then", "must"),
    [
        ("how do I do calf raises properly", "getting too easy now, what next", "one leg"),
        ("what weight should i pick for leg press", "what if i can do like 20 easy", "add weight"),
        ("how do i do a bridge", "bridges feel way too easy", "one leg"),
        ("how do I do one-legged squats", "these are a breeze now", "dumbbell"),
    ],
)
def test_too_easy_followup_is_the_harder_form(first: str, then: str, must: str) -> None:
    text = after(first, then)
    assert must in text.lower() and "Easier" not in text and "Lighten" not in text


# Follow-ups: "ok for <who>?" after a topic.
@pytest.mark.parametrize(
    ("first", "then", "must"),
    [
        ("what are some plyometric exercises", "ok for someone w dodgy knees?", "knee"),
        ("how do I do lunges", "is that safe for my bad back?", "physio"),
        ("how often should runners do leg strength work", "ok for a 70 yr old newbie?", "twice a week"),
        ("how do box hops work", "fine for someone with weak ankles?", "physio"),
    ],
)
def test_ok_for_who_followup(first: str, then: str, must: str) -> None:
    text = after(first, then)
    assert must in text and "Plyometrics are jumping" not in text


# Follow-ups: how many exercises in a session; the kit the home moves need.
@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how long should a leg session be", "and how many different exercises in that time"),
        ("how often should I lift", "how many moves per session?"),
        ("what should a leg session include", "how many exercises should that be"),
    ],
)
def test_how_many_exercises(first: str, then: str) -> None:
    assert "4 to 6" in after(first, then)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("im new, what home leg exercises should i start with", "do i need any equipment for those"),
        ("what can I do at home for my legs", "do I have to buy any kit?"),
        ("", "what equipment do i need for home leg exercises"),
    ],
)
def test_home_kit_needed(first: str, then: str) -> None:
    text = after(first, then) if first else answer(then)
    assert "chair" in text and "step" in text and not text.startswith("No")


# Whether to finish an exercise's sets before the next (the article: two or three sets before moving on).
@pytest.mark.parametrize(
    "message",
    [
        "do i finish all sets of one exercise before moving to the next",
        "should i do circuits or all my sets of one exercise first",
        "do you do all 3 sets of lunges then move on, or rotate through?",
        "what order do i do exercises in a sesh and do i finish all sets of one before the next",
    ],
)
def test_sets_before_moving_on(message: str) -> None:
    text = answer(message)
    assert "before moving on" in text and "only know leg strength" not in text


def test_how_many_sets_before_moving_on_leads_with_the_number() -> None:
    assert answer("how many sets should I do before moving to the next exercise").startswith("Two or three")


# When to go heavier: when 12-15 reps stop tiring you.
@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("", "how do i know when to go heavier and how much should i add"),
        ("", "when should i increase the weight on my lunges"),
        ("", "how will i know when its time to add more weight"),
        ("what does a good leg session at the gym look like", "and how do i know when to go heavier"),
    ],
)
def test_when_to_go_heavier(first: str, then: str) -> None:
    text = after(first, then) if first else answer(then)
    assert "stop tiring you" in text


# Which muscles runners neglect: the deep hip muscles, also as a follow-up and as one part of two.
@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what muscles does running use", "which ones do people forget"),
        ("", "which muscle is most often neglected by runners"),
        ("", "what leg muscles work when running, and which do runners overlook?"),
        ("what muscles does running use", "and which get neglected?"),
    ],
)
def test_neglected_muscles(first: str, then: str) -> None:
    text = after(first, then) if first else answer(then)
    assert "hip muscles" in text and "neglect" in text


# A second part on the same topic with a new answer is kept ("...and the week after a race?").
def test_race_week_and_week_after_both_answered() -> None:
    text = answer("should i lift in race week? and what about the week after a race")
    assert "day before the race" in text and "day after" in text


# "How do I make it harder?" after a muscle's list: the move it led with, harder.
@pytest.mark.parametrize(
    ("first", "then", "must"),
    [
        ("what's a good exercise for my calves", "how do i make it harder once it gets easy", "one leg"),
        ("how do I do wall squats", "how do i make it harder", "dumbbells"),
        ("", "calf raises are way too easy now", "one leg"),
    ],
)
def test_make_it_harder(first: str, then: str, must: str) -> None:
    text = after(first, then) if first else answer(then)
    assert must in text and "Easier" not in text


# "Should I be doing strength then?": "then" is the off-season the background told.
@pytest.mark.parametrize(
    "message",
    [
        "im a senior on my hs xc team. season ends in november and then theres like 2 months before track. "
        "should i be doing strength then and how many times a week",
        "My cross country season finishes next week and I have 6 weeks off before base building. Is it worth "
        "lifting during that time?",
        "Off-season for me is December and January. What should my legs routine look like then?",
        "Track is over and I've got 2 months off before the road season. Should I lift in that gap?",
    ],
)
def test_then_is_the_off_season(message: str) -> None:
    text = answer(message)
    assert "off-season" in text and text.startswith(("Yes", "Good use"))


# A yes/no part with a plan: the verdict leads, the plan follows (an age note after the verdict).
@pytest.mark.parametrize(
    "message",
    [
        "I'm 65 and run 3 times a week. I've tripped a few times on trails lately. Would leg exercises help "
        "with balance and what should I do?",
        "I'm 70, run parkrun most weeks, my balance is going. Would strength work help my balance, and what "
        "should I do at home?",
        "Trail runner, 58, I keep wobbling on rocky descents. Will leg exercises help my balance and what "
        "should I do?",
    ],
)
def test_yes_no_part_leads_before_the_plan(message: str) -> None:
    text = answer(message)
    assert text.startswith("Yes") and "one-legged" in text.lower()


# Strength work in season: keep it going (a "stop?" gets "No").
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("should I keep strength work going during marathon training", "Yes"),
        ("should i keep lifting in season", "Yes"),
        ("should i stop lifting during my marathon block", "No"),
        ("do I need to keep doing legs while I'm training for a half?", "Yes"),
    ],
)
def test_in_season(message: str, lead: str) -> None:
    text = answer(message)
    assert text.startswith(lead) and "hard-run day" in text


# What a runner will notice: faster, hills, stride.
@pytest.mark.parametrize(
    "message",
    [
        "what should i notice in my running once i start lifting",
        "what changes will I notice from strength training",
        "what improvements should I expect if I stick with leg work?",
        "how long till i notice a difference in my running and what should i notice",
    ],
)
def test_what_to_notice(message: str) -> None:
    text = answer(message)
    assert "stride" in text and "hills" in text


# "On <kit> how X, and how Y?": both parts are asks (the first opens with what it's about).
@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        (
            "on the leg extension and leg curl machines how fast should i go, and how much weight",
            "slow",
            "12–15",
        ),
        ("on the leg press how deep should i go, and how much weight", "bending your knees", "12–15"),
        ("for step ups how high should the bench be, and how many reps", "knee", "12–15"),
        ("with calf raises what's the right speed, and how many sets", "slow", "2–3"),
    ],
)
def test_about_then_two_asks(message: str, first: str, second: str) -> None:
    text = answer(message).lower()
    assert first in text and second in text


# Safety and mistakes asked in general: the article's technique rules; failure: no.
@pytest.mark.parametrize(
    "message",
    [
        "what shouldnt i do when lifting as a runner?",
        "how do I use the leg machines without hurting myself?",
        "how do i lift safely as a beginner runner",
        "what should I avoid when I start doing squats and lunges?",
    ],
)
def test_what_to_avoid_gets_the_technique_rules(message: str) -> None:
    text = answer(message)
    assert "slow and controlled" in text and "hold your breath" in text


@pytest.mark.parametrize(
    "message",
    [
        "should i lift to failure",
        "do i need to go to failure on squats",
        "should I push to failure on every set",
        "what shouldnt i do when lifting? and should i go to failure",
    ],
)
def test_failure_is_no(message: str) -> None:
    text = answer(message)
    assert "No: the article warns against going to extremes" in text


def test_which_machines_and_how_safely_both_answered() -> None:
    text = answer(
        "First time in a gym and there are loads of leg machines. Which machines matter for runners and how "
        "do I use them without hurting myself?"
    )
    assert "Leg press" in text and "slow and controlled" in text


# "Both legs at once or one at a time?" about the move being talked about (a muscle's lead move too).
@pytest.mark.parametrize(
    ("first", "then", "lead"),
    [
        (
            "whats a good home exercise for hamstrings",
            "both legs at once or one at a time?",
            "One leg at a time",
        ),
        ("how do I do a bridge", "one leg or both?", "Both together"),
        ("how do i do wall squats", "single leg or double leg?", "Both together"),
        ("how do I do step-ups", "both legs or one leg at a time?", "One leg at a time"),
    ],
)
def test_one_or_both_legs(first: str, then: str, lead: str) -> None:
    assert after(first, then).startswith(lead)


# "How does the wall one work?": the listed move with that word in its name, its steps.
@pytest.mark.parametrize(
    ("first", "then", "must"),
    [
        (
            "what exercises help with shin splints",
            "how does the wall one work",
            "Lean your back against a wall",
        ),
        ("what exercises for weak hips", "explain the side one", "Side-lying hip raise"),
        ("what helps shin splints", "how do i do the wall exercise", "raise your toes"),
    ],
)
def test_the_x_one_followup(first: str, then: str, must: str) -> None:
    assert must in after(first, then)
