"""Running-club group challenges (members, counted entries, posts), written once for both stores.

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

Concurrency across processes (PostgreSQL): a new session locks its member rows (``FOR UPDATE``,
in challenge-id order) before inserting entries, and every recount locks the member's row; SQLite
serialises its writers with ``BEGIN IMMEDIATE``. The ranking order is written once (BOARD_ORDER),
the same order as ``handlers.challenge_rules.rank_key``; scoring itself is the pure ``score_entries``.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime

from bot.store.common import BOARD_COLUMNS, CHALLENGE_SELECT, POST_ATTEMPTS
from bot.store.sql.dialect import Conn, Dialect, Row, day, ts, values
from bot.store.sql.sessions import SessionsStore
from handlers.challenge_rules import label_ranks, on_time, score_entries
from handlers.outcomes import JoinOutcome, PostStatus
from handlers.store import (
    BoardPage,
    BoardRow,
    ChallengeRow,
    MemberRow,
    NewChallenge,
    Rules,
    SessionRow,
    utc_stamp,
)

# The ranking, in one place: score (sessions, or weeks met) high to low; within a tie whoever
# reached the score first (no time first); then by name with ASCII letters folded, compared
# bytewise; then user id. rank_key() is the same order in Python.
BOARD_ORDER = " ORDER BY m.score DESC, m.reached_at NULLS FIRST, {fold:u.display_name}, m.user_id"
_ENTRY = (
    "INSERT INTO challenge_entries (challenge_id, user_id, session_id, day, logged_at) "
    "VALUES (:c, :u, :s, :day, :at) ON CONFLICT DO NOTHING"
)


def _stamp(v: object) -> str:
    """A timestamp column as the port's text (utc_stamp): SQLite stores that text already."""
    return v if isinstance(v, str) else utc_stamp(v)  # type: ignore[arg-type]


