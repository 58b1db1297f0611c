"""/calendar: the runner's strength days for the next weeks as an iCalendar (.ics) file.

The days come from content.calendar.plan_window(), the planning the reminder service does for each
due reminder (plan_day): schedule days, hard-run days moved to the next free day, nothing on race
eve, race day, in a recovery week or inside a pause. A private feed URL (``/calendar url``) serves
the same file when the bot runs an HTTP server and [calendar] feed_url is set.
"""

from __future__ import annotations

import hashlib
import html
import re
import secrets
from datetime import datetime, timedelta

from content.calendar import DayRules, fire_time, parse_hhmm, plan_window, strength_days
from content.ical import CalendarEvent, build_calendar
from handlers.coach import SETTING_NAMES, routine_text, routine_variant
from handlers.common import bad, current_user, user_zone
from handlers.deps import Deps
from handlers.progress import levels_from
from handlers.rows import ScheduleRow, UserRow
from handlers.types import Reply, Request, esc

WEEKS = 8
EVENT_MINUTES = 30
FILENAME = "legwork-strength-days.ics"
_TAG = re.compile(r"</?(?:b|i|code)>")


def plain(text: str) -> str:
    """The neutral markup as plain text (an .ics description has no markup)."""
    return html.unescape(_TAG.sub("", text))


def feed_token_hash(token: str) -> str:
    return hashlib.sha256(f"legwork-calendar:{token}".encode()).hexdigest()


async def build_for(user: UserRow, deps: Deps, now: datetime) -> tuple[bytes, int] | None:
    """(.ics bytes, number of events) for the next WEEKS weeks; None without a schedule."""
    store = deps.store
    row = await store.get_user_schedule(user.id)
    if row is None:
        return None
    tz = user_zone(user, deps)
    rules = await runner_rules(user, row, deps)
    hour, minute = parse_hhmm(row.local_time)
    planned = plan_window(rules, hour, minute, tz, now, now + timedelta(weeks=WEEKS))
    owner = await reminder_owner(user, row.platform, deps)
    setting = row.setting
    # The levels of each day as /workout will show them: today's from the sessions before today,
    # later days' from every session so far (a day's routine never changes during it).
    today = now.astimezone(tz).date()
    states = {d: await deps.store.level_state(user.id, d) for d in (today, today + timedelta(days=1))}
    title = f"Legwork: {SETTING_NAMES.get(setting, setting).lower()} strength routine"
    events = []
    for day, p in strength_days(planned):
        start = p.fire if day == p.day else fire_time(day, hour, minute, tz)
        if start <= now:
            continue
        at = levels_from(states[min(day, today + timedelta(days=1))], day)
        text = plain(routine_text(setting, *routine_variant(owner, day), day, at))
        if day != p.day:
            text = f"Moved here from {p.day:%A}, a hard-run day.\n\n{text}"
        events.append(CalendarEvent(day, start, EVENT_MINUTES, title, text))
    data = build_calendar(str(user.id), events, now, "Legwork strength days")
    return data, len(events)


async def runner_rules(user: UserRow, row: ScheduleRow, deps: Deps) -> DayRules:
    """The runner's calendar rules as the reminder service reads them for a due reminder."""
    store = deps.store
    plan = await store.get_runner_plan(user.id)
    pause = await store.get_pause(user.id)
    run_day = (await store.run_prefs(user.id)).run_day
    mask = 0
    for d in row.days:
        mask |= 1 << d
    hard = 0
    for d in plan.hard_days:
        hard |= 1 << d
    return DayRules(
        strength_days=mask,
        created_at=user.created_at,
        hard_days=hard,
        race_date=plan.race_date,
        recovery_weeks=deps.settings.recovery_week,
        pause_from=pause.start if pause else None,
        pause_until=pause.until if pause else None,
        run_day=run_day,
    )


async def reminder_owner(user: UserRow, platform: str, deps: Deps) -> UserRow:
    """The owner row the reminder service composes with (so the routine is the one it will send):
    the person's own account, on the schedule's platform."""
    if user.account == user.id:
        me = user
    else:
        accounts = await deps.store.linked_accounts(user.id)
        me = next((a for a in accounts if a.account == user.id), user)
    return UserRow(user.id, platform, me.platform_user_id, me.display_name, user.tz, user.created_at)


async def calendar(req: Request, deps: Deps) -> list[Reply]:
    args = [a.lower() for a in req.args]
    private = not req.chat.is_private
    if args and args[0] in ("url", "link", "feed", "subscribe"):
        return await _feed_url(req, deps, args[1:])
    if args:
        return bad("/calendar takes nothing after it (or url for a subscription link).", "/calendar")
    user = await current_user(req, deps)
    built = await build_for(user, deps, req.now)
    if built is None:
        return [
            Reply(
                "Set your strength days first, e.g. <code>/schedule tue,fri 07:00 home</code>, "
                "then /calendar gives them as a calendar file.",
                private=private,
            )
        ]
    data, n = built
    tz = user_zone(user, deps)
    lines = [
        f"Your strength days for the next {WEEKS} weeks: {n} session{'s' if n != 1 else ''} at your "
        f"reminder time ({esc(tz.key)}). Import the file into your calendar; importing a newer one "
        "updates the same events."
    ]
    if n == 0:
        lines.append("Nothing planned in that window (a pause, a race or a recovery week).")
    return [Reply("\n".join(lines), file=(FILENAME, data), private=private)]


async def _feed_url(req: Request, deps: Deps, rest: list[str]) -> list[Reply]:
    base = deps.settings.calendar_feed_url
    if not base:
        return [
            Reply(
                "A calendar subscription link isn't switched on for this bot. /calendar sends the file.",
                private=True,
            )
        ]
    if rest:
        return bad("/calendar url takes nothing after it.", "/calendar url")
    user = await current_user(req, deps)
    token = secrets.token_urlsafe(24)
    await deps.store.set_calendar_token(user.id, feed_token_hash(token), req.now)
    return [
        Reply(
            "Your private calendar link (subscribe to it in your calendar app; it updates itself):\n"
            f"<code>{esc(base.rstrip('/'))}/{token}.ics</code>\n"
            "Anyone with the link sees your strength days, so keep it to yourself. Each /calendar url "
            "makes a new link and the earlier one stops working.",
            private=True,
        )
    ]


async def feed(token: str, deps: Deps, now: datetime) -> bytes | None:
    """The feed for a subscription URL's token; None for an unknown token (the server says 404)."""
    if not 20 <= len(token) <= 64:
        return None
    user = await deps.store.user_by_calendar_token(feed_token_hash(token))
    if user is None:
        return None
    built = await build_for(user, deps, now)
    return built[0] if built else build_calendar(str(user.id), [], now, "Legwork strength days")
