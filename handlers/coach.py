"""Coaching commands: routines, exercise and muscle cards, answers, tips, help."""

from __future__ import annotations

import asyncio
import zlib
from datetime import date, timedelta
from functools import lru_cache

import content
from content.progress import BASE_LEVELS, changed_line
from handlers.common import bad, clean_text, current_user, day_code, local_today, week_index
from handlers.deps import Deps
from handlers.progress import BASE, DayLevels, day_levels
from handlers.rows import UserRow
from handlers.types import Button, Reply, Request, esc

SETTING_NAMES = {
    "home": "Home",
    "gym": "Gym",
    "plyo": "Plyometric",
    "hills": "Hills",
    "quick": "Quick home",
}
SETTING_ALIASES = {
    "plyometric": "plyo",
    "plyometrics": "plyo",
    "jump": "plyo",
    "jumps": "plyo",
    "hill": "hills",
    "weights": "gym",
    "short": "quick",
}


def parse_setting(word: str) -> str | None:
    w = word.strip().lower()
    if w in SETTING_NAMES:
        return w
    return SETTING_ALIASES.get(w)


# Each setting draws from a pool of this many routine variants per training week. Plenty of variety
# from one session to the next, and a burst of 100,000 reminders reuses rendered routines instead of
# building each one afresh (see routine_body's cache and docs/benchmarks.md).
ROUTINE_VARIANTS = 64


def routine_seed(user: UserRow, day: date) -> int:
    """Stable per runner and day, so asking twice gives the same routine, on every platform the
    runner has linked (``user.id`` is the person's). Stand-ins without a row of their own (id 0:
    a club's daily post) are told apart by their platform id."""
    who = f"runner:{user.id}" if user.id else f"{user.platform}:{user.platform_user_id}"
    return zlib.crc32(f"{who}:{day.isoformat()}".encode()) % ROUTINE_VARIANTS


def routine_variant(user: UserRow, day: date) -> tuple[int, int]:
    """(seed, week) of the routine a runner (or a club's stand-in owner) gets on a day."""
    return routine_seed(user, day), week_index(user, day)


def routine_body(
    setting: str, seed: int, week: int, levels: tuple[int, ...] = BASE_LEVELS
) -> tuple[str, tuple[str, ...]]:
    """The rendered routine (without heading) and its primary muscles."""
    return _routine_body(setting, seed, _phase(week), levels)


def _phase(week: int) -> int:
    """A week with the same doses as ``week`` at the same levels: only recovery weeks differ."""
    return 3 if content.is_recovery_week(week) else 0


@lru_cache(maxsize=8192)
def _routine(setting: str, seed: int, week: int, levels: tuple[int, ...]) -> content.Routine:
    return content.build_routine(setting, seed, week, levels)


@lru_cache(maxsize=8192)
def _routine_body(setting: str, seed: int, week: int, levels: tuple[int, ...]) -> tuple[str, tuple[str, ...]]:
    """Pure, so safely memoised; keyed by the phase (normal or recovery week) and the levels, so
    5 settings x 64 variants x 2 phases at the levels runners are at fit, and a runner's new
    routine of the day is mostly a hit."""
    routine = _routine(setting, seed, week, levels)
    return render_routine_body(routine), tuple(sorted(routine.muscles()))


def done_action(owner_id: str, day: date, setting: str) -> str:
    return f"done:{owner_id}:{day_code(day)}:{setting}"


def club_done_action(day: date, setting: str, seed: int, week: int) -> str:
    """A club post's Done button: anyone in the group may press it and it logs for the presser.
    It carries the routine's variant and week, so the session records that routine's muscles."""
    return f"clubdone:{day_code(day)}:{setting}:{seed}:{week}"


