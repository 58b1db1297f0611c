"""Round 13, tuner ts: a long message's told facts (kit, place, constraint, injury history) shape the
answer to its ask; incidental words in the story don't trigger unrelated rules."""

from __future__ import annotations

import pytest

from tests.answerutil import text

pytestmark = pytest.mark.dateless


# ---- Back after an injury, asking how to build strength without a setback: the way back ----------------
@pytest.mark.parametrize(
    "message",
    [
        "returning from a running injury - where do I start with leg strength so I don't flare it up?",
        "after two months off with an overuse injury, how can I get stronger without a setback?",
        "Getting back into it after an injury layoff. How should I start building strength safely?",
        "I had an overuse injury in my foot over the summer and I'm running again now. How do I build leg "
        "strength without it flaring up?",
    ],
)
def test_comeback_is_how_to_build_back(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Start light and build back gradually")
    assert "Pain is the limit" in reply
    assert "physio" in reply
    assert "biggest reason" not in reply  # not why strength prevents injury


def test_prevent_injury_is_no_comeback() -> None:
    assert "build back" not in text("how do I build strength to prevent injury after my runs?")


# ---- Joints beaten up by running: does strength spare them (not the run-then-lift order) ----------------
@pytest.mark.parametrize(
    "message",
    [
        "does leg strength reduce the pounding my knees take on long runs?",
        "could getting stronger cut down the beating my ankles take from road running?",
        "I run 60k a week on tarmac and my hips feel battered. Would strength work help protect them from "
        "the wear?",
    ],
)
def test_wear_and_tear_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "ligaments and tendons" in reply
    assert "Run first" not in reply


# ---- The race's eve told inside a taper: not "Yes, keep going" ----------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "Half marathon in 9 days and I lift twice a week. My normal Friday session would be the day "
        "before the race. Just keep going as usual?",
        "Marathon in 12 days; on my usual plan the final leg session falls the day before the race. Should I "
        "stick with it?",
        "10k in 8 days and my gym session lands the day before the race if I keep my routine. Carry on as "
        "normal?",
    ],
)
def test_eve_session_in_taper(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("Yes")
    assert "day before" in reply


# ---- Uphill sessions are hill repeats; hills told too steep take the treadmill told ---------------------
@pytest.mark.parametrize(
    "message",
    [
        "How should I set up uphill sessions?",
        "I keep walking the climbs in trail races. How do I structure uphill sessions so they build "
        "strength?",
        "what's the best way to run hill sessions for a mountain race?",
    ],
)
def test_uphill_sessions_are_hill_repeats(message: str) -> None:
    reply = text(message)
    assert "5–10%" in reply
    assert "5 to 8" in reply or "5–8" in reply
    assert "12 to 15 reps" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "the hills round here are all really steep but I have a treadmill. how do I do hill repeats?",
        "The hills near my house are brutal and there's a treadmill in the garage. How should I do hill "
        "repeats?",
        "I have a treadmill at home, and the hills around me are crazy steep. how do I set up hill repeats?",
    ],
)
def test_steep_hills_take_the_treadmill(message: str) -> None:
    reply = text(message)
    assert "incline" in reply.lower()
    assert "No hill?" not in reply


def test_steep_hills_are_not_no_hills() -> None:
    reply = text("The only hills near me are really steep. How do I do hill training so it builds strength?")
    assert "No hill?" not in reply
    assert "5–10%" in reply


# ---- "No equipment except the stairs": the stairs are owned ------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "no equipment except the stairs. What can I do for my legs?",
        "No kit other than a flight of stairs and 15 minutes. What should I do?",
        "I've got nothing apart from the stairs at home and 20 minutes at lunch. What leg work can I do?",
    ],
)
def test_except_stairs_owned(message: str) -> None:
    reply = text(message)
    assert "With stairs" in reply
    assert "Calf raise (on a stair" in reply


