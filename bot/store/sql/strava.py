"""Strava sync's queries, written once for both stores (issue 28)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import Conn, Dialect, Row
from handlers.store_strava import StravaConnection, StravaEvent, StravaState

_CONN_COLUMNS = (
    "user_id, athlete_id, athlete_name, access_token, refresh_token, expires_at, scope, platform, "
    "platform_user_id, chat_target, broken, connected_at"
)


def _conn(row: Row) -> StravaConnection:
    return StravaConnection(
        user_id=int(row["user_id"]),
        athlete_id=int(row["athlete_id"]),
        athlete_name=row["athlete_name"],
        access_token=row["access_token"],
        refresh_token=row["refresh_token"],
        expires_at=Dialect.ts(row["expires_at"]),  # type: ignore[arg-type]
        scope=row["scope"],
        platform=row["platform"],
        platform_user_id=row["platform_user_id"],
        chat_target=row["chat_target"],
        broken=Dialect.flag(row["broken"]),
        connected_at=Dialect.ts(row["connected_at"]),  # type: ignore[arg-type]
    )


def _event(row: Row) -> StravaEvent:
    return StravaEvent(
        id=int(row["id"]),
        event_key=row["event_key"],
        owner_id=int(row["owner_id"]),
        object_type=row["object_type"],
        object_id=int(row["object_id"]),
        aspect_type=row["aspect_type"],
        body=row["body"],
        attempts=int(row["attempts"]),
    )


class StravaSql(SqlBase):
    """Mixed into both stores (bot.store.sqlite.Store, bot.store.postgres.PostgresStore)."""

    async def add_strava_state(self, state: StravaState) -> None:
        async with self.sql_tx() as c:
            await c.execute("DELETE FROM strava_states WHERE expires_at < :now", now=state.expires_at - _DAY)
            await c.execute(
                "INSERT INTO strava_states (nonce, user_id, platform, platform_user_id, chat_target, "
                "expires_at) VALUES (:nonce, :user_id, :platform, :puid, :target, :expires_at)",
                nonce=state.nonce,
                user_id=state.user_id,
                platform=state.platform,
                puid=state.platform_user_id,
                target=state.chat_target,
                expires_at=state.expires_at,
            )

    async def take_strava_state(self, nonce: str, now: datetime) -> tuple[StravaState, bool] | None:
        async with self.sql_tx() as c:
            row = await c.fetchrow("SELECT * FROM strava_states WHERE nonce = :nonce", nonce=nonce)
            if row is None:
                return None
            first = await c.execute(
                "UPDATE strava_states SET used_at = :now WHERE nonce = :nonce AND used_at IS NULL",
                now=now,
                nonce=nonce,
            )
        state = StravaState(
            nonce=row["nonce"],
            user_id=int(row["user_id"]),
            platform=row["platform"],
            platform_user_id=row["platform_user_id"],
            chat_target=row["chat_target"],
            expires_at=Dialect.ts(row["expires_at"]),  # type: ignore[arg-type]
        )
        return state, first > 0

    async def save_strava_connection(self, conn: StravaConnection) -> None:
        async with self.sql_tx() as c:
            # One athlete, one runner: connecting it from another runner moves it.
            await c.execute(
                "DELETE FROM strava_connections WHERE athlete_id = :a AND user_id <> :u",
                a=conn.athlete_id,
                u=conn.user_id,
            )
            await c.execute(
                f"INSERT INTO strava_connections ({_CONN_COLUMNS}) VALUES (:user_id, :athlete_id, "
                ":athlete_name, :access_token, :refresh_token, :expires_at, :scope, :platform, "
                ":platform_user_id, :chat_target, :broken, :connected_at) "
                "ON CONFLICT (user_id) DO UPDATE SET athlete_id = excluded.athlete_id, "
                "athlete_name = excluded.athlete_name, access_token = excluded.access_token, "
                "refresh_token = excluded.refresh_token, expires_at = excluded.expires_at, "
                "scope = excluded.scope, platform = excluded.platform, "
                "platform_user_id = excluded.platform_user_id, chat_target = excluded.chat_target, "
                "broken = excluded.broken, connected_at = excluded.connected_at",
                **_fields(conn),
            )

    async def strava_connection(self, user_id: int) -> StravaConnection | None:
        async with self.sql_read() as c:
            row = await c.fetchrow(
                f"SELECT {_CONN_COLUMNS} FROM strava_connections WHERE user_id = :u", u=user_id
            )
        return None if row is None else _conn(row)

    async def strava_connection_by_athlete(self, athlete_id: int) -> StravaConnection | None:
        async with self.sql_read() as c:
            row = await c.fetchrow(
                f"SELECT {_CONN_COLUMNS} FROM strava_connections WHERE athlete_id = :a", a=athlete_id
            )
        return None if row is None else _conn(row)

    async def set_strava_tokens(
        self, user_id: int, access_token: str, refresh_token: str, expires_at: datetime
    ) -> None:
        async with self.sql_tx() as c:
            await c.execute(
                "UPDATE strava_connections SET access_token = :a, refresh_token = :r, expires_at = :e, "
                "broken = :f WHERE user_id = :u",
                a=access_token,
                r=refresh_token,
                e=expires_at,
                f=False,
                u=user_id,
            )

    async def mark_strava_broken(self, user_id: int) -> bool:
        async with self.sql_tx() as c:
            n = await c.execute(
                "UPDATE strava_connections SET broken = :t WHERE user_id = :u AND broken = :f",
                t=True,
                f=False,
                u=user_id,
            )
        return n > 0

    async def delete_strava_connection(self, user_id: int) -> bool:
        async with self.sql_tx() as c:
            n = await c.execute("DELETE FROM strava_connections WHERE user_id = :u", u=user_id)
        return n > 0

    async def add_strava_event(
        self,
        event_key: str,
        owner_id: int,
        object_type: str,
        object_id: int,
        aspect_type: str,
        body: str,
        now: datetime,
    ) -> bool:
        async with self.sql_tx() as c:
            n = await c.execute(
                "INSERT INTO strava_events (event_key, owner_id, object_type, object_id, aspect_type, "
                "body, received_at, due_at) VALUES (:key, :owner, :otype, :oid, :aspect, :body, :now, :now) "
                "ON CONFLICT (event_key) DO NOTHING",
                key=event_key,
                owner=owner_id,
                otype=object_type,
                oid=object_id,
                aspect=aspect_type,
                body=body,
                now=now,
            )
        return n > 0

    async def claim_strava_event(self, now: datetime, lease_seconds: float) -> StravaEvent | None:
        async with self.sql_tx() as c:
            row = await _claim(c, now, now + timedelta(seconds=lease_seconds))
        return None if row is None else _event(row)

    async def finish_strava_event(self, event_id: int, now: datetime) -> None:
        async with self.sql_tx() as c:
            await c.execute(
                "UPDATE strava_events SET done_at = :now, claimed_until = NULL WHERE id = :id",
                now=now,
                id=event_id,
            )
            # Finished events are kept a week (re-deliveries are recognised), then dropped.
            await c.execute("DELETE FROM strava_events WHERE done_at < :old", old=now - timedelta(days=7))

    async def delay_strava_event(self, event_id: int, due_at: datetime) -> None:
        async with self.sql_tx() as c:
            await c.execute(
                "UPDATE strava_events SET due_at = :due, claimed_until = NULL WHERE id = :id",
                due=due_at,
                id=event_id,
            )

    async def strava_events_waiting(self) -> int:
        async with self.sql_read() as c:
            return int(await c.fetchval("SELECT COUNT(*) FROM strava_events WHERE done_at IS NULL"))

    async def add_strava_subscription(self, subscription_id: int, callback_url: str, now: datetime) -> None:
        async with self.sql_tx() as c:
            await c.execute(
                "INSERT INTO strava_subscriptions (id, callback_url, created_at) VALUES (:id, :url, :now) "
                "ON CONFLICT (id) DO UPDATE SET callback_url = excluded.callback_url",
                id=subscription_id,
                url=callback_url,
                now=now,
            )

    async def strava_subscription_ids(self) -> list[int]:
        async with self.sql_read() as c:
            return [int(r["id"]) for r in await c.fetch("SELECT id FROM strava_subscriptions ORDER BY id")]


_DAY = timedelta(days=1)


async def _claim(c: Conn, now: datetime, until: datetime) -> Row | None:
    # The oldest due event that is neither finished nor held (a holder's lease running out lets
    # another process take it over). PostgreSQL skips rows another transaction is claiming.
    return await c.fetchrow(
        "UPDATE strava_events SET claimed_until = :until, attempts = attempts + 1 WHERE id = ("
        "SELECT id FROM strava_events WHERE done_at IS NULL AND due_at <= :now "
        "AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY due_at, id LIMIT 1 {skip_locked}"
        ") RETURNING *",
        now=now,
        until=until,
    )


def _fields(conn: StravaConnection) -> dict[str, Any]:
    return {
        "user_id": conn.user_id,
        "athlete_id": conn.athlete_id,
        "athlete_name": conn.athlete_name,
        "access_token": conn.access_token,
        "refresh_token": conn.refresh_token,
        "expires_at": conn.expires_at,
        "scope": conn.scope,
        "platform": conn.platform,
        "platform_user_id": conn.platform_user_id,
        "chat_target": conn.chat_target,
        "broken": conn.broken,
        "connected_at": conn.connected_at,
    }
