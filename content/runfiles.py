"""Run files to RunData: FIT (fitdecode, CRC checked), GPX and TCX (read through defusedxml).

Pure: bytes in, a RunData or a RunFileError (with the short reply for the runner) out. CPU-bound:
callers run ``parse_run_file`` off the event loop. XML never reaches a parser that expands
entities: every GPX and TCX file is parsed first by defusedxml with DTDs forbidden, so an XML bomb
or an external entity is refused at its DOCTYPE, before any expansion.
"""

from __future__ import annotations

import io
import math
import statistics
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, cast
from xml.etree.ElementTree import Element, ParseError, TreeBuilder, XMLPullParser

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from content.runs import Lap, RunData, Sample

MAX_BYTES = 10 * 1024 * 1024
KINDS = (".gpx", ".fit", ".tcx")
NOT_A_RUN_FILE = "I can read .gpx, .fit and .tcx files — export one from your watch app."
TOO_BIG = "That file is over 10 MB — I take run files up to 10 MB. Export a single run and send it again."
MOVING_SPEED = 0.5  # m/s: slower than this between two points counts as stopped
MAX_GAP_S = 30.0  # a gap in the recording longer than this adds no moving time
RIDE_SPEED = 7.5  # m/s (27 km/h): no runner averages this over a whole run; a file that does is a ride
RIDE_SPEED_10MIN = 6.0  # m/s (2:47 /km, faster than the marathon record): over 10 min or more, a ride
HR_RANGE = (25.0, 220.0)  # bpm: readings outside are sensor glitches (a 223 spike), not heart rate
MAX_DEPTH = 32  # XML nesting: GPX and TCX need under 10 levels
# XML elements in one file. A 10 MB GPX or TCX of real points holds fewer (a point with its time
# and altitude is ~115 bytes and 3 elements: 10 MB is ~270,000); stopping at this many keeps a
# file of empty or junk elements from costing seconds of parsing. Counted before parsing, at C
# speed: every element starts with a "<" that is not "</" (so the count is never below theirs).
MAX_ELEMENTS = 300_000
TOO_MANY = (
    "That {kind} file holds far more points than one run can (over 300,000 XML elements) — "
    "export a single run and send it again."
)
XML_CHUNK = 256 * 1024  # bytes fed to the XML parser at a time (small chunks make expat rescan long tokens)
CLIMB_STEP = 3.0  # m: altitude changes smaller than this are GPS noise, not climb


class RunFileError(Exception):
    """A file that can't be read as a run; str() is the reply for the runner."""


def kind_of(filename: str) -> str | None:
    """ ".gpx", ".fit" or ".tcx" from the file's name, else None."""
    name = filename.lower().strip()
    for k in KINDS:
        if name.endswith(k):
            return k
    return None


def parse_run_file(filename: str, data: bytes) -> RunData:
    """The run in the file; raises RunFileError with the runner's reply for anything else."""
    kind = kind_of(filename)
    if kind is None:
        raise RunFileError(NOT_A_RUN_FILE)
    if len(data) > MAX_BYTES:
        raise RunFileError(TOO_BIG)
    if not data.strip():
        raise RunFileError(f"That {kind} file is empty — export the run again from your watch app.")
    if kind == ".fit":
        return _fit(data)
    if data.count(b"<") - data.count(b"</") > MAX_ELEMENTS:
        raise RunFileError(TOO_MANY.format(kind=kind))
    if kind == ".gpx":
        return _gpx(_xml_events(data, kind, GPX_STARTS, GPX_ENDS))
    return _tcx(_xml_events(data, kind, TCX_STARTS, TCX_ENDS))


# --- XML ----------------------------------------------------------------------------------------


XmlEvent = tuple[str, str, str, Element]  # ("start" | "end", local name, parent's local name, element)


