"""Reminder commands: /schedule, /runs, /race, /club, and the reminders' Skip button."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from content.calendar import DAY_NAMES, DAY_SHORT, next_fire_after
from handlers.coach import SETTING_NAMES, parse_setting
from handlers.common import (
    DIGITS_ONLY,
    bad,
    clean_text,
    current_user,
    dated_example,
    local_today,
    parse_day_code,
    parse_iso_date,
    presses_own,
    user_zone,
    zone,
)
from handlers.deps import Deps
from handlers.link import platform_name
from handlers.pause import active_pause, pause_text
from handlers.rows import NewSchedule, PauseRow, ScheduleRow
from handlers.types import Reply, Request, esc

SCHEDULE_EXAMPLE = "/schedule tue,fri 07:00 home"
RUNS_EXAMPLE = "/runs hard wed,sat"
RACE_EXAMPLE = "/race {race}"  # filled by dated_example()
CLUB_EXAMPLE = "/club schedule mon,thu 18:30 home"
DEFAULT_SETTING = "home"
MAX_RACE_AHEAD = timedelta(days=3 * 366)

_FULL_DAYS = tuple(name.lower() for name in DAY_NAMES)
DAY_WORDS: dict[str, int] = {
    full[:n]: i for i, full in enumerate(_FULL_DAYS) for n in range(3, len(full) + 1)
}
DAY_WORDS.update({"tu": 1, "weds": 2, "th": 3, "thur": 3, "thurs": 3})
_OFF = {"off", "stop", "none", "clear", "cancel"}
_FILLER = {"and", "at", "on", "every"}
# ASCII digits only (re.ASCII): "\d" alone would also match "٣" or "３".
_TIME_24 = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$", re.ASCII)
_TIME_12 = re.compile(r"^(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?(am|pm)$", re.ASCII)


# --- parsing -------------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    joined = re.sub(r"(\d)\s+([ap]\.?m\.?)\b", r"\1\2", text.strip().lower())
    return [t for t in re.split(r"[,;/+&\s]+", joined) if t and t not in _FILLER]


def parse_time(token: str) -> str | None:
    """'07:00', '7:00', '18.30', '7am', '6:30pm' -> 'HH:MM'; None if it isn't a valid time."""
    t = token.lower().replace(".m.", "m").replace("a.m", "am").replace("p.m", "pm")
    m = _TIME_24.match(t)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    m = _TIME_12.match(t)
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "pm" else 0)
        return f"{hour:02d}:{m.group(2) or '00'}"
    return None


def parse_days(tokens: list[str]) -> tuple[int, ...] | str:
    """Weekday numbers (0 = Monday) from day words; an error message for anything else."""
    days: set[int] = set()
    for tok in tokens:
        day = DAY_WORDS.get(tok)
        if day is None:
            return f"I don't know the day {clean_text(tok, 20)!r}: use mon, tue, wed, thu, fri, sat or sun."
        days.add(day)
    if not days:
        return "Which days? Give them like tue,fri."
    return tuple(sorted(days))


def parse_plan(text: str, default_time: str) -> tuple[tuple[int, ...], str, str] | str:
    """'tue,fri 07:00 gym' -> (days, 'HH:MM', setting); an error message for bad input."""
    day_tokens: list[str] = []
    when: str | None = None
    setting: str | None = None
    for tok in _tokens(text):
        if tok in DAY_WORDS:
            day_tokens.append(tok)
            continue
        if any(ch.isdigit() for ch in tok):
            parsed = parse_time(tok)
            if parsed is None:
                return (
                    f"I can't read the time {clean_text(tok, 20)!r}: use 24-hour HH:MM "
                    f"like 07:00 or 18:30 (7am and 6:30pm work too). {DIGITS_ONLY}"
                )
            if when is not None:
                return "Give one time for the reminders."
            when = parsed
            continue
        found = parse_setting(tok)
        if found is not None:
            if setting is not None:
                return "Give one workout type: home, gym, plyo, hills or quick."
            setting = found
            continue
        return (
            f"I don't understand {clean_text(tok, 20)!r}. Give days (mon..sun), "
            "a time like 07:00, and optionally home, gym, plyo, hills or quick."
        )
    days = parse_days(day_tokens)
    if isinstance(days, str):
        return days
    return days, when or default_time, setting or DEFAULT_SETTING


