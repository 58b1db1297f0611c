"""Logging sessions and looking back: /done, Done buttons, /undo, /history, /stats, /export, /forget."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from handlers import progress
from handlers.coach import ROUTINE_VARIANTS, SETTING_NAMES, parse_setting, routine_body, routine_variant
from handlers.common import (
    DIGITS_ONLY,
    MAX_NOTE,
    bad,
    clean_text,
    current_user,
    day_code,
    local_today,
    looks_numeric,
    parse_day_code,
    parse_int,
    parse_zone,
    presses_own,
    user_zone,
)
from handlers.deps import Deps
from handlers.link import platform_name
from handlers.rows import LoggedSession, NewSession, SessionRow, UserRow
from handlers.types import Button, Reply, Request, esc

DONE_EXAMPLE = "/done home 20 effort 7 felt strong"
TARGET_LOW, TARGET_HIGH = 2, 3
BUTTON_MAX_AGE_DAYS = 7
MAX_WEEK = 5_000  # about a century of weekly progression: larger week numbers in a button are forged
NOTE_WORDS = frozenset({"note", "note:"})


@dataclass(frozen=True)
class DoneArgs:
    setting: str
    minutes: int | None
    effort: int | None
    note: str


def parse_done(args: tuple[str, ...]) -> DoneArgs | str:
    """Parse /done arguments; returns an error message for bad input.

    Everything after the word "note" is note text. Before it, a number is the minutes only when
    it is followed by "min"/"m" ("20 min", "20min") or stands alone: at the end, or just before
    the effort ("20 effort 7", "20 7/10", "20 7"). Any other leading number starts the note
    ("/done home 3 sets of 12").
    """
    words = list(args)
    cut = next((i for i, w in enumerate(words) if w.lower() in NOTE_WORDS), len(words))
    rest, tail = words[:cut], words[cut + 1 :]
    setting = "home"
    if rest and not looks_numeric(_minutes_word(rest)) and rest[0].lower() not in EFFORT_WORDS:
        found = parse_setting(rest[0])
        if found is None or found == "quick":
            if found == "quick":
                found = "home"
            else:
                return f"{clean_text(rest[0], 30)!r} is not a workout type: use home, gym, plyo or hills."
        setting = found
        rest.pop(0)
    minutes = effort = None
    if rest and _is_minutes(rest):
        word = _minutes_word(rest)
        unit_attached = word != rest.pop(0)
        if not unit_attached and rest and rest[0].lower() in MINUTE_WORDS:
            rest.pop(0)
        minutes = parse_int(word, 1, 300)
        if minutes is None:
            return "Minutes must be a whole number from 1 to 300. " + DIGITS_ONLY
    said_effort = bool(rest) and rest[0].lower() in EFFORT_WORDS
    if said_effort:
        rest.pop(0)
        if not rest or not looks_numeric(rest[0].removesuffix("/10")):
            return "Give the effort as a number from 1 to 10 after the word effort."
    if rest and (said_effort or rest[0].endswith("/10") or (minutes is not None and looks_numeric(rest[0]))):
        effort = parse_int(rest.pop(0).removesuffix("/10"), 1, 10)
        if effort is None:
            return "Effort must be a whole number from 1 (easy) to 10 (all out). " + DIGITS_ONLY
    note = " ".join(rest + tail)
    if len(note) > MAX_NOTE:
        return f"That note is too long ({len(note)} characters); keep it under {MAX_NOTE}."
    return DoneArgs(setting, minutes, effort, clean_text(note, MAX_NOTE))


EFFORT_WORDS = frozenset({"effort", "rpe", "e"})
MINUTE_WORDS = frozenset({"min", "m", "mins", "minutes", "minute"})
_MINUTES_SUFFIX = re.compile(r"^(.+?)(?:min|mins|minutes|m)$", re.I)


def _minutes_word(words: list[str]) -> str:
    """The number part of the first word ("20" from "20" or "20min")."""
    m = _MINUTES_SUFFIX.match(words[0])
    return m.group(1) if m and looks_numeric(m.group(1)) else words[0]


def _is_minutes(words: list[str]) -> bool:
    """Is the leading word the minutes? A number with a unit, alone, or right before the effort
    ("20 effort 7", "20 7/10", "20 7")."""
    word = _minutes_word(words)
    if not looks_numeric(word):
        return False
    if word != words[0] or len(words) == 1:
        return True  # "20min", or "20" alone
    after = words[1].lower()
    return after in MINUTE_WORDS or after in EFFORT_WORDS or after.endswith("/10") or looks_numeric(after)


def session_muscles(user: UserRow, setting: str, day: date) -> tuple[str, ...]:
    """Primary muscles of the routine the runner was given for that day and setting."""
    return routine_body(setting, *routine_variant(user, day))[1]


async def done(req: Request, deps: Deps) -> list[Reply]:
    parsed = parse_done(req.args)
    if isinstance(parsed, str):
        return bad(parsed, DONE_EXAMPLE)
    user = await current_user(req, deps)
    today = local_today(user, deps, req.now)
    logged = await deps.store.log_session(
        user.id,
        NewSession(
            setting=parsed.setting,
            minutes=parsed.minutes,
            effort=parsed.effort,
            note=parsed.note,
            muscles=session_muscles(user, parsed.setting, today),
            logged_at=req.now,
            local_date=today,
            dedupe_key=f"{req.chat.platform}:msg:{req.message_key}" if req.message_key else None,
            logged_by=user.account_id,
        ),
        week_start=today - timedelta(days=today.weekday()),
    )
    return [await _confirm(req, deps, user, logged, private=False)]


async def _confirm(req: Request, deps: Deps, user: UserRow, logged: LoggedSession, private: bool) -> Reply:
    """The "Logged" reply; a new session moves levels (issue 29) and, without an effort, asks how
    it felt with three buttons (once: nothing asks again if they are ignored)."""
    row = logged.row
    text = _logged_text(row, logged.week_sessions, again=not logged.created)
    if not logged.created:
        # The same message again (a platform's re-delivery after a crash): the session it stored,
        # said as such, so a second confirmation never reads as a second session.
        return Reply(text, private=private)
    made = await progress.after_logging(user, row, deps, req.now)
    text += "".join(f"\n{progress.change_text(c)}" for c in made)
    if row.effort:
        return Reply(text, private=private)
    return Reply(text + "\nHow did it feel?", buttons=progress.effort_buttons(row.id), private=private)


def _logged_text(row: SessionRow, n: int, again: bool = False) -> str:
    """The "Logged" reply: what was logged and `n`, this week's sessions so far ("Already
    logged" when `again`: the message had been handled before)."""
    details = [SETTING_NAMES.get(row.setting, row.setting)]
    if row.minutes:
        details.append(f"{row.minutes} min")
    if row.effort:
        details.append(f"effort {row.effort}/10")
    msg = f"{'Already logged' if again else 'Logged'} ✅ {esc(' · '.join(details))}"
    if row.note:
        msg += f"\nNote: <i>{esc(row.note)}</i>"
    if n < TARGET_LOW:
        msg += f"\nThis week: {n} of {TARGET_LOW}–{TARGET_HIGH} sessions. Rest a day before the next one."
    elif n <= TARGET_HIGH:
        msg += f"\nThis week: {n} sessions — target met. Recovery is part of the plan."
    else:
        msg += (
            f"\nThis week: {n} sessions. That's more than the 2–3 that work best; "
            "your legs get stronger while they rest."
        )
    return msg


