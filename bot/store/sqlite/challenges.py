"""SQL for running-club group challenges: challenges, members, counted entries and posts.

Counting rules (applied here, documented for /challenge list):

* A session counts on its ``local_date`` (the runner's own day, as /done recorded it) when that
  day is inside the challenge's [start, end] dates. We use local_date rather than re-dating
  ``logged_at`` in the chat's zone so a run on the runner's Sunday stays on Sunday wherever
  the group is, and so the late rule below can tell a back-dated session from a fresh one.
* A session logged more than ``late_days`` days late (the date of ``logged_at`` in the
  challenge's time zone minus ``local_date``) does not count. Checked once, when the entry is made.
* At most ``max_per_day`` sessions count per member and day: the earliest logged ones. Scores are
  recomputed from a member's entries whenever those change, so undoing a counted session lets
  the next one of that day count.
* Sessions logged before joining, but inside the dates, count (they are added at join time).
* /forget, leaving and an admin's removal delete entries through the membership (ON DELETE
  CASCADE). Deleting a session (/undo) leaves a tombstone (session_id SET NULL); the next board
  read drops tombstones and recounts those members. SQLite triggers would do this eagerly, but
  the migration runner splits statements on ";" and can't hold a trigger body.
* Scores live on challenge_members (sessions, weeks met, score, reached_at) with an index on
  (challenge, score, reached_at): the top of a 5,000-member board is an indexed read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime

import aiosqlite

from bot.store.common import BOARD_COLUMNS, CHALLENGE_SELECT, POST_ATTEMPTS
from bot.store.common import on_time as _on_time
from bot.store.sqlite.core import from_iso, iso
from bot.store.sqlite.sessions import SessionsStore
from handlers.store import (
    BoardPage,
    BoardRow,
    ChallengeRow,
    MemberRow,
    NewChallenge,
    Rules,
    SessionRow,
    label_ranks,
    score_entries,
)

_CHALLENGE_SELECT = CHALLENGE_SELECT

# The ranking, in one place: score (sessions, or weeks met) high to low; within a tie whoever
# reached the score first; then by name (NOCASE: ASCII letters folded) and user id. rank_key()
# is the same order in Python.
_BOARD_COLUMNS = BOARD_COLUMNS
_BOARD_ORDER = " ORDER BY m.score DESC, m.reached_at, u.display_name COLLATE NOCASE, m.user_id"


class ChallengesStore(SessionsStore):
    # --- challenges -----------------------------------------------------------------------

    async def create_challenge(
        self, chat_id: int, created_by: int | None, c: NewChallenge, now: datetime
    ) -> ChallengeRow:
        async with self.tx() as db:
            cur = await db.execute(
                "INSERT INTO challenges (chat_id, name, kind, goal, weeks, start_date, end_date, tz, "
                "max_per_day, late_days, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    chat_id,
                    c.name,
                    c.kind,
                    c.goal,
                    c.weeks,
                    c.start.isoformat(),
                    c.end.isoformat(),
                    c.tz,
                    c.max_per_day,
                    c.late_days,
                    created_by,
                    iso(now),
                ),
            )
            new_id = cur.lastrowid
            row = await _fetch_challenge(db, new_id)
        assert row is not None
        return row

    async def get_challenge(self, challenge_id: int) -> ChallengeRow | None:
        async with self.read() as db:
            return await _fetch_challenge(db, challenge_id)

    async def chat_challenges(self, chat_id: int) -> list[ChallengeRow]:
        """Every challenge of a chat, newest first."""
        async with self.read() as db:
            rows = await db.execute_fetchall(
                _CHALLENGE_SELECT + "WHERE c.chat_id = ? ORDER BY c.id DESC", (chat_id,)
            )
        return [_challenge(r) for r in rows]

    async def rename_challenge(self, challenge_id: int, name: str) -> bool:
        async with self.tx() as db:
            cur = await db.execute("UPDATE challenges SET name = ? WHERE id = ?", (name, challenge_id))
            return cur.rowcount == 1

    async def end_challenge(self, challenge_id: int, today: date, now: datetime) -> bool:
        """End a running challenge today (sessions of today still count).

        Also marks the final results as posted: the caller shows them in its reply.
        """
        async with self.tx() as db:
            cur = await db.execute(
                "UPDATE challenges SET ended_at = ?, end_date = MAX(start_date, MIN(end_date, ?)) "
                "WHERE id = ? AND ended_at IS NULL",
                (iso(now), today.isoformat(), challenge_id),
            )
            if cur.rowcount != 1:
                return False
            c = await _fetch_challenge(db, challenge_id)
            assert c is not None
            found = await db.execute_fetchall(
                "SELECT DISTINCT user_id FROM challenge_entries WHERE challenge_id = ? AND day > ?",
                (challenge_id, c.end.isoformat()),
            )
            later = [r[0] for r in found]
            await db.execute(
                "DELETE FROM challenge_entries WHERE challenge_id = ? AND day > ?",
                (challenge_id, c.end.isoformat()),
            )
            for user_id in later:
                await _recount(db, c, user_id)
            await db.execute(
                "INSERT INTO challenge_posts (challenge_id, kind, period, status, claimed_at, done_at) "
                "VALUES (?, 'results', '', 'sent', ?, ?) ON CONFLICT DO NOTHING",
                (challenge_id, iso(now), iso(now)),
            )
        return True

    async def delete_challenge(self, challenge_id: int) -> bool:
        async with self.tx() as db:
            cur = await db.execute("DELETE FROM challenges WHERE id = ?", (challenge_id,))
            return cur.rowcount == 1

    # --- members --------------------------------------------------------------------------

    async def join_challenge(self, challenge_id: int, user_id: int, today: date, now: datetime) -> str:
        """Join and count the member's earlier sessions in the window.

        Returns "joined", "already", "finished", "removed" or "missing".
        """
        async with self.tx() as db:
            c = await _fetch_challenge(db, challenge_id)
            if c is None:
                return "missing"
            if c.finished(today):
                return "finished"
            row = await _first(
                db,
                "SELECT 1 FROM challenge_removed WHERE challenge_id = ? AND user_id = ?",
                (challenge_id, user_id),
            )
            if row:
                return "removed"
            cur = await db.execute(
                "INSERT INTO challenge_members (challenge_id, user_id, joined_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (challenge_id, user_id, iso(now)),
            )
            if cur.rowcount != 1:
                return "already"
            # A linked account's sessions are its person's (account_links).
            cur = await db.execute(
                "SELECT id, logged_at, local_date FROM sessions WHERE user_id = COALESCE("
                "(SELECT person_id FROM account_links WHERE account_id = ?), ?) "
                "AND local_date >= ? AND local_date <= ?",
                (user_id, user_id, c.start.isoformat(), c.end.isoformat()),
            )
            zone = c.zone
            entries = []
            for s in await cur.fetchall():
                logged_at, day = from_iso(s["logged_at"]), date.fromisoformat(s["local_date"])
                if _on_time(logged_at, day, zone, c.late_days):
                    entries.append((challenge_id, user_id, s["id"], s["local_date"], s["logged_at"]))
            await db.executemany(
                "INSERT INTO challenge_entries (challenge_id, user_id, session_id, day, logged_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                entries,
            )
            await _recount(db, c, user_id)
        return "joined"

    async def leave_challenge(self, challenge_id: int, user_id: int) -> bool:
        """Leave a board: the member's entries go with the membership."""
        async with self.tx() as db:
            cur = await db.execute(
                "DELETE FROM challenge_members WHERE challenge_id = ? AND user_id = ?",
                (challenge_id, user_id),
            )
            return cur.rowcount == 1

    async def remove_member(self, challenge_id: int, user_id: int, now: datetime) -> bool:
        """An admin takes a member (and all their entries) off a board; they can't join it again."""
        async with self.tx() as db:
            cur = await db.execute(
                "DELETE FROM challenge_members WHERE challenge_id = ? AND user_id = ?",
                (challenge_id, user_id),
            )
            if cur.rowcount != 1:
                return False
            await db.execute(
                "INSERT INTO challenge_removed (challenge_id, user_id, removed_at) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (challenge_id, user_id, iso(now)),
            )
        return True

    async def member_sessions(self, challenge_id: int, user_id: int) -> int:
        """A member's counted sessions (0 if not a member)."""
        async with self.read() as db:
            row = await _first(
                db,
                "SELECT sessions FROM challenge_members WHERE challenge_id = ? AND user_id = ?",
                (challenge_id, user_id),
            )
        return int(row[0]) if row else 0

    async def challenge_members(self, challenge_id: int) -> list[MemberRow]:
        async with self.read() as db:
            rows = await db.execute_fetchall(
                "SELECT u.id, u.platform_user_id, u.display_name FROM challenge_members m "
                "JOIN users u ON u.id = m.user_id WHERE m.challenge_id = ? ORDER BY m.joined_at, u.id",
                (challenge_id,),
            )
        return [MemberRow(r[0], r[1], r[2]) for r in rows]

    # --- counting -------------------------------------------------------------------------

    def session_insert_probe(self, user_id: int, day: str) -> tuple[str, tuple[object, ...]]:
        base, args = super().session_insert_probe(user_id, day)
        return (
            f"({base} OR EXISTS (SELECT 1 FROM challenge_members m JOIN challenges c "
            "ON c.id = m.challenge_id WHERE (m.user_id = ? OR m.user_id IN "
            "(SELECT account_id FROM account_links WHERE person_id = ?)) "
            "AND c.start_date <= ? AND c.end_date >= ?))",
            (*args, user_id, user_id, day, day),
        )

    async def on_session_insert(self, db: aiosqlite.Connection, row: SessionRow) -> None:
        await super().on_session_insert(db, row)
        day = row.local_date.isoformat()
        # The runner's places: its own and those of its linked accounts (each in its own chat).
        found = await db.execute_fetchall(
            "SELECT c.*, m.user_id AS member FROM challenge_members m "
            "JOIN challenges c ON c.id = m.challenge_id "
            "WHERE (m.user_id = ? OR m.user_id IN "
            "(SELECT account_id FROM account_links WHERE person_id = ?)) "
            "AND c.start_date <= ? AND c.end_date >= ?",
            (row.user_id, row.user_id, day, day),
        )
        for c, member in [(_rules(r), r["member"]) for r in found]:
            if not _on_time(row.logged_at, row.local_date, c.zone, c.late_days):
                continue
            ins = await db.execute(
                "INSERT INTO challenge_entries (challenge_id, user_id, session_id, day, logged_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (c.id, member, row.id, day, iso(row.logged_at)),
            )
            if ins.rowcount == 1:
                await _recount(db, c, member)

    async def board(self, c: ChallengeRow, today: date) -> list[BoardRow]:
        """Every member with their score, in ranking order (label them with label_ranks)."""
        await self._drop_tombstones(c)
        async with self.read() as db:
            rows = await db.execute_fetchall(
                _BOARD_COLUMNS + "WHERE m.challenge_id = ?" + _BOARD_ORDER, (c.id,)
            )
            this_week = await _this_week(db, c, today, None)
        return [_board_row(r, this_week) for r in rows]

    async def board_page(self, c: ChallengeRow, today: date, limit: int, me: int | None = None) -> BoardPage:
        """The first `limit` ranked members and the caller's rank, without reading the whole board."""
        await self._drop_tombstones(c)
        async with self.read() as db:
            found = list(
                await db.execute_fetchall(
                    _BOARD_COLUMNS + "WHERE m.challenge_id = ?" + _BOARD_ORDER + " LIMIT ?", (c.id, limit + 1)
                )
            )
            stats = await _first(
                db,
                "SELECT COUNT(*), COALESCE(SUM(sessions), 0), COALESCE(SUM(score >= ?), 0) "
                "FROM challenge_members WHERE challenge_id = ?",
                (c.finish_score, c.id),
            )
            mine = None
            if me is not None:
                mine = await _first(
                    db, _BOARD_COLUMNS + "WHERE m.challenge_id = ? AND m.user_id = ?", (c.id, me)
                )
            me_label = None
            if mine is not None and all(r[0] != me for r in found[:limit]):
                above, same = await _first(
                    db,
                    "SELECT COALESCE(SUM(score > ?), 0), COALESCE(SUM(score = ?), 0) FROM challenge_members "
                    "WHERE challenge_id = ? AND score >= ?",
                    (mine[6], mine[6], c.id, mine[6]),
                ) or (0, 1)
                me_label = f"={above + 1}" if same > 1 else str(above + 1)
            users = [r[0] for r in found] + ([me] if me is not None else [])
            this_week = await _this_week(db, c, today, users)
        fetched = [_board_row(r, this_week) for r in found]
        top = label_ranks(fetched, c.kind)[:limit]
        # the group of the last row shown may go on past the rows fetched: label_ranks saw one more
        me_row: tuple[str, BoardRow] | None = None
        if mine is not None:
            me_row = next(((label, r) for label, r in top if r.user_id == me), None)
            if me_row is None and me_label is not None:
                me_row = (me_label, _board_row(mine, this_week))
        assert stats is not None
        return BoardPage(top=top, me=me_row, members=stats[0], sessions=stats[1], finishers=stats[2])

    async def _drop_tombstones(self, c: ChallengeRow) -> None:
        """Entries whose session was deleted (/undo): remove them and recount those members."""
        async with self.read() as db:
            stale = await _first(
                db,
                "SELECT 1 FROM challenge_entries WHERE challenge_id = ? AND session_id IS NULL LIMIT 1",
                (c.id,),
            )
        if stale is None:
            return
        async with self.tx() as db:
            found = await db.execute_fetchall(
                "SELECT DISTINCT user_id FROM challenge_entries "
                "WHERE challenge_id = ? AND session_id IS NULL",
                (c.id,),
            )
            await db.execute(
                "DELETE FROM challenge_entries WHERE challenge_id = ? AND session_id IS NULL", (c.id,)
            )
            for (user_id,) in found:
                await _recount(db, c, user_id)

    # --- digests and results --------------------------------------------------------------

    async def challenges_to_post(self) -> list[ChallengeRow]:
        """Challenges whose final results are still to come (and whose chat isn't blocked)."""
        async with self.read() as db:
            cur = await db.execute(
                _CHALLENGE_SELECT + "WHERE NOT EXISTS (SELECT 1 FROM challenge_posts p "
                "WHERE p.challenge_id = c.id AND (p.status = 'blocked' OR (p.kind = 'results' "
                "AND NOT (p.status = 'failed' AND p.attempts < ?)))) ORDER BY c.id",
                (POST_ATTEMPTS,),
            )
            rows = await cur.fetchall()
        return [_challenge(r) for r in rows]

    async def claim_post(self, challenge_id: int, kind: str, period: str, now: datetime) -> bool:
        """Atomically take the right to send one post; False if it was taken (or sent) already.

        A post whose send failed with a transient error can be claimed again, POST_ATTEMPTS times.
        """
        async with self.tx() as db:
            cur = await db.execute(
                "INSERT INTO challenge_posts (challenge_id, kind, period, claimed_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (challenge_id, kind, period) DO UPDATE SET status = 'claimed', "
                "attempts = attempts + 1, claimed_at = excluded.claimed_at, done_at = NULL "
                "WHERE status = 'failed' AND attempts < ?",
                (challenge_id, kind, period, iso(now), POST_ATTEMPTS),
            )
            return cur.rowcount == 1

    async def finish_post(
        self, challenge_id: int, kind: str, period: str, status: str, now: datetime
    ) -> None:
        """Record how a claimed post went: "sent", "failed" (may be retried) or "blocked"."""
        async with self.tx() as db:
            await db.execute(
                "UPDATE challenge_posts SET status = ?, done_at = ? "
                "WHERE challenge_id = ? AND kind = ? AND period = ?",
                (status, iso(now), challenge_id, kind, period),
            )

    async def post_status(self, challenge_id: int, kind: str, period: str) -> str | None:
        async with self.read() as db:
            row = await _first(
                db,
                "SELECT status FROM challenge_posts WHERE challenge_id = ? AND kind = ? AND period = ?",
                (challenge_id, kind, period),
            )
        return row[0] if row else None


