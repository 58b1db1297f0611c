"""Round 7 (t7): verdicts that answer the question asked (either/or gets "Both", not "Yes"; the
recommended way round is not answered "No"; "OK for my knees" is not a question about a knee cue)."""

import pytest

from content import answer


def content_answer(q: str) -> str:
    return answer(q).text


@pytest.mark.parametrize(
    "q",
    [
        "Do I stretch before lifting, after, or both?",
        "stretching: before the session or after it?",
    ],
)
def test_stretch_either_or_gets_both(q: str) -> None:
    r = answer(q).text
    assert r.startswith("Both"), r
    assert not r.startswith("Yes"), r


@pytest.mark.parametrize(
    "q",
    [
        "Should my knees stay behind my toes when I squat?",
        "do my knees need to stay behind my toes on lunges",
    ],
)
def test_knees_behind_toes_not_no(q: str) -> None:
    r = answer(q).text
    assert not r.startswith("No"), r
    assert "behind" in r.split("\n")[0], r


@pytest.mark.parametrize(
    "q",
    [
        "Are wall squats OK for my knees?",
        "Is the lunge safe for my knees?",
    ],
)
def test_ok_for_my_knees_not_no(q: str) -> None:
    r = answer(q).text
    assert r.startswith("Yes, with good form"), r


@pytest.mark.parametrize("q", ["is it ok if my knees go past my toes on squats?"])
def test_knees_past_toes_still_no(q: str) -> None:
    r = answer(q).text
    assert r.startswith("No"), r


def test_ok_for_my_knees_with_pain_no_plain_yes() -> None:
    r = content_answer("my knee hurts when I squat, are squats ok for my knees?")
    assert not r.startswith("Yes, with good form"), r


@pytest.mark.parametrize(
    "q",
    [
        "not sure whether it will make me slower. is it worth it?",
    ],
)
def test_worth_it_with_a_slow_worry_is_not_a_bare_no(q: str) -> None:
    from content.direct import direct
    from content.text import normalize

    r = direct("rule:bulk", normalize(q)) or ""
    assert r.startswith("Yes, it's worth it"), r


@pytest.mark.parametrize(
    "q",
    [
        "is 55 minutes a decent 10k time for a beginner?",
    ],
)
def test_race_time_benchmarks_are_off_topic(q: str) -> None:
    assert answer(q).off_topic


def test_strength_for_a_race_time_stays_in_scope() -> None:
    assert not answer("will leg strength help me get a good marathon time?").off_topic


@pytest.mark.parametrize(
    "q",
    ["I am 20 weeks pregnant, can I still do squats?"],
)
def test_pregnant_now_is_not_read_as_after_a_baby(q: str) -> None:
    r = content_answer(q)
    assert "while pregnant" in r and "Returning after" not in r, r


def test_after_a_baby_note_said_once() -> None:
    r = content_answer("had a baby 4 months ago, when can i start lunges again?")
    assert r.count("Returning after pregnancy") == 1, r


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("why shouldn't I lock my knees out at the top of a leg press?", "locking the knee"),
        ("how come I need hamstring work when my quads get loads already, why?", "imbalance"),
        ("why does leg strength make you quicker up hills?", "climbing"),
    ],
)
def test_a_why_gets_its_reason_not_the_card(q: str, want: str) -> None:
    r = content_answer(q)
    assert want in r.split("\n")[0], r


def test_least_time_that_is_worth_it_gets_the_minutes() -> None:
    r = content_answer("what is the least time i can spend on strength and still see results")
    assert "15 to 20 minutes" in r.split("\n")[0], r


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("which muscles do most runners forget to train?", "hip muscles"),
        ("can I do leg exercises right after my easy run?", "run first"),
        ("what should a hill session for strength look like", "Hill repeats"),
    ],
)
def test_routed_to_what_is_asked(q: str, want: str) -> None:
    r = content_answer(q)
    assert want in r.split("\n")[0], r
