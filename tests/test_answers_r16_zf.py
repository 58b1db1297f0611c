"""Round 16 (zf): failures found on fresh wording of the article's facts.

- Ordinary running asked as the strength work ("will more miles make my legs stronger?"): a No lead
  (running builds endurance, inefficient for strength); hill running stays the article's strength work.
- Which muscles work once the body moves on past the foot: the hamstrings, not the foot words' calves.
- What a move named after its muscle ("glute bridge", "hamstring push-up") does for a runner: its
  purpose, not its steps.
- An opinion asked in chat shorthand ("u think...", "you reckon...", "think ...?"): a yes/no on the
  claim, not an unknown move called "think lunges".
"""

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "q",
    [
        "Is plodding along for more miles really going to make my legs any stronger, "
        "or is that wishful thinking?",
        "Does running longer distances strengthen your legs?",
        "will jogging build leg strength",
        "Do more miles make your legs stronger?",
        "wont all my km make my legs strong enough",
        "Is running more going to make my legs any stronger, or is that a myth?",
    ],
)
def test_running_alone_is_no_strength_work(q: str) -> None:
    t = text(q)
    assert t.startswith("No: running builds endurance"), t
    assert "inefficient" in t


@pytest.mark.parametrize(
    "q", ["Does running hills make my legs stronger?", "will hill running build strength"]
)
def test_hill_running_is_not_told_no(q: str) -> None:
    t = text(q)
    assert not t.startswith(("No", "Not")), t
    assert "hill" in t.lower()


@pytest.mark.parametrize(
    "q",
    [
        "Which muscles take over once my body has moved past my planted foot?",
        "What muscles work as my body moves forward over my foot?",
        "which muscles are working when my hips pass over my foot",
        "what muscle groups kick in once im over my front foot mid stride",
        "which muscles work once I'm past my foot",
    ],
)
def test_body_past_the_foot_is_the_hamstrings(q: str) -> None:
    t = text(q)
    assert t.startswith("Mainly the hamstrings"), t


@pytest.mark.parametrize("q", ["which muscles push me off the ground?", "what muscles swing my leg forward"])
def test_other_phases_keep_their_muscles(q: str) -> None:
    assert "hamstrings" not in text(q).split("\n")[0]


@pytest.mark.parametrize(
    "q, name",
    [
        ("What does a glute bridge actually do for a runner?", "Bridge"),
        ("what do glute bridges do for my running", "Bridge"),
        ("What does the hamstring push-up do for runners?", "Hamstring push-up"),
        ("what do quad extensions do for my legs", "Quadriceps extension"),
    ],
)
def test_muscle_named_move_purpose_not_steps(q: str, name: str) -> None:
    t = text(q)
    assert t.startswith(name), t
    assert "1)" not in t  # not the step-by-step how-to
    assert "prevent" in t


def test_muscle_job_still_its_role() -> None:
    t = text("what do my calf muscles do for runners")
    assert "landing" in t and "1)" not in t


@pytest.mark.parametrize(
    "q, lead",
    [
        ("u think lifting heavy makes u slow? asking 4 a friend", "No"),
        ("u reckon squats make u slower", "No"),
        ("think lunges will help my knees?", "Yes"),
        ("reckon calf raises fix shin splints?", "Yes"),
    ],
)
def test_opinion_shorthand_is_a_yes_no(q: str, lead: str) -> None:
    t = text(q)
    assert t.startswith(lead), t
    assert "doesn't cover" not in t


def test_what_do_you_think_is_left_open() -> None:
    t = text("what do you think about hill sprints?")
    assert "is it true" not in t.lower() and "hill" in t.lower()


@pytest.mark.parametrize(
    "q",
    [
        "how many sets and reps for legs?",
        "hw many sets n reps 4 legs?? tryna get stronger 4 my half",
        "what reps and sets for my legs",
        "sets and reps for legs please",
    ],
)
def test_sets_and_reps_is_one_dose(q: str) -> None:
    t = text(q)
    assert "12 to 15" in t or "12–15" in t, t
    assert "Nearly all of them" not in t


def test_sets_then_another_ask_still_splits() -> None:
    t = text("how many sets and how often?")
    assert "Twice a week" in t and "sets" in t


