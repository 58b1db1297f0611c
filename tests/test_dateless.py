"""The any-date run (make anydate, under faketime) leaves out the answer-rule test files (marker
"dateless", tests/conftest.py). That is sound only while the answer path cannot see a date: these
checks fail when content.answer() gains a time parameter, when a module it reaches reads the clock
(content/ takes "now" as a parameter everywhere; a few answer modules import constants such as
DAY_NAMES from content/calendar.py, which is fine), or when such a test file starts using a clock
(or the bot and handlers, which do)."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

import content
from tests.conftest import DATELESS

ROOT = Path(__file__).resolve().parents[1]
CLOCKS = frozenset({"datetime", "time", "zoneinfo", "calendar", "asyncio", "freezegun", "bot", "handlers"})


def _imports(path: Path) -> set[str]:
    """Every module name the file imports (``from content import x`` gives content.x too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _answer_path() -> dict[str, set[str]]:
    """content.answers and every content module it reaches, with each one's imports."""
    todo, seen = ["content.answers"], {}
    while todo:
        name = todo.pop()
        path = ROOT / (name.replace(".", "/") + ".py")
        if name in seen or not path.exists():
            continue
        seen[name] = _imports(path)
        todo.extend(m for m in seen[name] if m.startswith("content."))
    return seen


READS = frozenset(
    {"now", "today", "utcnow", "time", "time_ns", "monotonic", "perf_counter", "localtime", "gmtime"}
)


def _clock_reads(path: Path) -> list[str]:
    """Calls in the file that read a clock: ``datetime.now()``, ``date.today()``, ``time.time()``…"""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in READS:
                found.append(f"{path.name}:{node.lineno} {name}()")
    return found


def test_answer_takes_no_time() -> None:
    assert list(inspect.signature(content.answer).parameters) == ["question", "last"]


def test_the_answer_path_reads_no_clock() -> None:
    path = _answer_path()
    assert "content.dialogue" in path and "content.safety" in path  # (the walk found the pipeline)
    reads = [r for m in path for r in _clock_reads(ROOT / (m.replace(".", "/") + ".py"))]
    assert reads == []


def test_the_checks_would_see_a_clock(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text("from datetime import date\nimport content.text\nx = date.today()\n", encoding="utf-8")
    assert {"datetime", "content.text"} <= _imports(f)
    assert _clock_reads(f) == ["m.py:3 today()"]


def _marked_dateless(path: Path) -> bool:
    """The file sets ``pytestmark = pytest.mark.dateless`` (a content-only file not named like the
    answer-rule files: test_answers.py, test_content.py...)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets
        ):
            return "dateless" in ast.unparse(node.value)
    return False


DATELESS_FILES = sorted(
    p for p in (ROOT / "tests").glob("test_*.py") if DATELESS.match(p.name) or _marked_dateless(p)
)


def test_there_are_dateless_files() -> None:
    assert len(DATELESS_FILES) >= 20
    names = {p.name for p in DATELESS_FILES}
    assert {"test_answers.py", "test_content.py", "test_rx.py"} <= names  # (marked, not named)
    assert not DATELESS.match("test_answers.py") and not DATELESS.match("test_dateless.py")
    assert DATELESS.match("test_answers_r10_ta.py") and DATELESS.match("test_answers_r10b_ta.py")


@pytest.mark.parametrize("path", DATELESS_FILES, ids=lambda p: p.name)
def test_a_dateless_file_uses_no_clock(path: Path) -> None:
    roots = {i.split(".")[0] for i in _imports(path)}
    assert roots & CLOCKS == set()


# SQL that reads the database server's clock (PostgreSQL and SQLite spellings).
SQL_CLOCK = re.compile(
    r"\b(?:now\s*\(|current_(?:date|time|timestamp)\b|localtime(?:stamp)?\b|clock_timestamp|"
    r"statement_timestamp|transaction_timestamp|unixepoch\s*\(|julianday\s*\(\s*'now'|"
    r"(?:date|time|datetime|strftime)\s*\([^)]*'now')",
    re.IGNORECASE,
)
# The one allowed: when a migration was applied (bookkeeping, never read by the bot's logic).
SQL_CLOCK_ALLOWED = "applied_at timestamptz NOT NULL DEFAULT now()"


def test_the_stores_read_no_clock() -> None:
    """The any-date run leaves out the PostgreSQL twin of each store-parametrised test (marker
    "pgtwin"): sound only while neither store reads a clock, so that the fake date reaches the same
    Python through the SQLite twin. Every time a store uses comes in as a parameter."""
    files = sorted(p for p in (ROOT / "bot" / "store").rglob("*") if p.suffix in (".py", ".sql"))
    assert any(p.name == "reminders.py" for p in files)  # (the walk found the queries)
    found = []
    for path in files:
        text = path.read_text(encoding="utf-8").replace(SQL_CLOCK_ALLOWED, "")
        found += [f"{path.name}: {m.group(0)}" for m in SQL_CLOCK.finditer(text)]
        if path.suffix == ".py":
            found += _clock_reads(path)
    assert found == []


def test_the_sql_clock_check_would_see_one() -> None:
    for sql in ("SELECT now()", "WHERE due <= CURRENT_TIMESTAMP", "date('now', 'localtime')", "unixepoch()"):
        assert SQL_CLOCK.search(sql), sql
    assert not SQL_CLOCK.search("SELECT due FROM reminders WHERE due <= $1")
