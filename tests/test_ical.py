"""The .ics builder (content/ical.py): RFC 5545 output the icalendar library reads back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from content.ical import CalendarEvent, build_calendar, event_uid

STAMP = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _event(day: date, hour: int = 6, text: str = "Squats 3x10\nCalf raises") -> CalendarEvent:
    return CalendarEvent(day, datetime(day.year, day.month, day.day, hour, tzinfo=UTC), 30, "Home", text)


def test_events_read_back_with_uid_times_and_description() -> None:
    days = [date(2026, 12, 1), date(2026, 12, 4)]
    data = build_calendar("42", [_event(d) for d in days], STAMP, "Legwork")
    cal = Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0"
    events = list(cal.walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [event_uid("42", d) for d in days]
    for e, d in zip(events, days, strict=True):
        start = e.decoded("dtstart")
        assert start == datetime(d.year, d.month, d.day, 6, tzinfo=UTC)
        assert start.utcoffset() == timedelta(0)
        assert e.decoded("duration") == timedelta(minutes=30)
        assert str(e["description"]) == "Squats 3x10\nCalf raises"
        assert e.decoded("dtstamp") == STAMP


def test_uids_are_stable_so_a_new_file_updates_the_same_events() -> None:
    one = build_calendar("7", [_event(date(2026, 12, 1))], STAMP, "Legwork")
    two = build_calendar("7", [_event(date(2026, 12, 1), hour=8)], STAMP + timedelta(days=3), "Legwork")
    uid = lambda data: [str(e["uid"]) for e in Calendar.from_ical(data).walk("VEVENT")]  # noqa: E731
    assert uid(one) == uid(two)
    assert uid(build_calendar("8", [_event(date(2026, 12, 1))], STAMP, "Legwork")) != uid(one)


def test_one_event_per_day_and_odd_text_is_escaped() -> None:
    text = "Line; with, commas\\ and ünïcödé 🏃 and a very long line " + "x" * 200
    data = build_calendar("1", [_event(date(2026, 12, 1), text=text), _event(date(2026, 12, 1))], STAMP, "L")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded as RFC 5545 says
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 1
    assert str(events[0]["description"]) == text