@pytest.mark.parametrize(
    "q, lead",
    [
        (
            "My knee hurts from running (runner's knee). What should I strengthen, and can I still lift?",
            "Yes",
        ),
        ("I have runner's knee, can I still do strength training?", "Yes"),
        ("shin splints - is it ok to keep lifting?", "Yes"),
        ("dealing with shin splints. should i stop doing legs?", "No"),
        ("got shin splints, what helps and can i still do legs", "Yes"),
    ],
)
def test_keep_lifting_with_a_named_injury(q: str, lead: str) -> None:
    t = text(q)
    assert f"\n{lead}, " in f"\n{t}" or t.startswith(lead), t
    assert "pain-free" in t and "drop any move that hurts" in t


def test_acute_pain_still_stops_first() -> None:
    t = text("sharp pain in my shin from shin splints, can I still lift?")
    assert t.startswith("Not yet") and "pain-free" not in t


@pytest.mark.parametrize(
    "q, name",
    [
        ("is skipping a plyometric exercise?", "skipping"),
        ("are box hops plyos?", "box hops"),
        ("does skipping count as plyometrics?", "skipping"),
        ("what are plyos, and are line hops one of them?", "line hops"),
    ],
)
def test_drill_asked_as_a_plyometric(q: str, name: str) -> None:
    t = text(q)
    assert f"Yes: {name} " in t, t


@pytest.mark.parametrize(
    "q",
    [
        "What's plyometrics, how do I start, and is skipping part of it?",
        "What's plyometrics, and are box hops part of it?",
        "whats plyometrics, and is skipping one of them?",
    ],
)
def test_first_ask_naming_its_topic_keeps_it(q: str) -> None:
    t = text(q)
    assert t.startswith("Plyometrics are jumping and bounding drills"), t
    assert "\n\nYes" in t


def test_bare_first_ask_still_takes_the_next_drill() -> None:
    t = text("how steep and how many for hill reps?")
    assert "5–10%" in t and "5–8" in t


@pytest.mark.parametrize(
    "q, off",
    [
        ("My long run is Sunday. When in the week should I put my leg sessions?", "Not Sunday"),
        ("I race parkrun every Saturday, when should I do strength?", "Not Friday"),
        ("long run saturdays, when should my strength sessions go?", "Not Saturday"),
        ("tempo tuesdays and long run saturday. when do i fit legs in?", "Not Tuesday or Saturday"),
    ],
)
def test_when_asked_about_a_named_week_gives_days(q: str, off: str) -> None:
    t = text(q)
    assert t.startswith(off), t
    assert "Pick two easy days" in t


def test_last_session_before_a_race_stays() -> None:
    assert text("race on Saturday. when's my last leg session?").startswith("Thursday at the latest")


@pytest.mark.parametrize(
    "q",
    [
        "When I do the wall squat with the ball, where should my knees end up relative to my toes?",
        "wall squat: how far forward can my knees go?",
        "on lunges where do my knees go compared to my toes",
        "one legged squat - how far can the knee travel forward?",
    ],
)
def test_knees_relative_to_toes(q: str) -> None:
    t = text(q)
    assert t.startswith("Keep them behind your toes"), t
    assert "feet a little forward" not in t


@pytest.mark.parametrize(
    "q",
    [
        "what should my leg sessions focus on?",
        "Is strength training good in winter when I can't run much, and what should I focus on?",
        "what should I focus on in my strength sessions?",
        "what do i focus on during leg day",
    ],
)
def test_what_to_focus_on_in_a_session(q: str) -> None:
    t = text(q)
    assert "Work several major muscle groups each session" in t, t
    assert not t.startswith(("Twice a week", "Never skip the warm-up", "Skip strength work"))


def test_focus_with_a_named_goal_keeps_its_answer() -> None:
    t = text("off season now. what should I focus on in the gym?")
    assert "off-season" in t and "Work several major" not in t


@pytest.mark.parametrize(
    "q, detail",
    [
        ("what's the calf raise, and how long do I hold at the top?", "couple of seconds"),
        ("what is the wall squat and how low do I go?", "90°"),
        ("What's a 'charge' in hill training and how steep should the slope be?", "5–10%"),
    ],
)
def test_what_is_then_a_detail_gives_summary_and_detail(q: str, detail: str) -> None:
    t = text(q)
    _, _, rest = t.partition("\n\n")
    assert "1)" not in t, t  # not the whole card with the detail buried in its steps
    assert detail in rest, t


def test_what_is_then_how_to_keeps_the_steps() -> None:
    t = text("what is the bridge, and how do I do it?")
    assert "1)" in t and "2)" in t


def test_detail_after_a_non_what_ask_keeps_the_card() -> None:
    t = text("Calf raises: where do I stand, how high do I go, and how do I make them harder?")
    assert "step" in t.lower() and "harder" in t
