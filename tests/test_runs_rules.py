"""The classifier's rules as checked on real watch files (issue #27, docs/runs.md): generated
files shaped like the real ones that the first rules got wrong (run-walks, downhill stretches,
reps with walks between, alternating laps, a ride in a GPX without its sport, a multisport FIT, a
watch clock jump, a heart-rate glitch). The real files themselves are checked by hand with
bench/runs_confusion.py: they are not the project's to ship."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from content.runfiles import parse_run_file
from content.runs import RunClass, RunData, check_run, classify
from tests import runsamples
from tests.runsamples import Seg

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
START = datetime(2026, 11, 29, 7, 0, tzinfo=UTC)


def judge(name: str, data: bytes) -> tuple[str, str]:
    return runsamples.judge(name, data, NOW)


def test_gps_noise_does_not_make_intervals() -> None:
    """An easy hour at 6:00 /km, each 1 Hz fix off by up to 5 m: no fast stretches."""
    rnd = random.Random(27)
    samples, dist = [], 0.0
    for t in range(3600):
        samples.append((float(t), dist + rnd.uniform(-5, 5), None, 50.0))
        dist += 2.78
    run = RunData(START, 3600.0, 3600.0, dist, 0.0, None, None, None, samples=tuple(samples))
    assert classify(run, [])[0] is RunClass.EASY


def test_a_run_walk_is_easy_not_intervals() -> None:
    """1 h of 2 min jogging at 8:00 /km and 2 min walking: walks don't lower the run's pace."""
    segs = [Seg(120, 2.08, None), Seg(120, 1.3, None)] * 15
    got, why = judge("runwalk.gpx", runsamples.gpx(START, segs))
    assert got == "easy", why


def test_downhill_is_not_fast() -> None:
    """Hill repeats run easy: 3 min up at 7:00 /km, 2 min down at 4:50 /km (the speed comes
    from the slope), 8 times over 40 min: hilly, not intervals."""
    segs = [Seg(180, 2.38, None, climb=60), Seg(120, 3.45, None, climb=-60)] * 8
    got, why = judge("hills.gpx", runsamples.gpx(START, segs))
    assert got == "hilly", why


def test_two_long_reps_with_a_walk_between_are_hard() -> None:
    """10 min warm-up at 4:20 /km, 5 min at 3:05, 8 min walking, 9 min at 3:40 (a real Stryd
    session's shape): two reps, 14 min fast in all."""
    segs = [Seg(600, 3.85, None), Seg(300, 5.4, None), Seg(480, 1.3, None), Seg(540, 4.55, None),
            Seg(300, 3.6, None)]  # fmt: skip
    got, why = judge("reps.gpx", runsamples.gpx(START, segs))
    assert (got, why.split(":")[0]) == ("hard", "Hard run"), why


def test_laps_faster_than_their_neighbours_are_intervals() -> None:
    """3 x 6 min at 5:15 /km with 4 min standing between, laps without work/rest marks (as a
    Polar TCX has them): the pace rule can't see it (the reps are the run's pace), the laps can."""
    segs: list[Seg] = [Seg(150, 0.1, 120)]
    for _ in range(3):
        segs += [Seg(390, 3.18, 156), Seg(240, 0.15, 125)]
    tcx = (
        runsamples.tcx(START, segs)
        .replace(b"<Intensity>Active</Intensity>", b"")
        .replace(b"<Intensity>Resting</Intensity>", b"")
    )
    run = parse_run_file("reps.tcx", tcx)
    assert all(lap.intensity is None for lap in run.laps)
    klass, why = classify(run, [])
    assert klass is RunClass.HARD and why == "Intervals: 3 fast laps with slower laps between", why


def test_a_gpx_without_its_sport_at_bike_speed_is_a_ride() -> None:
    """55 min at 24 km/h with no <type> (a Runkeeper export): no runner holds that pace."""
    data = runsamples.gpx(START, [Seg(3300, 6.6, 150)], step=2).replace(b"<type>running</type>", b"")
    assert judge("ride.gpx", data) == ("refused", "That's a ride — I only track runs.")
    slow = runsamples.gpx(START, [Seg(1800, 4.0, 150)], step=2).replace(b"<type>running</type>", b"")
    assert judge("fast-run.gpx", slow)[0] == "easy"


def test_a_multisport_fit_is_refused() -> None:
    data = runsamples.fit(START, runsamples.easy(30), more_sports=("cycling",), step=10)
    got, why = judge("duathlon.fit", data)
    assert got == "refused" and "holds 2 activities in one" in why


def test_a_clock_jump_between_records_does_not_make_a_24_hour_run() -> None:
    """The records jump 20 days mid-run; the session says 40 min and that is what counts."""
    data = runsamples.fit(START, runsamples.easy(40), clock_jump=20 * 86400, step=10)
    run = parse_run_file("jump.fit", data)
    assert run.elapsed_s == 2400.0 and check_run(run, NOW) is None


def test_a_heart_rate_glitch_is_not_the_runners_top() -> None:
    """A 240 bpm spike (a strap's cadence lock) is dropped: it would make every later run's
    heart-rate line unreachable."""
    data = runsamples.gpx(START, [Seg(600, 2.8, 140), Seg(30, 2.8, 240), Seg(600, 2.8, 140)])
    run = parse_run_file("spike.gpx", data)
    assert run.max_hr is not None and run.max_hr < 150
    assert max(s[2] or 0 for s in run.samples) < 150


DATA = Path(__file__).parent / "data" / "runs"
GENERATED = {
    "easy_45min.fit": "easy", "easy_40min_nohr.gpx": "easy", "long_21k.gpx": "long",
    "long_100min.tcx": "long", "intervals_6x3min.tcx": "hard", "intervals_nohr.gpx": "hard",
    "tempo_hr.fit": "hard", "hilly_10k.gpx": "hilly", "race_10k.gpx": "hard",
}  # fmt: skip


@pytest.mark.parametrize(("name", "klass"), list(GENERATED.items()))
def test_the_generated_runs_keep_their_class(name: str, klass: str) -> None:
    assert judge(name, (DATA / name).read_bytes())[0] == klass


def test_a_run_starting_now_is_taken() -> None:
    data = runsamples.gpx(NOW - timedelta(minutes=45), runsamples.easy(40))
    assert judge("now.gpx", data)[0] == "easy"