# ---- Kit told as hated: not the topic, not suggested; a winter plan with how often --------------------
@pytest.mark.parametrize(
    "message",
    [
        "It's freezing here all winter and I hate the treadmill. I want to do a strength block instead of "
        "lots of running. Is that a reasonable plan and how often should I lift?",
        "Snow on the ground till March and I really can't stand the treadmill. I'm thinking of a winter of "
        "mostly strength work. Is that a sensible plan?",
        "Winter here is brutal and I loathe treadmills. Plan is to lift more and run less until spring. Is "
        "that a good idea, and how many sessions a week?",
    ],
)
def test_winter_block_hating_treadmill(message: str) -> None:
    reply = text(message)
    assert "treadmill" not in reply.lower()
    assert reply.startswith("Yes")
    assert "two or three" in reply


# ---- "How would you fit strength in?" after a muscle told: the week, then the muscle's moves ----------
@pytest.mark.parametrize(
    "message",
    [
        "My hamstrings always feel weak late in marathons. I run six days a week. How do I fit strength in "
        "and what should I do for them?",
        "Calves are my weak link on hills. Where would leg work fit into a 70-mile week, and which calf "
        "exercises?",
        "Quads die on every descent in my ultras and I run 120k weeks. How would you fit strength in, and "
        "what works the quads?",
    ],
)
def test_fit_in_asked_after_a_muscle(message: str) -> None:
    reply = text(message)
    first = reply.split("\n\n")[0]
    assert "Twice a week" in first and "hard-run days" in first
    assert "\n\n" in reply  # the muscle's moves after it


# ---- Their own moves named, the load and sets asked: not a stock routine --------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "Just joined a gym and I'll be doing lunges, leg press, hamstring curls and calf raises twice a "
        "week. "
        "How do I pick the weight for each, and how many sets?",
        "Going to the gym on Tuesdays: my plan is leg press, step-ups and hamstring curls. How do I choose "
        "the right weight?",
        "New gym member here. Thinking walking lunges, leg extensions and calf raises. What weight should I "
        "start with and how many sets of each?",
    ],
)
def test_own_moves_load_asked(message: str) -> None:
    reply = text(message)
    assert "12 to 15" in reply or "12–15" in reply
    assert "tired" in reply or "tires you" in reply  # how to pick the load
    assert "•" not in reply  # no routine swapping their moves


# ---- A muscle told strong against others told weak: the weak ones lead --------------------------------
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "I paddle a lot so my quads are strong, but my hamstrings and glutes feel like passengers when I "
            "run. What should I work on?",
            "hamstring push-up",
        ),
        (
            "Years of cycling: quads are huge but my hamstrings feel lazy. What routine should I do at home?",
            "hamstring",
        ),
        (
            "Skier here, my quads are strong but my glutes feel switched off on runs. What should I focus "
            "on?",
            "glute",
        ),
    ],
)
def test_weak_against_strong_leads(message: str, lead: str) -> None:
    reply = text(message).lower()
    first = reply.split("\n")[0]
    assert lead in first
    assert not first.startswith("quadriceps")


# ---- A teenager asking which jumping drills: the drills' progression, not the young-runner block --------
@pytest.mark.parametrize(
    "message",
    [
        "I'm 15 and sprint for my school. I've got a step in the garage. Which jumping drills should I start "
        "with?",
        "im 16, I do the 200 and want quicker starts. what plyometric drills should I do?",
        "I'm 14 and run hurdles. I have a low box at home. Which jumping exercises should I begin with?",
    ],
)
def test_teen_drills_asked(message: str) -> None:
    reply = text(message).lower()
    assert "line" in reply and ("box" in reply or "step" in reply) and "skipping" in reply
    assert "doesn't cover young runners" not in reply


def test_teen_safety_ask_keeps_young_block() -> None:
    assert "young runners" in text("I'm 16, is it safe for me to lift?")