def short_date(day: date) -> str:
    """ "Fri 27 Nov" without strftime (locale-free and several times faster in reminder bursts)."""
    return f"{_DAYS[day.weekday()]} {day.day:02d} {_MONTHS[day.month - 1]}"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def render_routine_body(routine: content.Routine) -> str:
    lines = [f" — about {routine.minutes} min"]
    if routine.recovery:
        lines.append(f"<i>{esc(content.RECOVERY_NOTE)}</i>")
    lines.append("")
    lines.append("<b>Warm-up</b>")
    lines.extend(f"• {esc(line)}" for line in routine.warmup)
    lines.append("")
    lines.append("<b>Exercises</b>")
    for i, item in enumerate(routine.items, 1):
        lines.append(f"{i}. {_item_text(item)}")
    lines.append("")
    lines.append("<b>Cool-down</b>")
    lines.extend(f"• {esc(line)}" for line in routine.cooldown)
    lines.append("")
    lines.append("Tap <b>Done</b> when you finish, or log it with /done.")
    return "\n".join(lines)


# Rendered routine items by identity: content's _item cache hands out the same RoutineItem for the
# same (exercise, setting, week, mode), and hashing a whole item would cost more than rendering it.
_ITEM_TEXT: dict[int, tuple[content.RoutineItem, str]] = {}


def _item_text(item: content.RoutineItem) -> str:
    """One exercise line of a routine, with its first cue."""
    hit = _ITEM_TEXT.get(id(item))
    if hit is not None and hit[0] is item:
        return hit[1]
    text = f"<b>{esc(item.exercise.name)}</b> — {esc(item.dose.text())}"
    if item.exercise.cues:
        text += f"\n   <i>{esc(item.exercise.cues[0])}</i>"
    if len(_ITEM_TEXT) >= 8192:
        _ITEM_TEXT.clear()
    _ITEM_TEXT[id(item)] = (item, text)  # holding the item keeps its id from being reused
    return text


def routine_text(setting: str, seed: int, week: int, day: date, at: DayLevels = BASE) -> str:
    """The whole routine message for one day at the runner's levels that day (with one line on
    what changed since their last session, when something did)."""
    text = _routine_text(setting, seed, _phase(week), day, at.levels)
    if at.fresh:
        line = changed_line(_routine(setting, seed, _phase(week), at.levels), at.fresh)
        if line:
            head, _, body = text.partition("\n")
            text = f"{head}\n<i>{esc(line)}</i>\n{body}"
    return text


@lru_cache(maxsize=8192)
def _routine_text(setting: str, seed: int, week: int, day: date, levels: tuple[int, ...]) -> str:
    body, _ = _routine_body(setting, seed, week, levels)
    return f"<b>{esc(SETTING_NAMES[setting])} routine for {short_date(day)}</b>{body}"


def routine_reply(
    user: UserRow,
    setting: str,
    day: date,
    deps: Deps,
    lead: str = "",
    more: tuple[Button, ...] = (),
    at: DayLevels = BASE,
) -> Reply:
    """The day's routine for a runner at their levels ``at`` that day, with its Done button (after
    `lead` text, before `more` buttons)."""
    return Reply(
        lead + routine_text(setting, *routine_variant(user, day), day, at),
        buttons=(Button("Done ✅", done_action(user.platform_user_id, day, setting)), *more),
    )


async def workout(req: Request, deps: Deps) -> list[Reply]:
    setting = "home"
    if req.args:
        found = parse_setting(req.args[0])
        if found is None or len(req.args) > 1:
            return bad(
                f"I don't know the workout type {clean_text(req.text, 40)!r}. "
                "Choose home, gym, plyo, hills or quick.",
                "/workout gym",
            )
        setting = found
    user = await current_user(req, deps)
    today = local_today(user, deps, req.now)
    return [routine_reply(user, setting, today, deps, at=await day_levels(user, today, deps))]


