"""Round 18, td (issue 25): claims checked, kit named as the only kit, picks, what-for, short follow-ups.

- a claim put to the coach ("my dad says don't lock my knees, is he wrong?", "is it true I shouldn't lift
  the day before a race?", "heard lifting makes you slow, is that a myth?"): the verdict said in the
  claim's own frame (who is right, true, a myth), not the act's "Yes, avoid it";
- "is he wrong?" said of a person is not "is it bad?" (no "Yes, avoid it" turned round);
- the hotel gym that only has a treadmill: its incline and bodyweight work, not the gym's machines;
- a pull-up bar named as kit is kit, not an upper-body question;
- a machine move asked about with only other kit ("I only have a bench, can I do hamstring curls?"): no,
  and the article's stand-in;
- "what about with dumbbells?" / "can I hold a weight?" after a move's card: that move with weights (or,
  for the bridge, its one-leg form), not the card again nor the breath held;
- "what do calf raises help with?": what the move is for, not its steps;
- "step ups, decent quad exercise?": the move checked against the muscle (yes / partly / not really);
- "is it ok to lift before a 10k?": a race, not a run;
- how many rest days a week: the rest days, not how often to lift;
- a skipping rope the runner has is kit, and "is skipping the same as jump rope?" is the rope question;
- "hilly" is no typo for "hill" (the hills stay in the routine);
- stride length asked: the moves that lengthen it, not alignment.
"""

from __future__ import annotations

import pytest
from answerutil import after, text

pytestmark = pytest.mark.dateless


def _lead(reply: str) -> str:
    return reply.split("\n")[0]


# ---- a claim's verdict in its own frame -----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("my sister reckons never squat the day before a 5k, is she wrong?", "No, your sister isn't wrong"),
        ("my coach says dont lift the day before a race, is he wrong", "No, your coach isn't wrong"),
        ("My mum says don't lock your knees on the leg press. Is she wrong?", "No, your mum isn't wrong"),
    ],
)
def test_a_dont_claim_judged_wrong_is_not_wrong(question: str, lead: str) -> None:
    assert _lead(text(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "is it true you shouldn't do leg work the day before a race?",
        "is it true that I should not lift the day before a half marathon",
        "Is it true I shouldnt lift on the day before my parkrun?",
    ],
)
def test_a_true_negated_claim_is_yes(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Yes, that's true")
    assert "day before" in lead


@pytest.mark.parametrize(
    "question",
    [
        "Someone told me weights make runners slow. Is that a myth?",
        "lifting makes you bulky and slow, myth or not?",
        "is it a myth that strength training makes runners slower",
    ],
)
def test_the_bulk_claim_asked_as_a_myth_is_a_myth(question: str) -> None:
    assert _lead(text(question)).startswith("Yes, it's a myth")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "my brother reckons I dont need leg workouts since I run 60k, is he wrong?",
            "He's wrong",
        ),
        (
            "husband says I dont need leg workouts cause I run loads. is he right",
            "No, your husband isn't right",
        ),
        ("my mate reckons runners dont need leg work, is he right?", "No"),
    ],
)
def test_the_needless_claim_is_wrong(question: str, lead: str) -> None:
    reply = _lead(text(question))
    assert reply.startswith(lead)
    assert "avoid it" not in reply
    assert "inefficient" in reply


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("my trainer said calf raises help shin splints. true?", "Yes, your trainer is right"),
        ("a guy at the gym reckons you should lock your knees at the top of the leg press. right?", "No"),
        ("is it true i should only use light weights so i dont bulk?", "No"),
    ],
)
def test_a_positive_claim_is_judged_by_the_reply(question: str, lead: str) -> None:
    reply = _lead(text(question))
    assert reply.startswith(lead)
    assert not reply.startswith("Yes, that's true")


