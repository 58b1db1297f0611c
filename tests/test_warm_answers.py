"""bot.app builds the answer index in a worker thread at start, so the first /ask doesn't wait."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot import app
from content import answers


async def test_warm_answers_builds_the_index_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    real = answers.answerer

    def record() -> answers.Answerer:
        built.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(app.content, "answerer", record)
    loop_thread = threading.current_thread().name
    task = app.warm_answers()
    await asyncio.wait_for(task, timeout=60)
    assert len(built) == 1 and built[0] != loop_thread  # built once, in a worker thread
    assert answers._shared.cache_info().currsize == 1  # the shared answerer now exists


async def test_a_failed_warm_up_is_logged_not_raised(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise OSError("weights missing")

    monkeypatch.setattr(app.content, "answerer", broken)
    await asyncio.wait_for(app.warm_answers(), timeout=10)
    assert "building the answer index failed" in caplog.text