async def exercise(req: Request, deps: Deps) -> list[Reply]:
    name = clean_text(req.text, 100)
    if not name:
        names = ", ".join(sorted(e.name for e in content.EXERCISES.values()))
        return [Reply(f"Which exercise? I know: {esc(names)}.\nExample: <code>/exercise calf raise</code>")]
    ex = content.find_exercise(name)
    if ex is None:
        close = content.suggest_exercises(name, limit=3)
        hint = ", ".join(e.name for e in close)
        return bad(
            f"I don't know an exercise called {name!r}." + (f" Did you mean: {hint}?" if hint else ""),
            "/exercise bridge",
        )
    return [Reply(_card(content.exercise_card(ex)))]


async def muscle(req: Request, deps: Deps) -> list[Reply]:
    name = clean_text(req.text, 100)
    groups = ", ".join(m.name for m in content.MUSCLES.values())
    if not name:
        return [Reply(f"Which muscle group? One of: {esc(groups)}.\nExample: <code>/muscle glutes</code>")]
    m = content.find_muscle(name)
    if m is None:
        return bad(f"I don't know the muscle group {name!r}. Try one of: {groups}.", "/muscle hamstrings")
    return [Reply(_card(content.muscle_card(m)))]


TOPIC_PREFIX = "topic"  # button action "topic:<topic id>": answer that topic


def topic_buttons(topic_ids: tuple[str, ...]) -> tuple[Button, ...]:
    return tuple(Button(content.topic_title(t) or t, f"{TOPIC_PREFIX}:{t}") for t in topic_ids)


def answer_reply(ans: content.Answer) -> Reply:
    """An answer as a reply: unsure answers carry the closest topics as buttons."""
    if ans.choices:
        return Reply(
            esc(ans.text) + "\nTap one, or ask again in other words.", buttons=topic_buttons(ans.choices)
        )
    return Reply(esc(ans.text))


FOLLOW_UP = timedelta(minutes=15)  # a short follow-up this soon after a question is about its topic


async def _last_topic(req: Request, deps: Deps) -> str | None:
    """The topic this person last asked about in this chat, if within FOLLOW_UP (kept in the store,
    so a follow-up works whichever bot process gets it)."""
    c = req.chat
    ctx = await deps.store.get_ask_context(c.platform, c.chat_id, c.user_id)
    if ctx is None or not timedelta(0) <= req.now - ctx.asked_at <= FOLLOW_UP:
        return None
    return ctx.topic


async def _remember(req: Request, deps: Deps, ans: content.Answer) -> None:
    if ans.context:
        c = req.chat
        await deps.store.set_ask_context(c.platform, c.chat_id, c.user_id, ans.context, req.now)


async def ask(req: Request, deps: Deps) -> list[Reply]:
    question = clean_text(req.text, 500)
    if not question:
        return bad("Ask me a question after /ask.", "/ask what helps shin splints?")
    last = await _last_topic(req, deps)
    # In a worker thread: the first question a process gets builds the index (~0.25 s), which must
    # not stall every other chat on the event loop; later answers take well under a millisecond.
    ans = await asyncio.to_thread(content.answer, question, last)
    await _remember(req, deps, ans)
    return [answer_reply(ans)]


async def topic_button(req: Request, deps: Deps) -> list[Reply]:
    """A "closest topic" button: answers that topic. Anything but a known topic id is refused privately."""
    _, _, topic_id = req.text.partition(":")
    ans = await asyncio.to_thread(content.answer_topic, topic_id) if len(topic_id) <= 64 else None
    if ans is None:
        return [
            Reply(
                "That button isn't one of mine. Ask me in words instead, e.g. "
                "<code>/ask how often should I lift?</code>",
                private=True,
            )
        ]
    await _remember(req, deps, ans)
    return [answer_reply(ans)]


async def tips(req: Request, deps: Deps) -> list[Reply]:
    body = "\n".join(f"• {esc(t)}" for t in content.TIPS)
    return [Reply(f"<b>Leg-strength rules of thumb</b>\n{body}")]


def _card(text: str) -> str:
    """Plain multi-line card text from content → markup with a bold first line."""
    first, _, rest = text.partition("\n")
    return f"<b>{esc(first)}</b>\n{esc(rest)}" if rest else f"<b>{esc(first)}</b>"