class ChallengesStore(SessionsStore):
    # --- challenges -----------------------------------------------------------------------

    async def create_challenge(
        self, chat_id: int, created_by: int | None, c: NewChallenge, now: datetime
    ) -> ChallengeRow:
        async with self.sql_tx() as con:
            new_id = await con.fetchval(
                "INSERT INTO challenges (chat_id, name, kind, goal, weeks, start_date, end_date, tz, "
                "max_per_day, late_days, created_by, created_at) VALUES (:chat, :name, :kind, :goal, "
                ":weeks, :start, :end, :tz, :mpd, :late, :by, :now) RETURNING id",
                chat=chat_id,
                name=c.name,
                kind=c.kind,
                goal=c.goal,
                weeks=c.weeks,
                start=c.start,
                end=c.end,
                tz=c.tz,
                mpd=c.max_per_day,
                late=c.late_days,
                by=created_by,
                now=now,
            )
            row = await _fetch_challenge(con, new_id)
        assert row is not None
        return row

    async def get_challenge(self, challenge_id: int) -> ChallengeRow | None:
        row = await self.sql_first(CHALLENGE_SELECT + "WHERE c.id = :id", id=challenge_id)
        return _challenge(row) if row else None

    async def chat_challenges(self, chat_id: int) -> list[ChallengeRow]:
        """Every challenge of a chat, newest first."""
        rows = await self.sql_fetch(
            CHALLENGE_SELECT + "WHERE c.chat_id = :chat ORDER BY c.id DESC", chat=chat_id
        )
        return [_challenge(r) for r in rows]

    async def rename_challenge(self, challenge_id: int, name: str) -> bool:
        n = await self.sql_exec(
            "UPDATE challenges SET name = :name WHERE id = :id", name=name, id=challenge_id
        )
        return n == 1

    async def end_challenge(self, challenge_id: int, today: date, now: datetime) -> bool:
        """End a running challenge today (sessions of today still count).

        Also marks the final results as posted: the caller shows them in its reply.
        """
        async with self.sql_tx() as con:
            n = await con.execute(
                "UPDATE challenges SET ended_at = :now, end_date = GREATEST(start_date, LEAST(end_date, :today)) "
                "WHERE id = :id AND ended_at IS NULL",
                now=now,
                today=today,
                id=challenge_id,
            )
            if n != 1:
                return False
            c = await _fetch_challenge(con, challenge_id)
            assert c is not None
            later = await con.fetch(
                "DELETE FROM challenge_entries WHERE challenge_id = :id AND day > :end RETURNING user_id",
                id=challenge_id,
                end=c.end,
            )
            for user_id in sorted({r["user_id"] for r in later}):
                await _recount(con, c, user_id)
            await con.execute(
                "INSERT INTO challenge_posts (challenge_id, kind, period, status, claimed_at, done_at) "
                "VALUES (:id, 'results', '', 'sent', :now, :now) ON CONFLICT DO NOTHING",
                id=challenge_id,
                now=now,
            )
        return True

    async def delete_challenge(self, challenge_id: int) -> bool:
        return await self.sql_exec("DELETE FROM challenges WHERE id = :id", id=challenge_id) == 1

    # --- members --------------------------------------------------------------------------

    async def join_challenge(
        self, challenge_id: int, user_id: int, today: date, now: datetime
    ) -> JoinOutcome:
        """Join and count the member's earlier sessions in the window."""
        async with self.sql_tx() as con:
            c = await _fetch_challenge(con, challenge_id)
            if c is None:
                return JoinOutcome.MISSING
            if c.finished(today):
                return JoinOutcome.FINISHED
            removed = await con.fetchval(
                "SELECT 1 FROM challenge_removed WHERE challenge_id = :c AND user_id = :u",
                c=challenge_id,
                u=user_id,
            )
            if removed:
                return JoinOutcome.REMOVED
            n = await con.execute(
                "INSERT INTO challenge_members (challenge_id, user_id, joined_at) VALUES (:c, :u, :now) "
                "ON CONFLICT DO NOTHING",
                c=challenge_id,
                u=user_id,
                now=now,
            )
            if n != 1:
                return JoinOutcome.ALREADY
            found = await con.fetch(
                # A linked account's sessions are its person's (account_links).
                "SELECT id, logged_at, local_date FROM sessions WHERE user_id = COALESCE("
                "(SELECT person_id FROM account_links WHERE account_id = :u), :u) "
                "AND local_date BETWEEN :a AND :b",
                u=user_id,
                a=c.start,
                b=c.end,
            )
            zone = c.zone
            entries = []
            for s in found:
                at, d = ts(s["logged_at"]), day(s["local_date"])
                if on_time(at, d, zone, c.late_days):
                    entries.append({"c": challenge_id, "u": user_id, "s": s["id"], "day": d, "at": at})
            await con.executemany(_ENTRY, entries)
            await _recount(con, c, user_id)
        return JoinOutcome.JOINED

    async def leave_challenge(self, challenge_id: int, user_id: int) -> bool:
        """Leave a board: the member's entries go with the membership."""
        n = await self.sql_exec(
            "DELETE FROM challenge_members WHERE challenge_id = :c AND user_id = :u",
            c=challenge_id,
            u=user_id,
        )
        return n == 1

    async def remove_member(self, challenge_id: int, user_id: int, now: datetime) -> bool:
        """An admin takes a member (and all their entries) off a board; they can't join it again."""
        async with self.sql_tx() as con:
            n = await con.execute(
                "DELETE FROM challenge_members WHERE challenge_id = :c AND user_id = :u",
                c=challenge_id,
                u=user_id,
            )
            if n != 1:
                return False
            await con.execute(
                "INSERT INTO challenge_removed (challenge_id, user_id, removed_at) VALUES (:c, :u, :now) "
                "ON CONFLICT DO NOTHING",
                c=challenge_id,
                u=user_id,
                now=now,
            )
        return True

    async def member_sessions(self, challenge_id: int, user_id: int) -> int:
        """A member's counted sessions (0 if not a member)."""
        row = await self.sql_first(
            "SELECT sessions FROM challenge_members WHERE challenge_id = :c AND user_id = :u",
            c=challenge_id,
            u=user_id,
        )
        return int(row["sessions"] or 0) if row else 0

    async def challenge_members(self, challenge_id: int) -> list[MemberRow]:
        rows = await self.sql_fetch(
            "SELECT u.id, u.platform_user_id, u.display_name FROM challenge_members m "
            "JOIN users u ON u.id = m.user_id WHERE m.challenge_id = :c ORDER BY m.joined_at, u.id",
            c=challenge_id,
        )
        return [MemberRow(r["id"], r["platform_user_id"], r["display_name"]) for r in rows]

    # --- counting -------------------------------------------------------------------------

    async def on_session_insert(self, c: Conn, row: SessionRow) -> None:
        await super().on_session_insert(c, row)
        # The runner's places: its own and those of its linked accounts (each in its own chat).
        found = await c.fetch(
            "SELECT c.*, m.user_id AS member FROM challenge_members m "
            "JOIN challenges c ON c.id = m.challenge_id "
            "WHERE (m.user_id = :u OR m.user_id IN (SELECT account_id FROM account_links WHERE person_id = :u)) "
            "AND c.start_date <= :day AND c.end_date >= :day ORDER BY c.id, m.user_id {for_update OF m}",
            u=row.user_id,
            day=row.local_date,
        )
        for rules, member in [(_rules(r), r["member"]) for r in found]:
            if not on_time(row.logged_at, row.local_date, rules.zone, rules.late_days):
                continue
            n = await c.execute(_ENTRY, c=rules.id, u=member, s=row.id, day=row.local_date, at=row.logged_at)
            if n == 1:
                await _recount(c, rules, member)

    async def board(self, c: ChallengeRow, today: date) -> list[BoardRow]:
        """Every member with their score, in ranking order (label them with label_ranks)."""
        await self._drop_tombstones(c)
        async with self.sql_read() as con:
            rows = await con.fetch(BOARD_COLUMNS + "WHERE m.challenge_id = :c" + BOARD_ORDER, c=c.id)
            this_week = await _this_week(con, c, today, None)
        return [_board_row(r, this_week) for r in rows]

    async def board_page(self, c: ChallengeRow, today: date, limit: int, me: int | None = None) -> BoardPage:
        """The first `limit` ranked members and the caller's rank, without reading the whole board."""
        await self._drop_tombstones(c)
        # One snapshot: the top, the totals and the caller's rank agree even while other
        # processes record sessions.
        async with self.sql_snapshot() as con:
            found = await con.fetch(
                BOARD_COLUMNS + "WHERE m.challenge_id = :c" + BOARD_ORDER + " LIMIT :n", c=c.id, n=limit + 1
            )
            stats = await con.fetchrow(
                "SELECT COUNT(*), COALESCE(SUM(sessions), 0), COUNT(*) FILTER (WHERE score >= :fin) "
                "FROM challenge_members WHERE challenge_id = :c",
                fin=c.finish_score,
                c=c.id,
            )
            mine = None
            if me is not None:
                mine = await con.fetchrow(
                    BOARD_COLUMNS + "WHERE m.challenge_id = :c AND m.user_id = :me", c=c.id, me=me
                )
            me_label = None
            if mine is not None and all(r["user_id"] != me for r in found[:limit]):
                counts = await con.fetchrow(
                    "SELECT COUNT(*) FILTER (WHERE score > :s), COUNT(*) FILTER (WHERE score = :s) "
                    "FROM challenge_members WHERE challenge_id = :c AND score >= :s",
                    s=mine["score"],
                    c=c.id,
                )
                above, same = values(counts)[:2] if counts else (0, 1)
                me_label = f"={above + 1}" if same > 1 else str(above + 1)
            users = [r["user_id"] for r in found] + ([me] if me is not None else [])
            this_week = await _this_week(con, c, today, users)
        fetched = [_board_row(r, this_week) for r in found]
        top = label_ranks(fetched, c.kind)[:limit]
        # the group of the last row shown may go on past the rows fetched: label_ranks saw one more
        me_row: tuple[str, BoardRow] | None = None
        if mine is not None:
            me_row = next(((label, r) for label, r in top if r.user_id == me), None)
            if me_row is None and me_label is not None:
                me_row = (me_label, _board_row(mine, this_week))
        assert stats is not None
        members, sessions, finishers = values(stats)
        return BoardPage(top=top, me=me_row, members=members, sessions=sessions, finishers=finishers)

    async def _drop_tombstones(self, c: ChallengeRow) -> None:
        """Entries whose session was deleted (/undo): remove them and recount those members."""
        stale = await self.sql_first(
            "SELECT 1 FROM challenge_entries WHERE challenge_id = :c AND session_id IS NULL LIMIT 1", c=c.id
        )
        if stale is None:
            return
        async with self.sql_tx() as con:
            gone = await con.fetch(
                "DELETE FROM challenge_entries WHERE challenge_id = :c AND session_id IS NULL RETURNING user_id",
                c=c.id,
            )
            for user_id in sorted({r["user_id"] for r in gone}):
                await _recount(con, c, user_id)

    # --- digests and results --------------------------------------------------------------

    async def challenges_to_post(self) -> list[ChallengeRow]:
        """Challenges whose final results are still to come (and whose chat isn't blocked)."""
        rows = await self.sql_fetch(
            CHALLENGE_SELECT + "WHERE NOT EXISTS (SELECT 1 FROM challenge_posts p "
            "WHERE p.challenge_id = c.id AND (p.status = 'blocked' OR (p.kind = 'results' "
            "AND NOT (p.status = 'failed' AND p.attempts < :n)))) ORDER BY c.id",
            n=POST_ATTEMPTS,
        )
        return [_challenge(r) for r in rows]

    async def claim_post(self, challenge_id: int, kind: str, period: str, now: datetime) -> bool:
        """Atomically take the right to send one post, across processes; False if it was taken (or
        sent) already. A post whose send failed transiently can be claimed again, POST_ATTEMPTS times.
        """
        n = await self.sql_exec(
            "INSERT INTO challenge_posts (challenge_id, kind, period, claimed_at) VALUES (:c, :kind, :period, :now) "
            "ON CONFLICT (challenge_id, kind, period) DO UPDATE SET status = 'claimed', "
            "attempts = challenge_posts.attempts + 1, claimed_at = excluded.claimed_at, done_at = NULL "
            "WHERE challenge_posts.status = 'failed' AND challenge_posts.attempts < :n",
            c=challenge_id,
            kind=kind,
            period=period,
            now=now,
            n=POST_ATTEMPTS,
        )
        return n == 1

    async def finish_post(
        self, challenge_id: int, kind: str, period: str, status: PostStatus, now: datetime
    ) -> None:
        """Record how a claimed post went (FAILED may be retried)."""
        await self.sql_exec(
            "UPDATE challenge_posts SET status = :status, done_at = :now "
            "WHERE challenge_id = :c AND kind = :kind AND period = :period",
            status=status,
            now=now,
            c=challenge_id,
            kind=kind,
            period=period,
        )

    async def post_status(self, challenge_id: int, kind: str, period: str) -> str | None:
        row = await self.sql_first(
            "SELECT status FROM challenge_posts WHERE challenge_id = :c AND kind = :kind AND period = :period",
            c=challenge_id,
            kind=kind,
            period=period,
        )
        return row["status"] if row else None


