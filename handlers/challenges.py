"""Running-club group challenges: /challenge, /leaderboard and the Join button.

Also composes the messages bot/services/challenge_posts.py sends on its own: the weekly digest
and the final results. Counting rules live in the store (handlers/store.py score_entries, applied
by bot/store/sqlite/challenges.py); this module validates input, ranks boards and writes the texts.

Forms (group chats only; new/edit/end/remove are for chat admins):
  /challenge new "<name>" <goal> by <YYYY-MM-DD> [from <YYYY-MM-DD>]
  /challenge new "<name>" weekly <n> for <weeks> [from <YYYY-MM-DD>]
  /challenge [list] | join [id] | leave [id] | end [id] | edit [id] name "<new name>"
  /challenge remove [id] <@platform-user-id | display name>
  /leaderboard [id]
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from handlers.challenge_rules import label_ranks, rank_key
from handlers.charts import BoardChart, ChartRenderer, draw
from handlers.common import DIGITS_ONLY, bad, clean_text, current_user, parse_int, parse_iso_date, zone
from handlers.deps import Deps
from handlers.outcomes import JoinOutcome
from handlers.rows import BoardPage, BoardRow, ChallengeRow, NewChallenge
from handlers.store_challenges import ChallengeReads
from handlers.types import Button, Reply, Request, esc

MAX_NAME = 64
MAX_GOAL = 1000
MAX_WEEKS = 52
MAX_DAYS = 366  # longest challenge window
MAX_START_BACK = 31  # a challenge may start up to this many days ago (earlier sessions count)
TOP = 10
BAR_WIDTH = 10
CHART_ROWS = 15
MAX_FINISHER_NAMES = 30

_QUOTED = re.compile(r'^["“”„](?P<name>[^"“”]*)["“”]\s*(?P<rest>.*)$', re.S)
_FROM = re.compile(r"(?:^|\s)from\s+(?P<date>\S+)", re.I)
_TOTAL = re.compile(r"^(?P<goal>\S+)\s+(?:sessions?\s+)?by\s+(?P<end>\S+)$", re.I)
_WEEKLY = re.compile(r"^weekly\s+(?P<n>\S+)\s+(?:sessions?\s+)?for\s+(?P<weeks>\S+)(?:\s+weeks?)?$", re.I)
_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>")  # an HTML-like tag ("<3" and "a < b" are fine)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # any script's digits: to tell "not a date" from "not real"
_ID = re.compile(r"^#?([0-9]{1,9})$", re.ASCII)
_MENTION = re.compile(r"^(?:@|<@!?)(?P<id>[A-Za-z0-9_]{1,64})>?$")


# --- small helpers ---------------------------------------------------------------------------


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def _short_day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def _examples(today: date) -> tuple[str, str]:
    end = today + timedelta(days=30)
    return (
        f'/challenge new "Winter dozen" 12 by {end.isoformat()}',
        '/challenge new "Three a week" weekly 3 for 4',
    )


def _for_groups(now: datetime) -> list[Reply]:
    return [
        Reply(
            "Challenges are for groups: add me to your running club's group (or Discord channel) and "
            f"an admin can start one there, e.g. <code>{esc(_examples(now.date())[0])}</code>"
        )
    ]


def _parse_date(text: str) -> date | str:
    if not _ISO_DATE.match(text):
        return f"{clean_text(text, 20)!r} is not a date I can read: write dates as YYYY-MM-DD."
    parsed = parse_iso_date(text)
    if parsed is None:
        return f"{clean_text(text, 20)} is not a real date: write dates as YYYY-MM-DD. {DIGITS_ONLY}"
    return parsed


_TOO_LONG = f"That name is too long (at most {MAX_NAME} characters)."
_OPEN_QUOTE = '"“”„'


def _unquoted(text: str, fallback: str) -> str:
    """What to say when no quoted name was found: a name opened but never closed within what we
    read (messages are read up to MAX_INPUT characters) is too long, not unquoted."""
    text = text.strip()
    if text[:1] in _OPEN_QUOTE and len(text) > MAX_NAME + 1 and not any(q in text[1:] for q in '"“”'):
        return _TOO_LONG
    return fallback


def _check_name(raw: str) -> tuple[str, str | None]:
    """(cleaned name, problem or None)."""
    name = clean_text(raw, len(raw) + 1)
    if not name:
        return name, "The challenge needs a name between the quotes."
    if len(name) > MAX_NAME:
        return name, _TOO_LONG
    if _TAG.search(name):
        return name, "Challenge names are plain text: leave out tags like <b> or <a href=...>."
    return name, None


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def goal_text(c: ChallengeRow) -> str:
    if c.kind == "weekly":
        return f"{_n(c.goal, 'session')} every week for {_n(c.weeks, 'week')}"
    return _n(c.goal, "session")


def rules_text(c: ChallengeRow, digest_time: str) -> str:
    results_at = results_time(c, digest_time)
    late = _n(c.late_days, "day")
    return (
        f"Counts sessions members log with me anywhere (/done or a Done button) on the day they trained, "
        f"at most {c.max_per_day} a day, not if logged more than {late} late; sessions from before "
        f"joining count too. Final results: {_short_day(results_at.date())} {results_at:%H:%M}."
    )


def results_time(c: ChallengeRow, digest_time: str) -> datetime:
    """When the final results post: at digest time once the late-logging window has closed."""
    hh, mm = (int(x) for x in digest_time.split(":"))
    day = c.end + timedelta(days=c.late_days + 1)
    return datetime.combine(day, time(hh, mm), tzinfo=c.zone)


def status_text(c: ChallengeRow, today: date) -> str:
    status = c.status(today)
    if status == "upcoming":
        return f"starts {_short_day(c.start)}"
    if status == "finished":
        return "finished"
    if c.kind == "weekly":
        return f"running, week {c.week_of(today) + 1} of {c.weeks_total}"
    left = (c.end - today).days
    return f"running, {_n(left, 'day')} left" if left else "running, last day"


def finished_member(c: ChallengeRow, row: BoardRow) -> bool:
    return row.score(c.kind) >= c.finish_score


# --- ranking and the board -------------------------------------------------------------------


def rank(rows: Sequence[BoardRow], kind: str) -> list[tuple[str, BoardRow]]:
    """Rank any list of rows the way the store does: score high to low; equal scores share a
    rank, shown "=3", and whoever reached the score first is listed first, then by name."""
    return label_ranks(sorted(rows, key=lambda r: rank_key(r, kind)), kind)


PAUSED_MARK = " ⏸ paused"


def bar(value: int, goal: int, width: int = BAR_WIDTH) -> str:
    """▓▓▓▓░░░░: rounded to the nearest cell, but full only once the goal is reached."""
    filled = width if value >= goal else min(width - 1, (2 * value * width + goal) // (2 * max(goal, 1)))
    return "▓" * filled + "░" * (width - filled)


def progress(c: ChallengeRow, r: BoardRow) -> str:
    if c.kind == "weekly":
        weeks = c.weeks_total
        return f"{bar(r.weeks_met, weeks)} {r.weeks_met}/{weeks} weeks · this week {r.this_week}/{c.goal}"
    return f"{bar(r.count, c.goal)} {r.count}/{c.goal}"


def board_lines(
    c: ChallengeRow,
    page: BoardPage,
    me: int | None = None,
    top: int = TOP,
    paused: frozenset[int] | set[int] = frozenset(),
) -> list[str]:
    """The board's lines; members in `paused` (taking a break: /pause) carry a mark and stay in."""
    lines = []
    for label, r in page.top[:top]:
        you = " (you)" if r.user_id == me else ""
        mark = PAUSED_MARK if r.user_id in paused else ""
        lines.append(f"{label}. {esc(r.name)}{you}{mark} {progress(c, r)}")
    if page.me is not None and all(r.user_id != page.me[1].user_id for _, r in page.top[:top]):
        label, r = page.me
        mark = PAUSED_MARK if r.user_id in paused else ""
        lines.append("…")
        lines.append(f"{label}. {esc(r.name)} (you){mark} {progress(c, r)}")
    return lines


