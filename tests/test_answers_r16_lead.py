"""Round 16, the lead's mends after the passes: "dad" is a word, not a typo of "add" (the short-word
swap turned "my dad says..." into "my add says..."); a verb of saying before a move ("my dad says
squats...", "physio recommended bridges") is not a move the article lacks ("says squats")."""

from __future__ import annotations

import pytest
from answerutil import text

from content.answers import answerer
from content.spelling import fix_typos

pytestmark = pytest.mark.dateless


@pytest.mark.parametrize(
    "message",
    ["my dad says lifting is bad", "dad reckons I should lift", "me and my dad run together"],
)
def test_dad_is_not_a_typo(message: str) -> None:
    fixed = fix_typos(message, answerer().index)
    assert "dad" in fixed.lower() and " add " not in f" {fixed.lower()} ", fixed


def test_a_swapped_short_word_is_still_fixed() -> None:
    assert fix_typos("my rest dya is friday", answerer().index) == "my rest day is friday"


@pytest.mark.parametrize(
    "message",
    [
        "my dad says squats will wreck my knees, is he right?",
        "my friend says lunges are bad for knees, true?",
        "physio recommended bridges, how many?",
        "my mate reckons step ups are pointless",
        "my coach told lunges are enough, agree?",
    ],
)
def test_a_verb_of_saying_is_not_a_move(message: str) -> None:
    reply = text(message)
    assert "doesn't cover" not in reply, reply


def test_an_unknown_move_is_still_named() -> None:
    assert text("are cossack squats good").startswith("The article doesn't cover cossack squats")