async def _recount(con: Conn, c: Rules | ChallengeRow, user_id: int) -> None:
    """Rebuild one member's score from their live entries (the member's row locked first)."""
    locked = await con.fetchval(
        "SELECT 1 FROM challenge_members WHERE challenge_id = :c AND user_id = :u {for_update}",
        c=c.id,
        u=user_id,
    )
    if locked is None:
        return
    found = await con.fetch(
        "SELECT day, logged_at, session_id FROM challenge_entries "
        "WHERE challenge_id = :c AND user_id = :u AND session_id IS NOT NULL",
        c=c.id,
        u=user_id,
    )
    entries = [(day(r["day"]).isoformat(), _stamp(r["logged_at"]), r["session_id"]) for r in found]
    score = score_entries(entries, c.kind, c.goal, c.start, c.weeks, c.max_per_day)
    await con.execute(
        "UPDATE challenge_members SET sessions = :n, weeks_met = :w, score = :score, reached_at = :at "
        "WHERE challenge_id = :c AND user_id = :u",
        n=score.sessions,
        w=score.weeks_met,
        score=score.weeks_met if c.kind == "weekly" else score.sessions,
        at=datetime.fromisoformat(score.reached_at) if score.reached_at else None,
        c=c.id,
        u=user_id,
    )
    if c.kind == "weekly":
        await con.execute(
            "DELETE FROM challenge_weeks WHERE challenge_id = :c AND user_id = :u", c=c.id, u=user_id
        )
        await con.executemany(
            "INSERT INTO challenge_weeks (challenge_id, user_id, week, sessions) VALUES (:c, :u, :w, :n)",
            [{"c": c.id, "u": user_id, "w": w, "n": n} for w, n in score.weeks.items()],
        )


