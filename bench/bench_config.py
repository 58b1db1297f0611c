"""What validating config.toml costs at start-up: importing bot.config and one config.load().

Run: .venv/bin/python bench/bench_config.py [--runs 15] [--baseline <another checkout>]

Each run is a fresh interpreter (as ``python -m bot`` is) that imports what ``bot.config``
needs either way (the ``bot`` package, ``handlers.settings``, tomllib, zoneinfo), then
``bot.config``, and loads the repo's config.toml once; it reports the wall time of the import
and of the load, and, from a second interpreter under ``python -X importtime``, the
self+children time of ``bot.config`` and of the validating library (msgspec) within it. Then
the same for the whole runtime's import (``import bot.app, bot.telegram.adapter``), where
msgspec costs only what the bot doesn't load anyway. Medians over --runs. With --baseline, the
same figures for another checkout (e.g. main before a change), interleaved run by run in the
same process so both see the same load.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import time
import bot, handlers.settings, tomllib, zoneinfo, urllib.parse  # what bot.config needs either way
t0 = time.perf_counter()
import bot.config
t1 = time.perf_counter()
bot.config.load()
t2 = time.perf_counter()
print(f"import {(t1 - t0) * 1e3:.3f} load {(t2 - t1) * 1e3:.3f}")
"""
# The whole runtime as python -m bot imports it (tests/test_startup.py's first line): msgspec's
# share of start-up is what it adds beyond the modules the bot loads anyway (uuid, decimal, ...).
RUNTIME = """
import time
t0 = time.perf_counter()
import bot.app, bot.telegram.adapter
print(f"runtime {(time.perf_counter() - t0) * 1e3:.3f}")
"""
_IMPORTTIME = re.compile(r"import time:\s+\d+ \|\s+(\d+) \|\s*(\S+)$")


def _run(checkout: Path, *flags: str, code: str = PROBE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *flags, "-c", code], cwd=checkout, capture_output=True, text=True, check=True
    )


def probe(checkout: Path) -> dict[str, float]:
    words = _run(checkout).stdout.split()  # wall times without importtime's own overhead
    figures = {"import bot.config (wall)": float(words[1]), "config.load() (first)": float(words[3])}
    cumulative = {}
    for line in _run(checkout, "-X", "importtime").stderr.splitlines():
        m = _IMPORTTIME.search(line)
        if m:
            cumulative[m[2]] = int(m[1]) / 1e3
    figures["bot.config (importtime, cumulative)"] = cumulative.get("bot.config", 0.0)
    figures["msgspec (importtime, cumulative)"] = cumulative.get("msgspec", 0.0)
    figures["import bot.app + telegram adapter (wall)"] = float(
        _run(checkout, code=RUNTIME).stdout.split()[1]
    )
    runtime = {}
    for line in _run(checkout, "-X", "importtime", code=RUNTIME).stderr.splitlines():
        m = _IMPORTTIME.search(line)
        if m:
            runtime[m[2]] = int(m[1]) / 1e3
    figures["msgspec within bot.app (importtime)"] = runtime.get("msgspec", 0.0)
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--baseline", type=Path, help="another checkout to measure in the same run")
    args = ap.parse_args()
    checkouts = {"this checkout": ROOT}
    if args.baseline:
        checkouts["baseline"] = args.baseline.resolve()
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    for _ in range(args.runs):
        for name, path in checkouts.items():
            runs[name].append(probe(path))
    for name, figures in runs.items():
        print(f"{name} ({checkouts[name]}), median of {args.runs} fresh interpreters:")
        for key in figures[0]:
            values = [f[key] for f in figures]
            print(f"  {key:40} {statistics.median(values):8.2f} ms  (min {min(values):.2f})")


if __name__ == "__main__":
    main()