# ---- A professional's finding and "what would you have me do?": that muscle's moves, with the kit told --
@pytest.mark.parametrize(
    ("message", "move"),
    [
        (
            "I'm 70 and my physio says my hips are weak. I've joined a gym. What would you have me do there "
            "for them?",
            "side-lying hip raise",
        ),
        ("My physio told me my glutes are weak. What would you suggest?", "bridge"),
        (
            "Sports therapist says my hamstrings are weak compared to my quads. What would you have me do?",
            "hamstring push-up",
        ),
    ],
)
def test_pro_weak_what_would_you(message: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith("For the weak")
    assert move in reply


# ---- "even though" said in passing is no quads-and-hamstrings balance question ---------------------------
@pytest.mark.parametrize(
    "message",
    [
        "My physio says my hip rotators are lazy even though my quads and hamstrings are strong. What do the "
        "rotators actually do when I run?",
        "Even though my quads and hamstrings test fine, my hips are weak, says my physio. Why do hip muscles "
        "get neglected?",
        "Hamstrings and quads are fine even after my layoff, but what do the hip rotators do in running?",
    ],
)
def test_even_though_is_not_balance(message: str) -> None:
    reply = text(message).lower()
    assert "hip" in reply.split("\n")[0]
    assert not reply.startswith("aim for all-round")


# ---- No stairs, no chair, no bench told: a floor routine, not the moves that need them ------------------
@pytest.mark.parametrize(
    "message",
    [
        "Dorm room, no chair, no stairs nearby. What's a leg routine I can do?",
        "small flat, no step and no chair, only the floor. what leg exercises can I do?",
        "studio apartment: no stairs, no bench and no chair, just floor space. What can I do for my legs?",
    ],
)
def test_floor_only_routine(message: str) -> None:
    reply = text(message)
    assert "•" in reply  # a routine, not only substitutions
    assert "Bench step-up" not in reply
    assert "(on a stair or ledge)" not in reply
    assert "a chair braced on a wall" not in reply
    assert "Bridge" in reply


def test_floor_and_bed_keeps_the_hamstrings() -> None:
    reply = text("tiny bedsit, no stairs, no chair, just some floor and my bed. what leg exercises can I do?")
    assert "Hamstring push-up (heels on the edge of a bed" in reply


# ---- Strength wanted, not yet done, with a busy week: how to add it, not a week off ---------------------
@pytest.mark.parametrize(
    "message",
    [
        "I commute by bike daily and run four times a week, and my legs feel heavy a lot. I'm planning to "
        "add two leg sessions. Is that too much?",
        "I play five-a-side twice a week and run 4 days a week, always a bit tired. Thinking of starting "
        "strength work too. Am I overdoing it?",
        "Walk the dog an hour every day and run 3x a week, legs feel tired most days. I want to add some "
        "gym work for my legs. Too much?",
    ],
)
def test_adding_strength_to_a_busy_week(message: str) -> None:
    reply = text(message)
    assert "Take a week off strength work now" not in reply
    assert "two short sessions a week" in reply


def test_lifting_now_still_overload() -> None:
    assert "Three times a week" in text(
        "I lift three times a week and run daily, legs always tired. Too much?"
    )


# ---- Kit that changes from place to place: a routine for anywhere, the gym's swaps ----------------------
@pytest.mark.parametrize(
    "message",
    [
        "I travel a lot for work. Some hotels have a gym, some have nothing at all. What leg routine "
        "should I do?",
        "My shift pattern means sometimes a gym, other weeks nothing but my flat. How do I plan strength "
        "work?",
        "Half marathon in 10 weeks and I'm on the road constantly: some places have a gym, some have no kit "
        "at all. How should I structure my leg work?",
    ],
)
def test_kit_varies(message: str) -> None:
    reply = text(message)
    assert "Anywhere:" in reply and "With a gym:" in reply


# ---- "I'm slower on the hills than I used to be" is told, not the worry that lifting slows you ----------
@pytest.mark.parametrize(
    "message",
    [
        "I'm slower up hills than I used to be. Could strength training fix that?",
        "I'm 55 and I've been getting slower on the climbs. Would leg strength work help?",
        "My 10k has been slower lately and I'm slower on hills than I was. Could lifting help with that?",
    ],
)
def test_slower_told_is_not_bulk_worry(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("No")
    assert "won't bulk you up" not in reply


# ---- An old injury, back running, a flare-up feared (not felt): the way back, not "stop running" ------
@pytest.mark.parametrize(
    "message",
    [
        "I had a stress reaction in my foot last spring. I'm back running now and want to add strength "
        "without it flaring up again. How should I go about it?",
        "Had plantar fasciitis last year, all better now. How do I strengthen my feet without it flaring up "
        "again?",
        "Tore my calf last season, running again now. How do I build it up without it hurting again?",
    ],
)
def test_feared_flare_is_not_pain_now(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Good that it's healed")
    assert "Stop" not in reply.split("\n")[0]


@pytest.mark.parametrize(
    "message",
    [
        "Been out for 6 weeks with an overuse injury in my calf. Now cleared. How do I start strength "
        "training without setting it off again?",
        "I was laid up for a month with an overuse injury. How should I ease into leg strength without a "
        "setback?",
        "After three months off with a running injury, what's the safe way to start lifting again?",
    ],
)
def test_comeback_after_time_out(message: str) -> None:
    reply = text(message)
    assert "Start light" in reply or "start light" in reply
    assert "Pain is the limit" in reply or "stop anything" in reply.lower()


# ---- Another sport told with its own sessions: the plan keeps off its hard days too ----------------------
@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "I'm a swimmer first, 4-5 pool sessions a week. What would a simple leg plan look like without "
            "wrecking my swim sessions?",
            "swim days",
        ),
        ("I play Sunday league football and run midweek. Give me a home leg routine.", "match days"),
        (
            "I row at club level and run twice a week. What gym routine should I do for my legs?",
            "rowing days",
        ),
    ],
)
def test_other_sport_days(message: str, said: str) -> None:
    assert said in text(message)