# --- wording -------------------------------------------------------------------------------------


def day_list(days: tuple[int, ...]) -> str:
    names = [DAY_SHORT[d] for d in days]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def when_text(dt: datetime, tz: ZoneInfo) -> str:
    local = dt.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


def date_text(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b} {d.year}"


def frequency_note(days: tuple[int, ...]) -> str | None:
    """A gentle word when the plan strays from 2–3 strength days a week with rest between."""
    n = len(days)
    if n < 2:
        return (
            "Note: runners usually do strength work twice a week, sometimes three times, with a rest "
            "day between. One day a week keeps you ticking over; add a second when you can."
        )
    if n > 3:
        return (
            f"Note: that's {n} strength days a week. Runners usually do strength work twice a week, "
            "sometimes three times, with a rest day between: your legs get stronger while they "
            "recover. I've set it as you asked."
        )
    back_to_back = [(d, (d + 1) % 7) for d in days if (d + 1) % 7 in days]
    if back_to_back:
        a, b = back_to_back[0]
        return (
            f"Tip: {DAY_SHORT[a]} and {DAY_SHORT[b]} are back to back. A rest day between strength "
            "days lets your legs recover and get stronger."
        )
    return None


def clash_note(strength: tuple[int, ...], hard: tuple[int, ...]) -> str | None:
    clash = tuple(d for d in strength if d in hard)
    if not clash:
        return None
    return (
        f"Heads-up: {day_list(clash)} {'is a' if len(clash) == 1 else 'are'} hard-run "
        f"day{'' if len(clash) == 1 else 's'} for you. Strength work doesn't go on hard-run days, so on "
        "those days I'll suggest the next free day instead of the routine."
    )


def next_reminder(row: ScheduleRow, tz: ZoneInfo, now: datetime, pause: PauseRow | None) -> datetime | None:
    """The next reminder's instant, after the runner's pause if one is running (None: open pause)."""
    after = now
    if pause is not None:
        if pause.until is None:
            return None
        back = datetime(pause.until.year, pause.until.month, pause.until.day, tzinfo=tz)
        after = max(now, back.astimezone(UTC) - timedelta(microseconds=1))
    return next_fire_after(row.days, row.local_time, tz, after)


def _plan_lines(
    row: ScheduleRow, tz: ZoneInfo, now: datetime, pause: PauseRow | None = None, where: str = ""
) -> list[str]:
    lines = [
        f"Days: <b>{day_list(row.days)}</b> at <b>{esc(row.local_time)}</b> ({esc(tz.key)})",
        f"Routine: {esc(SETTING_NAMES.get(row.setting, row.setting))}",
    ]
    if where:
        lines.append(f"Sent to: <b>{esc(where)}</b>")
    if row.paused:
        lines.append("<b>Paused</b>: I couldn't deliver the last reminder.")
        return lines
    if pause is not None:
        lines.append(pause_text(pause))
    nxt = next_reminder(row, tz, now, pause)
    if nxt is not None:
        lines.append(f"Next reminder: <b>{when_text(nxt, tz)}</b>")
    else:
        lines.append("Next reminder: after you send /resume")
    return lines


def _command(days: tuple[int, ...], local_time: str, setting: str, prefix: str = "/schedule") -> str:
    return f"{prefix} {','.join(DAY_SHORT[d].lower() for d in days)} {local_time} {setting}"


# --- /schedule -----------------------------------------------------------------------------------