# ---- kit named as the only kit -------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "hotel gym only has a treadmill. anything for legs?",
        "the gym at my work just has a treadmill, what can I do for legs?",
        "our building's gym only has treadmills, leg ideas?",
    ],
)
def test_a_gym_with_only_a_treadmill_is_no_machine_gym(question: str) -> None:
    reply = text(question)
    assert "incline" in reply
    assert "Leg press" not in reply and "Quadriceps extension" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "only a pull up bar and a step at home",
        "all i own is a pull-up bar and a kettlebell, leg workout?",
        "only a chin-up bar and stairs at home, leg workout?",
    ],
)
def test_a_pull_up_bar_is_kit(question: str) -> None:
    reply = text(question)
    assert "I only know leg strength" not in reply
    assert "• " in reply


@pytest.mark.parametrize(
    ("question", "stand_in"),
    [
        ("I only have a chair, can I do hamstring curls?", "hamstring push-up"),
        ("only got a kettlebell, can i do the leg press?", "one-legged squat"),
        ("no gym just dumbbells, are leg extensions ok?", "bench step-up"),
    ],
)
def test_a_machine_move_with_no_machine_gets_its_stand_in(question: str, stand_in: str) -> None:
    reply = text(question)
    assert reply.startswith("No: the ")
    assert stand_in in reply


def test_a_machine_move_in_a_gym_that_has_it_is_not_turned_down() -> None:
    assert not text("my gym only has a leg press, can i do leg press?").startswith("No")


# ---- weights asked of the move just shown --------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("how do I do step ups", "what about with dumbbells?"),
        ("how do i do a bench step-up", "and holding weights?"),
        ("show me the wall squat", "with dumbbells?"),
    ],
)
def test_weights_after_a_move_hold_them_in_that_move(first: str, then: str) -> None:
    reply = after(first, then)
    assert reply.startswith("Yes")
    assert "dumbbell" in reply.lower()
    assert "1) " not in reply  # (not the card's steps again)


@pytest.mark.parametrize(
    "then", ["can i hold a weight tho?", "can i add weight?", "what about with dumbbells"]
)
def test_weights_after_the_bridge_get_its_one_leg_form(then: str) -> None:
    reply = after("how do I do the bridge", then)
    assert "one leg" in reply
    assert "breath" not in reply
    assert not reply.startswith("Yes")


# ---- what a move is for; a move checked against a muscle ------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what do calf raises help with", "shin splints"),
        ("what are hip strengtheners for", "hip"),
        ("whats the wall squat good for", "quads"),
    ],
)
def test_what_a_move_is_for_is_not_its_steps(question: str, said: str) -> None:
    reply = text(question)
    assert said in reply.lower()
    assert "1) " not in reply


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Lunges, decent glute exercise?", "Yes: the lunge"),
        ("are bridges good for hamstrings?", "Partly: the bridge"),
        ("do step ups work the calves?", "Not really: the bench step-up"),
    ],
)
def test_a_move_checked_against_a_muscle(question: str, lead: str) -> None:
    assert text(question).startswith(lead)


def test_a_move_checked_with_an_injury_told_is_left_to_the_injury() -> None:
    reply = text("diagnosed with high hamstring tendinopathy - are hamstring push-ups ok?")
    assert not reply.startswith("Yes: the hamstring push-up works")


# ---- races, rest days, the rope, the hills, the stride --------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "morning coach! ok to do legs before a 10k?",
        "is it fine to lift before my half marathon?",
        "can I hit the gym before the parkrun?",
    ],
)
def test_lifting_before_a_race_distance_is_before_a_race(question: str) -> None:
    lead = _lead(text(question))
    assert "race" in lead
    assert "other way round" not in lead
    assert not lead.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "How many rest days should I take a week?",
        "how many days off per week do I need",
        "how many rest days each week is right for a runner?",
    ],
)
def test_rest_days_counted_are_rest_days(question: str) -> None:
    reply = text(question)
    assert "rest day" in reply
    assert not reply.startswith("Twice a week")
    assert not reply.startswith("Usually yes")


@pytest.mark.parametrize(
    "question",
    [
        "I have a skipping rope and thats it, leg ideas?",
        "got a jump rope, can I use it for my legs?",
        "only have a speed rope at home, what leg stuff can I do",
    ],
)
def test_a_rope_owned_is_kit(question: str) -> None:
    reply = text(question)
    assert "Not rope skipping" not in reply
    assert "calf raise" in reply.lower()