async def paused_on_board(store: ChallengeReads, page: BoardPage, today: date) -> set[int]:
    """Which members shown on a board page are paused today."""
    ids = [r.user_id for _, r in page.top[:TOP]] + ([page.me[1].user_id] if page.me else [])
    return await store.paused_accounts(ids, today) if ids else set()


def _header(c: ChallengeRow, today: date, members: int) -> str:
    return (
        f"<b>#{c.id} {esc(c.name)}</b> — {goal_text(c)}, {_short_day(c.start)} – {_day(c.end)} "
        f"· {status_text(c, today)} · {_n(members, 'member')}"
    )


def board_text(
    c: ChallengeRow,
    page: BoardPage,
    today: date,
    me: int | None,
    paused: frozenset[int] | set[int] = frozenset(),
) -> str:
    """The text leaderboard: top ten, the caller's own line, and how ties are ordered."""
    lines = [_header(c, today, page.members), ""]
    if not page.top:
        lines.append(f"Nobody has joined yet. Be the first: <code>/challenge join {c.id}</code>")
        return "\n".join(lines)
    lines.extend(board_lines(c, page, me, paused=paused))
    shown = [label for label, _ in page.top[:TOP]] + ([page.me[0]] if page.me else [])
    if any(label.startswith("=") for label in shown):
        lines.append("")
        lines.append("<i>=n: a shared rank; whoever reached the score first is listed first.</i>")
    if me is not None and page.me is None and not c.finished(today):
        lines.append("")
        lines.append(f"You're not in this one yet: <code>/challenge join {c.id}</code>")
    return "\n".join(lines)