def _xml_events(data: bytes, kind: str, starts: frozenset[str], ends: frozenset[str]) -> Iterator[XmlEvent]:
    """The document as a stream of events, read through defusedxml (DTDs, entities and external
    references refused), fed XML_CHUNK bytes at a time. Memory stays flat whatever the file holds:
    each element's children are dropped at its end, so readers take attributes at "start" and a
    leaf's text at "end". Only the named elements' events come out, and the root's start always;
    nesting deeper than MAX_DEPTH is refused as damaged."""
    stack: list[Element] = []
    names: list[str] = []
    local: dict[str, str] = {}  # tag -> local name, computed once per tag
    parser = XMLPullParser(
        events=("start", "end"),
        _parser=SafeET.DefusedXMLParser(
            target=TreeBuilder(), forbid_dtd=True, forbid_entities=True, forbid_external=True
        ),
    )
    try:
        offsets = range(0, len(data), XML_CHUNK)
        for at in (*offsets, None):
            if at is None:
                parser.close()  # a file cut short fails here
            else:
                parser.feed(data[at : at + XML_CHUNK])
            for pair in parser.read_events():
                event, el = cast(tuple[str, Element], pair)  # "start" / "end" events carry elements
                if event == "start":
                    stack.append(el)
                    name = local.get(el.tag)
                    if name is None:
                        name = local[el.tag] = _local(el.tag)
                    names.append(name)
                    if len(stack) > MAX_DEPTH:
                        raise RunFileError(_damaged(kind))
                    if names[-1] in starts or len(names) == 1:
                        yield "start", names[-1], names[-2] if len(names) > 1 else "", el
                else:
                    if names[-1] in ends:
                        yield "end", names[-1], names[-2] if len(names) > 1 else "", el
                    stack.pop()
                    names.pop()
                    if len(el):
                        del el[:]  # its children were read at their own end
                    if stack and len(stack[-1]) > 64:
                        del stack[-1][:]  # and the parent has no use for its ended children
    except DefusedXmlException:
        raise RunFileError(
            f"That {kind} file declares XML entities or a DTD, which I don't read — "
            "export the run again from your watch app."
        ) from None
    except (ParseError, ValueError, UnicodeError):
        raise RunFileError(_damaged(kind)) from None


def _damaged(kind: str) -> str:
    return f"That {kind} file looks damaged or cut short — export the run again from your watch app."


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _sport_word(text: str | None) -> str | None:
    """A sport from a file's activity type ("running", "Biking", Strava's "9"...); None unknown."""
    if not text:
        return None
    t = text.strip().lower()
    if t in (
        "9",
        "race",
        "run",
        "running",
        "trail_running",
        "trail running",
        "treadmill_running",
        "virtualrun",
    ):
        return "run"
    if any(w in t for w in ("run", "jog")):
        return "run"
    if t in ("1", "ride") or any(w in t for w in ("bik", "cycl", "ride")):
        return "ride"
    if "swim" in t:
        return "swim"
    if "walk" in t or "hik" in t:
        return "walk"
    return "other"


# --- track maths ---------------------------------------------------------------------------------


