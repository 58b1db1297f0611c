"""Round 15, tuner xa: whole replies read as one text — no later part that restates an earlier one, no
verdict fragment left leading, no line that belongs to another question (content/answers.py
drop_restated, content/compose.py unverdicted, content/situation.py kit_needed, content/dialogue.py's
physio line)."""

import pytest
from answerutil import text_after as _text

from content.answers import drop_restated
from content.compose import unverdicted
from content.situation import kit_needed

pytestmark = pytest.mark.dateless


# ---- A later sentence that restates the lines above goes ------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "light or heavy weights for my legs, how many reps, and will I get big?",
        "should I go heavy or light on leg day? what rep range? will it bulk me?",
        "heavy or light dumbbells? how many reps? will I look like a bodybuilder?",
    ],
)
def test_a_dose_said_twice_in_other_words_is_said_once(q: str) -> None:
    text = _text(q)
    assert "12–15 reps" in text
    assert "2 or 3 sets of 12 to 15 reps" not in text  # (the same load rule again, as its own paragraph)


def test_a_frequency_said_again_as_its_own_paragraph_goes() -> None:
    text = _text("have 20 min two times a week, is that ok and what do I put in it?")
    assert text.startswith("Yes")
    assert "sometimes three times" not in text  # ("(twice, sometimes three)" was said in the lead)


@pytest.mark.parametrize(
    "q",
    [
        "calves: what's the difference between soleus and gastrocnemius and do both matter?",
        "soleus or gastrocnemius, what's the difference, and do both matter for runners?",
    ],
)
def test_a_verdict_keeps_its_head_when_its_body_restates(q: str) -> None:
    text = _text(q)
    assert text.count("bounce in your stride") == 1
    assert "Yes, it matters." in text


@pytest.mark.parametrize(
    "q",
    [
        "Everyone at my club does light dumbbells and loads of reps because heavy lifting supposedly makes "
        "you bulky. Is that still the thinking?",
        "my running group all use tiny dumbbells for high reps since heavy weights make you bulky. is that "
        "still the advice?",
    ],
)
def test_a_labelled_line_is_no_card_beside_a_card(q: str) -> None:
    # ("On bulk: ..." under "Heavier with fewer reps: ...": not two cards side by side, so the coaches'
    # advice is not said again)
    text = _text(q)
    assert text.count("many coaches now advise") + text.count("Many coaches now advise") == 1
    assert "On bulk:" in text


def test_cards_side_by_side_stay_whole() -> None:
    text = _text("only time for one machine: leg extension or leg curl?")
    assert "Quadriceps extension:" in text and "Hamstring curl:" in text


def test_drop_restated_generic_text() -> None:
    # (a made-up reply: the second paragraph says the first one's point again in other words)
    text = (
        "Keep the sessions to two a week, on easy days, never on a hard-run day or the day before a race.\n\n"
        "Keep it off hard-run days and the day before a race. Start light.\n"
        "Try one: /workout"
    )
    out = drop_restated(text)
    assert "Keep it off hard-run days" not in out
    assert "Start light." in out and out.endswith("Try one: /workout")
    # a new figure, a list item, a step and a caution always stay
    same = "Run 5 to 8 hill repeats.\n\nRun 5 to 8 hill repeats, 10 of them.\n• Run 5 to 8 hill repeats"
    assert drop_restated(same) == same
    pain = "See a physio if the shin pain stays.\n\nIf the shin pain stays, see a physio."
    assert drop_restated(pain) == pain


def test_drop_restated_keeps_the_answer_to_a_named_ask() -> None:
    # "No chair? ..." answers an ask of its own, even in words said above
    text = (
        "Lie face up with your feet on a chair (an exercise ball also works).\n\n"
        "No chair? An exercise ball works instead."
    )
    assert drop_restated(text) == text


def test_an_ask_answered_in_its_own_paragraph_stays() -> None:
    # "which first?" after the hard-run-day rule: run first is new, not a restatement
    text = _text("twins here, can we lift on the same day as our track session? and if yes which first?")
    assert "Run first" in text