def board_chart(c: ChallengeRow, ranked: Sequence[tuple[str, BoardRow]]) -> BoardChart:
    """The top of the board as a chart: rank and name, score, against the goal."""
    unit = "weeks met" if c.kind == "weekly" else "sessions"
    return BoardChart(
        title=_chart_name(c.name, 60),
        rows=tuple((f"{label}. {_chart_name(r.name)}", r.score(c.kind)) for label, r in ranked[:CHART_ROWS]),
        goal=c.finish_score,
        unit=unit,
    )


def _chart_name(name: str, limit: int = 24) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


async def chart_replies(charts: ChartRenderer | None, c: ChallengeRow, page: BoardPage) -> list[Reply]:
    """The board's chart as a reply of its own; none for an empty board or without a renderer."""
    png = await draw(charts, board_chart(c, page.top)) if page.top else None
    return [Reply(f"<b>{esc(c.name)}</b> — chart", image=png)] if png else []


# --- texts the poster sends --------------------------------------------------------------------


async def board_page(store: ChallengeReads, c: ChallengeRow, today: date, me: int | None = None) -> BoardPage:
    """Enough of the board for a leaderboard or digest: the text's top ten and the chart's rows."""
    return await store.board_page(c, today, max(TOP, CHART_ROWS, MAX_FINISHER_NAMES), me)


def digest_text(
    c: ChallengeRow, page: BoardPage, today: date, paused: frozenset[int] | set[int] = frozenset()
) -> str:
    lines = [
        f"📅 <b>Weekly digest: {esc(c.name)}</b> (#{c.id})",
        f"{goal_text(c).capitalize()} · {status_text(c, today)} · "
        f"the group has logged {_n(page.sessions, 'session')} so far.",
        "",
    ]
    if page.top:
        lines.extend(board_lines(c, page, paused=paused))
    else:
        lines.append("Nobody has joined yet.")
    lines.append("")
    lines.append(
        f"Join in with <code>/challenge join {c.id}</code>; full board: <code>/leaderboard {c.id}</code>"
    )
    return "\n".join(lines)


