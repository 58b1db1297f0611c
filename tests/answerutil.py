"""The answerer's reply text, as the answer tests read it: alone, about a chat's last topic, or after
an earlier message in the same chat (its ``context`` carried, as handlers/coach.py carries it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import content

ROOT = Path(__file__).resolve().parents[1]


def text(message: str, last: str | None = None) -> str:
    """The reply to ``message``; ``last`` is the chat's last topic id, if any."""
    return content.answer(message, last).text


def after(first: str, then: str) -> str:
    """The reply to ``then`` sent right after ``first`` in the same chat."""
    return content.answer(then, content.answer(first).context).text


def text_after(message: str, prev: str | None = None) -> str:
    """The reply to ``message``, after ``prev`` when one is given."""
    return after(prev, message) if prev else text(message)


def json_under_seed(code: str, seed: str, stdin: str = "") -> Any:
    """The JSON a fresh interpreter prints running ``code`` (in the repo, ``stdin`` fed) under the
    string hash seed ``seed``: what must not change from one process to the next."""
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": seed},
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)
