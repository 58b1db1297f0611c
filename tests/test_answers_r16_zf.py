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
