"""Round 14 (tuner wc): form and technique asks, self-checks for imbalance, and verdicts about lifting
(general form rules, one move's depth/knees/"don't look like a beginner", form breaking down under a
rising load, what an imbalance looks like, "is it mostly about size?", "I skip leg day because I run")."""

from __future__ import annotations

import pytest
from answerutil import text

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "message",
    [
        "what are the basic safety tips for strength training my legs?",
        "any golden rules so I don't injure myself while lifting?",
        "how do I do leg exercises properly, in general?",
    ],
)
def test_general_form_rules(message: str) -> None:
    reply = text(message).lower()
    assert "full range" in reply
    assert "bouncing" in reply
    assert "breathe out" in reply
    assert "locking" in reply


@pytest.mark.parametrize(
    "message",
    [
        "what moves can I do at home, and any safety tips?",
        "what's the golden rule about form when lifting",
    ],
)
def test_rules_left_when_moves_or_one_rule_asked(message: str) -> None:
    assert not text(message).startswith("The ground rules")


@pytest.mark.parametrize(
    ("message", "must"),
    [
        ("lunges, how deep do I go and where should my knees be?", "90"),
        ("wall squat: how low, and where do the knees go?", "toes"),
        ("one legged squat how far down n where do my knees go", "90"),
    ],
)
def test_one_move_depth_and_knees(message: str, must: str) -> None:
    reply = text(message)
    assert must in reply
    assert "knee" in reply.lower()
    assert "runner's knee" not in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "how do I not look like a beginner on the leg press?",
        "first time doing step-ups at the gym, dont wanna look like an idiot",
        "tips so i don't look like a total newbie doing calf raises",
    ],
)
def test_not_look_like_a_beginner_gets_form(message: str) -> None:
    reply = text(message)
    assert "1)" in reply
    assert "shorten the range" not in reply.lower()
    assert "slow and controlled" in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "I add 5kg to my step-ups every week and now my knee caves on the last few. Just push through?",
        "my calf raises get shaky and sloppy since I went heavier, keep adding weight?",
        "lunges falling apart at the end of each set since I keep adding more weight. power through it?",
    ],
)
def test_form_breaking_under_load_is_no(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No")
    assert "form" in reply


@pytest.mark.parametrize(
    "message",
    [
        "what are the signs of a muscle imbalance?",
        "how would I know if I'm imbalanced between my legs?",
        "what does being out of balance look like when you run?",
    ],
)
def test_imbalance_self_check_gives_the_signs(message: str) -> None:
    reply = text(message).lower()
    assert "inward or outward" in reply
    assert "lean" in reply


@pytest.mark.parametrize(
    "message",
    [
        "is strength training for runners just about getting bigger muscles?",
        "isn't lifting mainly about building muscle mass?",
        "so is the gym for runners mostly about size",
    ],
)
def test_lifting_is_not_about_size(message: str) -> None:
    reply = text(message)
    assert reply.startswith("No")
    assert "alignment" in reply


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("I avoid leg days because running is enough for me, bad idea?", "Yes"),
        ("is it fine to skip leg work since I run 50k a week?", "No"),
        ("never skip leg day they say. does that apply to runners?", "Yes"),
    ],
)
def test_skipping_leg_day_because_i_run(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "inefficient" in reply


# One group told strong in slang ("on fire", "jacked", "stacked") beside one told weak ("weak af",
# "noodles", "weak sauce"): the weak group's moves (content/plan.py's word lists), not the strong one's.
@pytest.mark.parametrize(
    ("message", "weak", "strong"),
    [
        ("quads are on fire every run, hamstrings weak af, fix?", "hamstring", "One-legged squat"),
        ("my quads r stacked and my hammies r noodles, what do i do", "hamstring", "One-legged squat"),
        ("quads jacked, glutes weak sauce. how do I sort it", "bridge", "Quadriceps extension"),
    ],
)
def test_weak_partner_gets_its_own_moves(message: str, weak: str, strong: str) -> None:
    reply = text(message)
    assert weak in reply.lower()
    assert strong not in reply


@pytest.mark.parametrize(
    "message",
    [
        "can runners get strong without getting bulky?",
        "is there a way to build leg strength and stay lean?",
        "could I lift weights without becoming too muscly?",
    ],
)
def test_strong_without_bulk_is_yes(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes")
    assert "bulk" in reply


@pytest.mark.parametrize(
    "message",
    [
        "hip strength for runners: legit or just hype?",
        "are calves worth training or is that a gym myth",
        "hamstring work - fad or legit?",
    ],
)
def test_legit_or_dismissal_gets_the_verdict_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith(("Legit", "Yes")), reply


@pytest.mark.parametrize(
    "message",
    [
        "do strong hamstrings really matter for running?",
        "does having stronger calves actually help my push-off?",
        "can weak glutes make me lean forward when I run?",
    ],
)
def test_muscle_claim_gets_yes_first(message: str) -> None:
    assert text(message).startswith("Yes")


@pytest.mark.parametrize(
    ("message", "lead"),
    [
        ("the idea that runners must only lift light weights, is that outdated now?", "Yes"),
        ("isn't the advice to only lift light for runners outdated now?", "Yes"),
        ("do runners have to stick to light weights?", "No"),
    ],
)
def test_only_lift_light_idea_gets_its_verdict(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead), reply
    assert "heavier" in reply