@pytest.mark.parametrize(
    "question",
    ["Is skipping the same as jump rope?", "skipping means with a rope right?", "is skipping just jump rope"],
)
def test_skipping_against_the_rope(question: str) -> None:
    assert "no rope" in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "No gym, hilly area, what leg routine",
        "hilly town and no gym, leg workout?",
        "hilly area, no kit, what leg routine?",
    ],
)
def test_hilly_keeps_its_hills(question: str) -> None:
    assert "Hill repeats" in text(question)


@pytest.mark.parametrize(
    "question",
    [
        "best way to increase my stride length?",
        "how do i get a longer stride",
        "any way to lengthen my stride?",
    ],
)
def test_stride_length_gets_the_moves(question: str) -> None:
    reply = text(question)
    assert "stride" in reply
    assert "lunges" in reply or "one-legged squat" in reply


# ---- a pick between two machines; the runner's own running beside a pet; the card pointed at -------


@pytest.mark.parametrize(
    "question",
    [
        "hamstring curls vs leg press which one",
        "leg press or quad extension, which one?",
        "hamstring curl or leg extension which one should i pick",
    ],
)
def test_two_machines_named_get_a_pick_not_the_machine_list(question: str) -> None:
    reply = text(question)
    assert not reply.startswith("Start with the")
    lead = reply.split("\n")[0].lower()
    # (merge: tb's either/or rule picks the leg press over the hamstring curl, with the other rotated in)
    assert "both" in lead or "pick one" in lead


@pytest.mark.parametrize(
    "question",
    [
        "I go running with my dog, what leg exercises?",
        "i usually jog with my dog, any leg exercises for me?",
        "I often go running with the dog, which leg exercises should I do?",
    ],
)
def test_the_runner_running_with_a_dog_is_asking_for_themselves(question: str) -> None:
    assert "vet" not in text(question)


def test_a_pet_hurt_is_still_the_vets() -> None:
    assert "vet" in text("my dog keeps limping after our runs, any leg exercises for him?")


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("single leg or two leg calf raises", "calf raise"),
        ("calf raises on one leg or both?", "calf raise"),
        ("bridges on one leg or two?", "bridge"),
    ],
)
def test_the_card_pointed_at_is_the_move_asked(question: str, card: str) -> None:
    assert text(question).endswith(f": /exercise {card}")


# ---- a claim's verdict: a "never skip" is a do, an endorsed move, advice that "has given way" ------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("my coach says warm up before leg day, is that right?", "Yes, your coach is right"),
        ("my club says always stretch before lifting, true?", "Yes, your club is right"),
        ("my trainer says to warm up first, is he wrong?", "No, your trainer isn't wrong"),
    ],
)
def test_never_skip_in_the_reply_agrees_with_a_do(question: str, lead: str) -> None:
    assert _lead(text(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "is it true runners should avoid lunges?",
        "is it true that runners shouldnt do calf raises",
        "Is it true that runners shouldn't do squats?",
    ],
)
def test_a_move_said_to_be_off_limits_is_not_true(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("No: it's a good one for runners")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("coach says stick to light weights, is he wrong?", "Yes, your coach is wrong"),
        ("my sister says only light weights for runners, is she right?", "No, your sister isn't right"),
        ("my friend says only do light weights and high reps, is she wrong?", "Yes, your friend is wrong"),
    ],
)
def test_advice_that_has_given_way_is_wrong(question: str, lead: str) -> None:
    assert _lead(text(question)).startswith(lead)


@pytest.mark.parametrize(
    "question",
    [
        "race is saturday, no legs on friday right?",
        "half on sunday so no strength work saturday right?",
        "10k tomorrow, no lifting today true?",
    ],
)
def test_no_lifting_the_day_before_confirmed(question: str) -> None:
    lead = _lead(text(question))
    assert lead.startswith("Yes, that's")
    assert "day before" in lead


def test_an_acronym_said_keeps_its_capitals() -> None:
    assert text("my PT says I should do legs three times a week. is that right?").startswith("Yes, your PT")
