"""Hostile run files: XML bombs, external entities and oversized XML, each parsed in a fresh Python
process; prints the time to the answer and how far the process's memory (peak RSS) rose.

Run: .venv/bin/python bench/bench_runs_xml.py [--rounds 5]

Issue #27 asks for an XML bomb or external-entity file to be answered within 2 s with the process's
memory up by < 50 MB. Each round starts `python -c` with content.runfiles imported, resets its peak
RSS (Linux: /proc/self/clear_refs), reads RSS and the clock, parses the file, and reads
the peak RSS (VmHWM) and the clock again; figures are medians of the
rounds. The cases (tests/runsamples.hostile_xml(); tests/test_runs_xml.py asserts the same replies
and the memory bound with tracemalloc):

- billion laughs (tests/data/runs/bomb.gpx) and an external entity (xxe.tcx): refused at the DTD;
- quadratic blowup: one 400 KB entity used 25,000 times (would expand to 10 GB): refused at the DTD;
- DTD-free files just under the 10 MB cap: one huge attribute, one huge text, 1.5 million nested
  elements, 437,000 empty track points;
- a real-shaped 4-hour 1 Hz GPX track (3 MB) for comparison.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cases() -> dict[str, tuple[str, bytes]]:
    """case -> (file name, bytes): tests/runsamples.hostile_xml() and a real-shaped 4-hour GPX."""
    from datetime import UTC, datetime

    from tests import runsamples
    from tests.runsamples import Seg

    out = {case: (name, data) for case, (name, data, _) in runsamples.hostile_xml().items()}
    four_h = [Seg(540, 2.9, 145), Seg(60, 3.6, 165)] * 24
    out["4-hour 1 Hz GPX (a real-shaped run)"] = (
        "4h.gpx",
        runsamples.gpx(datetime(2026, 11, 26, 8, 0, tzinfo=UTC), four_h),
    )
    return out


CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from content.runfiles import RunFileError, parse_run_file


def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024  # MiB


name, path = sys.argv[2], sys.argv[3]
data = open(path, "rb").read()
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # peak RSS (VmHWM) starts again from the current RSS
rss0 = status("VmRSS")
t0 = time.perf_counter()
try:
    run = parse_run_file(name, data)
    answer = f"parsed: {len(run.samples)} points"
except RunFileError as e:
    answer = "refused: " + str(e)
took = time.perf_counter() - t0
print(json.dumps({"s": took, "mb": status("VmHWM") - rss0, "answer": answer}))
"""


def measure(name: str, data: bytes, tmp: Path) -> dict[str, object]:
    path = tmp / name
    path.write_bytes(data)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), name, str(path)], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main(rounds: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print(f"{'case':56} {'size':>9} {'time':>8} {'RSS up':>9}  answer")
        for case, (name, data) in cases().items():
            runs = [measure(name, data, tmp) for _ in range(rounds)]
            s = statistics.median(float(r["s"]) for r in runs)  # type: ignore[arg-type]
            mb = statistics.median(float(r["mb"]) for r in runs)  # type: ignore[arg-type]
            answer = str(runs[0]["answer"])
            print(f"{case:56} {len(data) / 2**20:6.2f}MiB {s * 1000:6.0f}ms {mb:6.1f}MiB  {answer[:70]}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    main(ap.parse_args().rounds)
