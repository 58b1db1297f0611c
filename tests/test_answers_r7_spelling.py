"""Typos are fixed in the whole message before any rule reads it (content/spelling.py), and real
words, other forms of a word and words we don't use are left alone."""

from __future__ import annotations

import pytest

import content
from content.answers import answerer
from content.spelling import fix_typos


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("shud i strech before or after a run", "shud i stretch before or after a run"),
        ("calf raises on a stepp", "calf raises on a step"),
        ("is it bad to bounse at the bottom", "is it bad to bounce at the bottom"),
        ("Brethe out on the push? at hoem", "Breathe out on the push? at home"),
        ("Strech after?", "Stretch after?"),
    ],
)
def test_typos_are_fixed_in_the_raw_text(said: str, meant: str) -> None:
    assert fix_typos(said, answerer().index) == meant


@pytest.mark.parametrize(
    "said",
    [
        "Is creatine fine for runners?",  # not "cheating"
        "chasing a PB this spring",  # not "cheating"
        "my knees creak on stairs",  # not "break"
        "I can't stand gyms, my strides are short and my shoe is worn",  # other forms, real words
        "lite weights and a sesh with the hammies",  # runners' words, meant as written
        "I think I tore my calf",  # a safety word: not "toe"
        "plunges, movies and skiing at noon, settling in",  # real words a letter off ours
        "can't kneel, lats are tight",
    ],
)
def test_real_words_and_other_forms_are_left_alone(said: str) -> None:
    assert fix_typos(said, answerer().index) == said


@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        ("shoud i strech befor my leg session or aftr", ("Both",), ()),
        ("is bounsing at the botom of a lunge bad", ("avoid", "bounc"), ("Dose",)),
        ("how do i do calf raisies on a stepp", ("Calf raise", "balls of your feet"), ("Bench step-up",)),
        ("wil wieghts make me bulkey", ("No",), ()),
    ],
)
def test_rules_read_the_corrected_words(
    question: str, must: tuple[str, ...], must_not: tuple[str, ...]
) -> None:
    text = content.answer(question).text
    for m in must:
        assert m.lower() in text.lower(), text
    for m in must_not:
        assert m not in text, text


def test_no_word_the_safety_rules_look_for_is_changed() -> None:
    """Every word of content/safety.py's patterns reaches the safety rules as the runner typed it
    (a fix that turned "tore" into "toe" once dropped the rest-and-physio lead)."""
    import re
    from pathlib import Path

    import content.safety

    source = Path(content.safety.__file__).read_text().lower().replace("\\b", " ")  # "\bbecause"
    words = set(re.findall(r"[a-z]{4,}", source))
    stems = {"skipp", "worr"}  # regex fragments ("skipp\\w*", "worr\\w*"), not words
    changed = {w for w in words - stems if fix_typos(w, answerer().index) != w}
    assert not changed
