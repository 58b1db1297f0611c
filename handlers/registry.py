"""The command table, button routing and the single entry point every adapter calls."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

from content import SETTINGS
from handlers import (
    challenges,
    coach,
    history,
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
from handlers.commands import FILE, FLAG, INT, MAX_INPUT, USER, Arg, Command, Handler, Sub, split_args
from handlers.common import current_user, dated_example
from handlers.deps import Deps
from handlers.store_runs import UNITS
from handlers.types import Reply, Request, esc

log = logging.getLogger(__name__)

ALREADY_HANDLED = "I had already handled that message (it reached me twice), so I didn't do it again."
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


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


_SETTING = Arg("setting", "Routine type", choices=SETTINGS)
# /done logs where it was done: a quick routine is not a setting of its own there.
_LOGGED = tuple(s for s in SETTINGS if s != "quick")
_TIME = Arg(
    "time", "Local time HH:MM, e.g. 07:00 (default: the configured reminder time)", high=5, shown="HH:MM"
)
_CHALLENGE = Arg("id", "The challenge's number (default: the current one)", type=INT, low=1, high=999_999_999)
_NAME = Arg("name", "The challenge's name", required=True, high=64, quote=True, example="December dozen")


def _days(what: str, example: str) -> Arg:
    return Arg("days", what, required=True, high=40, example=example)


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command("start", start, "Meet Legwork", "/start", slash=False),
        Command("help", help_, "What I can do", "/help"),
        Command(
            "workout",
            coach.workout,
            "Today's leg routine",
            "/workout home",
            (Arg("setting", "Where you train", choices=SETTINGS, example="gym"),),
        ),
        Command(
            "exercise",
            coach.exercise,
            "How to do an exercise",
            "/exercise calf raise",
            (
                Arg(
                    "name",
                    "The exercise (leave empty to list them)",
                    complete="exercise",
                    high=100,
                    example="calf raise",
                ),
            ),
        ),
        Command(
            "muscle",
            coach.muscle,
            "What a muscle group does",
            "/muscle hamstrings",
            (Arg("group", "The muscle group", complete="muscle", high=100, example="calves"),),
        ),
        Command(
            "ask",
            coach.ask,
            "Ask a training question",
            "/ask what helps shin splints?",
            (Arg("question", "Your question", required=True, high=500, example="what helps shin splints?"),),
        ),
        Command("tips", coach.tips, "Training rules of thumb", "/tips"),
        Command(
            "done",
            sessions.done,
            "Log a finished session",
            "/done home 20 effort 7 felt strong",
            (
                Arg("setting", "What you did (default: home)", choices=_LOGGED, fill="home", example="gym"),
                Arg("minutes", "How long, in minutes", type=INT, low=1, high=300, example="25"),
                Arg(
                    "effort",
                    "How hard, 1 (easy) to 10 (all out)",
                    type=INT,
                    low=1,
                    high=10,
                    word="effort",
                    shown="1-10",
                    example="7",
                ),
                Arg(
                    "note",
                    "A short note",
                    high=500,
                    word="note",
                    word_optional=True,
                    shown="text",
                    example="felt strong",
                ),
            ),
        ),
        Command("undo", sessions.undo, "Remove your last logged session", "/undo", once=True),
        Command(
            "history",
            history.history,
            "Your recent sessions",
            "/history 10",
            (
                Arg(
                    "count",
                    "How many sessions (default 10)",
                    type=INT,
                    low=1,
                    high=100,
                    shown="n",
                    example="5",
                ),
            ),
        ),
        Command("stats", history.stats, "Your weekly figures and chart", "/stats", slow=True, personal=True),
        Command("progress", progress.progress, "Your level per muscle group", "/progress", personal=True),
        Command("export", history.export, "Your data as a CSV file", "/export", slow=True, personal=True),
        Command("forget", sessions.forget, "Delete everything stored about you", "/forget"),
        Command(
            "timezone",
            sessions.timezone,
            "Set your time zone",
            "/timezone Europe/Berlin",
            (
                Arg(
                    "zone",
                    "An Area/City name, e.g. Europe/Berlin",
                    complete="timezone",
                    high=64,
                    shown="Area/City",
                    example="Europe/Berlin",
                ),
                Arg(
                    "group", "Set this channel's time zone instead of yours (admins)", type=FLAG, word="group"
                ),
            ),
            order=("group", "zone"),
        ),
        Command(
            "schedule",
            schedule.schedule,
            "Strength-day reminders",
            "/schedule tue,fri 07:00 home",
            (_days("Strength days, e.g. tue,fri — or off", "tue,fri"), _TIME, _SETTING),
            also=("off",),
        ),
        Command(
            "pause",
            pause.pause,
            "Pause your reminders (injury, holiday)",
            "/pause until {race} injury",
            (
                Arg(
                    "until",
                    "Back on this date, YYYY-MM-DD (default: until /resume)",
                    high=10,
                    word="until",
                    shown="<YYYY-MM-DD>",
                ),
                Arg("reason", "Why you pause", choices=pause.REASONS, example="injury"),
                Arg(
                    "note",
                    "A short note, e.g. the injury",
                    high=200,
                    word="note",
                    word_optional=True,
                    shown="text",
                    example="calf strain",
                ),
            ),
            personal=True,
        ),
        Command("resume", pause.resume, "End a pause: reminders again", "/resume", personal=True),
        Command(
            "calendar",
            ical.calendar,
            "Your strength days as a calendar file",
            "/calendar",
            (Arg("url", "A private subscription URL instead of the file", type=FLAG, word="url"),),
            slow=True,
            personal=True,
        ),
        Command(
            "runs",
            runs_cmd.runs,
            "Your runs; import a run file; hard-run days",
            "/runs hard wed,sat",
            subs=(
                Sub("list", "Your last runs and hard-run days", default=True),
                Sub(
                    "import",
                    "Import a run file",
                    (Arg("file", "A .fit, .gpx or .tcx file", type=FILE, required=True),),
                    slow=True,
                    personal=True,
                ),
                Sub(
                    "hard",
                    "Set your weekly hard-run days",
                    (_days("Hard-run days, e.g. wed,sat", "wed,sat"),),
                ),
                Sub("off", "Clear your hard-run days"),
            ),
        ),
        Command(
            "units",
            runs_cmd.units,
            "Distances in km or miles",
            "/units mi",
            (Arg("unit", "km or miles (empty: which one is set)", choices=UNITS, example="mi"),),
        ),
        Command(
            "race",
            schedule.race,
            "Set your next race date",
            "/race {race}",
            (Arg("date", "Race date YYYY-MM-DD — or off", required=True, high=10, shown="<YYYY-MM-DD>"),),
            also=("off",),
        ),
        Command(
            "club",
            schedule.club,
            "Club reminder for this group (admins)",
            "/club schedule mon,thu 18:30 home",
            subs=(
                Sub(
                    "schedule",
                    "Set this channel's club reminder (Manage Server)",
                    (_days("Club strength days, e.g. mon,thu", "mon,thu"), _TIME, _SETTING),
                ),
                Sub("show", "Show this channel's club reminder", default=True),
                Sub("off", "Stop this channel's club reminder (Manage Server)"),
            ),
        ),
        Command(
            "challenge",
            challenges.challenge,
            "Group challenges",
            '/challenge new "{month} dozen" 12 by {end}',
            subs=(
                Sub(
                    "new",
                    "Start a challenge in this channel (Manage Server)",
                    (
                        _NAME,
                        Arg(
                            "goal",
                            "Sessions each member aims for by the end date",
                            type=INT,
                            low=1,
                            high=1000,
                            example="12",
                        ),
                        Arg(
                            "by", "End date YYYY-MM-DD (with goal)", high=10, word="by", shown="<YYYY-MM-DD>"
                        ),
                        Arg("weekly", "Or: sessions per week …", type=INT, low=1, high=14, word="weekly"),
                        Arg("weeks", "… for this many weeks", type=INT, low=1, high=52, word="for"),
                        Arg(
                            "starts",
                            "Start date YYYY-MM-DD (default: today)",
                            high=10,
                            word="from",
                            shown="<YYYY-MM-DD>",
                        ),
                    ),
                ),
                Sub("list", "The challenges in this channel", default=True),
                Sub("join", "Join a challenge", (_CHALLENGE,)),
                Sub("leave", "Leave a challenge", (_CHALLENGE,)),
                Sub(
                    "edit",
                    "Rename a challenge (Manage Server)",
                    (
                        _CHALLENGE,
                        Arg("name", "The new name", required=True, high=64, quote=True, word="name"),
                    ),
                ),
                Sub("end", "End a challenge now (Manage Server)", (_CHALLENGE,)),
                Sub(
                    "remove",
                    "Remove a member from a challenge (Manage Server)",
                    (_CHALLENGE, Arg("member", "Who to remove", type=USER, required=True)),
                ),
            ),
            once=True,
        ),
        Command(
            "leaderboard",
            challenges.leaderboard,
            "The challenge leaderboard",
            "/leaderboard",
            (_CHALLENGE,),
            slow=True,
        ),
        Command(
            "link",
            link.link,
            "Join your Telegram and Discord accounts",
            "/link K7QM-R2XP",
            (
                Arg(
                    "code",
                    "The code /link gave you on the other platform (empty: get a code)",
                    high=20,
                    example="k7qm-r2xp",
                ),
            ),
            once=True,
            personal=True,
        ),
        Command("unlink", link.unlink, "Separate linked accounts again", "/unlink", personal=True),
        Command("strava", strava.strava, "Connect Strava: your runs arrive by themselves", "/strava"),
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
    return m.group(1).lower(), split_args(rest), rest


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
