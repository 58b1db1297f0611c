"""The console chat through a real subprocess, as a script would drive it."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store.sqlite.core import iso

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


# --- bad bytes, odd line breaks ---------------------------------------------------------------------


def raw_console(tmp_path: Path, data: bytes, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "console",
            "--db",
            str(tmp_path / "c.db"),
            "--json",
            "--no-scheduler",
            *extra,
        ],
        cwd=ROOT,
        input=data,
        capture_output=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env},
    )


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "utf-8:strict"}, {"LC_ALL": "C"}, {"PYTHONIOENCODING": "latin-1"}],
    ids=["strict-utf8", "C-locale", "latin1"],
)
def test_invalid_utf8_gets_answers_and_valid_json_lines(tmp_path: Path, env: dict[str, str]) -> None:
    """Bytes that aren't UTF-8 become U+FFFD; every line still gets exactly one JSON object."""
    data = b"\xff\n/help\n/done home \xc3\x28 note \xed\xa0\x80\n\xe2\x80\xa8/tips\xc2\x85x\n/history \xb2\n"
    out = raw_console(tmp_path, data, env)
    assert out.returncode == 0, out.stderr
    assert b"Traceback" not in out.stderr
    text = out.stdout.decode("utf-8")  # strict: the output is valid UTF-8
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) - 1 == 5, text  # one object per input line, nothing else
    objs = [json.loads(line) for line in lines[:-1]]
    assert len(text.splitlines()) == 5  # no raw U+2028/U+0085 that other readers split on
    assert objs[0]["input"] == "\ufffd"
    assert "What I can do" in objs[1]["replies"][0]["text"] or "/workout" in objs[1]["replies"][0]["text"]
    assert "Logged" in objs[2]["replies"][0]["text"]
    assert objs[3]["input"].startswith("\u2028/tips")
    assert "Example" in objs[4]["replies"][0]["text"]


# --- output files ------------------------------------------------------------------------------------


def test_output_files_are_owner_only_and_never_overwritten(tmp_path: Path) -> None:
    first = run_console(tmp_path, ["/done gym 20", "/export", "/stats"], "--no-scheduler")
    second = run_console(tmp_path, ["/export"], "--no-scheduler")
    paths = [Path(first[1]["replies"][0]["file"]), Path(first[2]["replies"][0]["image"])]
    paths.append(Path(second[0]["replies"][0]["file"]))
    assert len(set(paths)) == 3, paths  # the second process numbered past the first one's files
    assert paths[0].read_text() and paths[2].read_text()  # both exports still there
    for p in paths:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    assert stat.S_IMODE(paths[0].parent.stat().st_mode) == 0o700


def test_timezone_accepts_only_real_places(tmp_path: Path) -> None:
    bad = [
        "localtime",
        "Factory",
        "posix/Europe/Berlin",
        "right/UTC",
        "Etc/GMT+5",
        "EST5EDT",
        "../etc/passwd",
    ]
    good = ["Europe/Berlin", "america/new_york", "UTC"]
    objs = run_console(tmp_path, [f"/timezone {z}" for z in bad + good], "--no-scheduler")
    for z, o in zip(bad, objs, strict=False):
        assert "Example" in o["replies"][0]["text"], (z, o)
    texts = [o["replies"][0]["text"] for o in objs[len(bad) :]]
    assert "now Europe/Berlin" in texts[0] and "now America/New_York" in texts[1] and "now UTC" in texts[2]


# --- whose reminders a console delivers --------------------------------------------------------------


def make_due(db: Path, *users: str) -> None:
    """Every day at a minute ago: due the moment a console starts (within the grace window)."""
    fire = (datetime.now(UTC) - timedelta(minutes=1)).replace(second=0, microsecond=0)
    con = sqlite3.connect(db)
    try:
        for user in users:
            (uid,) = con.execute(
                "SELECT id FROM users WHERE platform = 'console' AND platform_user_id = ?", (user,)
            ).fetchone()
            con.execute(
                "UPDATE reminder_schedules SET days = ?, local_time = ?, next_fire = ? WHERE user_id = ?",
                (0x7F, f"{fire:%H:%M}", iso(fire), uid),
            )
        con.commit()
    finally:
        con.close()


def console_until_scheduled(tmp_path: Path, user: str, within: float = 30.0) -> list[dict]:
    """A console with its scheduler: wait for a scheduled message, then ask /tips and leave."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--db", str(tmp_path / "c.db"), "--json", "--user", user],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert proc.stdin is not None and proc.stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, b"")), daemon=True)  # type: ignore[union-attr, arg-type]
    reader.start()
    deadline = time.monotonic() + within
    while not any(b'"scheduled"' in line for line in lines) and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.05)
    proc.stdin.write(b"/tips\n")
    proc.stdin.close()
    proc.wait(60)
    reader.join(10)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr.read()  # type: ignore[union-attr]
    return [json.loads(line) for line in lines]  # type: ignore[arg-type]


def test_a_console_delivers_only_its_own_users_reminders(tmp_path: Path) -> None:
    for user in ("r1", "r2"):
        run_console(tmp_path, ["/schedule mon 07:00"], "--user", user, "--no-scheduler")
    make_due(tmp_path / "c.db", "r1", "r2")
    r1 = console_until_scheduled(tmp_path, "r1")
    scheduled = [o for o in r1 if o.get("scheduled")]
    assert scheduled, r1
    actions = [b["action"] for o in scheduled for r in o["replies"] for b in r["buttons"]]
    assert actions and all(":r1:" in a for a in actions), actions  # r1's own, none of r2's
    db = tmp_path / "c.db"
    con = sqlite3.connect(db)
    claimed = dict(
        con.execute(
            "SELECT u.platform_user_id, COUNT(r.schedule_id) FROM reminder_schedules s "
            "JOIN users u ON u.id = s.user_id LEFT JOIN reminder_sends r ON r.schedule_id = s.id "
            "GROUP BY u.platform_user_id"
        ).fetchall()
    )
    con.close()
    assert claimed == {"r1": 1, "r2": 0}  # r2's reminder is still waiting for r2
    r2 = console_until_scheduled(tmp_path, "r2")
    actions = [b["action"] for o in r2 if o.get("scheduled") for r in o["replies"] for b in r["buttons"]]
    assert actions and all(":r2:" in a for a in actions), actions
