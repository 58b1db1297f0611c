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


def test_calendar_file_path_in_json(tmp_path: Path) -> None:
    objs = run_console(tmp_path, ["/schedule tue,fri 07:00 gym", "/calendar"], "--no-scheduler")
    ics = objs[1]["replies"][0]["file"]
    assert ics and ics.endswith(".ics")
    data = Path(ics).read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR") and data.count(b"BEGIN:VEVENT") >= 8


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


# --- answers (issue 25): intent, safety, follow-ups and multi-part, as a script sees them ------------


def test_console_answers_directly_safely_in_context_and_in_parts(tmp_path: Path) -> None:
    lines = [
        "is 2 days before a marathon ok for a leg session?",  # yes/no: the yes first
        "how many calf raises should I do?",  # how many: the number first
        "I strained my calf yesterday, calf raises today?",  # acute: rest + professional first
        "/ask how do I do hill repeats",
        "and how many of those?",  # a follow-up about hill repeats
        "How long should a session take? Should I lift the day before a race?",  # two asks
        "/forget",
        "and how many of those?",  # the context is gone
    ]
    objs = run_console(tmp_path, lines, "--user", "ann", "--no-scheduler")
    text = [o["replies"][0]["text"] for o in objs]
    assert text[0].startswith("Yes")
    assert text[1].startswith("Calf raise: 2")
    first = text[2].split("\n")[0]
    assert "rest" in first.lower() and "doctor or physiotherapist" in first
    assert text[4].startswith("Hill repeats: 5")
    assert text[5].index("15 to 20 minutes") < text[5].index("day before a race")
    assert not text[7].startswith("Hill repeats")


def test_console_follow_up_context_survives_a_restart_and_expires(tmp_path: Path) -> None:
    """The last topic lives in the database: a second process answers the follow-up."""
    run_console(tmp_path, ["/ask how do I do a bridge"], "--user", "ann", "--no-scheduler")
    objs = run_console(tmp_path, ["why?"], "--user", "ann", "--no-scheduler")
    said = objs[0]["replies"][0]["text"]
    # (r15 ya) a bare "why?" about a move now leads with its because ("Because it strengthens the
    # glutes..."), the move said after it: the context is what this test checks
    assert "Bridge" in said and "/exercise bridge" in said, said
    # Someone else in another console chat has no such context.
    other = run_console(tmp_path, ["why?"], "--user", "bob", "--no-scheduler")
    assert "bridge" not in other[0]["replies"][0]["text"].lower()
    # Older than 15 minutes: not a follow-up any more.
    con = sqlite3.connect(tmp_path / "c.db")
    con.execute("UPDATE ask_context SET asked_at = ?", (iso(datetime.now(UTC) - timedelta(minutes=16)),))
    con.commit()
    con.close()
    objs = run_console(tmp_path, ["why?"], "--user", "ann", "--no-scheduler")
    assert "bridge" not in objs[0]["replies"][0]["text"].lower()


def test_how_did_it_feel_by_typing_an_action_id(tmp_path: Path) -> None:
    first = run_console(tmp_path, ["/done home"], "--no-scheduler")
    reply = first[0]["replies"][0]
    assert "How did it feel?" in reply["text"]
    actions = {b["label"]: b["action"] for b in reply["buttons"]}
    assert list(actions) == ["Easy", "Just right", "Hard"]
    objs = run_console(tmp_path, [actions["Easy"], actions["Hard"], "/progress"], "--no-scheduler")
    assert "easy" in objs[0]["replies"][0]["text"]
    assert "expired" in objs[1]["replies"][0]["text"]  # rated once
    assert "Calves" in objs[2]["replies"][0]["text"] and "level 0" in objs[2]["replies"][0]["text"]