def results_text(c: ChallengeRow, page: BoardPage) -> str:
    lines = [
        f"🏁 <b>Final results: {esc(c.name)}</b> (#{c.id})",
        f"Goal: {goal_text(c)}, {_short_day(c.start)} – {_day(c.end)}"
        + (" (ended early by an admin)." if c.ended_at else "."),
    ]
    if not page.top:
        lines.append("Nobody joined this one. Start another with /challenge new.")
        return "\n".join(lines)
    finishers = [r for _, r in page.top if finished_member(c, r)][:MAX_FINISHER_NAMES]
    names = ", ".join(esc(r.name) for r in finishers)
    if page.finishers > len(finishers):
        names += f" and {page.finishers - len(finishers)} more"
    lines.append(
        f"Finishers ({page.finishers}): {names}" if page.finishers else "Nobody reached the goal this time."
    )
    podium = [(label, r) for label, r in page.top if r.score(c.kind) > 0][:3]
    if podium:
        lines.append("")
        lines.append("<b>Top three</b>")
        for (label, r), medal in zip(podium, ("🥇", "🥈", "🥉"), strict=False):
            lines.append(f"{medal} {label}. {esc(r.name)} {progress(c, r)}")
    lines.append("")
    lines.append(
        f"Together the group logged {_n(page.sessions, 'session')} "
        f"({_n(page.members, 'member')}). Well run, everyone!"
    )
    return "\n".join(lines)


async def digest_replies(
    c: ChallengeRow,
    page: BoardPage,
    today: date,
    charts: ChartRenderer | None,
    paused: frozenset[int] | set[int] = frozenset(),
) -> list[Reply]:
    return [
        Reply(digest_text(c, page, today, paused), buttons=(Button("Join", join_action(c)),)),
        *await chart_replies(charts, c, page),
    ]


async def results_replies(c: ChallengeRow, page: BoardPage, charts: ChartRenderer | None) -> list[Reply]:
    return [Reply(results_text(c, page)), *await chart_replies(charts, c, page)]


# --- finding the challenge a command means -----------------------------------------------------


async def _chat_challenges(req: Request, deps: Deps) -> list[ChallengeRow]:
    chat = await deps.store.find_chat(req.chat.platform, req.chat.chat_id)
    return await deps.store.chat_challenges(chat.id) if chat else []


async def _pick(
    req: Request, deps: Deps, token: str | None, usage: str, allow_finished: bool = False
) -> ChallengeRow | list[Reply]:
    """The challenge named by id, or the only active one; otherwise a helpful reply.

    ``usage`` is an example with "{id}" where the challenge number goes.
    """
    found = await _chat_challenges(req, deps)
    active = [c for c in found if not c.finished(c.today(req.now))]
    example = usage.format(id=(active or found)[0].id if found else 1)
    if token is not None:
        m = _ID.match(token)
        if not m:
            return bad(f"{clean_text(token, 20)!r} is not a challenge number.", example)
        wanted = parse_int(m.group(1))
        for c in found:
            if c.id == wanted:
                return c
        return bad(f"There's no challenge #{wanted} in this chat. See /challenge list.", example)
    if len(active) == 1:
        return active[0]
    if not active:
        if allow_finished and found:
            return found[0]
        today = found[0].today(req.now) if found else req.now.date()
        return [
            Reply(
                "No challenge is running in this chat. An admin can start one, e.g. "
                f"<code>{esc(_examples(today)[0])}</code>"
            )
        ]
    listing = ", ".join(f"#{c.id} {esc(c.name)}" for c in active)
    return [
        Reply(f"Several challenges are running here ({listing}). Say which, e.g. <code>{esc(example)}</code>")
    ]


# --- /challenge --------------------------------------------------------------------------------


async def challenge(req: Request, deps: Deps) -> list[Reply]:
    if req.chat.is_private:
        return _for_groups(req.now)
    text = (req.text or " ".join(req.args)).strip()
    parts = text.split(maxsplit=1)
    sub = parts[0].lower() if parts else "list"
    rest = parts[1] if len(parts) > 1 else ""
    handler = _SUBCOMMANDS.get(sub)
    if handler is None:
        return bad(
            f"I don't know /challenge {clean_text(sub, 20)}. "
            "Use new, list, join, leave, end, edit or remove.",
            "/challenge join 3",
        )
    return await handler(req, deps, rest)