BUTTON_GONE = "That button is no longer valid. Log with /done instead, e.g. <code>/done home</code>."


async def done_button(req: Request, deps: Deps) -> list[Reply]:
    parts = req.text.split(":")
    if len(parts) != 4 or parse_setting(parts[3]) is None:
        return [Reply(BUTTON_GONE, private=True)]
    _, owner, day_text, setting = parts
    if not await presses_own(req, deps, owner):
        return [Reply("That Done button belongs to someone else. Get your own with /workout.", private=True)]
    day = parse_day_code(day_text)
    if day is None:
        return [Reply(BUTTON_GONE, private=True)]
    user = await current_user(req, deps)
    return await _log_pressed(
        req, deps, user, day, setting, session_muscles(user, setting, day), private=False
    )


async def club_done_button(req: Request, deps: Deps) -> list[Reply]:
    """The Done button under a club reminder: logs the club's routine for whoever presses it."""
    parts = req.text.split(":")
    if len(parts) != 5 or parse_setting(parts[2]) is None:
        return [Reply(BUTTON_GONE, private=True)]
    _, day_text, setting, seed_text, week_text = parts
    day = parse_day_code(day_text)
    seed = parse_int(seed_text, 0, ROUTINE_VARIANTS - 1)
    week = parse_int(week_text, 0, MAX_WEEK)
    if day is None or seed is None or week is None:
        return [Reply(BUTTON_GONE, private=True)]
    user = await current_user(req, deps)
    muscles = routine_body(setting, seed, week)[1]
    # A group sees one post; each member's confirmation is theirs alone (a pop-up or ephemeral).
    return await _log_pressed(req, deps, user, day, setting, muscles, private=True)


async def _log_pressed(
    req: Request, deps: Deps, user: UserRow, day: date, setting: str, muscles: tuple[str, ...], private: bool
) -> list[Reply]:
    """Log a session from a Done button (personal or club), once per runner, day and setting."""
    today = local_today(user, deps, req.now)
    if not today - timedelta(days=BUTTON_MAX_AGE_DAYS) <= day <= today + timedelta(days=1):
        return [
            Reply(
                "That routine is too old to log from its button. Use <code>/done home</code> instead.",
                private=True,
            )
        ]
    logged = await deps.store.log_session(
        user.id,
        NewSession(
            setting=setting,
            minutes=None,
            effort=None,
            note="",
            muscles=muscles,
            logged_at=req.now,
            local_date=day,
            source="button",
            # The same key from a personal and a club button: pressing both counts once.
            dedupe_key=f"{user.platform}:{user.platform_user_id}:{day_code(day)}:{setting}",
            logged_by=user.account_id,
        ),
        week_start=today - timedelta(days=today.weekday()),
    )
    if not logged.created:
        return [Reply("Already logged — that one counts once. Nice work!", private=True)]
    return [await _confirm(req, deps, user, logged, private=private)]


