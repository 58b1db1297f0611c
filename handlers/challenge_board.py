"""Challenge boards and texts: ranks, bars, the board message and chart, the weekly digest and the
final results (bot/services/challenge_posts.py sends the last two on its own), and the Join button's
action. Scores and the ranking order are decided in handlers/challenge_rules.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from handlers.challenge_rules import label_ranks, rank_key
from handlers.charts import BoardChart, ChartRenderer, draw
from handlers.rows import BoardPage, BoardRow, ChallengeRow
from handlers.store_challenges import ChallengeReads
from handlers.types import Button, Reply, esc

TOP = 10
BAR_WIDTH = 10
CHART_ROWS = 15
MAX_FINISHER_NAMES = 30


def day_text(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def short_day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def goal_text(c: ChallengeRow) -> str:
    if c.kind == "weekly":
        return f"{plural(c.goal, 'session')} every week for {plural(c.weeks, 'week')}"
    return plural(c.goal, "session")


def rules_text(c: ChallengeRow, digest_time: str) -> str:
    results_at = results_time(c, digest_time)
    late = plural(c.late_days, "day")
    return (
        f"Counts sessions members log with me anywhere (/done or a Done button) on the day they trained, "
        f"at most {c.max_per_day} a day, not if logged more than {late} late; sessions from before "
        f"joining count too. Final results: {short_day(results_at.date())} {results_at:%H:%M}."
    )


def results_time(c: ChallengeRow, digest_time: str) -> datetime:
    """When the final results post: at digest time once the late-logging window has closed."""
    hh, mm = (int(x) for x in digest_time.split(":"))
    day = c.end + timedelta(days=c.late_days + 1)
    return datetime.combine(day, time(hh, mm), tzinfo=c.zone)


def status_text(c: ChallengeRow, today: date) -> str:
    status = c.status(today)
    if status == "upcoming":
        return f"starts {short_day(c.start)}"
    if status == "finished":
        return "finished"
    if c.kind == "weekly":
        return f"running, week {c.week_of(today) + 1} of {c.weeks_total}"
    left = (c.end - today).days
    return f"running, {plural(left, 'day')} left" if left else "running, last day"


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


def header(c: ChallengeRow, today: date, members: int) -> str:
    return (
        f"<b>#{c.id} {esc(c.name)}</b> — {goal_text(c)}, {short_day(c.start)} – {day_text(c.end)} "
        f"· {status_text(c, today)} · {plural(members, 'member')}"
    )


def board_text(
    c: ChallengeRow,
    page: BoardPage,
    today: date,
    me: int | None,
    paused: frozenset[int] | set[int] = frozenset(),
) -> str:
    """The text leaderboard: top ten, the caller's own line, and how ties are ordered."""
    lines = [header(c, today, page.members), ""]
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
        f"the group has logged {plural(page.sessions, 'session')} so far.",
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
        f"Goal: {goal_text(c)}, {short_day(c.start)} – {day_text(c.end)}"
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
        f"Together the group logged {plural(page.sessions, 'session')} "
        f"({plural(page.members, 'member')}). Well run, everyone!"
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


# --- the announcement's Join button ------------------------------------------------------------


def join_action(c: ChallengeRow) -> str:
    """ "join:<id>:<created>": SQLite may hand a deleted challenge's id to the next one, so the
    creation time (seconds, base 36) tells an old button's challenge from a newer one."""
    return f"join:{c.id}:{base36(int(c.created_at.timestamp()))}"


def base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out