async def _new(req: Request, deps: Deps, rest: str) -> list[Reply]:
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can start a challenge. Ask one of them!")]
    chat_row = await deps.store.find_chat(req.chat.platform, req.chat.chat_id)
    tz_name = (chat_row.tz if chat_row else None) or deps.settings.timezone
    tz = zone(tz_name, deps.settings.timezone)
    today = req.now.astimezone(tz).date()
    total_example, weekly_example = _examples(today)
    m = _QUOTED.match(rest.strip())
    if not m:
        return bad(_unquoted(rest, "Put the challenge name in quotes, then the goal."), total_example)
    name, problem = _check_name(m.group("name"))
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
        # Checked before any date arithmetic: 9999-12-31 plus a few weeks overflows.
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
    if start < today - timedelta(days=MAX_START_BACK):
        return bad(f"A challenge can start at most {MAX_START_BACK} days back.", example)
    if start > today + timedelta(days=MAX_DAYS):
        return bad("A challenge can start at most a year from now.", example)
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
    when = f"from {_day(c.start)} to {_day(c.end)}"
    text = (
        f"🏁 New challenge #{c.id}: <b>{esc(c.name)}</b>\n"
        f"Goal: {goal_text(c)}, {when}.\n"
        f"{esc(rules_text(c, deps.settings.digest_time))}\n"
        f"Press Join or send <code>/challenge join {c.id}</code>; see the board with "
        f"<code>/leaderboard {c.id}</code>."
    )
    return [Reply(text, buttons=(Button("Join", join_action(c)),))]


async def _list(req: Request, deps: Deps, rest: str) -> list[Reply]:
    found = await _chat_challenges(req, deps)
    if not found:
        today = req.now.date()
        return [
            Reply(
                "No challenges in this chat yet. An admin can start one, e.g. "
                f"<code>{esc(_examples(today)[0])}</code> or <code>{esc(_examples(today)[1])}</code>"
            )
        ]
    active = [c for c in found if not c.finished(c.today(req.now))]
    finished = [c for c in found if c.finished(c.today(req.now))][:3]
    lines = ["<b>Challenges in this chat</b>"]
    for c in [*active, *finished]:
        today = c.today(req.now)
        lines.append("")
        lines.append(_header(c, today, c.members))
        if not c.finished(today):
            lines.append(f"<i>{esc(rules_text(c, deps.settings.digest_time))}</i>")
    lines.append("")
    lines.append(
        "Join with <code>/challenge join &lt;id&gt;</code>, "
        "see a board with <code>/leaderboard &lt;id&gt;</code>."
    )
    return [Reply("\n".join(lines))]


async def _join_challenge(req: Request, deps: Deps, c: ChallengeRow, pressed: bool = False) -> list[Reply]:
    """Join; a refusal answering a Join button (``pressed``) goes to the presser alone."""
    today = c.today(req.now)
    if c.finished(today):
        return [
            Reply(
                f"<b>{esc(c.name)}</b> has ended, so it can't be joined any more. "
                f"Final board: <code>/leaderboard {c.id}</code>",
                private=pressed,
            )
        ]
    user = await current_user(req, deps)
    result = await deps.store.join_challenge(c.id, user.account, today, req.now)
    if result == JoinOutcome.ALREADY:
        return [
            Reply(
                f"You're already in <b>{esc(c.name)}</b>, {esc(user.display_name)}. Keep going!",
                private=pressed,
            )
        ]
    if result == JoinOutcome.REMOVED:
        return [
            Reply(f"An admin removed you from <b>{esc(c.name)}</b>, so you can't rejoin it.", private=pressed)
        ]
    if result != JoinOutcome.JOINED:
        return [
            Reply(f"<b>{esc(c.name)}</b> can't be joined any more. See /challenge list.", private=pressed)
        ]
    counted = await deps.store.member_sessions(c.id, user.account)
    verb = "counts" if counted == 1 else "count"
    so_far = f" {_n(counted, 'session')} you logged already {verb}." if counted else ""
    return [Reply(f"✅ {esc(user.display_name)} joined <b>{esc(c.name)}</b> (#{c.id}).{so_far}")]


