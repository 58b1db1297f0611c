"""An iCalendar (RFC 5545) file of planned strength days, built with the icalendar library.

Pure: the caller passes the planned events and the file's stamp time; nothing here reads a clock.
Times are written in UTC (``...Z``): each event starts at the instant its reminder fires, so the
planner's DST rules (a time in a spring-forward gap fires at the end of the gap) carry over exactly
and no VTIMEZONE is needed. icalendar is imported on the first export, not with this module: it
adds about 30 ms to a bot's start-up for a command most runners use rarely.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

PRODID = "-//Legwork//Strength days//EN"
UID_DOMAIN = "legwork.invalid"  # RFC 5545 suggests a domain in UIDs; .invalid says it is no host


@dataclass(frozen=True)
class CalendarEvent:
    day: date  # the runner's local date of the strength day (part of the UID)
    start: datetime  # aware; written in UTC
    minutes: int
    summary: str
    description: str


def event_uid(owner: str, day: date) -> str:
    """Stable per runner and day: importing the file again updates the event instead of adding one."""
    return f"legwork-{owner}-{day:%Y%m%d}@{UID_DOMAIN}"


def build_calendar(owner: str, events: Sequence[CalendarEvent], stamp: datetime, name: str) -> bytes:
    """The .ics bytes for `events` (one per day; a later event on the same day is dropped)."""
    from icalendar import Calendar, Event  # deferred, see the module docstring

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    seen: set[date] = set()
    for ev in events:
        if ev.day in seen:
            continue
        seen.add(ev.day)
        item = Event()
        item.add("uid", event_uid(owner, ev.day))
        item.add("dtstamp", stamp.astimezone(UTC))
        item.add("dtstart", ev.start.astimezone(UTC))
        item.add("duration", timedelta(minutes=ev.minutes))
        item.add("summary", ev.summary)
        item.add("description", ev.description)
        item.add("transp", "OPAQUE")
        cal.add_component(item)
    return bytes(cal.to_ical())