async def _recount(db: aiosqlite.Connection, c: Rules | ChallengeRow, user_id: int) -> None:
    """Rebuild one member's score from their live entries."""
    found = await db.execute_fetchall(
        "SELECT day, logged_at, session_id FROM challenge_entries "
        "WHERE challenge_id = ? AND user_id = ? AND session_id IS NOT NULL",
        (c.id, user_id),
    )
    entries = [(r[0], r[1], r[2]) for r in found]
    score = score_entries(entries, c.kind, c.goal, c.start, c.weeks, c.max_per_day)
    await db.execute(
        "UPDATE challenge_members SET sessions = ?, weeks_met = ?, score = ?, reached_at = ? "
        "WHERE challenge_id = ? AND user_id = ?",
        (
            score.sessions,
            score.weeks_met,
            score.weeks_met if c.kind == "weekly" else score.sessions,
            score.reached_at,
            c.id,
            user_id,
        ),
    )
    if c.kind == "weekly":
        await db.execute(
            "DELETE FROM challenge_weeks WHERE challenge_id = ? AND user_id = ?", (c.id, user_id)
        )
        await db.executemany(
            "INSERT INTO challenge_weeks (challenge_id, user_id, week, sessions) VALUES (?, ?, ?, ?)",
            [(c.id, user_id, week, n) for week, n in score.weeks.items()],
        )