async def schedule(req: Request, deps: Deps) -> list[Reply]:
    store = deps.store
    args = [a.lower() for a in req.args]
    if len(args) == 1 and args[0] in _OFF:
        user = await current_user(req, deps)
        if await store.delete_user_schedule(user.id):
            deps.notify_schedule_changed()
            return [
                Reply("Reminders stopped. Start again any time, e.g. <code>/schedule tue,fri 07:00</code>")
            ]
        return [Reply("You have no reminders to stop.")]
    if not args:
        return [await _show_schedule(req, deps)]
    if not req.chat.is_private:
        return [
            Reply(
                "Personal reminders come to you in a private chat: message me directly and send "
                f"<code>{esc(SCHEDULE_EXAMPLE)}</code> there. For a reminder in this group, an admin "
                f"can use <code>{esc(CLUB_EXAMPLE)}</code>.",
                private=True,
            )
        ]
    parsed = parse_plan(req.text, deps.settings.reminder_time)
    if isinstance(parsed, str):
        return bad(parsed, SCHEDULE_EXAMPLE)
    days, local_time, setting = parsed
    user = await current_user(req, deps)
    tz = user_zone(user, deps)
    first = next_fire_after(days, local_time, tz, req.now)
    new = NewSchedule(req.chat.platform, req.chat.chat_id, tuple(days), local_time, setting, first)
    row = await store.set_user_schedule(user.id, new, req.now)
    deps.notify_schedule_changed()
    plan = await store.get_runner_plan(user.id)
    pause = await active_pause(user.id, local_today(user, deps, req.now), deps)
    lines = [
        f"Reminders set: <b>{day_list(row.days)}</b> at <b>{esc(local_time)}</b> ({esc(tz.key)}), "
        f"{esc(SETTING_NAMES[setting].lower())} routine.",
    ]
    if pause is not None:
        lines.append(pause_text(pause) + ".")
    after_pause = next_reminder(row, tz, req.now, pause)
    if after_pause is not None:
        lines.append(f"First one: <b>{when_text(after_pause, tz)}</b>.")
    for note in (frequency_note(days), clash_note(days, plan.hard_days)):
        if note:
            lines.append(esc(note))
    lines.append("Stop them with /schedule off.")
    return [Reply("\n".join(lines))]


async def _show_schedule(req: Request, deps: Deps) -> Reply:
    user = await current_user(req, deps)
    tz = user_zone(user, deps)
    row = await deps.store.get_user_schedule(user.id)
    plan = await deps.store.get_runner_plan(user.id)
    private = not req.chat.is_private
    if row is None:
        return Reply(
            "You have no strength reminders yet. Pick two days a week and a time, e.g. "
            f"<code>{esc(SCHEDULE_EXAMPLE)}</code> (times are in {esc(tz.key)}).",
            private=private,
        )
    pause = await active_pause(user.id, local_today(user, deps, req.now), deps)
    accounts = await deps.store.linked_accounts(user.id)
    # Linked accounts: say which platform the reminders go to (never both).
    where = platform_name(row.platform) if len(accounts) > 1 else ""
    lines = ["<b>Your strength reminders</b>", *_plan_lines(row, tz, req.now, pause, where)]
    if row.paused:
        lines.append(f"Resume with <code>{esc(_command(row.days, row.local_time, row.setting))}</code>")
    if plan.hard_days:
        lines.append(f"Hard-run days: {day_list(plan.hard_days)} (no strength work on those)")
    today = local_today(user, deps, req.now)
    if plan.race_date and plan.race_date >= today:
        lines.append(f"Race: {date_text(plan.race_date)}")
    lines.append("Stop them with /schedule off.")
    return Reply("\n".join(lines), private=private)


# --- /runs ---------------------------------------------------------------------------------------


