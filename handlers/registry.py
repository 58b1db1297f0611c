"""The command table, button routing and the single entry point every adapter calls."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from handlers import (
    challenges,
    coach,
    ical,
    link,
    pause,
    progress,
    runs,
    runs_cmd,
    schedule,
    sessions,
    strava,
)
from handlers.common import current_user, dated_example
from handlers.deps import Deps
from handlers.types import Reply, Request, esc

log = logging.getLogger(__name__)

Handler = Callable[[Request, Deps], Awaitable[list[Reply]]]

ALREADY_HANDLED = "I had already handled that message (it reached me twice), so I didn't do it again."
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
MAX_INPUT = 4000  # characters of a message we look at; the rest is ignored


@dataclass(frozen=True)
class Command:
    name: str
    run: Handler
    summary: str  # one line for menus (Telegram: at most 256 chars)
    usage: str  # the argument form, e.g. "[home|gym|plyo|hills|quick]"
    example: str  # date fields ({race}, {end}, {month}) are filled from today: dated_example()
    # Not idempotent: a message the platform delivers twice (after a crash) runs once.
    once: bool = False


# /start and /help live beside the table /help reads, so no module imports this one back.


async def start(req: Request, deps: Deps) -> list[Reply]:
    await current_user(req, deps)
    text = (
        "<b>Hi, I'm Legwork</b> — your leg-strength coach for running.\n"
        "Two short sessions a week make you faster on hills, steadier on your feet and "
        "harder to injure.\n\n"
        "Try <code>/workout home</code> for today's 15–20 minute routine, "
        "ask me things like <i>what helps shin splints?</i>, or set reminders with "
        "<code>/schedule tue,fri 07:00</code>. /help lists everything."
    )
    return [Reply(text)]


async def help_(req: Request, deps: Deps) -> list[Reply]:
    lines = ["<b>What I can do</b>"]
    today = req.now.date()
    for c in COMMANDS.values():
        usage = f" {esc(c.usage)}" if c.usage else ""
        lines.append(f"/{c.name}{usage} — {esc(c.summary)}")
        if c.usage:
            lines.append(f"    e.g. <code>{esc(dated_example(c.example, today))}</code>")
    lines.append("")
    lines.append("Or just ask a question in a private chat.")
    return [Reply("\n".join(lines))]


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command("start", start, "Meet Legwork", "", "/start"),
        Command("help", help_, "What I can do", "", "/help"),
        Command(
            "workout",
            coach.workout,
            "Today's leg routine",
            "[home|gym|plyo|hills|quick]",
            "/workout home",
        ),
        Command("exercise", coach.exercise, "How to do an exercise", "<name>", "/exercise calf raise"),
        Command("muscle", coach.muscle, "What a muscle group does", "<group>", "/muscle hamstrings"),
        Command("ask", coach.ask, "Ask a training question", "<question>", "/ask what helps shin splints?"),
        Command("tips", coach.tips, "Training rules of thumb", "", "/tips"),
        Command(
            "done",
            sessions.done,
            "Log a finished session",
            "[home|gym|plyo|hills] [minutes] [effort 1-10] [[note] text]",
            "/done home 20 effort 7 felt strong",
        ),
        Command("undo", sessions.undo, "Remove your last logged session", "", "/undo", once=True),
        Command("history", sessions.history, "Your recent sessions", "[n]", "/history 10"),
        Command("stats", sessions.stats, "Your weekly figures and chart", "", "/stats"),
        Command("progress", progress.progress, "Your level per muscle group", "", "/progress"),
        Command("export", sessions.export, "Your data as a CSV file", "", "/export"),
        Command("forget", sessions.forget, "Delete everything stored about you", "", "/forget"),
        Command(
            "timezone",
            sessions.timezone,
            "Set your time zone",
            "<Area/City> | group <Area/City>",
            "/timezone Europe/Berlin",
        ),
        Command(
            "schedule",
            schedule.schedule,
            "Strength-day reminders",
            "<days> <HH:MM> [setting] | off",
            "/schedule tue,fri 07:00 home",
        ),
        Command(
            "pause",
            pause.pause,
            "Pause your reminders (injury, holiday)",
            "[until <YYYY-MM-DD>] [injury|holiday] [note]",
            "/pause until {race} injury",
        ),
        Command("resume", pause.resume, "End a pause: reminders again", "", "/resume"),
        Command("calendar", ical.calendar, "Your strength days as a calendar file", "[url]", "/calendar"),
        Command(
            "runs",
            runs_cmd.runs,
            "Your runs; import a run file; hard-run days",
            "[import <file>] | hard <days> | off",
            "/runs hard wed,sat",
        ),
        Command("units", runs_cmd.units, "Distances in km or miles", "km|mi", "/units mi"),
        Command("race", schedule.race, "Set your next race date", "<YYYY-MM-DD> | off", "/race {race}"),
        Command(
            "club",
            schedule.club,
            "Club reminder for this group (admins)",
            "schedule <days> <HH:MM> [setting] | off",
            "/club schedule mon,thu 18:30 home",
        ),
        Command(
            "challenge",
            challenges.challenge,
            "Group challenges",
            "new|join|leave|end|remove|list",
            '/challenge new "{month} dozen" 12 by {end}',
            once=True,
        ),
        Command(
            "leaderboard",
            challenges.leaderboard,
            "The challenge leaderboard",
            "[challenge]",
            "/leaderboard",
        ),
        Command(
            "link",
            link.link,
            "Join your Telegram and Discord accounts",
            "[code]",
            "/link K7QM-R2XP",
            once=True,
        ),
        Command("unlink", link.unlink, "Separate linked accounts again", "", "/unlink"),
        Command("strava", strava.strava, "Connect Strava: your runs arrive by themselves", "", "/strava"),
    )
}

# Button actions are "<prefix>:<fields>"; the prefix picks the handler.
BUTTONS: dict[str, Handler] = {
    "done": sessions.done_button,
    "clubdone": sessions.club_done_button,
    progress.EFFORT_PREFIX: progress.effort_button,
    "forget": sessions.forget_button,
    "keep": sessions.keep_button,
    coach.TOPIC_PREFIX: coach.topic_button,
    **schedule.BUTTONS,
    **challenges.BUTTONS,
    **runs.BUTTONS,
    **runs_cmd.BUTTONS,
    **strava.BUTTONS,
}

_COMMAND_RE = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)")


def parse_command(text: str, bot_username: str | None = None) -> tuple[str, tuple[str, ...], str] | None:
    """Split "/cmd@bot a b" into ("cmd", ("a", "b"), "a b").

    Returns None when the text is not a command, or is addressed to another bot.
    """
    m = _COMMAND_RE.match(text)
    if not m:
        return None
    target = m.group(2)
    if target and bot_username and target.lower() != bot_username.lower():
        return None
    rest = text[m.end() :].strip()[:MAX_INPUT]
    return m.group(1).lower(), tuple(rest.split()), rest


def menu() -> list[tuple[str, str]]:
    """(command, description) pairs for platform command menus, from the same table."""
    return [(c.name, c.summary) for c in COMMANDS.values()]


async def _run(
    fn: Callable[[Request, Deps], Awaitable[list[Reply]]], req: Request, deps: Deps
) -> list[Reply]:
    """`fn(req, deps)`, run once more if a row it wrote against was deleted meanwhile (/forget by
    the same runner at the same moment): the second run sees the runner as they now are, so a
    /done or a join racing /forget gets its normal answer instead of an apology."""
    try:
        replies = await fn(req, deps)
    except Exception as exc:
        row_gone = getattr(deps.store, "row_gone", None)
        if row_gone is None or not row_gone(exc):
            raise
        log.info("/%s met a deletion made at the same time; running it again", req.command or "button")
        replies = await fn(req, deps)
    if deps.outage is not None:
        await deps.outage.check()  # during an outage: is the database back?
    return replies


async def dispatch(req: Request, deps: Deps) -> list[Reply]:
    """Route one request to its handler. Never raises: failures become a short apology."""
    try:
        if req.command == "button":
            prefix = req.text.split(":", 1)[0]
            handler = BUTTONS.get(prefix)
            if handler is None:
                return [Reply("That button has expired. Ask again, e.g. /workout", private=True)]
            return await _run(handler, req, deps)
        if req.command == "":
            if not req.text.strip():
                return [Reply("Ask me anything about leg strength, e.g. <i>what helps shin splints?</i>")]
            return await _run(coach.ask, req, deps)
        cmd = COMMANDS.get(req.command)
        if cmd is None:
            return [
                Reply(
                    f"I don't know /{esc(req.command[:32])}. Try /help for the list, "
                    "for example <code>/workout home</code>."
                )
            ]
        if cmd.once and req.message_key:
            if not await deps.store.first_handling(req.chat.platform, req.message_key, req.now):
                return [Reply(ALREADY_HANDLED)]
        return await _run(cmd.run, req, deps)
    except Exception as exc:
        # The database being unavailable is one outage, reported in one place (a line when it
        # starts, a summary now and then); anything else is a bug, worth its traceback.
        if deps.outage is None or not deps.outage.failed(exc, f"handling /{req.command or 'text'}"):
            log.exception("handler for %r failed", req.command or "text")
        # A button press's apology goes to the presser alone: a forged press must not make the
        # bot post in a group.
        return [Reply(APOLOGY, private=req.command == "button")]