async def _this_week(
    db: aiosqlite.Connection, c: ChallengeRow, today: date, users: list[int] | None
) -> dict[int, int]:
    """Weekly challenges: counted sessions in the current week, for some users (None: all)."""
    if c.kind != "weekly" or users == []:
        return {}
    sql = "SELECT user_id, sessions FROM challenge_weeks WHERE challenge_id = ? AND week = ?"
    params: list[object] = [c.id, c.week_of(today)]
    if users is not None:
        sql += f" AND user_id IN ({', '.join('?' * len(users))})"
        params += users
    return {r[0]: r[1] for r in await db.execute_fetchall(sql, params)}


def _board_row(r: aiosqlite.Row, this_week: dict[int, int]) -> BoardRow:
    return BoardRow(r[0], r[1], r[2], r[3], r[4], r[5], this_week.get(r[0], 0))


async def _first(db: aiosqlite.Connection, sql: str, params: Sequence[object]) -> aiosqlite.Row | None:
    rows = await db.execute_fetchall(sql, params)
    return next(iter(rows), None)


async def _fetch_challenge(db: aiosqlite.Connection, challenge_id: int | None) -> ChallengeRow | None:
    row = await _first(db, _CHALLENGE_SELECT + "WHERE c.id = ?", (challenge_id,))
    return _challenge(row) if row else None


def _rules(row: aiosqlite.Row) -> Rules:
    return Rules(
        id=row["id"],
        kind=row["kind"],
        goal=row["goal"],
        weeks=row["weeks"],
        start=date.fromisoformat(row["start_date"]),
        end=date.fromisoformat(row["end_date"]),
        tz=row["tz"],
        max_per_day=row["max_per_day"],
        late_days=row["late_days"],
    )


def _challenge(row: aiosqlite.Row) -> ChallengeRow:
    rules = _rules(row)  # the counting fields, read one way only
    return ChallengeRow(
        **{f.name: getattr(rules, f.name) for f in fields(Rules)},
        chat_id=row["chat_id"],
        platform=row["chat_platform"],
        platform_chat_id=row["chat_pid"],
        name=row["name"],
        created_at=from_iso(row["created_at"]),
        ended_at=from_iso(row["ended_at"]) if row["ended_at"] else None,
        members=row["member_count"],
    )
