"""The answerer gives the first answer's freed heap back to the OS once per process, not per answer
(content/answers.py settle_heap; the bot's memory after its first question, docs/benchmarks.md)."""

from __future__ import annotations

import pytest

import content
from content import answers

pytestmark = pytest.mark.dateless


def test_settle_gives_back_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(answers, "give_back", lambda: calls.append(1))
    engine = answers.Answerer()
    for _ in range(3):
        answers.settle_heap(engine)
    assert calls == [1]


def test_an_answer_leaves_the_shared_answerer_settled(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(answers, "give_back", lambda: calls.append(1))
    content.answer("what helps shin splints?")  # (builds the answerer if no earlier test did: a call)
    assert answers.answerer()._settled.is_set()
    calls.clear()
    content.answer("how do I do a calf raise?")
    content.answer("is a bridge good for my glutes?")
    assert calls == []  # settled once: no trim per answer
