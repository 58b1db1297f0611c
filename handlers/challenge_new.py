"""/challenge new: reading and checking a new challenge's name, goal and dates (group admins only).

/challenge new "<name>" <goal> by <YYYY-MM-DD> [from <YYYY-MM-DD>]
/challenge new "<name>" weekly <n> for <weeks> [from <YYYY-MM-DD>]
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from handlers.challenge_board import day_text, goal_text, join_action, rules_text
from handlers.common import DIGITS_ONLY, bad, clean_text, current_user, parse_int, parse_iso_date, zone
from handlers.deps import Deps
from handlers.rows import NewChallenge
from handlers.types import Button, Reply, Request, esc

MAX_NAME = 64
MAX_GOAL = 1000
MAX_WEEKS = 52
MAX_DAYS = 366  # longest challenge window
MAX_START_BACK = 31  # a challenge may start up to this many days ago (earlier sessions count)

QUOTED = re.compile(r'^["“”„](?P<name>[^"“”]*)["“”]\s*(?P<rest>.*)$', re.S)
_FROM = re.compile(r"(?:^|\s)from\s+(?P<date>\S+)", re.I)
_TOTAL = re.compile(r"^(?P<goal>\S+)\s+(?:sessions?\s+)?by\s+(?P<end>\S+)$", re.I)
_WEEKLY = re.compile(r"^weekly\s+(?P<n>\S+)\s+(?:sessions?\s+)?for\s+(?P<weeks>\S+)(?:\s+weeks?)?$", re.I)
_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>")  # an HTML-like tag ("<3" and "a < b" are fine)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # any script's digits: to tell "not a date" from "not real"


def examples(today: date) -> tuple[str, str]:
    end = today + timedelta(days=30)
    return (
        f'/challenge new "Winter dozen" 12 by {end.isoformat()}',
        '/challenge new "Three a week" weekly 3 for 4',
    )


def _parse_date(text: str) -> date | str:
    if not _ISO_DATE.match(text):
        return f"{clean_text(text, 20)!r} is not a date I can read: write dates as YYYY-MM-DD."
    parsed = parse_iso_date(text)
    if parsed is None:
        return f"{clean_text(text, 20)} is not a real date: write dates as YYYY-MM-DD. {DIGITS_ONLY}"
    return parsed


_TOO_LONG = f"That name is too long (at most {MAX_NAME} characters)."
_OPEN_QUOTE = '"“”„'


def unquoted(text: str, fallback: str) -> str:
    """What to say when no quoted name was found: a name opened but never closed within what we
    read (messages are read up to MAX_INPUT characters) is too long, not unquoted."""
    text = text.strip()
    if text[:1] in _OPEN_QUOTE and len(text) > MAX_NAME + 1 and not any(q in text[1:] for q in '"“”'):
        return _TOO_LONG
    return fallback


def check_name(raw: str) -> tuple[str, str | None]:
    """(cleaned name, problem or None)."""
    name = clean_text(raw, len(raw) + 1)
    if not name:
        return name, "The challenge needs a name between the quotes."
    if len(name) > MAX_NAME:
        return name, _TOO_LONG
    if _TAG.search(name):
        return name, "Challenge names are plain text: leave out tags like <b> or <a href=...>."
    return name, None


async def new(req: Request, deps: Deps, rest: str) -> list[Reply]:
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can start a challenge. Ask one of them!")]
    chat_row = await deps.store.find_chat(req.chat.platform, req.chat.chat_id)
    tz_name = (chat_row.tz if chat_row else None) or deps.settings.timezone
    tz = zone(tz_name, deps.settings.timezone)
    today = req.now.astimezone(tz).date()
    total_example, weekly_example = examples(today)
    m = QUOTED.match(rest.strip())
    if not m:
        return bad(unquoted(rest, "Put the challenge name in quotes, then the goal."), total_example)
    name, problem = check_name(m.group("name"))
    if problem:
        return bad(problem, total_example)
    spec = m.group("rest").strip()
    start = today
    f = _FROM.search(spec)
    if f:
        parsed = _parse_date(f.group("date"))
        if isinstance(parsed, str):
            return bad(parsed, total_example + f" from {today.isoformat()}")
        start = parsed
        spec = (spec[: f.start()] + " " + spec[f.end() :]).strip()
        # Checked here, before any date arithmetic (9999-12-31 plus a few weeks overflows); a
        # start of today (no from) is always in range.
        if start < today - timedelta(days=MAX_START_BACK):
            return bad(f"A challenge can start at most {MAX_START_BACK} days back.", total_example)
        if start > today + timedelta(days=MAX_DAYS):
            return bad("A challenge can start at most a year from now.", total_example)
    cap = deps.settings.challenge_max_per_day
    if (t := _TOTAL.match(spec)) is not None:
        goal = parse_int(t.group("goal"), 1, MAX_GOAL)
        if goal is None:
            return bad(
                f"The goal must be a whole number of sessions from 1 to {MAX_GOAL}. {DIGITS_ONLY}",
                total_example,
            )
        end = _parse_date(t.group("end"))
        if isinstance(end, str):
            return bad(end, total_example)
        kind, weeks, example = "total", 0, total_example
    elif (w := _WEEKLY.match(spec)) is not None:
        goal = parse_int(w.group("n"), 1, 7 * cap)
        if goal is None:
            return bad(
                f"Sessions per week must be a whole number from 1 to {7 * cap}. {DIGITS_ONLY}", weekly_example
            )
        weeks_n = parse_int(w.group("weeks"), 1, MAX_WEEKS)
        if weeks_n is None:
            return bad(f"The number of weeks must be from 1 to {MAX_WEEKS}. {DIGITS_ONLY}", weekly_example)
        kind, weeks, example = "weekly", weeks_n, weekly_example
        end = start + timedelta(days=7 * weeks - 1)
    else:
        return bad(
            "After the name, give either <goal> by <date> or weekly <n> for <weeks>.",
            total_example,
        )
    if end < today:
        return bad(f"The end date {end.isoformat()} is already past (today is {today.isoformat()}).", example)
    if end < start:
        return bad("The end date comes before the start date.", example)
    days = (end - start).days + 1
    if days > MAX_DAYS:
        return bad(f"A challenge can last at most {MAX_DAYS} days.", example)
    if kind == "total" and goal > days * cap:
        return bad(
            f"{goal} sessions can't be reached: at most {cap} a day counts, so {days * cap} "
            f"in those {days} days.",
            example,
        )
    chat_row = await deps.store.ensure_chat(req.chat.platform, req.chat.chat_id, False, req.now)
    user = await current_user(req, deps)
    c = await deps.store.create_challenge(
        chat_row.id,
        user.account,
        NewChallenge(
            name=name,
            kind=kind,
            goal=goal,
            weeks=weeks,
            start=start,
            end=end,
            tz=tz.key,
            max_per_day=cap,
            late_days=deps.settings.challenge_late_days,
        ),
        req.now,
    )
    when = f"from {day_text(c.start)} to {day_text(c.end)}"
    text = (
        f"🏁 New challenge #{c.id}: <b>{esc(c.name)}</b>\n"
        f"Goal: {goal_text(c)}, {when}.\n"
        f"{esc(rules_text(c, deps.settings.digest_time))}\n"
        f"Press Join or send <code>/challenge join {c.id}</code>; see the board with "
        f"<code>/leaderboard {c.id}</code>."
    )
    return [Reply(text, buttons=(Button("Join", join_action(c)),))]
