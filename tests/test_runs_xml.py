"""Hostile XML run files (issue #27): bombs and external entities are refused at their DTD, and no
XML file under the 10 MB cap makes the parser's memory grow by 50 MB. Times are
bench/bench_runs_xml.py's (not asserted here: the test machine is shared)."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from content.runfiles import RunFileError, parse_run_file
from tests import runsamples

ROOT = Path(__file__).resolve().parents[1]
CASES = runsamples.hostile_xml()
MANY = "empty track points, no DTD"  # 437,000 elements (refused at 300,001): measured by RSS
LIMIT_MB = 50


@pytest.mark.parametrize("case", [c for c in CASES if c != MANY])
def test_hostile_xml_is_refused_in_bounded_memory(case: str) -> None:
    """tracemalloc's peak while parsing (the DTD-free 10 MB files took 327 MB before streaming)."""
    name, data, words = CASES[case]
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        with pytest.raises(RunFileError) as refused:
            parse_run_file(name, data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert words in str(refused.value)
    assert peak - base < LIMIT_MB * 2**20, f"{case}: memory up {(peak - base) / 2**20:.0f} MiB"


CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from content.runfiles import RunFileError, parse_run_file
from tests import runsamples

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024

name, data, words = runsamples.hostile_xml()[sys.argv[2]]
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # the peak (VmHWM) starts again from here
before = status("VmRSS")
try:
    parse_run_file(name, data)
    answer = "parsed"
except RunFileError as e:
    answer = str(e)
print(json.dumps({"mb": status("VmHWM") - before, "answer": answer, "words": words}))
"""


@pytest.mark.subprocess
def test_half_a_million_elements_are_refused_in_bounded_memory() -> None:
    """A fresh process's peak RSS while parsing 437,000 empty track points (72 MB before streaming)."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), MANY],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    got = json.loads(out.stdout)
    assert got["words"] in got["answer"]
    assert got["mb"] < LIMIT_MB, got