def _from_points(
    points: Sequence[tuple[datetime, float, float | None, float | None]],
    kind: str,
    *,
    sport: str | None,
    race: bool = False,
    laps: tuple[Lap, ...] = (),
    moving_s: float | None = None,
    elev_gain_m: float | None = None,
    avg_hr: float | None = None,
    max_hr: float | None = None,
    avg_cadence: float | None = None,
    elapsed_s: float | None = None,
) -> RunData:
    """RunData from (time, cumulative distance, hr, altitude) points in time order."""
    if len(points) < 2:
        raise RunFileError(f"That {kind} file has fewer than 2 track points — there is no run in it.")
    start = points[0][0]
    elapsed = (points[-1][0] - start).total_seconds()
    if elapsed <= 0:
        raise RunFileError(f"That {kind} file's track has no time span — its timestamps are all the same.")
    samples: list[Sample] = []
    moving = 0.0
    gain = 0.0
    ref_alt: float | None = None
    prev = None
    for t, dist, hr, alt in points:
        off = (t - start).total_seconds()
        samples.append((off, dist, hr, alt))
        if prev is not None:
            dt = off - prev[0]
            dd = dist - prev[1]
            if 0 < dt <= MAX_GAP_S and dd / dt >= MOVING_SPEED:
                moving += dt
            elif dt > MAX_GAP_S and dd / dt >= MOVING_SPEED:
                moving += dt  # a long gap covering distance (a tunnel, a lost fix) was still running
        if alt is not None:
            if ref_alt is None:
                ref_alt = alt
            elif alt - ref_alt >= CLIMB_STEP:
                gain += alt - ref_alt
                ref_alt = alt
            elif alt < ref_alt:
                ref_alt = alt
        prev = (off, dist)
    distance = max(points[-1][1], 0.0)
    hrs = [p[2] for p in points if p[2]]
    if elapsed_s and elapsed_s > 0:
        elapsed = elapsed_s  # the file's own total (FIT): a clock jump between records doesn't count
    moving_time = moving_s if moving_s else moving
    if moving_time <= 0:
        moving_time = elapsed
    has_alt = any(p[3] is not None for p in points)
    if sport is None:
        speed = distance / moving_time
        fast = speed > RIDE_SPEED or (speed > RIDE_SPEED_10MIN and moving_time >= 600)
        sport = "ride" if fast else "run"
    if max_hr and not _hr(max_hr):
        max_hr = None
    if avg_hr and not _hr(avg_hr):
        avg_hr = None
    return RunData(
        start=start,
        elapsed_s=elapsed,
        moving_s=min(moving_time, elapsed),
        distance_m=distance,
        elev_gain_m=elev_gain_m if elev_gain_m is not None else (round(gain, 1) if has_alt else None),
        avg_hr=avg_hr if avg_hr else (round(statistics.fmean(hrs), 1) if hrs else None),
        max_hr=max_hr if max_hr else (max(hrs) if hrs else None),
        avg_cadence=avg_cadence,
        laps=laps,
        sport=sport,
        race=race,
        samples=tuple(samples),
    )


def _hr(v: float | None) -> float | None:
    """A heart-rate reading, or None for none or a glitch outside HR_RANGE."""
    return v if v is not None and HR_RANGE[0] <= v <= HR_RANGE[1] else None


def _utc(t: datetime) -> datetime:
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


# --- GPX ------------------------------------------------------------------------------------------


GPX_STARTS = frozenset({"trkpt"})
GPX_ENDS = frozenset({"trkpt", "time", "ele", "hr", "heartrate", "type"})


def _gpx(events: Iterator[XmlEvent]) -> RunData:
    """Track points straight from the defused event stream (gpxpy's object model took over 1 s for
    a 4-hour 1 Hz track; this takes a fraction of that, in flat memory)."""
    pts: list[tuple[datetime, float, float | None, float | None]] = []
    sport: str | None = None
    race = False
    dist = 0.0
    last: tuple[float, float] | None = None
    seen = 0
    point: dict[str, Any] | None = None
    first = True
    for event, name, parent, el in events:
        if first:
            first = False
            if name != "gpx":
                raise RunFileError(
                    "That .gpx file holds no GPX track — export the run again from your watch app."
                )
        if event == "start":
            if name == "trkpt":
                seen += 1
                try:
                    point = {"lat": float(el.get("lat", "")), "lon": float(el.get("lon", ""))}
                except ValueError:
                    raise RunFileError(_damaged(".gpx")) from None
            continue
        if point is not None:
            if name == "time" and parent == "trkpt":
                point["time"] = _time(el.text)
            elif name == "ele" and parent == "trkpt":
                point["ele"] = _float(el.text)
            elif name in ("hr", "heartrate") and "hr" not in point:
                point["hr"] = _hr(_float(el.text))
            elif name == "trkpt":
                t = point.get("time")
                if t is not None:
                    here = (point["lat"], point["lon"])
                    if last is not None:
                        dist += _haversine(last, here)
                    last = here
                    pts.append((t, dist, point.get("hr"), point.get("ele")))
                point = None
        elif name == "type" and parent == "trk" and el.text:
            sport = sport or _sport_word(el.text)
            race = race or "race" in el.text.lower()
    if not pts and seen:
        raise RunFileError(
            "That .gpx track has no timestamps — I need times to know when and how fast you ran."
        )
    pts.sort(key=lambda x: x[0])
    return _from_points(pts, ".gpx", sport=sport, race=race)


