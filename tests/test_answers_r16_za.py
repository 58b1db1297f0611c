"""Round 16, tuner za: LONG messages, a runner's background (job, age, mileage, races, history) and then
one to three asks. Each ask is answered once, in order, with the verdict first; the background's words
(shifts, a farm, a flat, a race, a bike) no longer steer an ask to an unasked topic, and background facts
are not read as asks (nor unpunctuated asks as background). Every wording here is new (not the failure
list's own)."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


def _paras(reply: str) -> list[str]:
    return [p for p in reply.split("\n\n") if p.strip()]


# ---- Race week with two lift days told: each day against the race's eve, not a generic routine -------
@pytest.mark.parametrize(
    ("message", "lead", "kept"),
    [
        (
            "I'm 45, running 50k a week, and I've been lifting on Mondays and Thursdays since the "
            "spring. Half "
            "marathon this Saturday. Should I skip Thursday, or just do it lighter? And can Monday "
            "stay as normal?",
            "No need to skip Thursday",
            "Monday can stay as normal",
        ),
        (
            "Teacher, 38, running 4x a week, legs on Wednesdays and Fridays. 5k race on Monday. Skip "
            "Friday or keep "
            "it light? Wednesday fine as usual?",
            "No need to skip Friday",
            "Wednesday can stay as normal",
        ),
        (
            "Been running 6 years, 35 miles a week. I lift Tuesday and Saturday. My marathon is this "
            "Sunday. Do I "
            "skip Saturday's session or go easy? Is Tuesday ok as usual?",
            "Skip or move Saturday",
            "Tuesday can stay as normal",
        ),
    ],
)
def test_two_lift_days_against_the_race(message: str, lead: str, kept: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert kept in reply
    assert "•" not in reply  # no stock routine
    assert "soreness" not in reply  # "as normal" asks about the session, not soreness


# ---- A heavy few-rep routine with muscles left out: the load and the balance, not frequency ------------
@pytest.mark.parametrize(
    "message",
    [
        "Sprinter, 22, track 5 days a week. My leg day is leg press and squats, super heavy, 3 reps "
        "a set. My "
        "coach says my hamstrings are ignored. What should I change?",
        "I'm 30, running 40k a week. In the gym I only do leg extensions and leg press, as heavy as "
        "I can for "
        "sets of 4. My physio says it's unbalanced. What should I change?",
        "Rower turned runner, 27. Legs twice a week: squats and leg press, 5 reps each, very heavy. A friend "
        "says I'm missing stuff. what should I change?",
    ],
)
def test_heavy_few_reps_review(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Two changes. First the load")
    assert "12–15 reps" in reply
    assert "hamstring" in reply
    assert not reply.startswith("Twice a week")
    assert "doesn't cover" not in reply  # "twice a week: squats" names no "week squats"


# ---- An earlier ask's paragraph does not say what a later ask's paragraph answers ----------------------
@pytest.mark.parametrize(
    ("message", "once"),
    [
        (
            "Trail runner, 34. Winters here are brutal so my mileage halves from December. I'm thinking a "
            "strength block over winter. Is that sensible? how often should I lift, and should I still take "
            "rest weeks?",
            "three",
        ),
        (
            "Commuter cyclist, 25 km a day, plus running three times a week. My quads are strong "
            "from cycling "
            "and I've read cyclists get imbalanced. is that true for runners, and what should my "
            "strength work "
            "focus on?",
            "hamstring work",
        ),
        (
            "Triathlete, 29, lots of bike miles. My quads are strong but I hear bike people end up "
            "imbalanced. is "
            "that a real issue for running, and what should my leg sessions focus on?",
            "hamstring work",
        ),
    ],
)
def test_each_ask_said_once(message: str, once: str) -> None:
    reply = text(message)
    paras = _paras(reply)
    assert len(paras) >= 2
    assert paras[0].startswith("Yes")
    assert once not in paras[0]  # said where its own ask is answered, not before
    assert reply.count(once) == 1


def test_farm_claim_and_no_kit_session() -> None:
    reply = text(
        "I work on a farm and run 30 miles a week. My brother says running covers it and I don't need leg "
        "days. is he right? and what could I do at home in 20 minutes with no kit?"
    )
    paras = _paras(reply)
    assert paras[0].startswith("No: running builds endurance")
    assert "run first" not in reply
    assert "Yes: 20 minutes" not in reply  # a what-ask gets the moves, no yes
    assert "• " in reply


# ---- A plan whose lead rules out jumping answers "should I skip the jumping drills?" ------------------
@pytest.mark.parametrize(
    "message",
    [
        "Studio flat on the 3rd floor, thin floors and a grumpy neighbour. I want to do strength at home at "
        "night. which moves are quiet, and should I skip the jumping drills?",
        "I live in a flat with thin floors and a baby asleep by 8. I want evening leg work that won't wake "
        "anyone. what can I do quietly, and should I drop the jumping stuff?",
        "Upstairs flat, wooden floors, and the couple below already complained. I'd like home "
        "strength for my "
        "running. which exercises are silent, and should I ditch the jumping drills?",
    ],
)
def test_quiet_plan_settles_the_skip(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No jumping")
    assert "hop back and forth over a line" not in reply and "hopping back and forth" not in reply


# ---- Months without a break: the week off, and "do I need to stop completely?" answered too -------------
@pytest.mark.parametrize(
    "message",
    [
        "legs three times a week for twelve weeks with no breaks. my easy runs feel heavy and flat. "
        "is there a "
        "rule about time off from lifting? do I need to stop completely?",
        "Lifting 3x a week since January, no rest weeks at all. Lately I'm sluggish on every run. Is there a "
        "rule about taking time off? do I have to stop lifting altogether?",
        "Strength sessions three times a week for 3 months straight, never a week off. My legs feel dead and "
        "runs are flat. Is a break the rule? Should I quit completely?",
    ],
)
def test_week_off_then_not_for_good(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes. Take a week off")
    assert "No need to stop for good" in reply
    assert "calisthenics" not in reply


def test_lifting_daily_and_stop_asked() -> None:
    reply = text(
        "I lift every day and feel great, never miss. Is that too much? Do I need to stop completely?"
    )
    assert reply.startswith("Yes, more than you need")
    assert "No need to stop altogether" in reply


# ---- Shift work told: a session on the kit and its load, not scheduling ---------------------------------
@pytest.mark.parametrize(
    ("message", "move"),
    [
        (
            "Paramedic on rotating shifts, running 3 times a week. Our station gym has dumbbells and a leg "
            "press. what would a basic leg session with that kit look like, and how heavy should I go?",
            "• Leg press",
        ),
        (
            "I work shifts at the airport, run 3x a week. The staff gym has a leg curl, a leg press and "
            "dumbbells. what would a simple leg workout on that kit look like, and how heavy do I go?",
            "• Hamstring curl",
        ),
        (
            "Nurse on rotating shifts, run 4x a week. my hospital gym has dumbbells and a leg press. "
            "what should "
            "a leg session look like and how heavy should the dumbbells be?",
            "• Lunge",
        ),
    ],
)
def test_shifts_do_not_steer_the_session(message: str, move: str) -> None:
    reply = text(message)
    assert move in reply
    assert "tires you" in reply
    assert "Plan it week by week" not in reply


# ---- "how do I put a session together with that?" is a plan, even with a treadmill-for-hills ask ------
@pytest.mark.parametrize(
    "message",
    [
        "Consultant, always on the road. Hotel gyms have dumbbells and a treadmill, nothing else, "
        "and it's flat "
        "everywhere I go. How would I build a leg workout from that? can the treadmill replace hills?",
        "I travel most weeks; the hotel gym is a treadmill, some dumbbells and a bench, no hills "
        "nearby. How do "
        "I put a leg session together there, and can I use the treadmill instead of hill repeats?",
        "Sales rep, living out of hotels. Dumbbells and a treadmill in every gym. how should I structure a "
        "session there, and is the incline treadmill as good as hill repeats?",
    ],
)
def test_session_built_from_the_hotel_kit(message: str) -> None:
    reply = text(message)
    assert "• Lunge" in reply
    assert not reply.startswith("Twice a week")
    assert "Yes: a treadmill on an incline" in reply


# ---- "would those X help?" gets that move's verdict, not the weaker-side block ----------------------------
@pytest.mark.parametrize(
    ("message", "move"),
    [
        (
            "Had my right hip replaced two years ago, now jogging 4 miles three times a week. That "
            "side feels "
            "weaker and my hip dips. Would those side-lying leg lifts help, and what should I be "
            "careful with "
            "given the new joint?",
            "Side-lying hip raise",
        ),
        (
            "I'm 61 and had a knee replacement two years ago, cleared for running. My right knee "
            "wobbles on the "
            "way down stairs. Would some step-ups help with that, and anything I should be careful with?",
            "Bench step-up",
        ),
        (
            "my left hip dips when I run, my coach filmed it. I'm 35 and running 30 miles a week. "
            "would the side "
            "leg raises help? how many sets?",
            "Side-lying hip raise",
        ),
    ],
)
def test_named_move_verdict(message: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith(f"Yes. {move}")
    assert "Work each leg on its own" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "Had my right hip replaced two years ago, now jogging 4 miles three times a week. That side feels "
        "weaker and my hip dips. Would those side-lying leg lifts help, and what should I be careful with "
        "given the new joint?",
        "I'm 61 and had a knee replacement two years ago, cleared for running. My right knee wobbles "
        "on the way "
        "down stairs. Would some step-ups help with that, and anything I should be careful with?",
        "60, new knee last year and the surgeon's happy. Anything in the strength advice I should go "
        "easy on?",
    ],
)
def test_replaced_joint_caution(message: str) -> None:
    reply = text(message)
    assert "isn't written for a replaced joint" in reply
    assert "surgeon's or physio's limits come first" in reply


# ---- A no-kit ask after a band or muscle answer gets the no-kit moves ------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "All I have is a resistance band and a yoga mat. Training for my first half and told my hips "
        "are weak. "
        "Can I use the band for the side-lying leg lift, and what else needs zero equipment?",
        "Runner, 44, I own a mini band and nothing else. Could I do the lying leg lift with the band on, and "
        "which other moves need no equipment?",
        "I've got one resistance band and that's it. Marathon in the spring and everyone says hip "
        "work. Is the "
        "band ok for side leg raises instead of ankle weights? and what else from the usual stuff "
        "needs no kit?",
    ],
)
def test_no_kit_ask_after_band(message: str) -> None:
    reply = text(message)
    assert "Bands aren't" in reply  # (r17 ve: "aren't in the article", after how to use the band)
    assert "With no kit:" in reply
    assert "• One-legged squat" in reply


# ---- Weekday-only practice: two weekdays off the hard days and the race's eve ----------------------------
@pytest.mark.parametrize(
    ("message", "days", "not_day"),
    [
        (
            "I coach high school distance and we practice every weekday. Intervals Tuesday, tempo Thursday, "
            "races most Saturdays. Which days for the strength circuit, and before or after the run?",
            ("Mon", "Wed"),
            "Sun",
        ),
        (
            "Club coach, sessions on weekdays only. Intervals Tuesday, long run Sunday on their own. "
            "what days "
            "should the strength work go on and does it go after the run?",
            ("Monday", "Thursday"),
            "Saturday",
        ),
        (
            "We train Monday to Friday with the school team: hills Monday, tempo Wednesday, meets on "
            "Saturday. "
            "which days should strength go on?",
            ("Tue", "Thu"),
            "Sat suit",
        ),
    ],
)
def test_weekday_practice_days(message: str, days: tuple[str, str], not_day: str) -> None:
    reply = text(message)
    first = _paras(reply)[0]
    assert all(d in first for d in days)
    assert not_day not in first.split(":", 1)[1] if ":" in first else not_day not in first
    assert "Finish an exercise's sets first" not in reply


# ---- Unpunctuated how-asks are asks, not what the runner told -------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "I run with my spaniel on forest trails every morning. Adding hill repeats, but she hates standing "
        "still. How steep a hill should I find and how many times up, and can we just jog back down between "
        "reps?",
        "My labrador comes on all my runs and hates waiting. I'm adding hill repeats. How steep "
        "should the hill "
        "be, how many reps, and can we just jog down between them?",
        "Running club on Tuesdays, 35 miles a week, want hills on Thursdays with my dog. How steep a slope "
        "should I look for and how many repeats, and is it ok to jog down instead of resting?",
    ],
)
def test_hill_asks_not_read_as_told(message: str) -> None:
    reply = text(message)
    assert "5–10%" in reply
    assert "5–8" in reply
    assert not reply.startswith("Not quite")
    assert "Too steep is a mistake" not in reply


# ---- "only tiny weights and loads of reps?" is No, with the article's load ------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "I'm 41, doing my first marathon in spring. I really don't want bulky legs. Should I just use light "
        "dumbbells and do lots of reps? how many days a week?",
        "Ex-dancer, 33, now running 30k a week. I'm scared of getting big legs. Should I stick to "
        "small weights "
        "and high reps?",
        "Started running at 50 last year, half marathon in May. Should I only use light weights with "
        "loads of "
        "reps so I stay lean?",
    ],
)
def test_light_and_many_reps_is_no(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No: many coaches now advise heavier weights with fewer reps")
    assert "12–15 reps" in reply
    assert "Machines target single muscles" not in reply
    assert reply.count("Many coaches") + reply.count("many coaches") == 1


# ---- A suspected cause put to a verdict: "Possibly" first, then the moves asked for ----------------------
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "Marathoner, 52F. In the last 10k I start folding forward at the hips. A clubmate says "
            "weak glutes. "
            "could that be it, and what glute work would you do?",
            "Possibly: ",
        ),
        (
            "I'm 39, 25 miles a week. Late in long runs my knees start caving in and my form goes. My coach "
            "thinks weak hips. Could that be the cause, and which exercises would fix it?",
            "Possibly. ",
        ),
        (
            "Ultra runner, 46. Towards the end of races I hunch forward. Someone at parkrun said "
            "weak glutes. "
            "could that be it? what would you do for my glutes?",
            "Possibly: ",
        ),
    ],
)
def test_cause_verdict_first(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "I can't diagnose it, but if it's" not in reply


@pytest.mark.parametrize(
    ("message", "muscle", "move"),
    [
        ("what glute work would you do?", "glutes", "bridge"),
        ("and what quad work should I do?", "quads", "one-legged squat"),
        ("what would you do for my hamstrings?", "hamstrings", "hamstring"),
    ],
)
def test_muscle_work_ask_lists_moves(message: str, muscle: str, move: str) -> None:
    reply = text(message)
    assert reply.startswith(f"For your {muscle}: the ")
    assert move in reply.split("\n")[0]


# ---- "should I be changing things, and how do I keep it balanced?": both, the change first ----------------
@pytest.mark.parametrize(
    "message",
    [
        "Doing the exact same leg routine since last spring: leg press, squats, calf raises. Progress has "
        "stalled and I'm so bored. Do I need to switch things up, and how do I keep the muscles balanced?",
        "Two years of the same three moves, squats, lunges and leg extensions. Plateaued. should I "
        "change it, "
        "and how do I make it balanced?",
        "Same four exercises every week for 18 months: squats, lunges, leg press, calf raises. No progress. "
        "Should I be mixing things up, and how do I keep it balanced?",
    ],
)
def test_vary_then_balance(message: str) -> None:
    reply = text(message)
    paras = _paras(reply)
    assert paras[0].startswith("Yes. Vary it")
    assert len(paras) >= 2


# ---- Quads wrecked by descents in races: not session soreness; yes, and the descent's moves --------------
@pytest.mark.parametrize(
    "message",
    [
        "Fell runner, 41, and my quads are wrecked on long descents in every race. Would leg "
        "strength work help "
        "with that, and what exercises should I do?",
        "I race trail ultras and the downhills smash my legs every time, can barely walk for days. "
        "will strength "
        "work help the downhill part? which moves?",
        "Skyrunner here, races every month, my quads are destroyed after each one, can't do stairs for days. "
        "Would strength training help with the downhill pounding, and which exercises?",
    ],
)
def test_descent_help(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes. Downhills load your quads hardest")
    assert "ordinary muscle soreness" not in reply
    assert "Stop and rest" not in reply


def test_a_real_fall_stays_acute() -> None:
    assert text("I fell running and my knee hurts, can I still do squats?").startswith("Stop and rest")


# ---- Time running short: keep the short strength sessions, not the run-first order ------------------------
@pytest.mark.parametrize(
    "message",
    [
        "New baby arriving next month and I'll have no time. I run 5x a week and lift twice. What "
        "goes first, "
        "should I drop runs or the leg days?",
        "Busy season at work for 6 weeks, running 3 times and legs twice. should I skip the strength "
        "sessions "
        "or cut my running?",
        "Dissertation due in a month, free time is gone. 4 runs and 2 leg sessions a week now. Cut "
        "the runs or "
        "the strength work?",
    ],
)
def test_what_to_drop_when_busy(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Keep the strength sessions if you can")
    assert "Run first, then strength" not in reply


# ---- "will leg strength work help that?" gets its yes, and a drills list isn't said twice ------------------
@pytest.mark.parametrize(
    "message",
    [
        "college 400m hurdler, lots of track work, little weights. I want more pop off the blocks. will leg "
        "strength work actually help that, and which jumping drills would you start me on?",
        "Masters sprinter, 50, getting slower out of the blocks. Would strength training help my start, and "
        "which plyos should I begin with?",
        "Soccer player turned 200m runner. I want more explosive starts. will lifting actually help "
        "with that? "
        "and which jumps do I start with?",
    ],
)
def test_strength_helps_yes_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    body = "\n".join(x for x in reply.split("\n") if "/exercise" not in x)
    assert body.count("line hops") + body.count("over a line") <= 1
    assert "Not as strength work" not in reply  # the sport told is history, lifting is what's asked
    assert not reply.startswith("Yes, start simple")  # a sprinter's start, not starting out
    assert "On bulk" not in reply  # "getting slower out of the blocks" is no bulk worry


@pytest.mark.parametrize(
    "message",
    [
        "prepping for a fire service fitness test: a 1.5 mile run and carrying kit. I'll add "
        "plyometrics. what "
        "drills should I start with, and how do I progress them without getting hurt?",
        "Trying out for the school basketball team and I run 3 miles most days. Thinking plyos would help. "
        "which drills should I start with, and how do I progress them safely?",
        "Netball in winter, running in summer, I want more spring. What jumps should I begin with, "
        "and how do I "
        "progress them without injury?",
    ],
)
def test_plyo_progression_not_the_list_again(message: str) -> None:
    reply = text(message)
    assert reply.count("over a line") <= 1
    assert "Move on through the article's sequence" not in reply


# ---- Background places and kit that answer the ask: a ramp, an ankle that rolls, the weekend's long runs --
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "Amsterdam again: flat as a pancake. Hill repeats keep coming up as the best strength "
            "work. There's a "
            "car park ramp behind my office and I have a gym pass. What's the best substitute?",
            "Your car park ramp",
        ),
        (
            "My town in the Netherlands is totally flat but there's a long bridge over the canal "
            "near me. Everyone "
            "says hill repeats are great. Can the bridge work instead?",
            "Yes, if it's about a 5–10% grade",
        ),
        (
            "Flat as a table round here, no hills for miles. There's a parking garage ramp at my "
            "office. what's a "
            "good alternative to hill repeats?",
            "Your parking garage ramp",
        ),
    ],
)
def test_ramp_told_is_the_hill(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "5–8 times" in reply


@pytest.mark.parametrize(
    "message",
    [
        "Orienteer, 31. Roots, tussocks and steep drops every race, and I keep going over on my ankle. Would "
        "strength work help with that terrain, and are there balance exercises I should do?",
        "Trail runner. I keep rolling my ankle on rocky descents. would strength work help, and what balance "
        "work should I add?",
        "Cross-country season, muddy and uneven, and my ankles keep rolling. Would leg strength help "
        "with that? "
        "Are there balance exercises?",
    ],
)
def test_rolling_ankle_gets_physio_line(message: str) -> None:
    reply = text(message)
    assert "have a physio check it" in reply
    assert "\n\nYes.\n" not in reply and not reply.rstrip().endswith("\n\nYes.")


@pytest.mark.parametrize(
    "message",
    [
        "Ultra training: back to back long runs every weekend, Saturday and Sunday, and intervals on "
        "Tuesday. "
        "Where do my two strength sessions go?",
        "Training for a 50 miler. Back-to-back long runs Saturday and Sunday, a hilly run Wednesday. "
        "Where does "
        "strength fit in my week?",
        "100 mile prep: back to back long runs on the weekend (Sat and Sun) plus a tempo Thursday. "
        "where should "
        "leg strength go?",
    ],
)
def test_weekend_long_runs_keep_lifting_midweek(message: str) -> None:
    reply = text(message)
    first = reply.split("\n")[0]
    assert "Saturday" not in first.split(":", 1)[-1] or first.startswith("Not Saturday")
    assert "quads and calves on Saturday" not in reply
