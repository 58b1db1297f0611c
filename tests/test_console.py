"""The console chat through a real subprocess, as a script would drive it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.subprocess  # every test here runs the console as a process


def run_console(tmp_path: Path, lines: list[str], *extra: str) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "c.db"), "--json", *extra],
        cwd=ROOT,
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_json_console_one_object_per_line(tmp_path: Path) -> None:
    lines = ["/workout home", "/ask how do I do a calf raise", "/nonsense", "", "/stats"]
    objs = run_console(tmp_path, lines, "--user", "ann", "--no-scheduler")
    inputs = [o["input"] for o in objs if o["input"] is not None]
    assert inputs == lines
    workout = objs[0]["replies"][0]
    assert "Warm-up" in workout["text"] and "<b>" not in workout["text"]
    assert workout["buttons"][0]["action"].startswith("done:ann:")
    assert "calf" in objs[1]["replies"][0]["text"].lower()
    assert "/help" in objs[2]["replies"][0]["text"]
    assert objs[3]["replies"] == []
    for o in objs:
        for r in o["replies"]:
            assert set(r) == {"text", "buttons", "image", "file"}


def test_pressing_a_button_by_typing_its_action(tmp_path: Path) -> None:
    first = run_console(tmp_path, ["/workout gym"], "--no-scheduler")
    action = first[0]["replies"][0]["buttons"][0]["action"]
    objs = run_console(tmp_path, [action, action, "/stats", "/export"], "--no-scheduler")
    assert "Logged" in objs[0]["replies"][0]["text"]
    assert "Already logged" in objs[1]["replies"][0]["text"]
    chart = objs[2]["replies"][0]["image"]
    assert chart and Path(chart).read_bytes().startswith(b"\x89PNG")
    csv_path = objs[3]["replies"][0]["file"]
    assert csv_path and "gym" in Path(csv_path).read_text()


def test_group_chat_ignores_chatter_and_keeps_admin_rules(tmp_path: Path) -> None:
    objs = run_console(
        tmp_path, ["hello everyone", "/timezone group Europe/Berlin"], "--chat", "club", "--no-scheduler"
    )
    assert objs[0]["replies"] == []
    assert "Only" in objs[1]["replies"][0]["text"]
    objs = run_console(
        tmp_path, ["/timezone group Europe/Berlin"], "--chat", "club", "--admin", "--no-scheduler"
    )
    assert "Europe/Berlin" in objs[0]["replies"][0]["text"]