async def undo(req: Request, deps: Deps) -> list[Reply]:
    user = await current_user(req, deps)
    row = await deps.store.undo_last_session(user.id, since=req.now - timedelta(hours=24))
    if row is None:
        return [Reply("Nothing to undo: I only remove a session logged in the last 24 hours.")]
    when = row.logged_at.astimezone(user_zone(user, deps))
    return [
        Reply(
            f"Removed your {esc(SETTING_NAMES.get(row.setting, row.setting))} session from {when:%a %H:%M}."
        )
    ]


async def forget(req: Request, deps: Deps) -> list[Reply]:
    owner = req.chat.user_id
    # What you last asked about (for follow-ups) goes at once: it is no record worth confirming.
    await deps.store.clear_ask_context(req.chat.platform, owner)
    user = await current_user(req, deps)
    others = [a for a in await deps.store.linked_accounts(user.id) if a.account != user.account]
    if others:
        where = ", ".join(sorted({platform_name(a.platform) for a in others}))
        return [
            Reply(
                f"This account is linked with your {esc(where)} account. Forget both (everything I "
                "store about you on every platform), or only this account (it is unlinked and the "
                "other keeps the sessions it logged)? It can't be undone.",
                buttons=(
                    Button("Forget both", f"forget:{owner}:all"),
                    Button("Only this account", f"forget:{owner}"),
                    Button("Keep my data", f"keep:{owner}"),
                ),
                private=not req.chat.is_private,
            )
        ]
    return [
        Reply(
            "This deletes everything I store about you: sessions, runs, reminders, challenge places "
            "and settings. It can't be undone. Sure?",
            buttons=(
                Button("Yes, delete everything", f"forget:{owner}"),
                Button("Keep my data", f"keep:{owner}"),
            ),
            private=not req.chat.is_private,
        )
    ]


async def forget_button(req: Request, deps: Deps) -> list[Reply]:
    mine = f"forget:{req.chat.user_id}"
    if req.text not in (mine, f"{mine}:all"):
        return [Reply("That button belongs to someone else. Use /forget for your own data.", private=True)]
    store = deps.store
    await store.clear_ask_context(req.chat.platform, req.chat.user_id)
    user = await store.get_user(req.chat.platform, req.chat.user_id)
    if user is not None:
        accounts = await store.linked_accounts(user.id)
        if req.text.endswith(":all"):
            for a in accounts:  # the person's own row last: the others' links go with it anyway
                if a.account != user.id:
                    await store.delete_user(a.account)
            await store.delete_user(user.id)
        elif len(accounts) > 1:
            await store.unlink_account(user.account)  # the other account keeps what it logged
            await store.delete_user(user.account)
        else:
            await store.delete_user(user.id)
        deps.notify_schedule_changed()
    return [
        Reply(
            "Done — everything I stored about you is deleted. Say /start any time to begin again.", edit=True
        )
    ]


async def keep_button(req: Request, deps: Deps) -> list[Reply]:
    if req.text != f"keep:{req.chat.user_id}":
        return [Reply("That button belongs to someone else.", private=True)]
    return [Reply("Kept — nothing was deleted.", edit=True)]


async def timezone(req: Request, deps: Deps) -> list[Reply]:
    example = "/timezone Europe/Berlin"
    args = req.args
    for_group = bool(args) and args[0].lower() in {"group", "chat", "club"}
    if for_group:
        args = args[1:]
        if req.chat.is_private:
            return bad(
                "Setting a group's time zone works in the group chat.", "/timezone group Europe/London"
            )
        if not await deps.is_admin(req.chat):
            return [Reply("Only the group's admins can change its time zone.")]
    if not args:
        user = await current_user(req, deps)
        return [
            Reply(
                f"Your time zone is <b>{esc(user_zone(user, deps).key)}</b>.\n"
                f"Change it like this: <code>{example}</code>"
            )
        ]
    if len(args) > 1:
        return bad("Give one IANA time zone name.", example)
    tz = parse_zone(args[0])
    if tz is None:
        return bad(f"I don't know the time zone {clean_text(args[0], 40)!r}. Use an Area/City name.", example)
    if for_group:
        chat = await deps.store.ensure_chat(req.chat.platform, req.chat.chat_id, False, req.now)
        await deps.store.set_chat_tz(chat.id, tz.key)
        deps.notify_schedule_changed()
        return [Reply(f"This group's time zone is now <b>{esc(tz.key)}</b>.")]
    user = await current_user(req, deps)
    await deps.store.set_user_tz(user.id, tz.key)
    deps.notify_schedule_changed()
    local = req.now.astimezone(tz)
    return [Reply(f"Your time zone is now <b>{esc(tz.key)}</b> (it's {local:%H:%M} there).")]