def test_break_the_cycle_is_no_bike() -> None:
    reply = text("I want to break the cycle of getting hurt. Give me a home leg routine.")
    assert "ride" not in reply


# ---- The leg told swinging out: the hips' line says in or out, not only "drift in" ----------------------
@pytest.mark.parametrize(
    "message",
    [
        "my knee aches on the outside and my leg swings out when I run. weak hips?",
        "outer knee gets sore on long runs and my foot kicks out to the side. could that be my hips?",
        "IT band niggles on the outside of my knee and my leg flicks outwards. hips?",
    ],
)
def test_swing_out_not_only_drift_in(message: str) -> None:
    reply = text(message)
    assert "drift in, which" not in reply
    assert "physio" in reply


# ---- A part told: its own moves lead the plan (the bridge before the squat for the glutes) --------------
@pytest.mark.parametrize(
    "message",
    [
        "My glutes are weak according to my physio and I only have 10 minutes in the morning. What should I "
        "do?",
        "I sit all day and my glutes feel dead on runs. Give me a 15 minute home routine.",
        "My bum never seems to switch on when I run. What can I do at home?",
    ],
)
def test_glutes_own_move_leads(message: str) -> None:
    reply = text(message)
    bullets = [x for x in reply.split("\n") if x.startswith("• ")]
    assert bullets
    assert bullets[0].startswith("• Bridge")


# ---- A joint replacement told with a safety ask, whichever order: the surgeon first, never another card --
@pytest.mark.parametrize(
    "message",
    [
        "is it ok to lift after a knee replacement?",
        "I'm 72, had a hip replacement 3 years ago, and want to keep running parkrun. What leg strength can "
        "I safely do at home?",
        "Is it safe to do squats with a hip replacement?",
    ],
)
def test_replacement_surgeon_first(message: str) -> None:
    reply = text(message)
    assert "surgeon" in reply
    assert "runner's knee" not in reply
    assert not reply.startswith("Check first:")  # (not "check first ... so check with your surgeon first")


# ---- Ten minutes: the routine lists the three moves the time's verdict names ------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "Three kids, full-time job, I get 10 minutes before bed. Is 10 minutes even worth it and what would "
        "you do?",
        "Only 10 mins a day between meetings. Is that enough, and what should I do?",
        "I have 10 minutes after my run. Worth doing anything, and what?",
    ],
)
def test_ten_minutes_consistent(message: str) -> None:
    reply = text(message)
    if "e.g. one-legged squats, calf raises and bridges" in reply and "•" in reply:
        bullets = [x for x in reply.split("\n") if x.startswith("• ")]
        assert [b.split(" (")[0].split(":")[0] for b in bullets] == [
            "• One-legged squat",
            "• Calf raise",
            "• Bridge",
        ]