# ---- A verdict's condition does not lead once the verdict goes --------------------------------------


@pytest.mark.parametrize(
    ("prev", "q"),
    [
        ("I'm into plyometrics now", "which should I do first?"),
        ("what are plyometrics?", "which one is easiest to start on?"),
        ("tell me about plyometrics for runners", "which one should I try first?"),
    ],
)
def test_no_bare_if_clause_opens_a_reply(prev: str, q: str) -> None:
    text = _text(q, prev)
    assert not text.startswith("If you ")
    assert text.startswith(("Start simple: hop", "Line hops first"))  # (xe: the easiest drill named)


def test_unverdicted() -> None:
    assert unverdicted("if you start simple: hop over a line") == "Start simple: hop over a line"
    assert unverdicted("if you're new: go light") == "If you're new: go light"  # (no plain verb to lead)
    assert unverdicted("because it helps") == "Because it helps"


# ---- One verdict, not two stacked -------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "hopping and bounding drills like kids do in the playground, is that worth doing at 60 or am I "
        "asking for trouble?",
        "skipping and hopping drills, is that worth doing at my age or risky?",
        "jumping drills like hopping over lines, is that worth doing at 65 or will I get hurt?",
    ],
)
def test_yes_and_worth_it_make_one_verdict(q: str) -> None:
    text = _text(q)
    assert "Yes: worth it:" not in text
    assert text.startswith("Yes, worth it: ")


# ---- An either/or about the load: both sides, no bare "Yes" -----------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "How many lunges per set, and do I hold dumbbells or go bodyweight?",
        "lunge question: how many sets, and should I hold weights or do bodyweight?",
        "lunges: how many reps, and do I grab dumbbells or stick to bodyweight?",
    ],
)
def test_dumbbells_or_bodyweight_gets_both(q: str) -> None:
    text = _text(q)
    assert "Yes: lunges are done with them" not in text
    assert "bodyweight" in text.lower() and "dumbbell" in text.lower()


# ---- The kit list doesn't say its swap twice, and names what the swap replaces ----------------------


@pytest.mark.parametrize(
    "q",
    [
        "what equipment do I need for the side leg raise with the ankle weight?",
        "do I need any gear for the hip strengthener with the ankle weight?",
    ],
)
def test_kit_swap_already_listed_is_not_repeated(q: str) -> None:
    text = _text(q)
    assert "a weight hung from the ankle by a strap" in text
    assert "Without it" not in text and "weight hanging from a strap around the ankle" not in text


def test_kit_swap_names_the_kit() -> None:
    assert "Without them: bodyweight alone" in _text("for lunges do I need dumbbells or can I go without?")
    assert "Without one: the bottom stair" in (kit_needed("exercise:calf_raise") or "")
    assert "Without an exercise ball:" in (kit_needed("exercise:wall_squat") or "")  # (two pieces of kit)


# ---- "hurting my running" tells no pain -------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "will lifting three times a week hurt my running?",
        "how much leg work can I do before it starts hurting my race times?",
        "could too much strength work hurt my performance?",
    ],
)
def test_harm_to_the_running_is_not_pain(q: str) -> None:
    assert "If the pain persists" not in _text(q)


def test_real_pain_still_gets_the_physio_line() -> None:
    text = _text("my knee keeps hurting after every run, it's been weeks. what exercises help?")
    assert "physio" in text


# ---- How often, from a shift worker: no "Yes" over a how-often -------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "I drive trucks on rotating shifts. I run 25 miles a week, mostly on weekends. How often should I "
        "lift and how do I fit it in?",
        "I'm a paramedic on 12-hour shifts. How often should I do legs and how do I fit them in?",
        "I work rotating shifts, mostly nights. How often should I lift and when?",
    ],
)
def test_shift_worker_how_often_gets_no_yes(q: str) -> None:
    text = _text(q)
    assert not text.startswith("Yes")
    assert "two sessions" in text or text.startswith("Twice a week")  # (xc's number-first reply)
    assert "Twice a week on easy days, 15 to 20 minutes each" not in text  # (the same plan said twice)
