"""Round 15, tuner xc: wrong topic and buried answers. A stock answer (session length, run first, hard-run
pairing, how often, soreness care) leads only when its own question is asked; otherwise the answer to the
ask leads. Wordings of our own."""

from __future__ import annotations

import pytest

from tests.answerutil import after, text

pytestmark = pytest.mark.dateless

_SESSION_LENGTH = "4 to 6 exercises and takes about 15 to 20 minutes"
_PAIRING = "Don't pair a strength session with a hard run"


# ---- keeping one routine or varying it is keeping it fresh's question, not the session's length ----------
@pytest.mark.parametrize(
    "message",
    [
        "is it fine if all my leg sessions are identical, the same routine every time?",
        "do I need to switch up my leg routine or can I stick with one?",
        "should I switch it up every few weeks or keep the same moves?",
    ],
)
def test_keep_or_vary_the_routine_gets_vary_it(message: str) -> None:
    reply = text(message)
    assert _SESSION_LENGTH not in reply
    assert "vary" in reply.lower() or "change your routine" in reply.lower()


@pytest.mark.parametrize(
    "message",
    [
        "how often should I change up my leg exercises?",
        "how often should I change my exercises?",
        "how often should I vary my leg exercises?",
    ],
)
def test_how_often_to_change_the_moves_is_not_how_often_to_lift(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("Twice a week")
    assert "Change your routine" in reply or "vary" in reply.lower()


# ---- one muscle or several in a session: the choice ------------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "Should a session hit one muscle or several?",
        "should each workout focus on one muscle or lots?",
        "does a leg session train a single muscle or more?",
    ],
)
def test_one_muscle_or_several_gets_several(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Several:") and _SESSION_LENGTH not in reply


# ---- a spell without running is the off-season's case, not the hard-run rule's ---------------------------
@pytest.mark.parametrize(
    "message",
    [
        "away with work for a fortnight and nowhere to run, should I lift instead?",
        "on a trip for ten days where I can't run - good chance for strength work?",
        "stuck on holiday with no running for two weeks, worth doing legs?",
    ],
)
def test_a_spell_without_running_is_a_good_time_for_strength(message: str) -> None:
    reply = text(message)
    # (one text for it, direct.SPELL_WITHOUT_RUNNING, whichever of xc's and xf's rules answers)
    assert reply.lower().startswith(("yes: a spell when you can't run", "good use of the time: a spell"))
    assert _PAIRING not in reply
    assert "week off strength work" not in reply  # (the monthly week off is not glued on for "weeks")


# ---- what strength does for the joints -------------------------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "what does having strong legs do for my joints?",
        "what would lifting do for my tendons and ligaments?",
        "how does getting stronger help my joints when I run?",
    ],
)
def test_what_strength_does_for_the_joints(message: str) -> None:
    reply = text(message)
    assert "steady your joints" in reply or "hold your joints steady" in reply
    assert _SESSION_LENGTH not in reply


# ---- the soreness care follows the strength work asked about ---------------------------------------------
@pytest.mark.parametrize(
    ("message", "lead"),
    [
        (
            "hamstrings always tight after track sessions, could it be an imbalance?",
            "Possibly:",
        ),  # (xe's verdict)
        ("calves tight after my long runs, would calf raises sort them out?", "Yes: stronger calves"),
        ("quads feel tight after hill runs, strength-wise what helps?", "Stronger quads"),
    ],
)
def test_strength_asked_leads_the_soreness_reply(message: str, lead: str) -> None:
    reply = text(message)
    assert reply.startswith(lead)
    assert "Ordinary soreness from running" in reply  # (still said, after the answer)


@pytest.mark.parametrize(
    "message",
    [
        "My coach thinks heavy lifting adds bulk and bulk is dead weight on a runner. Is that still the "
        "view?",
        "Old coach said lifting makes you bulky and bulk is dead weight. Is that still the advice today?",
        "Some say squats make your legs big and muscle is dead weight. Has that thinking changed?",
    ],
)
def test_dead_weight_is_no_soreness(message: str) -> None:
    reply = text(message)
    assert "that's normal: muscle soreness" not in reply and "Nearly all of them" not in reply
    assert "bulk" in reply


# ---- the order of a run and a lift asked in a shift worker's message -------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "I work shifts so sometimes I have to run and lift on one day. Which should come first?",
        "Rotating rota here. On days with both a run and legs, which would come first?",
        "My shifts rotate so I never know my week. When lifting and running land on one day, which goes "
        "first?",
    ],
)
def test_order_asked_with_shifts_gets_run_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Run first") and not reply.startswith("Plan it week by week")


@pytest.mark.parametrize(
    "message",
    [
        "Night shifts mess up my week. Run or legs first when they share a day, and does it matter if the "
        "run "
        "is a hard one?",
        "My hours are all over the place. Which should come first, and does it matter if it's an interval "
        "day?",
        "Shift worker: which should come first on a double day, and does it make a difference if the run is "
        "a "
        "tempo?",
    ],
)
def test_does_it_matter_if_hard_is_the_hard_run_rule(message: str) -> None:
    reply = text(message)
    assert "running builds endurance but is an inefficient way" not in reply
    assert "hard run" in reply or "hard-run" in reply


@pytest.mark.parametrize(
    "message",
    [
        "I'm on rotating shifts. How often should I lift, and how do I fit it around my runs?",
        "irregular hours at work - how many times a week can I do legs and when?",
        "on call a lot with irregular hours - how often can I realistically lift?",
    ],
)
def test_how_often_with_shift_work_gets_the_number_first(message: str) -> None:
    assert text(message).startswith("Twice a week")