async def _join(req: Request, deps: Deps, rest: str) -> list[Reply]:
    c = await _pick(req, deps, rest.split()[0] if rest.split() else None, "/challenge join {id}")
    if isinstance(c, list):
        return c
    return await _join_challenge(req, deps, c)


def join_action(c: ChallengeRow) -> str:
    """ "join:<id>:<created>": SQLite may hand a deleted challenge's id to the next one, so the
    creation time (seconds, base 36) tells an old button's challenge from a newer one."""
    return f"join:{c.id}:{_base36(int(c.created_at.timestamp()))}"


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


async def join_button(req: Request, deps: Deps) -> list[Reply]:
    """The announcement's Join button: whoever presses it joins."""
    if req.chat.is_private:
        return [replace(r, private=True) for r in _for_groups(req.now)]
    _, _, rest = req.text.partition(":")
    ident, _, stamp = rest.partition(":")
    m = _ID.match(ident)
    wanted = parse_int(m.group(1)) if m else None
    c = await deps.store.get_challenge(wanted) if wanted is not None else None
    if c is None or (stamp and join_action(c) != req.text):
        return [Reply("That challenge is gone. See /challenge list.", private=True)]
    if (c.platform, c.platform_chat_id) != req.chat.chat_key:
        return [Reply("That Join button belongs to another group's challenge.", private=True)]
    return await _join_challenge(req, deps, c, pressed=True)


async def _leave(req: Request, deps: Deps, rest: str) -> list[Reply]:
    c = await _pick(req, deps, rest.split()[0] if rest.split() else None, "/challenge leave {id}")
    if isinstance(c, list):
        return c
    user = await deps.store.get_user(req.chat.platform, req.chat.user_id)
    if user is None or not await deps.store.leave_challenge(c.id, user.account):
        return [Reply(f"You're not in <b>{esc(c.name)}</b>.")]
    return [
        Reply(
            f"You left <b>{esc(c.name)}</b>; your sessions are off its board. "
            f"Changed your mind? <code>/challenge join {c.id}</code>"
        )
    ]


async def _end(req: Request, deps: Deps, rest: str) -> list[Reply]:
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can end a challenge.")]
    c = await _pick(req, deps, rest.split()[0] if rest.split() else None, "/challenge end {id}")
    if isinstance(c, list):
        return c
    today = c.today(req.now)
    if c.finished(today):
        return [
            Reply(f"<b>{esc(c.name)}</b> has already ended. Final board: <code>/leaderboard {c.id}</code>")
        ]
    if today < c.start:
        await deps.store.delete_challenge(c.id)
        return [Reply(f"Cancelled <b>{esc(c.name)}</b> (#{c.id}) before it started.")]
    if not await deps.store.end_challenge(c.id, today, req.now):
        return [Reply(f"<b>{esc(c.name)}</b> has already ended.")]
    ended = await deps.store.get_challenge(c.id)
    assert ended is not None
    replies = await results_replies(ended, await board_page(deps.store, ended, today), deps.charts)
    note = Reply(f"An admin ended <b>{esc(c.name)}</b> today; sessions from today still count.")
    return [note, *replies]


