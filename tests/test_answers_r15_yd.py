"""Round 15, pass 2, tuner yd: reply text quality (one pointer, no unasked steps in a long reply,
restatements in other words, an earlier paragraph the next one says in full)."""

import pytest

import content

pytestmark = pytest.mark.dateless

_POINTERS = (
    "Full card:",
    "More:",
    "Try one:",
    "How to do it:",
    "Related:",
    "A full session:",
    "Closest here:",
)


def _pointers(text: str) -> list[str]:
    return [x for x in text.split("\n") if x.startswith(_POINTERS)]


# ---- one pointer line, the most relevant ---------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what do hamstrings do when I run and what's the best exercise for them",
        "what's the role of the calves in running and what's the best move for them",
        "how steep for hill reps and is a treadmill fine when it's pouring?",
        "what helps shin splints, and what helps runners knee",
    ],
)
def test_a_reply_of_several_parts_ends_with_one_pointer(q: str) -> None:
    assert len(_pointers(content.answer(q).text)) == 1


@pytest.mark.parametrize(
    ("q", "kept"),
    [
        ("what do hamstrings do when I run and what's the best exercise for them", "/muscle hamstrings"),
        ("what's the role of the calves in running and what's the best move for them", "/muscle calves"),
        ("how steep for hill reps and is a treadmill fine when it's pouring?", "/exercise hill repeats"),
    ],
)
def test_the_pointer_kept_names_what_was_asked(q: str, kept: str) -> None:
    assert _pointers(content.answer(q).text)[-1].endswith(kept)


# ---- "best for X and best for Y": each pick in a line, not two step lists -------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "top move for my glutes and top move for my hamstrings?",
        "best exercise for my hip muscles? and the best one for calves?",
        "which move is number one for glutes, and which is number one for hamstrings?",
    ],
)
def test_two_picks_say_each_pick_without_its_steps(q: str) -> None:
    text = content.answer(q).text
    assert "1) " not in text
    assert len(text) < 450
    assert text.count("\n\n") == 1  # both picks are still there
    assert len(_pointers(text)) == 1


@pytest.mark.parametrize(
    "q",
    [
        "how do I do a bridge properly",
        "walk me through the hamstring push-up",
        "steps for a calf raise?",
    ],
)
def test_steps_asked_for_stay(q: str) -> None:
    assert "1) " in content.answer(q).text


# ---- said again in other words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "what even is plyometric training and is it worth doing",
        "what are bounding drills and should i bother with them",
        "what is jump training and should I be doing it",
    ],
)
def test_a_verdict_does_not_restate_the_definition_above_it(q: str) -> None:
    text = content.answer(q).text
    assert text.lower().count("explosive power") == 1
    assert "Yes" in text  # the verdict stays


@pytest.mark.parametrize(
    "q",
    [
        "how many sets do I do and how heavy should the weight be?",
        "on the leg machines how many sets and how heavy?",
        "i'm new at the gym, which machines and how heavy do I go?",
    ],
)
def test_how_heavy_is_not_the_dose_said_again(q: str) -> None:
    text = content.answer(q).text
    assert "12" in text
    assert not ("Heavy enough that 12 to 15" in text and text.count("12") > 1)


# ---- an earlier paragraph the next one says in full ----------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "how steep should hill sprints be, how many, and how do I run them?",
        "hill repeats: how steep and how many, and how should I run them?",
        "hill sprints: how steep, how many, and how should I run up them?",
    ],
)
def test_the_slope_is_said_once_with_the_whole_climb(q: str) -> None:
    text = content.answer(q).text
    assert text.count("5–10%") == 1
    assert text.startswith("Hill repeats: ")
    assert "5 to 8" in text or "5–8" in text


# ---- a clause that only says the sentence before it again ----------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "describe the one legged squat for me",
        "will squatting bulk up my thighs",
        "squats: will they make my quads huge?",
    ],
)
def test_what_a_move_works_is_said_once(q: str) -> None:
    text = content.answer(q).text
    assert "works the quads, hamstrings and glutes" in text
    assert "It works the quads and glutes;" not in text
    assert "helps prevent runner's knee" in text  # the clause with something new stays


# ---- one figure ask: no unrelated line under its figure -------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "how long should a strength workout take for a runner?",
        "how long should a strength workout take for a 10k runner?",
        "how long should a strength workout take for a marathon runner?",
    ],
)
def test_how_long_is_the_figure_without_a_benefits_line(q: str) -> None:
    text = content.answer(q).text
    assert "15 to 20 minutes" in text
    assert "sprinters" not in text


def test_a_plan_keeps_its_lines_under_a_figure_ask() -> None:
    text = content.answer("how many reps n sets at the gym for legs").text
    assert "Twice a week" in text


# ---- the pointer ends the reply, whatever part it came with --------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Getting ready for my first 10k, running 3 times a week, and everything I read about lifting "
        "contradicts itself. Just give me a simple weekly setup: how often, how long, what exercises, and "
        "when relative to my runs?",
        "First marathon, 4 runs a week, I've read so much conflicting stuff about lifting. Simple weekly "
        "setup please: how often, how long, which exercises, and when relative to my runs?",
    ],
)
def test_the_pointer_is_the_last_line(q: str) -> None:
    lines = content.answer(q).text.split("\n")
    assert _pointers("\n".join(lines)) == [lines[-1]]


# ---- the frequency said again with its hedge -----------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "Swim-heavy triathlon block for two months, only running twice a week and easy. I don't want to lose "
        "leg strength before my half ironman. How many leg sessions should I fit in and where do they go "
        "relative to runs?",
        "Cycling block for the next month, running just twice a week, all easy. I want to keep my leg "
        "strength for a marathon in spring. How many strength sessions should I fit in and where do they go "
        "around the runs?",
        "I'm 35, running 40 km a week, half marathon PB of 1:55 and I want sub 1:50 by autumn. I've read "
        "strength work helps but I'm worried about heavy legs in my workouts. What would actually make a "
        "difference and how should the week look?",
    ],
)
def test_twice_a_week_is_not_said_again(q: str) -> None:
    text = content.answer(q).text
    assert "Twice a week, sometimes three times." not in text
    assert "twice a week" in text.lower() or "two short sessions a week" in text.lower()


# ---- named, then not described and named again under the verdict --------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "the hopping and bounding stuff sprinters do, what's it called and is it worth it for a 10k runner?",
        "those jumpy drills over lines and onto boxes - what are they called, and do they help distance "
        "runners?",
        "what do you call the jumping drills where you hop onto a box, and are they any good?",
    ],
)
def test_the_verdict_after_the_name_says_they(q: str) -> None:
    text = content.answer(q).text
    assert "plyometrics" in text.split("\n")[0]
    assert "Yes: they " in text
    assert text.count("jumping and bounding drills") == 1
