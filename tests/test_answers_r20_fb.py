"""Round 20, fb (issue 25): form that breaks down at a load already raised.

- the load raised, told in the past ("I've added weight every week", "upped the weight", "since I went
  up to 20kg") is the same push for load as "keep adding weight": the form-first verdict, not the
  balance cue that calls the wobble "the balance work doing its job";
- asked "does it matter?" / "is that a problem?" / "should I worry?", the verdict is "Yes, it matters"
  (the weight is too heavy), not "No" nor "Yes, avoid it" over a wobble cue.
"""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "q",
    [
        "I've added weight to my lunges every week and I'm now on 25 kg dumbbells. My mate says my knee "
        "wobbles and my body tips forward on the last few reps. Does it matter as long as I finish the set?",
        "since going heavier on squats my form gets sloppy on the last reps, does that matter?",
        "I upped the weight on my step ups and I wobble all over the place on the final reps, do I care if I "
        "still get them done?",
        "Went up to 20kg on my split squats this week and the last couple of reps get really shaky. Is that "
        "a problem if I get them all done?",
    ],
)
def test_form_breaks_at_raised_load_matters(q: str) -> None:
    t = text(q)
    assert t.startswith("Yes, it matters"), t
    assert "too heavy" in t
    assert "12–15" in t
    assert "balance work doing its job" not in t


@pytest.mark.parametrize(
    "q",
    [
        "I've added weight to my lunges every week and now my knee wobbles on the last reps. Is it ok as "
        "long as I finish the set?",
        "I increased the weight on my squats and my form falls apart at the end, is that fine?",
        "bumped up to 30kg on the bulgarian split squat and I'm wobbling loads, ok to keep going?",
    ],
)
def test_form_breaks_at_raised_load_ok_ask_is_no(q: str) -> None:
    t = text(q)
    assert t.startswith("No"), t
    assert "balance work doing its job" not in t
    assert "12–15" in t


@pytest.mark.parametrize(
    "q",
    [
        "since I went up to 20kg my knee caves in on the last reps, is that a problem?",
        "my knee caves in at the end of my sets now I've gone up to 15kg, is that bad?",
        "my left knee caves in on the last few reps now I've moved up to 30kg, is that a problem?",
    ],
)
def test_knees_in_worth_sorting_said_once(q: str) -> None:
    t = text(q)
    assert t.count("Worth sorting out rather than ignoring") == 1, t
    assert "hips and glutes" in t