# ---- the hill workout's own figure, and no hills at all --------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "how steep should the slope be for hill reps? my legs die on climbs",
        "what grade for hill repeats, legs always turn to jelly uphill",
        "my legs die on hills, how many hill reps should I do?",
    ],
)
def test_hill_figure_asked_gets_the_hill_card(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Hill repeats:") and "power you up hills" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "It's completely flat where I live, no hills anywhere. What do I do instead?",
        "dead flat round here, no hills at all - alternative?",
        "zero hills near me. substitute for hill repeats?",
    ],
)
def test_no_hills_gets_the_treadmill(message: str) -> None:
    reply = text(message)
    assert "treadmill" in reply.lower() and "power you up hills" not in reply


# ---- one leg or two: the choice, not a list of examples --------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "single leg or double leg squats for runners?",
        "should runners squat on one leg or two legs?",
        "two-legged or single-legged squats, which for a runner?",
    ],
)
def test_one_leg_or_two_gets_the_choice(message: str) -> None:
    reply = text(message)
    assert reply.startswith(("One leg", "Single-leg")) and not reply.startswith("Examples")  # (xf's pick)


# ---- extra reps or clean reps; the last reps hard --------------------------------------------------------
@pytest.mark.parametrize(
    "message",
    [
        "what counts more, more reps or good reps?",
        "more weight or clean reps, which matters?",
        "quality or quantity when I lift?",
    ],
)
def test_clean_reps_over_more(message: str) -> None:
    reply = text(message)
    assert reply.startswith(("Clean reps", "Form comes first", "Good reps"))  # (xd's form-first line)
    assert not reply.startswith("2 or 3 sets")


@pytest.mark.parametrize(
    "message",
    [
        "should my final couple of reps be a struggle?",
        "is it ok if the last few reps feel really tough?",
        "are the last reps of a set supposed to be hard?",
    ],
)
def test_last_reps_hard_gets_yes_and_the_load(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes") and "12" in reply and "15" in reply


@pytest.mark.parametrize(
    "then",
    ["what if it's a tempo day?", "and if the run is a hard one?", "same on a long run day?"],
)
def test_hard_run_named_after_run_first_is_the_hard_run_rule(then: str) -> None:
    reply = after("on a day with both, do I run or lift first?", then)
    assert "hard run" in reply or "hard-run" in reply
    assert "When a run and a strength session share a day" not in reply


# ---- one ask, not two: a trailing "why?" after a how, a bare verdict after naming a thing ---
@pytest.mark.parametrize(
    "message",
    [
        "How would stronger legs make me faster over a whole race, why?",
        "how does lifting make you quicker on hills, why tho",
        "How do squats help my running economy, and why?",
    ],
)
def test_trailing_why_after_how_is_one_answer(message: str) -> None:
    reply = text(message)
    assert "\n\n" not in reply
    assert "oxygen" in reply


@pytest.mark.parametrize(
    "message",
    [
        "plyo = bouncing about like a frog? worth it?",
        "jump training = just hopping around? any point?",
        "plyometrics = playground stuff? legit?",
    ],
)
def test_verdict_after_naming_a_thing_leads(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes") and "\n\n" not in reply
    assert not reply.startswith("Plyometrics are jumping")


@pytest.mark.parametrize(
    "message",
    [
        "My brother does legs 3x a week, I do 2x, and he says I'm slacking. Which of us is right?",
        "mate does legs 2x a week, I do 3x. who's right?",
        "My coach says 3 sessions a week, my friend says 2 times a week. Who's right?",
    ],
)
def test_two_or_three_a_week_weighed_both_fine(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Both are fine")
    assert "Don't lock" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "My legs get loaded on every run, hundreds of times per session. Why would a few sets of lunges "
        "twice a week make me faster? What's the mechanism?",
        "I'm a scientist, so the mechanism please. Why would a few sets of step-ups twice a week change my "
        "running economy?",
        "why would lunges make me quicker?",
    ],
)
def test_why_a_move_makes_you_faster_gets_the_reason(message: str) -> None:
    reply = text(message)
    assert "•" not in reply  # no routine list
    assert "oxygen" in reply


@pytest.mark.parametrize(
    "message",
    [
        "I do 20 minutes at home with dumbbells twice a week. Why would that change my race times?",
        "why would dumbbell work change my race times?",
        "why would dumbbells twice a week improve my race times?",
    ],
)
def test_kit_named_race_times_asked_is_why_strength_not_off_topic(message: str) -> None:
    reply = text(message)
    assert not reply.startswith("I only know leg strength")
    assert "oxygen" in reply


@pytest.mark.parametrize(
    "message",
    [
        "I'm 61 and post-menopause. Can I safely do these leg exercises or am I too old?",
        "in my 70s, can I still do leg workouts or am I too old?",
        "I'm 64 - are these leg exercises safe for me or am I past it?",
    ],
)
def test_age_note_answers_without_the_session_length(message: str) -> None:
    reply = text(message)
    assert "older runners" in reply
    assert _SESSION_LENGTH not in reply


@pytest.mark.parametrize(
    "message",
    [
        "quads sore two days after leg day, ok to go for a run?",
        "legs stiff after lunges yesterday, can I run today?",
        "glutes aching from squats, should I still run tonight?",
    ],
)
def test_sore_from_lifting_should_i_run_gets_the_run_verdict_first(message: str) -> None:
    reply = text(message)
    assert reply.startswith("Yes, an easy run is fine")