async def runs(req: Request, deps: Deps) -> list[Reply]:
    store = deps.store
    args = [a.lower() for a in req.args]
    private = not req.chat.is_private
    if args and args[0] == "hard":
        args = args[1:]
        if not args:
            return bad("Which days are your hard runs?", RUNS_EXAMPLE)
    if len(args) == 1 and args[0] in _OFF:
        user = await current_user(req, deps)
        await store.set_hard_days(user.id, ())
        return [Reply("Hard-run days cleared.", private=private)]
    user = await current_user(req, deps)
    if not args:
        plan = await store.get_runner_plan(user.id)
        if not plan.hard_days:
            return [
                Reply(
                    "No hard-run days set. Tell me your interval, tempo or long-run days and I'll keep "
                    f"strength work off them: <code>{esc(RUNS_EXAMPLE)}</code>",
                    private=private,
                )
            ]
        return [
            Reply(
                f"Hard-run days: <b>{day_list(plan.hard_days)}</b>. Clear them with /runs off.",
                private=private,
            )
        ]
    days = parse_days(_tokens(" ".join(args)))
    if isinstance(days, str):
        return bad(days, RUNS_EXAMPLE)
    await store.set_hard_days(user.id, days)
    lines = [f"Hard-run days: <b>{day_list(days)}</b>. I'll keep strength work off them."]
    row = await store.get_user_schedule(user.id)
    if row is not None:
        note = clash_note(row.days, days)
        if note:
            lines.append(esc(note))
    if len(days) == 7:
        lines.append("Every day is a hard-run day, so I'll have no free day to suggest. Easy days help too!")
    return [Reply("\n".join(lines), private=private)]


# --- /race ---------------------------------------------------------------------------------------


async def race(req: Request, deps: Deps) -> list[Reply]:
    store = deps.store
    args = [a.lower() for a in req.args]
    private = not req.chat.is_private
    user = await current_user(req, deps)
    today = local_today(user, deps, req.now)
    example = dated_example(RACE_EXAMPLE, today)
    if len(args) > 1:
        return bad("Give one date, year first.", example)
    if not args:
        plan = await store.get_runner_plan(user.id)
        if plan.race_date is None or plan.race_date < today:
            return [
                Reply(
                    "No race coming up. Set one and I'll rest your legs the day before and on race day: "
                    f"<code>{esc(example)}</code>",
                    private=private,
                )
            ]
        return [
            Reply(
                f"Race: <b>{date_text(plan.race_date)}</b>{_away(plan.race_date, today)}. "
                "Clear it with /race off.",
                private=private,
            )
        ]
    if args[0] in _OFF:
        await store.set_race_date(user.id, None)
        return [Reply("Race date cleared.", private=private)]
    text = args[0]
    race_day = parse_iso_date(text)
    if race_day is None:
        return bad(
            f"I can't read the date {clean_text(text, 20)!r}: write it as YYYY-MM-DD. {DIGITS_ONLY}",
            example,
        )
    if race_day < today:
        return bad(f"{date_text(race_day)} is in the past: give your next race's date.", example)
    if race_day - today > MAX_RACE_AHEAD:
        return bad("That's more than three years away: give your next race's date.", example)
    await store.set_race_date(user.id, race_day)
    eve = race_day - timedelta(days=1)
    lines = [f"Race day: <b>{date_text(race_day)}</b>{_away(race_day, today)}."]
    if eve >= today:
        lines.append(
            f"No strength reminder on {eve:%a} {eve.day} {eve:%b} (rest your legs) or on race day; "
            "reminders resume after. Good luck!"
        )
    else:
        lines.append("No strength reminder today; reminders resume after. Good luck!")
    return [Reply("\n".join(lines), private=private)]


def _away(race_day: date, today: date) -> str:
    days = (race_day - today).days
    if days == 0:
        return " (today!)"
    if days == 1:
        return " (tomorrow)"
    if days < 14:
        return f" ({days} days away)"
    return f" ({days // 7} weeks away)"


# --- /club ---------------------------------------------------------------------------------------


