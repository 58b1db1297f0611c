"""Strava sync's queries, written once for both stores (issue 28)."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timedelta

from bot.store.sql.base import SqlBase
from bot.store.sql.dialect import as_row
from handlers.store_strava import StravaConnection, StravaEvent, StravaState

COLS = ", ".join(f.name for f in fields(StravaConnection))
CONNECTION = f"SELECT {COLS} FROM strava_connections WHERE "
UPDATES = ", ".join(f"{c} = excluded.{c}" for c in COLS.split(", ")[1:])
SAVE = f"INSERT INTO strava_connections ({COLS}) VALUES (:{COLS.replace(', ', ', :')}) ON CONFLICT (user_id) DO UPDATE SET {UPDATES}"
NEW_STATE = "INSERT INTO strava_states (nonce, user_id, platform, platform_user_id, chat_target, expires_at) VALUES (:nonce, :user_id, :platform, :platform_user_id, :chat_target, :expires_at)"
NEW_EVENT = "INSERT INTO strava_events (event_key, owner_id, object_type, object_id, aspect_type, body, received_at, due_at) VALUES (:event_key, :owner_id, :object_type, :object_id, :aspect_type, :body, :now, :now) ON CONFLICT (event_key) DO NOTHING"
# The oldest due event neither finished nor held (a holder's lease running out lets another
# process take it over); PostgreSQL skips rows another transaction is claiming.
CLAIM = "UPDATE strava_events SET claimed_until = :until, attempts = attempts + 1 WHERE id = (SELECT id FROM strava_events WHERE done_at IS NULL AND due_at <= :now AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY due_at, id LIMIT 1 {skip_locked}) RETURNING *"
SUBSCRIBE = "INSERT INTO strava_subscriptions (id, callback_url, created_at) VALUES (:id, :url, :now) ON CONFLICT (id) DO UPDATE SET callback_url = excluded.callback_url"
PRUNE_STATES = "DELETE FROM strava_states WHERE expires_at < :now"
PRUNE_EVENTS = "DELETE FROM strava_events WHERE done_at < :old"
FINISH = "UPDATE strava_events SET done_at = :now, claimed_until = NULL WHERE id = :id"
TOKENS = "UPDATE strava_connections SET access_token = :a, refresh_token = :r, expires_at = :e, broken = :f WHERE user_id = :u"


class StravaSql(SqlBase):
    async def add_strava_state(self, state: StravaState) -> None:
        old = {"now": state.expires_at - timedelta(days=1)}
        await self.sql_script((PRUNE_STATES, old), (NEW_STATE, vars(state)))

    async def take_strava_state(self, nonce: str, now: datetime) -> tuple[StravaState, bool] | None:
        async with self.sql_tx() as c:
            row = await c.fetchrow("SELECT * FROM strava_states WHERE nonce = :nonce", nonce=nonce)
            if row is None:
                return None
            sql = "UPDATE strava_states SET used_at = :now WHERE nonce = :nonce AND used_at IS NULL"
            first = await c.execute(sql, now=now, nonce=nonce)
        return as_row(StravaState, row), first > 0

    async def save_strava_connection(self, conn: StravaConnection) -> None:
        # One athlete, one runner: connecting it from another runner moves it.
        sql = "DELETE FROM strava_connections WHERE athlete_id = :a AND user_id <> :u"
        await self.sql_script((sql, {"a": conn.athlete_id, "u": conn.user_id}), (SAVE, vars(conn)))

    async def strava_connection(self, user_id: int) -> StravaConnection | None:
        row = await self.sql_first(CONNECTION + "user_id = :u", u=user_id)
        return None if row is None else as_row(StravaConnection, row)

    async def strava_connection_by_athlete(self, athlete_id: int) -> StravaConnection | None:
        row = await self.sql_first(CONNECTION + "athlete_id = :a", a=athlete_id)
        return None if row is None else as_row(StravaConnection, row)

    async def set_strava_tokens(
        self, user_id: int, access_token: str, refresh_token: str, expires_at: datetime
    ) -> None:
        await self.sql_exec(TOKENS, a=access_token, r=refresh_token, e=expires_at, f=False, u=user_id)

    async def mark_strava_broken(self, user_id: int) -> bool:
        sql = "UPDATE strava_connections SET broken = :t WHERE user_id = :u AND broken = :f"
        return await self.sql_exec(sql, t=True, f=False, u=user_id) > 0

    async def delete_strava_connection(self, user_id: int) -> bool:
        return await self.sql_exec("DELETE FROM strava_connections WHERE user_id = :u", u=user_id) > 0

    async def add_strava_event(
        self, event_key: str, owner_id: int, object_type: str, object_id: int, aspect_type: str, body: str,
        now: datetime,
    ) -> bool:  # fmt: skip
        event = {"event_key": event_key, "owner_id": owner_id, "object_type": object_type, "body": body}
        added = await self.sql_exec(NEW_EVENT, object_id=object_id, aspect_type=aspect_type, now=now, **event)
        return added > 0

    async def claim_strava_event(self, now: datetime, lease_seconds: float) -> StravaEvent | None:
        row = await self.sql_write(CLAIM, now=now, until=now + timedelta(seconds=lease_seconds))
        return None if row is None else as_row(StravaEvent, row)

    async def finish_strava_event(self, event_id: int, now: datetime) -> None:
        # Finished events are kept a week (re-deliveries are recognised), then dropped.
        old = {"old": now - timedelta(days=7)}
        await self.sql_script((FINISH, {"now": now, "id": event_id}), (PRUNE_EVENTS, old))

    async def delay_strava_event(self, event_id: int, due_at: datetime) -> None:
        sql = "UPDATE strava_events SET due_at = :due, claimed_until = NULL WHERE id = :id"
        await self.sql_exec(sql, due=due_at, id=event_id)

    async def strava_events_waiting(self) -> int:
        row = await self.sql_first("SELECT COUNT(*) AS n FROM strava_events WHERE done_at IS NULL")
        return int(row["n"]) if row else 0

    async def add_strava_subscription(self, subscription_id: int, callback_url: str, now: datetime) -> None:
        await self.sql_exec(SUBSCRIBE, id=subscription_id, url=callback_url, now=now)

    async def strava_subscription_ids(self) -> list[int]:
        return [int(r["id"]) for r in await self.sql_fetch("SELECT id FROM strava_subscriptions ORDER BY id")]
