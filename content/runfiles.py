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
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
import fitdecode
from defusedxml import DefusedXmlException

from content.runs import Lap, RunData, Sample

MAX_BYTES = 10 * 1024 * 1024
KINDS = (".gpx", ".fit", ".tcx")
NOT_A_RUN_FILE = "I can read .gpx, .fit and .tcx files — export one from your watch app."
TOO_BIG = "That file is over 10 MB — I take run files up to 10 MB. Export a single run and send it again."
MOVING_SPEED = 0.5  # m/s: slower than this between two points counts as stopped
MAX_GAP_S = 30.0  # a gap in the recording longer than this adds no moving time
RIDE_SPEED = 7.5  # m/s (27 km/h): no runner averages this over a whole run; a file that does is a ride
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
    root = _safe_xml(data, kind)
    if kind == ".gpx":
        return _gpx(root)
    return _tcx(root)


# --- XML ----------------------------------------------------------------------------------------


def _safe_xml(data: bytes, kind: str) -> Element:
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
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
    moving_time = moving_s if moving_s else moving
    if moving_time <= 0:
        moving_time = elapsed
    has_alt = any(p[3] is not None for p in points)
    if sport is None:
        sport = "ride" if distance / moving_time > RIDE_SPEED else "run"
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


def _utc(t: datetime) -> datetime:
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


# --- GPX ------------------------------------------------------------------------------------------


def _gpx(root: Element) -> RunData:
    """Track points straight from the defused tree (gpxpy's object model took over 1 s for a
    4-hour 1 Hz track; this walk takes a fraction of that)."""
    if _local(root.tag) != "gpx":
        raise RunFileError("That .gpx file holds no GPX track — export the run again from your watch app.")
    pts: list[tuple[datetime, float, float | None, float | None]] = []
    sport: str | None = None
    race = False
    dist = 0.0
    last: tuple[float, float] | None = None
    seen = 0
    for trk in (el for el in root if _local(el.tag) == "trk"):
        kind = _child(trk, "type")
        if kind is not None and kind.text:
            sport = sport or _sport_word(kind.text)
            race = race or "race" in kind.text.lower()
        for seg in (el for el in trk if _local(el.tag) == "trkseg"):
            for p in (el for el in seg if _local(el.tag) == "trkpt"):
                seen += 1
                try:
                    lat, lon = float(p.get("lat", "")), float(p.get("lon", ""))
                except ValueError:
                    raise RunFileError(_damaged(".gpx")) from None
                t = _time(_text(p, "time"))
                if t is None:
                    continue
                if last is not None:
                    dist += _haversine(last, (lat, lon))
                last = (lat, lon)
                hr = None
                for sub in p.iter():
                    if _local(sub.tag) in ("hr", "heartrate") and sub.text:
                        hr = _float(sub.text)
                        break
                pts.append((t, dist, hr, _float(_text(p, "ele"))))
    if not pts and seen:
        raise RunFileError(
            "That .gpx track has no timestamps — I need times to know when and how fast you ran."
        )
    pts.sort(key=lambda x: x[0])
    return _from_points(pts, ".gpx", sport=sport, race=race)


def _text(el: Element, name: str) -> str | None:
    c = _child(el, name)
    return None if c is None else c.text


def _float(text: str | None) -> float | None:
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Metres between two (lat, lon) points on a sphere of the Earth's mean radius."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(h)))


# --- TCX ------------------------------------------------------------------------------------------


def _child(el: Element, name: str) -> Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _num(el: Element | None, *path: str) -> float | None:
    for name in path:
        if el is None:
            return None
        el = _child(el, name)
    if el is None or el.text is None:
        return None
    try:
        return float(el.text)
    except ValueError:
        return None


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return _utc(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
    except ValueError:
        return None


def _tcx(root: Element) -> RunData:
    if _local(root.tag) != "TrainingCenterDatabase":
        raise RunFileError("That .tcx file holds no activity — export the run again from your watch app.")
    activity = next((el for el in root.iter() if _local(el.tag) == "Activity"), None)
    if activity is None:
        raise RunFileError("That .tcx file holds no activity — export the run again from your watch app.")
    sport = _sport_word(activity.get("Sport"))
    laps: list[Lap] = []
    pts: list[tuple[datetime, float, float | None, float | None]] = []
    seen_points = 0
    start: datetime | None = None
    for lap in (c for c in activity if _local(c.tag) == "Lap"):
        lap_start = _time(lap.get("StartTime"))
        start = start or lap_start
        intensity = (_text(lap, "Intensity") or "").strip().lower()
        for tp in (el for el in lap.iter() if _local(el.tag) == "Trackpoint"):
            seen_points += 1
            t = _time(_text(tp, "Time"))
            d = _num(tp, "DistanceMeters")
            if t is None or d is None:
                continue
            pts.append((t, d, _num(tp, "HeartRateBpm", "Value"), _num(tp, "AltitudeMeters")))
        if lap_start is not None and start is not None:
            laps.append(
                Lap(
                    start_offset_s=(lap_start - start).total_seconds(),
                    elapsed_s=_num(lap, "TotalTimeSeconds") or 0.0,
                    distance_m=_num(lap, "DistanceMeters") or 0.0,
                    avg_hr=_num(lap, "AverageHeartRateBpm", "Value"),
                    max_hr=_num(lap, "MaximumHeartRateBpm", "Value"),
                    intensity={"active": "active", "resting": "rest"}.get(intensity),
                )
            )
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
    if len(data) < 12 or data[8:12] != b".FIT":
        raise RunFileError(_damaged(".fit"))
    session: dict[str, Any] = {}
    laps: list[dict[str, Any]] = []
    pts: list[tuple[datetime, float, float | None, float | None]] = []
    seen_records = 0
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
                        pts.append((_utc(t), float(d), _f(v["heart_rate"]), _f(alt)))
                elif name == "session" and not session:
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