def _float(text: str | None) -> float | None:
    if not text:
        return None
    try:
        v = float(text)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Metres between two (lat, lon) points on a sphere of the Earth's mean radius."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(h)))


# --- TCX ------------------------------------------------------------------------------------------


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return _utc(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        return None


_LAP_FIELDS = {
    ("TotalTimeSeconds", "Lap"): "time",
    ("DistanceMeters", "Lap"): "dist",
    ("Intensity", "Lap"): "intensity",
    ("Value", "AverageHeartRateBpm"): "avg_hr",
    ("Value", "MaximumHeartRateBpm"): "max_hr",
}
_POINT_FIELDS = {
    ("Time", "Trackpoint"): "time",
    ("DistanceMeters", "Trackpoint"): "dist",
    ("AltitudeMeters", "Trackpoint"): "alt",
    ("Value", "HeartRateBpm"): "hr",
}


TCX_STARTS = frozenset({"Activity", "Lap", "Trackpoint"})
TCX_ENDS = frozenset({"Lap", "Trackpoint", *(name for name, _ in (*_LAP_FIELDS, *_POINT_FIELDS))})


def _tcx(events: Iterator[XmlEvent]) -> RunData:
    """The first activity in the file, from the defused event stream."""
    no_activity = "That .tcx file holds no activity — export the run again from your watch app."
    sport: str | None = None
    activities = 0
    laps: list[Lap] = []
    pts: list[tuple[datetime, float, float | None, float | None]] = []
    seen_points = 0
    start: datetime | None = None
    lap: dict[str, Any] | None = None
    point: dict[str, str | None] | None = None
    first = True
    for event, name, parent, el in events:
        if first:
            first = False
            if name != "TrainingCenterDatabase":
                raise RunFileError(no_activity)
        if event == "start":
            if name == "Activity":
                activities += 1
                if activities == 1:
                    sport = _sport_word(el.get("Sport"))
            elif activities == 1 and name == "Lap" and parent == "Activity":
                lap = {"start": _time(el.get("StartTime"))}
                start = start or lap["start"]
            elif lap is not None and name == "Trackpoint":
                seen_points += 1
                point = {}
            continue
        if point is not None:
            key = _POINT_FIELDS.get((name, parent))
            if key:
                point[key] = el.text
            elif name == "Trackpoint":
                t, d = _time(point.get("time")), _float(point.get("dist"))
                if t is not None and d is not None:
                    pts.append((t, d, _hr(_float(point.get("hr"))), _float(point.get("alt"))))
                point = None
        elif lap is not None:
            key = _LAP_FIELDS.get((name, parent))
            if key:
                lap[key] = el.text
            elif name == "Lap":
                if lap["start"] is not None and start is not None:
                    laps.append(
                        Lap(
                            start_offset_s=(lap["start"] - start).total_seconds(),
                            elapsed_s=_float(lap.get("time")) or 0.0,
                            distance_m=_float(lap.get("dist")) or 0.0,
                            avg_hr=_float(lap.get("avg_hr")),
                            max_hr=_float(lap.get("max_hr")),
                            intensity={"active": "active", "resting": "rest"}.get(
                                (lap.get("intensity") or "").strip().lower()
                            ),
                        )
                    )
                lap = None
    if not activities:
        raise RunFileError(no_activity)
    if not pts and seen_points:
        raise RunFileError(
            "That .tcx track has no timestamps — I need times to know when and how fast you ran."
        )
    pts.sort(key=lambda x: x[0])
    timer = sum(lap.elapsed_s for lap in laps) or None
    return _from_points(pts, ".tcx", sport=sport, laps=tuple(laps), moving_s=timer)


# --- FIT ------------------------------------------------------------------------------------------

_FIT_SPORTS = {"running": "run", "cycling": "ride", "swimming": "swim", "walking": "walk", "hiking": "walk"}


def _fit(data: bytes) -> RunData:
    import fitdecode  # on the first FIT file, not at start: ~2 MB a process without one never needs

    if len(data) < 12 or data[8:12] != b".FIT":
        raise RunFileError(_damaged(".fit"))
    session: dict[str, Any] = {}
    laps: list[dict[str, Any]] = []
    pts: list[tuple[datetime, float, float | None, float | None]] = []
    seen_records = 0
    sports: list[str] = []
    try:
        with fitdecode.FitReader(
            io.BytesIO(data),
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as reader:
            for frame in reader:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                    continue
                name = frame.name
                if name == "record":
                    seen_records += 1
                    v = _fields(
                        frame, ("timestamp", "distance", "heart_rate", "enhanced_altitude", "altitude")
                    )
                    t, d = v["timestamp"], v["distance"]
                    if isinstance(t, datetime) and d is not None:
                        alt = v["enhanced_altitude"] if v["enhanced_altitude"] is not None else v["altitude"]
                        pts.append((_utc(t), float(d), _hr(_f(v["heart_rate"])), _f(alt)))
                elif name == "session":
                    sports.append(str(frame.get_value("sport", fallback="") or "").lower())
                    if session:
                        continue
                    session = _fields(
                        frame,
                        ("sport", "start_time", "total_elapsed_time", "total_timer_time", "total_distance",
                         "total_ascent", "avg_heart_rate", "max_heart_rate", "avg_running_cadence",
                         "avg_cadence"),
                    )  # fmt: skip
                elif name == "lap":
                    laps.append(
                        _fields(
                            frame,
                            (
                                "start_time",
                                "total_elapsed_time",
                                "total_distance",
                                "avg_heart_rate",
                                "max_heart_rate",
                                "intensity",
                            ),
                        )
                    )
    except fitdecode.FitCRCError:
        raise RunFileError(
            "That .fit file fails its checksum, so it is damaged — export the run again."
        ) from None
    except (fitdecode.FitError, ValueError, KeyError, IndexError, TypeError, OverflowError):
        raise RunFileError(_damaged(".fit")) from None
    if not pts and seen_records:
        raise RunFileError("That .fit file's records have no timestamps or distances — export it again.")
    parts = [s for s in sports if s != "transition"]
    if len(parts) > 1:
        raise RunFileError(
            f"That .fit file holds {len(parts)} activities in one (a multisport race or several "
            "sessions) — I take one run per file. Export the run on its own and send it again."
        )
    pts.sort(key=lambda x: x[0])
    sport = _FIT_SPORTS.get(str(session.get("sport") or "").lower(), None)
    if session.get("sport") is not None and sport is None:
        sport = "other"
    first = pts[0][0] if pts else None
    lap_rows = []
    for lap in laps:
        ls = lap.get("start_time")
        if not isinstance(ls, datetime) or first is None:
            continue
        lap_rows.append(
            Lap(
                start_offset_s=(_utc(ls) - first).total_seconds(),
                elapsed_s=_f(lap.get("total_elapsed_time")) or 0.0,
                distance_m=_f(lap.get("total_distance")) or 0.0,
                avg_hr=_f(lap.get("avg_heart_rate")),
                max_hr=_f(lap.get("max_heart_rate")),
                intensity={"active": "active", "rest": "rest"}.get(str(lap.get("intensity") or "").lower()),
            )
        )
    cadence = _f(session.get("avg_running_cadence")) or _f(session.get("avg_cadence"))
    return _from_points(
        pts,
        ".fit",
        sport=sport,
        laps=tuple(lap_rows),
        moving_s=_f(session.get("total_timer_time")),
        elapsed_s=_f(session.get("total_elapsed_time")),
        elev_gain_m=_f(session.get("total_ascent")),
        avg_hr=_f(session.get("avg_heart_rate")),
        max_hr=_f(session.get("max_heart_rate")),
        avg_cadence=cadence * 2 if cadence and sport == "run" else cadence,  # FIT: strides/min per leg
    )


def _fields(frame: Any, names: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(names)
    for fd in frame.fields:  # one pass (get_value scans the fields for each name)
        if fd.name in out and out[fd.name] is None:
            out[fd.name] = fd.value
    return out


def _f(v: Any) -> float | None:
    if v is None or isinstance(v, str | bytes | tuple):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None