async def _this_week(con: Conn, c: ChallengeRow, today: date, users: list[int] | None) -> dict[int, int]:
    """Weekly challenges: counted sessions in the current week, for some users (None: all)."""
    if c.kind != "weekly" or users == []:
        return {}
    sql = "SELECT user_id, sessions FROM challenge_weeks WHERE challenge_id = :c AND week = :w"
    if users is not None:
        sql += " AND user_id IN (:users)"
    rows = await con.fetch(sql, c=c.id, w=c.week_of(today), users=users)
    return {r["user_id"]: r["sessions"] for r in rows}


def _board_row(r: Row, this_week: dict[int, int]) -> BoardRow:
    at = r["reached_at"]
    uid = r["user_id"]
    reached = None if at is None else _stamp(at)
    return BoardRow(
        uid,
        r["platform_user_id"],
        r["display_name"],
        r["sessions"],
        reached,
        r["weeks_met"],
        this_week.get(uid, 0),
    )


async def _fetch_challenge(con: Conn, challenge_id: int | None) -> ChallengeRow | None:
    row = await con.fetchrow(CHALLENGE_SELECT + "WHERE c.id = :id", id=challenge_id)
    return _challenge(row) if row else None


def _rules(row: Row) -> Rules:
    return Rules(
        id=row["id"],
        kind=row["kind"],
        goal=row["goal"],
        weeks=row["weeks"],
        start=day(row["start_date"]),
        end=day(row["end_date"]),
        tz=row["tz"],
        max_per_day=row["max_per_day"],
        late_days=row["late_days"],
    )


def _challenge(row: Row) -> ChallengeRow:
    rules = _rules(row)
    return ChallengeRow(
        **{f.name: getattr(rules, f.name) for f in fields(Rules)},
        chat_id=row["chat_id"],
        platform=row["chat_platform"],
        platform_chat_id=row["chat_pid"],
        name=row["name"],
        created_at=ts(row["created_at"]),
        ended_at=Dialect.ts(row["ended_at"]),
        members=row["member_count"],
    )
