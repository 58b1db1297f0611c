"""/pause and /resume: no personal reminders for a while (injury, holiday), the streak kept.

A pause runs from the runner's local today up to, not including, its end date ("until 2026-12-20":
reminders are back on the 20th), or until /resume. Club reminders still go to the group.
"""

from __future__ import annotations

from datetime import date, timedelta

import content
from handlers import progress
from handlers.common import bad, clean_text, current_user, dated_example, local_today, parse_iso_date
from handlers.deps import Deps
from handlers.rows import PauseRow
from handlers.types import Reply, Request, esc

PAUSE_EXAMPLE = "/pause until {race} injury"  # filled by dated_example(): six weeks ahead
MAX_PAUSE = timedelta(days=366)
REASONS = ("injury", "holiday")


def parse_pause(args: tuple[str, ...], today: date) -> tuple[date | None, str, str] | str:
    """(until or None, reason, note) from '/pause [until YYYY-MM-DD] [injury|holiday] [note...]'."""
    words = list(args)
    until: date | None = None
    if words and words[0].lower() in ("until", "till", "to"):
        words.pop(0)
        if not words:
            return "Until when? Give the date you're back, year first."
        text = words.pop(0)
        until = parse_iso_date(text)
        if until is None:
            return f"I can't read the date {clean_text(text, 20)!r}: write it as YYYY-MM-DD (digits 0-9)."
        if until <= today:
            return "That date isn't in the future: give the day you'll be back."
        if until - today > MAX_PAUSE:
            return "A pause can last at most a year: give an earlier date (or just /pause)."
    elif words and parse_iso_date(words[0]) is not None:
        return "Put the word until before the date."
    reason = ""
    if words and words[0].lower() in REASONS:
        reason = words.pop(0).lower()
    if words and words[0].lower() in ("note", "note:"):
        words.pop(0)
    note = " ".join(words)
    if len(note) > 200:
        return "Keep the note under 200 characters."
    return until, reason, clean_text(note, 200)


def pause_text(p: PauseRow) -> str:
    """ "paused until Sun 20 Dec (injury)" for /schedule and /stats (the pause must be active)."""
    when = (
        f"until <b>{_date(p.until - timedelta(days=1))}</b> (back on {_date(p.until)})"
        if p.until
        else ("until you send /resume")
    )
    why = f" — {esc(p.reason)}" if p.reason else ""
    if p.note:
        why += f": <i>{esc(p.note)}</i>"
    return f"⏸ <b>Paused</b> {when}{why}"


def _date(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


async def active_pause(user_id: int, today: date, deps: Deps) -> PauseRow | None:
    p = await deps.store.get_pause(user_id)
    return p if p is not None and p.active(today) else None


async def pause(req: Request, deps: Deps) -> list[Reply]:
    user = await current_user(req, deps)
    today = local_today(user, deps, req.now)
    example = dated_example(PAUSE_EXAMPLE, today)
    parsed = parse_pause(req.args, today)
    if isinstance(parsed, str):
        return bad(parsed, example)
    until, reason, note = parsed
    private = not req.chat.is_private
    before = await active_pause(user.id, today, deps)
    injury = content.find_injury(note) if reason == "injury" and note else None
    key = injury.id if injury else ("injury" if reason == "injury" else "")
    # The guidance is offered once per pause: extending an injury pause doesn't repeat it.
    offer = bool(key) and not (before is not None and before.guidance == key)
    p = await deps.store.set_pause(user.id, today, until, reason, note, key, req.now)
    deps.notify_schedule_changed()
    if reason == "injury" and not (before is not None and before.reason == "injury"):
        await progress.injury_paused(user, today, deps, req.now)  # one rung down, from tomorrow
    lines = [pause_text(p) + "."]
    lines.append(
        "No personal reminders until then (club reminders in groups still come). Weeks inside the "
        "pause neither count nor break your streak."
    )
    if offer:
        lines.append("")
        lines.extend(_guidance(injury))
    lines.append("Back earlier? Send /resume.")
    return [Reply("\n".join(lines), private=private)]


def _guidance(injury: content.Injury | None) -> list[str]:
    if injury is None:
        return [
            "<b>While you're injured</b>",
            "Rest what hurts and keep moving what doesn't. Tell me what it is for targeted advice, "
            "e.g. <code>/ask what helps shin splints?</code>",
            esc(content.Injury.caution),
        ]
    helps = [content.EXERCISES[e].name for e in injury.helps if e in content.EXERCISES][:4]
    lines = [f"<b>{esc(injury.name)}</b>", esc(injury.advice)]
    if helps:
        lines.append("When it settles, these help: " + esc(", ".join(helps)) + ".")
    lines.append(esc(injury.caution))
    return lines


async def resume(req: Request, deps: Deps) -> list[Reply]:
    if req.args:
        return bad("/resume takes nothing after it.", "/resume")
    user = await current_user(req, deps)
    today = local_today(user, deps, req.now)
    private = not req.chat.is_private
    ended = await deps.store.end_pause(user.id, today, req.now)
    if ended is None:
        return [Reply("You're not paused. To pause reminders: <code>/pause</code>", private=private)]
    deps.notify_schedule_changed()
    return [
        Reply(
            "Welcome back! ▶️ Reminders are on again from today. Ease in: start with lighter sets "
            "and build up over a week or two.",
            private=private,
        )
    ]


def paused_days(pauses: list[PauseRow], monday: date, today: date) -> int:
    """How many days of the week starting `monday` lie in a pause (an open pause runs to today)."""
    days = 0
    for i in range(7):
        d = monday + timedelta(days=i)
        if any(p.start <= d and d < (p.until or today + timedelta(days=1)) for p in pauses):
            days += 1
    return days


def streak_weeks(
    per_week: dict[date, int], monday: date, target: int, pauses: list[PauseRow], today: date
) -> int:
    """Consecutive weeks meeting `target`, back from this week (counted once met) or last week.

    A week wholly inside a pause neither counts nor breaks the streak; a week partly paused counts
    if it met the target and is passed over if it didn't.
    """
    first = min(per_week, default=monday)
    streak = 0
    wk = monday if per_week.get(monday, 0) >= target else monday - timedelta(weeks=1)
    while wk >= first:
        paused = paused_days(pauses, wk, today) if pauses else 0
        met = per_week.get(wk, 0) >= target
        if paused == 7 or (paused and not met):
            wk -= timedelta(weeks=1)
            continue
        if not met:
            break
        streak += 1
        wk -= timedelta(weeks=1)
    return streak
