"""/runs (list, import, hard days), /units, and the weekday-pattern offer's buttons."""

from __future__ import annotations

import asyncio

from content.runfiles import MAX_BYTES, NOT_A_RUN_FILE, TOO_BIG, RunFileError, kind_of, parse_run_file
from content.runs import day_text, distance_text, duration_text, pace_text
from handlers import schedule
from handlers.common import bad, current_user, presses_own
from handlers.deps import Deps
from handlers.runs import OFFER_PREFIX, RecordOutcome, Status, class_buttons, record_run
from handlers.store_runs import UNITS
from handlers.types import AttachmentTooBig, Button, Reply, Request, esc

LIST_LIMIT = 10
IMPORT_EXAMPLES = {
    "console": "/runs import ~/Downloads/sunday-long-run.fit",
    "telegram": "send the .fit, .gpx or .tcx file to me as a file",
    "discord": "/runs import file: (attach the .fit, .gpx or .tcx file)",
}
UNITS_EXAMPLE = "/units mi"


async def runs(req: Request, deps: Deps) -> list[Reply]:
    """/runs: the last runs and hard-run days; /runs import; /runs hard DAYS | off (schedule.runs)."""
    first = req.args[0].lower() if req.args else ""
    if first == "import" or req.attachment is not None:
        return await import_run(req, deps)
    if first and first != "list":
        return await schedule.runs(req, deps)
    return [await _list(req, deps)]


async def _list(req: Request, deps: Deps) -> Reply:
    user = await current_user(req, deps)
    store = deps.store
    private = not req.chat.is_private
    rows = await store.recent_runs(user.id, LIST_LIMIT)
    unit = (await store.run_prefs(user.id)).units
    plan = await store.get_runner_plan(user.id)
    lines = []
    if rows:
        lines.append(f"<b>Your last {len(rows)} run{'s' if len(rows) != 1 else ''}</b>")
        for r in rows:
            lines.append(
                f"{day_text(r.local_date)} — {distance_text(r.distance_m, unit)}, "
                f"{duration_text(r.moving_s)}, {pace_text(r.moving_s, r.distance_m, unit)} — "
                f"<b>{esc(r.klass)}</b>" + (" (set by you)" if r.corrected else "")
            )
    else:
        lines.append(
            "No runs yet. Send me a run file from your watch app (.fit, .gpx or .tcx) and I'll keep "
            "strength work off your hard and long run days."
        )
    if plan.hard_days:
        lines.append(f"Hard-run days: <b>{schedule.day_list(plan.hard_days)}</b> (clear with /runs off)")
    else:
        lines.append(f"No hard-run days set for the week: <code>{esc(schedule.RUNS_EXAMPLE)}</code>")
    return Reply("\n".join(lines), private=private)


async def import_run(req: Request, deps: Deps) -> list[Reply]:
    example = IMPORT_EXAMPLES.get(req.chat.platform, IMPORT_EXAMPLES["console"])
    if not req.chat.is_private:
        return [Reply("Send run files to me privately, in a direct chat with me.", private=True)]
    att = req.attachment
    if att is None:
        if req.chat.platform == "console":
            return bad("Give the run file's path after /runs import.", example)
        return bad("Attach the run file.", example)
    if kind_of(att.filename) is None:
        return [Reply(esc(NOT_A_RUN_FILE))]
    if att.size is not None and att.size > MAX_BYTES:
        return [Reply(esc(TOO_BIG))]
    try:
        data = await att.fetch(MAX_BYTES)
    except AttachmentTooBig:
        return [Reply(esc(TOO_BIG))]
    except OSError:
        return bad("I couldn't get that file. Check it and send it again.", example)
    try:
        run = await asyncio.to_thread(parse_run_file, att.filename, data)
    except RunFileError as e:
        return [Reply(esc(str(e)))]
    user = await current_user(req, deps)
    outcome = await record_run(deps, user, run, source="file", external_id=None, now=req.now)
    return outcome_replies(req.chat.user_id, outcome)


def outcome_replies(owner: str, outcome: RecordOutcome) -> list[Reply]:
    """What the runner sees about a recorded run (the Strava sync can use it too)."""
    if outcome.status != Status.ADDED or outcome.run is None:
        return [Reply(outcome.message)]
    lines = [outcome.message]
    if outcome.moved:
        lines.append(esc(outcome.moved))
    lines.append("Wrong? Tap the right class:")
    replies = [Reply("\n".join(lines), buttons=class_buttons(owner, outcome.run))]
    if outcome.offer:
        names = schedule.day_list(outcome.offer)
        code = "".join(str(d) for d in outcome.offer)
        replies.append(
            Reply(
                f"Your runs show hard or long runs on <b>{names}</b> most weeks. Make "
                f"{'it a' if len(outcome.offer) == 1 else 'them'} weekly hard-run "
                f"day{'s' if len(outcome.offer) > 1 else ''}, so strength work stays off "
                f"{'it' if len(outcome.offer) == 1 else 'them'}?",
                buttons=(
                    Button(f"Set {names}", f"{OFFER_PREFIX}:{owner}:{code}"),
                    Button("No thanks", f"{OFFER_PREFIX}:{owner}:no"),
                ),
            )
        )
    return replies


async def offer_button(req: Request, deps: Deps) -> list[Reply]:
    parts = req.text.split(":")
    if len(parts) != 3:
        return [Reply("That button has expired. /runs hard wed,sun sets hard-run days.", private=True)]
    _, owner, code = parts
    if not await presses_own(req, deps, owner):
        return [Reply("That offer was for someone else.", private=True)]
    if code == "no":
        return [
            Reply(
                f"Fine — no weekly hard-run days. {esc(schedule.RUNS_EXAMPLE)} sets them any time.", edit=True
            )
        ]
    if not code or len(code) > 7 or any(ch not in "0123456" for ch in code):
        return [Reply("That button has expired. /runs hard wed,sun sets hard-run days.", private=True)]
    user = await current_user(req, deps)
    plan = await deps.store.get_runner_plan(user.id)
    days = tuple(sorted(set(plan.hard_days) | {int(ch) for ch in code}))
    await deps.store.set_hard_days(user.id, days)
    return [
        Reply(
            f"Hard-run days: <b>{schedule.day_list(days)}</b>. I'll keep strength work off them "
            "(clear with /runs off).",
            edit=True,
        )
    ]


async def units(req: Request, deps: Deps) -> list[Reply]:
    user = await current_user(req, deps)
    private = not req.chat.is_private
    args = [a.lower() for a in req.args]
    if not args:
        unit = (await deps.store.run_prefs(user.id)).units
        return [Reply(f"Distances are in <b>{unit}</b>. Change with <code>/units km</code> or "
                      "<code>/units mi</code>.", private=private)]  # fmt: skip
    word = {"km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "mi": "mi", "mile": "mi",
            "miles": "mi"}.get(args[0]) if len(args) == 1 else None  # fmt: skip
    if word not in UNITS:
        return bad("Use km or mi.", UNITS_EXAMPLE)
    await deps.store.set_units(user.id, word)
    rows = await deps.store.recent_runs(user.id, 1)
    eg = f" Your last run: {distance_text(rows[0].distance_m, word)}." if rows else ""
    return [Reply(f"Distances and paces are now in <b>{word}</b>.{esc(eg)}", private=private)]


BUTTONS = {OFFER_PREFIX: offer_button}
