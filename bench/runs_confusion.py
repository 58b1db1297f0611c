"""The run classifier's confusion table: each file's class as a coach gave it by hand (from pace,
heart rate, duration, laps and the file's metadata) against what content/ makes of it, as a first
run (no history: the tempo rule and the runner's own "usual" don't apply).

Run: .venv/bin/python bench/runs_confusion.py [--public DIR ...] [--list]

Two sets:
- generated: tests/data/runs (tests/runsamples.py), expected class from the file's name;
- public: real watch files from public repositories, listed in PUBLIC below with their source. They
  are not in this project (the workplace keeps third-party data out of the repository): the script
  reads them from each --public DIR (default: ../shared/runs beside the checkout, where the shared
  sample lives); a listed file found in none is reported missing and left out of the table.

Classes: easy, long, hard, hilly, and "refused" for a file that check_run or the parser turns away
(a ride, a swim, a multisport file). --list prints one line per file with the reason shown.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import runsamples  # noqa: E402

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
CLASSES = ("easy", "long", "hard", "hilly", "refused")

FITPARSE = ("dtcooper/python-fitparse", "tests/files/", "d88bb6997138c38d0c578aeaaf4108df0711d1f6", "MIT")
FITDECODE = ("polyvertex/fitdecode", "tests/files/", "130028b01974605e33f7d3bb59ce69dd5ef74412", "MIT")
SWEATPY = ("GoldenCheetah/sweatpy", "sweat/examples/data/", "56016e7dcbcd9b665f7f1a877479a74f0531748a", "MIT")
TCXREADER = (
    "alenrajsp/tcxreader",
    "tcxreader/tests/data/",
    "4b0daf5211a7848695918dd84c27ff44891d2e93",
    "MIT",
)
# Runalyze states no licence ("we know that we have to add a LICENSE.md"): checked by hand here,
# not to be redistributed.
RUNALYZE = (
    "Runalyze/Runalyze",
    "tests/testfiles/",
    "5669237a78c7d3512df969052fd0d97e5dca6820",
    "none stated",
)


@dataclass(frozen=True)
class Public:
    name: str
    source: tuple[str, str, str, str]  # repo, folder, commit, licence
    expected: str
    why: str


PUBLIC = [
    Public("activity-small-fenix2-run.fit", FITPARSE, "hard",
           "9 km: 14 min at 4:40 then 13 min at 4:14 /km, HR to 175, jog home: tempo"),
    Public("2013-02-06-12-11-14.fit", FITPARSE, "hilly",
           "4.8 km, 168 m of climb, 15 min/km walking uphill, running 6:20-6:50: hill run-walk"),
    Public("developer-types-sample.fit", FITPARSE, "easy", "57 min steady at 8:20 /km, HR 114-143"),
    Public("sample-activity.fit", FITPARSE, "refused", "a ride (FIT sport cycling), 88.8 km"),
    Public("garmin-fr935-cr.fit", FITDECODE, "refused", "a swim (FIT sport swimming)"),
    Public("3173437224.tcx", SWEATPY, "easy",
           "58 min run-walk: runs at 7:40-8:15 /km between walks and stops, avg HR 131"),
    Public("activity_5039744860.tcx", SWEATPY, "refused", "a ride (TCX Sport Biking)"),
    Public("cross-country-skiing_activity_1.tcx", TCXREADER, "refused", "cross-country skiing"),
    Public("12010401.gpx", RUNALYZE, "easy", "52 min, 7:10 easing to 6:10 /km, no HR"),
    Public("12010601.gpx", RUNALYZE, "hard",
           "warm-up, then 4 surges of ~3 min at 4:30-4:55 /km against 6:15 between: fartlek"),
    Public("12011601.gpx", RUNALYZE, "easy", "1 h steady at 6:10-6:40 /km"),
    Public("15031201.gpx", RUNALYZE, "easy", "1 h steady at 5:00-5:50 /km"),
    Public("15031801.gpx", RUNALYZE, "easy", "38 min steady at 4:30-5:00 /km"),
    Public("Could-Not-Be-Read_by-Florian.tcx", RUNALYZE, "long", "42.2 km in 4 h 18 min"),
    Public("FR70-intervals.fit", RUNALYZE, "hard",
           "53 min at 8:30 /km with 3 surges of ~1.5 min to HR 161-172 (called intervals: a close call)"),
    Public("FR735XT-with-performance-condition.fit", RUNALYZE, "hard",
           "10.2 km at 4:22 /km, avg HR 163, max 186"),
    Public("FR920-additional-start-events.fit", RUNALYZE, "long", "30.7 km in 2 h 47 min"),
    Public("FR920xt-with-Stryd.fit", RUNALYZE, "hard",
           "warm-up at 4:20, 1.45 km at 3:04, 8 min walk, 2.6 km at 3:38 /km: two hard reps"),
    Public("FR920xt-with-runscribe-plus.fit", RUNALYZE, "hard", "5 km in 21 min, HR 175-182: a 5k effort"),
    Public("Fenix-2-pauses.fit", RUNALYZE, "easy", "47 min at 4:26 /km, HR 140 max 152"),
    Public("Fenix-2.fit", RUNALYZE, "easy", "16 min at 5:20-5:50 /km with a stop"),
    Public("Fenix-3-with-empty-runscribe.fit", RUNALYZE, "easy", "30 min at 4:50-5:30 /km, a 78-min pause"),
    Public("Fenix-3-with-inactive-Moxy.fit", RUNALYZE, "easy", "18 min at 6:00 /km then 4 x 100 m strides"),
    Public("Movescount-mixed-extensions.gpx", RUNALYZE, "easy", "28 min steady at 5:50-6:00 /km"),
    Public("Multiple-Trainings.tcx", RUNALYZE, "easy", "1 h steady at 5:00-5:40 /km, HR 147-159"),
    Public("Standard.fit", RUNALYZE, "hilly", "9 km, 244 m of climb, HR 124 max 146"),
    Public("Standard.tcx", RUNALYZE, "long", "22.2 km in 1 h 49 min, 1,163 m of climb"),
    Public("Suunto-Ambit-3-Peak-without-final-lap.fit", RUNALYZE, "hard",
           "15 min warm-up, then 4 x (2 x 500 m at 4:00 /km, 4 x 500 m at 5:50): intervals"),
    Public("Wrong-time-zone-by-polar.tcx", RUNALYZE, "hard",
           "3 x 1.2 km at 5:10-5:25 /km, 4 min standing between"),
    Public("garmin-runPower-2.fit", RUNALYZE, "easy", "38 min at 5:39 /km, HR 133 max 145"),
    Public("garmin-runPower.fit", RUNALYZE, "long", "25.6 km in 2 h 15 min"),
    Public("invalid-altitude-and-empty-record-at-end.fit", RUNALYZE, "hard",
           "80 min; 12 min at 4:22 /km with HR 178-183 mid-run, a 223 bpm glitch at 5 min"),
    Public("strava-export.gpx", RUNALYZE, "easy", "17 min at 4:30-5:10 /km, HR 137-153"),
    Public("support-001885-rs-pronation.fit", RUNALYZE, "long", "21.5 km in 2 h 5 min"),
    Public("time-jump.fit", RUNALYZE, "hard",
           "2 km warm-up, 6 x (3 min at 4:20 / 2 min at 6:40), 2 km cool-down; the clock jumps 20 days"),
    Public("with-new-dynamics.fit", RUNALYZE, "long", "23.5 km in 2 h 18 min"),
    Public("break-between-trkseg.gpx", RUNALYZE, "long", "43 km in 6 h 20 min, 2,168 m of climb"),
    Public("runkeeper-negative-time-step-at-start.gpx", RUNALYZE, "refused",
           "22 km at 2:30 /km for 55 min, no sport in the file: a ride"),
    Public("Multisession.fit", RUNALYZE, "refused", "two running sessions 1.5 h apart in one file"),
    Public("Multisession-stop-after-transition.fit", RUNALYZE, "refused", "a duathlon: run, bike, run"),
    Public("IPBike-cadence.fit", RUNALYZE, "refused", "a ride (FIT sport cycling)"),
    Public("swim-outdoor.fit", RUNALYZE, "refused", "an open-water swim"),
]  # fmt: skip


def generated_expected(name: str) -> str:
    good = {
        "easy": "easy",
        "long": "long",
        "intervals": "hard",
        "tempo": "hard",
        "hilly": "hilly",
        "race": "hard",
    }
    return good.get(name.split("_", 1)[0], "refused")


def table(rows: list[tuple[str, str]], title: str) -> list[str]:
    """Markdown confusion table from (expected, got) pairs."""
    out = [f"| {title} \\ classified as | " + " | ".join(CLASSES) + " |", "|---" * (len(CLASSES) + 1) + "|"]
    for exp in CLASSES:
        got = [g for e, g in rows if e == exp]
        if got:
            cells = [f"**{got.count(c)}**" if c == exp else str(got.count(c)) for c in CLASSES]
            out.append(f"| {exp} ({len(got)}) | " + " | ".join(cells) + " |")
    right = sum(e == g for e, g in rows)
    out.append(f"\n{right} of {len(rows)} as expected.")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--public", action="append", type=Path, help="folder with the public files")
    ap.add_argument("--list", action="store_true", help="one line per file with its reason")
    args = ap.parse_args()
    dirs = args.public or [ROOT.parent / "shared" / "runs"]

    gen: list[tuple[str, str]] = []
    files = {**runsamples.samples(), **runsamples.bad_files()}
    for name, data in sorted(files.items()):
        exp = generated_expected(name)
        got, why = runsamples.judge(name, data, NOW)
        gen.append((exp, got))
        if args.list:
            print(f"{'ok ' if exp == got else 'XX '} generated {name}: expected {exp}, got {got} — {why}")

    pub: list[tuple[str, str]] = []
    missing = []
    for p in PUBLIC:
        path = next((d / p.name for d in dirs if (d / p.name).is_file()), None)
        if path is None:
            missing.append(p.name)
            continue
        got, why = runsamples.judge(p.name, path.read_bytes(), NOW)
        pub.append((p.expected, got))
        if args.list:
            mark = "ok " if p.expected == got else "XX "
            print(f"{mark} {p.source[0]} {p.name}: expected {p.expected} ({p.why}), got {got} — {why}")
    print()
    print("\n".join(table(gen, f"generated ({len(gen)})")))
    print()
    if pub:
        print("\n".join(table(pub, f"public ({len(pub)})")))
    if missing:
        print(f"\nmissing (not in {', '.join(map(str, dirs))}): {', '.join(missing)}")


if __name__ == "__main__":
    main()