async def club(req: Request, deps: Deps) -> list[Reply]:
    if req.chat.is_private:
        return [
            Reply(
                "/club is for group chats: add me to your club's group, and an admin there can send "
                f"<code>{esc(CLUB_EXAMPLE)}</code> to post the day's routine to everyone. "
                f"Personal reminders work here: <code>{esc(SCHEDULE_EXAMPLE)}</code>"
            )
        ]
    store = deps.store
    args = [a.lower() for a in req.args]
    chat = await store.ensure_chat(req.chat.platform, req.chat.chat_id, False, req.now)
    tz = zone(chat.tz, deps.settings.timezone)
    if not args or args == ["show"] or args == ["schedule"]:
        row = await store.get_club_schedule(chat.id)
        if row is None:
            return [
                Reply(
                    f"This group has no club reminder. An admin can set one: <code>{esc(CLUB_EXAMPLE)}</code>"
                )
            ]
        return [Reply("\n".join(["<b>Club strength reminder</b>", *_plan_lines(row, tz, req.now)]))]
    if args[0] != "schedule" and args[0] not in _OFF:
        return bad("Use /club schedule followed by days and a time, or /club schedule off.", CLUB_EXAMPLE)
    if not await deps.is_admin(req.chat):
        return [Reply("Only this group's admins can change the club reminder.")]
    rest = args[1:] if args[0] == "schedule" else args
    if len(rest) == 1 and rest[0] in _OFF:
        if await store.delete_club_schedule(chat.id):
            deps.notify_schedule_changed()
            return [Reply("Club reminder stopped.")]
        return [Reply("This group has no club reminder to stop.")]
    parsed = parse_plan(" ".join(rest), deps.settings.reminder_time)
    if isinstance(parsed, str):
        return bad(parsed, CLUB_EXAMPLE)
    days, local_time, setting = parsed
    first = next_fire_after(days, local_time, tz, req.now)
    new = NewSchedule(req.chat.platform, req.chat.chat_id, tuple(days), local_time, setting, first)
    row = await store.set_club_schedule(chat.id, new, req.now)
    deps.notify_schedule_changed()
    lines = [
        f"Club reminder set: <b>{day_list(row.days)}</b> at <b>{esc(local_time)}</b> ({esc(tz.key)}), "
        f"{esc(SETTING_NAMES[setting].lower())} routine, posted here.",
        f"First one: <b>{when_text(first, tz)}</b>.",
    ]
    note = frequency_note(days)
    if note:
        lines.append(esc(note))
    lines.append("Change the group's time zone with /timezone group Area/City; stop with /club schedule off.")
    return [Reply("\n".join(lines))]


# --- the Skip button -----------------------------------------------------------------------------


async def skip_button(req: Request, deps: Deps) -> list[Reply]:
    parts = req.text.split(":")
    if len(parts) != 3:
        return [Reply("That button has expired. Your next reminder will come as planned.", private=True)]
    _, owner, day_text = parts
    if not await presses_own(req, deps, owner):
        return [Reply("That reminder belongs to someone else.", private=True)]
    day = parse_day_code(day_text)
    if day is None:
        return [Reply("That button has expired. Your next reminder will come as planned.", private=True)]
    user = await current_user(req, deps)
    await deps.store.mark_reminder_skipped(user.id, day)
    lines = [
        "No problem, skipping is fine. Rest is part of training, and one missed session changes "
        "nothing: consistency over weeks is what counts."
    ]
    row = await deps.store.get_user_schedule(user.id)
    if row is not None and not row.paused:
        tz = user_zone(user, deps)
        pause = await active_pause(user.id, req.now.astimezone(tz).date(), deps)
        nxt = next_reminder(row, tz, req.now, pause)
        if nxt is not None:
            lines.append(f"Next reminder: <b>{when_text(nxt, tz)}</b>.")
    return [Reply(" ".join(lines))]


BUTTONS = {"skip": skip_button}