async def _edit(req: Request, deps: Deps, rest: str) -> list[Reply]:
    usage = '/challenge edit {id} name "Winter dozen"'
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can edit a challenge.")]
    words = rest.split(maxsplit=1)
    token: str | None = None
    if words and _ID.match(words[0]):
        token, rest = words[0], words[1] if len(words) > 1 else ""
    example = usage.format(id=token.lstrip("#") if token else 1)
    field, _, value = rest.strip().partition(" ")
    if field.lower() != "name":
        return bad(
            "You can change a challenge's name: give its number, then name and the new name in quotes.",
            example,
        )
    m = _QUOTED.match(value.strip())
    if not m or m.group("rest").strip():
        return bad(_unquoted(value, "Put the new name in quotes."), example)
    name, problem = _check_name(m.group("name"))
    if problem:
        return bad(problem, example)
    c = await _pick(req, deps, token, usage, allow_finished=True)
    if isinstance(c, list):
        return c
    await deps.store.rename_challenge(c.id, name)
    return [Reply(f"Renamed challenge #{c.id} to <b>{esc(name)}</b>.")]


async def _remove(req: Request, deps: Deps, rest: str) -> list[Reply]:
    usage = "/challenge remove {id} @123456789"
    if not await deps.is_admin(req.chat):
        return [Reply("Only the group's admins can remove someone from a challenge.")]
    words = rest.split(maxsplit=1)
    token: str | None = None
    if len(words) == 2 and _ID.match(words[0]):
        token, who = words[0], words[1].strip()
    else:
        who = rest.strip()
    if not who:
        return bad("Say who to remove: their @user id or display name.", usage.format(id=token or 1))
    c = await _pick(req, deps, token, usage, allow_finished=True)
    if isinstance(c, list):
        return c
    members = await deps.store.challenge_members(c.id)
    m = _MENTION.match(who)
    if m:
        matches = [x for x in members if x.platform_user_id == m.group("id")]
    else:
        wanted = clean_text(who, MAX_NAME * 2).casefold()
        matches = [x for x in members if x.display_name.casefold() == wanted]
    if not matches:
        return bad(f"Nobody called {clean_text(who, 40)!r} is in this challenge.", usage.format(id=c.id))
    if len(matches) > 1:
        ids = ", ".join(f"@{esc(x.platform_user_id)}" for x in matches)
        return [
            Reply(
                f"More than one member is called that ({ids}); say which by @id, "
                f"e.g. <code>/challenge remove {c.id} @{esc(matches[0].platform_user_id)}</code>"
            )
        ]
    target = matches[0]
    await deps.store.remove_member(c.id, target.user_id, req.now)
    return [
        Reply(
            f"Removed {esc(target.display_name)} from <b>{esc(c.name)}</b>: their sessions no longer count "
            "on this board and they can't rejoin it."
        )
    ]


async def _rename(req: Request, deps: Deps, rest: str) -> list[Reply]:
    """/challenge rename [id] "<name>": the same as edit ... name."""
    words = rest.split(maxsplit=1)
    if words and _ID.match(words[0]):
        return await _edit(req, deps, f"{words[0]} name {words[1] if len(words) > 1 else ''}")
    return await _edit(req, deps, f"name {rest}")


Subcommand = Callable[[Request, Deps, str], Awaitable[list[Reply]]]

_SUBCOMMANDS: dict[str, Subcommand] = {
    "list": _list,
    "new": _new,
    "create": _new,
    "join": _join,
    "leave": _leave,
    "end": _end,
    "edit": _edit,
    "rename": _rename,
    "remove": _remove,
}


# --- /leaderboard ------------------------------------------------------------------------------


async def leaderboard(req: Request, deps: Deps) -> list[Reply]:
    if req.chat.is_private:
        return _for_groups(req.now)
    token = req.args[0] if req.args else None
    c = await _pick(req, deps, token, "/leaderboard {id}", allow_finished=True)
    if isinstance(c, list):
        return c
    today = c.today(req.now)
    me = await deps.store.get_user(req.chat.platform, req.chat.user_id)
    mine = me.account if me else None
    page = await board_page(deps.store, c, today, mine)
    text = board_text(c, page, today, mine, await paused_on_board(deps.store, page, today))
    return [Reply(text), *await chart_replies(deps.charts, c, page)]


BUTTONS: dict[str, Callable[[Request, Deps], Awaitable[list[Reply]]]] = {"join": join_button}
