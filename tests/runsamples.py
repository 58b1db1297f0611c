"""Run files made here, for tests/data/runs/ and the bench: FIT by fit-tool, GPX and TCX written
as text. ``python -m tests.runsamples`` (re)writes tests/data/runs/.

A run is a list of (seconds, speed m/s, heart rate or None, altitude m) segments, sampled at 1 Hz
(or every ``step`` seconds) along a straight line north from a start point.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from content.runfiles import RunFileError, parse_run_file
from content.runs import check_run, classify

DATA = Path(__file__).parent / "data" / "runs"
LAT0, LON0 = 52.5, 13.4
M_PER_DEG = 111_195.0


@dataclass(frozen=True)
class Seg:
    seconds: int
    speed: float  # m/s
    hr: float | None
    climb: float = 0.0  # metres gained over the segment (negative: lost)
    intensity: str | None = None  # TCX/FIT lap intensity: "active" | "rest"


@dataclass(frozen=True)
class Point:
    t: datetime
    dist: float
    lat: float
    lon: float
    hr: float | None
    alt: float


def points(start: datetime, segs: Sequence[Seg], step: int = 1) -> Iterator[Point]:
    t, dist, alt = 0, 0.0, 100.0
    yield Point(start, 0.0, LAT0, LON0, segs[0].hr, alt)
    for seg in segs:
        for i in range(step, seg.seconds + 1, step):
            dist += seg.speed * step
            alt += seg.climb * step / seg.seconds
            hr = None if seg.hr is None else round(seg.hr + 3 * math.sin((t + i) / 40))
            yield Point(start + timedelta(seconds=t + i), dist, LAT0 + dist / M_PER_DEG, LON0, hr, alt)
        t += seg.seconds


def lap_bounds(segs: Sequence[Seg]) -> list[tuple[int, int, Seg]]:
    out, t = [], 0
    for s in segs:
        out.append((t, t + s.seconds, s))
        t += s.seconds
    return out


# --- writers -------------------------------------------------------------------------------------


def gpx(start: datetime, segs: Sequence[Seg], *, kind: str = "running", name: str = "Run", step: int = 1,
        times: bool = True) -> bytes:  # fmt: skip
    rows = []
    for p in points(start, segs, step):
        hr = f"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{p.hr:.0f}</gpxtpx:hr>" \
             "</gpxtpx:TrackPointExtension></extensions>" if p.hr is not None else ""  # fmt: skip
        when = f"<time>{p.t:%Y-%m-%dT%H:%M:%SZ}</time>" if times else ""
        rows.append(f'<trkpt lat="{p.lat:.7f}" lon="{p.lon:.7f}"><ele>{p.alt:.1f}</ele>{when}{hr}</trkpt>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="legwork tests" xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n'
        f"<trk><name>{name}</name><type>{kind}</type><trkseg>\n"
        + "\n".join(rows)
        + "\n</trkseg></trk></gpx>\n"
    ).encode()


def tcx(start: datetime, segs: Sequence[Seg], *, sport: str = "Running", step: int = 1) -> bytes:
    pts = list(points(start, segs, step))
    laps = []
    for a, b, seg in lap_bounds(segs):
        inside = [p for p in pts if a <= (p.t - start).total_seconds() <= b]
        tps = "".join(
            f"<Trackpoint><Time>{p.t:%Y-%m-%dT%H:%M:%SZ}</Time><Position><LatitudeDegrees>{p.lat:.7f}"
            f"</LatitudeDegrees><LongitudeDegrees>{p.lon:.7f}</LongitudeDegrees></Position>"
            f"<AltitudeMeters>{p.alt:.1f}</AltitudeMeters><DistanceMeters>{p.dist:.1f}</DistanceMeters>"
            + (f"<HeartRateBpm><Value>{p.hr:.0f}</Value></HeartRateBpm>" if p.hr is not None else "")
            + "</Trackpoint>"
            for p in inside
        )
        intensity = "Resting" if seg.intensity == "rest" else "Active"
        laps.append(
            f'<Lap StartTime="{start + timedelta(seconds=a):%Y-%m-%dT%H:%M:%SZ}">'
            f"<TotalTimeSeconds>{b - a}</TotalTimeSeconds><DistanceMeters>{seg.speed * (b - a):.1f}"
            f"</DistanceMeters><Intensity>{intensity}</Intensity><TriggerMethod>Manual</TriggerMethod>"
            f"<Track>{tps}</Track></Lap>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
        'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        f'<Activities><Activity Sport="{sport}"><Id>{start:%Y-%m-%dT%H:%M:%SZ}</Id>'
        + "".join(laps)
        + "</Activity></Activities></TrainingCenterDatabase>\n"
    ).encode()


def fit(start: datetime, segs: Sequence[Seg], *, sport: str = "running", step: int = 1,
        more_sports: Sequence[str] = (), clock_jump: int = 0) -> bytes:  # fmt: skip
    """A FIT activity; ``more_sports`` adds a session per sport after the first (a multisport
    file), ``clock_jump`` seconds are added to the records' clock from the run's middle on (a watch
    whose clock jumped; the session's totals stay right)."""
    from fit_tool.fit_file_builder import FitFileBuilder
    from fit_tool.profile.messages.file_id_message import FileIdMessage
    from fit_tool.profile.messages.lap_message import LapMessage
    from fit_tool.profile.messages.record_message import RecordMessage
    from fit_tool.profile.messages.session_message import SessionMessage
    from fit_tool.profile.profile_type import FileType, Intensity, Manufacturer, Sport

    def ms(t: datetime) -> int:
        return round(t.timestamp() * 1000)

    builder = FitFileBuilder(auto_define=True, min_string_size=50)
    fid = FileIdMessage()
    fid.type = FileType.ACTIVITY
    fid.manufacturer = Manufacturer.DEVELOPMENT.value
    fid.product = 0
    fid.time_created = ms(start)
    fid.serial_number = 0x1234
    builder.add(fid)
    pts = list(points(start, segs, step))
    records = []
    for k, p in enumerate(pts):
        r = RecordMessage()
        r.timestamp = ms(p.t + timedelta(seconds=clock_jump if k >= len(pts) // 2 else 0))
        r.position_lat = p.lat
        r.position_long = p.lon
        r.distance = p.dist
        r.altitude = p.alt
        if p.hr is not None:
            r.heart_rate = int(p.hr)
        records.append(r)
    builder.add_all(records)
    for a, b, seg in lap_bounds(segs):
        lap = LapMessage()
        lap.timestamp = ms(start + timedelta(seconds=b))
        lap.start_time = ms(start + timedelta(seconds=a))
        lap.total_elapsed_time = float(b - a)
        lap.total_timer_time = float(b - a)
        lap.total_distance = seg.speed * (b - a)
        if seg.hr is not None:
            lap.avg_heart_rate = int(seg.hr)
            lap.max_heart_rate = int(seg.hr + 3)
        lap.intensity = Intensity.REST if seg.intensity == "rest" else Intensity.ACTIVE
        builder.add(lap)
    total = sum(s.seconds for s in segs)
    session = SessionMessage()
    session.timestamp = ms(start + timedelta(seconds=total))
    session.start_time = ms(start)
    session.total_elapsed_time = float(total)
    session.total_timer_time = float(total)
    session.total_distance = pts[-1].dist
    sports = {"running": Sport.RUNNING, "cycling": Sport.CYCLING, "swimming": Sport.SWIMMING}
    session.sport = sports[sport]
    hrs = [p.hr for p in pts if p.hr is not None]
    if hrs:
        session.avg_heart_rate = round(sum(hrs) / len(hrs))
        session.max_heart_rate = round(max(hrs))
    builder.add(session)
    for more in more_sports:
        extra = SessionMessage()
        extra.timestamp = ms(start + timedelta(seconds=total + 60))
        extra.start_time = ms(start + timedelta(seconds=total))
        extra.total_elapsed_time = 60.0
        extra.sport = sports[more]
        builder.add(extra)
    return bytes(builder.build().to_bytes())


# --- the sample set ------------------------------------------------------------------------------

SUN = datetime(2026, 11, 29, 7, 0, tzinfo=UTC)  # a Sunday


def easy(minutes: int = 45, speed: float = 2.8, hr: float | None = 138) -> list[Seg]:
    return [Seg(minutes * 60, speed, hr)]


def intervals(hr: bool = True) -> list[Seg]:
    segs = [Seg(600, 2.8, 135 if hr else None)]
    for _ in range(6):
        segs += [Seg(180, 4.3, 176 if hr else None, intensity="active"),
                 Seg(120, 2.4, 150 if hr else None, intensity="rest")]  # fmt: skip
    return [*segs, Seg(600, 2.8, 140 if hr else None)]


# name -> (file bytes maker, the class a coach gives it, the history days before it to give easy runs)
def samples() -> dict[str, bytes]:
    d = SUN
    return {
        "easy_45min.fit": fit(d, easy()),
        "easy_40min_nohr.gpx": gpx(d + timedelta(days=1), easy(40, 2.75, None)),
        "long_21k.gpx": gpx(datetime(2026, 12, 6, 8, 0, tzinfo=UTC), [Seg(6720, 3.14, 146)], step=5),
        "long_100min.tcx": tcx(d + timedelta(days=2), [Seg(6000, 2.9, 142)], step=5),
        "intervals_6x3min.tcx": tcx(d + timedelta(days=3), intervals()),
        "intervals_nohr.gpx": gpx(d + timedelta(days=3, hours=3), intervals(hr=False)),
        "tempo_hr.fit": fit(
            d + timedelta(days=4), [Seg(600, 2.8, 140), Seg(1500, 3.6, 172), Seg(300, 2.6, 150)]
        ),
        "hilly_10k.gpx": gpx(
            d + timedelta(days=5), [Seg(1800, 2.6, 145, 230), Seg(1800, 3.0, 140, 20)], step=2
        ),
        "race_10k.gpx": gpx(d + timedelta(days=6), [Seg(2700, 3.7, None)], kind="race", name="Park race"),
        "ride.gpx": gpx(d, [Seg(3600, 8.0, 130)], kind="cycling", step=5),
        "swim.fit": fit(d, [Seg(1800, 0.8, 120)], sport="swimming", step=5),
        "future.gpx": gpx(datetime(2099, 1, 1, 7, 0, tzinfo=UTC), easy(30)),
        "before_2000.tcx": tcx(datetime(1999, 6, 1, 7, 0, tzinfo=UTC), easy(30), step=10),
        "over_24h.fit": fit(d, [Seg(25 * 3600, 1.5, None)], step=60),
        "no_times.gpx": gpx(d, easy(10), times=False),
        "one_point.gpx": gpx(d, [Seg(1, 2.8, 140)], step=5),
    }


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&lol9;</name></trk></gpx>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>&xxe;</Id></Activity></Activities></TrainingCenterDatabase>
"""


def bad_files() -> dict[str, bytes]:
    good = fit(SUN, easy(20))
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0xFF
    return {
        "bomb.gpx": BOMB,
        "xxe.tcx": XXE,
        "bad_crc.fit": bytes(flipped),
        "truncated.fit": good[: len(good) // 2],
        "truncated.gpx": gpx(SUN, easy(10))[:3000],
        "garbage.tcx": b"\x00\x01 this is not xml at all",
        "notes.txt": b"ran 10k today",
    }


GPX_HEAD = b'<?xml version="1.0"?>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">'
HOSTILE_SIZE = 10 * 1024 * 1024 - 4096  # just under the 10 MB cap: the parser answers, not the size check


def _fill(head: bytes, unit: bytes, tail: bytes, size: int) -> bytes:
    return head + unit * ((size - len(head) - len(tail)) // len(unit)) + tail


def hostile_xml(size: int = HOSTILE_SIZE) -> dict[str, tuple[str, bytes, str]]:
    """XML made to hurt a parser: case -> (file name, bytes, words of the expected reply).
    bench/bench_runs_xml.py times them; tests/test_runs_xml.py checks the replies and memory."""
    dtd = b'<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY a "' + b"a" * 400_000 + b'">]>\n'
    body = _fill(b'<gpx version="1.1"><trk><name>', b"&a;", b"</name></trk></gpx>", size - len(dtd))
    dtd_words = "declares XML entities or a DTD"
    half = (size - len(GPX_HEAD)) // 7
    return {
        "billion laughs (bomb.gpx)": ("bomb.gpx", BOMB, dtd_words),
        "external entity (xxe.tcx)": ("xxe.tcx", XXE, dtd_words),
        "quadratic blowup (one 400 KB entity used 25,000 times)": ("quad.gpx", dtd + body, dtd_words),
        "one huge attribute, no DTD": (
            "attr.gpx", _fill(GPX_HEAD + b'<trk name="', b"x", b'"/></gpx>', size),
            "fewer than 2 track points",
        ),
        "one huge text, no DTD": (
            "text.gpx", _fill(GPX_HEAD + b"<trk><name>", b"x", b"</name></trk></gpx>", size),
            "fewer than 2 track points",
        ),
        "deeply nested elements, no DTD": (
            "deep.gpx", GPX_HEAD + b"<a>" * half + b"</a>" * half, "over 300,000 XML elements"
        ),
        "nested 1,000 deep, no DTD": ("deep1k.gpx", GPX_HEAD + b"<a>" * 1000 + b"</a>" * 1000, "damaged"),
        "empty track points, no DTD": (
            "points.gpx",
            _fill(GPX_HEAD + b"<trk><trkseg>", b'<trkpt lat="1" lon="2"/>', b"</trkseg></trk></gpx>", size),
            "over 300,000 XML elements",
        ),
    }  # fmt: skip


def write_all() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    for name, data in {**samples(), **bad_files()}.items():
        (DATA / name).write_bytes(data)


if __name__ == "__main__":
    write_all()


def judge(name: str, data: bytes, now: datetime) -> tuple[str, str]:
    """A file through the real parser and classifier: (class or "refused", the reason or the reply)."""
    try:
        run = parse_run_file(name, data)
    except RunFileError as e:
        return "refused", str(e)
    why = check_run(run, now)
    if why:
        return "refused", why
    klass, reason = classify(run, [])
    return klass.value, reason
